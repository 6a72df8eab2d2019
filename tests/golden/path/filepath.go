// Package path/filepath: the lexical functions, Abs, Rel, SplitList, Glob, Walk, WalkDir
// (SkipDir, SkipAll, errors from the callback), EvalSymlinks, inside a temporary directory.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator))
	fmt.Println(filepath.Join("a", "b/../c", "/d"), filepath.Clean("a//b/./../c/"), filepath.Base("/x/y.txt"),
		filepath.Dir("/x/y.txt"), filepath.Ext("y.tar.gz"), filepath.IsAbs("/x"), filepath.IsAbs("x"))
	d, f := filepath.Split("dir/sub/file.go")
	fmt.Printf("%q %q %q %q %q\n", d, f, filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/a"))
	fmt.Printf("%q %q %q\n", filepath.SplitList(""), filepath.SplitList("/bin:/usr/bin::x"), filepath.SplitList("one"))
	for _, p := range []string{"", ".", "a", "a/b", "../a", "a/../..", "a/../b", "/a", "a/..", "./a/../../b"} {
		fmt.Printf("IsLocal(%q) = %v\n", p, filepath.IsLocal(p))
	}

	for _, c := range [][2]string{
		{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/."}, {"./a/b", "a/b"}, {"a/b", "a/b/c"}, {"a", "a/b/c"},
		{"a/b/c", "a"}, {"a/b/c", "a/b"}, {"a/b/c", "a/d"}, {"a/b", "c/d"}, {".", "a/b"}, {"a/b", "."},
		{"/a/b", "/a/b"}, {"/a/b", "/a/b/c"}, {"/", "/a/b"}, {"/a/b", "/"}, {"/a/b/c", "/a/x/y"},
		{"/a/b", "a/b"}, {"a/b", "/a/b"}, {"../x", "a"}, {"..", "a"}, {"a", ".."}, {"../a", "../b"},
		{"ab/cd", "ab/cde"}, {"ab/cd", "ab/c"}, {"", "a"}, {"a", ""}, {"../..", ".."},
	} {
		r, err := filepath.Rel(c[0], c[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", c[0], c[1], r, err)
	}

	dir, err := os.MkdirTemp("", "gale-filepath")
	check(err)
	defer os.RemoveAll(dir)
	check(os.Chdir(dir))
	abs, err := filepath.Abs("x/../y")
	check(err)
	wd, _ := os.Getwd()
	fmt.Println(abs == wd+"/y", err)
	abs, _ = filepath.Abs("/p/./q/..")
	fmt.Println(abs)

	for _, p := range []string{"src/main.go", "src/util/str.go", "src/util/num.go", "src/util/deep/x.txt",
		"docs/readme.md", "docs/guide.md", "bin/tool", "a.go", "b.go", "[x].go"} {
		check(os.MkdirAll(filepath.Dir(p), 0755))
		check(os.WriteFile(p, []byte(p), 0644))
	}
	check(os.Mkdir("empty", 0755))
	check(os.Symlink("docs", "link"))

	for _, pat := range []string{"*.go", "src/*.go", "src/*/*.go", "*/*.md", "*/*/*/*", "nope*", "src", "missing",
		"s?c/util", "[", "*/[", "\\[x\\].go", "[ab].go", "*", dir + "/src/*.go"} {
		m, err := filepath.Glob(pat)
		for i := range m {
			m[i] = strings.TrimPrefix(m[i], dir+"/")
		}
		fmt.Printf("Glob(%q) = %q %v %v\n", strings.TrimPrefix(pat, dir+"/"), m, m == nil, err)
	}

	fmt.Println("-- Walk")
	err = filepath.Walk(".", func(path string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		fmt.Println(path, info.Name(), info.IsDir(), info.Mode().Type())
		return nil
	})
	fmt.Println("Walk:", err)
	fmt.Println("-- Walk with SkipDir")
	filepath.Walk("src", func(path string, info fs.FileInfo, err error) error {
		fmt.Println(path)
		if info.Name() == "util" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("-- Walk with SkipDir on a file")
	filepath.Walk("src/util", func(path string, info fs.FileInfo, err error) error {
		fmt.Println(path)
		if path == "src/util/num.go" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("-- Walk with SkipAll")
	err = filepath.Walk(".", func(path string, info fs.FileInfo, err error) error {
		fmt.Println(path)
		if path == "docs" {
			return filepath.SkipAll
		}
		return nil
	})
	fmt.Println("Walk:", err)
	fmt.Println("-- Walk of a missing root")
	err = filepath.Walk("missing", func(path string, info fs.FileInfo, err error) error {
		fmt.Println("visit", path, info == nil, err)
		return err
	})
	fmt.Println("Walk:", err)
	fmt.Println("-- Walk stopped by an error")
	stop := errors.New("stop here")
	err = filepath.Walk(".", func(path string, info fs.FileInfo, err error) error {
		if path == "bin/tool" {
			return stop
		}
		return nil
	})
	fmt.Println("Walk:", err, err == stop)

	fmt.Println("-- WalkDir")
	err = filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Println(path, d.Name(), d.IsDir(), d.Type())
		if d.Name() == "deep" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("WalkDir:", err)
	fmt.Println("-- WalkDir of a file, SkipDir on a file, SkipAll")
	filepath.WalkDir("a.go", func(path string, d fs.DirEntry, err error) error {
		fmt.Println(path, d.IsDir(), d)
		return nil
	})
	filepath.WalkDir("src/util", func(path string, d fs.DirEntry, err error) error {
		fmt.Println(path)
		if path == "src/util/num.go" {
			return filepath.SkipDir
		}
		return nil
	})
	err = filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		fmt.Println(path)
		if path == "b.go" {
			return fs.SkipAll
		}
		return nil
	})
	fmt.Println("WalkDir:", err)
	err = filepath.WalkDir("missing", func(path string, d fs.DirEntry, err error) error {
		fmt.Println("visit", path, d == nil, err)
		return err
	})
	fmt.Println("WalkDir:", err, os.IsNotExist(err))

	fmt.Println("-- EvalSymlinks")
	for _, p := range []string{"link", "link/guide.md", "src/../link/readme.md", "./src/util/", "missing", "a.go/x", "link/.."} {
		r, err := filepath.EvalSymlinks(p)
		fmt.Printf("%q -> %q %v\n", p, r, err)
	}
	check(os.Chdir("/"))
}
