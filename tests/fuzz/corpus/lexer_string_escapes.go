package main

import "fmt"

func main() {
	s := "\a\b\f\n\r\t\v\\\"'"
	fmt.Println(len(s))
	fmt.Printf("%q\n", s)
	fmt.Printf("% x\n", s)
	o := "\101\102\103 \060\061 \377"
	fmt.Println(len(o))
	fmt.Printf("%q % x\n", o, o)
	h := "\x48\x65\x6c\x6C\x6f \xe2\x82\xac \xff"
	fmt.Println(len(h))
	fmt.Printf("%q\n", h)
	u := "\u00e9\u4e16\U0001F600\U00000041"
	fmt.Println(len(u), u)
	fmt.Printf("%q %+q\n", u, u)
	fmt.Printf("% x\n", u)
	mixed := "tab:\there\nnewline done"
	fmt.Println(mixed)
	fmt.Println("unicode: 世界", len("世界"))
	fmt.Println("quote \"inside\" and 'single'")
	fmt.Println("\u0041\u0042" == "AB", "\x41" == "A", "\101" == "A")
}
