// Differential test of the standard packages (run.sh compares Go and Gale).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	sc := bufio.NewScanner(strings.NewReader("line one\nline two\n\nlast"))
	for sc.Scan() {
		fmt.Fprintf(w, "[%s]\n", sc.Text())
	}
	ws := bufio.NewScanner(strings.NewReader("  alpha beta\tgamma\n delta "))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Fprintln(w, n, ws.Text())
	}
	r := bufio.NewReader(strings.NewReader("x,y,z\nrest"))
	for {
		s, err := r.ReadString(',')
		fmt.Fprintf(w, "%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	in := bufio.NewScanner(os.Stdin)
	sum := 0
	for in.Scan() {
		var a, b int
		fmt.Sscan(in.Text(), &a, &b)
		sum += a + b
	}
	fmt.Fprintln(w, "sum", sum)
	w.WriteString("done\n")
}
