package main

// An Error method that dereferences nil: the fatal error names runtime.errorString and
// prints the signal line.

type E struct{ p *int }

func (e *E) Error() string { return string(rune(*e.p)) }

func main() {
	panic(&E{})
}
