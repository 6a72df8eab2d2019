package main

import "fmt"

func main() {
	var b byte = 'A'
	var u uint8 = b
	var r rune = 'é'
	var i int32 = r
	fmt.Printf("%T %T %T %T\n", b, u, r, i)
	fmt.Println(b, u, r, i)
	fmt.Printf("%c %c %q %q\n", b, r, b, r)
	bs := []byte{'h', 'i'}
	var us []uint8 = bs
	fmt.Printf("%T %T %s %v\n", bs, us, us, us)
	rs := []rune{'h', 'é'}
	var is []int32 = rs
	fmt.Printf("%T %T %v %s\n", rs, is, is, string(is))
	s := "Ä"
	fmt.Printf("%T %v %T %v\n", s[0], s[0], []rune(s)[0], []rune(s)[0])
	for i, c := range "aé" {
		fmt.Printf("%d:%T:%v ", i, c, c)
	}
	fmt.Println()
	var x byte = 255
	x++
	var y rune = 0x7fffffff
	y++
	fmt.Println(x, y)
}
