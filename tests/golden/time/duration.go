// Duration: String, the unit methods, Truncate, Round, Abs and ParseDuration with Go's
// errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1001, 1500000, time.Second, 90 * time.Second,
		-90 * time.Minute, 26*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond,
		1<<63 - 1, -1 << 63, 1234567890 * time.Nanosecond, -time.Microsecond}
	for _, d := range ds {
		fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(),
			d.Nanoseconds(), d.Abs())
		fmt.Println("  ", d.Truncate(time.Second), d.Round(time.Second), d.Round(time.Hour),
			d.Truncate(0), d.Round(-1), d.Round(7*time.Millisecond))
	}
	for _, s := range []string{"0", "+0", "-0", "1h", "1h2m3s4ms5us6ns", "1.5h", "-1.5h", ".5s",
		"5.s", "1µs", "1μs", "1us", "300ms", "2h45m", "1.000000001s", "0.1ns",
		"9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns",
		"2562047h47m16.854775807s", "2562048h", "1e3s", "", "-", "+", "x", "3q", "3", "1h1",
		".s", "-.s", "1..5s", "12ms34", "1.5.5s", "3 s", "99999999999999999999h", "1Ms",
		"1hé", "\x00s", "9223372036854775807.9s"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q %v %v\n", s, d, err)
	}
}
