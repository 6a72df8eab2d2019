// Scanning into nil pointers: defined types report "can't scan type" (Go reaches them
// through reflect, whose Elem of a nil pointer is invalid), built-in pointer types
// dereference nil and panic.
package main

import "fmt"

type MyInt int
type MyStr string
type MyF float64
type MyBytes []byte
type MyBool bool

func try(name string, f func() (int, error)) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	n, err := f()
	fmt.Println(name, n, err)
}

func main() {
	try("*MyInt", func() (int, error) { var p *MyInt; return fmt.Sscan("5", p) })
	try("*MyStr", func() (int, error) { var p *MyStr; return fmt.Sscanf("abc", "%s", p) })
	try("*MyF", func() (int, error) { var p *MyF; return fmt.Sscan("1.5", p) })
	try("*MyBytes", func() (int, error) { var p *MyBytes; return fmt.Sscan("xy", p) })
	try("*MyBool", func() (int, error) { var p *MyBool; return fmt.Sscanln("true", p) })
	try("second", func() (int, error) {
		var a int
		var p *MyInt
		n, err := fmt.Sscan("1 2", &a, p)
		fmt.Println("a =", a)
		return n, err
	})
	try("*int", func() (int, error) { var p *int; return fmt.Sscan("5", p) })
	try("*string", func() (int, error) { var p *string; return fmt.Sscan("x", p) })
	try("*float64", func() (int, error) { var p *float64; return fmt.Sscan("2.5", p) })
	try("*[]byte", func() (int, error) { var p *[]byte; return fmt.Sscan("x", p) })
	try("*bool", func() (int, error) { var p *bool; return fmt.Sscan("true", p) })
	try("ok", func() (int, error) { var v MyInt; n, err := fmt.Sscan("7", &v); fmt.Println(v); return n, err })
}
