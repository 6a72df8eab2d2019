// A small grep over a directory tree, as a typical program writes it: WalkDir finds the
// files, bufio.Scanner reads their lines, matches go to stdout and to a log file through
// io.MultiWriter; then a per-extension summary, sorted.
package main

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
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

var files = map[string]string{
	"main.go":          "package main\n\n// TODO: flags\nfunc main() {\n\trun()\n}\n",
	"run.go":           "package main\n\nfunc run() {\n\t// todo later\n\tprintln(\"TODO\")\n}\n",
	"docs/README.md":   "# Tool\n\nTODO: write docs\nUsage: tool [flags]\n",
	"docs/notes.txt":   "nothing to see\r\nTODO\r\n",
	"vendor/x/skip.go": "// TODO: never shown, vendor is skipped\n",
	"empty.txt":        "",
	"noeol.txt":        "last line TODO without newline",
}

func main() {
	root, err := os.MkdirTemp("", "gale-grep")
	check(err)
	defer os.RemoveAll(root)
	for name, text := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		check(os.MkdirAll(filepath.Dir(p), 0755))
		check(os.WriteFile(p, []byte(text), 0644))
	}

	logf, err := os.Create(filepath.Join(root, "matches.log"))
	check(err)
	out := io.MultiWriter(os.Stdout, logf)
	perExt := map[string]int{}
	lines := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "vendor" {
			return filepath.SkipDir
		}
		if d.IsDir() || d.Name() == "matches.log" {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			lines++
			if strings.Contains(strings.ToUpper(sc.Text()), "TODO") {
				fmt.Fprintf(out, "%s:%d: %s\n", rel, n, strings.TrimSpace(sc.Text()))
				perExt[filepath.Ext(rel)]++
			}
		}
		return sc.Err()
	})
	check(err)
	check(logf.Close())

	exts := make([]string, 0, len(perExt))
	for e := range perExt {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	for _, e := range exts {
		fmt.Printf("%-4s %d\n", e, perExt[e])
	}
	fmt.Println("lines scanned:", lines)
	logged, err := os.ReadFile(filepath.Join(root, "matches.log"))
	check(err)
	fmt.Println("log lines:", strings.Count(string(logged), "\n"))
}
