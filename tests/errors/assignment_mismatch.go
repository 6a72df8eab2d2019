package main

func pair() (int, int) { return 1, 2 }
func single() int     { return 1 }

func main() {
	a, b := single()
	c := pair()
	var d, e, f = 1, 2
	_, _, _, _, _, _ = a, b, c, d, e, f
}
