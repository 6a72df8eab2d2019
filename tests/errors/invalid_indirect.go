package main

func main() {
	x := 1
	_ = *x
	p := &x
	_ = p.field
}
