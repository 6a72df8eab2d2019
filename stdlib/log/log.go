// Package log is a simple logging package, as Go's log: the whole Go 1.23 API (the
// standard logger behind Print, Fatal, Panic and their f/ln forms; New, Default, Logger
// and its methods; the L* flags with dates, times, microseconds, UTC, file:line through
// runtime.Caller, and Lmsgprefix; Output; SetOutput, Writer, Flags, SetFlags, Prefix,
// SetPrefix). Each entry is formatted into one buffer and written with a single Write
// under the logger's mutex, as in Go. Differences: the Logger guards its flags and prefix
// with that mutex rather than atomics, and log/slog's hook (internal.DefaultOutput) is
// absent, log/slog not existing.
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"
)

// The flags that choose what prefixes each entry.
const (
	Ldate = 1 << iota
	Ltime
	Lmicroseconds
	Llongfile
	Lshortfile
	LUTC
	Lmsgprefix
	LstdFlags = Ldate | Ltime
)

// A Logger writes lines of output to an io.Writer; it may be used from several
// goroutines at once.
type Logger struct {
	mu        sync.Mutex
	out       io.Writer
	prefix    string
	flag      int
	isDiscard bool
}

// New creates a Logger writing to out, starting each line with prefix (or putting the
// prefix before the message with Lmsgprefix), with the given flags.
func New(out io.Writer, prefix string, flag int) *Logger {
	l := new(Logger)
	l.SetOutput(out)
	l.SetPrefix(prefix)
	l.SetFlags(flag)
	return l
}

// SetOutput sets the destination of the logger's output.
func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.out = w
	l.isDiscard = w == io.Discard
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger, which the package-level functions use.
func Default() *Logger { return std }

// appendInt appends i in decimal, zero-padded to wid digits.
func appendInt(buf []byte, i int, wid int) []byte {
	var b [20]byte
	bp := len(b) - 1
	for i >= 10 || wid > 1 {
		wid--
		q := i / 10
		b[bp] = byte('0' + i - q*10)
		bp--
		i = q
	}
	b[bp] = byte('0' + i)
	return append(buf, b[bp:]...)
}

// appendHeader appends the prefix, date, time and place that the flags ask for.
func appendHeader(buf []byte, t time.Time, prefix string, flag int, file string, line int) []byte {
	if flag&Lmsgprefix == 0 {
		buf = append(buf, prefix...)
	}
	if flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if flag&LUTC != 0 {
			t = t.UTC()
		}
		if flag&Ldate != 0 {
			year, month, day := t.Date()
			buf = appendInt(buf, year, 4)
			buf = append(buf, '/')
			buf = appendInt(buf, int(month), 2)
			buf = append(buf, '/')
			buf = appendInt(buf, day, 2)
			buf = append(buf, ' ')
		}
		if flag&(Ltime|Lmicroseconds) != 0 {
			hour, min, sec := t.Clock()
			buf = appendInt(buf, hour, 2)
			buf = append(buf, ':')
			buf = appendInt(buf, min, 2)
			buf = append(buf, ':')
			buf = appendInt(buf, sec, 2)
			if flag&Lmicroseconds != 0 {
				buf = append(buf, '.')
				buf = appendInt(buf, t.Nanosecond()/1e3, 6)
			}
			buf = append(buf, ' ')
		}
	}
	if flag&(Lshortfile|Llongfile) != 0 {
		if flag&Lshortfile != 0 {
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
		}
		buf = append(buf, file...)
		buf = append(buf, ':')
		buf = appendInt(buf, line, -1)
		buf = append(buf, ": "...)
	}
	if flag&Lmsgprefix != 0 {
		buf = append(buf, prefix...)
	}
	return buf
}

// Output writes one entry with message s; calldepth counts the frames between the
// caller to report (Lshortfile, Llongfile) and Output's caller, 1 naming that caller.
func (l *Logger) Output(calldepth int, s string) error {
	return l.output(calldepth+1, s)
}

// output writes an entry; runtime.Caller(calldepth) from here is the frame to report.
func (l *Logger) output(calldepth int, s string) error {
	now := time.Now()
	l.mu.Lock()
	discard, prefix, flag := l.isDiscard, l.prefix, l.flag
	l.mu.Unlock()
	if discard {
		return nil
	}
	var file string
	var line int
	if flag&(Lshortfile|Llongfile) != 0 {
		var ok bool
		_, file, line, ok = runtime.Caller(calldepth)
		if !ok {
			file = "???"
			line = 0
		}
	}
	buf := appendHeader(make([]byte, 0, 64+len(s)), now, prefix, flag, file, line)
	buf = append(buf, s...)
	if len(buf) == 0 || buf[len(buf)-1] != '\n' {
		buf = append(buf, '\n')
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	_, err := l.out.Write(buf)
	return err
}

func (l *Logger) Print(v ...any)                 { l.output(2, fmt.Sprint(v...)) }
func (l *Logger) Printf(format string, v ...any) { l.output(2, fmt.Sprintf(format, v...)) }
func (l *Logger) Println(v ...any)               { l.output(2, fmt.Sprintln(v...)) }

// Fatal, Fatalf and Fatalln log, then end the program with os.Exit(1).
func (l *Logger) Fatal(v ...any) {
	l.output(2, fmt.Sprint(v...))
	os.Exit(1)
}
func (l *Logger) Fatalf(format string, v ...any) {
	l.output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}
func (l *Logger) Fatalln(v ...any) {
	l.output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic, Panicf and Panicln log, then panic with the message as a string.
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.output(2, s)
	panic(s)
}
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.output(2, s)
	panic(s)
}
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.output(2, s)
	panic(s)
}

func (l *Logger) Flags() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flag
}

func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.flag = flag
}

func (l *Logger) Prefix() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.prefix
}

func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prefix = prefix
}

// Writer returns the logger's destination.
func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out
}

// ---- the standard logger ----

func SetOutput(w io.Writer)     { std.SetOutput(w) }
func Flags() int                { return std.Flags() }
func SetFlags(flag int)         { std.SetFlags(flag) }
func Prefix() string            { return std.Prefix() }
func SetPrefix(prefix string)   { std.SetPrefix(prefix) }
func Writer() io.Writer         { return std.Writer() }

func Print(v ...any)                 { std.output(2, fmt.Sprint(v...)) }
func Printf(format string, v ...any) { std.output(2, fmt.Sprintf(format, v...)) }
func Println(v ...any)               { std.output(2, fmt.Sprintln(v...)) }

func Fatal(v ...any) {
	std.output(2, fmt.Sprint(v...))
	os.Exit(1)
}
func Fatalf(format string, v ...any) {
	std.output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}
func Fatalln(v ...any) {
	std.output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.output(2, s)
	panic(s)
}
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.output(2, s)
	panic(s)
}
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.output(2, s)
	panic(s)
}

// Output writes an entry through the standard logger; calldepth as Logger.Output.
func Output(calldepth int, s string) error {
	return std.output(calldepth+1, s)
}
