// Reading standard input through bufio: a Scanner for the first lines, then a Reader for
// the rest, word counts and sums as a typical program does.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	header, err := r.ReadString('\n')
	fmt.Printf("header %q %v\n", header, err)
	n, _ := strconv.Atoi(strings.TrimSpace(header))
	sum := 0
	for i := 0; i < n; i++ {
		line, err := r.ReadString('\n')
		if err != nil {
			fmt.Println("short input:", err)
			return
		}
		for _, f := range strings.Fields(line) {
			v, err := strconv.Atoi(f)
			if err != nil {
				fmt.Println(err)
				continue
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)
	sc := bufio.NewScanner(r)
	sc.Split(bufio.ScanWords)
	words := 0
	longest := ""
	for sc.Scan() {
		words++
		if len(sc.Text()) > len(longest) {
			longest = sc.Text()
		}
	}
	fmt.Println("words", words, "longest", longest, sc.Err())
	rest, err := io.ReadAll(os.Stdin)
	fmt.Println(len(rest), err)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "buffered %s\n", "output")
	w.WriteString("to stdout\n")
}
