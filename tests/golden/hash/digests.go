package main

import (
	"bytes"
	"crypto/md5"
	"crypto/sha256"
	"fmt"
	"hash"
	"hash/fnv"
	"io"
)

func main() {
	inputs := []string{"", "a", "abc", "The quick brown fox jumps over the lazy dog",
		string(bytes.Repeat([]byte("0123456789"), 20)), "\x00\xff\x80"}
	for _, in := range inputs {
		d := []byte(in)
		fmt.Printf("%x\n", sha256.Sum256(d))
		fmt.Printf("%x\n", sha256.Sum224(d))
		fmt.Printf("%x\n", md5.Sum(d))
		s := sha256.Sum256(d)
		fmt.Println(len(s), s[0], s[31])
	}
	fmt.Println(sha256.Size, sha256.Size224, sha256.BlockSize, md5.Size, md5.BlockSize)

	hs := []struct {
		name string
		h    hash.Hash
	}{
		{"sha256", sha256.New()}, {"sha224", sha256.New224()}, {"md5", md5.New()},
		{"fnv32", fnv.New32()}, {"fnv32a", fnv.New32a()}, {"fnv64", fnv.New64()},
		{"fnv64a", fnv.New64a()}, {"fnv128", fnv.New128()}, {"fnv128a", fnv.New128a()},
	}
	long := bytes.Repeat([]byte("incremental hashing, "), 50)
	for _, x := range hs {
		h := x.h
		fmt.Println(x.name, h.Size(), h.BlockSize())
		fmt.Printf(" empty %x\n", h.Sum(nil))
		for i := 0; i < len(long); i += 37 {
			end := i + 37
			if end > len(long) {
				end = len(long)
			}
			n, err := h.Write(long[i:end])
			if n != end-i || err != nil {
				fmt.Println("write", n, err)
			}
			if i%(37*10) == 0 {
				fmt.Printf(" %d %x\n", i, h.Sum([]byte("prefix")))
			}
		}
		fmt.Printf(" all %x\n", h.Sum(nil))
		fmt.Printf(" again %x\n", h.Sum(nil))
		io.WriteString(h, "more")
		fmt.Printf(" more %x\n", h.Sum(nil))
		if h32, ok := h.(hash.Hash32); ok {
			fmt.Println(" sum32", h32.Sum32())
		}
		if h64, ok := h.(hash.Hash64); ok {
			fmt.Println(" sum64", h64.Sum64())
		}
		h.Reset()
		fmt.Printf(" reset %x\n", h.Sum(nil))
		h.Write([]byte("hello"))
		fmt.Printf(" hello %x\n", h.Sum(nil))
	}
	for _, in := range inputs {
		a, b := fnv.New32(), fnv.New32a()
		c, d := fnv.New64(), fnv.New64a()
		a.Write([]byte(in))
		b.Write([]byte(in))
		c.Write([]byte(in))
		d.Write([]byte(in))
		fmt.Println(a.Sum32(), b.Sum32(), c.Sum64(), d.Sum64())
	}
	var whole = sha256.Sum256(long)
	h := sha256.New()
	h.Write(long)
	fmt.Println(bytes.Equal(whole[:], h.Sum(nil)))
	fmt.Printf("%X\n", md5.Sum([]byte("hello")))
	fmt.Println(sha256.Sum256([]byte("x")) == sha256.Sum256([]byte("x")))
}
