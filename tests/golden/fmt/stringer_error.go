package main

import (
	"errors"
	"fmt"
)

type Both struct{ v int }

func (b Both) String() string { return "stringer" }
func (b Both) Error() string  { return "error wins" }

type OnlyStr struct{ v int }

func (o OnlyStr) String() string { return fmt.Sprintf("OnlyStr<%d>", o.v) }

type PtrStr struct{ v int }

func (p *PtrStr) String() string { return "ptr-stringer" }

type Wrapper struct {
	A OnlyStr
	B *PtrStr
	C PtrStr
}

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

func main() {
	fmt.Println(Both{1})
	fmt.Printf("%v %s %+v\n", Both{1}, Both{1}, Both{1})
	fmt.Println(OnlyStr{3}, &OnlyStr{4})
	fmt.Printf("%v %s %q %d %x\n", OnlyStr{3}, OnlyStr{3}, OnlyStr{3}, OnlyStr{3}, OnlyStr{3})
	fmt.Printf("%#v\n", OnlyStr{3})
	fmt.Println(PtrStr{1}, &PtrStr{2})
	w := Wrapper{OnlyStr{5}, &PtrStr{6}, PtrStr{7}}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println([]OnlyStr{{1}, {2}}, []*PtrStr{{1}}, map[string]OnlyStr{"k": {9}})
	fmt.Println(Code(7), []Code{1, 2})
	fmt.Printf("%v %d %s %5v|\n", Code(3), Code(3), Code(3), Code(3))
	errs := []error{errors.New("plain"), fmt.Errorf("wrapped %v", errors.New("inner"))}
	fmt.Println(errs)
	fmt.Printf("%v|%s|%q|%+v\n", errs[0], errs[0], errs[0], errs[1])
	var s interface{ String() string } = Code(9)
	fmt.Println(s)
	fmt.Printf("%v\n", any(Code(10)))
}
