// runtime.Caller, Callers, CallersFrames and FuncForPC: function names as Go spells them
// (methods, closures, nested closures, deferred calls), files and lines.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func base(s string) string { return s[strings.LastIndex(s, "/")+1:] }

type T struct{}

func (T) Value()    { where("value method") }
func (*T) Pointer() { where("pointer method") }

type I interface{ Value() }

func where(what string) {
	pc, file, line, ok := runtime.Caller(1)
	fn := runtime.FuncForPC(pc)
	f2, l2 := fn.FileLine(pc)
	fmt.Println(what+":", fn.Name(), base(file), line, ok, base(f2), l2, strings.HasPrefix(file, "/"))
}

func stack(what string) {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	fmt.Print(what + ":")
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "main.") {
			break
		}
		fmt.Print(" ", f.Function, "@", base(f.File), ":", f.Line)
		if f.Func == nil || f.Func.Name() != f.Function || f.Entry != f.Func.Entry() {
			fmt.Print("(bad func)")
		}
		if !more {
			break
		}
	}
	fmt.Println()
}

func recursive(n int) {
	if n == 0 {
		stack("recursive")
		return
	}
	recursive(n - 1)
}

func main() {
	where("main")
	T{}.Value()
	(&T{}).Pointer()
	var i I = T{}
	i.Value()
	func() {
		where("closure")
		func() {
			where("nested closure")
			stack("nested")
		}()
	}()
	f := func() { where("closure value") }
	f()
	func() {
		defer where("deferred")
		defer func() { where("deferred closure") }()
	}()
	recursive(3)
	done := make(chan bool)
	go func() {
		where("goroutine")
		stack("goroutine")
		done <- true
	}()
	<-done

	pc, _, _, _ := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name(), runtime.FuncForPC(0) == nil, runtime.FuncForPC(0).Name())
	_, file, line, ok := runtime.Caller(1000)
	fmt.Printf("%q %d %v\n", file, line, ok)
	fmt.Println(runtime.Callers(1000, make([]uintptr, 4)), runtime.Callers(0, nil))
	pcs := make([]uintptr, 1)
	fmt.Println(runtime.Callers(1, pcs), runtime.FuncForPC(pcs[0]).Name())
	fr, more := runtime.CallersFrames(nil).Next()
	fmt.Println(fr.Function == "", fr.Line, more)
}
