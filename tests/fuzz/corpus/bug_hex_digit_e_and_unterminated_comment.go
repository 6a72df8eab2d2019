package main

var x = 0x7E+1 + 0x1p-2 + 0xE+0x1e
var y = `a
b` + "c" /* unterminated

