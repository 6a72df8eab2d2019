// Package oserror holds the portable errors of failed file operations, as Go's
// internal/oserror: package syscall (Errno.Is), io/fs and os all refer to these same
// values, so that errors.Is(err, fs.ErrNotExist) and errors.Is(err, os.ErrNotExist) agree.
package oserror

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
