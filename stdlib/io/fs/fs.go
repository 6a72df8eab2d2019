// Package fs defines the basic interfaces to a file system, as Go's io/fs: FileMode and
// its bits, FileInfo, DirEntry, PathError, the portable errors (the same values as
// os.ErrNotExist and the others), FS, File, ReadDirFile and the optional ReadDirFS,
// ReadFileFS, StatFS and GlobFS, with ReadDir, ReadFile, Stat, Glob and WalkDir over any FS
// (os.DirFS provides one), WalkDirFunc with SkipDir and SkipAll, FileInfoToDirEntry,
// FormatFileInfo, FormatDirEntry and ValidPath.
// Differences from Go: no Sub or SubFS; FormatFileInfo writes the modification time in UTC,
// as Gale's time has no local zone.
package fs

import (
	"errors"
	"internal/oserror"
	"io"
	"path"
	"sort"
	"time"
)

// The portable errors of file operations; errors.Is(err, fs.ErrNotExist) holds for the
// errors os returns when a file is missing.
var (
	ErrInvalid    = oserror.ErrInvalid    // "invalid argument"
	ErrPermission = oserror.ErrPermission // "permission denied"
	ErrExist      = oserror.ErrExist      // "file already exists"
	ErrNotExist   = oserror.ErrNotExist   // "file does not exist"
	ErrClosed     = oserror.ErrClosed     // "file already closed"
)

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

// The defined file mode bits are the most significant bits of the FileMode; the nine
// least-significant bits are the Unix rwxrwxrwx permissions.
const (
	ModeDir        FileMode = 1 << 31 // d: is a directory
	ModeAppend     FileMode = 1 << 30 // a: append-only
	ModeExclusive  FileMode = 1 << 29 // l: exclusive use
	ModeTemporary  FileMode = 1 << 28 // T: temporary file; Plan 9 only
	ModeSymlink    FileMode = 1 << 27 // L: symbolic link
	ModeDevice     FileMode = 1 << 26 // D: device file
	ModeNamedPipe  FileMode = 1 << 25 // p: named pipe (FIFO)
	ModeSocket     FileMode = 1 << 24 // S: Unix domain socket
	ModeSetuid     FileMode = 1 << 23 // u: setuid
	ModeSetgid     FileMode = 1 << 22 // g: setgid
	ModeCharDevice FileMode = 1 << 21 // c: Unix character device, when ModeDevice is set
	ModeSticky     FileMode = 1 << 20 // t: sticky
	ModeIrregular  FileMode = 1 << 19 // ?: non-regular file

	// Mask for the type bits. For regular files, none will be set.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777 // Unix permission bits
)

// modeLetters names the type bits from bit 31 down.
const modeLetters = "dalTLDpSugct?"

func (m FileMode) String() string {
	var buf [32]byte
	w := 0
	for i := 0; i < len(modeLetters); i++ {
		if m&(1<<uint(31-i)) != 0 {
			buf[w] = modeLetters[i]
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i := 0; i < 9; i++ {
		if m&(1<<uint(8-i)) != 0 {
			buf[w] = rwx[i]
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m describes a regular file.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the Unix permission bits in m (m & ModePerm).
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns type bits in m (m & ModeType).
func (m FileMode) Type() FileMode { return m & ModeType }

// A FileInfo describes a file and is returned by Stat.
type FileInfo interface {
	Name() string       // base name of the file
	Size() int64        // length in bytes for regular files; system-dependent for others
	Mode() FileMode     // file mode bits
	ModTime() time.Time // modification time
	IsDir() bool        // abbreviation for Mode().IsDir()
	Sys() any           // underlying data source (can return nil)
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether this error represents a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// walkError is the type of SkipDir and SkipAll.
type walkError struct{ s string }

func (e *walkError) Error() string { return e.s }

// SkipDir, returned by a WalkDirFunc, skips the directory named in the call.
var SkipDir error = &walkError{"skip this directory"}

// SkipAll, returned by a WalkDirFunc, skips all remaining files and directories.
var SkipAll error = &walkError{"skip everything and stop the walk"}

// WalkDirFunc is the type of the function called by WalkDir to visit each file or
// directory.
type WalkDirFunc func(path string, d DirEntry, err error) error

// ValidPath reports whether the given path name is valid for use in a call to Open: an
// unrooted, slash-separated sequence of elements with no "." or ".." elements (except
// the name "." itself), no empty elements and no trailing slash.
func ValidPath(name string) bool {
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		elem := name[:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}

// infoDirEntry is a DirEntry made from a FileInfo.
type infoDirEntry struct {
	info FileInfo
}

func (d infoDirEntry) Name() string            { return d.info.Name() }
func (d infoDirEntry) IsDir() bool             { return d.info.IsDir() }
func (d infoDirEntry) Type() FileMode          { return d.info.Mode().Type() }
func (d infoDirEntry) Info() (FileInfo, error) { return d.info, nil }
func (d infoDirEntry) String() string          { return FormatDirEntry(d) }

// FileInfoToDirEntry returns a DirEntry that returns information from info; nil for nil.
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return infoDirEntry{info: info}
}

func pad(n int, width int) []byte {
	var buf [20]byte
	i := len(buf)
	for n >= 10 || width > 1 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		width--
	}
	i--
	buf[i] = byte('0' + n)
	return buf[i:]
}

// FormatFileInfo returns a formatted version of info for human readability:
// "-rw-r--r-- 100 2006-01-02 15:04:05 name" (a directory name ends in a slash).
func FormatFileInfo(info FileInfo) string {
	name := info.Name()
	b := make([]byte, 0, 40+len(name))
	b = append(b, info.Mode().String()...)
	b = append(b, ' ')
	size := info.Size()
	if size < 0 {
		b = append(b, '-')
		size = -size
	}
	b = append(b, pad(int(size), 1)...)
	b = append(b, ' ')
	t := info.ModTime()
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	b = append(b, pad(y, 4)...)
	b = append(b, '-')
	b = append(b, pad(int(mo), 2)...)
	b = append(b, '-')
	b = append(b, pad(d, 2)...)
	b = append(b, ' ')
	b = append(b, pad(h, 2)...)
	b = append(b, ':')
	b = append(b, pad(mi, 2)...)
	b = append(b, ':')
	b = append(b, pad(s, 2)...)
	b = append(b, ' ')
	b = append(b, name...)
	if info.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

// FormatDirEntry returns a formatted version of dir for human readability: the type
// letters of its mode ("-" for a file, "d" for a directory), a space and its name (a
// directory name ends in a slash).
func FormatDirEntry(dir DirEntry) string {
	name := dir.Name()
	mode := dir.Type().String()
	mode = mode[:len(mode)-9]
	b := make([]byte, 0, 5+len(name))
	b = append(b, mode...)
	b = append(b, ' ')
	b = append(b, name...)
	if dir.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

// ---- File systems ----

// An FS provides access to a hierarchical file system. Open opens the named file; names
// are slash-separated and unrooted (see ValidPath).
type FS interface {
	Open(name string) (File, error)
}

// A File provides access to a single file.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// A ReadDirFile is a directory file whose entries can be read with the ReadDir method.
type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

// ReadDirFS is the interface implemented by a file system that provides an optimized
// implementation of ReadDir.
type ReadDirFS interface {
	FS
	ReadDir(name string) ([]DirEntry, error)
}

// ReadFileFS is the interface implemented by a file system that provides an optimized
// implementation of ReadFile.
type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

// A StatFS is a file system with a Stat method.
type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

// A GlobFS is a file system with a Glob method.
type GlobFS interface {
	FS
	Glob(pattern string) ([]string, error)
}

// ReadDir reads the named directory and returns a list of directory entries sorted by
// filename, through fsys's ReadDir when it has one.
func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if fsys, ok := fsys.(ReadDirFS); ok {
		return fsys.ReadDir(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	dir, ok := file.(ReadDirFile)
	if !ok {
		return nil, &PathError{Op: "readdir", Path: name, Err: errors.New("not implemented")}
	}
	list, err := dir.ReadDir(-1)
	sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
	return list, err
}

// ReadFile reads the named file from the file system fsys and returns its contents, through
// fsys's ReadFile when it has one. A successful call returns a nil error, not io.EOF.
func ReadFile(fsys FS, name string) ([]byte, error) {
	if fsys, ok := fsys.(ReadFileFS); ok {
		return fsys.ReadFile(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	size := 0
	if info, err := file.Stat(); err == nil {
		size = int(info.Size())
	}
	data := make([]byte, 0, size+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := file.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// Stat returns a FileInfo describing the named file from the file system, through fsys's
// Stat when it has one.
func Stat(fsys FS, name string) (FileInfo, error) {
	if fsys, ok := fsys.(StatFS); ok {
		return fsys.Stat(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return file.Stat()
}

// WalkDir walks the file tree rooted at root, calling fn for each file or directory in the
// tree, including root, in lexical order; as filepath.WalkDir, but over fsys.
func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	info, err := Stat(fsys, root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(fsys, root, FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkDir(fsys FS, name string, d DirEntry, fn WalkDirFunc) error {
	if err := fn(name, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil // skip this directory only
		}
		return err
	}
	entries, err := ReadDir(fsys, name)
	if err != nil {
		// a second call reports the error reading the directory
		if err = fn(name, d, err); err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := walkDir(fsys, path.Join(name, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// Glob returns the names of all files in fsys matching pattern (see path.Match), or nil if
// there is none; the only possible error is path.ErrBadPattern.
func Glob(fsys FS, pattern string) (matches []string, err error) {
	return globDepth(fsys, pattern, 0)
}

func globDepth(fsys FS, pattern string, depth int) (matches []string, err error) {
	if depth > 10000 {
		return nil, path.ErrBadPattern
	}
	if fsys, ok := fsys.(GlobFS); ok {
		return fsys.Glob(pattern)
	}
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err := Stat(fsys, pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := path.Split(pattern)
	if dir == "" {
		dir = "."
	} else {
		dir = dir[:len(dir)-1] // the trailing slash
	}
	if !hasMeta(dir) {
		return globIn(fsys, dir, file, nil)
	}
	if dir == pattern {
		return nil, path.ErrBadPattern
	}
	dirs, err := globDepth(fsys, dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = globIn(fsys, d, file, matches); err != nil {
			return
		}
	}
	return
}

// globIn appends to matches the names in directory dir of fsys that match pattern.
func globIn(fsys FS, dir, pattern string, matches []string) ([]string, error) {
	entries, err := ReadDir(fsys, dir)
	if err != nil {
		return matches, nil // I/O errors are ignored
	}
	for _, e := range entries {
		ok, err := path.Match(pattern, e.Name())
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, path.Join(dir, e.Name()))
		}
	}
	return matches, nil
}

func hasMeta(p string) bool {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}
