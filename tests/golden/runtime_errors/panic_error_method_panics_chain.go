package main

// The newest panic's Error method panics with a multi-line string (the fatal error's
// text is indented too); a deferred call above it recovered the first panic.

type E struct{}

func (*E) Error() string { panic("multi\nline") }

func main() {
	defer func() { panic(recover()) }()
	panic(new(E))
}
