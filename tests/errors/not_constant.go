package main

const greeting = "hello"
const first = greeting[0]

func f() int { return 1 }

const g = f()

func main() {}
