// Time.Format with every layout element and the standard layouts, in UTC and in fixed
// zones (east, west, with seconds, unnamed).
package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822,
		time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano,
		time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		time.DateTime, time.DateOnly, time.TimeOnly,
		"2006 06 01 1 Jan January 02 2 _2 15 03 3 04 4 05 5 PM pm MST",
		"-0700 -07:00 -07 -070000 -07:00:00 Z0700 Z07:00 Z07 Z070000 Z07:00:00",
		".0 .000 .999 ,000 ,999 .000000000 .999999999 .9 05.00",
		"002 __2 Mon Monday Month Jane Janx MSTX _2006 __2006 2006_2",
		"15:04:05.000 is a time; 1 2 3 4 5 6 7 8 9 0 pm PM Pm",
		"", "no elements here", "ΣΩ 2006 ☺"}
	zones := []*time.Location{time.UTC, time.FixedZone("CEST", 2*3600),
		time.FixedZone("", -(3*3600 + 30*60)), time.FixedZone("LMT", 5*3600+17*60+3),
		time.FixedZone("", 0)}
	times := []time.Time{
		time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC),
		time.Date(2024, 12, 9, 0, 7, 3, 120000000, time.UTC),
		time.Date(1999, 7, 31, 12, 30, 59, 999999999, time.UTC),
		time.Date(5, 3, 4, 23, 59, 0, 1, time.UTC),
		time.Date(-42, 10, 20, 1, 2, 3, 4000, time.UTC),
		time.Date(12345, 6, 7, 8, 9, 10, 500, time.UTC),
	}
	for _, t := range times {
		for _, z := range zones {
			tz := t.In(z)
			fmt.Println(tz)
			for _, l := range layouts {
				fmt.Printf("  %q\n", tz.Format(l))
			}
		}
	}
	t := time.Date(2024, 2, 29, 17, 5, 0, 0, time.FixedZone("X", -8*3600))
	b := []byte("at: ")
	b = t.AppendFormat(b, time.RFC3339)
	fmt.Println(string(b))
	for h := 0; h < 24; h += 5 {
		fmt.Println(time.Date(2024, 1, 1, h, 0, 0, 0, time.UTC).Format("3PM 03pm 15"))
	}
	for _, d := range []int{1, 9, 10, 99, 100, 365} {
		fmt.Println(time.Date(2023, 1, d, 0, 0, 0, 0, time.UTC).Format("[__2] [002] [_2]"))
	}
	fmt.Printf("%v|%s|%#v\n", t, t, t)
	fmt.Printf("%#v\n%#v\n", time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC), time.Time{})
}
