package main

import (
	"bytes"
	"encoding"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
)

func main() {
	inputs := [][]byte{nil, []byte("a"), []byte("abc"), []byte("The quick brown fox jumps over the lazy dog"),
		bytes.Repeat([]byte{0xff}, 6000), bytes.Repeat([]byte("0123456789"), 2000)}
	cast := crc32.MakeTable(crc32.Castagnoli)
	koop := crc32.MakeTable(crc32.Koopman)
	fmt.Println(cast == crc32.MakeTable(crc32.Castagnoli), crc32.MakeTable(crc32.IEEE) == crc32.IEEETable, crc32.IEEETable[1], cast[255], koop[128])
	for _, in := range inputs {
		fmt.Println(crc32.ChecksumIEEE(in), crc32.Checksum(in, cast), crc32.Checksum(in, koop), adler32.Checksum(in))
		half := len(in) / 2
		fmt.Println(" ", crc32.Update(crc32.ChecksumIEEE(in[:half]), crc32.IEEETable, in[half:]), crc32.Update(0, cast, in))
	}
	hs := []hash.Hash32{crc32.NewIEEE(), crc32.New(cast), crc32.New(koop), adler32.New()}
	for _, h := range hs {
		fmt.Println(h.Size(), h.BlockSize())
		for _, in := range inputs {
			h.Write(in)
		}
		fmt.Printf("%d %x\n", h.Sum32(), h.Sum([]byte{1}))
		st, err := h.(encoding.BinaryMarshaler).MarshalBinary()
		fmt.Printf("%x %v\n", st, err)
		h.Reset()
		fmt.Println(h.Sum32())
		u := h.(encoding.BinaryUnmarshaler)
		fmt.Println(u.UnmarshalBinary(st), h.Sum32(), u.UnmarshalBinary(st[:5]), u.UnmarshalBinary([]byte("no")))
	}
	a := crc32.NewIEEE()
	st, _ := a.(encoding.BinaryMarshaler).MarshalBinary()
	fmt.Println(crc32.New(cast).(encoding.BinaryUnmarshaler).UnmarshalBinary(st))
	// An unusual adler32 state (s1 >= 65521) restored from bytes.
	ad := adler32.New()
	fmt.Println(ad.(encoding.BinaryUnmarshaler).UnmarshalBinary([]byte("adl\x01\xff\xff\xff\xff")))
	ad.Write(bytes.Repeat([]byte{7}, 12000))
	fmt.Println(ad.Sum32())
}
