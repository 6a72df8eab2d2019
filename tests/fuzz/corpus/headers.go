package main

type T struct{ a int }

func f() {
	if x := []int{1}; len(x) > 0 {
	}
	for _, v := range []T{{1}, {2}} {
		_ = v
	}
	if g := func() bool { if true { return true }; return false }; g() {
	}
	switch struct{ a int }{1}.a {
	case 1:
	}
	if (T{}) == (T{a: 1}) {
	}
}
