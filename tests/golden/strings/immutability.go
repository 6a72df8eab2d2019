package main

import "fmt"

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func main() {
	s := "hello"
	t := s
	t += " world"
	fmt.Println(s, t)
	b := []byte(s)
	b[0] = 'j'
	fmt.Println(s, string(b))
	u := upper(s)
	fmt.Println(s, u)
	sub := s[1:4]
	s = "changed"
	fmt.Println(sub, s)
	bs := []byte("abc")
	str := string(bs)
	bs[1] = 'X'
	fmt.Println(str, string(bs))
	m := map[string]int{}
	key := []byte("k1")
	m[string(key)] = 1
	key[1] = '2'
	m[string(key)] = 2
	fmt.Println(m)
}
