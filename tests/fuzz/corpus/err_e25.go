package main
var x = [](int
