package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Named struct{ N string }

func main() {
	var i any = 42
	n, ok := i.(int)
	fmt.Println(n, ok)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	fmt.Println(i.(int) + 1)
	var t any = Temp(21.5)
	if st, ok := t.(Stringer); ok {
		fmt.Println("stringer:", st.String())
	}
	if _, ok := i.(Stringer); !ok {
		fmt.Println("int is not a Stringer")
	}
	tv := t.(Temp)
	fmt.Println(float64(tv) * 2)
	var p any = &Named{"ptr"}
	if np, ok := p.(*Named); ok {
		np.N = "changed"
	}
	fmt.Println(p.(*Named).N)
	_, isVal := p.(Named)
	fmt.Println(isVal)
	var nilI any
	v, ok := nilI.(int)
	fmt.Println(v, ok)
	var err error = errors.New("boom")
	if e, ok := err.(interface{ Error() string }); ok {
		fmt.Println(e.Error())
	}
	var st Stringer = Temp(-3)
	if x, ok := st.(Temp); ok {
		fmt.Println(x < 0)
	}
	var a any = int64(5)
	_, isInt := a.(int)
	_, isInt64 := a.(int64)
	fmt.Println(isInt, isInt64)
}
