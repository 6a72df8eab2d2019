package main

// Nil values of pointer-shaped types print their (nil) data word: "(T) 0x0".

type T struct{ x int }

func main() {
	defer func() {
		defer func() {
			defer func() { panic((chan int)(nil)) }()
			panic((func(int) string)(nil))
		}()
		panic(map[string]int(nil))
	}()
	var p *T
	panic(p)
}
