package main

// A panic value whose text has newlines: Go puts a tab after each one.

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.Join(errors.New("first"), errors.New("second"), nil, errors.New("third"))
	fmt.Println("joined:", err)
	panic(err)
}
