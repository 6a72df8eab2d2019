// scan_types: scanning into pointers to defined types (Go reflects on their kind),
// unscannable types and non-pointers.
package main

import "fmt"

type Arr [3]byte
type BS []byte
type PS *string

func main() {
	var x any
	n, err := fmt.Sscan("5", &x)
	fmt.Println(n, err)
	var arr Arr
	n, err = fmt.Sscan("5", &arr)
	fmt.Println(n, err)
	var bs BS
	n, err = fmt.Sscanf("6869", "%x", &bs)
	fmt.Println(n, err, bs, string(bs))
	var s string
	var ps PS = &s
	n, err = fmt.Sscan("5", ps)
	fmt.Println(n, err, s)
	var pp *int
	n, err = fmt.Sscan("5", &pp)
	fmt.Println(n, err)
	var m map[string]int
	n, err = fmt.Sscan("5", &m)
	fmt.Println(n, err)
	var f func()
	n, err = fmt.Sscan("5", f)
	fmt.Println(n, err)
	var u8 []uint8
	n, err = fmt.Sscan("abc", &u8)
	fmt.Println(n, err, u8)
	type R rune
	var r R
	n, err = fmt.Sscanf("é", "%c", &r)
	fmt.Println(n, err, r)
	type B bool
	var b B
	n, err = fmt.Sscanf("x", "%d", &b)
	fmt.Println(n, err, b)
	type F64 float64
	var ff F64
	n, err = fmt.Sscanf("1.5", "%d", &ff)
	fmt.Println(n, err, ff)
	n, err = fmt.Sscanf("1.5", "%s", &ff)
	fmt.Println(n, err, ff)
}
