// Long compiles run outside the VM (RE2 takes seconds over `\pL{50}` forty times, which
// Go compiles at once, so the test cannot show the other goroutines going on; it checks
// the results): a goroutine keeps collecting meanwhile (each runtime.GC stops the world),
// and errors of patterns that take the same path are Go's (with one P and a busy
// goroutine, the compile often comes back without a P, and the error is fetched from the
// cache by a second call).
package main

import (
	"fmt"
	"regexp"
	"runtime"
	"strings"
	"sync/atomic"
)

func main() {
	var gcs atomic.Int64
	stop := make(chan bool)
	done := make(chan bool)
	go func() {
		for {
			select {
			case <-stop:
				done <- true
				return
			default:
			}
			runtime.GC()
			gcs.Add(1)
		}
	}()
	for gcs.Load() == 0 {
		runtime.Gosched()
	}
	re := regexp.MustCompile(strings.Repeat(`\pL{50}`, 40))
	close(stop)
	<-done
	fmt.Println(re.MatchString(strings.Repeat("é", 2000)), re.MatchString(strings.Repeat("é", 1999)))

	runtime.GOMAXPROCS(1)
	stop = make(chan bool)
	go func() {
		for {
			select {
			case <-stop:
				done <- true
				return
			default:
			}
		}
	}()
	bad := []string{
		`\pL{1001}`,
		`(\pL{500}){500}`,
		`\pL{50}[`,
		`[\pL-\pN]{10}`,
		`(?P<n>\pL{20})(?P<n>a)`,
		`\pL{30}\pZ{2,1}`,
		`x{2}{3}` + strings.Repeat("a", 100) + `**`,
		strings.Repeat(`\pN{10}`, 10) + `)`,
		strings.Repeat(`(\pL{10}`, 10),
	}
	for round := 0; round < 3; round++ {
		for i, p := range bad {
			_, err := regexp.Compile(p)
			if round == 0 || i < 3 {
				fmt.Println(i, err)
			}
		}
	}
	for _, p := range []string{strings.Repeat(`[\p{Greek}\d]{20}`, 5), `(?i)\p{Lu}{3}x{1,64}`} {
		re, err := regexp.Compile(p)
		fmt.Println(err, re.NumSubexp(), re.MatchString("ABCxx"))
	}
	close(stop)
	<-done
}
