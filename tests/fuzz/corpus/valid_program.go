package main

import "fmt"

type T struct {
	a, b int
	c    string `json:"c"`
	*Embedded
}

func (t *T) M(x int) (int, error) { return x, nil }

func main() {
	x := []int{1, 2, 3}
	for i, v := range x {
		if v > 1 && i < 2 {
			fmt.Println(i, v)
		} else if v == 0 {
		} else {
			break
		}
	}
	switch y := interface{}(x).(type) {
	case []int, nil:
		_ = y
	}
	m := map[string]int{"a": 1}
	if v, ok := m["a"]; ok {
		x = append(x, v)
	}
	for i := 0; i < 10; i++ {
	}
	go func() {}()
	defer fmt.Println()
}
