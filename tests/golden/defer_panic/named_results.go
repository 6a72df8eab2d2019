package main

import (
	"errors"
	"fmt"
)

func double() (result int) {
	defer func() { result *= 2 }()
	return 21
}

func counter() (n int) {
	defer func() { n++ }()
	defer func() { n *= 10 }()
	n = 1
	return n + 1 // n = 2, then *10, then +1
}

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func withCleanup() (err error) {
	defer func() {
		if cerr := errors.New("cleanup failed"); err == nil {
			err = cerr
		}
	}()
	return nil
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }() // does not affect the returned value
	return x
}

func main() {
	fmt.Println(double())
	fmt.Println(counter())
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))
	fmt.Println(withCleanup())
	fmt.Println(unnamed())
}
