package main

import "fmt"

func main() {
	var c chan int
	var recv <-chan string
	var send chan<- bool
	fmt.Printf("%T %T %T\n", c, recv, send)
	fmt.Println(c == nil, recv == nil, send == nil)
	fmt.Println(c)
	fmt.Printf("%v %#v\n", recv, send)
}
