package main

func main() {
	result := compute(3)
	_ = result
}
