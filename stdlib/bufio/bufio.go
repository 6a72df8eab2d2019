// Package bufio puts a memory buffer in front of an io.Reader or io.Writer, as Go's bufio:
//
//   - Reader: NewReader, NewReaderSize, Reset, Size, Buffered, Peek, Discard, Read, ReadByte,
//     UnreadByte, ReadRune, UnreadRune, ReadSlice, ReadLine, ReadBytes, ReadString, WriteTo.
//   - Writer: NewWriter, NewWriterSize, Reset, Size, Available, AvailableBuffer, Buffered,
//     Flush, Write, WriteByte, WriteRune, WriteString, ReadFrom.
//   - ReadWriter (a Reader and a Writer side by side) and NewReadWriter.
//   - Scanner (NewScanner, Buffer, Split, Scan, Bytes, Text, Err) with the split functions
//     ScanLines, ScanWords, ScanRunes, ScanBytes, and MaxScanTokenSize.
//
// Written for Gale from Go 1.23's documented contract. Where the documentation is silent
// (which calls reach the wrapped reader or writer, with what sizes and in what order; when
// an error is reported; panic texts; buffer sizes) it follows Go's observable behaviour,
// pinned down by the golden tests in tests/golden/bufio (*_edges.go log every call).
// The byte searches go through package bytes.
//
// The numbers that shape the behaviour:
//   - a Reader's buffer is 4096 bytes by default and never smaller than 16; a Writer's is
//     4096 bytes when the requested size is not positive;
//   - a source that returns (0, nil) 100 times in a row yields io.ErrNoProgress;
//   - a Scanner starts with 4096 bytes (unless given a buffer), doubles it while a token
//     does not fit, and gives up with ErrTooLong at the maximum token size (64 KiB unless
//     Buffer says otherwise); 100 empty tokens at end of input without progress panic.
//
// Differences from Go: none known.
package bufio

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

const (
	defaultSize     = 4096 // buffer size of NewReader and NewWriter
	smallestReadBuf = 16   // NewReaderSize rounds smaller requests up to this
	emptyReadLimit  = 100  // (0, nil) reads tolerated in a row before io.ErrNoProgress
)

// Errors of the Reader and Writer; the texts are Go's.
var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

// Panic values for wrapped readers and writers that report a negative byte count.
var (
	errReadNegative  = errors.New("bufio: reader returned negative count from Read")
	errWriteNegative = errors.New("bufio: writer returned negative count from Write")
)

/* ---- Reader ---- */

// Reader buffers an io.Reader. The bytes read from the source but not yet handed out are
// buf[head:tail]; a read error from the source is parked in err and reported once the
// buffered bytes before it are consumed. prevByte and prevRune remember what the last
// reading call returned, so that UnreadByte and UnreadRune can step back (-1: nothing to
// undo).
type Reader struct {
	buf        []byte
	src        io.Reader
	head, tail int
	err        error
	prevByte   int
	prevRune   int
}

// NewReader returns a Reader with the default buffer size.
func NewReader(rd io.Reader) *Reader {
	return NewReaderSize(rd, defaultSize)
}

// NewReaderSize returns a Reader whose buffer holds at least size bytes (16 at the least).
// If rd already is a Reader with a buffer that large, rd itself is returned.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if already, ok := rd.(*Reader); ok && len(already.buf) >= size {
		return already
	}
	if size < smallestReadBuf {
		size = smallestReadBuf
	}
	b := &Reader{}
	b.attach(make([]byte, size), rd)
	return b
}

// attach starts b afresh on buf and src, dropping everything buffered.
func (b *Reader) attach(buf []byte, src io.Reader) {
	b.buf = buf
	b.src = src
	b.head, b.tail = 0, 0
	b.err = nil
	b.forgetPrev()
}

// forgetPrev makes the next UnreadByte and UnreadRune fail.
func (b *Reader) forgetPrev() {
	b.prevByte = -1
	b.prevRune = -1
}

// Reset discards the buffered data and the parked error and reads from r from now on. A
// zero Reader gets a default-sized buffer; resetting a Reader onto itself does nothing.
func (b *Reader) Reset(r io.Reader) {
	if same, ok := r.(*Reader); ok && same == b {
		return
	}
	if b.buf == nil {
		b.buf = make([]byte, defaultSize)
	}
	b.attach(b.buf, r)
}

// Size returns the length of the buffer.
func (b *Reader) Size() int { return len(b.buf) }

// Buffered returns how many bytes can be read without touching the source.
func (b *Reader) Buffered() int { return b.tail - b.head }

// takeErr returns the parked error and clears it.
func (b *Reader) takeErr() error {
	err := b.err
	b.err = nil
	return err
}

// fill moves the unread bytes to the front of the buffer and reads once more from the
// source into the free space after them. Empty reads are retried up to emptyReadLimit
// times; any error is parked in b.err. The buffer must not be full.
func (b *Reader) fill() {
	if b.head > 0 {
		b.tail = copy(b.buf, b.buf[b.head:b.tail])
		b.head = 0
	}
	if b.tail >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for tries := 0; tries < emptyReadLimit; tries++ {
		n, err := b.src.Read(b.buf[b.tail:])
		if n < 0 {
			panic(errReadNegative)
		}
		b.tail += n
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

// Peek returns the next n bytes without consuming them; the slice stays valid until the
// next reading call. Fewer than n bytes come with the reason: ErrBufferFull when n is
// larger than the buffer, else the source's error (ErrBufferFull if it had none).
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.forgetPrev()
	for b.Buffered() < n && b.Buffered() < len(b.buf) && b.err == nil {
		b.fill()
	}
	if n > len(b.buf) {
		return b.buf[b.head:b.tail], ErrBufferFull
	}
	if have := b.Buffered(); have < n {
		err := b.takeErr()
		if err == nil {
			err = ErrBufferFull
		}
		return b.buf[b.head : b.head+have], err
	}
	return b.buf[b.head : b.head+n], nil
}

// Discard skips the next n bytes and returns how many it skipped; fewer than n only with
// the source's error.
func (b *Reader) Discard(n int) (int, error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return 0, nil
	}
	b.forgetPrev()
	left := n
	for {
		step := b.Buffered()
		if step == 0 {
			b.fill()
			step = b.Buffered()
		}
		if step > left {
			step = left
		}
		b.head += step
		left -= step
		if left == 0 {
			return n, nil
		}
		if b.err != nil {
			return n - left, b.takeErr()
		}
	}
}

// Read copies buffered bytes into p; with nothing buffered it calls the source's Read at
// most once, straight into p when p is at least as large as the buffer.
func (b *Reader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.takeErr()
	}
	if b.head == b.tail {
		if b.err != nil {
			return 0, b.takeErr()
		}
		if len(p) >= len(b.buf) {
			// A large read: copying through the buffer would gain nothing.
			n, err := b.src.Read(p)
			if n < 0 {
				panic(errReadNegative)
			}
			b.err = err
			if n > 0 {
				b.prevByte = int(p[n-1])
				b.prevRune = -1
			}
			return n, b.takeErr()
		}
		b.head, b.tail = 0, 0
		n, err := b.src.Read(b.buf)
		if n < 0 {
			panic(errReadNegative)
		}
		b.err = err
		if n == 0 {
			return 0, b.takeErr()
		}
		b.tail = n
	}
	n := copy(p, b.buf[b.head:b.tail])
	b.head += n
	b.prevByte = int(b.buf[b.head-1])
	b.prevRune = -1
	return n, nil
}

// ReadByte returns the next byte, or the source's error when none is left.
func (b *Reader) ReadByte() (byte, error) {
	b.prevRune = -1
	for b.head == b.tail {
		if b.err != nil {
			return 0, b.takeErr()
		}
		b.fill()
	}
	c := b.buf[b.head]
	b.head++
	b.prevByte = int(c)
	return c, nil
}

// UnreadByte puts back the last byte read by a reading call (not Peek, Discard or
// WriteTo). It fails if that byte is no longer in the buffer.
func (b *Reader) UnreadByte() error {
	if b.prevByte < 0 || (b.head == 0 && b.tail > 0) {
		return ErrInvalidUnreadByte
	}
	if b.head > 0 {
		b.head--
	} else {
		// The buffer is empty (a large Read went around it): rebuild it with that byte.
		b.tail = 1
	}
	b.buf[b.head] = byte(b.prevByte)
	b.forgetPrev()
	return nil
}

// ReadRune decodes the next UTF-8 rune; an invalid encoding gives (utf8.RuneError, 1).
func (b *Reader) ReadRune() (rune, int, error) {
	for b.head+utf8.UTFMax > b.tail && !utf8.FullRune(b.buf[b.head:b.tail]) &&
		b.err == nil && b.Buffered() < len(b.buf) {
		b.fill()
	}
	b.prevRune = -1
	if b.head == b.tail {
		return 0, 0, b.takeErr()
	}
	r, size := rune(b.buf[b.head]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.buf[b.head:b.tail])
	}
	b.head += size
	b.prevByte = int(b.buf[b.head-1])
	b.prevRune = size
	return r, size, nil
}

// UnreadRune puts back the rune of the previous call, which must have been ReadRune.
func (b *Reader) UnreadRune() error {
	if b.prevRune < 0 || b.head < b.prevRune {
		return ErrInvalidUnreadRune
	}
	b.head -= b.prevRune
	b.forgetPrev()
	return nil
}

// ReadSlice returns the bytes up to and including the next delim as a view of the buffer,
// valid until the next reading call. Without delim it returns what it has with the
// source's error, or the whole buffer with ErrBufferFull when the buffer filled up first.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0 // bytes after head already known to hold no delim
	for {
		if i := bytes.IndexByte(b.buf[b.head+searched:b.tail], delim); i >= 0 {
			end := b.head + searched + i + 1
			line = b.buf[b.head:end]
			b.head = end
			break
		}
		if b.err != nil {
			line = b.buf[b.head:b.tail]
			b.head = b.tail
			err = b.takeErr()
			break
		}
		if b.Buffered() >= len(b.buf) {
			b.head = b.tail
			line = b.buf
			err = ErrBufferFull
			break
		}
		searched = b.Buffered()
		b.fill()
	}
	if len(line) > 0 {
		b.prevByte = int(line[len(line)-1])
		b.prevRune = -1
	}
	return line, err
}

// ReadLine returns one line without its "\n" or "\r\n", as a view of the buffer. A line
// longer than the buffer comes in pieces, each but the last with isPrefix set; a "\r"
// that ends a piece is held back so that a "\r\n" is never split. At the end of input it
// returns a final line without newline, then (nil, false, err).
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		if n := len(line); n > 0 && line[n-1] == '\r' {
			if b.head == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.head--
			line = line[:n-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return line, false, err
	}
	err = nil
	if n := len(line); line[n-1] == '\n' {
		if n > 1 && line[n-2] == '\r' {
			line = line[:n-2]
		} else {
			line = line[:n-1]
		}
	}
	return line, false, nil
}

// readPieces reads up to and including delim however long that is: the buffer-sized
// pieces that came with ErrBufferFull are copied into full, the last piece (still a view
// of the buffer) is last, and total counts the bytes of both.
func (b *Reader) readPieces(delim byte) (full [][]byte, last []byte, total int, err error) {
	for {
		piece, perr := b.ReadSlice(delim)
		if perr != ErrBufferFull {
			last, err = piece, perr
			break
		}
		saved := bytes.Clone(piece)
		full = append(full, saved)
		total += len(saved)
	}
	total += len(last)
	return full, last, total, err
}

// ReadBytes returns a fresh copy of the bytes up to and including delim; without delim,
// what was read and the error that stopped it.
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	full, last, total, err := b.readPieces(delim)
	out := make([]byte, total)
	at := 0
	for _, piece := range full {
		at += copy(out[at:], piece)
	}
	copy(out[at:], last)
	return out, err
}

// ReadString is ReadBytes returning a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	full, last, total, err := b.readPieces(delim)
	var sb strings.Builder
	sb.Grow(total)
	for _, piece := range full {
		sb.Write(piece)
	}
	sb.Write(last)
	return sb.String(), err
}

// spill writes the buffered bytes to w once and consumes what w took.
func (b *Reader) spill(w io.Writer) (int64, error) {
	n, err := w.Write(b.buf[b.head:b.tail])
	if n < 0 {
		panic(errWriteNegative)
	}
	b.head += n
	return int64(n), err
}

// WriteTo writes the buffered bytes and then everything left in the source to w. After
// the buffer it hands over to the source's WriteTo or w's ReadFrom when there is one;
// otherwise it copies through the buffer. Reaching io.EOF is success.
func (b *Reader) WriteTo(w io.Writer) (int64, error) {
	b.forgetPrev()
	total, err := b.spill(w)
	if err != nil {
		return total, err
	}
	if wt, ok := b.src.(io.WriterTo); ok {
		n, err := wt.WriteTo(w)
		return total + n, err
	}
	if rf, ok := w.(io.ReaderFrom); ok {
		n, err := rf.ReadFrom(b.src)
		return total + n, err
	}
	if b.Buffered() < len(b.buf) {
		b.fill()
	}
	for b.head < b.tail {
		n, err := b.spill(w)
		total += n
		if err != nil {
			return total, err
		}
		b.fill()
	}
	if b.err == io.EOF {
		b.err = nil
	}
	return total, b.takeErr()
}

/* ---- Writer ---- */

// Writer buffers an io.Writer: bytes collect in buf[:used] until it is full or Flush is
// called. The first error of the destination sticks in err: every later write and Flush
// returns it until Reset.
type Writer struct {
	buf  []byte
	used int
	dst  io.Writer
	err  error
}

// NewWriter returns a Writer with the default buffer size.
func NewWriter(w io.Writer) *Writer {
	return NewWriterSize(w, defaultSize)
}

// NewWriterSize returns a Writer with a buffer of size bytes (the default when size is not
// positive). If w already is a Writer with a buffer that large, w itself is returned.
func NewWriterSize(w io.Writer, size int) *Writer {
	if already, ok := w.(*Writer); ok && len(already.buf) >= size {
		return already
	}
	if size <= 0 {
		size = defaultSize
	}
	return &Writer{buf: make([]byte, size), dst: w}
}

// Reset drops the unflushed data and the sticky error and writes to w from now on. A zero
// Writer gets a default-sized buffer; resetting a Writer onto itself does nothing.
func (b *Writer) Reset(w io.Writer) {
	if same, ok := w.(*Writer); ok && same == b {
		return
	}
	if b.buf == nil {
		b.buf = make([]byte, defaultSize)
	}
	b.used = 0
	b.err = nil
	b.dst = w
}

// Size returns the length of the buffer.
func (b *Writer) Size() int { return len(b.buf) }

// Available returns how many bytes fit in the buffer before it must be flushed.
func (b *Writer) Available() int { return len(b.buf) - b.used }

// AvailableBuffer returns an empty slice over the free part of the buffer, to append to and
// pass to Write right away.
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.used:][:0] }

// Buffered returns how many bytes wait to be flushed.
func (b *Writer) Buffered() int { return b.used }

// Flush writes the buffered bytes to the destination. A short write without an error counts
// as io.ErrShortWrite; after a failure the unwritten bytes stay buffered and the error
// sticks.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.used == 0 {
		return nil
	}
	n, err := b.dst.Write(b.buf[:b.used])
	if err == nil && n < b.used {
		err = io.ErrShortWrite
	}
	if err == nil {
		b.used = 0
		return nil
	}
	if n > 0 && n < b.used {
		copy(b.buf, b.buf[n:b.used])
	}
	b.used -= n
	b.err = err
	return err
}

// Write buffers p. Data that does not fit is flushed as the buffer fills; when the buffer
// is empty and p is larger than the free space, p goes to the destination directly.
func (b *Writer) Write(p []byte) (int, error) {
	total := 0
	for len(p) > b.Available() && b.err == nil {
		var n int
		if b.used == 0 {
			n, b.err = b.dst.Write(p)
		} else {
			n = copy(b.buf[b.used:], p)
			b.used += n
			b.Flush()
		}
		total += n
		p = p[n:]
	}
	if b.err != nil {
		return total, b.err
	}
	n := copy(b.buf[b.used:], p)
	b.used += n
	return total + n, nil
}

// WriteString is Write for a string; a large string meeting an empty buffer goes to the
// destination's WriteString when it has one.
func (b *Writer) WriteString(s string) (int, error) {
	total := 0
	checked := false // whether dst was tested for io.StringWriter yet
	var sw io.StringWriter
	for len(s) > b.Available() && b.err == nil {
		if !checked {
			sw, _ = b.dst.(io.StringWriter)
			checked = true
		}
		var n int
		if b.used == 0 && sw != nil {
			n, b.err = sw.WriteString(s)
		} else {
			n = copy(b.buf[b.used:], s)
			b.used += n
			b.Flush()
		}
		total += n
		s = s[n:]
	}
	if b.err != nil {
		return total, b.err
	}
	n := copy(b.buf[b.used:], s)
	b.used += n
	return total + n, nil
}

// WriteByte buffers one byte.
func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.used] = c
	b.used++
	return nil
}

// WriteRune buffers the UTF-8 encoding of r and returns its length.
func (b *Writer) WriteRune(r rune) (int, error) {
	if uint32(r) < utf8.RuneSelf {
		if err := b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.Available() < utf8.UTFMax {
		b.Flush()
		if b.err != nil {
			return 0, b.err
		}
		if b.Available() < utf8.UTFMax {
			// A buffer smaller than a rune: go through WriteString.
			return b.WriteString(string(r))
		}
	}
	n := utf8.EncodeRune(b.buf[b.used:], r)
	b.used += n
	return n, nil
}

// ReadFrom copies r to the destination through the buffer until io.EOF. Whenever the
// buffer is empty and the destination has ReadFrom, the rest is handed over to it. io.EOF
// is not an error; a buffer filled exactly by the last read is flushed.
func (b *Writer) ReadFrom(r io.Reader) (int64, error) {
	if b.err != nil {
		return 0, b.err
	}
	rf, canHandOver := b.dst.(io.ReaderFrom)
	var total int64
	var err error
	for {
		if b.Available() == 0 {
			if ferr := b.Flush(); ferr != nil {
				return total, ferr
			}
		}
		if canHandOver && b.used == 0 {
			n, rerr := rf.ReadFrom(r)
			b.err = rerr
			return total + n, rerr
		}
		n := 0
		empty := 0
		for {
			n, err = r.Read(b.buf[b.used:])
			if n != 0 || err != nil {
				break
			}
			empty++
			if empty == emptyReadLimit {
				return total, io.ErrNoProgress
			}
		}
		b.used += n
		total += int64(n)
		if err != nil {
			break
		}
	}
	if err != io.EOF {
		return total, err
	}
	if b.Available() == 0 {
		return total, b.Flush()
	}
	return total, nil
}

/* ---- ReadWriter ---- */

// ReadWriter joins a Reader and a Writer into one io.ReadWriter.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter returns a ReadWriter reading from r and writing to w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter {
	return &ReadWriter{r, w}
}

/* ---- Scanner ---- */

// MaxScanTokenSize is the default limit on the size of a token (and of the Scanner's
// buffer); Scanner.Buffer changes it.
const MaxScanTokenSize = 64 * 1024

const firstScanBuf = 4096 // first buffer of a Scanner not given one

// Errors of the Scanner; the texts are Go's.
var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
)

// ErrFinalToken, returned by a split function, ends the scan without an error; the token
// returned with it, if not nil, is the last one (possibly empty).
var ErrFinalToken = errors.New("final token")

// SplitFunc cuts the next token off the front of data: it returns how many bytes to
// consume, the token (nil for none yet) and an error that stops the scan. atEOF says that
// no more data will come.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// Scanner splits a reader's contents into tokens. The unconsumed input is buf[lo:hi].
// err holds the first reader or split error (io.EOF when the input simply ended). empty
// counts tokens delivered at end of input without consuming anything.
type Scanner struct {
	src      io.Reader
	split    SplitFunc
	maxTok   int
	tok      []byte
	buf      []byte
	lo, hi   int
	err      error
	empty    int
	started  bool
	finished bool
}

// NewScanner returns a Scanner reading r, split into lines.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{src: r, split: ScanLines, maxTok: MaxScanTokenSize}
}

// Err returns the first error of the scan, nil when it ended at io.EOF.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes returns the latest token; the bytes may be overwritten by the next Scan.
func (s *Scanner) Bytes() []byte { return s.tok }

// Text returns the latest token as a fresh string.
func (s *Scanner) Text() string { return string(s.tok) }

// Buffer gives the Scanner buf's full capacity as its first buffer and max as the largest
// buffer (hence token) it may grow to. It panics once scanning has started.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.started {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.maxTok = max
}

// Split sets the split function. It panics once scanning has started.
func (s *Scanner) Split(split SplitFunc) {
	if s.started {
		panic("Split called after Scan")
	}
	s.split = split
}

// fail records err unless an error other than io.EOF is already recorded.
func (s *Scanner) fail(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Scan moves to the next token, returning false at the end of input or on an error.
// Each round asks the split function about the unconsumed input (when there is some, or at
// the end with none left, to let it produce a last token); if that gives no token, more
// input is read, after making room for it.
func (s *Scanner) Scan() bool {
	if s.finished {
		return false
	}
	s.started = true
	for {
		if s.hi > s.lo || s.err != nil {
			advance, tok, err := s.split(s.buf[s.lo:s.hi], s.err != nil)
			if err == ErrFinalToken {
				s.tok = tok
				s.finished = true
				return tok != nil
			}
			if err != nil {
				s.fail(err)
				return false
			}
			if advance < 0 {
				s.fail(ErrNegativeAdvance)
				return false
			}
			if advance > s.hi-s.lo {
				s.fail(ErrAdvanceTooFar)
				return false
			}
			s.lo += advance
			s.tok = tok
			if tok != nil {
				s.countEmpty(advance)
				return true
			}
		}
		if s.err != nil {
			// The input is over and no token came out of what is left.
			s.lo, s.hi = 0, 0
			return false
		}
		if !s.makeRoom() {
			return false
		}
		s.readInput()
	}
}

// countEmpty watches for a split function that keeps returning tokens at the end of input
// without consuming anything, which would never end; it panics after emptyReadLimit.
func (s *Scanner) countEmpty(advance int) {
	if s.err == nil || advance > 0 {
		s.empty = 0
		return
	}
	s.empty++
	if s.empty > emptyReadLimit {
		panic("bufio.Scan: too many empty tokens without progressing")
	}
}

// makeRoom makes space after buf[lo:hi] for more input: it moves the unconsumed bytes to
// the front when the buffer is full or more than half consumed, and doubles a full buffer
// up to maxTok (ErrTooLong beyond it, and false).
func (s *Scanner) makeRoom() bool {
	if s.lo > 0 && (s.hi == len(s.buf) || s.lo > len(s.buf)/2) {
		s.hi = copy(s.buf, s.buf[s.lo:s.hi])
		s.lo = 0
	}
	if s.hi < len(s.buf) {
		return true
	}
	const maxInt = int(^uint(0) >> 1)
	if len(s.buf) >= s.maxTok || len(s.buf) > maxInt/2 {
		s.fail(ErrTooLong)
		return false
	}
	size := 2 * len(s.buf)
	if size == 0 {
		size = firstScanBuf
	}
	if size > s.maxTok {
		size = s.maxTok
	}
	bigger := make([]byte, size)
	s.hi = copy(bigger, s.buf[s.lo:s.hi])
	s.lo = 0
	s.buf = bigger
	return true
}

// readInput reads once into the free end of the buffer, retrying empty reads up to
// emptyReadLimit times (then io.ErrNoProgress). A count outside the free space is
// ErrBadReadCount.
func (s *Scanner) readInput() {
	for tries := 0; ; {
		n, err := s.src.Read(s.buf[s.hi:len(s.buf)])
		if n < 0 || n > len(s.buf)-s.hi {
			s.fail(ErrBadReadCount)
			return
		}
		s.hi += n
		if err != nil {
			s.fail(err)
			return
		}
		if n > 0 {
			s.empty = 0
			return
		}
		tries++
		if tries > emptyReadLimit {
			s.fail(io.ErrNoProgress)
			return
		}
	}
}

/* ---- Split functions ---- */

// ScanBytes makes each byte a token.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[:1], nil
}

// badRune is the token for a byte that does not start a valid UTF-8 encoding.
var badRune = []byte(string(utf8.RuneError))

// ScanRunes makes each UTF-8 rune a token; each byte of an invalid encoding gives the
// token "\uFFFD".
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[:1], nil
	}
	if _, size := utf8.DecodeRune(data); size > 1 {
		return size, data[:size], nil
	}
	// One byte that decodes to nothing: maybe the start of a rune cut short.
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	return 1, badRune, nil
}

// trimCR drops one trailing '\r'.
func trimCR(line []byte) []byte {
	if n := len(line); n > 0 && line[n-1] == '\r' {
		return line[:n-1]
	}
	return line
}

// ScanLines makes each line a token, without its "\n" or "\r\n"; the last line may lack
// the newline, and an empty last line is no token.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return i + 1, trimCR(data[:i]), nil
	}
	if atEOF {
		return len(data), trimCR(data), nil
	}
	return 0, nil, nil
}

// isSpace reports whether r is white space in the sense of unicode.IsSpace (listed here
// to avoid the table look-up).
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0,
		0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// ScanWords makes each run of non-space runes a token, skipping the white space around.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) {
		r, size := utf8.DecodeRune(data[start:])
		if !isSpace(r) {
			break
		}
		start += size
	}
	for i := start; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if isSpace(r) {
			return i + size, data[start:i], nil
		}
		i += size
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	// Only white space so far (consume it), or a word that may go on.
	return start, nil, nil
}
