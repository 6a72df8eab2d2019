// Package syscall is the part of Go's syscall package that Gale provides: process and thread
// ids, signals and kill, Errno (the error of a failed system call, which matches the
// portable errors of io/fs and os through errors.Is, as in Go), and the environment
// (Getenv, Setenv, Unsetenv, Clearenv, Environ), which os and time use.
package syscall

import (
	"errors"
	"internal/oserror"
	"sync"
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

// ---- The environment ----

// The environment is kept here, as in Go: a list of "key=value" strings ("" for a removed
// one) and an index by key, copied from the process on first use and guarded by envLock.
// Changes are passed on to the process environment (the natives, under the process-wide
// lock of base/env.h, since libc's environment is shared with the runtime and other VMs);
// reads never touch it.
var (
	envOnce sync.Once
	envLock sync.RWMutex
	envs    []string       // guarded by envLock
	env     map[string]int // guarded by envLock: key -> index in envs
)

func setenv(key, value string) int
func unsetenv(key string) int
func environ() string // "key=value" strings, each followed by a NUL byte
func clearenv()

func copyenv() {
	env = make(map[string]int)
	all := environ()
	start := 0
	for i := 0; i < len(all); i++ {
		if all[i] != 0 {
			continue
		}
		kv := all[start:i]
		start = i + 1
		envs = append(envs, kv)
		for j := 0; j < len(kv); j++ {
			if kv[j] == '=' {
				if _, dup := env[kv[:j]]; dup {
					envs[len(envs)-1] = "" // the first one wins
				} else {
					env[kv[:j]] = len(envs) - 1
				}
				break
			}
		}
	}
}

// Getenv retrieves the value of the environment variable named by the key and reports
// whether it was present.
func Getenv(key string) (value string, found bool) {
	envOnce.Do(copyenv)
	if len(key) == 0 {
		return "", false
	}
	envLock.RLock()
	defer envLock.RUnlock()
	i, ok := env[key]
	if !ok {
		return "", false
	}
	return envs[i][len(key)+1:], true
}

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	envOnce.Do(copyenv)
	if len(key) == 0 {
		return EINVAL
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return EINVAL
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return EINVAL
		}
	}
	envLock.Lock()
	defer envLock.Unlock()
	kv := key + "=" + value
	if i, ok := env[key]; ok {
		envs[i] = kv
	} else {
		env[key] = len(envs)
		envs = append(envs, kv)
	}
	setenv(key, value)
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	envOnce.Do(copyenv)
	envLock.Lock()
	defer envLock.Unlock()
	if i, ok := env[key]; ok {
		envs[i] = ""
		delete(env, key)
	}
	unsetenv(key)
	return nil
}

// Clearenv deletes all environment variables.
func Clearenv() {
	envOnce.Do(copyenv)
	envLock.Lock()
	defer envLock.Unlock()
	env = make(map[string]int)
	envs = []string{}
	clearenv()
}

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string {
	envOnce.Do(copyenv)
	envLock.RLock()
	defer envLock.RUnlock()
	a := make([]string, 0, len(envs))
	for _, kv := range envs {
		if kv != "" {
			a = append(a, kv)
		}
	}
	return a
}
