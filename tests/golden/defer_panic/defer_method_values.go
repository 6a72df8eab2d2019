package main

import "fmt"

type Logger struct{ prefix string }

func (l Logger) Log(msg string)   { fmt.Println(l.prefix + msg) }
func (l *Logger) PLog(msg string) { fmt.Println(l.prefix + msg) }

func main() {
	l := Logger{"[v1] "}
	defer l.Log("value receiver copied at defer time")
	defer l.PLog("pointer receiver sees later change")
	f := func(s string) { fmt.Println("func value:", s) }
	defer f("first f")
	f = func(s string) { fmt.Println("reassigned:", s) }
	defer f("second f")
	l.prefix = "[v2] "
	fmt.Println("body")
}
