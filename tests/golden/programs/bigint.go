package main

import (
	"fmt"
	"strings"
)

// Nat is a little-endian slice of base-10^4 digits.
type Nat []int

const base = 10000

func FromInt(n int) Nat {
	if n == 0 {
		return Nat{0}
	}
	var r Nat
	for n > 0 {
		r = append(r, n%base)
		n /= base
	}
	return r
}

func (a Nat) Add(b Nat) Nat {
	var r Nat
	carry := 0
	for i := 0; i < len(a) || i < len(b) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += a[i]
		}
		if i < len(b) {
			s += b[i]
		}
		r = append(r, s%base)
		carry = s / base
	}
	return r
}

func (a Nat) Mul(b Nat) Nat {
	r := make(Nat, len(a)+len(b))
	for i, x := range a {
		carry := 0
		for j, y := range b {
			t := r[i+j] + x*y + carry
			r[i+j] = t % base
			carry = t / base
		}
		for k := i + len(b); carry > 0; k++ {
			t := r[k] + carry
			r[k] = t % base
			carry = t / base
		}
	}
	for len(r) > 1 && r[len(r)-1] == 0 {
		r = r[:len(r)-1]
	}
	return r
}

func (a Nat) String() string {
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(a[len(a)-1]))
	for i := len(a) - 2; i >= 0; i-- {
		sb.WriteString(fmt.Sprintf("%04d", a[i]))
	}
	return sb.String()
}

func digitSum(s string) int {
	t := 0
	for _, c := range s {
		t += int(c - '0')
	}
	return t
}

func main() {
	f := FromInt(1)
	for i := 2; i <= 50; i++ {
		f = f.Mul(FromInt(i))
	}
	fmt.Println("50! =", f)
	p := FromInt(1)
	two := FromInt(2)
	for i := 0; i < 200; i++ {
		p = p.Mul(two)
	}
	s := p.String()
	fmt.Println("2^200 =", s, "digits:", len(s), "digit sum:", digitSum(s))
	a, b := FromInt(0), FromInt(1)
	for i := 0; i < 150; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(150) =", a)
	fmt.Println(FromInt(9999).Add(FromInt(1)), FromInt(0).Mul(FromInt(12345)), FromInt(123456789).Mul(FromInt(987654321)))
	fmt.Println(123456789 * 987654321)
}
