// methods_nested: String/Error methods reached through fields, embedding and slices;
// panics inside String and GoString; self-referential pointers; time.Duration.
package main

import (
	"errors"
	"fmt"
	"os"
	"time"
)

type P struct{ n *int }

func (p P) String() string { return fmt.Sprint("P", *p.n) }

type Node struct{ V int }

func (n *Node) String() string { return fmt.Sprintf("Node(%d)", n.V) }

type Holder struct {
	N  *Node
	n  *Node
	D  time.Duration
	Ns []*Node
}

type Emb struct {
	*Node
	X int
}

type Rec struct {
	Self *Rec
	V    int
}

type E struct{ msg string }

func (e E) Error() string { return e.msg }

type Wrap struct{ E }

type GS struct{}

func (GS) GoString() string { panic("gs boom") }

type SP struct{}

func (SP) String() string { panic(fmt.Errorf("wrapped %w", errors.New("inner"))) }

type SPnil struct{}

func (*SPnil) String() string { var m map[string]int; m["x"] = 1; return "" }

func main() {
	fmt.Println(P{})
	fmt.Printf("%v|%s|%d\n", P{}, P{}, P{})
	x := 5
	fmt.Println(P{&x})
	fmt.Printf("%v\n", Holder{N: &Node{1}, D: 1500 * time.Millisecond, Ns: []*Node{{3}, nil}})
	fmt.Printf("%+v\n", Holder{N: nil})
	fmt.Println(Emb{&Node{7}, 1})
	fmt.Printf("%+v\n", Emb{&Node{7}, 1})
	r := &Rec{V: 1}
	r.Self = r
	s := fmt.Sprintf("%v", r)
	fmt.Println(s[:4], len(s) > 6)
	fmt.Println(Wrap{E{"embedded err"}})
	fmt.Printf("%#v\n", GS{})
	fmt.Printf("%v\n", SP{})
	fmt.Printf("%v\n", &SPnil{})
	var sp *SPnil
	fmt.Printf("%v\n", sp)
	fmt.Println(time.Duration(0), 90*time.Second, []time.Duration{time.Millisecond})
	fmt.Printf("%d %v %s\n", time.Second, time.Second, time.Second)
	fmt.Println(os.ErrNotExist, errors.Is(fmt.Errorf("x: %w", os.ErrNotExist), os.ErrNotExist))
	var np *Node
	fmt.Println(np == nil)
	fmt.Printf("[%v]\n", []fmt.Stringer{np})
}
