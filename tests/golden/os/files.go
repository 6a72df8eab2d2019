// Files: create, write, read, seek, ReadAt/WriteAt, append, truncate, exclusive create,
// Stat and FileMode, Chmod, Sync, ReadFile/WriteFile; all inside a temporary directory.
package main

import (
	"fmt"
	"io"
	"os"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "gale-files-*")
	check(err)
	defer os.RemoveAll(dir)
	check(os.Chdir(dir))

	f, err := os.Create("a.txt")
	check(err)
	fmt.Println("name:", f.Name())
	n, err := f.Write([]byte("hello, "))
	fmt.Println(n, err)
	n, err = f.WriteString("world\n")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(f, "line %d\n", 2)
	fmt.Println(n, err)
	pos, err := f.Seek(0, io.SeekCurrent)
	fmt.Println("pos", pos, err)
	pos, err = f.Seek(0, io.SeekStart)
	fmt.Println("pos", pos, err)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	pos, _ = f.Seek(-3, io.SeekEnd)
	fmt.Println("pos", pos)
	n, err = f.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = f.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = f.Read(nil)
	fmt.Println("empty read", n, err)

	b8 := make([]byte, 8)
	n, err = f.ReadAt(b8, 7)
	fmt.Printf("ReadAt %d %q %v\n", n, b8[:n], err)
	n, err = f.ReadAt(b8, 15)
	fmt.Printf("ReadAt %d %q %v\n", n, b8[:n], err)
	n, err = f.ReadAt(b8, -1)
	fmt.Println("ReadAt", n, err)
	n, err = f.WriteAt([]byte("WORLD"), 7)
	fmt.Println("WriteAt", n, err)
	check(f.Sync())
	fi, err := f.Stat()
	check(err)
	fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode().IsRegular())
	check(f.Close())

	data, err := os.ReadFile("a.txt")
	fmt.Printf("%q %v\n", data, err)

	// O_APPEND
	f, err = os.OpenFile("a.txt", os.O_WRONLY|os.O_APPEND, 0)
	check(err)
	f.WriteString("appended\n")
	_, err = f.WriteAt([]byte("x"), 0)
	fmt.Println("WriteAt on append:", err)
	f.Close()
	data, _ = os.ReadFile("a.txt")
	fmt.Printf("%q\n", data)

	// O_TRUNC
	f, err = os.OpenFile("a.txt", os.O_RDWR|os.O_TRUNC, 0)
	check(err)
	fi, _ = f.Stat()
	fmt.Println("after O_TRUNC size", fi.Size())
	f.WriteString("short")
	check(f.Truncate(3))
	f.Close()
	data, _ = os.ReadFile("a.txt")
	fmt.Printf("%q\n", data)

	// O_EXCL
	_, err = os.OpenFile("a.txt", os.O_RDWR|os.O_CREATE|os.O_EXCL, 0644)
	fmt.Println("O_EXCL:", err, os.IsExist(err))
	f, err = os.OpenFile("b.txt", os.O_RDWR|os.O_CREATE|os.O_EXCL, 0640)
	fmt.Println("O_EXCL new:", err)
	f.Close()

	// modes
	for _, name := range []string{"a.txt", "b.txt"} {
		check(os.Chmod(name, 0640))
		fi, err := os.Stat(name)
		check(err)
		fmt.Println(fi.Name(), fi.Mode(), fi.Mode().Perm(), fi.Mode().IsRegular(), fi.Size())
	}
	check(os.Chmod("b.txt", 0755))
	fi, _ = os.Stat("b.txt")
	fmt.Println(fi.Mode(), uint32(fi.Mode()))
	check(os.Chmod("b.txt", 0400|os.ModeSetuid|os.ModeSticky))
	fi, _ = os.Stat("b.txt")
	fmt.Println(fi.Mode())
	check(os.Chmod("b.txt", 0644))

	// WriteFile replaces the contents
	check(os.WriteFile("c.txt", []byte("one two three"), 0644))
	check(os.WriteFile("c.txt", []byte("four"), 0644))
	data, err = os.ReadFile("c.txt")
	fmt.Printf("%q %v\n", data, err)
	check(os.Truncate("c.txt", 2))
	data, _ = os.ReadFile("c.txt")
	fmt.Printf("%q\n", data)

	// a bigger file, read through io.ReadAll and io.Copy
	big := make([]byte, 100000)
	for i := range big {
		big[i] = byte('a' + i%26)
	}
	check(os.WriteFile("big", big, 0644))
	f, _ = os.Open("big")
	all, err := io.ReadAll(f)
	fmt.Println(len(all), err, string(all[99990:]))
	f.Seek(50000, io.SeekStart)
	nc, err := io.Copy(io.Discard, f)
	fmt.Println("copied", nc, err)
	f.Close()
	data, _ = os.ReadFile("big")
	fmt.Println(len(data), string(data[:5]))

	// CreateTemp
	tf, err := os.CreateTemp(".", "tmp-*.txt")
	check(err)
	name := tf.Name()
	fmt.Println(name[:6], name[len(name)-4:])
	tf.Close()
	tf, err = os.CreateTemp("", "x")
	check(err)
	os.Remove(tf.Name())
	tf.Close()
	_, err = os.CreateTemp(".", "a/b*")
	fmt.Println(err)
	_, err = os.MkdirTemp(".", "a/b*")
	fmt.Println(err)
	td, err := os.MkdirTemp(".", "dir")
	fmt.Println(td[:5], err)
}
