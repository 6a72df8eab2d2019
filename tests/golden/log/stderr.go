package main

import (
	"fmt"
	"log"
)

func main() {
	log.SetFlags(0)
	log.Println("to stderr")
	fmt.Println("to stdout")
	log.SetPrefix("pfx: ")
	log.SetFlags(log.Lshortfile)
	log.Printf("value %d", 5)
}
