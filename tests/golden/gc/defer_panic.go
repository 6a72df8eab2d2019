// GC: panics carrying freshly allocated values (structs with slices, errors, strings,
// maps) recovered in deferred closures that capture allocated data; nested panics
// (a deferred call panics while unwinding), re-panics, panics in goroutines, and
// runtime errors; lots of garbage is allocated inside deferred calls while a panic is
// in flight, so the panic value and the captured data must stay reachable.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

type Fault struct {
	code  int
	trail []string
	extra map[string][]int
}

func (f *Fault) Error() string { return "fault " + strconv.Itoa(f.code) }

// churn allocates n short-lived byte slices (a variable size: heap-allocated in Go
// too); the last few stay reachable from a local ring until it returns
func churn(n int) int {
	s := 0
	var ring [4][]byte
	for i := 0; i < n; i++ {
		b := make([]byte, 64+i%64)
		b[0] = byte(i)
		ring[i%4] = b
		s += int(b[0]) + len(ring[(i+1)%4])
	}
	return s
}

func deep(n, code int) {
	trail := make([]string, 0, 4)
	defer func() {
		// allocates while the panic is unwinding through this frame
		trail = append(trail, "leave"+strconv.Itoa(n))
		churn(8)
	}()
	if n == 0 {
		panic(&Fault{code: code, trail: []string{"bottom"}, extra: map[string][]int{"k": {code, code * 2}}})
	}
	deep(n-1, code)
}

func catch(code int) (res int, err error) {
	captured := make([]int, 32)
	for i := range captured {
		captured[i] = code + i
	}
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		f, ok := r.(*Fault)
		if !ok {
			err = fmt.Errorf("unexpected %v", r)
			return
		}
		churn(60)
		res = f.code + f.extra["k"][1] + len(f.trail) + captured[31]
		err = f
	}()
	deep(code%10+5, code)
	return -1, nil
}

// nested: a deferred call panics while another panic is in flight; the later panic
// replaces the earlier one, and recover sees the last.
func nested(i int) (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprint(r)
	}()
	defer func() {
		churn(40)
		panic(errors.New("second " + strconv.Itoa(i) + strings.Repeat("!", i%4)))
	}()
	panic("first " + strconv.Itoa(i))
}

// repanic: recover, wrap and panic again with a new value
func repanic(i int) (out string) {
	defer func() {
		out = fmt.Sprint(recover())
	}()
	func() {
		defer func() {
			r := recover()
			churn(40)
			panic(fmt.Sprintf("wrapped(%v)", r))
		}()
		panic([]int{i, i + 1})
	}()
	return "not reached"
}

func runtimeErr(i int) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint(r)
		}
	}()
	a := make([]int, i%5)
	var m map[string]int
	if i%2 == 0 {
		_ = a[i%5+1]
	}
	m["x"] = 1
	return "no panic"
}

func main() {
	sum := 0
	var errs []error
	for i := 0; i < 1500; i++ {
		res, err := catch(i)
		sum += res
		if i%100 == 0 {
			errs = append(errs, err)
		}
	}
	es := 0
	for _, e := range errs {
		var f *Fault
		if errors.As(e, &f) {
			es += f.code + len(f.extra["k"])
		}
	}
	fmt.Println("catch:", sum, len(errs), es)

	lens := 0
	var last string
	for i := 0; i < 2000; i++ {
		last = nested(i)
		lens += len(last)
	}
	fmt.Println("nested:", lens, last)

	lens = 0
	for i := 0; i < 2000; i++ {
		last = repanic(i)
		lens += len(last)
	}
	fmt.Println("repanic:", lens, last)

	lens = 0
	for i := 0; i < 1000; i++ {
		last = runtimeErr(i)
		lens += len(last)
	}
	fmt.Println("runtime errors:", lens, last)

	// deferred closures capture allocated data; run in loop order reversed
	var order []string
	func() {
		for i := 0; i < 500; i++ {
			data := make([]string, 3)
			data[i%3] = "d" + strconv.Itoa(i)
			defer func() {
				order = append(order, data[i%3])
				churn(20)
			}()
		}
	}()
	fmt.Println("deferred:", len(order), order[0], order[499])

	// goroutines that panic and recover, reporting through a channel
	var wg sync.WaitGroup
	results := make(chan int, 16)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			t := 0
			for i := 0; i < 100; i++ {
				r, _ := catch(g*100 + i)
				t += r
			}
			results <- t
		}(g)
	}
	wg.Wait()
	close(results)
	gt := 0
	for t := range results {
		gt += t
	}
	fmt.Println("goroutines:", gt)
}
