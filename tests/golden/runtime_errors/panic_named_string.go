package main

type State string

func main() {
	var s State = "corrupted"
	panic(s)
}
