package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	a, b := 0b1100, 0b1010
	fmt.Printf("%02x %02x %02x %02x\n", a&b, a|b, a^b, a&^b)
	fmt.Println(^0, ^1, ^-1, ^a)
	var u uint16 = 0x00ff
	fmt.Printf("%#x %#x %#x\n", ^u, u&^0x0f, u^0xffff)
	var i int8 = 0x0f
	fmt.Println(^i, i&^-1, -i&i, i|-128)
	fmt.Println(popcount(0), popcount(0xff), popcount(1<<63|1), popcount(^uint64(0)))
	flags := 0
	flags |= 1 << 3
	flags |= 1 << 5
	flags ^= 1 << 3
	flags &^= 1 << 6
	fmt.Println(flags, flags&(1<<5) != 0)
	x := 0xdeadbeef
	fmt.Printf("%x %x %x\n", x&0xffff, x>>16, (x<<8)&0xffffffff)
	lowest := x & -x
	fmt.Println(lowest)
	var m uint32 = 0x12345678
	swapped := m>>24 | (m>>8)&0xff00 | (m<<8)&0xff0000 | m<<24
	fmt.Printf("%08x\n", swapped)
	neg := -8
	fmt.Println(neg&7, neg|1, neg^-1, neg&^3)
}
