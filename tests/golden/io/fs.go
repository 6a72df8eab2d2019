// Package io/fs on its own: FileMode, PathError, the errors, SkipDir/SkipAll, ValidPath,
// FileInfoToDirEntry, FormatFileInfo and FormatDirEntry (with a FileInfo of our own).
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
	"time"
)

type info struct {
	name string
	size int64
	mode fs.FileMode
}

func (i info) Name() string       { return i.name }
func (i info) Size() int64        { return i.size }
func (i info) Mode() fs.FileMode  { return i.mode }
func (i info) ModTime() time.Time { return time.Date(2024, time.March, 9, 7, 5, 3, 0, time.UTC) }
func (i info) IsDir() bool        { return i.mode.IsDir() }
func (i info) Sys() any           { return nil }

func main() {
	for _, i := range []info{{"file.txt", 1234, 0644}, {"dir", 4096, fs.ModeDir | 0755}, {"link", 7, fs.ModeSymlink | 0777},
		{"neg", -5, 0600}} {
		fmt.Println(fs.FormatFileInfo(i))
		d := fs.FileInfoToDirEntry(i)
		fi, err := d.Info()
		fmt.Println(fs.FormatDirEntry(d), d.Name(), d.IsDir(), d.Type(), fi.Name(), err, d)
	}
	fmt.Println(fs.FileInfoToDirEntry(nil) == nil)
	for _, p := range []string{".", "a", "a/b", "", "/a", "a/", "a//b", "./a", "a/..", "..", "a/./b", "a\\b", "x/y/z"} {
		fmt.Printf("ValidPath(%q) = %v\n", p, fs.ValidPath(p))
	}
	e := &fs.PathError{Op: "read", Path: "x", Err: syscall.EAGAIN}
	fmt.Println(e, e.Timeout(), errors.Unwrap(e) == syscall.EAGAIN)
	e = &fs.PathError{Op: "open", Path: "/no/such", Err: fs.ErrNotExist}
	fmt.Println(e, e.Timeout(), errors.Is(e, os.ErrNotExist))
	fmt.Println(fs.SkipDir, "|", fs.SkipAll, "|", fs.ErrInvalid, "|", fs.ErrPermission, "|", fs.ErrExist, "|", fs.ErrNotExist, "|", fs.ErrClosed)
	var f fs.WalkDirFunc = func(path string, d fs.DirEntry, err error) error { return fs.SkipDir }
	fmt.Println(f("", nil, nil) == fs.SkipDir)
	fmt.Println(fs.ModeDir|fs.ModePerm, fs.ModeType)
}
