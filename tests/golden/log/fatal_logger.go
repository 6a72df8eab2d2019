package main

import (
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "out: ", 0)
	l.Println("before")
	l.Fatalln("fatal", "line")
}
