package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x263A)), string(rune(0x1F600)))
	fmt.Printf("%q %q %q\n", string(rune(-1)), string(rune(0xD800)), string(rune(0x110000)))
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	fmt.Println(string(b[1:3]), string(r[1]), string(r[7:]))
	b[0] = 'H'
	fmt.Println(string(b), s)
	r[8] = '!'
	fmt.Println(string(r))
	bad := []byte{0x61, 0xff, 0x62, 0xe4, 0xb8}
	rs := []rune(string(bad))
	fmt.Println(len(rs), rs)
	fmt.Printf("%q\n", string(rs))
	empty := []byte{}
	fmt.Printf("%q %q\n", string(empty), string([]rune(nil)))
	var nb []byte
	fmt.Println(len(string(nb)), []byte(""), len([]rune("")))
	bs := []byte("abc")
	s2 := string(bs)
	bs[0] = 'X'
	fmt.Println(s2, string(bs))
	type MyBytes []byte
	mb := MyBytes("named")
	fmt.Println(string(mb), len(mb))
	type MyString string
	ms := MyString([]rune{'o', 'k'})
	fmt.Printf("%T %v\n", ms, ms)
	fmt.Println(string(rune('a'+2)), string(byte(0xe9)) == "\u00e9", []byte(string(rune(0xe9))))
}
