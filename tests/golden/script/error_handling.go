#!/usr/bin/env gale
type NegErr struct{ N int }

func (e *NegErr) Error() string { return fmt.Sprintf("negative input %d", e.N) }

func isqrt(n int) (int, error) {
	if n < 0 {
		return 0, &NegErr{n}
	}
	r := int(math.Sqrt(float64(n)))
	return r, nil
}

safe := func(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

for _, n := range []int{16, 17, -4} {
	if r, err := isqrt(n); err != nil {
		fmt.Println("error:", err)
	} else {
		fmt.Println("isqrt", n, "=", r)
	}
}
fmt.Println(safe(func() { panic("oops") }))
fmt.Println(safe(func() {}))
fmt.Println(safe(func() {
	var m map[string]int
	m["x"] = 1
}))
