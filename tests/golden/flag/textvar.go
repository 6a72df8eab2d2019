package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
)

type upper struct{ s string }

func (u *upper) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		return errors.New("empty")
	}
	u.s = strings.ToUpper(string(b))
	return nil
}
func (u upper) MarshalText() ([]byte, error) { return []byte(u.s), nil }

type other struct{ n int }

func (o other) MarshalText() ([]byte, error) { return []byte(fmt.Sprint(o.n)), nil }

func main() {
	fs := flag.NewFlagSet("tv", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var u upper
	fs.TextVar(&u, "u", upper{"def"}, "an upper `word`")
	var u2 upper
	fs.TextVar(&u2, "u2", &upper{"ptr"}, "default given by pointer")
	fmt.Println(u.s, u2.s)
	fs.PrintDefaults()
	fmt.Println(fs.Parse([]string{"-u", "hello", "-u2=x"}), u.s, u2.s)
	fmt.Println(fs.Lookup("u").Value, fs.Lookup("u").Value.(flag.Getter).Get() == &u)
	fmt.Println(fs.Parse([]string{"-u="}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var v upper
		fs.TextVar(&v, "bad", other{1}, "")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var v upper
		fs.TextVar(&v, "bad2", nil, "")
	}()
	p := flag.NewFlagSet("p", flag.PanicOnError)
	p.SetOutput(os.Stdout)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Parse([]string{"-h"})
	}()
	e := flag.NewFlagSet("e", flag.ExitOnError)
	e.SetOutput(os.Stdout)
	e.Bool("b", false, "")
	fmt.Println(e.Parse([]string{"-b=false", "x"}), e.Args())
	e.Parse([]string{"-help"})
	fmt.Println("not reached")
}
