// Package crc32 implements the 32-bit cyclic redundancy check, or CRC-32, checksum, as Go's
// hash/crc32: the IEEE, Castagnoli and Koopman polynomials, MakeTable, New, NewIEEE,
// Checksum, ChecksumIEEE, Update, and Go's MarshalBinary/UnmarshalBinary state encoding.
// Table building and the update loop are natives (stdlib/hash/crc32/crc32.c).
package crc32

import (
	"errors"
	"hash"
)

// The size of a CRC-32 checksum in bytes.
const Size = 4

// Predefined polynomials (reversed notation).
const (
	IEEE       = 0xedb88320
	Castagnoli = 0x82f63b78
	Koopman    = 0xeb31d82e
)

// Table is a 256-word table representing the polynomial for efficient processing.
type Table [256]uint32

func makeTable(poly uint32, t *Table)
func update(crc uint32, t *Table, p []byte) uint32

func simpleMakeTable(poly uint32) *Table {
	t := new(Table)
	makeTable(poly, t)
	return t
}

// IEEETable is the table for the IEEE polynomial.
var IEEETable = simpleMakeTable(IEEE)

var castagnoliTable *Table

// MakeTable returns a Table constructed from the specified polynomial. The contents of
// this Table must not be modified.
func MakeTable(poly uint32) *Table {
	switch poly {
	case IEEE:
		return IEEETable
	case Castagnoli:
		if castagnoliTable == nil {
			castagnoliTable = simpleMakeTable(Castagnoli)
		}
		return castagnoliTable
	}
	return simpleMakeTable(poly)
}

type digest struct {
	crc uint32
	tab *Table
}

// New creates a new hash.Hash32 computing the CRC-32 checksum using the polynomial
// represented by the Table. Its Sum method lays the value out in big-endian byte order.
func New(tab *Table) hash.Hash32 { return &digest{0, tab} }

// NewIEEE creates a new hash.Hash32 computing the CRC-32 checksum using the IEEE
// polynomial.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum32() uint32 { return d.crc }

func (d *digest) Sum(in []byte) []byte {
	s := d.crc
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

// Update returns the result of adding the bytes in p to the crc.
func Update(crc uint32, tab *Table, p []byte) uint32 { return update(crc, tab, p) }

// Checksum returns the CRC-32 checksum of data using the polynomial represented by the
// Table.
func Checksum(data []byte, tab *Table) uint32 { return update(0, tab, data) }

// ChecksumIEEE returns the CRC-32 checksum of data using the IEEE polynomial.
func ChecksumIEEE(data []byte) uint32 { return update(0, IEEETable, data) }

const (
	magic         = "crc\x01"
	marshaledSize = len(magic) + 4 + 4
)

func appendBE(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func beUint32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

// tableSum is the IEEE checksum of a table's words in big-endian order (0's for nil).
func tableSum(t *Table) uint32 {
	b := make([]byte, 0, 1024)
	if t != nil {
		for _, x := range t {
			b = appendBE(b, x)
		}
	}
	return ChecksumIEEE(b)
}

func (d *digest) MarshalBinary() ([]byte, error) {
	b := []byte(magic)
	b = appendBE(b, tableSum(d.tab))
	b = appendBE(b, d.crc)
	return b, nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("hash/crc32: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("hash/crc32: invalid hash state size")
	}
	if tableSum(d.tab) != beUint32(b[4:]) {
		return errors.New("hash/crc32: tables do not match")
	}
	d.crc = beUint32(b[8:])
	return nil
}
