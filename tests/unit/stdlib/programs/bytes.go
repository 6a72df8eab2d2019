// Differential test of the standard packages (run.sh compares Go and Gale).
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.WriteByte('w')
	buf.WriteRune('ö')
	buf.Write([]byte("rld\nsecond line\n"))
	fmt.Fprintf(&buf, "n=%d\n", 42)
	fmt.Println(buf.Len(), buf.String())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, buf.Len())
	b := make([]byte, 4)
	n, _ := buf.Read(b)
	fmt.Println(n, string(b))
	rest, _ := io.ReadAll(&buf)
	fmt.Printf("%q\n", rest)
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Index([]byte("chicken"), []byte("ken")))
	fmt.Printf("%q %q %s\n", bytes.Split([]byte("a,b,c"), []byte(",")), bytes.Fields([]byte(" x  y ")), bytes.ToUpper([]byte("up")))
	fmt.Println(bytes.NewBufferString("x").String(), bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+")))
	buf.Reset()
	buf.WriteString("to stdout\n")
	buf.WriteTo(os.Stdout)
}
