package main

func area(w, h float64) float64 { return w * h }

func main() {
	name := "x"
	_ = area(name, 2)
}
