#!/usr/bin/env gale
// Functions declared at top level may be used before their declaration,
// as in a Go package.
for n := range 8 {
	fmt.Print(fib(n), " ")
}
fmt.Println()
fmt.Println(isEven(10), isOdd(7), isEven(3))

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}
