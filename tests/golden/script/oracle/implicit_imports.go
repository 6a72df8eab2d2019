package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := range 5 {
		sb.WriteString(strconv.Itoa(i * i))
		sb.WriteByte(',')
	}
	fmt.Println(sb.String(), sb.Len())
	n, err := strconv.Atoi("12x")
	fmt.Println(n, err)
	fmt.Printf("%.4f %v %v\n", math.Sqrt(2), math.Floor(-1.5), math.IsNaN(math.NaN()))
	xs := []int{5, 2, 8, 1}
	sort.Ints(xs)
	fmt.Println(xs, math.MaxInt8)
	e := errors.New("custom failure")
	fmt.Fprintln(os.Stderr, "error:", e)
	fmt.Fprintf(os.Stdout, "%d args\n", len(os.Args)-1)
}
