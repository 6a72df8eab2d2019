// Locations: LoadLocation from the system's zoneinfo, DST transitions (gaps and overlaps),
// the rule past the last transition, times before the first, FixedZone, Zone, ZoneBounds,
// IsDST, and the errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	names := []string{"America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata",
		"America/Sao_Paulo", "Pacific/Chatham", "Etc/GMT+5", "UTC", "", "Local"}
	locs := map[string]*time.Location{}
	for _, n := range names {
		l, err := time.LoadLocation(n)
		fmt.Println(n, l, err)
		locs[n] = l
	}
	for _, n := range []string{"Nowhere/City", "../etc/passwd", "/etc/localtime", "America",
		"America/New_York/x", "a..b"} {
		l, err := time.LoadLocation(n)
		fmt.Println(n, l == nil, err)
	}
	instants := []time.Time{
		time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1945, 8, 14, 23, 0, 0, 0, time.UTC),
		time.Date(2024, 1, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2024, 3, 10, 6, 59, 59, 0, time.UTC),
		time.Date(2024, 3, 10, 7, 0, 0, 0, time.UTC),
		time.Date(2024, 7, 4, 12, 0, 0, 0, time.UTC),
		time.Date(2024, 11, 3, 5, 59, 59, 0, time.UTC),
		time.Date(2024, 11, 3, 6, 0, 0, 0, time.UTC),
		time.Date(2040, 7, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2063, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2099, 10, 20, 0, 0, 0, 0, time.UTC),
	}
	for _, n := range names[:7] {
		l := locs[n]
		fmt.Println("==", l)
		for _, t := range instants {
			lt := t.In(l)
			name, off := lt.Zone()
			s, e := lt.ZoneBounds()
			fmt.Println(lt, name, off, lt.IsDST(), lt.Location(), s.UTC(), e.UTC())
		}
	}
	ny := locs["America/New_York"]
	// the spring gap and the autumn overlap
	for _, hm := range [][2]int{{1, 59}, {2, 0}, {2, 30}, {3, 0}} {
		fmt.Println(time.Date(2024, 3, 10, hm[0], hm[1], 0, 0, ny))
	}
	for _, hm := range [][2]int{{0, 59}, {1, 0}, {1, 30}, {2, 0}} {
		t := time.Date(2024, 11, 3, hm[0], hm[1], 0, 0, ny)
		fmt.Println(t, t.UTC())
	}
	syd := locs["Australia/Sydney"]
	fmt.Println(time.Date(2024, 4, 7, 2, 30, 0, 0, syd), time.Date(2024, 10, 6, 2, 30, 0, 0, syd))
	fmt.Println(time.Date(2070, 4, 7, 2, 30, 0, 0, syd), time.Date(2070, 10, 6, 2, 30, 0, 0, syd))
	fmt.Println(time.Date(2080, 3, 10, 2, 30, 0, 0, ny), time.Date(2080, 11, 3, 1, 30, 0, 0, ny))
	t := time.Date(2024, 6, 1, 9, 0, 0, 0, ny)
	fmt.Println(t.AddDate(0, 6, 0), t.Add(183*24*time.Hour), t.Format(time.RFC3339), t.Format(time.RFC1123))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.YearDay(), t.Weekday())
	p, err := time.ParseInLocation("2006-01-02 15:04 MST", "2024-12-25 08:00 EST", ny)
	fmt.Println(p, err, p.UTC())
	p, err = time.ParseInLocation("2006-01-02 15:04 MST", "2024-07-25 08:00 EST", ny)
	fmt.Println(p, err, p.UTC())
	p, err = time.ParseInLocation("2006-01-02 15:04 -0700", "2024-07-25 08:00 -0400", ny)
	fmt.Println(p, err, p.Location())

	f := time.FixedZone("UTC+5:30", 5*3600+1800)
	fmt.Println(f, time.Date(2024, 1, 1, 0, 0, 0, 0, f).UTC(), time.Unix(0, 0).In(f))
	u := time.FixedZone("", -1)
	fmt.Println(time.Unix(0, 0).In(u), time.Unix(0, 0).In(u).Format(time.RFC3339))
	fmt.Println(time.UTC, time.Local, time.Now().Location(), time.Unix(0, 0).Location())
	fmt.Println(time.Unix(0, 0).UTC().Location(), time.Unix(0, 0).Local().Location() == time.Local)
	fmt.Println(time.Time{}.Location(), time.Time{}.In(ny))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.Date(2024, 1, 1, 0, 0, 0, 0, nil)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.Now().In(nil)
	}()
}
