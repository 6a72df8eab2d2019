package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(errors.New("wrapped: " + fmt.Sprint(r)))
	}()
	panic("first")
}
