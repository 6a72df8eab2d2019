// Local comes from $TZ, read at the first use of the Local location (here after
// os.Setenv), as in Go: a zone name, an empty TZ (UTC) and the zone's daylight saving.
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	os.Setenv("TZ", "America/New_York")
	winter := time.Unix(1700000000, 0)
	summer := time.Unix(1690000000, 0)
	for _, t := range []time.Time{winter, summer} {
		l := t.Local()
		name, off := l.Zone()
		fmt.Println(l.Format(time.RFC1123Z), name, off, l.IsDST(), l.Location())
	}
	fmt.Println(time.Date(2024, 3, 10, 2, 30, 0, 0, time.Local))
	fmt.Println(time.Date(2024, 11, 3, 1, 30, 0, 0, time.Local).Format(time.RFC3339))
	t, err := time.ParseInLocation("2006-01-02 15:04", "2024-07-04 12:00", time.Local)
	fmt.Println(t, err, t.UTC())
}
