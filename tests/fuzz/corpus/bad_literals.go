package main
var s = "unterminated
var r = 'ab'
var n = 0x1.5 + 09 + 1__0
var b = `raw
