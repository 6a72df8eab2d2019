package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type counter struct{ n uint64 }

func (c *counter) Uint64() uint64 { c.n += 0x9E3779B97F4A7C15; return c.n }

func show(r *rand.Rand) {
	fmt.Println(r.Int64(), r.Uint32(), r.Uint64(), r.Int32(), r.Int(), r.Uint())
	fmt.Println(r.IntN(10), r.IntN(1000000), r.IntN(1<<40), r.Int32N(7), r.Int64N(3), r.Int64N(1<<62+5), r.Uint64N(1<<63+3), r.Uint32N(1000), r.UintN(77), r.Uint64N(1<<20))
	fmt.Println(r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64())
	fmt.Println(r.Perm(10), r.Perm(0), r.Perm(1))
	s := strings.Split("a b c d e f g h i j k l", " ")
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
}

func main() {
	for _, seed := range [][2]uint64{{0, 0}, {1, 2}, {^uint64(0), 12345}} {
		fmt.Println("pcg", seed)
		show(rand.New(rand.NewPCG(seed[0], seed[1])))
	}
	var key [32]byte
	copy(key[:], "chacha8 test key for gale 32byte")
	for _, k := range [][32]byte{{}, key} {
		fmt.Println("chacha8", k[:4])
		show(rand.New(rand.NewChaCha8(k)))
	}
	// Long ChaCha8 run crosses refills and reseeds.
	c := rand.NewChaCha8(key)
	var x uint64
	for i := 0; i < 1000; i++ {
		x ^= c.Uint64() * uint64(i+1)
	}
	fmt.Println(x, c.Uint64())
	buf := make([]byte, 13)
	n, err := c.Read(buf)
	fmt.Println(n, err, buf)
	m, _ := c.MarshalBinary()
	fmt.Printf("%x\n", m)
	d := rand.NewChaCha8([32]byte{})
	fmt.Println(d.UnmarshalBinary(m), d.Uint64() == c.Uint64())
	n, _ = d.Read(buf[:3])
	n2, _ := c.Read(buf[3:6])
	fmt.Println(n, n2, buf[:3], buf[3:6])
	fmt.Println(d.UnmarshalBinary([]byte("junk")), d.UnmarshalBinary([]byte("readbuf:\x09")))
	d.Seed(key)
	fmt.Println(d.Uint64())

	p := rand.NewPCG(7, 8)
	p.Uint64()
	pm, _ := p.MarshalBinary()
	fmt.Printf("%x\n", pm)
	q := rand.NewPCG(0, 0)
	fmt.Println(q.UnmarshalBinary(pm), q.Uint64() == p.Uint64(), q.UnmarshalBinary(pm[:5]))
	p.Seed(1, 2)
	fmt.Println(p.Uint64())

	fmt.Println("custom")
	show(rand.New(&counter{5}))

	z := rand.NewZipf(rand.New(rand.NewPCG(1, 1)), 1.5, 2, 100)
	for i := 0; i < 10; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()

	// Unseeded top-level functions: properties only.
	ok := true
	for i := 0; i < 1000; i++ {
		if v := rand.IntN(10); v < 0 || v >= 10 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if rand.Int64() < 0 || rand.Int32N(3) >= 3 || rand.Uint64N(5) >= 5 || rand.UintN(2) >= 2 || rand.Int() < 0 || rand.Int32() < 0 {
			ok = false
		}
		_ = rand.Uint32N(9) + rand.Uint32()
		_ = rand.Uint64() + uint64(rand.Uint())
		_ = rand.Int64N(4) + int64(rand.Float32()) + int64(rand.NormFloat64()*0) + int64(rand.ExpFloat64()*0)
	}
	pp := rand.Perm(5)
	rand.Shuffle(len(pp), func(i, j int) { pp[i], pp[j] = pp[j], pp[i] })
	fmt.Println(ok, len(pp), rand.Uint64() != rand.Uint64())
	for _, f := range []func(){func() { rand.IntN(0) }, func() { rand.Int64N(-1) }, func() { rand.Uint64N(0) }, func() { rand.Int32N(0) }, func() { rand.Uint32N(0) }, func() { rand.UintN(0) }, func() { rand.Shuffle(-1, nil) }} {
		func() {
			defer func() { fmt.Println(recover()) }()
			f()
		}()
	}
}
