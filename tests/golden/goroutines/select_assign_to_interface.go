// A select's receive case assigning (=) to existing variables of interface type converts
// the value as an assignment does: an int is boxed, a nil *E becomes a non-nil error
// holding a typed nil, and ok may go to an interface too.
package main

import "fmt"

type E struct{}

func (*E) Error() string { return "E" }

func main() {
	c := make(chan int, 1)
	c <- 5
	var x any
	var ok any
	select {
	case x, ok = <-c:
	}
	fmt.Println(x, ok)

	var e error
	ce := make(chan *E, 1)
	ce <- nil
	select {
	case e = <-ce:
	}
	fmt.Println(e == nil, e != nil)
}
