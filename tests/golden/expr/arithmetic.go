package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b, -a/b, -a%b)
	x, y := 7.5, 2.0
	fmt.Println(x+y, x-y, x*y, x/y)
	var u uint = 3
	var v uint = 5
	fmt.Println(u-v, v-u, u*v)
	fmt.Println(1e3*1e3, 0.1+0.2, 1.0-0.9)
	n := 10
	n = n*n - n/3 + n%3
	fmt.Println(n)
	sum := 0
	for i := 1; i <= 100; i++ {
		sum += i * i
	}
	fmt.Println(sum)
	fact := int64(1)
	for i := int64(1); i <= 20; i++ {
		fact *= i
	}
	fmt.Println(fact)
	fact *= 21
	fmt.Println(fact)
	f := 1.0
	for i := 0; i < 10; i++ {
		f *= 1.1
	}
	fmt.Println(f)
	fmt.Printf("%.3f %.0f %.0f %.0f\n", 2.0/3, 0.5, 1.5, 2.5)
	var i8 int8 = 100
	var j8 int8 = 27
	fmt.Println(i8+j8, i8+j8+1)
	avg := float64(a+b) / 2
	fmt.Println(avg, (a+b)/2)
}
