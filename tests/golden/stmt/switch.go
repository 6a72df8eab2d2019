package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t', '\n':
		return "space"
	}
	if c >= '0' && c <= '9' {
		return "digit"
	}
	return "other"
}

func fall(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
	case 3:
		out = append(out, "three")
		fallthrough
	default:
		out = append(out, "default")
	}
	return out
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, c := range []byte("a 1z\te") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	for i := 0; i < 5; i++ {
		fmt.Println(i, fall(i))
	}
	switch x := 7; {
	case x > 5:
		fmt.Println("init + tagless", x)
	}
	switch y := 3; y * 2 {
	case 2, 4:
		fmt.Println("small")
	case 6:
		fmt.Println("six")
	}
	// default may appear anywhere; it only runs if nothing matches
	switch 5 {
	default:
		fmt.Println("default first")
	case 4:
		fmt.Println("four")
	case 5:
		fmt.Println("five")
	}
	// break inside switch leaves the switch only
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Println("i =", i)
		}
	}
	switch {
	}
	var s string
	switch s {
	case "":
		fmt.Println("empty string")
	}
	switch f := 2.5; f {
	case 2.5:
		fmt.Println("float case")
	}
}
