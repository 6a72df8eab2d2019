package main

import "fmt"

func cleanup(name string) {
	fmt.Println("cleanup", name)
}

func work() {
	defer cleanup("work")
	fmt.Println("working")
	panic("something went wrong")
}

func main() {
	defer cleanup("main")
	defer func() {
		fmt.Println("deferred closure sees panic but does not recover")
	}()
	work()
	fmt.Println("not reached")
}
