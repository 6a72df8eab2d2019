package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"strings"
)

type oneByteReader struct{ r io.Reader }

func (o oneByteReader) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1]
	}
	return o.r.Read(p)
}

type named struct {
	name string
	enc  *base64.Encoding
}

func main() {
	encs := []named{
		{"std", base64.StdEncoding}, {"url", base64.URLEncoding},
		{"rawstd", base64.RawStdEncoding}, {"rawurl", base64.RawURLEncoding},
		{"strict", base64.StdEncoding.Strict()}, {"rawstrict", base64.RawStdEncoding.Strict()},
		{"star", base64.StdEncoding.WithPadding('*')},
		{"custom", base64.NewEncoding("zyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONMLKJIHGFEDCBA9876543210.,")},
	}
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd\xfc", "subjects?_d>>>", "Man is distinguished, not only by his reason"}
	for _, ne := range encs {
		fmt.Println("==", ne.name)
		for _, in := range inputs {
			s := ne.enc.EncodeToString([]byte(in))
			dst := make([]byte, ne.enc.EncodedLen(len(in)))
			ne.enc.Encode(dst, []byte(in))
			back, err := ne.enc.DecodeString(s)
			fmt.Printf("%q %q %d %d %q %v %q\n", in, s, ne.enc.EncodedLen(len(in)), ne.enc.DecodedLen(len(s)), back, err, dst)
			fmt.Printf("  %q\n", ne.enc.AppendEncode([]byte("<"), []byte(in)))
			ad, err := ne.enc.AppendDecode([]byte(">"), []byte(s))
			fmt.Printf("  %q %v\n", ad, err)
		}
		bad := []string{"Zm9v\nYmFy", "Zm9v\r\nYmE=\n", "Zm9", "Zm", "Z", "Zm9v!", "Zm9=", "Zm==", "Zm=", "Zm=x", "Zg==Zg==", "Zg==\n\n", "Zh==", "Zm9=", "Zm9w", "Zm8=", "=", "====", "Zg=\n=", "Zg=", "Zm9vYg", "Zm9vYmFy\n\r", "YQ==x", "AAAA*", "Zm**", "Zmm*", "wxyz"}
		for _, in := range bad {
			b, err := ne.enc.DecodeString(in)
			fmt.Printf("  dec %q -> %q %v\n", in, b, err)
		}
	}
	var err error = base64.CorruptInputError(4)
	fmt.Println(err)

	try(func() { base64.NewEncoding("abc") })
	try(func() { base64.NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz012345678\n+/") })
	try(func() { base64.NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz012345678A+/") })
	try(func() { base64.StdEncoding.WithPadding('A') })
	try(func() { base64.StdEncoding.WithPadding('\n') })
	try(func() { base64.StdEncoding.WithPadding(0x100) })
	try(func() { base64.StdEncoding.WithPadding(-2) })

	// streaming
	var buf bytes.Buffer
	w := base64.NewEncoder(base64.StdEncoding, &buf)
	data := bytes.Repeat([]byte("streaming base64 \x00\x01\x02"), 100)
	for i := 0; i < len(data); i += 13 {
		end := i + 13
		if end > len(data) {
			end = len(data)
		}
		w.Write(data[i:end])
	}
	fmt.Println(w.Close(), buf.Len(), buf.String()[:60])
	fmt.Println(buf.String() == base64.StdEncoding.EncodeToString(data))
	back, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader(buf.String())))
	fmt.Println(len(back), err, bytes.Equal(back, data))
	back, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, oneByteReader{strings.NewReader("Zm9v\nYmFy\r\nYmF6")}))
	fmt.Printf("%q %v\n", back, err)
	back, err = io.ReadAll(base64.NewDecoder(base64.RawURLEncoding, oneByteReader{strings.NewReader("Zm9vYmE")}))
	fmt.Printf("%q %v\n", back, err)
	for _, in := range []string{"Zm9vY", "Zm9v!mFy", "Zm9vYmE=Zm9v", "Zm9vYmE"} {
		back, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader(in)))
		fmt.Printf("%q %q %v\n", in, back, err)
	}
	var raw bytes.Buffer
	w = base64.NewEncoder(base64.RawURLEncoding, &raw)
	w.Write([]byte{0xfb, 0xff})
	w.Close()
	fmt.Println(raw.String())
}

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}
