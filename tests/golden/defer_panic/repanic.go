package main

import "fmt"

func inner() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprintf("re-panic(%v)", r))
		}
	}()
	panic("original")
}

func middle() {
	defer fmt.Println("middle deferred runs during panic")
	inner()
	fmt.Println("not reached")
}

func outer() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("outer recovered: ", r)
		}
	}()
	middle()
	return "normal"
}

func main() {
	fmt.Println(outer())
	fmt.Println("main continues")
	// recovering and then panicking with the same value
	func() {
		defer func() { fmt.Println("final:", recover()) }()
		func() {
			defer func() {
				r := recover()
				panic(r)
			}()
			panic("same value")
		}()
	}()
}
