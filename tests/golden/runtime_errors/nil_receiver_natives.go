// Nil receivers and nil pointer arguments of standard-library methods and functions that
// Gale implements with natives: each panics as Go does (a recoverable nil dereference, or
// the package's own message), never a crash of the VM.
package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"math/rand"
	randv2 "math/rand/v2"
	"os"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			_, isErr := r.(error)
			fmt.Printf("%s: panic (error %v): %v\n", name, isErr, r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	try("PCG.Uint64", func() { var p *randv2.PCG; p.Uint64() })
	try("PCG.Seed", func() { var p *randv2.PCG; p.Seed(1, 2) })
	try("PCG.MarshalBinary", func() { var p *randv2.PCG; p.MarshalBinary() })
	try("PCG.UnmarshalBinary", func() { var p *randv2.PCG; p.UnmarshalBinary(make([]byte, 20)) })
	try("ChaCha8.Uint64", func() { var c *randv2.ChaCha8; c.Uint64() })
	try("ChaCha8.Seed", func() { var c *randv2.ChaCha8; c.Seed([32]byte{}) })
	try("ChaCha8.Read", func() { var c *randv2.ChaCha8; c.Read(make([]byte, 4)) })
	try("ChaCha8.MarshalBinary", func() { var c *randv2.ChaCha8; c.MarshalBinary() })
	try("v2 Rand.IntN", func() { var r *randv2.Rand; r.IntN(5) })
	try("v2 Rand.Float64", func() { var r *randv2.Rand; r.Float64() })
	try("v2 Rand.Uint64", func() { var r *randv2.Rand; r.Uint64() })
	try("v2 New(nil PCG)", func() { var p *randv2.PCG; randv2.New(p).Uint64() })
	try("v2 New(nil PCG).IntN", func() { var p *randv2.PCG; randv2.New(p).IntN(10) })
	try("v2 New(nil PCG).Float64", func() { var p *randv2.PCG; randv2.New(p).Float64() })
	try("v2 New(nil ChaCha8).Int64N", func() { var c *randv2.ChaCha8; randv2.New(c).Int64N(10) })
	try("rand New(nil).Intn", func() { rand.New(nil).Intn(5) })
	try("rand New(nil).Int63", func() { rand.New(nil).Int63() })
	try("rand New(nil).Float64", func() { rand.New(nil).Float64() })
	try("v2 New(nil).IntN", func() { randv2.New(nil).IntN(5) })
	try("b64 Encode empty", func() { var e *base64.Encoding; e.Encode(nil, nil) })
	try("b64 EncodeToString empty", func() { var e *base64.Encoding; e.EncodeToString(nil) })
	try("b64 AppendEncode empty", func() { var e *base64.Encoding; e.AppendEncode(nil, nil) })
	try("b64 Decode empty", func() { var e *base64.Encoding; fmt.Println(e.Decode(nil, nil)) })
	try("b64 AppendDecode empty", func() { var e *base64.Encoding; fmt.Println(e.AppendDecode(nil, nil)) })
	try("b64 DecodeString empty", func() { var e *base64.Encoding; fmt.Println(e.DecodeString("")) })
	try("rand Rand.Intn", func() { var r *rand.Rand; r.Intn(5) })
	try("rand Rand.Int63", func() { var r *rand.Rand; r.Int63() })
	try("rand Rand.Float64", func() { var r *rand.Rand; r.Float64() })
	try("rand Rand.Perm", func() { var r *rand.Rand; r.Perm(3) })
	try("rand Rand.Seed", func() { var r *rand.Rand; r.Seed(3) })
	try("rand Rand.Shuffle", func() { var r *rand.Rand; r.Shuffle(2, func(i, j int) {}) })
	try("b64 EncodeToString", func() { var e *base64.Encoding; e.EncodeToString([]byte("hi")) })
	try("b64 Encode", func() { var e *base64.Encoding; e.Encode(make([]byte, 8), []byte("hi")) })
	try("b64 AppendEncode", func() { var e *base64.Encoding; e.AppendEncode(nil, []byte("hi")) })
	try("b64 EncodedLen", func() { var e *base64.Encoding; e.EncodedLen(3) })
	try("b64 DecodedLen", func() { var e *base64.Encoding; e.DecodedLen(4) })
	try("b64 Decode", func() { var e *base64.Encoding; e.Decode(make([]byte, 8), []byte("aGk=")) })
	try("b64 DecodeString", func() { var e *base64.Encoding; e.DecodeString("aGk=") })
	try("b64 AppendDecode", func() { var e *base64.Encoding; e.AppendDecode(nil, []byte("aGk=")) })
	try("b64 WithPadding", func() { var e *base64.Encoding; e.WithPadding('*') })
	try("b64 Strict", func() { var e *base64.Encoding; e.Strict() })
	try("b64 NewEncoder", func() { var e *base64.Encoding; w := base64.NewEncoder(e, os.Stdout); w.Write([]byte("abc")); w.Close() })
	try("b64 NewDecoder", func() { var e *base64.Encoding; r := base64.NewDecoder(e, strings.NewReader("aGk=")); r.Read(make([]byte, 8)) })
	try("hex Dumper nil", func() { hex.NewEncoder(nil).Write([]byte("x")) })
	try("crc32 Update nil", func() { crc32.Update(0, nil, []byte("hi")) })
	try("crc32 Checksum nil", func() { crc32.Checksum([]byte("hi"), nil) })
	try("crc32 New(nil)", func() { crc32.New(nil).Write([]byte("hi")) })
	try("crc32 Update nil empty", func() { crc32.Update(0, nil, nil) })
	try("sha256 nil Write", func() { var h interface{ Write([]byte) (int, error) } = sha256.New(); h.Write(nil) })
	try("atomic AddInt32", func() { atomic.AddInt32(nil, 1) })
	try("atomic LoadInt64", func() { atomic.LoadInt64(nil) })
	try("atomic StoreUint32", func() { atomic.StoreUint32(nil, 1) })
	try("atomic SwapUint64", func() { atomic.SwapUint64(nil, 1) })
	try("atomic CAS", func() { atomic.CompareAndSwapInt64(nil, 0, 1) })
	try("atomic AndInt32", func() { atomic.AndInt32(nil, 1) })
	try("atomic OrUint64", func() { atomic.OrUint64(nil, 1) })
	try("atomic LoadUintptr", func() { atomic.LoadUintptr(nil) })
	try("atomic Int64.Add", func() { var a *atomic.Int64; a.Add(1) })
	try("atomic Bool.Load", func() { var a *atomic.Bool; a.Load() })
	try("atomic Value.Load", func() { var v *atomic.Value; v.Load() })
	try("atomic Value.Store", func() { var v *atomic.Value; v.Store(1) })
	try("atomic Value.Swap", func() { var v *atomic.Value; v.Swap(1) })
	try("atomic Value.CAS", func() { var v *atomic.Value; v.CompareAndSwap(nil, 1) })
	try("Mutex.Lock", func() { var m *sync.Mutex; m.Lock() })
	try("Mutex.TryLock", func() { var m *sync.Mutex; m.TryLock() })
	try("RWMutex.RLock", func() { var m *sync.RWMutex; m.RLock() })
	try("RWMutex.Lock", func() { var m *sync.RWMutex; m.Lock() })
	try("WaitGroup.Add", func() { var w *sync.WaitGroup; w.Add(1) })
	try("WaitGroup.Wait", func() { var w *sync.WaitGroup; w.Wait() })
	try("Once.Do", func() { var o *sync.Once; o.Do(func() {}) })
	try("Cond.Signal", func() { var c *sync.Cond; c.Signal() })
	try("Builder.WriteString", func() { var b *strings.Builder; b.WriteString("x") })
	try("Builder.Len", func() { var b *strings.Builder; b.Len() })
	try("Builder.String", func() { var b *strings.Builder; _ = b.String() })
	try("Builder.Grow", func() { var b *strings.Builder; b.Grow(3) })
	try("strings.Reader.Len", func() { var r *strings.Reader; r.Len() })
	try("strings.Reader.Read", func() { var r *strings.Reader; r.Read(make([]byte, 2)) })
	try("strings.Reader.ReadByte", func() { var r *strings.Reader; r.ReadByte() })
	try("Replacer.Replace", func() { var r *strings.Replacer; r.Replace("x") })
	try("bytes.Buffer.String", func() { var b *bytes.Buffer; fmt.Println(b.String()) })
	try("bytes.Buffer.Len", func() { var b *bytes.Buffer; b.Len() })
	try("bytes.Buffer.WriteString", func() { var b *bytes.Buffer; b.WriteString("x") })
	try("bytes.Buffer.ReadString", func() { var b *bytes.Buffer; b.ReadString('x') })
	try("bytes.Reader.Len", func() { var r *bytes.Reader; r.Len() })
	try("bytes.Reader.Read", func() { var r *bytes.Reader; r.Read(make([]byte, 2)) })
	try("bufio.Reader.ReadString", func() { var r *bufio.Reader; r.ReadString('\n') })
	try("bufio.Writer.WriteString", func() { var w *bufio.Writer; w.WriteString("x") })
	try("bufio.Writer.Flush", func() { var w *bufio.Writer; w.Flush() })
	try("bufio.Scanner.Scan", func() { var s *bufio.Scanner; s.Scan() })
	try("bufio.NewReader(nil)", func() { bufio.NewReader(nil).ReadByte() })
	try("json.Encoder.Encode", func() { var e *json.Encoder; e.Encode(1) })
	try("json.Encoder.SetIndent", func() { var e *json.Encoder; e.SetIndent("", " ") })
	try("json.Decoder.Decode", func() { var d *json.Decoder; var v any; d.Decode(&v) })
	try("json.Decoder.More", func() { var d *json.Decoder; d.More() })
	try("json.Decoder.Token", func() { var d *json.Decoder; d.Token() })
	try("json.NewDecoder(nil)", func() { var v any; json.NewDecoder(nil).Decode(&v) })
	try("json.NewEncoder(nil)", func() { json.NewEncoder(nil).Encode(1) })
	try("json.RawMessage nil", func() { var m *json.RawMessage; m.UnmarshalJSON([]byte("1")) })
	try("json.Unmarshal nil *int", func() { var p *int; fmt.Println(json.Unmarshal([]byte("1"), p)) })
	try("regexp.MatchString", func() { var re *regexp.Regexp; re.MatchString("x") })
	try("regexp.String", func() { var re *regexp.Regexp; _ = re.String() })
	try("regexp.FindAllString", func() { var re *regexp.Regexp; re.FindAllString("x", -1) })
	try("regexp.ReplaceAllString", func() { var re *regexp.Regexp; re.ReplaceAllString("x", "y") })
	try("regexp.NumSubexp", func() { var re *regexp.Regexp; re.NumSubexp() })
	try("regexp.SubexpNames", func() { var re *regexp.Regexp; re.SubexpNames() })
	try("regexp.Split", func() { var re *regexp.Regexp; re.Split("x", -1) })
	try("sort.Sort(nil)", func() { sort.Sort(nil) })
	try("sort.Strings(nil)", func() { sort.Strings(nil) })
	try("Timer.Stop", func() { var t *time.Timer; t.Stop() })
	try("Timer.Reset", func() { var t *time.Timer; t.Reset(time.Second) })
	try("Ticker.Stop", func() { var t *time.Ticker; t.Stop() })
	try("Location.String", func() { var l *time.Location; fmt.Println(l.String()) })
	try("Time.In(nil)", func() { time.Unix(0, 0).In(nil) })
	try("Date(nil)", func() { time.Date(2000, 1, 1, 0, 0, 0, 0, nil) })
	try("Time.Zone nil", func() { var t *time.Time; t.Zone() })
	try("Time.Format nil", func() { var t *time.Time; t.Format(time.RFC3339) })
	try("Time.UnmarshalJSON nil", func() { var t *time.Time; t.UnmarshalJSON([]byte(`"2000-01-01T00:00:00Z"`)) })
	try("unicode.Is(nil)", func() { unicode.Is(nil, 'a') })
	try("unicode.In(nil)", func() { unicode.In('a', nil) })
	try("unicode.IsOneOf(nil)", func() { unicode.IsOneOf([]*unicode.RangeTable{nil}, 'a') })
	try("File.Write", func() { var f *os.File; _, err := f.Write([]byte("x")); fmt.Println(err) })
	try("File.Name", func() { var f *os.File; f.Name() })
	try("File.Close", func() { var f *os.File; fmt.Println(f.Close()) })
	try("File.Fd", func() { var f *os.File; fmt.Println(int(f.Fd())) })
	try("File.Stat", func() { var f *os.File; _, err := f.Stat(); fmt.Println(err) })
	try("Fprintln(nil)", func() { fmt.Fprintln(nil, "x") })
	try("Fscan(nil)", func() { var x int; fmt.Fscan(nil, &x) })
	try("errors.Unwrap nil", func() { fmt.Println(errors.Unwrap(nil)) })
	try("PathError nil", func() { var e *os.PathError; _ = e.Error() })
}
