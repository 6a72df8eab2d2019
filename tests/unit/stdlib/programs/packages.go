// Differential test of the standard packages (run.sh compares Go and Gale).
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type person struct {
	name string
	age  int
}

func main() {
	// strings
	s := "  Hello, Wörld! héllo  "
	fmt.Println(strings.ToUpper(s), strings.ToLower(s), strings.TrimSpace(s))
	fmt.Printf("%q\n", strings.Fields(" a  b\tc\n d "))
	fmt.Printf("%q %q %q\n", strings.Split("a,b,,c", ","), strings.Split("abc", ""), strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q %q\n", strings.SplitAfter("a,b,c", ","), strings.Split("", ","))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3), strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("banana", "na", "NA"))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.ContainsRune("abc", 'b'), strings.ContainsAny("failure", "ui"), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.EqualFold("Go", "GO"), strings.EqualFold("Straße", "STRASSE"), strings.Title("hello wide world"))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	b, a, f := strings.Cut("key=value", "=")
	fmt.Println(b, a, f, strings.Compare("a", "b"), strings.Replace("abc", "", "-", -1))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "a", "A")
	fmt.Println(r.Replace("<a>b</a>"), strings.NewReplacer("", "X").Replace("ab"))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString("n")
		sb.WriteByte('=')
		sb.WriteRune('é')
		fmt.Fprintf(&sb, "%d;", i)
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.ToUpper("ǆ ß ﬁ"), strings.ToLower("ΑΒΓ İ"), strings.ToTitle("hello"))
	// strconv
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2), strconv.Quote("hi\n\"é\x00"), strconv.QuoteToASCII("é☺"), strconv.QuoteRune('☺'))
	for _, in := range []string{"123", "-9223372036854775808", "9223372036854775808", "12a", "", " 1", "+7", "0x10"} {
		v, err := strconv.Atoi(in)
		fmt.Println(v, err)
	}
	v64, err := strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(v64, err)
	v64, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(v64, err)
	_, err = strconv.ParseInt("1", 1, 8)
	fmt.Println(err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	for _, in := range []string{"3.25", "1e400", "-0", "inf", "NaN", "0x1p-2", "1_000.5", "abc", ".5e1"} {
		fl, err := strconv.ParseFloat(in, 64)
		fmt.Println(fl, err)
	}
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', -1, 32), strconv.FormatFloat(255, 'x', -1, 64))
	bl, err := strconv.ParseBool("maybe")
	fmt.Println(bl, err, strconv.FormatBool(true))
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(uq, err)
	_, err = strconv.Unquote(`"bad`)
	fmt.Println(err)
	var ne *strconv.NumError
	_, err = strconv.Atoi("x")
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, errors.Is(err, strconv.ErrSyntax))
	// sort
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(ints)
	strs := []string{"pear", "apple", "fig"}
	sort.Strings(strs)
	fls := []float64{2.5, math.NaN(), -1, math.Inf(1), 0}
	sort.Float64s(fls)
	fmt.Println(ints, strs, fls, sort.IntsAreSorted(ints), sort.SearchInts(ints, 8), sort.SearchInts(ints, 4))
	people := []person{{"al", 30}, {"bo", 25}, {"cy", 30}, {"di", 25}, {"ed", 40}, {"fa", 30}, {"gu", 25}, {"hi", 30}, {"io", 22}, {"ja", 30}, {"ka", 25}, {"lu", 30}, {"mo", 40}, {"no", 22}}
	p2 := append([]person(nil), people...)
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.SliceStable(p2, func(i, j int) bool { return p2[i].age > p2[j].age })
	fmt.Println(p2)
	words := byLen{"ccc", "a", "bb", "dddd", "e", "ff", "ggg", "h", "ii", "jjj", "k", "ll", "mmm", "n", "oo", "ppp", "q"}
	sort.Sort(words)
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.Search(100, func(i int) bool { return i*i >= 50 }))
	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 7919) % 101
	}
	idx := make([]int, len(big))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return big[idx[a]] < big[idx[b]] })
	fmt.Println(idx[:30])
	// math
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Pow(1.5, 2.5), math.Exp(1), math.Log(10), math.Log2(8), math.Log10(1000))
	fmt.Println(math.Sin(1), math.Cos(1), math.Tan(1), math.Atan(1), math.Atan2(1, -1), math.Floor(-2.5), math.Ceil(2.1), math.Trunc(-2.7), math.Round(2.5), math.Abs(-3))
	fmt.Println(math.Mod(7, 3), math.Inf(1), math.IsInf(math.Inf(-1), -1), math.NaN(), math.IsNaN(math.NaN()), math.Max(3, 7), math.Min(3, 7), math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxInt32, math.MaxUint32, math.Float64bits(1.5), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Sinh(1), math.Cosh(1), math.Tanh(0.5), math.Asin(0.5), math.Acos(0.5), math.Exp2(10), math.Log1p(0.5))
	// unicode, utf8
	fmt.Println(unicode.IsLetter('é'), unicode.IsDigit('٣'), unicode.IsSpace('\u00a0'), unicode.IsUpper('Ä'), unicode.ToLower('Ä'), unicode.IsPunct('!'), string(unicode.ToUpper('ß')))
	fmt.Println(utf8.RuneCountInString("héllo, 世界"), utf8.RuneLen('世'), utf8.ValidString("a\xffb"), utf8.RuneError)
	rr, size := utf8.DecodeRuneInString("世界")
	fmt.Println(rr, size, string(rr))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], utf8.AppendRune(nil, 'x'))
	// os
	fmt.Println(len(os.Args) > 0, os.Getenv("GALE_SURELY_UNSET") == "")
	_, ok := os.LookupEnv("PATH")
	fmt.Println(ok)
	os.Exit(3)
}
