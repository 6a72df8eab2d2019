// A zero Regexp: String, NumSubexp and LiteralPrefix work, matching panics as Go's does.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	var re regexp.Regexp
	fmt.Printf("%q %d %q\n", re.String(), re.NumSubexp(), re.SubexpNames())
	fmt.Println(re.LiteralPrefix())
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(re.MatchString("x"))
}
