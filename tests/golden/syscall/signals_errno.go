// package syscall: signal names, Errno texts, pids, and kill's errors.
package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

func main() {
	for _, s := range []syscall.Signal{syscall.SIGINT, syscall.SIGQUIT, syscall.SIGKILL,
		syscall.SIGTERM, syscall.SIGUSR1, syscall.SIGPIPE, syscall.Signal(40)} {
		fmt.Printf("%d %v\n", int(s), s)
	}
	for _, e := range []syscall.Errno{syscall.ENOENT, syscall.EPERM, syscall.ESRCH, syscall.EAGAIN} {
		fmt.Printf("%d %v timeout=%v\n", uintptr(e), e, e.Timeout())
	}
	fmt.Println(syscall.Getpid() == os.Getpid(), syscall.Getppid() > 0, syscall.Gettid() > 0)
	fmt.Println(syscall.Kill(syscall.Getpid(), 0))
	err := syscall.Kill(-2147483647, syscall.SIGTERM)
	fmt.Println(err, errors.Is(err, syscall.ESRCH))
	_, err = os.Stdout.Write(nil)
	fmt.Println(err)
}
