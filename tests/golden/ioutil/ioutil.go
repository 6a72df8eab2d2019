package main

import (
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := ioutil.TempDir("", "ioutil-test-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	fmt.Println(strings.HasPrefix(filepath.Base(dir), "ioutil-test-"))
	for _, name := range []string{"c.txt", "a.txt", "b.txt"} {
		err := ioutil.WriteFile(filepath.Join(dir, name), []byte("data of "+name), 0644)
		fmt.Println("write", name, err)
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0755)
	infos, err := ioutil.ReadDir(dir)
	fmt.Println(len(infos), err)
	for _, fi := range infos {
		size := fi.Size()
		if fi.IsDir() {
			size = -1
		}
		fmt.Println(fi.Name(), fi.IsDir(), size, fi.Mode().IsRegular())
	}
	data, err := ioutil.ReadFile(filepath.Join(dir, "b.txt"))
	fmt.Printf("%q %v\n", data, err)
	_, err = ioutil.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(os.IsNotExist(err))
	_, err = ioutil.ReadDir(filepath.Join(dir, "missing"))
	fmt.Println(os.IsNotExist(err))

	f, err := ioutil.TempFile(dir, "tmp-*.log")
	fmt.Println(err, strings.HasPrefix(filepath.Base(f.Name()), "tmp-"), strings.HasSuffix(f.Name(), ".log"), filepath.Dir(f.Name()) == dir)
	f.WriteString("hello")
	f.Close()

	all, err := ioutil.ReadAll(strings.NewReader("from a reader"))
	fmt.Printf("%q %v\n", all, err)
	rc := ioutil.NopCloser(strings.NewReader("nop"))
	b, _ := io.ReadAll(rc)
	fmt.Println(string(b), rc.Close())
	n, err := fmt.Fprintf(ioutil.Discard, "%d bytes", 12345)
	fmt.Println(n, err, ioutil.Discard == io.Discard)
	_, err = ioutil.TempDir(filepath.Join(dir, "missing"), "x")
	fmt.Println(err != nil)
}
