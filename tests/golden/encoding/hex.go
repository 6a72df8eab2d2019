package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
)

// oneByteReader returns at most one byte per Read.
type oneByteReader struct{ r io.Reader }

func (o oneByteReader) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1]
	}
	return o.r.Read(p)
}

func main() {
	src := []byte("Hello Gopher! \x00\x01\xfe\xff")
	s := hex.EncodeToString(src)
	fmt.Println(s, hex.EncodedLen(len(src)), hex.DecodedLen(len(s)))
	dst := make([]byte, hex.EncodedLen(len(src)))
	fmt.Println(hex.Encode(dst, src), string(dst))
	fmt.Println(string(hex.AppendEncode([]byte("x="), []byte{1, 2, 255})))
	fmt.Println(hex.EncodeToString(nil) == "", len(hex.EncodeToString([]byte{})))

	for _, in := range []string{"", "48656c6c6f", "48656C6C6F", "4865zz", "486", "48g", "g", "zz1", "0", "deadbeef", "DeAdBeEf00", "4\xe9", "48\x01"} {
		b, err := hex.DecodeString(in)
		fmt.Printf("%q -> %q %v\n", in, b, err)
		d := make([]byte, hex.DecodedLen(len(in)))
		n, err := hex.Decode(d, []byte(in))
		fmt.Println(" ", n, err)
		a, err := hex.AppendDecode([]byte("pre:"), []byte(in))
		fmt.Printf("  %q %v\n", a, err)
	}
	var e error = hex.InvalidByteError('g')
	fmt.Println(e, hex.ErrLength, hex.InvalidByteError(0x80), hex.InvalidByteError(7))

	data := []byte("The quick brown fox jumps over the lazy dog.\n\t\x00\x7f\x80 0123456789")
	fmt.Print(hex.Dump(data))
	fmt.Print(hex.Dump(data[:16]))
	fmt.Print(hex.Dump(data[:5]))
	fmt.Printf("%q\n", hex.Dump(nil))

	d := hex.Dumper(os.Stdout)
	for i := 0; i < len(data); i += 7 {
		end := i + 7
		if end > len(data) {
			end = len(data)
		}
		n, err := d.Write(data[i:end])
		if n != end-i || err != nil {
			fmt.Println("write", n, err)
		}
	}
	fmt.Println(d.Close())
	fmt.Println(d.Close())
	n, err := d.Write([]byte("x"))
	fmt.Println(n, err)

	var buf bytes.Buffer
	enc := hex.NewEncoder(&buf)
	big := bytes.Repeat([]byte("abc\x00\xff"), 300)
	n, err = enc.Write(big)
	fmt.Println(n, err, buf.Len(), buf.String()[:40])
	back, err := io.ReadAll(hex.NewDecoder(strings.NewReader(buf.String())))
	fmt.Println(len(back), err, bytes.Equal(back, big))
	back, err = io.ReadAll(hex.NewDecoder(oneByteReader{strings.NewReader("48656c6c6f")}))
	fmt.Printf("%q %v\n", back, err)
	for _, in := range []string{"48656", "4865g", "48zz6c", "486z"} {
		back, err = io.ReadAll(hex.NewDecoder(strings.NewReader(in)))
		fmt.Printf("%q %q %v\n", in, back, err)
	}
}
