package main

import "fmt"

func helper() any {
	// not called directly by a deferred function: returns nil
	return recover()
}

func tryIndirect() {
	defer func() {
		r := recover() // called directly by the deferred function: works
		fmt.Println("outer deferred recovered:", r)
	}()
	defer func() {
		r := helper()
		fmt.Println("helper got:", r)
	}()
	panic("boom")
}

func deferRecoverDirectly() (r any) {
	defer func() { r = recover() }()
	panic("direct")
}

func main() {
	tryIndirect()
	fmt.Println(deferRecoverDirectly())
	fmt.Println("done")
}
