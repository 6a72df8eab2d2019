package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

type zeroPanics struct{ p *int }

func (z *zeroPanics) String() string     { return fmt.Sprint(*z.p) }
func (z *zeroPanics) Set(s string) error { return nil }

type custom struct{ s string }

func (c custom) String() string      { return c.s }
func (c custom) Set(s string) error  { return nil }

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Bool("x", false, "one letter bool")
	fs.Bool("y", true, "one letter bool, default true")
	fs.Bool("long", false, "long bool")
	fs.Int("i", 0, "one letter int")
	fs.String("s", "", "a `path` to use")
	fs.String("q", "a \"quoted\" value", "quoted default")
	fs.Float64("f", 0, "float zero")
	fs.Float64("g", 2.5, "float")
	fs.Duration("d", 0, "duration zero")
	fs.Uint("w", 8, "width")
	fs.Func("fn", "func `arg` here", func(string) error { return nil })
	fs.Var(custom{"hi"}, "c", "custom value type")
	fs.Var(custom{""}, "c0", "custom zero")
	n := 3
	fs.Var(&zeroPanics{&n}, "zp", "panics on zero")
	fs.Bool("only`one", false, "odd `name")
	fs.PrintDefaults()
	fmt.Println("--- default usage")
	fs.Usage()
	fmt.Println("--- empty name")
	var e flag.FlagSet
	e.Init("", flag.ContinueOnError)
	e.SetOutput(os.Stdout)
	e.Int("k", 1, "k")
	fmt.Println(e.Parse([]string{"-zz"}))
	fmt.Println("--- custom Usage")
	fs.Usage = func() { fmt.Println("my usage") }
	fmt.Println(fs.Parse([]string{"-nope"}))
	fmt.Println("--- redefinition")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("x", 1, "again")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		e.Int("k", 1, "again")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("-bad", 1, "")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("a=b", 1, "")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var i int
		fs.TextVar(nil, "tv", nil, "")
		_ = i
	}()
	func() {
		defer func() {
			msg := fmt.Sprint(recover())
			fmt.Println("recovered:", msg[:strings.Index(msg, " at ")+4]+msg[strings.LastIndex(msg, "/")+1:])
		}()
		fmt.Println(fs.Set("late", "1"))
		fs.Int("late", 1, "")
	}()
	fmt.Println("--- panic on error")
	p := flag.NewFlagSet("p", flag.PanicOnError)
	p.SetOutput(os.Stdout)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Parse([]string{"-q"})
	}()
}
