package main

func main() {
	for {
		break outer
	}
	goto nowhere
}
