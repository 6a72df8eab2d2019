package main

import (
	"bytes"
	"fmt"
	"log"
	"regexp"
	"time"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "p ", log.LstdFlags)
	check := func(name, pattern string) {
		ok, _ := regexp.MatchString(pattern, buf.String())
		fmt.Println(name, ok)
		buf.Reset()
	}
	l.Print("x")
	check("std", `^p \d{4}/\d\d/\d\d \d\d:\d\d:\d\d x\n$`)
	l.SetFlags(log.Ldate)
	l.Print("x")
	check("date", `^p \d{4}/\d\d/\d\d x\n$`)
	l.SetFlags(log.Ltime | log.Lmicroseconds)
	l.Print("x")
	check("micro", `^p \d\d:\d\d:\d\d\.\d{6} x\n$`)
	l.SetFlags(log.Lmicroseconds | log.LUTC | log.Lmsgprefix | log.Lshortfile)
	l.Print("x")
	check("utc", `^\d\d:\d\d:\d\d\.\d{6} times\.go:\d+: p x\n$`)
	l.SetFlags(log.LstdFlags | log.LUTC)
	l.Print("x")
	s := buf.String()
	t, err := time.Parse("2006/01/02 15:04:05", s[2:21])
	fmt.Println(err, time.Since(t) < time.Hour && time.Since(t) > -time.Minute)
	buf.Reset()
	l.SetFlags(log.Llongfile)
	l.Print("x")
	check("long", `^p /.*/times\.go:\d+: x\n$`)
}
