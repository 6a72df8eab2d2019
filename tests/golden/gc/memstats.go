package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

type node struct {
	next *node
	buf  [64]byte
}

var sink *node

func churn(n int) {
	for i := 0; i < n; i++ {
		sink = &node{next: sink}
		if i%1000 == 0 {
			sink = nil
		}
	}
}

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("start sane:", m.HeapAlloc > 0, m.Sys >= m.HeapSys, m.HeapSys >= m.HeapInuse)

	old := debug.SetGCPercent(50)
	fmt.Println("old GOGC:", old, "now:", debug.SetGCPercent(50))
	churn(200000)
	runtime.ReadMemStats(&m)
	fmt.Println("collected:", m.NumGC > 0, "frees:", m.Frees > 0, "mallocs>=frees:", m.Mallocs >= m.Frees)
	fmt.Println("objects:", m.HeapObjects == m.Mallocs-m.Frees, "totalalloc:", m.TotalAlloc >= 200000*72)

	before := m.NumForcedGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("forced:", m.NumForcedGC-before, "pause recorded:", m.PauseNs[(m.NumGC+255)%256] > 0, "lastGC:", m.LastGC > 0)
	fmt.Println("goal >= 4MiB*GOGC/100:", m.NextGC >= 4<<20/2)

	// a large structure, dropped: FreeOSMemory gives its pages back
	big := make([][]byte, 64)
	for i := range big {
		big[i] = make([]byte, 1<<20)
		big[i][0] = 1
	}
	runtime.ReadMemStats(&m)
	held := m.HeapInuse
	fmt.Println("big:", len(big), big[63][0], held >= 64<<20)
	big = nil
	debug.FreeOSMemory()
	runtime.ReadMemStats(&m)
	fmt.Println("released:", m.HeapReleased >= 48<<20, "inuse dropped:", held-m.HeapInuse >= 48<<20)

	var s debug.GCStats
	s.PauseQuantiles = make([]time.Duration, 5)
	debug.ReadGCStats(&s)
	ordered := true
	for i := 1; i < len(s.PauseQuantiles); i++ {
		ordered = ordered && s.PauseQuantiles[i-1] <= s.PauseQuantiles[i]
	}
	fmt.Println("gcstats:", s.NumGC > 0, len(s.Pause) == int(min(s.NumGC, 256)), s.PauseTotal > 0, ordered, !s.LastGC.IsZero(), len(s.PauseEnd) == len(s.Pause))
	fmt.Println("limit:", debug.SetMemoryLimit(-1) == 1<<63-1, debug.SetMemoryLimit(1<<40) == 1<<63-1, debug.SetMemoryLimit(-1) == 1<<40)
	fmt.Println("off:", debug.SetGCPercent(-1), debug.SetGCPercent(100))
}
