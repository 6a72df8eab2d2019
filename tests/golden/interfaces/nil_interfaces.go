package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // a nil *MyErr wrapped in a non-nil error!
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d *Dog) Sound() string {
	if d == nil {
		return "<nil dog>"
	}
	return d.name + " woofs"
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T\n", err)
	err = correct(false)
	fmt.Println(err == nil)
	fmt.Println(correct(true))
	var d *Dog
	var a Animal = d
	fmt.Println(a == nil, a.Sound())
	var a2 Animal
	fmt.Println(a2 == nil)
	fmt.Printf("%v %T\n", a2, a2)
	var x any = nil
	var y any = (*int)(nil)
	fmt.Println(x == nil, y == nil, y == (*int)(nil))
	fmt.Println(x, y)
	a = &Dog{"rex"}
	fmt.Println(a.Sound())
	a = nil
	fmt.Println(a == nil)
}
