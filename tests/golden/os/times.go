// Modification times: Chtimes, Stat's ModTime (printed as Unix seconds and nanoseconds),
// a zero time leaves a time unchanged; File.Chmod and File.Chdir.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "gale-times")
	check(err)
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "f")
	check(os.WriteFile(name, []byte("x"), 0644))

	mtime := time.Date(2021, time.June, 15, 10, 30, 45, 123456789, time.UTC)
	atime := time.Date(2020, time.January, 1, 0, 0, 0, 0, time.UTC)
	check(os.Chtimes(name, atime, mtime))
	fi, err := os.Stat(name)
	check(err)
	fmt.Println(fi.ModTime().Unix(), fi.ModTime().Nanosecond(), fi.ModTime().UTC().Year(), fi.ModTime().Equal(mtime))

	check(os.Chtimes(name, time.Now(), time.Time{}))
	fi, _ = os.Stat(name)
	fmt.Println("unchanged:", fi.ModTime().Equal(mtime))
	old := time.Unix(-86400*365, 5)
	check(os.Chtimes(name, time.Time{}, old))
	fi, _ = os.Stat(name)
	fmt.Println(fi.ModTime().Unix(), fi.ModTime().Nanosecond())

	err = os.Chtimes(filepath.Join(dir, "missing"), atime, mtime)
	fmt.Println(err != nil, os.IsNotExist(err))

	before := time.Now().Add(-time.Minute)
	check(os.WriteFile(name, []byte("y"), 0644))
	fi, _ = os.Stat(name)
	fmt.Println("recent:", fi.ModTime().After(before))

	f, err := os.Open(name)
	check(err)
	check(f.Chmod(0600))
	fi, _ = os.Stat(name)
	fmt.Println(fi.Mode())
	f.Close()
	fmt.Println(f.Chmod(0644) != nil)

	d, err := os.Open(dir)
	check(err)
	check(d.Chdir())
	wd, _ := os.Getwd()
	fmt.Println(filepath.Base(wd) == filepath.Base(dir))
	d.Close()
	f, _ = os.Open("f")
	err = f.Chdir()
	fmt.Println(err)
	f.Close()
	check(os.Chdir("/"))
}
