package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "+8", "0", "007", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "abc", "", "1.5", " 1", "1_000", "0x10"} {
		n, err := strconv.Atoi(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("ok:", n)
	}
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(1<<40))
	s := strconv.Itoa(99) + "!"
	fmt.Println(s, len(s))
	total := 0
	for _, f := range []string{"10", "20", "x", "30"} {
		if v, err := strconv.Atoi(f); err == nil {
			total += v
		}
	}
	fmt.Println(total)
	_, err := strconv.Atoi("nope")
	fmt.Printf("%v|%q\n", err, err.Error())
	n, err := strconv.Atoi("99999999999999999999")
	fmt.Println(n, err)
	fmt.Println(strconv.Itoa(-9223372036854775808))
}
