// The environment is package syscall's, behind one lock: os.Setenv and os.Clearenv in one
// goroutine while others read it through time.LoadLocation ($ZONEINFO), os.Getenv and
// os.Environ (time read the C environment without the lock: a crash in getenv); and the
// syscall functions themselves.
package main

import (
	"fmt"
	"os"
	"strconv"
	"syscall"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		for i := 0; i < 10000; i++ {
			os.Setenv("GALE_RACE_"+strconv.Itoa(i), "x")
			if i%500 == 499 {
				os.Clearenv()
			}
		}
		done <- true
	}()
	readers := make(chan int)
	for r := 0; r < 2; r++ {
		go func() {
			n := 0
			for i := 0; i < 2000; i++ {
				os.Getenv("GALE_RACE_7")
				if i%100 == 0 {
					n += len(os.Environ()) * 0
				}
				n++
			}
			readers <- n
		}()
	}
	var lastErr error
	for running := true; running; {
		select {
		case <-done:
			running = false
		default:
		}
		_, lastErr = time.LoadLocation("No/Such_Zone")
	}
	fmt.Println(<-readers, <-readers, lastErr)

	fmt.Println(syscall.Setenv("GALE_A", "1"), os.Getenv("GALE_A"))
	v, ok := syscall.Getenv("GALE_A")
	fmt.Println(v, ok)
	fmt.Println(syscall.Setenv("", "x"), syscall.Setenv("a=b", "x"), syscall.Setenv("k", "a\x00b"))
	fmt.Println(os.Setenv("", "x"), os.Setenv("a=b", "x"))
	fmt.Println(syscall.Getenv(""))
	fmt.Println(os.Unsetenv("GALE_A"), syscall.Unsetenv("never set"))
	fmt.Println(syscall.Getenv("GALE_A"))
	os.Setenv("GALE_B", "2")
	syscall.Clearenv()
	fmt.Println(len(os.Environ()), len(syscall.Environ()), os.Getenv("GALE_B") == "")
	os.Setenv("GALE_C", "x=y")
	fmt.Println(syscall.Environ(), os.Environ())
	os.Setenv("ZONEINFO", "/nonexistent")
	_, err := time.LoadLocation("UTC")
	fmt.Println(err)
}
