package main

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding"
	"fmt"
	"hash"
	"hash/fnv"
)

func main() {
	news := []struct {
		name string
		f    func() hash.Hash
	}{
		{"sha256", sha256.New}, {"sha224", sha256.New224}, {"md5", md5.New},
		{"fnv32", func() hash.Hash { return fnv.New32() }}, {"fnv32a", func() hash.Hash { return fnv.New32a() }},
		{"fnv64", func() hash.Hash { return fnv.New64() }}, {"fnv64a", func() hash.Hash { return fnv.New64a() }},
		{"fnv128", fnv.New128}, {"fnv128a", fnv.New128a},
	}
	for _, n := range news {
		for _, split := range []int{0, 5, 64, 100, 120} {
			data := []byte("The quick brown fox jumps over the lazy dog, then again, and again, and again, until the buffer fills up past two blocks.")
			h := n.f()
			h.Write(data[:split])
			state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
			fmt.Printf("%s %d %x %v\n", n.name, split, state, err)
			h2 := n.f()
			h2.Write([]byte("garbage to be replaced"))
			err = h2.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
			h2.Write(data[split:])
			h.Write(data[split:])
			fmt.Printf("  %v %x %x\n", err, h2.Sum(nil), h.Sum(nil))
		}
		u := n.f().(encoding.BinaryUnmarshaler)
		fmt.Println(u.UnmarshalBinary([]byte("xx")), u.UnmarshalBinary([]byte("fnv\x01\x00")), u.UnmarshalBinary([]byte("sha\x03")), u.UnmarshalBinary([]byte("md5\x01")))
	}
}
