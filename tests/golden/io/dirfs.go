// io/fs over os.DirFS: Open, ReadFile, ReadDir, Stat, Glob and WalkDir through the FS
// interfaces, a file system of our own (a map) without the optional methods, and the
// errors for bad names.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
	"time"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

// mapFS is a tiny read-only FS with only Open: files and their directories.
type mapFS map[string]string

type mapInfo struct {
	name string
	size int64
	dir  bool
}

func (i mapInfo) Name() string { return i.name }
func (i mapInfo) Size() int64  { return i.size }
func (i mapInfo) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0555
	}
	return 0444
}
func (i mapInfo) ModTime() time.Time { return time.Time{} }
func (i mapInfo) IsDir() bool        { return i.dir }
func (i mapInfo) Sys() any           { return nil }

type mapFile struct {
	info    mapInfo
	r       *strings.Reader
	entries []fs.DirEntry
}

func (f *mapFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *mapFile) Read(b []byte) (int, error) {
	if f.info.dir {
		return 0, errors.New("is a directory")
	}
	return f.r.Read(b)
}
func (f *mapFile) Close() error { return nil }
func (f *mapFile) ReadDir(n int) ([]fs.DirEntry, error) {
	e := f.entries
	f.entries = nil
	return e, nil
}

func (m mapFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if data, ok := m[name]; ok {
		return &mapFile{info: mapInfo{name[strings.LastIndex(name, "/")+1:], int64(len(data)), false}, r: strings.NewReader(data)}, nil
	}
	prefix := name + "/"
	if name == "." {
		prefix = ""
	}
	seen := map[string]bool{}
	var entries []fs.DirEntry
	for k := range m {
		if !strings.HasPrefix(k, prefix) {
			continue
		}
		rest := k[len(prefix):]
		elem, _, isDir := strings.Cut(rest, "/")
		if !seen[elem] {
			seen[elem] = true
			entries = append(entries, fs.FileInfoToDirEntry(mapInfo{elem, 0, isDir}))
		}
	}
	if entries == nil && name != "." {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	base := name[strings.LastIndex(name, "/")+1:]
	return &mapFile{info: mapInfo{base, 0, true}, entries: entries}, nil
}

func main() {
	dir, err := os.MkdirTemp("", "gale-dirfs")
	check(err)
	defer os.RemoveAll(dir)
	for _, p := range []string{"a.txt", "b/c.txt", "b/d/e.go", "b/d/f.go", "g.go"} {
		if i := strings.LastIndex(p, "/"); i >= 0 {
			check(os.MkdirAll(dir+"/"+p[:i], 0755))
		}
		check(os.WriteFile(dir+"/"+p, []byte("contents of "+p), 0644))
	}

	fsys := os.DirFS(dir)
	_, ok1 := fsys.(fs.ReadDirFS)
	_, ok2 := fsys.(fs.ReadFileFS)
	_, ok3 := fsys.(fs.StatFS)
	fmt.Println(ok1, ok2, ok3)

	f, err := fsys.Open("b/c.txt")
	check(err)
	b, _ := io.ReadAll(f)
	fi, _ := f.Stat()
	fmt.Printf("%q %s %d\n", b, fi.Name(), fi.Size())
	f.Close()
	data, err := fs.ReadFile(fsys, "a.txt")
	fmt.Printf("%q %v\n", data, err)
	entries, err := fs.ReadDir(fsys, "b")
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	fi, err = fs.Stat(fsys, "b/d")
	fmt.Println(fi.Name(), fi.IsDir(), err)
	m, err := fs.Glob(fsys, "b/*/*.go")
	fmt.Println(m, err)
	m, err = fs.Glob(fsys, "*.go")
	fmt.Println(m, err)
	_, err = fs.Glob(fsys, "[")
	fmt.Println(err)

	err = fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Println("walk", path, d.IsDir())
		if path == "b/d" {
			return fs.SkipDir
		}
		return nil
	})
	fmt.Println(err)

	for _, name := range []string{"missing.txt", "/abs", "../up", "b/", "a.txt/x", ""} {
		_, err := fsys.Open(name)
		fmt.Println("Open:", err)
		_, err = fs.ReadFile(fsys, name)
		fmt.Println("ReadFile:", err)
		_, err = fs.Stat(fsys, name)
		fmt.Println("Stat:", err, errors.Is(err, fs.ErrNotExist))
		_, err = fs.ReadDir(fsys, name)
		fmt.Println("ReadDir:", err)
	}
	_, err = os.DirFS("").Open("x")
	fmt.Println(err)

	mfs := mapFS{"top.txt": "hello", "sub/one.txt": "1", "sub/two.txt": "22", "sub/deep/three.txt": "333"}
	data, err = fs.ReadFile(mfs, "sub/two.txt")
	fmt.Printf("%q %v\n", data, err)
	fi, err = fs.Stat(mfs, "sub/deep/three.txt")
	fmt.Println(fi.Name(), fi.Size(), err)
	entries, err = fs.ReadDir(mfs, "sub")
	var names []string
	for _, e := range entries {
		names = append(names, fs.FormatDirEntry(e))
	}
	fmt.Println(names, err)
	var walked []string
	fs.WalkDir(mfs, ".", func(path string, d fs.DirEntry, err error) error {
		walked = append(walked, path)
		return err
	})
	fmt.Println(walked)
	m, err = fs.Glob(mfs, "sub/*.txt")
	sort.Strings(m)
	fmt.Println(m, err)
	_, err = fs.ReadFile(mfs, "nope")
	fmt.Println(err)
}
