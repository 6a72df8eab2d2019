// Package path implements utility routines for manipulating slash-separated paths, as Go's
// path package: Clean, Join, Split, Base, Dir, Ext, IsAbs and Match (with ErrBadPattern).
// All of it is Gale code. Differences from Go: none known.
package path

import (
	"errors"
	"unicode/utf8"
)

// Clean returns the shortest path name equivalent to path by purely lexical processing:
// it replaces multiple slashes with one, drops "." elements, drops each ".." with the
// element before it, and drops ".." at the start of a rooted path. The result ends in a
// slash only if it is the root "/"; an empty result becomes ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	out := make([]byte, 0, len(path))
	if rooted {
		out = append(out, '/')
	}
	keep := len(out) // out[:keep] is never removed by ".." (the root, or leading ".."s)
	for i := 0; i < len(path); {
		if path[i] == '/' {
			i++
			continue
		}
		j := i
		for j < len(path) && path[j] != '/' {
			j++
		}
		elem := path[i:j]
		i = j
		switch {
		case elem == ".":
		case elem == ".." && len(out) > keep:
			k := len(out) - 1
			for k > keep && out[k] != '/' {
				k--
			}
			out = out[:k]
		case elem == ".." && rooted:
			// ".." of the root is the root
		default:
			if len(out) > 0 && out[len(out)-1] != '/' {
				out = append(out, '/')
			}
			out = append(out, elem...)
			if elem == ".." {
				keep = len(out)
			}
		}
	}
	if len(out) == 0 {
		return "."
	}
	if string(out) == path {
		return path
	}
	return string(out)
}

// lastSlash returns the index of the last '/' in s, or -1.
func lastSlash(s string) int {
	i := len(s) - 1
	for i >= 0 && s[i] != '/' {
		i--
	}
	return i
}

// Split splits path immediately following the final slash, separating it into a directory
// and file name component. If there is no slash in path, Split returns an empty dir and
// file set to path.
func Split(path string) (dir, file string) {
	i := lastSlash(path)
	return path[:i+1], path[i+1:]
}

// Join joins any number of path elements into a single path, separating them with slashes
// and cleaning the result. Empty elements are ignored; the result is "" if all are empty.
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e)
	}
	if size == 0 {
		return ""
	}
	buf := make([]byte, 0, size+len(elem)-1)
	for _, e := range elem {
		if len(buf) > 0 || e != "" {
			if len(buf) > 0 {
				buf = append(buf, '/')
			}
			buf = append(buf, e...)
		}
	}
	return Clean(string(buf))
}

// Ext returns the file name extension used by path: the suffix beginning at the final dot
// in the final slash-separated element of path; it is empty if there is no dot.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path. Trailing slashes are removed before extracting
// the last element. If the path is empty, Base returns ".". If the path consists entirely
// of slashes, Base returns "/".
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[0 : len(path)-1]
	}
	if i := lastSlash(path); i >= 0 {
		path = path[i+1:]
	}
	if path == "" {
		return "/"
	}
	return path
}

// IsAbs reports whether the path is absolute.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir returns all but the last element of path, typically the path's directory, cleaned.
// If the path is empty, Dir returns ".".
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell pattern: '*' matches any sequence of
// non-'/' characters, '?' any single non-'/' character, '[' ['^'] { range } ']' a
// character class (ranges "c" or "lo-hi"), and '\\' quotes the next character. Match
// requires the pattern to match all of name. The only possible error is ErrBadPattern,
// when the pattern is malformed (anywhere in it).
//
// The pattern is cut into chunks, each a run of stars and then the literal part up to the
// next star. A chunk's literal part has a fixed length, so after a star it is enough to try
// it at each position and keep the first that matches (a later one could only leave less
// room), except that the last chunk must end exactly at the end of name.
func Match(pattern, name string) (matched bool, err error) {
	if !validPattern(pattern) {
		return false, ErrBadPattern
	}
	for len(pattern) > 0 {
		star, chunk, rest := nextChunk(pattern)
		pattern = rest
		if star && chunk == "" {
			// a trailing star takes the rest of name, unless it has a '/'
			return lastSlash(name) < 0, nil
		}
		last := len(pattern) == 0
		found := false
		for i := 0; i <= len(name); i++ {
			if i > 0 && (!star || name[i-1] == '/') {
				break
			}
			t, ok := matchChunk(chunk, name[i:])
			if ok && (!last || t == "") {
				name = t
				found = true
				break
			}
		}
		if !found {
			return false, nil
		}
	}
	return name == "", nil
}

// nextChunk splits off the leading stars of pattern and the literal part after them.
func nextChunk(pattern string) (star bool, chunk, rest string) {
	for len(pattern) > 0 && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inClass := false
	i := 0
	for ; i < len(pattern); i++ {
		c := pattern[i]
		if c == '\\' && i+1 < len(pattern) {
			i++
		} else if c == '[' {
			inClass = true
		} else if c == ']' {
			inClass = false
		} else if c == '*' && !inClass {
			break
		}
	}
	return star, pattern[:i], pattern[i:]
}

// classChar reads one character of a class (possibly '\\'-quoted) from the start of s;
// ok is false when s starts with '-' or ']' or ends right after the character.
func classChar(s string) (r rune, rest string, ok bool) {
	if s == "" || s[0] == '-' || s[0] == ']' {
		return 0, s, false
	}
	if s[0] == '\\' {
		s = s[1:]
		if s == "" {
			return 0, s, false
		}
	}
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n == 1 {
		return 0, s, false
	}
	rest = s[n:]
	return r, rest, rest != ""
}

// matchClass matches the class at the start of chunk (just after its '[') against rune r;
// it returns the chunk after the closing ']'. The class was checked by validPattern.
func matchClass(chunk string, r rune) (rest string, match bool) {
	negated := false
	if chunk[0] == '^' {
		negated = true
		chunk = chunk[1:]
	}
	for n := 0; ; n++ {
		if n > 0 && chunk[0] == ']' {
			return chunk[1:], match != negated
		}
		lo, after, _ := classChar(chunk)
		hi := lo
		chunk = after
		if chunk[0] == '-' {
			hi, chunk, _ = classChar(chunk[1:])
		}
		if lo <= r && r <= hi {
			match = true
		}
	}
}

// validClass reports whether the class at the start of chunk (after its '[') is well
// formed, and returns the chunk after it.
func validClass(chunk string) (string, bool) {
	if chunk != "" && chunk[0] == '^' {
		chunk = chunk[1:]
	}
	for n := 0; ; n++ {
		if n > 0 && chunk != "" && chunk[0] == ']' {
			return chunk[1:], true
		}
		_, after, ok := classChar(chunk)
		if !ok {
			return "", false
		}
		chunk = after
		if chunk[0] == '-' {
			if _, chunk, ok = classChar(chunk[1:]); !ok {
				return "", false
			}
		}
	}
}

// validPattern reports whether every class and escape of pattern is well formed.
func validPattern(pattern string) bool {
	for i := 0; i < len(pattern); {
		switch pattern[i] {
		case '\\':
			if i+1 == len(pattern) {
				return false
			}
			i += 2
		case '[':
			rest, ok := validClass(pattern[i+1:])
			if !ok {
				return false
			}
			i = len(pattern) - len(rest)
		default:
			i++
		}
	}
	return true
}

// matchChunk matches the literal chunk against the start of s and returns what follows.
func matchChunk(chunk, s string) (rest string, ok bool) {
	for len(chunk) > 0 {
		if len(s) == 0 {
			return "", false
		}
		switch chunk[0] {
		case '[':
			r, n := utf8.DecodeRuneInString(s)
			s = s[n:]
			var match bool
			chunk, match = matchClass(chunk[1:], r)
			if !match {
				return "", false
			}
		case '?':
			if s[0] == '/' {
				return "", false
			}
			_, n := utf8.DecodeRuneInString(s)
			s = s[n:]
			chunk = chunk[1:]
		case '\\':
			chunk = chunk[1:]
			if chunk[0] != s[0] {
				return "", false
			}
			s = s[1:]
			chunk = chunk[1:]
		default:
			if chunk[0] != s[0] {
				return "", false
			}
			s = s[1:]
			chunk = chunk[1:]
		}
	}
	return s, true
}
