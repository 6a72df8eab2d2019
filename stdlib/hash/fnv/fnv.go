// Package fnv implements FNV-1 and FNV-1a, non-cryptographic hash functions created by
// Glenn Fowler, Landon Curt Noll, and Phong Vo, as Go's hash/fnv: New32, New32a, New64,
// New64a, New128 and New128a, with Go's MarshalBinary/UnmarshalBinary state encoding.
// The byte loops are natives (stdlib/hash/fnv/fnv.c).
package fnv

import (
	"errors"
	"hash"
)

type (
	sum32   uint32
	sum32a  uint32
	sum64   uint64
	sum64a  uint64
	sum128  [2]uint64
	sum128a [2]uint64
)

const (
	offset32        = 2166136261
	offset64        = 14695981039346656037
	offset128Higher = 0x6c62272e07bb0142
	offset128Lower  = 0x62b821756295c58d
)

func update32(h uint32, p []byte, a bool) uint32
func update64(h uint64, p []byte, a bool) uint64
func update128(s *[2]uint64, p []byte, a bool)

// New32 returns a new 32-bit FNV-1 hash.Hash. Its Sum method lays the value out in
// big-endian byte order.
func New32() hash.Hash32 {
	var s sum32 = offset32
	return &s
}

// New32a returns a new 32-bit FNV-1a hash.Hash.
func New32a() hash.Hash32 {
	var s sum32a = offset32
	return &s
}

// New64 returns a new 64-bit FNV-1 hash.Hash.
func New64() hash.Hash64 {
	var s sum64 = offset64
	return &s
}

// New64a returns a new 64-bit FNV-1a hash.Hash.
func New64a() hash.Hash64 {
	var s sum64a = offset64
	return &s
}

// New128 returns a new 128-bit FNV-1 hash.Hash.
func New128() hash.Hash {
	var s sum128
	s[0] = offset128Higher
	s[1] = offset128Lower
	return &s
}

// New128a returns a new 128-bit FNV-1a hash.Hash.
func New128a() hash.Hash {
	var s sum128a
	s[0] = offset128Higher
	s[1] = offset128Lower
	return &s
}

func (s *sum32) Reset()   { *s = offset32 }
func (s *sum32a) Reset()  { *s = offset32 }
func (s *sum64) Reset()   { *s = offset64 }
func (s *sum64a) Reset()  { *s = offset64 }
func (s *sum128) Reset()  { s[0] = offset128Higher; s[1] = offset128Lower }
func (s *sum128a) Reset() { s[0] = offset128Higher; s[1] = offset128Lower }

func (s *sum32) Sum32() uint32  { return uint32(*s) }
func (s *sum32a) Sum32() uint32 { return uint32(*s) }
func (s *sum64) Sum64() uint64  { return uint64(*s) }
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

func (s *sum32) Write(data []byte) (int, error) {
	*s = sum32(update32(uint32(*s), data, false))
	return len(data), nil
}

func (s *sum32a) Write(data []byte) (int, error) {
	*s = sum32a(update32(uint32(*s), data, true))
	return len(data), nil
}

func (s *sum64) Write(data []byte) (int, error) {
	*s = sum64(update64(uint64(*s), data, false))
	return len(data), nil
}

func (s *sum64a) Write(data []byte) (int, error) {
	*s = sum64a(update64(uint64(*s), data, true))
	return len(data), nil
}

func (s *sum128) Write(data []byte) (int, error) {
	update128((*[2]uint64)(s), data, false)
	return len(data), nil
}

func (s *sum128a) Write(data []byte) (int, error) {
	update128((*[2]uint64)(s), data, true)
	return len(data), nil
}

func (s *sum32) Size() int   { return 4 }
func (s *sum32a) Size() int  { return 4 }
func (s *sum64) Size() int   { return 8 }
func (s *sum64a) Size() int  { return 8 }
func (s *sum128) Size() int  { return 16 }
func (s *sum128a) Size() int { return 16 }

func (s *sum32) BlockSize() int   { return 1 }
func (s *sum32a) BlockSize() int  { return 1 }
func (s *sum64) BlockSize() int   { return 1 }
func (s *sum64a) BlockSize() int  { return 1 }
func (s *sum128) BlockSize() int  { return 1 }
func (s *sum128a) BlockSize() int { return 1 }

func appendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func appendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32),
		byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (s *sum32) Sum(in []byte) []byte   { return appendUint32(in, uint32(*s)) }
func (s *sum32a) Sum(in []byte) []byte  { return appendUint32(in, uint32(*s)) }
func (s *sum64) Sum(in []byte) []byte   { return appendUint64(in, uint64(*s)) }
func (s *sum64a) Sum(in []byte) []byte  { return appendUint64(in, uint64(*s)) }
func (s *sum128) Sum(in []byte) []byte  { return appendUint64(appendUint64(in, s[0]), s[1]) }
func (s *sum128a) Sum(in []byte) []byte { return appendUint64(appendUint64(in, s[0]), s[1]) }

// ---- encoding.BinaryMarshaler and BinaryUnmarshaler, in Go's format ----

const (
	magic32          = "fnv\x01"
	magic32a         = "fnv\x02"
	magic64          = "fnv\x03"
	magic64a         = "fnv\x04"
	magic128         = "fnv\x05"
	magic128a        = "fnv\x06"
	marshaledSize32  = len(magic32) + 4
	marshaledSize64  = len(magic64) + 8
	marshaledSize128 = len(magic128) + 8*2
)

func beUint64(b []byte) uint64 {
	var v uint64
	for i := 0; i < 8; i++ {
		v = v<<8 | uint64(b[i])
	}
	return v
}

// checkState validates a marshaled state: its identifier, then its size.
func checkState(b []byte, magic string, size int) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("hash/fnv: invalid hash state identifier")
	}
	if len(b) != size {
		return errors.New("hash/fnv: invalid hash state size")
	}
	return nil
}

func (s *sum32) MarshalBinary() ([]byte, error) {
	return appendUint32([]byte(magic32), uint32(*s)), nil
}

func (s *sum32a) MarshalBinary() ([]byte, error) {
	return appendUint32([]byte(magic32a), uint32(*s)), nil
}

func (s *sum64) MarshalBinary() ([]byte, error) {
	return appendUint64([]byte(magic64), uint64(*s)), nil
}

func (s *sum64a) MarshalBinary() ([]byte, error) {
	return appendUint64([]byte(magic64a), uint64(*s)), nil
}

func (s *sum128) MarshalBinary() ([]byte, error) {
	return appendUint64(appendUint64([]byte(magic128), s[0]), s[1]), nil
}

func (s *sum128a) MarshalBinary() ([]byte, error) {
	return appendUint64(appendUint64([]byte(magic128a), s[0]), s[1]), nil
}

func (s *sum32) UnmarshalBinary(b []byte) error {
	if err := checkState(b, magic32, marshaledSize32); err != nil {
		return err
	}
	*s = sum32(beUint64(append(make([]byte, 4), b[4:]...)))
	return nil
}

func (s *sum32a) UnmarshalBinary(b []byte) error {
	if err := checkState(b, magic32a, marshaledSize32); err != nil {
		return err
	}
	*s = sum32a(beUint64(append(make([]byte, 4), b[4:]...)))
	return nil
}

func (s *sum64) UnmarshalBinary(b []byte) error {
	if err := checkState(b, magic64, marshaledSize64); err != nil {
		return err
	}
	*s = sum64(beUint64(b[4:]))
	return nil
}

func (s *sum64a) UnmarshalBinary(b []byte) error {
	if err := checkState(b, magic64a, marshaledSize64); err != nil {
		return err
	}
	*s = sum64a(beUint64(b[4:]))
	return nil
}

func (s *sum128) UnmarshalBinary(b []byte) error {
	if err := checkState(b, magic128, marshaledSize128); err != nil {
		return err
	}
	s[0] = beUint64(b[4:])
	s[1] = beUint64(b[12:])
	return nil
}

func (s *sum128a) UnmarshalBinary(b []byte) error {
	if err := checkState(b, magic128a, marshaledSize128); err != nil {
		return err
	}
	s[0] = beUint64(b[4:])
	s[1] = beUint64(b[12:])
	return nil
}
