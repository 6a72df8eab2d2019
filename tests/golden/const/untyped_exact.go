package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 98
const Huge = 1e1000
const Tiny = 1 / Huge

const third = 1.0 / 3
const one = third * 3

func main() {
	fmt.Println(Small)
	fmt.Println(1<<100>>98, Big/(1<<97))
	fmt.Println(Huge/1e999, Tiny*1e1000)
	fmt.Println(one == 1, third)
	// integer constant division truncates, float does not
	fmt.Println(7/2, 7/2.0, 7.0/2, -7/2, -7%3)
	const c = 'a' + 1
	fmt.Printf("%T %v %c\n", c, c, c)
	const f = 1 << 62 * 4 / 8
	fmt.Println(f)
	const mixed = 3 + 0.5
	fmt.Printf("%T %v\n", mixed, mixed)
	const lenConst = len("héllo")
	var arr [lenConst]int
	fmt.Println(len(arr), lenConst)
	const maxU64 = 1<<64 - 1
	var u uint64 = maxU64
	fmt.Println(u, uint64(maxU64)%1000)
	const precise = 0.1 + 0.2
	fmt.Println(precise == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3, a+b)
	const e30 = 1e30
	fmt.Println(int64(e30 / 1e20))
}
