package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
)

const (
	x0 = "s"
	x1 = iota
	x2
	x3 = 7
	x4
	x5 = iota + 100
	x6
)

const Single = iota

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

func main() {
	fmt.Println(Sunday, Monday, Saturday)
	fmt.Printf("%T %v\n", Wednesday, Wednesday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x3, x4, x5, x6)
	fmt.Println(Single)
	fmt.Println(bit0, mask0, bit1, mask1, bit3, mask3)
	var d Weekday = Friday
	d++
	fmt.Println(d == Saturday)
	const local = iota
	fmt.Println(local)
}
