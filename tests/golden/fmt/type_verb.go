package main

import (
	"errors"
	"fmt"
)

type MyInt int
type Pt struct{ X, Y int }
type Fn func(string) (int, error)
type Iface interface{ M() }
type Alias = Pt

func (MyInt) M() {}

func main() {
	var iface Iface = MyInt(1)
	var e error = errors.New("e")
	var nilErr error
	vals := []any{
		1, int8(1), int16(1), int32(1), int64(1), uint(1), uint8(1), uint16(1), uint32(1), uint64(1), uintptr(1),
		1.0, float32(1), "s", 'r', true, nil,
		[]int{}, [3]string{}, map[string]bool{}, map[Pt][]*Pt{},
		Pt{}, &Pt{}, Alias{}, MyInt(2), iface, e, nilErr,
		func() {}, func(int, ...string) bool { return false }, Fn(nil), main,
		struct{}{}, struct {
			A int
			b []byte
		}{}, [][]float64{}, []any{}, new(int), new(*string), []error{},
		&[]int{}, map[string]any{}, [2]struct{ Z int }{},
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	fmt.Printf("%T %T\n", fmt.Println, fmt.Sprintf)
	fmt.Printf("%10T|%-10T|\n", 1, "s")
	fmt.Println(fmt.Sprintf("%T", []MyInt{}))
}
