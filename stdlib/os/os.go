// Package os provides a platform-independent interface to operating system functionality,
// as Go's os package on Linux: the standard files; opening, creating, reading, writing,
// seeking and closing files (File, Open, Create, OpenFile and its O_ flags, ReadFile,
// WriteFile, Pipe); directories (Mkdir, MkdirAll, MkdirTemp, CreateTemp, TempDir, ReadDir,
// File.ReadDir, Readdir, Readdirnames, Remove, RemoveAll, Rename, Getwd, Chdir, DirFS);
// file information (Stat, Lstat, File.Stat, FileInfo, FileMode, SameFile, Chmod, Chtimes,
// Truncate, Symlink, Readlink, Link); the environment (Getenv, LookupEnv, Setenv, Unsetenv,
// Clearenv, Environ, Expand, ExpandEnv, UserHomeDir, UserConfigDir, UserCacheDir); Args,
// Exit, Hostname, Getpid, Getppid, Getuid, Getgid, Geteuid, Getegid, Getpagesize; and the
// errors: ErrNotExist and its kin (the values of io/fs), *PathError (= fs.PathError),
// *LinkError, *SyscallError, IsExist, IsNotExist, IsPermission.
//
// The system calls are natives in stdlib/os/os.c; the ones that may block (open, read,
// write, stat, reading a directory) let the other goroutines run meanwhile. Errors carry
// a syscall.Errno, so their messages and errors.Is(err, fs.ErrNotExist) are Go's.
//
// Differences from Go: os.Stdout is unbuffered as in Go, but closing Stdin, Stdout or
// Stderr only marks the File closed (the descriptor stays open for the runtime's own
// messages); a File is not safe for concurrent Close and Read/Write; FileInfo.Sys returns
// nil; ModTime is in UTC; there is no Process, exec or deadlines; File.ReadFrom and
// WriteTo copy through a buffer (no sendfile or copy_file_range); writing an empty slice
// makes no system call; an unreachable File is not closed by the collector (close it).
package os

import (
	"errors"
	"io"
	"io/fs"
	"sort"
	"syscall"
	"time"
)

// ---- Errors ----

// Portable analogs of some common system call errors (the same values as io/fs's).
var (
	ErrInvalid    = fs.ErrInvalid    // "invalid argument"
	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"

	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded = errors.New("i/o timeout")
	ErrProcessDone      = errors.New("os: process already finished")
)

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")
var errPatternHasSeparator = errors.New("pattern contains path separator")

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// LinkError records an error during a link or symlink or rename system call and the paths
// that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns, as an error, a new SyscallError with the given system call name
// and error details; nil if err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// underlyingError returns the error a PathError, LinkError or SyscallError wraps.
func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// IsExist reports whether err is known to report that a file or directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist reports whether err is known to report that a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission reports whether err is known to report that permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// IsTimeout reports whether err is known to report that a timeout occurred.
func IsTimeout(err error) bool {
	t, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func pathErr(op, path string, errno int) error {
	return &PathError{Op: op, Path: path, Err: syscall.Errno(errno)}
}

// ---- Natives (stdlib/os/os.c); errno is 0 on success ----

func runtimeArgs() []string
func write(fd int, b []byte) (n int, errno int)
func writeString(fd int, s string) (n int, errno int)
func read(fd int, b []byte) (n int, errno int)
func pread(fd int, b []byte, off int64) (n int, errno int)
func pwrite(fd int, b []byte, off int64) (n int, errno int)
func seek(fd int, off int64, whence int) (pos int64, errno int)
func open(name string, flag int, perm uint32) (fd int, errno int)
func closeFd(fd int) int
func fsync(fd int) int
func ftruncate(fd int, size int64) int
func stat(name string, out []int64, follow bool) int
func fstat(fd int, out []int64) int
func dirents(fd int, buf []byte) (n int, errno int)
func mkdir(name string, perm uint32) int
func remove(name string) int
func rename(from, to string) int
func chmod(name string, mode uint32) int
func symlink(oldname, newname string) int
func link(oldname, newname string) int
func truncate(name string, size int64) int
func chdir(name string) int
func readlink(name string, buf []byte) (n int, errno int)
func utimes(name string, atime, mtime int64, omit int) int
func fchmod(fd int, mode uint32) int
func fchdir(fd int) int
func getwd() (string, int)
func pipe() (r int, w int, errno int)
func hostname() (string, int)
func random() uint32

// ---- Constants ----

// Flags to OpenFile (Linux values). Exactly one of O_RDONLY, O_WRONLY, or O_RDWR must be
// specified.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// Seek whence values (deprecated in Go; use io.SeekStart and the others).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
)

// DevNull is the name of the operating system's "null device".
const DevNull = "/dev/null"

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return c == '/' }

// A FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo = fs.FileInfo

// A DirEntry is an entry read from a directory.
type DirEntry = fs.DirEntry

// The defined file mode bits (those of io/fs).
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular

	ModeType = fs.ModeType
	ModePerm = fs.ModePerm
)

// syscallMode turns a FileMode into the mode bits of open(2), mkdir(2) and chmod(2).
func syscallMode(m FileMode) uint32 {
	o := uint32(m.Perm())
	if m&ModeSetuid != 0 {
		o |= 04000
	}
	if m&ModeSetgid != 0 {
		o |= 02000
	}
	if m&ModeSticky != 0 {
		o |= 01000
	}
	return o
}

// ---- Files ----

// File represents an open file descriptor.
type File struct {
	fd         int
	name       string
	closed     bool
	appendMode bool
	dir        *dirState // reading the entries of a directory
}

// dirState holds entries read from a directory and not yet returned.
type dirState struct {
	buf  []byte // getdents64 batches, rewritten by os.dirents
	text string // the entries not yet returned: type letter, name, NUL
	eof  bool
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input, standard output,
// and standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

// NewFile returns a new File with the given file descriptor and name; nil if fd is not a
// valid file descriptor.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file; ^uintptr(0) if f
// is closed or nil.
func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// checkValid returns the error of an operation op on a nil or closed file, or nil.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Open opens the named file for reading (O_RDONLY).
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file, with mode 0666 (before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile is the generalized open call: it opens the named file with the specified flag
// (O_RDONLY etc.) and, when creating it, the permissions perm (before umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := open(name, flag, syscallMode(perm))
	if e != 0 {
		return nil, pathErr("open", name, e)
	}
	f := NewFile(uintptr(fd), name)
	f.appendMode = flag&O_APPEND != 0
	return f, nil
}

// Close closes the File, rendering it unusable for I/O.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	f.dir = nil
	if f.fd <= 2 {
		return nil // the standard descriptors stay open for the runtime
	}
	if e := closeFd(f.fd); e != 0 {
		return pathErr("close", f.name, e)
	}
	return nil
}

// Read reads up to len(b) bytes from the File and stores them in b. At end of file, Read
// returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := read(f.fd, b)
	if e != 0 {
		return 0, pathErr("read", f.name, e)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes from the File starting at byte offset off. It returns the
// number of bytes read and the error, if any; io.EOF when it stops at the end of the file.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := pread(f.fd, b, off)
		if e != 0 {
			err = pathErr("read", f.name, e)
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := write(f.fd, b)
	if e != 0 {
		return n, pathErr("write", f.name, e)
	}
	if n != len(b) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := writeString(f.fd, s)
	if e != 0 {
		return n, pathErr("write", f.name, e)
	}
	if n != len(s) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// ReadFrom implements io.ReaderFrom: it copies r into the file until EOF or an error.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return io.Copy(fileWriter{f}, r)
}

// WriteTo implements io.WriterTo: it copies the rest of the file into w.
func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	return io.Copy(w, fileReader{f})
}

// fileWriter and fileReader show only Write or Read of a File, so that io.Copy in ReadFrom
// and WriteTo does not come back to them.
type fileWriter struct{ f *File }

func (w fileWriter) Write(b []byte) (int, error) { return w.f.Write(b) }

type fileReader struct{ f *File }

func (r fileReader) Read(b []byte) (int, error) { return r.f.Read(b) }

// WriteAt writes len(b) bytes to the File starting at byte offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	n, e := pwrite(f.fd, b, off)
	if e != 0 {
		return n, pathErr("write", f.name, e)
	}
	return n, nil
}

// Seek sets the offset for the next Read or Write on file to offset, interpreted according
// to whence: 0 means relative to the origin of the file, 1 means relative to the current
// offset, and 2 means relative to the end.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	pos, e := seek(f.fd, offset, whence)
	if e != 0 {
		return 0, pathErr("seek", f.name, e)
	}
	f.dir = nil
	return pos, nil
}

// Sync commits the current contents of the file to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	if e := fsync(f.fd); e != 0 {
		return pathErr("sync", f.name, e)
	}
	return nil
}

// Truncate changes the size of the file.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	if e := ftruncate(f.fd, size); e != 0 {
		return pathErr("truncate", f.name, e)
	}
	return nil
}

// Chmod changes the mode of the file to mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	if e := fchmod(f.fd, syscallMode(mode)); e != 0 {
		return pathErr("chmod", f.name, e)
	}
	return nil
}

// Chdir changes the current working directory to the file, which must be a directory.
func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	if e := fchdir(f.fd); e != 0 {
		return pathErr("chdir", f.name, e)
	}
	return nil
}

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if err := f.checkValid("stat"); err != nil {
		return nil, err
	}
	out := make([]int64, statWords)
	if e := fstat(f.fd, out); e != 0 {
		return nil, pathErr("stat", f.name, e)
	}
	return newFileStat(basename(f.name), out), nil
}

// ---- File information ----

const statWords = 6 // mode, size, mtime seconds, mtime nanoseconds, device, inode

// fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	dev     int64
	ino     int64
}

func newFileStat(name string, v []int64) *fileStat {
	return &fileStat{name: name, mode: FileMode(v[0]), size: v[1],
		modTime: time.Unix(v[2], v[3]), dev: v[4], ino: v[5]}
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return nil }

// basename removes trailing slashes and the leading directory name from path name.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func statPath(op, name string, follow bool) (*fileStat, error) {
	out := make([]int64, statWords)
	if e := stat(name, out, follow); e != 0 {
		return nil, pathErr(op, name, e)
	}
	return newFileStat(basename(name), out), nil
}

// Stat returns a FileInfo describing the named file (following symbolic links).
func Stat(name string) (FileInfo, error) {
	fi, err := statPath("stat", name, true)
	if err != nil {
		return nil, err
	}
	return fi, nil
}

// Lstat returns a FileInfo describing the named file; a symbolic link is described itself.
func Lstat(name string) (FileInfo, error) {
	fi, err := statPath("lstat", name, false)
	if err != nil {
		return nil, err
	}
	return fi, nil
}

// SameFile reports whether fi1 and fi2 describe the same file (same device and inode);
// false for FileInfos that did not come from this package.
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return a.dev == b.dev && a.ino == b.ino
}

// ---- Directories ----

// unixDirent is the DirEntry of ReadDir.
type unixDirent struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *unixDirent) Name() string   { return d.name }
func (d *unixDirent) IsDir() bool    { return d.typ.IsDir() }
func (d *unixDirent) Type() FileMode { return d.typ }
func (d *unixDirent) String() string { return fs.FormatDirEntry(d) }

func (d *unixDirent) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

// direntMode decodes the type letter os.dirents writes.
func direntMode(c byte) (FileMode, bool) {
	switch c {
	case 'd':
		return ModeDir, true
	case '-':
		return 0, true
	case 'L':
		return ModeSymlink, true
	case 'p':
		return ModeNamedPipe, true
	case 'S':
		return ModeSocket, true
	case 'D':
		return ModeDevice, true
	case 'c':
		return ModeDevice | ModeCharDevice, true
	}
	return 0, false
}

// nextEntry returns the next entry of directory f as its type letter and name; ok is
// false at the end of the directory.
func (f *File) nextEntry() (typ byte, name string, ok bool, err error) {
	if f.dir == nil {
		f.dir = &dirState{}
	}
	d := f.dir
	for d.text == "" {
		if d.eof {
			return 0, "", false, nil
		}
		if d.buf == nil {
			d.buf = make([]byte, 8192)
		}
		n, e := dirents(f.fd, d.buf)
		if e == -1 {
			d.eof = true
			continue
		}
		if e != 0 {
			return 0, "", false, pathErr("readdirent", f.name, e)
		}
		d.text = string(d.buf[:n])
	}
	i := 1
	for d.text[i] != 0 {
		i++
	}
	typ, name = d.text[0], d.text[1:i]
	d.text = d.text[i+1:]
	return typ, name, true, nil
}

// readdir reads up to n entries (all for n <= 0), keeping those of the kind mode asks
// for: 0 names, 1 DirEntry values, 2 FileInfo values.
func (f *File) readdir(n int, mode int) (names []string, dirs []DirEntry, infos []FileInfo, err error) {
	if f.closed {
		return nil, nil, nil, &PathError{Op: "readdirent", Path: f.name, Err: ErrClosed}
	}
	if n == 0 {
		n = -1
	}
	for n != 0 {
		typ, name, ok, e := f.nextEntry()
		if e != nil {
			return names, dirs, infos, e
		}
		if !ok {
			break
		}
		switch mode {
		case 0:
			names = append(names, name)
		case 1:
			m, known := direntMode(typ)
			de := &unixDirent{parent: f.name, name: name, typ: m}
			if !known {
				info, err := Lstat(f.name + "/" + name)
				if IsNotExist(err) {
					continue // gone since the directory was read
				}
				if err != nil {
					return nil, dirs, nil, err
				}
				de.typ = info.Mode().Type()
				de.info = info
			}
			dirs = append(dirs, de)
		default:
			info, err := Lstat(f.name + "/" + name)
			if IsNotExist(err) {
				continue
			}
			if err != nil {
				return nil, nil, infos, err
			}
			infos = append(infos, info)
		}
		if n > 0 {
			n--
		}
	}
	if n > 0 && len(names)+len(dirs)+len(infos) == 0 {
		return nil, nil, nil, io.EOF
	}
	return names, dirs, infos, nil
}

// ReadDir reads the contents of the directory associated with the file f and returns a
// slice of DirEntry values in directory order: at most n for n > 0 (io.EOF at the end),
// all the remaining ones for n <= 0.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, dirs, _, err := f.readdir(n, 1)
	if dirs == nil {
		dirs = []DirEntry{}
	}
	return dirs, err
}

// Readdir reads the contents of the directory associated with file and returns a slice of
// up to n FileInfo values, as would be returned by Lstat, in directory order.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, _, infos, err := f.readdir(n, 2)
	if infos == nil {
		infos = []FileInfo{}
	}
	return infos, err
}

// Readdirnames reads the contents of the directory associated with file and returns a
// slice of up to n names of files in the directory, in directory order.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if f == nil {
		return nil, ErrInvalid
	}
	names, _, _, err = f.readdir(n, 0)
	if names == nil {
		names = []string{}
	}
	return names, err
}

// ReadDir reads the named directory, returning all its directory entries sorted by
// filename, and the error, if any, along with the entries read before it.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].Name() < dirs[j].Name() })
	return dirs, err
}

// Mkdir creates a new directory with the specified name and permission bits (before umask).
func Mkdir(name string, perm FileMode) error {
	if e := mkdir(name, syscallMode(perm)); e != 0 {
		return pathErr("mkdir", name, e)
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary parents, and returns
// nil, or else returns an error. It does nothing if path is already a directory.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return pathErr("mkdir", path, int(syscall.ENOTDIR))
	}
	// make the parent first: skip trailing slashes, then the last element
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		// a racing creator, or a trailing "." that made mkdir fail
		if dir, err1 := Lstat(path); err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	if e := remove(name); e != 0 {
		return pathErr("remove", name, e)
	}
	return nil
}

// RemoveAll removes path and any children it contains. It removes everything it can but
// returns the first error it encounters. If the path does not exist, RemoveAll returns nil.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || path == ".." || hasSuffix(path, "/.") || hasSuffix(path, "/..") {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	fi, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !fi.IsDir() {
		return err
	}
	f, oerr := Open(path)
	if oerr != nil {
		if IsNotExist(oerr) {
			return nil
		}
		return oerr
	}
	names, rerr := f.Readdirnames(-1)
	f.Close()
	var first error
	for _, name := range names {
		if e := RemoveAll(path + "/" + name); e != nil && first == nil {
			first = e
		}
	}
	if rerr != nil && first == nil {
		first = rerr
	}
	err = Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	if first != nil {
		return first
	}
	return err
}

func hasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Rename renames (moves) oldpath to newpath. An existing newpath that is not a directory is
// replaced.
func Rename(oldpath, newpath string) error {
	if fi, err := Lstat(newpath); err == nil && fi.IsDir() {
		ofi, err := Lstat(oldpath)
		if err != nil {
			return &LinkError{"rename", oldpath, newpath, underlyingError(err)}
		}
		if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	if e := rename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, syscall.Errno(e)}
	}
	return nil
}

// Chmod changes the mode of the named file to mode.
func Chmod(name string, mode FileMode) error {
	if e := chmod(name, syscallMode(mode)); e != 0 {
		return pathErr("chmod", name, e)
	}
	return nil
}

// Chtimes changes the access and modification times of the named file; a zero time.Time
// leaves that time unchanged.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	omit := 0
	if atime.IsZero() {
		omit |= 1
	}
	if mtime.IsZero() {
		omit |= 2
	}
	if e := utimes(name, atime.UnixNano(), mtime.UnixNano(), omit); e != 0 {
		return pathErr("chtimes", name, e)
	}
	return nil
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	if e := truncate(name, size); e != 0 {
		return pathErr("truncate", name, e)
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := symlink(oldname, newname); e != 0 {
		return &LinkError{"symlink", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

// Link creates newname as a hard link to the oldname file.
func Link(oldname, newname string) error {
	if e := link(oldname, newname); e != 0 {
		return &LinkError{"link", oldname, newname, syscall.Errno(e)}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	for size := 128; ; size *= 2 {
		b := make([]byte, size)
		n, e := readlink(name, b)
		if e != 0 {
			return "", pathErr("readlink", name, e)
		}
		if n < size {
			return string(b[:n]), nil
		}
	}
}

// Getwd returns an absolute path name corresponding to the current directory ($PWD when it
// names the current directory, as in Go).
func Getwd() (dir string, err error) {
	if pwd := Getenv("PWD"); len(pwd) > 0 && pwd[0] == '/' {
		d, err1 := statPath("stat", ".", true)
		p, err2 := statPath("stat", pwd, true)
		if err1 == nil && err2 == nil && SameFile(d, p) {
			return pwd, nil
		}
	}
	dir, e := getwd()
	if e != 0 {
		return "", NewSyscallError("getwd", syscall.Errno(e))
	}
	return dir, nil
}

// Chdir changes the current working directory to the named directory.
func Chdir(dir string) error {
	if e := chdir(dir); e != 0 {
		return pathErr("chdir", dir, e)
	}
	return nil
}

// TempDir returns the default directory to use for temporary files: $TMPDIR, or "/tmp".
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}

// prefixAndSuffix splits pattern at its last "*".
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errPatternHasSeparator
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

func nextRandom() string {
	return uitoa(uint64(random()))
}

func uitoa(v uint64) string {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(buf[i:])
}

// MkdirTemp creates a new temporary directory in the directory dir (TempDir() if empty)
// and returns its path. Its name is pattern with the last "*" (or the end) replaced by a
// random string.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) && try < 10000 {
			continue
		}
		if IsExist(err) {
			return "", &PathError{Op: "mkdirtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}

// CreateTemp creates a new temporary file in the directory dir (TempDir() if empty), opens
// it for reading and writing, and returns the File. Its name is pattern with the last "*"
// (or the end) replaced by a random string.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) && try < 10000 {
			continue
		}
		if IsExist(err) {
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

// ReadFile reads the named file and returns its contents. A successful call returns
// err == nil, not err == EOF.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	if info, err := f.Stat(); err == nil && info.Size() >= int64(size) {
		size = int(info.Size()) + 1 // one more byte to see EOF
	}
	data := make([]byte, 0, size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}

// WriteFile writes data to the named file, creating it if necessary (with perm, before
// umask) or truncating it.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// ---- DirFS ----

// DirFS returns a file system (an fs.FS, also fs.ReadDirFS, fs.ReadFileFS and fs.StatFS)
// for the tree of files rooted at the directory dir. Names are checked with fs.ValidPath.
func DirFS(dir string) fs.FS {
	return dirFS(dir)
}

type dirFS string

// join returns the path of name in the file system, or an error for a bad name.
func (dir dirFS) join(name string) (string, error) {
	if dir == "" {
		return "", errors.New("os: DirFS with empty root")
	}
	if !fs.ValidPath(name) {
		return "", ErrInvalid
	}
	for i := 0; i < len(name); i++ {
		if name[i] == 0 {
			return "", ErrInvalid
		}
	}
	if dir[len(dir)-1] == '/' {
		return string(dir) + name, nil
	}
	return string(dir) + "/" + name, nil
}

// withName puts name back into a *PathError err (it holds the path joined to the root).
func withName(err error, name string) error {
	if e, ok := err.(*PathError); ok {
		e.Path = name
	}
	return err
}

func (dir dirFS) Open(name string) (fs.File, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	f, err := Open(full)
	if err != nil {
		return nil, withName(err, name)
	}
	return f, nil
}

func (dir dirFS) ReadFile(name string) ([]byte, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "readfile", Path: name, Err: err}
	}
	b, err := ReadFile(full)
	if err != nil {
		return nil, withName(err, name)
	}
	return b, nil
}

func (dir dirFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "readdir", Path: name, Err: err}
	}
	entries, err := ReadDir(full)
	if err != nil {
		return nil, withName(err, name)
	}
	return entries, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	full, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	fi, err := Stat(full)
	if err != nil {
		return nil, withName(err, name)
	}
	return fi, nil
}

// ---- Processes and the environment ----

// Exit causes the current program to exit with the given status code. The program
// terminates immediately; deferred functions are not run.
func Exit(code int)

// Getpid returns the process id of the caller.
func Getpid() int

// Getppid returns the process id of the caller's parent.
func Getppid() int

// Getuid returns the numeric user id of the caller.
func Getuid() int

// Getgid returns the numeric group id of the caller.
func Getgid() int

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int

// Getegid returns the numeric effective group id of the caller.
func Getegid() int

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int

// Pipe returns a connected pair of Files; reads from r return bytes written to w.
func Pipe() (r *File, w *File, err error) {
	rfd, wfd, e := pipe()
	if e != 0 {
		return nil, nil, NewSyscallError("pipe2", syscall.Errno(e))
	}
	return NewFile(uintptr(rfd), "|0"), NewFile(uintptr(wfd), "|1"), nil
}

// UserHomeDir returns the current user's home directory ($HOME).
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

// UserConfigDir returns the default root directory to use for user-specific configuration
// data: $XDG_CONFIG_HOME, or $HOME/.config.
func UserConfigDir() (string, error) {
	return xdgDir("XDG_CONFIG_HOME", "/.config")
}

// UserCacheDir returns the default root directory to use for user-specific cached data:
// $XDG_CACHE_HOME, or $HOME/.cache.
func UserCacheDir() (string, error) {
	return xdgDir("XDG_CACHE_HOME", "/.cache")
}

func xdgDir(env, suffix string) (string, error) {
	dir := Getenv(env)
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $" + env + " nor $HOME are defined")
		}
		return dir + suffix, nil
	}
	return dir, nil
}

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	name, e := hostname()
	if e != 0 {
		return "", NewSyscallError("hostname", syscall.Errno(e))
	}
	return name, nil
}

// Getenv retrieves the value of the environment variable named by the key. It returns the
// value, which will be empty if the variable is not present.
func Getenv(key string) string {
	v, _ := syscall.Getenv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the key and reports
// whether it was present.
func LookupEnv(key string) (string, bool) {
	return syscall.Getenv(key)
}

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	if err := syscall.Setenv(key, value); err != nil {
		return NewSyscallError("setenv", err)
	}
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	return syscall.Unsetenv(key)
}

// Clearenv deletes all environment variables.
func Clearenv() {
	syscall.Clearenv()
}

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string {
	return syscall.Environ()
}

// Expand replaces ${var} or $var in the string based on the mapping function.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0 // s[i:j] is not copied yet
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := shellName(s[j+1:])
			if name == "" && w > 0 {
				// a bad ${...}: the characters are eaten
			} else if name == "" {
				buf = append(buf, s[j]) // a lone $
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

// ExpandEnv replaces ${var} or $var in the string according to the values of the current
// environment variables. References to undefined variables are replaced by "".
func ExpandEnv(s string) string { return Expand(s, Getenv) }

func isShellSpecial(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName returns the name after a '$' in s and the number of bytes it takes.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}" is bad syntax
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // no closing brace: the "{" is eaten
	}
	if isShellSpecial(s[0]) {
		return s[0:1], 1
	}
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}
