// Package rand implements a cryptographically secure random number generator, as Go's
// crypto/rand: Reader and Read, backed by the kernel's getrandom(2) (rand.c). Missing:
// Int and Prime, which need math/big (not in Gale).
package rand

import (
	"io"
	"os"
	"syscall"
)

// fill fills b with random bytes; it returns an errno, 0 on success.
func fill(b []byte) int

type reader struct{}

func (reader) Read(b []byte) (n int, err error) {
	if e := fill(b); e != 0 {
		return 0, os.NewSyscallError("getrandom", syscall.Errno(e))
	}
	return len(b), nil
}

// Reader is the global, shared instance of the secure random generator.
var Reader io.Reader = reader{}

// Read fills b with random bytes from Reader; it returns len(b) and nil unless the
// system's source fails.
func Read(b []byte) (n int, err error) {
	return io.ReadFull(Reader, b)
}
