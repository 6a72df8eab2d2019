package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
)

func main() {
	fmt.Println(bytes.Runes(nil) == nil, len(bytes.Runes(nil)), cap(bytes.Runes([]byte("abc"))))
	fmt.Println(strings.Fields("") == nil, strings.FieldsFunc("", nil) == nil, strings.Split("", "x") == nil, strings.SplitN("a", "", 0) == nil)
	fmt.Println(bytes.Fields(nil) == nil, bytes.FieldsFunc(nil, nil) == nil, bytes.Split(nil, []byte("x")) == nil, bytes.Split(nil, nil) == nil)
	fmt.Println(bytes.ToUpper(nil) == nil, bytes.Map(nil, nil) == nil, bytes.ToValidUTF8(nil, nil) == nil, bytes.Title(nil) == nil, bytes.Replace(nil, []byte("a"), nil, -1) == nil)
	fmt.Println(bytes.TrimRight(nil, "a") == nil, bytes.TrimRight([]byte("aa"), "a") == nil, bytes.TrimRightFunc([]byte("aa"), func(r rune) bool { return true }) == nil)
	fmt.Println(cap(bytes.Join([][]byte{[]byte("ab"), []byte("c")}, []byte(","))), cap(bytes.Repeat([]byte("ab"), 3)), cap(bytes.ToUpper([]byte("abc"))))
	fmt.Println(utf16.Encode(nil) == nil, len(utf16.Encode([]rune("é"))), cap(utf16.Decode([]uint16{1})))
	fmt.Println(strings.Fields(" a ")[0], cap(strings.Split("a,b,c", ",")))
}
