// Package os provides a platform-independent interface to operating system functionality,
// as much of Go's os as Gale programs use: the standard files, Args, Exit and the
// environment. Writes go straight to the file descriptor (os.Stdout is unbuffered, as in
// Go); the system calls are natives in stdlib/os/os.c.
package os

import (
	"errors"
	"io"
	"syscall"
)

// File represents an open file descriptor.
type File struct {
	fd   int
	name string
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input, standard output,
// and standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

// Portable analogs of some common system call errors.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

func runtimeArgs() []string

// write, writeString and read return the byte count and an errno (0 on success).
func write(fd int, b []byte) (n int, errno int)
func writeString(fd int, s string) (n int, errno int)
func read(fd int, b []byte) (n int, errno int)

// Exit causes the current program to exit with the given status code. The program
// terminates immediately; deferred functions are not run.
func Exit(code int)

// Getenv retrieves the value of the environment variable named by the key. It returns the
// value, which will be empty if the variable is not present.
func Getenv(key string) string

// LookupEnv retrieves the value of the environment variable named by the key and reports
// whether it was present.
func LookupEnv(key string) (string, bool)

// Getpid returns the process id of the caller.
func Getpid() int

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{int(fd), name}
}

// Name returns the name of the file as presented to NewFile.
func (f *File) Name() string {
	return f.name
}

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	n, e := write(f.fd, b)
	if e != 0 {
		return n, &PathError{Op: "write", Path: f.name, Err: syscall.Errno(e)}
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	n, e := writeString(f.fd, s)
	if e != 0 {
		return n, &PathError{Op: "write", Path: f.name, Err: syscall.Errno(e)}
	}
	return n, nil
}

// Read reads up to len(b) bytes from the File and stores them in b. At end of file, Read
// returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := read(f.fd, b)
	if e != 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: syscall.Errno(e)}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Close closes the File. (The standard files stay open.)
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string {
	return e.Op + " " + e.Path + ": " + e.Err.Error()
}

func (e *PathError) Unwrap() error {
	return e.Err
}

