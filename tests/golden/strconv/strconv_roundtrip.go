package main

import (
	"fmt"
	"math"
	"strconv"
)

// rng is a deterministic xorshift generator.
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return r.s
}

func main() {
	r := &rng{0x9E3779B97F4A7C15}
	bad := 0
	// float64: random bit patterns, shortest formats, back to the same bits
	for i := 0; i < 3000; i++ {
		bits := r.next()
		f := math.Float64frombits(bits)
		if math.IsNaN(f) {
			continue
		}
		for _, fm := range []byte{'g', 'e', 'f', 'b', 'x', 'G', 'E', 'X'} {
			s := strconv.FormatFloat(f, fm, -1, 64)
			g, err := strconv.ParseFloat(s, 64)
			if err != nil || math.Float64bits(g) != bits {
				if fm != 'b' {
					bad++
					fmt.Println("float64 mismatch", fm, s, err)
				}
			}
			if i%150 == 0 {
				fmt.Printf("%c %s\n", fm, s)
			}
		}
	}
	// float32
	for i := 0; i < 3000; i++ {
		bits := uint32(r.next())
		f := math.Float32frombits(bits)
		if f != f {
			continue
		}
		for _, fm := range []byte{'g', 'e', 'f', 'x'} {
			s := strconv.FormatFloat(float64(f), fm, -1, 32)
			g, err := strconv.ParseFloat(s, 32)
			if err != nil || math.Float32bits(float32(g)) != bits {
				bad++
				fmt.Println("float32 mismatch", fm, s, err)
			}
			if i%150 == 0 {
				fmt.Printf("%c %s\n", fm, s)
			}
		}
	}
	// decimal-looking values with fixed precisions
	for i := 0; i < 400; i++ {
		mant := int64(r.next() % 2000000000)
		exp := int(r.next()%40) - 20
		f := float64(mant) * math.Pow(10, float64(exp))
		if i%2 == 1 {
			f = -f
		}
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', 2, 64),
			strconv.FormatFloat(f, 'g', 5, 64), strconv.FormatFloat(f, 'G', 12, 32), strconv.FormatFloat(f, 'x', 4, 64),
			strconv.FormatFloat(f, 'E', 0, 64), strconv.FormatFloat(f, 'f', -1, 32))
	}
	// integers: every base, random values, back again
	for i := 0; i < 2000; i++ {
		u := r.next() >> (r.next() % 64)
		v := int64(u)
		if i%3 == 0 {
			v = -v
		}
		base := 2 + int(r.next()%35)
		s := strconv.FormatInt(v, base)
		w, err := strconv.ParseInt(s, base, 64)
		if err != nil || w != v {
			bad++
			fmt.Println("int mismatch", v, base, s, err)
		}
		su := strconv.FormatUint(u, base)
		x, err := strconv.ParseUint(su, base, 64)
		if err != nil || x != u {
			bad++
			fmt.Println("uint mismatch", u, base, su, err)
		}
		if i%100 == 0 {
			fmt.Println(v, base, s, su, strconv.Itoa(int(v)), string(strconv.AppendInt([]byte("n="), v, 16)))
		}
	}
	fmt.Println("bad", bad)
}
