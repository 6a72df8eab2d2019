// Package sync provides basic synchronization primitives: mutual exclusion locks, wait
// groups, one-time initialization, condition variables, and Map and Pool (simpler than
// Go's: one lock each; a Pool keeps its items across collections). Waiting parks the goroutine,
// never the OS thread: the primitives are built on atomics (sync/atomic) and the runtime's
// semaphores (semacquire, semrelease), as Go's are.
package sync

import "sync/atomic"

// semacquire waits until *addr > 0 and decrements it; reason names the wait in tracebacks.
func semacquire(addr *uint32, reason int)

// semrelease increments *addr, waking a waiter if there is one.
func semrelease(addr *uint32)

// fatal ends the program with "fatal error: msg" (Go's sync.fatal: not recoverable).
func fatal(msg string)

// Wait reasons, as semacquire names them.
const (
	reasonMutex = iota
	reasonRLock
	reasonLock
	reasonWaitGroup
	reasonCond
)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// noCopy marks a type that must not be copied after first use (checked by go vet).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// A Mutex is a mutual exclusion lock. The zero value for a Mutex is an unlocked mutex.
//
// As Go's, it has two modes. Normally a goroutine that finds it locked spins a little (when
// other Ps are running), then queues; Unlock wakes the first waiter, which competes for the
// lock with the goroutines arriving meanwhile: those usually win (they are running), so the
// lock is not handed through a queue of sleeping goroutines one context switch at a time.
// A waiter that loses for more than 1 ms switches the mutex to starvation mode: Unlock then
// hands the lock straight to the first waiter, and newcomers queue behind it, until a waiter
// gets it after waiting less than 1 ms or is the last one.
type Mutex struct {
	state int32 // mutexLocked | mutexWoken | mutexStarving | waiters << mutexWaiterShift
	sema  uint32
}

const (
	mutexLocked = 1 << iota
	mutexWoken  // a waiter is awake (spinning or woken): Unlock need not wake another
	mutexStarving
	mutexWaiterShift = iota

	starvationThresholdNs = 1000000
)

// semacquireMutex is semacquire for Mutex.Lock: a waiter that waited before queues at the
// front (lifo).
func semacquireMutex(addr *uint32, lifo bool)

// canSpin reports whether spinning a [iter]th time may pay: several CPUs, another P
// running, and nothing else waiting to run on this one.
func canSpin(iter int) bool

// doSpin busy-waits for a moment (a few dozen pause instructions).
func doSpin()

// nanotime is the monotonic clock.
func nanotime() int64

// Lock locks m. If the lock is already in use, the calling goroutine blocks until the
// mutex is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

func (m *Mutex) lockSlow() {
	var waitStart int64
	starving := false
	awoke := false
	iter := 0
	old := atomic.LoadInt32(&m.state)
	for {
		// Spin while it is locked in normal mode and spinning may pay; say we are awake so
		// that Unlock does not wake a sleeper for nothing.
		if old&(mutexLocked|mutexStarving) == mutexLocked && canSpin(iter) {
			if !awoke && old&mutexWoken == 0 && old>>mutexWaiterShift != 0 &&
				atomic.CompareAndSwapInt32(&m.state, old, old|mutexWoken) {
				awoke = true
			}
			doSpin()
			iter++
			old = atomic.LoadInt32(&m.state)
			continue
		}
		next := old
		if old&mutexStarving == 0 {
			next |= mutexLocked // a starving mutex goes to the waiters, not to us
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			next += 1 << mutexWaiterShift
		}
		if starving && old&mutexLocked != 0 {
			next |= mutexStarving
		}
		if awoke {
			if next&mutexWoken == 0 {
				fatal("sync: inconsistent mutex state")
			}
			next &^= mutexWoken
		}
		if !atomic.CompareAndSwapInt32(&m.state, old, next) {
			old = atomic.LoadInt32(&m.state)
			continue
		}
		if old&(mutexLocked|mutexStarving) == 0 {
			return // locked it
		}
		queueLifo := waitStart != 0
		if waitStart == 0 {
			waitStart = nanotime()
		}
		semacquireMutex(&m.sema, queueLifo)
		starving = starving || nanotime()-waitStart > starvationThresholdNs
		old = atomic.LoadInt32(&m.state)
		if old&mutexStarving != 0 {
			// Unlock handed the lock to us: we hold it, and are a waiter no more.
			if old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {
				fatal("sync: inconsistent mutex state")
			}
			delta := int32(mutexLocked - 1<<mutexWaiterShift)
			if !starving || old>>mutexWaiterShift == 1 {
				delta -= mutexStarving // back to normal mode
			}
			atomic.AddInt32(&m.state, delta)
			return
		}
		awoke = true
		iter = 0
	}
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := atomic.LoadInt32(&m.state)
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry to Unlock.
func (m *Mutex) Unlock() {
	next := atomic.AddInt32(&m.state, -mutexLocked)
	if next != 0 {
		m.unlockSlow(next)
	}
}

func (m *Mutex) unlockSlow(next int32) {
	if (next+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if next&mutexStarving != 0 {
		semrelease(&m.sema) // hand it to the first waiter (it runs next on this P)
		return
	}
	old := next
	for {
		// Nobody to wake, or someone awake already, or locked again: done.
		if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
			return
		}
		next = (old - 1<<mutexWaiterShift) | mutexWoken
		if atomic.CompareAndSwapInt32(&m.state, old, next) {
			semrelease(&m.sema)
			return
		}
		old = atomic.LoadInt32(&m.state)
	}
}

const rwmutexMaxReaders = 1 << 30

// A RWMutex is a reader/writer mutual exclusion lock. The lock can be held by an arbitrary
// number of readers or a single writer. The zero value for a RWMutex is an unlocked mutex.
// A blocked Lock call excludes new readers from acquiring the lock.
type RWMutex struct {
	w           Mutex  // held if there are pending writers
	writerSem   uint32 // for writers to wait for completing readers
	readerSem   uint32 // for readers to wait for completing writers
	readerCount int32  // number of pending readers (negative: a writer is pending)
	readerWait  int32  // number of departing readers
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if atomic.AddInt32(&rw.readerCount, 1) < 0 {
		// a writer is pending, wait for it
		semacquire(&rw.readerSem, reasonRLock)
	}
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	for {
		c := atomic.LoadInt32(&rw.readerCount)
		if c < 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&rw.readerCount, c, c+1) {
			return true
		}
	}
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if r := atomic.AddInt32(&rw.readerCount, -1); r < 0 {
		if r+1 == 0 || r+1 == -rwmutexMaxReaders {
			fatal("sync: RUnlock of unlocked RWMutex")
		}
		// a writer is pending: the last departing reader lets it in
		if atomic.AddInt32(&rw.readerWait, -1) == 0 {
			semrelease(&rw.writerSem)
		}
	}
}

// Lock locks rw for writing. If the lock is already locked for reading or writing, Lock
// blocks until the lock is available.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	// announce the writer to readers, then wait for the active ones
	r := atomic.AddInt32(&rw.readerCount, -rwmutexMaxReaders) + rwmutexMaxReaders
	if r != 0 && atomic.AddInt32(&rw.readerWait, r) != 0 {
		semacquire(&rw.writerSem, reasonLock)
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !atomic.CompareAndSwapInt32(&rw.readerCount, 0, -rwmutexMaxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	r := atomic.AddInt32(&rw.readerCount, rwmutexMaxReaders)
	if r >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	// let in the readers that arrived meanwhile
	for i := 0; i < int(r); i++ {
		semrelease(&rw.readerSem)
	}
	rw.w.Unlock()
}

// RLocker returns a Locker interface that implements the Lock and Unlock methods by calling
// rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	noCopy noCopy
	state  uint64 // high 32 bits: the counter; low 32 bits: the number of waiters
	sema   uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter. If the counter becomes
// zero, all goroutines blocked on Wait are released. If the counter goes negative, Add
// panics.
func (wg *WaitGroup) Add(delta int) {
	state := atomic.AddUint64(&wg.state, uint64(delta)<<32)
	v := int32(state >> 32)
	w := uint32(state)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if w != 0 && delta > 0 && v == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if v > 0 || w == 0 {
		return
	}
	// the counter is 0 and there are waiters: release them all
	if atomic.LoadUint64(&wg.state) != state {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	atomic.StoreUint64(&wg.state, 0)
	for ; w != 0; w-- {
		semrelease(&wg.sema)
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := atomic.LoadUint64(&wg.state)
		if state>>32 == 0 {
			return
		}
		if atomic.CompareAndSwapUint64(&wg.state, state, state+1) {
			semacquire(&wg.sema, reasonWaitGroup)
			if atomic.LoadUint64(&wg.state) != 0 {
				panic("sync: WaitGroup is reused before previous Wait has returned")
			}
			return
		}
	}
}

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first time for this
// instance of Once. No call to Do returns until the one call to f returns.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}

// OnceFunc returns a function that invokes f only once. The returned function may be
// called concurrently. If f panics, the returned function will panic with the same value
// on every call.
func OnceFunc(f func()) func() {
	var (
		once  Once
		valid bool
		p     any
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}

// Cond implements a condition variable, a rendezvous point for goroutines waiting for or
// announcing the occurrence of an event. Each Cond has an associated Locker L, which must
// be held when changing the condition and when calling the Wait method.
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition
	L Locker

	mu      Mutex
	waiters []*uint32 // one semaphore per waiting goroutine, oldest first
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling goroutine. After later
// resuming execution, Wait locks c.L before returning.
func (c *Cond) Wait() {
	s := new(uint32)
	c.mu.Lock()
	c.waiters = append(c.waiters, s)
	c.mu.Unlock()
	c.L.Unlock()
	semacquire(s, reasonCond)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.mu.Lock()
	if len(c.waiters) > 0 {
		s := c.waiters[0]
		c.waiters = c.waiters[1:]
		semrelease(s)
	}
	c.mu.Unlock()
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.mu.Lock()
	for _, s := range c.waiters {
		semrelease(s)
	}
	c.waiters = nil
	c.mu.Unlock()
}

// ---- Map ----

// A Map is a map[any]any safe for concurrent use, as Go's sync.Map. Go keeps a lock-free
// read-only copy beside a locked dirty map; here one mutex guards one Gale map of entries,
// which gives the same results (Range order is the map's, random as in Go). Range calls
// its function with the lock released, on the keys present when it started, skipping
// those deleted since, so the function may use the Map.
type Map struct {
	mu Mutex
	m  map[any]*mapEntry
}

type mapEntry struct {
	value any
}

func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.m[key]
	if !ok {
		return nil, false
	}
	return e.value, true // under the lock: Swap and CompareAndSwap write e.value
}

func (m *Map) Store(key, value any) {
	m.Swap(key, value)
}

// Swap stores value and returns the previous value, if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if e, ok := m.m[key]; ok {
		previous = e.value
		e.value = value
		return previous, true
	}
	if m.m == nil {
		m.m = make(map[any]*mapEntry)
	}
	m.m[key] = &mapEntry{value}
	return nil, false
}

// LoadOrStore returns the existing value for key if present; otherwise it stores value
// and returns it. loaded reports which.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if e, ok := m.m[key]; ok {
		return e.value, true
	}
	if m.m == nil {
		m.m = make(map[any]*mapEntry)
	}
	m.m[key] = &mapEntry{value}
	return value, false
}

// LoadAndDelete deletes the value for key, returning it if it was there.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.m[key]
	if !ok {
		return nil, false
	}
	delete(m.m, key)
	return e.value, true
}

func (m *Map) Delete(key any) {
	m.LoadAndDelete(key)
}

// CompareAndSwap swaps in new if the value for key equals old (old must be comparable).
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.m[key]
	if !ok || e.value != old {
		return false
	}
	e.value = new
	return true
}

// CompareAndDelete deletes the entry for key if its value equals old.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.m[key]
	if !ok || e.value != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f for each key and value until f returns false.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	for k := range m.m {
		keys = append(keys, k)
	}
	m.mu.Unlock()
	for _, k := range keys {
		m.mu.Lock()
		e, ok := m.m[k]
		var v any
		if ok {
			v = e.value
		}
		m.mu.Unlock()
		if ok && !f(k, v) {
			return
		}
	}
}

// Clear deletes all the entries.
func (m *Map) Clear() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.m = nil
}

// ---- Pool ----

// A Pool is a set of temporary objects that may be saved and retrieved, as Go's
// sync.Pool. Go keeps a private item and a shared queue per P and drops the pools' items
// at each collection; here one locked stack serves every goroutine (Get returns the item
// Put last) and items stay until taken, the collector knowing nothing of pools.
type Pool struct {
	mu    Mutex
	items []any

	// New, if non-nil, makes a value when Get finds the pool empty.
	New func() any
}

// Put adds x to the pool; nil is ignored.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get takes an item from the pool, or returns New() (nil without New).
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}
