// hello: start-up cost only (used by startup.sh, not by run.sh by default).
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
