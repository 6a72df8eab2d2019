package main

import "log"

func main() {
	log.SetFlags(0)
	log.Panicf("gave up after %d tries", 3)
}
