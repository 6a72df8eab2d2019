package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred: not run")
	log.SetFlags(log.Lshortfile)
	log.Fatalf("fatal: %s", "stop")
}
