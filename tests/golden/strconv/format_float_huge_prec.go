// FormatFloat and fmt with large and negative precisions: every negative precision means
// shortest; precisions past the last nonzero digit pad with '0's (the exact digits of
// denormals and huge values come first).
package main

import (
	"fmt"
	"hash/fnv"
	"math"
	"strconv"
)

func show(name, s string) {
	if len(s) <= 240 {
		fmt.Printf("%s %d %s\n", name, len(s), s)
		return
	}
	h := fnv.New64a()
	h.Write([]byte(s))
	fmt.Printf("%s %d %x %s...%s\n", name, len(s), h.Sum64(), s[:70], s[len(s)-70:])
}

func main() {
	vals := []float64{0, 1.5, -0.1, 1e300, math.MaxFloat64, math.SmallestNonzeroFloat64,
		2.2250738585072014e-308, 1.0 / 3, 123456789.125, float64(float32(0.1)), math.Inf(-1), math.NaN()}
	precs := []int{-1, -2, -1000, math.MinInt64, 20, 760, 1000, 1074, 1075, 1100, 1101, 5000, 100000}
	for _, v := range vals {
		for _, p := range precs {
			for _, f := range []byte{'e', 'E', 'f', 'g', 'G', 'x', 'b'} {
				show(fmt.Sprintf("%v/%d/%c", v, p, f), strconv.FormatFloat(v, f, p, 64))
			}
			show(fmt.Sprintf("%v/%d/f32", v, p), strconv.FormatFloat(v, 'e', p, 32))
			show(fmt.Sprintf("%v/%d/g32", v, p), strconv.FormatFloat(v, 'g', p, 32))
		}
	}
	show("append", string(strconv.AppendFloat([]byte("x="), 0.1, 'f', 2000, 64)))
	show("big-e", strconv.FormatFloat(1.5, 'e', 1<<24, 64))
	show("big-f", strconv.FormatFloat(0.1, 'f', 1<<24, 64))
	show("big-x", strconv.FormatFloat(-3, 'X', 1<<22, 64))
	show("big-g", strconv.FormatFloat(0.1, 'g', math.MaxInt32, 64))
	show("bad", strconv.FormatFloat(0.1, 'z', math.MaxInt64, 64))
	show("%.1000f", fmt.Sprintf("%.1000f", 1.0))
	show("%.1000f", fmt.Sprintf("%.1000f", 0.1))
	show("%.*e", fmt.Sprintf("%.*e", 100000, math.Pi))
	show("%.*g", fmt.Sprintf("%.*g", 1000, 1e-320))
	show("%.*x", fmt.Sprintf("%.*x", 1500, 1.5))
	show("%+020.1100f", fmt.Sprintf("%+020.1100f", -2.5))
}
