package main

import (
	"fmt"
	"math/bits"
)

func main() {
	xs := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0xdead, 0x8000, 0x12345678, 0x80000000, 0xffffffff,
		1 << 40, 0x0123456789abcdef, 1<<63 | 1, ^uint64(0)}
	for _, x := range xs {
		fmt.Println(x, bits.LeadingZeros(uint(x)), bits.LeadingZeros8(uint8(x)), bits.LeadingZeros16(uint16(x)),
			bits.LeadingZeros32(uint32(x)), bits.LeadingZeros64(x))
		fmt.Println(" tz", bits.TrailingZeros(uint(x)), bits.TrailingZeros8(uint8(x)), bits.TrailingZeros16(uint16(x)),
			bits.TrailingZeros32(uint32(x)), bits.TrailingZeros64(x))
		fmt.Println(" ones", bits.OnesCount(uint(x)), bits.OnesCount8(uint8(x)), bits.OnesCount16(uint16(x)),
			bits.OnesCount32(uint32(x)), bits.OnesCount64(x))
		fmt.Println(" len", bits.Len(uint(x)), bits.Len8(uint8(x)), bits.Len16(uint16(x)),
			bits.Len32(uint32(x)), bits.Len64(x))
		fmt.Printf(" rev %x %x %x %x %x\n", bits.Reverse(uint(x)), bits.Reverse8(uint8(x)), bits.Reverse16(uint16(x)),
			bits.Reverse32(uint32(x)), bits.Reverse64(x))
		fmt.Printf(" revbytes %x %x %x %x\n", bits.ReverseBytes(uint(x)), bits.ReverseBytes16(uint16(x)),
			bits.ReverseBytes32(uint32(x)), bits.ReverseBytes64(x))
		for _, k := range []int{0, 1, 3, 7, 8, 13, 31, 33, 63, 64, -1, -9, -100} {
			fmt.Printf(" rot%d %x %x %x %x %x\n", k, bits.RotateLeft(uint(x), k), bits.RotateLeft8(uint8(x), k),
				bits.RotateLeft16(uint16(x), k), bits.RotateLeft32(uint32(x), k), bits.RotateLeft64(x, k))
		}
		for _, y := range xs {
			for c := uint64(0); c < 2; c++ {
				s, co := bits.Add64(x, y, c)
				d, bo := bits.Sub64(x, y, c)
				s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
				d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
				su, cu := bits.Add(uint(x), uint(y), uint(c))
				du, bu := bits.Sub(uint(x), uint(y), uint(c))
				fmt.Println(" as", s, co, d, bo, s32, co32, d32, bo32, su, cu, du, bu)
			}
			hi, lo := bits.Mul64(x, y)
			h32, l32 := bits.Mul32(uint32(x), uint32(y))
			hu, lu := bits.Mul(uint(x), uint(y))
			fmt.Println(" mul", hi, lo, h32, l32, hu, lu)
			if y != 0 {
				fmt.Println(" rem", bits.Rem64(x, y, y), bits.Rem64(y, x, y), bits.Rem(uint(x), uint(x), uint(y)))
				if uint32(y) != 0 {
					fmt.Println(" rem32", bits.Rem32(uint32(x), uint32(y), uint32(y)))
				}
				if x < y {
					q, r := bits.Div64(x, y^x, y)
					qu, ru := bits.Div(uint(x), uint(y), uint(y))
					fmt.Println(" div", q, r, qu, ru)
				}
				if uint32(x) < uint32(y) {
					q, r := bits.Div32(uint32(x), uint32(y>>3), uint32(y))
					fmt.Println(" div32", q, r)
				}
			}
		}
	}
	fmt.Println(bits.UintSize)
	try(func() { bits.Div64(1, 2, 0) })
	try(func() { bits.Div64(5, 2, 5) })
	try(func() { bits.Div32(0, 2, 0) })
	try(func() { bits.Div32(7, 2, 3) })
	try(func() { bits.Div(7, 2, 3) })
	try(func() { bits.Rem64(7, 2, 0) })
	try(func() { bits.Rem32(7, 2, 0) })
	fmt.Println(bits.Rem64(7, 2, 3), bits.Rem32(7, 2, 3))
	bits.Div64(3, 0, 2)
}

func try(f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(r, ok, err)
	}()
	f()
}
