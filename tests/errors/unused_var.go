package main

func main() {
	s := "unused"
	n := 1
	n = 2
}
