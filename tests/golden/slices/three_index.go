package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:4:6]
	fmt.Println(s, len(s), cap(s))
	t := s[:4] // may extend up to cap
	fmt.Println(t, len(t), cap(t))
	u := arr[2:4:4]
	fmt.Println(u, len(u), cap(u))
	u = append(u, 100) // cap exhausted: arr untouched
	fmt.Println(arr, u)
	v := s[1:2:3]
	fmt.Println(v, len(v), cap(v))
	sl := []string{"a", "b", "c", "d", "e"}
	w := sl[1:3:4]
	w = append(w, "X") // within cap: overwrites sl[3]
	fmt.Println(sl, w)
	w = append(w, "Y") // beyond cap: new array
	w[0] = "Z"
	fmt.Println(sl, w)
	x := sl[:0:0]
	fmt.Println(len(x), cap(x), x == nil)
	y := arr[:]
	fmt.Println(len(y), cap(y), cap(arr[3:]), cap(arr[3:5]), cap(arr[3:5:7]))
	p := &arr
	z := p[5:6:8]
	fmt.Println(z, cap(z))
}
