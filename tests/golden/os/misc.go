// The rest of os: Hostname, Getpid, Getppid, TempDir, Getwd, the standard files, FileMode's
// String and predicates, constants, and File methods on the standard files.
package main

import (
	"fmt"
	"io/fs"
	"os"
)

func main() {
	h, err := os.Hostname()
	fmt.Println(h != "", err)
	fmt.Println(os.Getpid() > 0, os.Getppid() > 0, os.Getpid() != os.Getppid())
	fmt.Println(os.TempDir() != "")
	old, had := os.LookupEnv("TMPDIR")
	os.Setenv("TMPDIR", "/custom/tmp")
	fmt.Println(os.TempDir())
	os.Unsetenv("TMPDIR")
	fmt.Println(os.TempDir())
	if had {
		os.Setenv("TMPDIR", old)
	}
	wd, err := os.Getwd()
	fmt.Println(len(wd) > 0 && wd[0] == '/', err)

	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name())
	fmt.Println(os.Stdin.Fd(), os.Stdout.Fd(), os.Stderr.Fd())
	n, err := os.Stdout.Write([]byte("written to Stdout\n"))
	fmt.Println(n, err)
	n, err = os.Stdout.WriteString("WriteString to Stdout\n")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr")
	f := os.NewFile(1, "my stdout")
	fmt.Fprintln(f, "through NewFile:", f.Name())
	fmt.Println(os.NewFile(^uintptr(0), "bad") == nil)
	fi, err := os.Stdin.Stat() // the test runs with stdin from /dev/null
	fmt.Println(fi.Name(), fi.Mode()&os.ModeCharDevice != 0, fi.Mode().IsRegular(), err)
	n, err = os.Stdin.Read(make([]byte, 10))
	fmt.Println(n, err)

	for _, m := range []os.FileMode{0, 0644, 0755 | os.ModeDir, 0777 | os.ModeSymlink, os.ModeNamedPipe | 0600,
		os.ModeSocket, os.ModeDevice | os.ModeCharDevice | 0666, os.ModeSetuid | os.ModeSetgid | os.ModeSticky | 0755,
		os.ModeAppend | os.ModeExclusive | os.ModeTemporary | os.ModeIrregular, ^os.FileMode(0)} {
		fmt.Printf("%-24s %-10v dir=%v regular=%v perm=%v type=%v %o\n", m.String(), m.Perm(), m.IsDir(), m.IsRegular(),
			m.Perm(), m.Type(), uint32(m))
	}
	var fm fs.FileMode = os.ModeDir
	fmt.Println(fm == fs.ModeDir, os.ModePerm, os.ModeType == fs.ModeType)
	fmt.Println(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_APPEND, os.O_CREATE, os.O_EXCL, os.O_TRUNC, os.O_SYNC)
	fmt.Println(os.PathSeparator, os.PathListSeparator, os.DevNull, os.IsPathSeparator('/'), os.IsPathSeparator('\\'))
	fmt.Printf("%v|%v|%v\n", os.ErrNoDeadline, os.ErrDeadlineExceeded, os.ErrProcessDone)
}
