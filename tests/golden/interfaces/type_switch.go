package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d (doubled %d)", x, x*2)
	case int8, int16, int32:
		return fmt.Sprintf("small int %v of type %T", x, x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case []int:
		return fmt.Sprint("slice with ", len(x), " ints")
	case error:
		return "error: " + x.Error()
	case Shape:
		return fmt.Sprintf("shape with area %.1f", x.Area())
	case func() int:
		return fmt.Sprint("func returning ", x())
	case map[string]int, []string:
		return fmt.Sprintf("collection %v", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	inputs := []any{nil, 7, int8(3), rune('a'), "hello", true, false, []int{1, 2},
		errors.New("plain"), &MyErr{404}, Sq{3}, func() int { return 9 },
		map[string]int{"a": 1}, []string{"x"}, 2.5, struct{}{}}
	for _, in := range inputs {
		fmt.Println(classify(in))
	}
	var e error = &MyErr{1}
	switch e.(type) {
	case *MyErr:
		fmt.Println("pointer to MyErr")
	}
	var nilErr *MyErr
	var iface any = nilErr
	switch v := iface.(type) {
	case nil:
		fmt.Println("nil interface")
	case *MyErr:
		fmt.Println("typed nil pointer", v == nil)
	}
	switch v := any(3.5).(type) {
	case int, float64:
		fmt.Printf("%T %v\n", v, v)
	}
}
