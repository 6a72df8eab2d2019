// Standard library types used through interfaces and method sets: with imported packages
// compiled lazily, their methods are compiled when a method set first needs them.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

var errNotFound = errors.New("not found")

func find(key string) error {
	return fmt.Errorf("find %q: %w", key, errNotFound)
}

func main() {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%s", 42, "x")
	var w io.Writer = &sb
	io.WriteString(w, "!")
	fmt.Println(sb.String(), sb.Len())

	var buf bytes.Buffer
	buf.WriteString("hello ")
	fmt.Fprint(&buf, "world")
	data, _ := io.ReadAll(&buf)
	fmt.Println(string(data))

	words := byLen{"banana", "kiwi", "apple", "fig"}
	sort.Sort(words)
	fmt.Println(words)
	sort.Slice(words, func(i, j int) bool { return words[i] < words[j] })
	fmt.Println(words, sort.IsSorted(words))

	err := find("k")
	fmt.Println(err, errors.Is(err, errNotFound), errors.Unwrap(err) == errNotFound)

	_, err = strconv.Atoi("12x")
	var ne *strconv.NumError
	fmt.Println(err, errors.As(err, &ne))

	sc := bufio.NewScanner(strings.NewReader("one\ntwo\nthree\n"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Println(n, sc.Text())
	}

	var a, b int
	var s string
	k, err := fmt.Sscanf("7 8 go", "%d %d %s", &a, &b, &s)
	fmt.Println(k, err, a+b, s)

	bw := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(bw, "buffered", strings.Repeat("=", 3))
	bw.Flush()
}
