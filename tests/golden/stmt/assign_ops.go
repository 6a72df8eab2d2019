package main

import "fmt"

func main() {
	x := 100
	x += 5
	fmt.Print(x, " ")
	x -= 10
	fmt.Print(x, " ")
	x *= 3
	fmt.Print(x, " ")
	x /= 7
	fmt.Print(x, " ")
	x %= 11
	fmt.Print(x, " ")
	x <<= 4
	fmt.Print(x, " ")
	x >>= 2
	fmt.Print(x, " ")
	x &= 0b1110
	fmt.Print(x, " ")
	x |= 0b10001
	fmt.Print(x, " ")
	x ^= 0b11111
	fmt.Print(x, " ")
	x &^= 0b100
	fmt.Println(x)
	x++
	x++
	x--
	fmt.Println(x)
	f := 1.5
	f += 0.25
	f *= 4
	f /= 3
	f -= 1
	f++
	fmt.Println(f)
	s := "ab"
	s += "cd"
	s += string('e')
	fmt.Println(s)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	arr := []int{10, 20, 30}
	arr[0], arr[2] = arr[2], arr[0]
	arr[1] += arr[0]
	arr[2]++
	fmt.Println(arr)
	m := map[string]int{}
	m["k"] += 5
	m["k"]++
	m["j"]--
	fmt.Println(m)
	type P struct{ X, Y int }
	p := P{1, 2}
	p.X, p.Y = p.Y, p.X
	p.X *= 10
	fmt.Println(p)
	pp := &p
	pp.Y <<= 3
	fmt.Println(*pp)
	var u8 uint8 = 250
	u8 += 10
	fmt.Println(u8)
	i, j := 0, 0
	i, j = i+1, i+2
	fmt.Println(i, j)
	var _, second = 1, 2
	fmt.Println(second)
}
