package main

func main() {
	s := "42"
	n := int(s)
	_ = n
}
