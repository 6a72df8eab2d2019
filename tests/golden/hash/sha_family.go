package main

import (
	"bytes"
	"crypto/sha1"
	"crypto/sha512"
	"encoding"
	"fmt"
	"hash"
)

func main() {
	inputs := [][]byte{nil, []byte("abc"), []byte("The quick brown fox jumps over the lazy dog"),
		bytes.Repeat([]byte("0123456789abcdef"), 40)}
	for _, in := range inputs {
		fmt.Printf("%x\n%x\n%x\n%x\n%x\n", sha1.Sum(in), sha512.Sum512(in), sha512.Sum384(in), sha512.Sum512_224(in), sha512.Sum512_256(in))
	}
	fmt.Println(sha1.Size, sha1.BlockSize, sha512.Size, sha512.Size224, sha512.Size256, sha512.Size384, sha512.BlockSize)
	news := []struct {
		name string
		f    func() hash.Hash
	}{{"sha1", sha1.New}, {"sha512", sha512.New}, {"sha384", sha512.New384}, {"sha512_224", sha512.New512_224}, {"sha512_256", sha512.New512_256}}
	data := bytes.Repeat([]byte("incremental "), 30)
	for _, n := range news {
		h := n.f()
		fmt.Println(n.name, h.Size(), h.BlockSize())
		for _, split := range []int{0, 7, 64, 128, 200} {
			h.Reset()
			h.Write(data[:split])
			st, err := h.(encoding.BinaryMarshaler).MarshalBinary()
			fmt.Printf(" %d %x %v\n", split, st, err)
			h2 := n.f()
			fmt.Println(" ", h2.(encoding.BinaryUnmarshaler).UnmarshalBinary(st))
			h.Write(data[split:])
			h2.Write(data[split:])
			fmt.Printf("  %x\n  %x\n", h.Sum([]byte("p")), h2.Sum(nil))
		}
		u := n.f().(encoding.BinaryUnmarshaler)
		fmt.Println(u.UnmarshalBinary([]byte("sh")), u.UnmarshalBinary([]byte("sha\x07xx")), u.UnmarshalBinary([]byte("sha\x01")))
	}
}
