package main

import (
	"fmt"
	"math"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) String() string  { return fmt.Sprintf("%.1f°C", float64(c)) }

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, int64(m)/100, int64(m)%100)
}

func (m *Money) Add(o Money) { *m += o }

type Bits uint8

func (b Bits) Has(i uint) bool { return b&(1<<i) != 0 }
func (b *Bits) Set(i uint)     { *b |= 1 << i }
func (b Bits) Count() (n int) {
	for ; b != 0; b &= b - 1 {
		n++
	}
	return
}

type Name string

func (n Name) Greet() string { return "Hello, " + string(n) }
func (n Name) Len() int      { return len(n) }

type Pred func(int) bool

func (p Pred) Not() Pred { return func(x int) bool { return !p(x) } }

func main() {
	boiling := Celsius(100)
	fmt.Println(boiling, boiling.ToF(), Fahrenheit(-40).ToC())
	fmt.Printf("%v %.2f %T\n", boiling.ToF().ToC(), float64(Fahrenheit(50).ToC()), boiling.ToF())
	var wallet Money = 1050
	wallet.Add(-2075)
	fmt.Println(wallet, Money(5))
	var b Bits
	b.Set(1)
	b.Set(3)
	b.Set(7)
	fmt.Println(b, b.Has(3), b.Has(2), b.Count())
	n := Name("Gopher")
	fmt.Println(n.Greet(), n.Len())
	even := Pred(func(x int) bool { return x%2 == 0 })
	odd := even.Not()
	fmt.Println(even(4), odd(4), odd(5))
	fmt.Println(Celsius(math.Floor(36.66*10) / 10))
}
