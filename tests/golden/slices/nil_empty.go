package main

import "fmt"

func describe(name string, s []int) {
	fmt.Printf("%s: len=%d nil=%t v=%v #v=%#v\n", name, len(s), s == nil, s, s)
}

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := a[:0]
	e := b[0:0]
	var f []int = nil
	describe("var", a)
	describe("literal", b)
	describe("make", c)
	describe("nil[:0]", d)
	describe("empty[0:0]", e)
	describe("nil", f)
	a = append(a, 1)
	describe("appended", a)
	g := a[1:]
	describe("resliced", g)
	var s []string
	fmt.Printf("%q %q\n", s, []string{})
	fmt.Println(len(s), cap(s))
	for range s {
		fmt.Println("never")
	}
	m := map[string][]int{}
	fmt.Println(m["missing"] == nil)
}
