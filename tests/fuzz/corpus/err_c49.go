package main

func main() {
	c := 'ab'
}
