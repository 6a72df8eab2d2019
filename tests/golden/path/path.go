// Package path: Clean, Join, Split, Base, Dir, Ext, IsAbs and Match on many cases.
package main

import (
	"fmt"
	"path"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "///a//b/", "a/b/c", "a/./b", "a/../b", "a/b/..",
		"a/b/../..", "a/b/../../..", "../../a", "/../a", "/..", "a/../../b/./c/", "./a", "abc/def/../ghi/.",
		"../a/../..", "a//b//c//", "/a/b/c/../../../..", "x/./../y", "...", "a/.../b", ".a/..b/.c"} {
		fmt.Printf("Clean(%q) = %q\n", p, path.Clean(p))
	}
	for _, p := range []string{"", "/", "a", "a/", "/a/b", "a/b/c.go", "//x//", "dir/file.tar.gz", ".hidden", "a.b/c"} {
		dir, file := path.Split(p)
		fmt.Printf("%q: Split=%q,%q Base=%q Dir=%q Ext=%q IsAbs=%v\n", p, dir, file, path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
	}
	fmt.Printf("%q\n", path.Join())
	fmt.Printf("%q\n", path.Join("", ""))
	fmt.Printf("%q\n", path.Join("a", "b", "c"))
	fmt.Printf("%q\n", path.Join("a", "", "c"))
	fmt.Printf("%q\n", path.Join("", "a"))
	fmt.Printf("%q\n", path.Join("/", "a/", "/b", "../c"))
	fmt.Printf("%q\n", path.Join("a/b", "../../../x"))

	for _, c := range [][2]string{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"},
		{"a*/b", "abc/b"}, {"a*/b", "a/c/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/f"},
		{"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/fff"}, {"a*b?c*x", "abxbbxdbxebxczzx"},
		{"a*b?c*x", "abxbbxdbxebxczzy"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"}, {"ab[e-g]", "abc"}, {"ab[^c]", "abc"},
		{"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"}, {"a\\*b", "ab"}, {"a?b", "a☺b"}, {"a[^a]b", "a☺b"},
		{"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"}, {"[a-ζ]*", "α"}, {"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"},
		{"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "x"}, {"[x\\-]", "-"}, {"[x\\-]", "z"}, {"[\\-x]", "x"},
		{"[\\-x]", "-"}, {"[\\-x]", "a"}, {"[]a]", "]"}, {"[-]", "-"}, {"[x-]", "x"}, {"[x-]", "-"}, {"[x-]", "z"},
		{"[-x]", "x"}, {"[-x]", "-"}, {"[-x]", "a"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"},
		{"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"}, {"[abc", "b"},
		{"*", ""}, {"", ""}, {"", "a"}, {"?", ""}, {"a/*", "a/b/c"}, {"a/*/c", "a/b/c"}, {"*/*", "a/b"},
		{"[^a-c]x", "dx"}, {"x*[", "xyz"}, {"x*\\", "xyz"}, {"**", "ab"}, {"a**b", "axyb"},
	} {
		ok, err := path.Match(c[0], c[1])
		fmt.Printf("Match(%q, %q) = %v %v\n", c[0], c[1], ok, err)
	}
	fmt.Println(path.ErrBadPattern)
}
