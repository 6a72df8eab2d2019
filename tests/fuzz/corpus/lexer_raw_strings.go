package main

import "fmt"

const banner = `line one
	line two (tab kept)
line "three" with \n not an escape
`

func main() {
	fmt.Print(banner)
	fmt.Println(len(banner))
	r := `C:\path\to\file.txt`
	fmt.Println(r, len(r))
	q := `he said "hi" ` + "`" + `backquoted` + "`"
	fmt.Println(q)
	fmt.Printf("%q\n", `a\tb`)
	empty := ``
	fmt.Println(len(empty), empty == "")
	multi := `
`
	fmt.Println(len(multi), multi == "\n")
	fmt.Printf("%q\n", `\u00e9 \x41 \\`)
	unicode := `日本語`
	fmt.Println(unicode, len(unicode))
}
