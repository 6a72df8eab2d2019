// Package runtime: the types of run-time errors and the program's view of the runtime
// (GOOS, GOARCH, Version, Gosched, Goexit, GOMAXPROCS, NumGoroutine, NumCPU, GC,
// ReadMemStats, LockOSThread, and the stack: Caller, Callers, CallersFrames, FuncForPC,
// Stack). Gale always loads this package: the VM makes its panics' values from these types.
//
// Differences from Go: program counters are addresses of Gale bytecode, so their values
// and Func.Entry differ from Go's; Stack's text is Gale's traceback format (arguments as
// "(...)", offsets of bytecode), the one of an unrecovered panic; wrapper functions never
// appear in Callers (Go elides most of them too); Frame.Func is never nil (Go's is for
// inlined calls); files of the standard library are Gale's sources; the run-time errors
// errorString and boundsError are string types (%#v shows the message, not Go's fields).
package runtime

// Error identifies a run-time error.
type Error interface {
	error
	RuntimeError()
}

// errorString is the type of the other "runtime error: ..." panics (nil
// dereference, division by zero...). The VM stores the message without the prefix.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// boundsError is the type of the index, slice bounds and slice to array conversion errors.
// The VM stores the message without the prefix (Go's holds the numbers in fields).
type boundsError string

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string { return "runtime error: " + string(e) }

// plainError is a run-time error whose message has no "runtime error: " prefix
// (assignment to entry in nil map, send on closed channel...).
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string { return string(e) }

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	_interface    string
	concrete      string
	asserted      string
	missingMethod string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e._interface != "" {
		inter = e._interface
	}
	as := e.asserted
	if e.concrete == "" {
		return "interface conversion: " + inter + " is nil, not " + as
	}
	if e.missingMethod == "" {
		msg := "interface conversion: " + inter + " is " + e.concrete + ", not " + as
		if e.concrete == as {
			msg += " (types from different packages)"
		}
		return msg
	}
	return "interface conversion: " + e.concrete + " is not " + as +
		": missing method " + e.missingMethod
}

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gale"

// Version returns the Go version whose semantics Gale follows.
func Version() string { return "go1.23" }

// A PanicNilError happens when code calls panic(nil).
type PanicNilError struct {
	_ [1]int
}

func (*PanicNilError) Error() string { return "panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}

// GaleReplBoundary turns on the output that the REPL suppresses while it replays earlier
// inputs (Gale-specific; not part of Go's runtime package).
func GaleReplBoundary()

// Gosched yields the processor, allowing other goroutines to run. It does not suspend the
// current goroutine, so execution resumes automatically.
func Gosched()

// Goexit terminates the goroutine that calls it. No other goroutine is affected. Goexit runs
// all deferred calls before terminating the goroutine; it is not a panic, so recover returns
// nil in those deferred calls. Calling Goexit from the main goroutine terminates that
// goroutine without func main returning: the program goes on with the other goroutines and
// crashes if they all exit.
func Goexit()

// LockOSThread wires the calling goroutine to its current operating system thread: it will
// always execute in that thread, and no other goroutine will, until it has made as many
// calls to UnlockOSThread as to LockOSThread. A goroutine that exits while wired unwires its
// thread (Go terminates the thread instead).
func LockOSThread()

// UnlockOSThread undoes an earlier call to LockOSThread; without one it does nothing.
func UnlockOSThread()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// worldsema serializes GOMAXPROCS calls: changing the number of Ps stops the world.
var worldsema = make(chan struct{}, 1)

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and
// returns the previous setting. If n < 1, it does not change the current setting.
func GOMAXPROCS(n int) int {
	worldsema <- struct{}{}
	prev := gomaxprocs(n)
	for prev < 0 { // a collection had stopped the world
		Gosched()
		prev = gomaxprocs(n)
	}
	<-worldsema
	return prev
}

// gomaxprocs sets the number of Ps; -1 when another stop-the-world was under way.
func gomaxprocs(n int) int

// GC runs a garbage collection and blocks the caller until it is complete (sweeping
// included).
func GC() {
	for !gcCollect() { // another collection had stopped the world: let it finish
		Gosched()
	}
}

func gcCollect() bool

// A MemStats records statistics about the memory allocator (Go's fields and meanings; Gale
// leaves Lookups, MSpan*, MCache*, BuckHashSys and BySize zero, and counts its span
// metadata in GCSys).
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats populates m with memory allocator statistics, with the world stopped.
func ReadMemStats(m *MemStats) {
	for !readMemStats(m) { // a collection had stopped the world
		Gosched()
	}
}

func readMemStats(m *MemStats) bool

// ---- The stack as the program sees it (natives in vm/stack.c) ----

// Caller reports file and line number information about function invocations on the
// calling goroutine's stack: skip 0 is the caller of Caller. The file is absolute, as Go's;
// pc can be given to FuncForPC. ok is false when the stack is not that deep.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers fills pc with the return program counters of function invocations on the
// calling goroutine's stack (skip 0: Callers itself, 1: its caller) and returns how many
// it wrote. CallersFrames turns them into functions, files and lines.
func Callers(skip int, pc []uintptr) int {
	return callers(skip, pc)
}

func callers(skip int, pc []uintptr) int

func funcInfo(pc uintptr) (name, file string, line int, entry uintptr, ok bool)

// Stack formats a stack trace of the calling goroutine into buf and returns the number of
// bytes written (at most len(buf)). If all is true, Stack formats the stack traces of all
// other goroutines after the current one, with the world stopped. The format is Gale's
// traceback format (that of an unrecovered panic).
func Stack(buf []byte, all bool) int {
	for {
		n := stack(buf, all)
		if n >= 0 {
			return n
		}
		Gosched() // a collection had stopped the world
	}
}

func stack(buf []byte, all bool) int

// A Func represents a function in the running program.
type Func struct {
	name  string
	file  string
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the given program
// counter address, or else nil.
func FuncForPC(pc uintptr) *Func {
	name, file, _, entry, ok := funcInfo(pc)
	if !ok {
		return nil
	}
	return &Func{name, file, entry}
}

// Name returns the name of the function: "main.f", "main.(*T).M", "main.main.func1".
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the file name and line number of the source code corresponding to the
// program counter pc (a pc of another function gives that function's file and line).
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line, _, ok := funcInfo(pc)
	if !ok {
		return "?", 0
	}
	return file, line
}

// Frames may be used to get function/file/line information for a slice of PC values
// returned by Callers.
type Frames struct {
	callers []uintptr
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	// PC is the program counter for the location in this frame: for a frame that calls
	// another, the call instruction's.
	PC uintptr
	// Func is the Func value of this call frame, or nil.
	Func *Func
	// Function is the package path-qualified function name of this call frame.
	Function string
	// File and Line are the file name and line number of the location in this frame.
	File string
	Line int
	// Entry point program counter for the function.
	Entry uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to return
// function/file/line information. Do not change the slice until you are done with the
// Frames.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice of PC values,
// whether there are more frames after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		name, file, line, entry, ok := funcInfo(pc)
		if !ok {
			continue
		}
		frame = Frame{PC: pc - 1, Func: &Func{name, file, entry}, Function: name, File: file,
			Line: line, Entry: entry}
		return frame, len(ci.callers) > 0
	}
	return Frame{}, false
}
