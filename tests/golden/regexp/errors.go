// Parse errors: Go's error codes and the offending fragment for a table of bad patterns,
// the error's type, MustCompile's panic message and the package-level Match functions.
package main

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
)

var bad = []string{
	`(`, `((a)`, `)`, `a)`, `(a))`, `[`, `[a`, `[]`, `[^]`, `[a-`, `[z-a]`, `[a-\d]`,
	`[[:foo:]]`, `[[:alpha:]`, `\8`, `\9`, `\x`, `\xZ`, `\x{`, `\x{110000}`, `\p`, `\p{`,
	`\p{Foo}`, `\pX`, `\e`, `\Z`, `\C`, `a\C`, `[\C]`, `\_`, `a\`, `\`,
	`*`, `+a`, `?`, `a**`, `a*+`, `a??*`, `a++`, `x{2}{3}`, `x{2}*`, `{`, `x{1001}`,
	`x{1000}`, `x{2,1}`, `(x{500}){3}`, `((a{10}){10}){11}`, `a|*`, `(*)`, `^*`, `$+`,
	`(?=x)`, `(?!x)`, `(?<=x)`, `(?<!x)`, `(?#c)`, `(?x)`, `(?i`, `(?i-)`, `(?-)`, `(?)`,
	`(?P=n)`, `(?P>n)`, `(?P<n`, `(?P<>a)`, `(?P<n!>a)`, `(?<x`, `(?<>x)`, `(?<x y>a)`,
	`(?'n'a)`, `(?P<n>a`, `(?i)(`, `a(?P<n>`, "\xff", "a\xffb", "[\xff]", "(?P<\xff>a)",
	`\Q`, `\Qa\E*`, `\Q*`, `x{1,1001}`, `a{,5}`, `a{5`, `[[:word:]]`, `(?U)(?s)(?m)(?i)x`,
	`(?P<name>a)(?P<name>b)`, `(?:a`, `(?:)`, `a||b`, `(?i:`, `\b*`, `(a)\1`, `[a-b-c]`,
	`[--]`, `[]a]`, `[^]a]`, `\z+`, `x{0}`, `x{0,0}`, `x{,}`, strings.Repeat("(", 3),
}

func main() {
	for _, p := range bad {
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Printf("%q: %v\n", p, err)
			var se *syntax.Error
			if errors.As(err, &se) {
				fmt.Printf("    code=%q expr=%q\n", string(se.Code), se.Expr)
			}
			continue
		}
		fmt.Printf("%q: ok n=%d %q\n", p, re.NumSubexp(), re.SubexpNames())
	}
	// Nesting depth (Go refuses parse trees higher than 1000).
	for _, sh := range [][2]string{{"(", ")"}, {"(a", "b)"}, {"(?:", ")"}, {"(?:", ")*"}, {"(?P<n>", ")"}, {"[a](", ")+"}, {"((a)", ")"}} {
		for _, n := range []int{300, 499, 502, 998, 1001, 3000} {
			p := strings.Repeat(sh[0], n) + "x" + strings.Repeat(sh[1], n)
			_, err := regexp.Compile(p)
			s := fmt.Sprint(err)
			if len(s) > 70 {
				s = s[:70]
			}
			fmt.Println(sh[0], n, s)
		}
	}
	_, err := regexp.Compile(`a(b`)
	fmt.Printf("%T %v\n", err, err)
	fmt.Println(syntax.ErrMissingParen, syntax.ErrInvalidRepeatOp.String())

	for _, p := range []string{`(`, "a\x00`(", `[z-a]`} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			regexp.MustCompile(p)
		}()
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			regexp.MustCompilePOSIX(p)
		}()
	}
	ok, err := regexp.MatchString(`a(`, "a")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`\pQ`, []byte("a"))
	fmt.Println(ok, err)
	ok, err = regexp.MatchString(`^[a-z]+\[[0-9]+\]$`, "adam[23]")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`a.c`, []byte("abc"))
	fmt.Println(ok, err)
	regexp.MustCompile(`x**`)
}
