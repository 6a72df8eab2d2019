// The times that timers and tickers send are in Local, as Now's are.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := <-time.After(time.Millisecond)
	fmt.Println(t.Location(), t.Location() == time.Local)
	tk := time.NewTicker(time.Millisecond)
	t = <-tk.C
	tk.Stop()
	fmt.Println(t.Location(), time.Since(t) < time.Second)
}
