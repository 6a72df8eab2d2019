// An iteration variable of a range over an integer must have an integer type.
package main

func main() {
	var f float64
	for f = range 3 {
	}
	println(f)
}
