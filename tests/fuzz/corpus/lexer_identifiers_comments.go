package main

import "fmt"

/* A block comment
   spanning several lines. */

var π = 3.14159 // unicode letter identifier
var 日本 = "Japan"
var _x9, Ωmega = 9, "omega"

type Ünïcödé struct{ Fïeld int }

func main() {
	fmt.Println(π, 日本, _x9, Ωmega)
	u := Ünïcödé{Fïeld: 3}
	fmt.Printf("%+v %T\n", u, u)
	x /* inline comment */ := 5
	fmt.Println(x /* another */ + 1)
	// predeclared identifiers can be shadowed
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	{
		true := false
		fmt.Println(true)
	}
	_ = 10 // the blank identifier
	var _ int = 11
	a, _ := 1, 2
	fmt.Println(a)
	string := "shadowed type name"
	fmt.Println(string)
	/**/ fmt.Println("after empty comment") /* trailing */
}
