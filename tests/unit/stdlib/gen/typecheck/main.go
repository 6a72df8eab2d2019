// Command typecheck type-checks the Gale sources of the standard packages (stdlib/*/*.go,
// stdlib/*/*/*.go) with Go's own type checker, resolving imports to the other Gale
// packages. Body-less functions (natives) are valid for go/types. It catches Go errors in
// package code before the Gale compiler sees it.
//
// Usage (from the repository root): go run tests/unit/stdlib/gen/typecheck/main.go [ROOT]
package main

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
)

type galeImporter struct {
	root  string
	fset  *token.FileSet
	cache map[string]*types.Package
	errs  int
}

func (im *galeImporter) Import(path string) (*types.Package, error) {
	if p, ok := im.cache[path]; ok {
		return p, nil
	}
	dir := filepath.Join(im.root, "stdlib", path)
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	if len(files) == 0 {
		if path == "unsafe" {
			return importer.Default().Import(path)
		}
		return nil, fmt.Errorf("no Gale package %q", path)
	}
	var asts []*ast.File
	for _, f := range files {
		a, err := parser.ParseFile(im.fset, f, nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		asts = append(asts, a)
	}
	conf := types.Config{Importer: im, Error: func(err error) {
		fmt.Println(err)
		im.errs++
	}}
	p, _ := conf.Check(path, im.fset, asts, nil)
	im.cache[path] = p
	return p, nil
}

func main() {
	root := "."
	if len(os.Args) > 1 {
		root = os.Args[1]
	}
	im := &galeImporter{root: root, fset: token.NewFileSet(), cache: map[string]*types.Package{}}
	var pkgs []string
	for _, pat := range []string{"stdlib/*/*.go", "stdlib/*/*/*.go"} {
		files, _ := filepath.Glob(filepath.Join(root, pat))
		for _, f := range files {
			rel, _ := filepath.Rel(filepath.Join(root, "stdlib"), filepath.Dir(f))
			pkgs = append(pkgs, filepath.ToSlash(rel))
		}
	}
	sort.Strings(pkgs)
	for i, p := range pkgs {
		if i > 0 && pkgs[i-1] == p {
			continue
		}
		if _, err := im.Import(p); err != nil {
			fmt.Println(p+":", err)
			im.errs++
		}
	}
	if im.errs > 0 {
		os.Exit(1)
	}
	fmt.Println("typecheck: ok", len(im.cache), "packages")
}
