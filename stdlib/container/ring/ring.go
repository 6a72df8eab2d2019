// Package ring implements circular lists, as Go's container/ring: New, Next, Prev, Move,
// Link, Unlink, Len and Do. A zero Ring is a ring of one element, linked to itself on first
// use. No differences from Go.
package ring

// A Ring is an element of a circular list; every element is also the whole ring.
type Ring struct {
	next, prev *Ring
	Value      any
}

func (r *Ring) init() *Ring {
	r.next = r
	r.prev = r
	return r
}

func (r *Ring) Next() *Ring {
	if r.next == nil {
		return r.init()
	}
	return r.next
}

func (r *Ring) Prev() *Ring {
	if r.next == nil {
		return r.init()
	}
	return r.prev
}

// Move goes n elements forward (n < 0: backward) and returns that element.
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		return r.init()
	}
	for ; n < 0; n++ {
		r = r.prev
	}
	for ; n > 0; n-- {
		r = r.next
	}
	return r
}

// New makes a ring of n elements; nil for n <= 0.
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := new(Ring)
	last := first
	for i := 1; i < n; i++ {
		last.next = &Ring{prev: last}
		last = last.next
	}
	last.next = first
	first.prev = last
	return first
}

// Link connects ring r with ring s so that r.Next() becomes s, and returns the former
// r.Next(). If r and s are the same ring, the elements between them are cut out and
// form the returned ring.
func (r *Ring) Link(s *Ring) *Ring {
	after := r.Next()
	if s != nil {
		before := s.Prev()
		r.next = s
		s.prev = r
		after.prev = before
		before.next = after
	}
	return after
}

// Unlink removes the n elements after r and returns them as a ring; nil for n <= 0.
func (r *Ring) Unlink(n int) *Ring {
	if n <= 0 {
		return nil
	}
	return r.Link(r.Move(n + 1))
}

// Len counts the elements, in O(n); 0 for a nil ring.
func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	n := 1
	for p := r.Next(); p != r; p = p.next {
		n++
	}
	return n
}

// Do calls f on each element's Value, forward from r.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	f(r.Value)
	for p := r.Next(); p != r; p = p.next {
		f(p.Value)
	}
}
