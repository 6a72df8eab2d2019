// scan_random: 800 pseudo-random inputs and formats for Sscanf, Sscan and Sscanln, generated
// by an LCG so that Go and Gale see the same cases; results, counts and errors printed.
package main

import "fmt"

var seed uint64 = 777

func rnd(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int((seed >> 33) % uint64(n))
}

func main() {
	pieces := []string{"12", "-7", "0x1f", "abc", " ", "  ", "\n", "3.5", "1e3", "true", "F", "\"q\"", "%", ":", "é", "0b11", "+", "_", "9_9", "\t", "Inf", "nan"}
	fpieces := []string{"%d", "%v", "%s", "%x", "%c", "%q", "%f", "%t", "%3d", "%2s", " ", "\n", ":", "%%", "%5v", "%b", "%o", "%g", "%1c"}
	for i := 0; i < 800; i++ {
		in := ""
		for k := rnd(5); k >= 0; k-- {
			in += pieces[rnd(len(pieces))]
		}
		f := ""
		nv := 0
		for k := rnd(4); k >= 0; k-- {
			p := fpieces[rnd(len(fpieces))]
			f += p
			if p[0] == '%' && p != "%%" {
				nv++
			}
		}
		var ops []any
		var vi int
		var vs string
		var vf float64
		var vb bool
		var vr rune
		var vu uint8
		var vbs []byte
		for k := 0; k < nv; k++ {
			switch rnd(7) {
			case 0:
				ops = append(ops, &vi)
			case 1:
				ops = append(ops, &vs)
			case 2:
				ops = append(ops, &vf)
			case 3:
				ops = append(ops, &vb)
			case 4:
				ops = append(ops, &vr)
			case 5:
				ops = append(ops, &vu)
			case 6:
				ops = append(ops, &vbs)
			}
		}
		var n int
		var err error
		switch rnd(3) {
		case 0:
			n, err = fmt.Sscanf(in, f, ops...)
		case 1:
			n, err = fmt.Sscan(in, ops...)
		case 2:
			n, err = fmt.Sscanln(in, ops...)
		}
		fmt.Printf("%d %q %q n=%d err=%v | %d %q %v %v %d %d %q\n", i, in, f, n, err, vi, vs, vf, vb, vr, vu, vbs)
	}
}
