package main

import (
	"flag"
	"fmt"
	"os"
)

var (
	verbose = flag.Bool("v", false, "verbose")
	count   = flag.Int("count", 1, "how many")
	name    string
)

func init() {
	flag.StringVar(&name, "name", "anon", "your name")
}

func main() {
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: cmdline [flags] files...")
		flag.PrintDefaults()
	}
	fmt.Println(flag.Parsed())
	flag.Parse()
	fmt.Println(flag.Parsed(), *verbose, *count, name)
	fmt.Println(flag.NFlag(), flag.NArg(), flag.Args(), flag.Arg(0), flag.Arg(1))
	flag.Visit(func(f *flag.Flag) { fmt.Println("visit", f.Name, f.Value) })
	flag.VisitAll(func(f *flag.Flag) { fmt.Println("all", f.Name, f.DefValue) })
	fmt.Println(flag.Lookup("count").Usage, flag.Set("count", "5"), *count, flag.Set("zzz", "1"))
	fmt.Println(flag.CommandLine.Name() == os.Args[0], flag.CommandLine.ErrorHandling() == flag.ExitOnError)
	flag.Parse() // reparse os.Args
	fmt.Println(*count)
}
