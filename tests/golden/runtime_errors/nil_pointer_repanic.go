package main

// A nil dereference recovered and panicked again: both panics print, then the signal line.

func store(p *int) {
	*p = 1
}

func main() {
	defer func() { panic(recover()) }()
	var p *int
	store(p)
}
