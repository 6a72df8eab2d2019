// Package debug: the collector's knobs and statistics (SetGCPercent, SetMemoryLimit,
// FreeOSMemory, ReadGCStats), with Go's meanings, and the goroutine's stack (Stack,
// PrintStack) in Gale's traceback format (see runtime.Stack).
package debug

import (
	"os"
	"runtime"
	"time"
)

// Stack returns a formatted stack trace of the goroutine that calls it, from its own
// frame (runtime/debug.Stack) outwards.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack prints to standard error the stack trace returned by Stack.
func PrintStack() {
	os.Stderr.Write(Stack())
}

// SetGCPercent sets the garbage collection target percentage (GOGC) and returns the
// previous setting; a negative percentage turns the collector off.
func SetGCPercent(percent int) int

// SetMemoryLimit sets a soft memory limit for the runtime (GOMEMLIMIT) and returns the
// previous limit; a negative limit only reports the current one.
func SetMemoryLimit(limit int64) int64

// FreeOSMemory forces a garbage collection, then returns as much memory to the operating
// system as possible.
func FreeOSMemory() {
	runtime.GC()
	freeOSMemory()
}

func freeOSMemory()

// GCStats collect information about recent garbage collections.
type GCStats struct {
	LastGC         time.Time
	NumGC          int64
	PauseTotal     time.Duration
	Pause          []time.Duration
	PauseEnd       []time.Time
	PauseQuantiles []time.Duration
}

// ReadGCStats reads statistics about garbage collection into stats: the pause history
// most recent first, and, if stats.PauseQuantiles is not empty, the minimum, the
// quantiles and the maximum pause.
func ReadGCStats(stats *GCStats) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	n := int(m.NumGC)
	if n > len(m.PauseNs) {
		n = len(m.PauseNs)
	}
	if cap(stats.Pause) < 2*n {
		stats.Pause = make([]time.Duration, 2*n)
	}
	stats.Pause = stats.Pause[:n]
	if cap(stats.PauseEnd) < n {
		stats.PauseEnd = make([]time.Time, n)
	}
	stats.PauseEnd = stats.PauseEnd[:n]
	for i := 0; i < n; i++ {
		j := (int(m.NumGC) - 1 - i + len(m.PauseNs)) % len(m.PauseNs)
		stats.Pause[i] = time.Duration(m.PauseNs[j])
		stats.PauseEnd[i] = time.Unix(0, int64(m.PauseEnd[j]))
	}
	stats.NumGC = int64(m.NumGC)
	stats.PauseTotal = time.Duration(m.PauseTotalNs)
	if m.LastGC != 0 {
		stats.LastGC = time.Unix(0, int64(m.LastGC))
	} else {
		stats.LastGC = time.Time{}
	}
	if len(stats.PauseQuantiles) > 0 {
		if n == 0 {
			clear(stats.PauseQuantiles)
		} else {
			sorted := stats.Pause[n : n+n]
			copy(sorted, stats.Pause)
			for i := 1; i < len(sorted); i++ { // insertion sort: at most 256 pauses
				for k := i; k > 0 && sorted[k] < sorted[k-1]; k-- {
					sorted[k], sorted[k-1] = sorted[k-1], sorted[k]
				}
			}
			nq := len(stats.PauseQuantiles) - 1
			for i := 0; i < nq; i++ {
				stats.PauseQuantiles[i] = sorted[len(sorted)*i/nq]
			}
			stats.PauseQuantiles[nq] = sorted[len(sorted)-1]
		}
	}
}
