package main

import "fmt"

var log []string

func val(name string, v int) int {
	log = append(log, name)
	return v
}

func main() {
	switch val("tag", 3) {
	case val("a", 1), val("b", 2):
		fmt.Println("first")
	case val("c", 3), val("d", 4):
		fmt.Println("second")
	case val("e", 3):
		fmt.Println("third")
	}
	fmt.Println(log)
	log = nil
	switch {
	case val("x", 0) > 0:
	case val("y", 1) > 0:
		fmt.Println("y matched")
	case val("z", 2) > 0:
	}
	fmt.Println(log)
	cmd := "stop"
	switch cmd {
	case "go", "run":
		fmt.Println("moving")
	case "stop":
		fmt.Println("stopping")
	}
	type T struct{ a, b int }
	switch (T{1, 2}) {
	case T{2, 1}:
		fmt.Println("swapped")
	case T{1, 2}:
		fmt.Println("struct match")
	}
	var i any = 3
	switch i {
	case "3":
		fmt.Println("string")
	case 3.0:
		fmt.Println("float")
	case 3:
		fmt.Println("int")
	}
}
