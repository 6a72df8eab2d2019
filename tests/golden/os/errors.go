// Error values and messages of failed file operations, as Go prints them, and how they
// match os.ErrNotExist, fs.ErrNotExist and the others through errors.Is and os.IsExist.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func show(what string, err error) {
	fmt.Printf("%s: %v\n", what, err)
	if err == nil {
		return
	}
	fmt.Printf("  %T notexist=%v/%v/%v exist=%v/%v perm=%v closed=%v\n", err,
		errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist), os.IsNotExist(err),
		errors.Is(err, fs.ErrExist), os.IsExist(err), os.IsPermission(err),
		errors.Is(err, os.ErrClosed))
	var pe *os.PathError
	if errors.As(err, &pe) {
		var errno syscall.Errno
		isErrno := errors.As(err, &errno)
		fmt.Printf("  Op=%q Path=%q Err=%q errno=%v\n", pe.Op, pe.Path, pe.Err.Error(), isErrno)
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		fmt.Printf("  Op=%q Old=%q New=%q Err=%q\n", le.Op, le.Old, le.New, le.Err.Error())
	}
}

func main() {
	dir, err := os.MkdirTemp("", "gale-errors")
	check(err)
	defer os.RemoveAll(dir)
	check(os.Chdir(dir))
	check(os.Mkdir("d", 0755))
	check(os.WriteFile("d/f", []byte("data"), 0644))

	_, err = os.Open("missing.txt")
	show("open missing", err)
	_, err = os.ReadFile("no/such/file")
	show("read missing", err)
	_, err = os.Stat("missing")
	show("stat missing", err)
	_, err = os.Lstat("missing")
	show("lstat missing", err)
	err = os.Mkdir("d", 0755)
	show("mkdir existing", err)
	err = os.Mkdir("x/y", 0755)
	show("mkdir no parent", err)
	err = os.MkdirAll("d/f/g", 0755)
	show("mkdirall through a file", err)
	err = os.MkdirAll("d/f", 0755)
	show("mkdirall on a file", err)
	err = os.Remove("d")
	show("remove non-empty dir", err)
	err = os.Remove("missing")
	show("remove missing", err)
	_, err = os.ReadFile("d")
	show("read a directory", err)
	_, err = os.ReadDir("d/f")
	show("readdir a file", err)
	_, err = os.ReadDir("missing")
	show("readdir missing", err)
	_, err = os.OpenFile("d/f", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	show("exclusive create", err)
	_, err = os.Create("d")
	show("create over a dir", err)
	_, err = os.Open("d/f/x")
	show("open under a file", err)
	err = os.Rename("missing", "other")
	show("rename missing", err)
	check(os.Mkdir("e", 0755))
	err = os.Rename("d/f", "e")
	show("rename onto a dir", err)
	err = os.Chdir("missing")
	show("chdir missing", err)
	err = os.Chdir("d/f")
	show("chdir to a file", err)
	err = os.Symlink("d/f", "e")
	show("symlink existing", err)
	err = os.Chmod("missing", 0644)
	show("chmod missing", err)
	err = os.Truncate("missing", 0)
	show("truncate missing", err)
	err = os.RemoveAll("d/.")
	show("removeall dot", err)
	_, err = os.Open("bad\x00name")
	show("nul in name", err)

	// closed files
	f, err := os.Create("c")
	check(err)
	check(f.Close())
	_, err = f.Write([]byte("x"))
	show("write closed", err)
	_, err = f.WriteString("x")
	show("writestring closed", err)
	_, err = f.Read(make([]byte, 4))
	show("read closed", err)
	_, err = f.Seek(0, io.SeekStart)
	show("seek closed", err)
	_, err = f.Stat()
	show("stat closed", err)
	err = f.Close()
	show("close twice", err)
	fmt.Println(f.Fd() == ^uintptr(0))

	// a read-only file
	f, err = os.Open("c")
	check(err)
	_, err = f.Write([]byte("x"))
	show("write read-only", err)
	f.Close()
	f, err = os.OpenFile("c", os.O_WRONLY, 0)
	check(err)
	_, err = f.Read(make([]byte, 4))
	show("read write-only", err)
	f.Close()

	// nil *File
	var nf *os.File
	_, err = nf.Write(nil)
	show("nil file write", err)
	fmt.Println(nf.Close() == os.ErrInvalid)

	// the errors themselves
	fmt.Println(os.ErrNotExist, "|", os.ErrExist, "|", os.ErrPermission, "|", os.ErrClosed, "|", os.ErrInvalid)
	fmt.Println(os.ErrNotExist == fs.ErrNotExist, os.ErrClosed == fs.ErrClosed)
	fmt.Println(errors.Is(syscall.ENOENT, fs.ErrNotExist), errors.Is(syscall.ENOTEMPTY, fs.ErrExist),
		errors.Is(syscall.EACCES, fs.ErrPermission), errors.Is(syscall.EPERM, os.ErrPermission),
		errors.Is(syscall.EEXIST, os.ErrNotExist))
	fmt.Println(os.IsNotExist(errors.New("x")), os.IsNotExist(nil), os.IsNotExist(fs.ErrNotExist))
	wrapped := fmt.Errorf("loading config: %w", &fs.PathError{Op: "open", Path: "cfg", Err: syscall.ENOENT})
	fmt.Println(wrapped, errors.Is(wrapped, os.ErrNotExist), os.IsNotExist(wrapped))
	le := &os.LinkError{Op: "link", Old: "a", New: "b", Err: syscall.EXDEV}
	fmt.Println(le, errors.Unwrap(le) == syscall.EXDEV)
	se := os.NewSyscallError("getxattr", syscall.EPERM)
	fmt.Println(se, os.IsPermission(se), os.NewSyscallError("x", nil) == nil)
	check(os.Chdir("/"))
}
