package main

const c uint8 = 256

func main() {
	_ = c
}
