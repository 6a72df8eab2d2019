// Package encoding defines interfaces shared by other packages that convert data to and
// from byte-level and textual representations, as Go 1.23's encoding package:
// BinaryMarshaler, BinaryUnmarshaler, TextMarshaler and TextUnmarshaler.
package encoding

// BinaryMarshaler is the interface implemented by an object that can marshal itself into
// a binary form.
type BinaryMarshaler interface {
	MarshalBinary() (data []byte, err error)
}

// BinaryUnmarshaler is the interface implemented by an object that can unmarshal a binary
// representation of itself. UnmarshalBinary must copy the data if it wishes to retain the
// data after returning.
type BinaryUnmarshaler interface {
	UnmarshalBinary(data []byte) error
}

// TextMarshaler is the interface implemented by an object that can marshal itself into a
// textual form.
type TextMarshaler interface {
	MarshalText() (text []byte, err error)
}

// TextUnmarshaler is the interface implemented by an object that can unmarshal a textual
// representation of itself. UnmarshalText must copy the text if it wishes to retain the
// text after returning.
type TextUnmarshaler interface {
	UnmarshalText(text []byte) error
}
