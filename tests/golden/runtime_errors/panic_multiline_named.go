package main

// Values of named basic types print as T(value); a named string's newlines get tabs too.

type Text string
type Flag bool

func main() {
	defer func() {
		defer func() { panic(Flag(true)) }()
		panic(Text("named\nstring\n"))
	}()
	panic("plain\n")
}
