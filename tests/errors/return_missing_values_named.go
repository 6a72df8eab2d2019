package main

func f() (x int, err error) {
	return 1
}

func main() {
	f()
}
