package main

import "fmt"

type Runner interface {
	Run() string
}

type Walker struct{}

func (Walker) Walk() string { return "walking" }

func main() {
	var x any = Walker{}
	fmt.Println(x.(Walker).Walk())
	r := x.(Runner)
	fmt.Println(r.Run())
}
