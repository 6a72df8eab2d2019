// Package filepath implements utility routines for manipulating filename paths, as Go's
// path/filepath on Unix (Separator '/', no volume names): Clean, Join, Split, Base, Dir,
// Ext, IsAbs, IsLocal, Abs, Rel, ToSlash, FromSlash, SplitList, VolumeName, Match (with
// ErrBadPattern), Glob, Walk, WalkDir (with SkipDir and SkipAll) and EvalSymlinks. The
// lexical functions are those of package path; the rest is Gale code over package os, so
// the callbacks of Walk and WalkDir are ordinary Gale calls.
// Differences from Go: none known.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"syscall"
)

const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// SkipDir is used as a return value from WalkFuncs to indicate that the directory named
// in the call is to be skipped.
var SkipDir error = fs.SkipDir

// SkipAll is used as a return value from WalkFuncs to indicate that all remaining files
// and directories are to be skipped.
var SkipAll error = fs.SkipAll

// WalkFunc is the type of the function called by Walk to visit each file or directory.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// Clean returns the shortest path name equivalent to path by purely lexical processing.
func Clean(p string) string { return path.Clean(p) }

// Join joins any number of path elements into a single path, separating them with
// Separator and cleaning the result; empty elements are ignored.
func Join(elem ...string) string { return path.Join(elem...) }

// Split splits path immediately following the final Separator.
func Split(p string) (dir, file string) { return path.Split(p) }

// Base returns the last element of path ("." for an empty path, "/" for slashes only).
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of path, cleaned.
func Dir(p string) string { return path.Dir(p) }

// Ext returns the file name extension used by path.
func Ext(p string) string { return path.Ext(p) }

// IsAbs reports whether the path is absolute.
func IsAbs(p string) bool { return path.IsAbs(p) }

// ToSlash returns the result of replacing each separator character in path with a slash
// (the identity on Unix).
func ToSlash(p string) string { return p }

// FromSlash returns the result of replacing each slash in path with a separator character
// (the identity on Unix).
func FromSlash(p string) string { return p }

// VolumeName returns leading volume name: always "" on Unix.
func VolumeName(p string) string { return "" }

// SplitList splits a list of paths joined by ListSeparator, as in PATH; an empty string
// gives an empty slice.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// IsLocal reports whether path is local: within the directory where it is evaluated,
// not absolute, not empty and not escaping through "..".
func IsLocal(p string) bool {
	if IsAbs(p) || p == "" {
		return false
	}
	c := Clean(p)
	return c != ".." && !strings.HasPrefix(c, "../")
}

// Localize converts a slash-separated path into an operating system path; it fails for
// paths that fs.ValidPath rejects or that hold a NUL byte.
func Localize(p string) (string, error) {
	if !fs.ValidPath(p) || strings.IndexByte(p, 0) >= 0 {
		return "", errors.New("invalid path")
	}
	return p, nil
}

// HasPrefix exists for historical compatibility and should not be used.
func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

// Abs returns an absolute representation of path: joined with the working directory
// when it is relative, and cleaned.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that is lexically equivalent to targpath when joined to
// basepath with an intervening separator; an error when there is none (one path absolute
// and the other not, or basepath holding ".." that cannot be undone).
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	// skip the leading elements the two have in common
	bs, ts := 0, 0 // starts of the current elements
	for {
		be, te := bs, ts
		for be < len(base) && base[be] != '/' {
			be++
		}
		for te < len(targ) && targ[te] != '/' {
			te++
		}
		if base[bs:be] != targ[ts:te] {
			if base[bs:be] == ".." {
				return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
			}
			break
		}
		if be == len(base) && te == len(targ) {
			break
		}
		if be < len(base) {
			be++
		}
		if te < len(targ) {
			te++
		}
		bs, ts = be, te
	}
	if bs == len(base) {
		return targ[ts:], nil
	}
	// go up once per remaining element of base, then down into targ
	ups := strings.Count(base[bs:], "/") + 1
	rel := strings.Repeat("../", ups)
	rel = rel[:len(rel)-1]
	if ts < len(targ) {
		rel += "/" + targ[ts:]
	}
	return rel, nil
}

// Match reports whether name matches the shell file name pattern (see path.Match); the
// only possible error is ErrBadPattern.
func Match(pattern, name string) (matched bool, err error) {
	matched, err = path.Match(pattern, name)
	if err != nil {
		err = ErrBadPattern
	}
	return
}

func hasMeta(p string) bool {
	return strings.ContainsAny(p, `*?[\`)
}

// Glob returns the names of all files matching pattern or nil if there is no matching
// file, in lexical order within each directory. It ignores I/O errors such as unreadable
// directories; the only possible error is ErrBadPattern.
func Glob(pattern string) (matches []string, err error) {
	return globDepth(pattern, 0)
}

func globDepth(pattern string, depth int) (matches []string, err error) {
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if depth == 10000 {
		return nil, ErrBadPattern
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case "/":
	default:
		dir = dir[:len(dir)-1] // the trailing separator
	}
	if !hasMeta(dir) {
		return globIn(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := globDepth(dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = globIn(d, file, matches); err != nil {
			return
		}
	}
	return
}

// globIn appends to matches the names in directory dir that match pattern.
func globIn(dir, pattern string, matches []string) ([]string, error) {
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return matches, nil
	}
	names, err := readDirNames(dir)
	if err != nil {
		return matches, nil
	}
	for _, n := range names {
		ok, err := Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, n))
		}
	}
	return matches, nil
}

// readDirNames returns the names in directory dirname, sorted.
func readDirNames(dirname string) ([]string, error) {
	f, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

// Walk walks the file tree rooted at root, calling fn for each file or directory in the
// tree, including root, in lexical order. It does not follow symbolic links. fn's
// SkipDir skips a directory (or the rest of the directory holding a file), SkipAll
// stops the walk; Walk then returns nil.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walk(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	names, err := readDirNames(p)
	if err1 := fn(p, info, err); err != nil || err1 != nil {
		// fn was told of err and chose what to do
		return err1
	}
	for _, name := range names {
		file := Join(p, name)
		fi, err := os.Lstat(file)
		if err != nil {
			if err := fn(file, fi, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walk(file, fi, fn); err != nil {
			if !fi.IsDir() || err != SkipDir {
				return err
			}
		}
	}
	return nil
}

// WalkDir walks the file tree rooted at root, calling fn for each file or directory in the
// tree, including root, in lexical order, with fs.DirEntry values (no Lstat per file). It
// does not follow symbolic links.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkDir(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(p, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil // skip this directory only
		}
		return err
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		// a second call reports the error reading the directory
		if err = fn(p, d, err); err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := walkDir(Join(p, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// EvalSymlinks returns the path name after the evaluation of any symbolic links, cleaned.
// A relative path gives a result relative to the current directory.
func EvalSymlinks(p string) (string, error) {
	dest := ""
	if IsAbs(p) {
		dest = "/"
	}
	links := 0
	for rest := p; rest != ""; {
		// the next element of rest
		i := 0
		for i < len(rest) && rest[i] == '/' {
			i++
		}
		rest = rest[i:]
		j := 0
		for j < len(rest) && rest[j] != '/' {
			j++
		}
		elem := rest[:j]
		rest = rest[j:]
		switch elem {
		case "", ".":
			continue
		case "..":
			// back up one element, unless there is none left to drop
			if dest == "" || dest == ".." || strings.HasSuffix(dest, "/..") {
				dest = Join(dest, "..")
			} else if dest != "/" {
				if dest = Dir(dest); dest == "." {
					dest = ""
				}
			}
			continue
		}
		next := Join(dest, elem)
		fi, err := os.Lstat(next)
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			if !fi.IsDir() && rest != "" {
				return "", syscall.ENOTDIR
			}
			dest = next
			continue
		}
		links++
		if links > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		target, err := os.Readlink(next)
		if err != nil {
			return "", err
		}
		rest = target + "/" + rest
		if IsAbs(target) {
			dest = "/"
		}
	}
	if dest == "" {
		return ".", nil
	}
	return Clean(dest), nil
}
