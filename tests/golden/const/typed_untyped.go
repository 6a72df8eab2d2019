package main

import "fmt"

type Meters float64
type ID int32

const untypedInt = 10
const untypedFloat = 2.5
const untypedRune = 'R'
const untypedString = "str"
const untypedBool = 1 < 2
const typedInt int64 = 10
const typedMeters Meters = 3.5
const typedID ID = 7

func main() {
	a := untypedInt
	b := untypedFloat
	c := untypedRune
	d := untypedString
	e := untypedBool
	fmt.Printf("%T %T %T %T %T\n", a, b, c, d, e)
	fmt.Printf("%T %T %T\n", typedInt, typedMeters, typedID)
	var f32 float32 = untypedInt
	var i8 int8 = untypedInt
	var m Meters = untypedInt * typedMeters
	fmt.Printf("%T %v %T %v %T %v\n", f32, f32, i8, i8, m, m)
	x := typedInt * 3
	fmt.Printf("%T %v\n", x, x)
	y := untypedInt / 4
	z := untypedInt / 4.0
	fmt.Println(y, z)
	var id ID = typedID + untypedInt
	fmt.Printf("%T %d\n", id, id)
	var f float64 = untypedInt / 3
	fmt.Println(f)
	g := 1 << untypedInt
	fmt.Printf("%T %v\n", g, g)
	var sh uint = 3
	var h int64 = 1 << sh
	fmt.Printf("%T %v\n", h, h)
	const kmh = 120 * 1000 / 3600.0
	fmt.Printf("%.4f\n", kmh)
}
