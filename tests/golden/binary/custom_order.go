package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// middleEndian swaps the 16-bit halves of a big-endian encoding, to tell it from both
// built-in orders; it logs each call.
type middleEndian struct{ calls *int }

func (m middleEndian) Uint16(b []byte) uint16 { *m.calls++; return binary.LittleEndian.Uint16(b) }
func (m middleEndian) Uint32(b []byte) uint32 {
	*m.calls++
	return uint32(binary.BigEndian.Uint16(b[2:]))<<16 | uint32(binary.BigEndian.Uint16(b))
}
func (m middleEndian) Uint64(b []byte) uint64 {
	*m.calls++
	return uint64(m.Uint32(b[4:]))<<32 | uint64(m.Uint32(b))
}
func (m middleEndian) PutUint16(b []byte, v uint16) { *m.calls++; binary.LittleEndian.PutUint16(b, v) }
func (m middleEndian) PutUint32(b []byte, v uint32) {
	*m.calls++
	binary.BigEndian.PutUint16(b[2:], uint16(v>>16))
	binary.BigEndian.PutUint16(b, uint16(v))
}
func (m middleEndian) PutUint64(b []byte, v uint64) {
	*m.calls++
	m.PutUint32(b[4:], uint32(v>>32))
	m.PutUint32(b, uint32(v))
}
func (m middleEndian) String() string { return "MiddleEndian" }

type Rec struct {
	A uint8
	B int16
	C uint32
	D float64
	E [2]int64
	F bool
}

func main() {
	var calls int
	order := middleEndian{&calls}
	r := Rec{A: 1, B: -2, C: 0x01020304, D: 1.5, E: [2]int64{-1, 0x0102030405060708}, F: true}
	var buf bytes.Buffer
	fmt.Println(binary.Write(&buf, order, r), calls)
	fmt.Printf("%x\n", buf.Bytes())
	var back Rec
	calls = 0
	fmt.Println(binary.Read(bytes.NewReader(buf.Bytes()), order, &back), calls)
	fmt.Printf("%+v %v\n", back, back == r)
	calls = 0
	b, err := binary.Append(nil, order, []uint32{1, 2})
	fmt.Printf("%x %v %d\n", b, err, calls)
	xs := make([]uint32, 2)
	n, err := binary.Decode(b, order, xs)
	fmt.Println(n, err, xs)
	var u16 uint16
	fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2}), order, &u16), u16)
	fmt.Println(binary.Write(&buf, order, int8(-1)), binary.Write(&buf, order, []bool{true}))
}
