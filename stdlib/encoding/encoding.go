// Package encoding defines the interfaces shared by packages that convert data to and from
// bytes or text, as Go's package encoding (encoding/json uses TextMarshaler and
// TextUnmarshaler). It has no functions and no differences from Go.
package encoding

// BinaryMarshaler is implemented by values that can marshal themselves into binary form.
type BinaryMarshaler interface {
	MarshalBinary() (data []byte, err error)
}

// BinaryUnmarshaler is implemented by values that can unmarshal a binary form of themselves.
type BinaryUnmarshaler interface {
	UnmarshalBinary(data []byte) error
}

// TextMarshaler is implemented by values that can marshal themselves into UTF-8 text.
type TextMarshaler interface {
	MarshalText() (text []byte, err error)
}

// TextUnmarshaler is implemented by values that can unmarshal a textual form of themselves.
type TextUnmarshaler interface {
	UnmarshalText(text []byte) error
}
