// Directories: Mkdir, MkdirAll, ReadDir (sorted, DirEntry methods), File.ReadDir with a
// count, Readdirnames, Readdir, Remove, RemoveAll, Rename, symbolic links, Getwd, Chdir.
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "gale-dirs")
	check(err)
	defer os.RemoveAll(dir)
	check(os.Chdir(dir))
	wd, err := os.Getwd()
	check(err)
	fmt.Println("getwd is the temp dir:", filepath.Base(wd) == filepath.Base(dir))

	check(os.Mkdir("d", 0755))
	check(os.MkdirAll("d/e/f/g", 0755))
	check(os.MkdirAll("d/e/f/g", 0755))
	check(os.MkdirAll("d/e/f/g/", 0755))
	for _, name := range []string{"zeta", "alpha", "Mid", "b.go"} {
		check(os.WriteFile("d/"+name, []byte(name), 0644))
	}
	check(os.Symlink("alpha", "d/link"))

	entries, err := os.ReadDir("d")
	check(err)
	for _, e := range entries {
		info, err := e.Info()
		check(err)
		size := info.Size()
		if e.IsDir() {
			size = -1 // depends on the file system
		}
		fmt.Printf("%-6s dir=%-5v type=%v %-10v mode=%v size=%d %v\n", e.Name(), e.IsDir(), e.Type(),
			e, info.Mode(), size, info.Name())
	}

	f, err := os.Open("d")
	check(err)
	var names []string
	for {
		des, err := f.ReadDir(2)
		if err == io.EOF {
			fmt.Println("EOF with", len(des))
			break
		}
		check(err)
		fmt.Println("batch of", len(des))
		for _, de := range des {
			names = append(names, de.Name())
		}
	}
	sort.Strings(names)
	fmt.Println(names)
	more, err := f.ReadDir(-1)
	fmt.Println(len(more), more != nil, err)
	f.Seek(0, io.SeekStart)
	all, err := f.Readdirnames(-1)
	sort.Strings(all)
	fmt.Println(all, err)
	f.Close()

	f, _ = os.Open("d")
	infos, err := f.Readdir(0)
	check(err)
	sort.Slice(infos, func(i, j int) bool { return infos[i].Name() < infos[j].Name() })
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.Mode().Type(), fi.IsDir())
	}
	f.Close()

	// symbolic links
	fi, err := os.Lstat("d/link")
	check(err)
	fmt.Println(fi.Name(), fi.Mode()&os.ModeSymlink != 0, fi.Mode().Type())
	fi, err = os.Stat("d/link")
	check(err)
	fmt.Println(fi.Name(), fi.Mode(), fi.Size())
	target, err := os.Readlink("d/link")
	fmt.Println(target, err)
	_, err = os.Readlink("d/alpha")
	fmt.Println(err)
	a, _ := os.Stat("d/alpha")
	b, _ := os.Stat("d/link")
	c, _ := os.Stat("d/zeta")
	fmt.Println(os.SameFile(a, b), os.SameFile(a, c))

	// rename
	check(os.Rename("d/zeta", "d/omega"))
	_, err = os.Stat("d/zeta")
	fmt.Println(os.IsNotExist(err))
	check(os.Rename("d/omega", "d/e/omega"))
	data, _ := os.ReadFile("d/e/omega")
	fmt.Println(string(data))
	check(os.Rename("d/e/f", "d/ef"))
	fi, err = os.Stat("d/ef/g")
	fmt.Println(fi.IsDir(), err)

	// Chdir into a subdirectory and back
	check(os.Chdir("d/e"))
	wd2, _ := os.Getwd()
	fmt.Println(strings.TrimPrefix(wd2, wd))
	check(os.Chdir(".."))
	check(os.Chdir(".."))

	// Remove and RemoveAll
	check(os.Remove("d/b.go"))
	check(os.Remove("d/ef/g"))
	check(os.RemoveAll("d/ef"))
	check(os.RemoveAll("d/does-not-exist"))
	check(os.RemoveAll("d"))
	_, err = os.Stat("d")
	fmt.Println("d removed:", os.IsNotExist(err))
	entries, err = os.ReadDir(".")
	fmt.Println(len(entries), err)
	check(os.Chdir("/"))
}

