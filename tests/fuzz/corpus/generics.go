package main

type List[T any] struct {
	next *List[T]
	val  T
}

type Number interface {
	~int | ~int64 | ~float64
}

func Map[K comparable, V any, R any](m map[K]V, f func(V) R) map[K]R {
	out := make(map[K]R, len(m))
	for k, v := range m {
		out[k] = f(v)
	}
	return out
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }

type Pair[A, B any] struct{ a A; b B }
