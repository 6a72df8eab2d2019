package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error {
	if s == "bad" {
		return errors.New("bad item")
	}
	*l = append(*l, s)
	return nil
}

type level int

func (l *level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = 1
	case "high":
		*l = 2
	default:
		return fmt.Errorf("unknown level %q", string(b))
	}
	return nil
}

func (l level) MarshalText() ([]byte, error) {
	switch l {
	case 1:
		return []byte("low"), nil
	case 2:
		return []byte("high"), nil
	}
	return []byte("none"), nil
}

func newSet() (*flag.FlagSet, map[string]any) {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	vals := map[string]any{}
	vals["v"] = fs.Bool("v", false, "verbose output")
	vals["n"] = fs.Int("n", 3, "number of `items` to process")
	vals["big"] = fs.Int64("big", -1, "a big\nmultiline number")
	vals["u"] = fs.Uint("u", 0, "unsigned")
	vals["u64"] = fs.Uint64("u64", 7, "unsigned 64")
	vals["name"] = fs.String("name", "world", "who to greet")
	vals["empty"] = fs.String("empty", "", "empty default")
	vals["ratio"] = fs.Float64("ratio", 0.5, "a ratio")
	vals["wait"] = fs.Duration("wait", 2*time.Second, "how long to wait")
	var l listValue
	fs.Var(&l, "item", "an item (repeatable)")
	vals["item"] = &l
	var lv level
	fs.TextVar(&lv, "level", level(1), "the level")
	vals["level"] = &lv
	fs.Func("fn", "a func flag", func(s string) error {
		fmt.Println("fn called with", s)
		if s == "err" {
			return errors.New("fn refused")
		}
		return nil
	})
	fs.BoolFunc("bf", "a bool func", func(s string) error {
		fmt.Println("bf called with", s)
		return nil
	})
	return fs, vals
}

func show(fs *flag.FlagSet) {
	fmt.Println("parsed:", fs.Parsed(), "nflag:", fs.NFlag(), "narg:", fs.NArg(), "args:", fs.Args(), "arg0:", fs.Arg(0), "arg9:", fs.Arg(9))
	fs.Visit(func(f *flag.Flag) {
		fmt.Printf("  set %s = %s (default %q)\n", f.Name, f.Value, f.DefValue)
	})
}

func try(args ...string) {
	fmt.Printf("== %q\n", args)
	fs, _ := newSet()
	err := fs.Parse(args)
	fmt.Println("err:", err)
	show(fs)
}

func main() {
	fs, vals := newSet()
	fmt.Println("parsed:", fs.Parsed())
	err := fs.Parse([]string{"-v", "-n=10", "--big", "0x10", "-u", "0b101", "-name", "gale",
		"-ratio=1e3", "-wait", "1m30s", "-item", "a", "-item=b", "-level", "high",
		"-fn", "x", "-bf", "--", "-rest", "more"})
	fmt.Println("err:", err)
	fmt.Println(*vals["v"].(*bool), *vals["n"].(*int), *vals["big"].(*int64), *vals["u"].(*uint),
		*vals["u64"].(*uint64), *vals["name"].(*string), *vals["ratio"].(*float64),
		*vals["wait"].(*time.Duration), *vals["item"].(*listValue), *vals["level"].(*level))
	show(fs)
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		g, ok := f.Value.(flag.Getter)
		var got any
		if ok {
			got = g.Get()
		}
		fmt.Printf("all %s: name=%q usage=%q getter=%v\n", f.Name, name, usage, ok)
		_ = got
	})
	fmt.Println(fs.Lookup("n").Value.(flag.Getter).Get(), fs.Lookup("missing") == nil)
	fmt.Println("set:", fs.Set("n", "42"), fs.Lookup("n").Value, fs.Set("nope", "1"))
	fmt.Println("set bad:", fs.Set("n", "zz"))
	fmt.Println("name:", fs.Name(), "handling:", fs.ErrorHandling() == flag.ContinueOnError)
	fs.PrintDefaults()

	try("-x")
	try("-n", "abc")
	try("-n", "99999999999999999999999")
	try("-u", "-1")
	try("-v=maybe")
	try("-ratio", "x")
	try("-wait", "forever")
	try("-n")
	try("---n")
	try("-=x")
	try("-item", "bad")
	try("-fn", "err")
	try("-level", "mid")
	try("-h")
	try("-help")
	try("-bf=yes", "a", "-v")
	try("-", "-v")
	try()
	try("plain", "-v")
	try("--v=false", "-n", "-5")
}
