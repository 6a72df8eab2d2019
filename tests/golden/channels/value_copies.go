package main

import (
	"fmt"
	"sync"
)

type Big struct {
	ID   int
	Arr  [6]int
	Name string
	In   struct{ A, B int }
}

func sum(b Big) int {
	s := b.ID + b.In.A + b.In.B + len(b.Name)
	for _, x := range b.Arr {
		s += x
	}
	return s
}

// Structs and arrays through channels are copied: the sender mutating its variable after
// the send, or the receiver mutating what it got, must not be visible to the other side.
func main() {
	const N = 3000
	for _, capacity := range []int{0, 1, 7, 1024} {
		c := make(chan Big, capacity)
		ca := make(chan [4]int, capacity)
		var wg sync.WaitGroup
		wg.Add(2)
		want := 0
		for i := 0; i < N; i++ {
			want += i*8 + 2 + len(fmt.Sprint(i))
		}
		go func() {
			defer wg.Done()
			var b Big
			var a [4]int
			for i := 0; i < N; i++ {
				b.ID = i
				for j := range b.Arr {
					b.Arr[j] = i
				}
				b.Name = fmt.Sprint(i)
				b.In.A, b.In.B = i, 2
				a = [4]int{i, i, i, i}
				if i%2 == 0 {
					c <- b
					ca <- a
				} else {
					select {
					case c <- b:
					}
					select {
					case ca <- a:
					}
				}
				// scribble after the send
				b.ID = -1000000
				b.Arr[3] = -1000000
				b.In.A = -1000000
				a[0] = -1000000
			}
			close(c)
			close(ca)
		}()
		got, gota := 0, 0
		go func() {
			defer wg.Done()
			prev := Big{}
			for {
				var b Big
				var ok bool
				select {
				case b, ok = <-c:
				}
				if !ok {
					break
				}
				if b.ID > 0 && prev.ID != b.ID-1 {
					fmt.Println("order", prev.ID, b.ID)
				}
				prev = b
				got += sum(b)
				b.Arr[0] = 99999 // must not affect prev
				if prev.Arr[0] == 99999 {
					fmt.Println("aliasing")
				}
				a := <-ca
				gota += a[0] + a[1] + a[2] + a[3]
				a[1] = 7
			}
			z, ok := <-c
			za, oka := <-ca
			fmt.Println("closed zero:", sum(z), ok, za, oka)
		}()
		wg.Wait()
		fmt.Println(capacity, got == want, gota == N*(N-1)/2*4, len(c), cap(c))
	}
}
