package main

import "fmt"

var (
	version         = "1.0"
	count   int     = 3
	ratio   float64 = 0.75
	enabled bool
	names   = []string{"x", "y"}
)

var p, q = swap(1, 2)

func swap(a, b int) (int, int) { return b, a }

type (
	ID   int
	Pair struct{ K, V string }
)

func main() {
	fmt.Println(version, count, ratio, enabled, names)
	fmt.Println(p, q)
	var (
		id   ID = 9
		pair    = Pair{"k", "v"}
	)
	fmt.Printf("%T %v %+v\n", id, id, pair)
	var x, y, z int = 1, 2, 3
	fmt.Println(x + y + z)
	var s1, s2 string
	fmt.Printf("%q %q\n", s1, s2)
	const (
		lo = 1
		hi = 10
	)
	var arr [hi - lo]int
	fmt.Println(len(arr))
	{
		var version = "shadow"
		fmt.Println(version)
	}
	fmt.Println(version)
}
