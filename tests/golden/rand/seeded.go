package main

import (
	"fmt"
	"math/rand"
	"strings"
)

// counter is a user Source without Uint64.
type counter struct{ n int64 }

func (c *counter) Int63() int64    { c.n += 0x1234567890abcd; return c.n & (1<<63 - 1) }
func (c *counter) Seed(seed int64) { c.n = seed }

func show(r *rand.Rand) {
	fmt.Println(r.Int63(), r.Int31(), r.Int(), r.Uint32(), r.Uint64())
	fmt.Println(r.Intn(10), r.Intn(1000000), r.Intn(1<<40), r.Int31n(7), r.Int31n(1<<20), r.Int63n(3), r.Int63n(1<<62+5))
	fmt.Println(r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64())
	fmt.Println(r.Perm(10), r.Perm(0), r.Perm(1))
	s := strings.Split("a b c d e f g h i j k l", " ")
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	b := make([]byte, 13)
	n, err := r.Read(b)
	fmt.Println(n, err, b)
	n, err = r.Read(b[:3])
	fmt.Println(n, err, b[:3])
}

func main() {
	for _, seed := range []int64{0, 1, 42, -7, 1 << 40, 2147483647, -9223372036854775808} {
		fmt.Println("seed", seed)
		show(rand.New(rand.NewSource(seed)))
	}
	r := rand.New(rand.NewSource(99))
	var sum float64
	for i := 0; i < 10000; i++ {
		sum += r.NormFloat64() + r.ExpFloat64()
	}
	fmt.Println(sum)
	xs := make([]float64, 0, 8)
	for i := 0; i < 8; i++ {
		xs = append(xs, r.NormFloat64())
	}
	fmt.Println(xs)
	r.Seed(5)
	fmt.Println(r.Int(), r.Int())
	src := rand.NewSource(3)
	fmt.Println(src.Int63())
	s64 := src.(rand.Source64)
	fmt.Println(s64.Uint64())

	fmt.Println("custom")
	show(rand.New(&counter{5}))

	rand.Seed(12345)
	fmt.Println(rand.Int(), rand.Intn(100), rand.Int31(), rand.Int63(), rand.Uint32(), rand.Uint64(), rand.Int31n(50), rand.Int63n(50))
	fmt.Println(rand.Float64(), rand.Float32(), rand.NormFloat64(), rand.ExpFloat64(), rand.Perm(6))
	b := make([]byte, 9)
	rand.Read(b)
	fmt.Println(b)
	rand.Seed(12345)
	fmt.Println(rand.Int())
	t := []int{1, 2, 3, 4, 5, 6, 7, 8}
	rand.Shuffle(len(t), func(i, j int) { t[i], t[j] = t[j], t[i] })
	fmt.Println(t)

	z := rand.NewZipf(rand.New(rand.NewSource(1)), 1.5, 2, 100)
	for i := 0; i < 10; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil)

	for _, f := range []func(){
		func() { r.Intn(0) }, func() { r.Int63n(-1) }, func() { r.Int31n(0) },
		func() { r.Shuffle(-1, nil) }, func() { rand.Intn(-5) },
	} {
		func() {
			defer func() { fmt.Println(recover()) }()
			f()
		}()
	}
}
