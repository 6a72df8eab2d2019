// sync/atomic: the functions and the typed values, including Value and Bool, under
// concurrent use.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var i32 int32
	var u32 uint32
	var i64 int64
	var u64 uint64
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				atomic.AddInt32(&i32, -1)
				atomic.AddUint32(&u32, 3)
				atomic.AddInt64(&i64, 1<<33)
				atomic.AddUint64(&u64, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&i32), atomic.LoadUint32(&u32), atomic.LoadInt64(&i64), atomic.LoadUint64(&u64))
	old := atomic.SwapInt32(&i32, 5)
	fmt.Println(old, atomic.LoadInt32(&i32))
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 5, 6), atomic.CompareAndSwapInt32(&i32, 5, 7), atomic.LoadInt32(&i32))
	atomic.StoreUint32(&u32, 0xF0)
	fmt.Println(atomic.AndUint32(&u32, 0x3C), atomic.OrUint32(&u32, 1), u32)
	var x atomic.Int32
	x.Store(-7)
	fmt.Println(x.Load(), x.Add(10), x.Swap(1), x.CompareAndSwap(1, 2), x.Load())
	var y atomic.Uint64
	y.Add(^uint64(0))
	fmt.Println(y.Load())
	var flag atomic.Bool
	winners := make(chan int, 10)
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if flag.CompareAndSwap(false, true) {
				winners <- g
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(winners), flag.Load())
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store([]string{"a"})
	fmt.Println(v.Load())
	defer func() { fmt.Println("recovered:", recover()) }()
	v.Store(42)
}
