package main

import (
	"fmt"
	"math"
	"sort"
)

type rec struct {
	key  int
	name string
}

type byKey []rec

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

// lcg is a fixed pseudo-random sequence (no math/rand, so the test stands alone).
type lcg uint64

func (l *lcg) next(n int) int {
	*l = *l*6364136223846793005 + 1442695040888963407
	return int(uint64(*l)>>33) % n
}

func records(n, keys int, seed lcg) []rec {
	r := make([]rec, n)
	for i := range r {
		r[i] = rec{seed.next(keys), fmt.Sprint("r", i)}
	}
	return r
}

func names(r []rec) []string {
	s := make([]string, len(r))
	for i, x := range r {
		s[i] = fmt.Sprint(x.key, x.name)
	}
	return s
}

func main() {
	// Unstable sorts of equal keys: Go's exact order.
	for _, n := range []int{5, 12, 13, 20, 49, 50, 51, 100, 300} {
		a := records(n, 4, lcg(n))
		sort.Sort(byKey(a))
		fmt.Println("Sort", n, names(a))
		b := records(n, 4, lcg(n))
		sort.Slice(b, func(i, j int) bool { return b[i].key < b[j].key })
		fmt.Println("Slice", n, names(b))
		c := records(n, 4, lcg(n))
		sort.SliceStable(c, func(i, j int) bool { return c[i].key < c[j].key })
		fmt.Println("SliceStable", n, names(c))
		d := records(n, 4, lcg(n))
		sort.Stable(byKey(d))
		fmt.Println("Stable", n, names(d))
		e := records(n, 4, lcg(n))
		sort.Sort(sort.Reverse(byKey(e)))
		fmt.Println("Reverse", n, names(e), sort.IsSorted(byKey(e)), sort.IsSorted(sort.Reverse(byKey(e))))
	}
	// Patterns: sorted, reversed, organ pipe, all equal, large.
	for _, n := range []int{60, 1000} {
		asc := make([]rec, n)
		desc := make([]rec, n)
		pipe := make([]rec, n)
		for i := 0; i < n; i++ {
			asc[i] = rec{i / 3, fmt.Sprint(i)}
			desc[i] = rec{(n - i) / 3, fmt.Sprint(i)}
			k := i
			if i > n/2 {
				k = n - i
			}
			pipe[i] = rec{k / 2, fmt.Sprint(i)}
		}
		for _, x := range [][]rec{asc, desc, pipe} {
			sort.Sort(byKey(x))
			fmt.Println(n, names(x)[:20], names(x)[n-10:])
		}
	}
	// Floats: NaNs first, -0 and +0 in Go's order.
	negz := math.Copysign(0, -1)
	fs := []float64{3, negz, math.NaN(), 0, -1, math.Inf(1), negz, 0, math.NaN(), 2, negz, math.Inf(-1), 0, 0, negz, 1, 0, negz}
	for len(fs) < 70 {
		fs = append(fs, fs[len(fs)%17], negz, 0)
	}
	f1 := append([]float64(nil), fs...)
	sort.Float64s(f1)
	fmt.Println(f1)
	f2 := append([]float64(nil), fs...)
	sort.Float64Slice(f2).Sort()
	fmt.Println(f2)
	f3 := append([]float64(nil), fs...)
	sort.Sort(sort.Float64Slice(f3))
	fmt.Println(f3)
	f4 := append([]float64(nil), fs...)
	sort.Stable(sort.Float64Slice(f4))
	fmt.Println(f4, sort.Float64sAreSorted(f4), sort.Float64sAreSorted(fs))

	is := []int{5, 2, 8, -1, 2, 9, 0, 5, 5, 3, 7, 1, 1, 6, 4, 2, 8}
	sort.Ints(is)
	fmt.Println(is, sort.IntsAreSorted(is), sort.SearchInts(is, 5), sort.SearchInts(is, 100), sort.IntSlice(is).Search(-5))
	ss := []string{"pear", "apple", "fig", "", "apple", "Zebra", "zoo", "a", "ab", "fi"}
	sort.Strings(ss)
	fmt.Println(ss, sort.StringsAreSorted(ss), sort.SearchStrings(ss, "b"), sort.StringSlice(ss).Search("fig"))
	sort.Sort(sort.Reverse(sort.StringSlice(ss)))
	fmt.Println(ss, sort.StringsAreSorted(ss))
	sort.Sort(sort.Reverse(sort.IntSlice(is)))
	fmt.Println(is)
	sorted := []float64{-2, -1, 0, 1.5, 3}
	fmt.Println(sort.SearchFloat64s(sorted, 1), sort.SearchFloat64s(sorted, math.NaN()), sort.SearchFloat64s(sorted, -10), sort.Float64Slice(sorted).Search(3))
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	i, found := sort.Find(len(ss), func(i int) int {
		if "fig" > ss[i] {
			return -1
		}
		if "fig" == ss[i] {
			return 0
		}
		return 1
	})
	fmt.Println(i, found)
	x := []int{3, 1, 2}
	fmt.Println(sort.SliceIsSorted(x, func(i, j int) bool { return x[i] < x[j] }))
	var is2 sort.IntSlice = []int{4, 3, 1}
	is2.Sort()
	fmt.Println(is2, is2.Len(), is2.Less(0, 1))
	for _, v := range []any{5, nil, map[int]int{}, "s"} {
		func() {
			defer func() { fmt.Println(recover()) }()
			sort.Slice(v, func(i, j int) bool { return false })
		}()
		func() {
			defer func() { fmt.Println(recover()) }()
			sort.SliceIsSorted(v, func(i, j int) bool { return false })
		}()
	}
}
