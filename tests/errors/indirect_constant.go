package main

func main() {
	x := 1 +* 2 // parsed as 1 + (*2)
	_ = x
}
