// MarshalText/JSON and their inverses, GoString, and the shape of Now's String (the
// monotonic reading "m=+..." that Round(0) strips).
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	ts := []time.Time{time.Date(2024, 5, 17, 13, 47, 29, 120000000, time.UTC),
		time.Date(2024, 5, 17, 13, 47, 29, 0, time.FixedZone("A", -5*3600-1800)),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC),
		{}}
	for _, t := range ts {
		b, err := t.MarshalJSON()
		fmt.Println(string(b), err)
		b, err = t.MarshalText()
		fmt.Println(string(b), err)
		var u time.Time
		fmt.Println(u.UnmarshalText(b), u, u.Equal(t))
		fmt.Printf("%#v\n", t)
	}
	for _, s := range []string{`"2024-05-17T13:47:29.5+01:00"`, `null`, `"x"`, `2024`, `"`} {
		var u time.Time
		err := u.UnmarshalJSON([]byte(s))
		fmt.Println(u, err)
	}

	start := time.Now()
	s := start.String()
	i := strings.Index(s, " m=+")
	fmt.Println(i > 0, strings.HasSuffix(s[:i], " UTC"), strings.Contains(start.Round(0).String(), "m="))
	fmt.Println(len(s[i+4:]) >= 11, s[len(s)-10] == '.')
	later := start.Add(time.Hour)
	fmt.Println(later.Sub(start), start.Sub(later), time.Since(start) >= 0, time.Until(later) > 59*time.Minute)
	fmt.Println(strings.Contains(later.String(), "m=+3600."), start.Before(later), later.After(start))
	fmt.Println(start.Location(), start.UTC().Location(), start.Equal(start.UTC()), start == start.Round(0))
	time.Sleep(2 * time.Millisecond)
	fmt.Println(time.Since(start) >= 2*time.Millisecond, time.Now().After(start))
}

// Unmarshal forms Go 1.23 accepts (its strict RFC 3339 checks are off), the zero Time left
// on failure, and offsets a day wide that Marshal refuses.
func init() {
	for _, s := range []string{"2024-05-17T1:47:29Z", "2024-05-17T13:47:29,5Z", "2024-05-17T13:47:29+24:00",
		"2024-05-17T13:47:29+01:60", "2024-05-17T13:47:29.5+23:59", "2024-05-17t13:47:29Z", "x"} {
		u := time.Unix(5, 0)
		err := u.UnmarshalText([]byte(s))
		fmt.Println(u.IsZero(), u, err)
		err = u.UnmarshalJSON([]byte(`"` + s + `"`))
		fmt.Println(u.IsZero(), err)
	}
	for _, off := range []int{23*3600 + 59*60, 24 * 3600, -24 * 3600, -86399} {
		t := time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("", off))
		b, err := t.MarshalJSON()
		fmt.Println(string(b), err)
		b, err = t.MarshalText()
		fmt.Println(string(b), err)
	}
}
