package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   int8
	_       [3]byte
	Length  int64
	Ratio   float32
	Scale   float64
	OK      bool
	Pair    [2]int16
	Inner   struct{ A, B uint32 }
}

type Bad struct {
	A int32
	B string
}

func main() {
	b := make([]byte, 8)
	for _, order := range []binary.ByteOrder{binary.BigEndian, binary.LittleEndian, binary.NativeEndian} {
		order.PutUint16(b, 0x1234)
		fmt.Printf("%v %x %#x ", order, b[:2], order.Uint16(b))
		order.PutUint32(b, 0xdeadbeef)
		fmt.Printf("%x %#x ", b[:4], order.Uint32(b))
		order.PutUint64(b, 0x0102030405060708)
		fmt.Printf("%x %#x\n", b, order.Uint64(b))
	}
	fmt.Printf("%#v %#v %#v\n", binary.BigEndian, binary.LittleEndian, binary.NativeEndian)
	var ao binary.AppendByteOrder = binary.BigEndian
	out := ao.AppendUint16(nil, 0xabcd)
	out = ao.AppendUint32(out, 1)
	out = binary.LittleEndian.AppendUint64(out, 2)
	out = binary.NativeEndian.AppendUint32(out, 3)
	fmt.Printf("%x\n", out)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		binary.BigEndian.Uint32([]byte{1, 2})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		binary.LittleEndian.PutUint64(make([]byte, 7), 1)
	}()

	// varints
	buf := make([]byte, binary.MaxVarintLen64)
	for _, x := range []uint64{0, 1, 127, 128, 300, 16384, math.MaxUint32, math.MaxUint64} {
		n := binary.PutUvarint(buf, x)
		y, m := binary.Uvarint(buf[:n])
		fmt.Printf("u %d: %x %d %d\n", x, buf[:n], y, m)
	}
	for _, x := range []int64{0, -1, 1, -64, 64, math.MinInt64, math.MaxInt64} {
		n := binary.PutVarint(buf, x)
		y, m := binary.Varint(buf[:n])
		fmt.Printf("s %d: %x %d %d %x\n", x, buf[:n], y, m, binary.AppendVarint([]byte{0xff}, x))
	}
	fmt.Printf("%x\n", binary.AppendUvarint(nil, 1<<40))
	fmt.Println(binary.Uvarint([]byte{}))
	fmt.Println(binary.Uvarint([]byte{0x80, 0x80}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}))
	fmt.Println(binary.Varint([]byte{0x80}))
	fmt.Println(binary.ReadUvarint(bytes.NewReader([]byte{0xac, 0x02})))
	fmt.Println(binary.ReadUvarint(bytes.NewReader(nil)))
	fmt.Println(binary.ReadUvarint(bytes.NewReader([]byte{0x80})))
	fmt.Println(binary.ReadUvarint(bytes.NewReader([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f})))
	fmt.Println(binary.ReadUvarint(bytes.NewReader(bytes.Repeat([]byte{0x80}, 12))))
	fmt.Println(binary.ReadVarint(bytes.NewReader([]byte{0x03})))

	// Read and Write
	var w bytes.Buffer
	values := []any{true, int8(-2), uint8(200), int16(-300), uint16(65000), int32(-70000),
		uint32(4000000000), int64(-5), uint64(1 << 63), float32(1.5), float64(-2.25),
		[]int16{1, -1}, []bool{true, false}, []float64{math.Pi}, []uint8{9, 8},
		[3]uint16{1, 2, 3}}
	for _, v := range values {
		w.Reset()
		err := binary.Write(&w, binary.BigEndian, v)
		fmt.Printf("%T %v: %x %v size=%d\n", v, v, w.Bytes(), err, binary.Size(v))
	}
	h := Header{Magic: [4]byte{'G', 'A', 'L', 'E'}, Version: 3, Flags: -1, Length: 1 << 40,
		Ratio: 0.5, Scale: 1e100, OK: true, Pair: [2]int16{-2, 2}}
	h.Inner.A, h.Inner.B = 7, 8
	for _, order := range []binary.ByteOrder{binary.BigEndian, binary.LittleEndian} {
		w.Reset()
		fmt.Println(binary.Write(&w, order, h), binary.Write(&w, order, &h), binary.Size(h), binary.Size(&h), w.Len())
		fmt.Printf("%x\n", w.Bytes())
		var back Header
		fmt.Println(binary.Read(&w, order, &back))
		fmt.Printf("%+v %v\n", back, back == h)
		hs := make([]Header, 1)
		fmt.Println(binary.Read(&w, order, hs), hs[0] == h)
		fmt.Println(binary.Read(&w, order, &back))
	}
	hs := []Header{h, h}
	fmt.Println(binary.Size(hs))
	var x int32
	r := bytes.NewReader([]byte{1, 2, 3, 4, 5})
	fmt.Println(binary.Read(r, binary.LittleEndian, &x), x)
	fmt.Println(binary.Read(r, binary.LittleEndian, &x), x)
	fmt.Println(binary.Read(r, binary.LittleEndian, &x), x)
	var xs [2]uint16
	fmt.Println(binary.Read(bytes.NewReader([]byte{0, 1, 0, 2}), binary.BigEndian, &xs), xs)
	f64s := make([]float64, 2)
	fmt.Println(binary.Read(bytes.NewReader(make([]byte, 16)), binary.BigEndian, f64s), f64s)

	// errors
	fmt.Println(binary.Write(&w, binary.BigEndian, 5))
	fmt.Println(binary.Write(&w, binary.BigEndian, Bad{}))
	fmt.Println(binary.Write(&w, binary.BigEndian, []int{1}))
	fmt.Println(binary.Read(&w, binary.BigEndian, x))
	fmt.Println(binary.Read(&w, binary.BigEndian, &Bad{}))
	fmt.Println(binary.Size(5), binary.Size(Bad{}), binary.Size("s"), binary.Size([]int{1}), binary.Size((*int32)(nil)), binary.Size([]int32{1, 2}))

	// Append, Encode, Decode
	ab, err := binary.Append([]byte{0xAA}, binary.BigEndian, uint32(1))
	fmt.Printf("%x %v\n", ab, err)
	ab, err = binary.Append(nil, binary.LittleEndian, []uint16{1, 2})
	fmt.Printf("%x %v\n", ab, err)
	_, err = binary.Append(nil, binary.LittleEndian, 3)
	fmt.Println(err)
	eb := make([]byte, 3)
	fmt.Println(binary.Encode(eb, binary.BigEndian, uint16(0x0102)))
	fmt.Println(binary.Encode(eb, binary.BigEndian, uint32(1)))
	fmt.Println(binary.Encode(eb, binary.BigEndian, "x"))
	var d16 uint16
	fmt.Println(binary.Decode(eb, binary.BigEndian, &d16))
	fmt.Println(d16)
	fmt.Println(binary.Decode(eb[:1], binary.BigEndian, &d16))
	fmt.Println(binary.Decode(eb, binary.BigEndian, d16))
	fmt.Println(binary.Decode(eb[:1], binary.BigEndian, d16))
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2, 3, 4}), binary.BigEndian, x))
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2, 3, 4}), binary.BigEndian, [2]uint16{}))
	_ = io.EOF
}
