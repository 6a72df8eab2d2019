package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	b.WriteString("explicit")
	b.WriteRune(' ')
	b.WriteString("imports work too")
	fmt.Println(b.String())
}
