package main

import "fmt"

var calls []string

func t(name string) bool {
	calls = append(calls, name+"=T")
	return true
}

func f(name string) bool {
	calls = append(calls, name+"=F")
	return false
}

func show(label string, v bool) {
	fmt.Println(label, v, calls)
	calls = nil
}

func main() {
	show("f&&t", f("a") && t("b"))
	show("t&&f", t("a") && f("b"))
	show("t||f", t("a") || f("b"))
	show("f||t", f("a") || t("b"))
	show("f||f||t", f("a") || f("b") || t("c"))
	show("t&&t&&f&&t", t("a") && t("b") && f("c") && t("d"))
	show("f&&t||t", f("a") && t("b") || t("c"))
	show("t||t&&f", t("a") || t("b") && f("c"))
	show("!f&&t", !f("a") && t("b"))
	var p *struct{ v int }
	if p != nil && p.v > 0 {
		fmt.Println("unreachable")
	} else {
		fmt.Println("nil guarded")
	}
	s := []int{}
	if len(s) == 0 || s[0] == 1 {
		fmt.Println("index guarded")
	}
	x := 0
	ok := x != 0 && 10/x > 1
	fmt.Println(ok)
}
