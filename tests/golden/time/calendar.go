// The calendar of Time: Date's normalisation, the fields, Unix forms, arithmetic and
// comparisons, ISO weeks, Truncate and Round.
package main

import (
	"fmt"
	"time"
)

func show(t time.Time) {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	iy, iw := t.ISOWeek()
	fmt.Println(t, "|", y, m, d, h, mi, s, t.Nanosecond(), t.YearDay(), t.Weekday(), iy, iw)
}

func main() {
	show(time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC))
	show(time.Date(2023, time.October, 32, 0, 0, 0, 0, time.UTC))    // Nov 1
	show(time.Date(2023, 14, 1, 0, 0, 0, 0, time.UTC))               // Feb 2024
	show(time.Date(2024, 0, 1, 0, 0, 0, 0, time.UTC))                // Dec 2023
	show(time.Date(2024, time.March, 0, 0, 0, 0, 0, time.UTC))       // Feb 29
	show(time.Date(2024, time.January, 1, 25, 61, 61, 1e9+5, time.UTC))
	show(time.Date(2024, time.January, 1, -1, -1, -1, -1, time.UTC))
	show(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(1969, 12, 31, 23, 59, 59, 999999999, time.UTC))
	show(time.Date(-5, 3, 1, 12, 0, 0, 0, time.UTC))
	show(time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC))
	show(time.Date(2000, 2, 29, 0, 0, 0, 0, time.UTC))
	show(time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC))
	for _, d := range []int{1, 2, 3, 4, 28, 29, 30, 31} {
		t := time.Date(2020, 12, d, 0, 0, 0, 0, time.UTC)
		y, w := t.ISOWeek()
		t2 := time.Date(2021, 1, d, 0, 0, 0, 0, time.UTC)
		y2, w2 := t2.ISOWeek()
		fmt.Println(d, y, w, y2, w2, t.Weekday(), t2.Weekday())
	}

	u := time.Unix(1700000000, 123456789).UTC()
	fmt.Println(u, u.Unix(), u.UnixMilli(), u.UnixMicro(), u.UnixNano())
	fmt.Println(time.Unix(0, -1).UTC(), time.Unix(-1, 2e9).UTC(), time.Unix(5, -3e9).UTC())
	fmt.Println(time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1).UTC())
	fmt.Println(time.UnixMilli(-1500).UTC().UnixMilli(), time.UnixMicro(1700000000123456).UTC())
	fmt.Println(time.Unix(0, 0).UTC().IsZero(), time.Time{}.IsZero(), time.Time{})
	fmt.Println(time.Time{}.Unix(), time.Time{}.Year(), time.Time{}.Weekday())

	a := time.Date(2024, 1, 31, 10, 0, 0, 0, time.UTC)
	b := a.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(b, b.Sub(a), a.Sub(b), a.Before(b), a.After(b), a.Equal(b), a.Compare(b), b.Compare(a), a.Compare(a))
	fmt.Println(a.AddDate(0, 1, 0), a.AddDate(1, -13, 1), a.AddDate(0, 0, -31), a.AddDate(-2024, 0, 0))
	fmt.Println(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
	far := time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(a), a.Sub(far), far.Sub(time.Time{}))
	fmt.Println(a.Add(-1), a.Add(time.Duration(1<<63-1)).Year())
	fmt.Println(a == a.UTC(), a.Equal(a.In(time.FixedZone("X", 3600))), a == a.In(time.FixedZone("X", 3600)))

	t := time.Date(2024, 5, 17, 13, 47, 29, 987654321, time.UTC)
	for _, d := range []time.Duration{0, -1, time.Nanosecond, 3 * time.Nanosecond, time.Microsecond,
		time.Millisecond, 250 * time.Millisecond, time.Second, 7 * time.Second, time.Minute,
		15 * time.Minute, time.Hour, 5 * time.Hour, 24 * time.Hour, 7 * 24 * time.Hour,
		1<<63 - 1} {
		fmt.Println(d, t.Truncate(d), t.Round(d))
	}
	fmt.Println(time.Date(-3, 5, 1, 10, 30, 0, 0, time.UTC).Round(time.Hour))
	fmt.Println(time.Date(-3, 5, 1, 10, 30, 0, 0, time.UTC).Truncate(24 * time.Hour))
	fmt.Println(time.Month(13), time.Month(0), time.Month(-2), time.Weekday(7), time.Weekday(-1), time.March, time.Saturday)
	fmt.Printf("%v %d %s %q\n", time.May, time.May, time.Tuesday, time.Friday)
}
