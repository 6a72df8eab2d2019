// Target of runtime_checks.sh: unbounded recursion ends with Go's stack overflow report.
package main

func f(n int) int { return f(n+1) + 1 }

func main() { f(0) }
