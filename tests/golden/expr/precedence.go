package main

import "fmt"

func main() {
	a, b, c := 2, 3, 4
	fmt.Println(a+b*c, (a+b)*c, a*b+c, a-b-c, a-(b-c))
	fmt.Println(a+b<<1, (a+b)<<1, a<<1+b, a|b&c, (a|b)&c)
	fmt.Println(a^b|c, a&^b, a*b%c, a%b*c, 100/a/b, 100/(a/b+1))
	fmt.Println(-a*b, - -a, +a, ^a+1, -a<<2)
	fmt.Println((a < b) == (b < c), a == 2 && b == 3 || c == 0, !(a > b) && c > a)
	fmt.Println(true || false && false, (true || false) && false)
	fmt.Println(a+b == 5 && a*b == 6)
	x := 1 + 2*3 - 4/2 + 5%3<<2
	fmt.Println(x)
	f := 1.5 + 2*3.25 - 1/4.0
	fmt.Println(f)
	s := "a" + "b" + "c"
	fmt.Println(s, s+s == "abcabc", s < "abd")
	fmt.Println(7&3<<1, 7&(3<<1), 1<<3>>1, 6&^3|8)
	var u uint8 = 0xF0
	fmt.Println(^u, ^u&0x0F, u>>4|u<<4)
	fmt.Println(a*-b, a - -b, a+^b)
}
