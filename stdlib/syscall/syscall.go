// Package syscall is the part of Go's syscall package that Gale provides: process and thread
// ids, signals and kill, and Errno (the error of a failed system call, which matches the
// portable errors of io/fs and os through errors.Is, as in Go).
package syscall

import (
	"errors"
	"internal/oserror"
)

// An Errno is an unsigned number describing an error condition (errno).
type Errno uintptr

func (e Errno) Error() string {
	return errnoText(int(e))
}

// Is reports whether e stands for the portable error target: os.ErrPermission,
// os.ErrExist, os.ErrNotExist (the values of io/fs) or errors.ErrUnsupported.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	case errors.ErrUnsupported:
		return e == ENOSYS || e == ENOTSUP || e == EOPNOTSUPP
	}
	return false
}

// Timeout reports whether the error is a time-out.
func (e Errno) Timeout() bool {
	return e == EAGAIN || e == ETIMEDOUT
}

// Temporary reports whether the error is temporary.
func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

const (
	EPERM        Errno = 0x1
	ENOENT       Errno = 0x2
	ESRCH        Errno = 0x3
	EINTR        Errno = 0x4
	EIO          Errno = 0x5
	EBADF        Errno = 0x9
	EAGAIN       Errno = 0xb
	EACCES       Errno = 0xd
	EEXIST       Errno = 0x11
	EXDEV        Errno = 0x12
	ENOTDIR      Errno = 0x14
	EISDIR       Errno = 0x15
	EINVAL       Errno = 0x16
	ENFILE       Errno = 0x17
	EMFILE       Errno = 0x18
	ENOSPC       Errno = 0x1c
	ESPIPE       Errno = 0x1d
	EROFS        Errno = 0x1e
	EPIPE        Errno = 0x20
	ENAMETOOLONG Errno = 0x24
	ENOSYS       Errno = 0x26
	ENOTEMPTY    Errno = 0x27
	ELOOP        Errno = 0x28
	ENOTSUP      Errno = 0x5f
	EOPNOTSUPP   Errno = 0x5f
	ETIMEDOUT    Errno = 0x6e
)

// A Signal is a number describing a process signal.
type Signal int

func (s Signal) Signal() {}

func (s Signal) String() string {
	if 0 <= s && int(s) < len(signalNames) && signalNames[s] != "" {
		return signalNames[s]
	}
	return "signal " + itoa(int(s))
}

const (
	SIGHUP  = Signal(0x1)
	SIGINT  = Signal(0x2)
	SIGQUIT = Signal(0x3)
	SIGILL  = Signal(0x4)
	SIGTRAP = Signal(0x5)
	SIGABRT = Signal(0x6)
	SIGBUS  = Signal(0x7)
	SIGFPE  = Signal(0x8)
	SIGKILL = Signal(0x9)
	SIGUSR1 = Signal(0xa)
	SIGSEGV = Signal(0xb)
	SIGUSR2 = Signal(0xc)
	SIGPIPE = Signal(0xd)
	SIGALRM = Signal(0xe)
	SIGTERM = Signal(0xf)
)

var signalNames = [...]string{
	1:  "hangup",
	2:  "interrupt",
	3:  "quit",
	4:  "illegal instruction",
	5:  "trace/breakpoint trap",
	6:  "aborted",
	7:  "bus error",
	8:  "floating point exception",
	9:  "killed",
	10: "user defined signal 1",
	11: "segmentation fault",
	12: "user defined signal 2",
	13: "broken pipe",
	14: "alarm clock",
	15: "terminated",
}

func itoa(v int) string {
	if v < 0 {
		return "-" + itoa(-v)
	}
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(buf[i:])
}

// Getpid returns the process id of the caller.
func Getpid() int

// Getppid returns the process id of the caller's parent.
func Getppid() int

// Gettid returns the id of the calling operating-system thread.
func Gettid() int

// Kill sends signal sig to the process pid.
func Kill(pid int, sig Signal) error {
	if e := kill(pid, int(sig)); e != 0 {
		return Errno(e)
	}
	return nil
}

func kill(pid int, sig int) int

func errnoText(errno int) string
