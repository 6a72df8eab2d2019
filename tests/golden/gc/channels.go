// GC: goroutines allocate in parallel and pass freshly allocated objects through
// buffered and unbuffered channels and select; receivers verify every message. While
// messages sit in channel buffers they are reachable only from the channel. A
// request/response pattern sends reply channels inside messages; a pipeline of stages
// rebuilds each message; workers under a Mutex update a shared map of pointers.
// Output is sums and counts only.
package main

import (
	"fmt"
	"strconv"
	"sync"
)

type Msg struct {
	from, seq int
	payload   []int
	text      string
	next      *Msg // a small linked list hanging off each message
}

func newMsg(from, seq int) *Msg {
	m := &Msg{from: from, seq: seq, text: "m" + strconv.Itoa(from) + "." + strconv.Itoa(seq)}
	m.payload = make([]int, 8+seq%8)
	for i := range m.payload {
		m.payload[i] = from*1000 + seq + i
	}
	for k := 0; k < 3; k++ {
		m.next = &Msg{seq: k, next: m.next}
	}
	return m
}

// verify recomputes the message from its identity; -1 on corruption
func verify(m *Msg) int {
	if m.text != "m"+strconv.Itoa(m.from)+"."+strconv.Itoa(m.seq) || len(m.payload) != 8+m.seq%8 {
		return -1
	}
	s := 0
	for i, v := range m.payload {
		if v != m.from*1000+m.seq+i {
			return -1
		}
		s += v
	}
	n := 0
	for c := m.next; c != nil; c = c.next {
		if c.seq != 2-n {
			return -1
		}
		n++
	}
	if n != 3 {
		return -1
	}
	return s
}

type Req struct {
	n     int
	data  []string
	reply chan *Resp
}

type Resp struct {
	total int
	parts []string
}

func main() {
	const producers, perProducer = 8, 8000

	// 1. fan-in through a buffered channel
	buf := make(chan *Msg, 64)
	var wg sync.WaitGroup
	for p := 0; p < producers; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for s := 0; s < perProducer; s++ {
				buf <- newMsg(p, s)
			}
		}(p)
	}
	go func() { wg.Wait(); close(buf) }()
	count, sum, bad := 0, 0, 0
	for m := range buf {
		v := verify(m)
		if v < 0 {
			bad++
		}
		count++
		sum += v
	}
	fmt.Println("buffered:", count, sum, "bad", bad)

	// 2. unbuffered ping-pong with select over two sources and a quit channel
	a, b := make(chan *Msg), make(chan *Msg)
	quit := make(chan struct{})
	done := make(chan [3]int)
	go func() {
		var na, nb, s int
		for {
			select {
			case m := <-a:
				na++
				s += verify(m)
			case m := <-b:
				nb++
				s += verify(m)
			case <-quit:
				done <- [3]int{na, nb, s}
				return
			}
		}
	}()
	var wg2 sync.WaitGroup
	for i, ch := range []chan *Msg{a, b} {
		wg2.Add(1)
		go func(ch chan *Msg, id int) {
			defer wg2.Done()
			for s := 0; s < 10000; s++ {
				ch <- newMsg(id, s)
			}
		}(ch, i)
	}
	wg2.Wait()
	close(quit)
	r := <-done
	fmt.Println("select:", r[0], r[1], r[2])

	// 3. request/response: each request carries its own reply channel
	reqs := make(chan *Req, 16)
	var servers sync.WaitGroup
	for w := 0; w < 4; w++ {
		servers.Add(1)
		go func() {
			defer servers.Done()
			for q := range reqs {
				resp := &Resp{}
				for _, s := range q.data {
					resp.total += len(s)
					resp.parts = append(resp.parts, s+"!")
				}
				q.reply <- resp
			}
		}()
	}
	rsum, rparts := 0, 0
	for i := 0; i < 3000; i++ {
		q := &Req{n: i, reply: make(chan *Resp, 1)}
		for k := 0; k < i%10+1; k++ {
			q.data = append(q.data, strconv.Itoa(i*10+k))
		}
		reqs <- q
		resp := <-q.reply
		rsum += resp.total
		for _, p := range resp.parts {
			rparts += len(p)
		}
	}
	close(reqs)
	servers.Wait()
	fmt.Println("request/response:", rsum, rparts)

	// 4. a pipeline: every stage copies the message into a fresh one
	const stages = 6
	var stageBad [stages]int // each written by its own stage only
	src := make(chan *Msg)
	in := src
	for st := 0; st < stages; st++ {
		out := make(chan *Msg, st%2) // alternate unbuffered and buffered
		go func(st int, in <-chan *Msg, out chan<- *Msg) {
			for m := range in {
				if verify(m) < 0 {
					stageBad[st]++
				}
				out <- newMsg(m.from, m.seq)
			}
			close(out)
		}(st, in, out)
		in = out
	}
	go func() {
		for s := 0; s < 5000; s++ {
			src <- newMsg(99, s)
		}
		close(src)
	}()
	psum, pn := 0, 0
	for m := range in {
		psum += verify(m)
		pn++
	}
	fmt.Println("pipeline:", pn, psum, "bad", stageBad)

	// 5. workers updating a shared map of pointers under a mutex
	var mu sync.Mutex
	shared := map[int]*Msg{}
	var wg3 sync.WaitGroup
	for w := 0; w < 6; w++ {
		wg3.Add(1)
		go func(w int) {
			defer wg3.Done()
			for s := 0; s < 2000; s++ {
				m := newMsg(w, s)
				mu.Lock()
				shared[s%100*10+w] = m // replaces older messages: garbage
				mu.Unlock()
			}
		}(w)
	}
	wg3.Wait()
	ssum := 0
	for _, m := range shared {
		ssum += verify(m)
	}
	fmt.Println("shared map:", len(shared), ssum)
}
