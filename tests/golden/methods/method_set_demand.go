// A boxed type's method set holds the methods that some interface type or interface call
// of the program names; these cases name them late or indirectly: an interface method
// value, an interface embedded in a boxed struct, an assertion in a function reached only
// from a method, a failed assertion's missing-method message, and a method named only
// by an interface declared in a function that nothing calls until the end.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type Greeter interface{ Greet() string }

type En struct{}

func (En) Greet() string   { return "hello" }
func (En) Wave() string    { return "~wave~" }
func (*En) Bow() string    { return "bow" }
func (En) Unused() string  { return "unused" }
func (En) Private() string { return "private" }

// Logger embeds an interface; boxing a Logger promotes Write into its method set.
type Logger struct {
	io.Writer
	prefix string
}

type Chain struct{ next any }

func (c Chain) Walk() string {
	// reached only through Walk's method set
	if w, ok := c.next.(interface{ Wave() string }); ok {
		return "walk:" + w.Wave()
	}
	return "walk:none"
}

func late(v any) {
	type bower interface{ Bow() string }
	b, ok := v.(bower)
	fmt.Println(ok, b != nil)
	if ok {
		fmt.Println(b.Bow())
	}
}

func main() {
	var g Greeter = En{}
	f := g.Greet
	fmt.Println(f())

	var w io.Writer = Logger{os.Stdout, "> "}
	fmt.Fprintln(w, "via embedded interface")
	var sb strings.Builder
	l := Logger{Writer: &sb}
	fmt.Fprint(l, "built")
	fmt.Println(sb.String())

	var walker interface{ Walk() string } = Chain{En{}}
	fmt.Println(walker.Walk())
	fmt.Println(Chain{42}.Walk())

	defer func() {
		fmt.Println("recovered:", recover())
		late(En{})
		late(&En{})
	}()
	var x any = En{}
	_ = x.(interface {
		Greet() string
		Zap()
	})
}
