// Package runtime: the types of run-time errors and the program's view of the runtime.
// Gale always loads this package: the VM makes its panics' values from these types.
package runtime

// Error identifies a run-time error.
type Error interface {
	error
	RuntimeError()
}

// errorString is the type of "runtime error: ..." panics (index out of range, nil
// dereference, division by zero...). The VM stores the message without the prefix.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

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
