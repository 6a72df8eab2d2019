package main

import "fmt"

type Count int

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	for i := range n {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	neg := -4
	for i := range neg {
		fmt.Println("never", i)
	}
	var c Count = 3
	for i := range c {
		fmt.Printf("%T:%v ", i, i)
	}
	fmt.Println()
	var u8 uint8 = 4
	for i := range u8 {
		fmt.Printf("%T:%v ", i, i)
	}
	fmt.Println()
	// the range expression is evaluated once
	m := 3
	for i := range m {
		m = 10
		fmt.Print(i, " ")
	}
	fmt.Println(m)
	var i int
	for i = range 4 {
	}
	fmt.Println("last", i)
	sum := 0
	for i := range 101 {
		sum += i
	}
	fmt.Println(sum)
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
