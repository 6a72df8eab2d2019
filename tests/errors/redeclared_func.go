package main

func helper() int { return 1 }

func helper() int { return 2 }

type T struct{}
type T int

func main() {
	_ = helper()
}
