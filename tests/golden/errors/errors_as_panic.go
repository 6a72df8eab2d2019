// errors_as_panic: errors.As with a target that is not a pointer panics with Go's message.
package main

import (
	"errors"
	"fmt"
)

type E struct{}

func (E) Error() string { return "E" }

func main() {
	var e E
	fmt.Println("before")
	errors.As(E{}, e)
}
