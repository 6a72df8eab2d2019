// Package time provides functionality for measuring and displaying time, sleeping, and
// timers and tickers driven by the runtime's timer heaps, with Go 1.23's API: Duration
// (String, ParseDuration, rounding), Time with a monotonic reading (Now, Since, Until, Sub,
// Add, AddDate, comparisons, the Unix forms and constructors, Date with normalisation, the
// calendar fields, ISOWeek, Truncate, Round), Format, AppendFormat, Parse and
// ParseInLocation with every layout element and Go's ParseError messages, the standard
// layouts, MarshalText/JSON, locations (UTC, Local, FixedZone, LoadLocation) read from the
// system's TZif files, Sleep, Timer, Ticker, After, AfterFunc, Tick.
//
// The calendar split, Format's layout interpreter and Parse's field reader are C engines
// (format.c, parse.c); zones, Date and the ParseError values are built here.
//
// Zones: LoadLocation reads /usr/share/zoneinfo (or $ZONEINFO) itself, with a small native
// that reads the file; Local comes, at its first use, from $TZ or /etc/localtime as Go's
// does, with no libc tzset (no process-wide state). The POSIX rule at the end of a TZif
// file extends the zone past its last transition, as in Go.
//
// Differences from Go: Location caches no zone, so lookups binary-search the transitions each
// time; Go's zoneinfo.zip fallback and LoadLocationFromTZData's embedded copy do not exist.
package time

import (
	"errors"
	"strconv"
	"sync"
	"syscall"
)

// A Duration represents the elapsed time between two instants as an int64 nanosecond
// count.
type Duration int64

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	whole := d / Second
	rest := d % Second
	return float64(whole) + float64(rest)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	whole := d / Minute
	rest := d % Minute
	return float64(whole) + float64(rest)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	whole := d / Hour
	rest := d % Hour
	return float64(whole) + float64(rest)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns the result of rounding d to the nearest multiple of m, halfway values away
// from zero; saturating at the minimum and maximum Duration.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d (the maximum Duration for the minimum one).
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// String returns a string representing the duration in the form "72h3m0.5s": the leading
// zero units are omitted; durations under a second use a smaller unit ("1.5ms", "2µs",
// "7ns"); the zero duration formats as 0s.
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	sign := ""
	if d < 0 {
		u = -u
		sign = "-"
	}
	if u < uint64(Second) {
		switch {
		case u < uint64(Microsecond):
			return sign + decimal(u, 1) + "ns"
		case u < uint64(Millisecond):
			return sign + decimal(u, 1e3) + "µs"
		default:
			return sign + decimal(u, 1e6) + "ms"
		}
	}
	hours := u / uint64(Hour)
	u -= hours * uint64(Hour)
	minutes := u / uint64(Minute)
	u -= minutes * uint64(Minute)
	s := decimal(u, 1e9) + "s"
	if hours > 0 {
		return sign + strconv.FormatUint(hours, 10) + "h" + strconv.FormatUint(minutes, 10) + "m" + s
	}
	if minutes > 0 {
		return sign + strconv.FormatUint(minutes, 10) + "m" + s
	}
	return sign + s
}

// decimal writes v/scale (scale a power of ten) with the fraction's trailing zeros dropped.
func decimal(v, scale uint64) string {
	whole := strconv.FormatUint(v/scale, 10)
	frac := v % scale
	if frac == 0 {
		return whole
	}
	digits := 0
	for s := scale; s > 1; s /= 10 {
		digits++
	}
	f := strconv.FormatUint(frac, 10)
	for len(f) < digits {
		f = "0" + f
	}
	for f[len(f)-1] == '0' {
		f = f[:len(f)-1]
	}
	return whole + "." + f
}


// quote returns s in double quotes as Go's time package quotes values in its errors:
// bytes below a space or above ASCII are written as \x escapes.
func quote(s string) string {
	const hex = "0123456789abcdef"
	buf := make([]byte, 1, len(s)+2)
	buf[0] = '"'
	for i, c := range s {
		if c >= 0x80 || c < ' ' {
			width := len(string(c))
			if c == 0xFFFD {
				width = 1
				if i+2 < len(s) && s[i:i+3] == "\uFFFD" {
					width = 3
				}
			}
			for j := 0; j < width; j++ {
				buf = append(buf, '\\', 'x', hex[s[i+j]>>4], hex[s[i+j]&0xF])
			}
			continue
		}
		if c == '"' || c == '\\' {
			buf = append(buf, '\\')
		}
		buf = append(buf, byte(c))
	}
	buf = append(buf, '"')
	return string(buf)
}

var errLeadingInt = errors.New("time: bad [0-9]*")

// leadingInt consumes the leading [0-9]* of s; an error when the value passes 1<<63.
func leadingInt(s string) (x uint64, rem string, err error) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, "", errLeadingInt
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			return 0, "", errLeadingInt
		}
	}
	return x, s[i:], nil
}

// leadingFraction consumes the leading [0-9]* of s as a fraction x/scale; past the
// precision of uint64 it stops accumulating digits.
func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// unitOf returns the length of a duration unit in nanoseconds (0: unknown unit).
func unitOf(u string) uint64 {
	switch u {
	case "ns":
		return uint64(Nanosecond)
	case "us", "µs", "μs": // micro sign U+00B5, Greek mu U+03BC
		return uint64(Microsecond)
	case "ms":
		return uint64(Millisecond)
	case "s":
		return uint64(Second)
	case "m":
		return uint64(Minute)
	case "h":
		return uint64(Hour)
	}
	return 0
}

// ParseDuration parses a duration string: a possibly signed sequence of decimal numbers,
// each with optional fraction and a unit suffix, such as "300ms", "-1.5h" or "2h45m".
// Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	orig := s
	var d uint64
	neg := false
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	for s != "" {
		var v, f uint64
		scale := 1.0
		var err error
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		pl := len(s)
		v, s, err = leadingInt(s)
		if err != nil {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		pre := pl != len(s)
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			pl := len(s)
			f, scale, s = leadingFraction(s)
			post = pl != len(s)
		}
		if !pre && !post {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit := unitOf(u)
		if unit == 0 {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		v *= unit
		if f > 0 {
			// float64 keeps nanosecond accuracy for fractions of the largest unit
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, errors.New("time: invalid duration " + quote(orig))
			}
		}
		d += v
		if d > 1<<63 {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	return Duration(d), nil
}

// A Month specifies a month of the year (January = 1, ...).
type Month int

// The months.
const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var shortMonthNames = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
	"Oct", "Nov", "Dec"}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + strconv.FormatUint(uint64(m), 10) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

// The days of the week.
const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday"}

var shortDayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + strconv.FormatUint(uint64(d), 10) + ")"
}

// ---- Locations ----

// A Location maps time instants to the zone in use at that time: a list of zones (name,
// offset east of UTC, daylight saving), the transitions between them (Unix seconds), and
// the POSIX TZ rule that continues them after the last one.
type Location struct {
	name   string
	zone   []zone
	tx     []zoneTrans
	extend string
}

type zone struct {
	name   string
	offset int
	isDST  bool
}

type zoneTrans struct {
	when         int64
	index        uint8
	isstd, isutc bool
}

const (
	alpha = -1 << 63 // the start of time, for transitions
	omega = 1<<63 - 1
)

var utcLoc = Location{name: "UTC"}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

var localLoc Location
var localOnce sync.Once

// Local represents the system's local time zone: $TZ ("" means UTC) or /etc/localtime, read
// at its first use.
var Local *Location = &localLoc

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	if l == &localLoc {
		localOnce.Do(initLocal)
	}
	return l
}

// String returns a descriptive name for the time zone information, corresponding to the
// name argument to LoadLocation or FixedZone.
func (l *Location) String() string { return l.get().name }

// FixedZone returns a Location that always uses the given zone name and offset (seconds
// east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: []zone{{name, offset, false}},
		tx: []zoneTrans{{alpha, 0, false, false}}}
}

// lookup returns the zone in effect at the Unix time sec: its name, its offset, the
// interval [start, end) in which it applies, and whether it is daylight saving time.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	l = l.get()
	if len(l.zone) == 0 {
		return "UTC", 0, alpha, omega, false
	}
	if len(l.tx) == 0 || sec < l.tx[0].when {
		z := &l.zone[l.lookupFirstZone()]
		end = omega
		if len(l.tx) > 0 {
			end = l.tx[0].when
		}
		return z.name, z.offset, alpha, end, z.isDST
	}
	tx := l.tx
	end = omega
	lo, hi := 0, len(tx)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if sec < tx[m].when {
			end = tx[m].when
			hi = m
		} else {
			lo = m
		}
	}
	z := &l.zone[tx[lo].index]
	name, offset, start, isDST = z.name, z.offset, tx[lo].when, z.isDST
	if lo == len(tx)-1 && l.extend != "" {
		if ename, eoffset, estart, eend, eisDST, ok := tzset(l.extend, start, sec); ok {
			return ename, eoffset, estart, eend, eisDST
		}
	}
	return
}

// lookupFirstZone picks the zone of the times before the first transition: zone 0 unless a
// transition uses it; else the last standard-time zone before the first transition's zone
// if that is daylight saving time; else the first standard-time zone.
func (l *Location) lookupFirstZone() int {
	used := false
	for i := range l.tx {
		if l.tx[i].index == 0 {
			used = true
			break
		}
	}
	if !used {
		return 0
	}
	if len(l.tx) > 0 && l.zone[l.tx[0].index].isDST {
		for zi := int(l.tx[0].index) - 1; zi >= 0; zi-- {
			if !l.zone[zi].isDST {
				return zi
			}
		}
	}
	for zi := range l.zone {
		if !l.zone[zi].isDST {
			return zi
		}
	}
	return 0
}

// lookupName returns the offset of the zone called name, preferring one in effect at the
// Unix time unix.
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	l = l.get()
	for i := range l.zone {
		z := &l.zone[i]
		if z.name == name {
			nam, off, _, _, _ := l.lookup(unix - int64(z.offset))
			if nam == z.name {
				return off, true
			}
		}
	}
	for i := range l.zone {
		if l.zone[i].name == name {
			return l.zone[i].offset, true
		}
	}
	return 0, false
}

// ---- TZ rules (the POSIX string at the end of a TZif file) ----

type ruleKind int

const (
	ruleJulian ruleKind = iota
	ruleDOY
	ruleMonthWeekDay
)

type rule struct {
	kind ruleKind
	day  int
	week int
	mon  int
	time int // seconds after midnight, local time
}

// tzset applies the TZ rule s to the Unix time sec (after the last transition, at
// lastTxSec): the zone's name, offset, bounds and daylight flag; ok is false if s is bad.
func tzset(s string, lastTxSec, sec int64) (name string, offset int, start, end int64, isDST, ok bool) {
	var stdName, dstName string
	var stdOffset, dstOffset int
	stdName, s, ok = tzsetName(s)
	if ok {
		stdOffset, s, ok = tzsetOffset(s)
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	stdOffset = -stdOffset // POSIX offsets are west of UTC
	if len(s) == 0 || s[0] == ',' {
		return stdName, stdOffset, lastTxSec, omega, false, true
	}
	dstName, s, ok = tzsetName(s)
	if ok {
		if len(s) == 0 || s[0] == ',' {
			dstOffset = stdOffset + secondsPerHour
		} else {
			dstOffset, s, ok = tzsetOffset(s)
			dstOffset = -dstOffset
		}
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	if len(s) == 0 {
		s = ",M3.2.0,M11.1.0" // the US rules, POSIX's default
	}
	if s[0] != ',' && s[0] != ';' {
		return "", 0, 0, 0, false, false
	}
	s = s[1:]
	var startRule, endRule rule
	startRule, s, ok = tzsetRule(s)
	if !ok || len(s) == 0 || s[0] != ',' {
		return "", 0, 0, 0, false, false
	}
	s = s[1:]
	endRule, s, ok = tzsetRule(s)
	if !ok || len(s) > 0 {
		return "", 0, 0, 0, false, false
	}
	year, _, _, yday, _ := civil(sec + unixToAbs)
	ysec := int64(yday-1)*secondsPerDay + floorMod(sec, secondsPerDay)
	abs := (daysBefore(year))*secondsPerDay - unixToAbs // the year's start, Unix seconds
	startSec := int64(tzruleTime(year, startRule, stdOffset))
	endSec := int64(tzruleTime(year, endRule, dstOffset))
	dstIsDST, stdIsDST := true, false
	if endSec < startSec { // southern hemisphere
		startSec, endSec = endSec, startSec
		stdName, dstName = dstName, stdName
		stdOffset, dstOffset = dstOffset, stdOffset
		stdIsDST, dstIsDST = dstIsDST, stdIsDST
	}
	if ysec < startSec {
		return stdName, stdOffset, abs, startSec + abs, stdIsDST, true
	} else if ysec >= endSec {
		return stdName, stdOffset, endSec + abs, abs + 365*secondsPerDay, stdIsDST, true
	}
	return dstName, dstOffset, startSec + abs, endSec + abs, dstIsDST, true
}

// tzsetName parses a zone name: letters, or anything within <>.
func tzsetName(s string) (string, string, bool) {
	if len(s) == 0 {
		return "", "", false
	}
	if s[0] != '<' {
		for i := 0; i < len(s); i++ {
			switch s[i] {
			case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ',', '-', '+':
				if i < 3 {
					return "", "", false
				}
				return s[:i], s[i:], true
			}
		}
		if len(s) < 3 {
			return "", "", false
		}
		return s, "", true
	}
	for i := 1; i < len(s); i++ {
		if s[i] == '>' {
			return s[1:i], s[i+1:], true
		}
	}
	return "", "", false
}

// tzsetOffset parses [+-]hh[:mm[:ss]] as seconds.
func tzsetOffset(s string) (offset int, rest string, ok bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		s = s[1:]
		neg = true
	}
	var hours int
	hours, s, ok = tzsetNum(s, 0, 24*7)
	if !ok {
		return 0, "", false
	}
	off := hours * secondsPerHour
	if len(s) == 0 || s[0] != ':' {
		if neg {
			off = -off
		}
		return off, s, true
	}
	var mins int
	mins, s, ok = tzsetNum(s[1:], 0, 59)
	if !ok {
		return 0, "", false
	}
	off += mins * secondsPerMinute
	if len(s) == 0 || s[0] != ':' {
		if neg {
			off = -off
		}
		return off, s, true
	}
	var secs int
	secs, s, ok = tzsetNum(s[1:], 0, 59)
	if !ok {
		return 0, "", false
	}
	off += secs
	if neg {
		off = -off
	}
	return off, s, true
}

// tzsetRule parses Jn, n or Mm.w.d, with an optional /time.
func tzsetRule(s string) (rule, string, bool) {
	var r rule
	if len(s) == 0 {
		return rule{}, "", false
	}
	ok := false
	if s[0] == 'J' {
		var jday int
		jday, s, ok = tzsetNum(s[1:], 1, 365)
		if !ok {
			return rule{}, "", false
		}
		r.kind = ruleJulian
		r.day = jday
	} else if s[0] == 'M' {
		var mon int
		mon, s, ok = tzsetNum(s[1:], 1, 12)
		if !ok || len(s) == 0 || s[0] != '.' {
			return rule{}, "", false
		}
		var week int
		week, s, ok = tzsetNum(s[1:], 1, 5)
		if !ok || len(s) == 0 || s[0] != '.' {
			return rule{}, "", false
		}
		var day int
		day, s, ok = tzsetNum(s[1:], 0, 6)
		if !ok {
			return rule{}, "", false
		}
		r.kind = ruleMonthWeekDay
		r.day = day
		r.week = week
		r.mon = mon
	} else {
		var day int
		day, s, ok = tzsetNum(s, 0, 365)
		if !ok {
			return rule{}, "", false
		}
		r.kind = ruleDOY
		r.day = day
	}
	if len(s) == 0 || s[0] != '/' {
		r.time = 2 * secondsPerHour
		return r, s, true
	}
	offset, s, ok := tzsetOffset(s[1:])
	if !ok {
		return rule{}, "", false
	}
	r.time = offset
	return r, s, true
}

// tzsetNum parses a number in [min, max].
func tzsetNum(s string, min, max int) (num int, rest string, ok bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	num = 0
	for i, r := range s {
		if r < '0' || r > '9' {
			if i == 0 || num < min {
				return 0, "", false
			}
			return num, s[i:], true
		}
		num *= 10
		num += int(r) - '0'
		if num > max {
			return 0, "", false
		}
	}
	if num < min {
		return 0, "", false
	}
	return num, "", true
}

// tzruleTime returns the seconds since the start of year (UTC) at which rule r applies,
// off being the offset in effect before.
func tzruleTime(year int, r rule, off int) int {
	var s int
	switch r.kind {
	case ruleJulian:
		s = (r.day - 1) * secondsPerDay
		if isLeap(year) && r.day >= 60 {
			s += secondsPerDay
		}
	case ruleDOY:
		s = r.day * secondsPerDay
	case ruleMonthWeekDay:
		// Zeller's congruence gives the weekday of the month's first day
		m1 := (r.mon+9)%12 + 1
		yy0 := year
		if r.mon <= 2 {
			yy0--
		}
		yy1 := yy0 / 100
		yy2 := yy0 % 100
		dow := ((26*m1-2)/10 + 1 + yy2 + yy2/4 + yy1/4 - 2*yy1) % 7
		if dow < 0 {
			dow += 7
		}
		d := r.day - dow
		if d < 0 {
			d += 7
		}
		for i := 1; i < r.week; i++ {
			if d+7 >= daysIn(Month(r.mon), year) {
				break
			}
			d += 7
		}
		d += cumDays[r.mon-1]
		if isLeap(year) && r.mon > 2 {
			d++
		}
		s = d * secondsPerDay
	}
	return s + r.time - off
}

// ---- Loading zones (TZif files) ----

// readFile reads the file at path into buf; the number of bytes, or -errno (-EFBIG when
// the file does not fit).
func readFile(path string, buf []byte) int


var errLocation = errors.New("time: invalid location name")
var errBadData = errors.New("malformed time zone information")

// zoneSources are the directories searched for zone files, as Go's on Unix.
var zoneSources = []string{"/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/",
	"/etc/zoneinfo/"}

// LoadLocation returns the Location with the given name: "" or "UTC" is UTC, "Local" is
// Local, anything else names a file of the IANA database ("America/New_York"), looked for
// in $ZONEINFO, then in the system's zoneinfo directories.
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errLocation
	}
	if dir, ok := syscall.Getenv("ZONEINFO"); ok && dir != "" {
		if l, err := loadFrom(name, dir+"/"+name); err == nil {
			return l, nil
		}
	}
	var firstErr error
	for _, dir := range zoneSources {
		l, err := loadFrom(name, dir+name)
		if err == nil {
			return l, nil
		}
		if firstErr == nil && err != errNotFound {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}

var errNotFound = errors.New("not found")

func containsDotDot(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s)-1; i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

func loadFrom(name, path string) (*Location, error) {
	buf := make([]byte, 256<<10)
	n := readFile(path, buf)
	if n == -int(syscall.ENOENT) {
		return nil, errNotFound
	}
	if n < 0 {
		return nil, syscall.Errno(-n)
	}
	return LoadLocationFromTZData(name, buf[:n])
}

// tzReader reads the big-endian fields of a TZif file.
type tzReader struct {
	p   []byte
	bad bool
}

func (r *tzReader) read(n int) []byte {
	if len(r.p) < n {
		r.p = nil
		r.bad = true
		return nil
	}
	p := r.p[:n]
	r.p = r.p[n:]
	return p
}

func (r *tzReader) big4() uint32 {
	p := r.read(4)
	if len(p) < 4 {
		return 0
	}
	return uint32(p[3]) | uint32(p[2])<<8 | uint32(p[1])<<16 | uint32(p[0])<<24
}

func (r *tzReader) big8() uint64 {
	hi := r.big4()
	lo := r.big4()
	return uint64(hi)<<32 | uint64(lo)
}

func (r *tzReader) byte1() byte {
	p := r.read(1)
	if len(p) < 1 {
		return 0
	}
	return p[0]
}

// LoadLocationFromTZData returns a Location with the given name initialized from the
// IANA Time Zone database-formatted data (a TZif file).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	d := &tzReader{p: data}
	if string(d.read(4)) != "TZif" {
		return nil, errBadData
	}
	version := 0
	p := d.read(16)
	if len(p) != 16 {
		return nil, errBadData
	}
	switch p[0] {
	case 0:
		version = 1
	case '2':
		version = 2
	case '3':
		version = 3
	default:
		return nil, errBadData
	}
	// counts: isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
	var n [6]int
	for i := 0; i < 6; i++ {
		n[i] = int(d.big4())
	}
	if d.bad {
		return nil, errBadData
	}
	is64 := false
	if version > 1 {
		// skip the 32-bit data and use the 64-bit block that follows
		skip := n[3]*4 + n[3] + n[4]*6 + n[5] + n[2]*8 + n[1] + n[0]
		d.read(skip)
		if string(d.read(4)) != "TZif" {
			return nil, errBadData
		}
		d.read(16)
		for i := 0; i < 6; i++ {
			n[i] = int(d.big4())
		}
		if d.bad {
			return nil, errBadData
		}
		is64 = true
	}
	const (
		nUTCLocal = iota
		nStdWall
		nLeap
		nTime
		nZone
		nChar
	)
	size := 4
	if is64 {
		size = 8
	}
	txtimes := &tzReader{p: d.read(n[nTime] * size)}
	txzones := d.read(n[nTime])
	zonedata := &tzReader{p: d.read(n[nZone] * 6)}
	abbrev := d.read(n[nChar])
	d.read(n[nLeap] * (size + 4))
	isstd := d.read(n[nStdWall])
	isutc := d.read(n[nUTCLocal])
	if d.bad {
		return nil, errBadData
	}
	extend := ""
	rest := d.p
	if len(rest) > 2 && rest[0] == '\n' && rest[len(rest)-1] == '\n' {
		extend = string(rest[1 : len(rest)-1])
	}
	nzone := n[nZone]
	if nzone == 0 {
		return nil, errBadData
	}
	zones := make([]zone, nzone)
	for i := range zones {
		off := int(int32(zonedata.big4()))
		isDST := zonedata.byte1() != 0
		b := int(zonedata.byte1())
		if b >= len(abbrev) {
			return nil, errBadData
		}
		zones[i] = zone{name: cstring(abbrev[b:]), offset: off, isDST: isDST}
	}
	tx := make([]zoneTrans, n[nTime])
	for i := range tx {
		var when int64
		if is64 {
			when = int64(txtimes.big8())
		} else {
			when = int64(int32(txtimes.big4()))
		}
		if int(txzones[i]) >= len(zones) {
			return nil, errBadData
		}
		tx[i] = zoneTrans{when: when, index: txzones[i]}
		if i < len(isstd) {
			tx[i].isstd = isstd[i] != 0
		}
		if i < len(isutc) {
			tx[i].isutc = isutc[i] != 0
		}
	}
	if len(tx) == 0 {
		// a zone without transitions: one that starts at the beginning of time
		tx = append(tx, zoneTrans{when: alpha, index: 0})
	}
	return &Location{name: name, zone: zones, tx: tx, extend: extend}, nil
}

func cstring(b []byte) string {
	for i := range b {
		if b[i] == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}

// initLocal sets up Local as Go does: $TZ unset: /etc/localtime; $TZ empty: UTC; $TZ an
// absolute path (after an optional ':'): that file; otherwise a zone name. Anything that
// fails to load gives UTC.
func initLocal() {
	tz, ok := syscall.Getenv("TZ")
	switch {
	case !ok:
		if z, err := loadFrom("localtime", "/etc/localtime"); err == nil {
			localLoc = *z
			localLoc.name = "Local"
			return
		}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			if z, err := loadFrom(tz, tz); err == nil {
				localLoc = *z
				if tz == "/etc/localtime" {
					localLoc.name = "Local"
				} else {
					localLoc.name = tz
				}
				return
			}
		} else if tz != "" && tz != "UTC" {
			if z, err := LoadLocation(tz); err == nil {
				localLoc = *z
				return
			}
		}
	}
	localLoc.name = "UTC"
}

// ---- Time ----

// A Time represents an instant in time with nanosecond precision: seconds and nanoseconds
// since January 1, year 1, UTC (so the zero Time is that instant, as Go's is), the
// monotonic clock reading when the time came from Now (0: none), and the Location that
// presents it (nil: UTC).
type Time struct {
	sec  int64
	nsec int64
	mono int64
	loc  *Location
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
)

// unixToAbs is the number of seconds from January 1 of year 1 to the Unix epoch.
const unixToAbs int64 = 62135596800

func now() (sec, nsec, mono int64)

// Now returns the current local time.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec, nsec, mono, Local}
}

// Unix returns the local Time corresponding to the given Unix time, sec seconds and nsec
// nanoseconds since January 1, 1970 UTC; nsec may be outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec + unixToAbs, nsec, 0, Local}
}

// UnixMilli returns the local Time corresponding to the given Unix time, msec milliseconds
// since January 1, 1970 UTC.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time, usec microseconds
// since January 1, 1970 UTC.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// norm returns nhi, nlo such that hi*base + lo == nhi*base + nlo and 0 <= nlo < base.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds in the
// appropriate zone for that time in the given location. Values outside their usual ranges
// are normalized (October 32 is November 1). In a zone's transition, the time is one of
// the two possible ones, as in Go. Date panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysBefore(year) + int64(cumDays[m]) + int64(day-1)
	if m >= 2 && isLeap(year) {
		days++
	}
	abs := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	unix := abs - unixToAbs
	// the offset at unix, taken as UTC, is the right one unless a transition lies between
	_, offset, start, end, _ := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		if utc < start || utc >= end {
			_, offset, _, _, _ = loc.lookup(utc)
		}
		unix -= int64(offset)
	}
	t := Time{unix + unixToAbs, int64(nsec), 0, nil}
	t.setLoc(loc)
	return t
}

func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.loc = loc
}

func (t Time) addNanos(sec, nsec int64) Time {
	t.sec += sec + nsec/1e9
	t.nsec += nsec % 1e9
	if t.nsec >= 1e9 {
		t.sec++
		t.nsec -= 1e9
	} else if t.nsec < 0 {
		t.sec--
		t.nsec += 1e9
	}
	return t
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	r := t.addNanos(int64(d/1e9), int64(d%1e9))
	if t.mono != 0 {
		te := t.mono + int64(d)
		if d < 0 && te > t.mono || d > 0 && te < t.mono {
			r.mono = 0
		} else {
			r.mono = te
		}
	}
	return r
}

// Sub returns the duration t-u, saturating at the minimum and maximum Duration. When both
// times carry a monotonic clock reading, those are used.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		te, ue := t.mono, u.mono
		d := Duration(te - ue)
		if d < 0 && te > ue {
			return maxDuration
		}
		if d > 0 && te < ue {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t): // no overflow
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// AddDate returns the time corresponding to adding the given number of years, months and
// days to t, normalized as Date does (October 31 plus one month is December 1).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// Compare compares t and u: -1 if t is before u, 0 if they are the same instant, +1 after.
func (t Time) Compare(u Time) int {
	var a, b int64
	if t.mono != 0 && u.mono != 0 {
		a, b = t.mono, u.mono
	} else if t.sec != u.sec {
		a, b = t.sec, u.sec
	} else {
		a, b = t.nsec, u.nsec
	}
	switch {
	case a < b:
		return -1
	case a > b:
		return +1
	}
	return 0
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool { return t.Compare(u) > 0 }

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool { return t.Compare(u) < 0 }

// Equal reports whether t and u represent the same time instant, whatever their locations.
func (t Time) Equal(u Time) bool { return t.Compare(u) == 0 }

// IsZero reports whether t represents the zero time instant, January 1, year 1, 00:00:00
// UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// Unix returns t as a Unix time, the number of seconds elapsed since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.sec - unixToAbs }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return (t.sec-unixToAbs)*1e3 + t.nsec/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return (t.sec-unixToAbs)*1e6 + t.nsec/1e3 }

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 { return (t.sec-unixToAbs)*1e9 + t.nsec }

// mulmod returns a*b mod m without overflow (m > 0, a and b in [0, m)).
func mulmod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = addmod(r, a, m)
		}
		a = addmod(a, a, m)
		b >>= 1
	}
	return r
}

func addmod(a, b, m uint64) uint64 {
	if a >= m-b {
		return a - (m - b)
	}
	return a + b
}

// rem returns t, as a duration since the zero time, modulo d (d > 0).
func (t Time) rem(d Duration) Duration {
	sec, nsec := t.sec, t.nsec
	neg := false
	if sec < 0 {
		// work on the absolute value, as Go does, then mirror the result
		neg = true
		sec = -sec
		nsec = -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	var r Duration
	switch {
	case d < Second && Second%(d+d) == 0:
		r = Duration(nsec % int64(d))
	case d%Second == 0:
		d1 := int64(d / Second)
		r = Duration(sec%d1)*Second + Duration(nsec)
	default:
		m := uint64(d)
		s := mulmod(uint64(sec)%m, uint64(1e9)%m, m)
		r = Duration(addmod(s, uint64(nsec)%m, m))
	}
	if neg && r != 0 {
		r = d - r
	}
	return r
}

// Round returns the result of rounding t to the nearest multiple of d (since the zero time),
// halfway values rounding up, without a monotonic clock reading. Round(0) strips it only.
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.rem(d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// Truncate returns the result of rounding t down to a multiple of d (since the zero time),
// without a monotonic clock reading.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.rem(d))
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t with the location set to local time.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns a copy of t representing the same instant in the location loc. In panics if
// loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone computes the time zone in effect at time t, returning the abbreviated name of the
// zone (such as "CET") and its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	name, offset, _, _, _ = t.loc.lookup(t.sec - unixToAbs)
	return
}

// ZoneBounds returns the bounds of the time zone in effect at time t: [start, end), zero
// Times for the beginning or end of time.
func (t Time) ZoneBounds() (start, end Time) {
	_, _, startSec, endSec, _ := t.loc.lookup(t.sec - unixToAbs)
	if startSec != alpha {
		start = Time{startSec + unixToAbs, 0, 0, nil}
		start.setLoc(t.loc)
	}
	if endSec != omega {
		end = Time{endSec + unixToAbs, 0, 0, nil}
		end.setLoc(t.loc)
	}
	return
}

// IsDST reports whether the time in the configured location is in daylight saving time.
func (t Time) IsDST() bool {
	_, _, _, _, isDST := t.loc.lookup(t.sec - unixToAbs)
	return isDST
}

// locabs returns the zone's name and offset at t, and t's seconds since year 1 as the
// clock in that zone shows them.
func (t Time) locabs() (name string, offset int, abs int64) {
	if t.loc == nil || t.loc == &utcLoc {
		return "UTC", 0, t.sec
	}
	name, offset, _, _, _ = t.loc.lookup(t.sec - unixToAbs)
	return name, offset, t.sec + int64(offset)
}

func (t Time) abs() int64 {
	_, _, a := t.locabs()
	return a
}

// Nanosecond returns the nanosecond offset within the second specified by t.
func (t Time) Nanosecond() int { return int(t.nsec) }

// cumDays[m] is the number of days before month m+1 in a non-leap year.
var cumDays = [...]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return cumDays[m] - cumDays[m-1]
}

// daysBefore returns the number of days from January 1 of year 1 to January 1 of [year].
func daysBefore(year int) int64 {
	y := int64(year) - 1
	return y*365 + floorDiv(y, 4) - floorDiv(y, 100) + floorDiv(y, 400)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 { return a - floorDiv(a, b)*b }

// civil splits abs (seconds since year 1 on the zone's clock) into the calendar date, the
// day of the year (1-based) and the second of the day (format.c).
func civil(abs int64) (year int, month Month, day int, yday int, secOfDay int64)

func weekdayOf(abs int64) Weekday {
	// January 1 of year 1 was a Monday
	return Weekday(floorMod(floorDiv(abs, secondsPerDay)+1, 7))
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	year, month, day, _, _ = civil(t.abs())
	return
}

// Year returns the year in which t occurs.
func (t Time) Year() int { y, _, _, _, _ := civil(t.abs()); return y }

// Month returns the month of the year specified by t.
func (t Time) Month() Month { _, m, _, _, _ := civil(t.abs()); return m }

// Day returns the day of the month specified by t.
func (t Time) Day() int { _, _, d, _, _ := civil(t.abs()); return d }

// YearDay returns the day of the year specified by t, in the range [1,365] for non-leap
// years, and [1,366] in leap years.
func (t Time) YearDay() int { _, _, _, yd, _ := civil(t.abs()); return yd }

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday { return weekdayOf(t.abs()) }

// ISOWeek returns the ISO 8601 year and week number in which t occurs. Weeks range from 1
// to 53; Jan 01 to Jan 03 of year n might belong to week 52 or 53 of year n-1, and Dec 29
// to Dec 31 might belong to week 1 of year n+1.
func (t Time) ISOWeek() (year, week int) {
	// the week's Thursday decides: move to it (weeks start on Monday)
	abs := t.abs()
	d := int64(Thursday - weekdayOf(abs))
	if d == 4 { // Sunday
		d = -3
	}
	abs += d * secondsPerDay
	year, _, _, yday, _ := civil(abs)
	return year, (yday-1)/7 + 1
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	s := floorMod(t.abs(), secondsPerDay)
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int { h, _, _ := t.Clock(); return h }

// Minute returns the minute offset within the hour specified by t, in the range [0, 59].
func (t Time) Minute() int { _, m, _ := t.Clock(); return m }

// Second returns the second offset within the minute specified by t, in the range [0, 59].
func (t Time) Second() int { _, _, s := t.Clock(); return s }

// String returns the time formatted as "2006-01-02 15:04:05.999999999 -0700 MST", followed
// by the monotonic clock reading (" m=±<seconds>") when t has one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono - startMono
		sign := byte('+')
		u := uint64(m)
		if m < 0 {
			sign = '-'
			u = -u
		}
		buf := make([]byte, 0, 24)
		buf = append(buf, " m="...)
		buf = append(buf, sign)
		buf = appendInt(buf, int(u/1e9), 0)
		buf = append(buf, '.')
		buf = appendInt(buf, int(u%1e9), 9)
		s += string(buf)
	}
	return s
}

// GoString returns t as Go source: time.Date(2009, time.November, 10, 23, 0, 0, 0,
// time.UTC).
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	buf := make([]byte, 0, 72)
	buf = append(buf, "time.Date("...)
	buf = appendInt(buf, year, 0)
	if January <= month && month <= December {
		buf = append(buf, ", time."...)
		buf = append(buf, longMonthNames[month-1]...)
	} else {
		buf = appendInt(buf, int(month), 0)
	}
	buf = append(buf, ", "...)
	buf = appendInt(buf, day, 0)
	buf = append(buf, ", "...)
	buf = appendInt(buf, hour, 0)
	buf = append(buf, ", "...)
	buf = appendInt(buf, min, 0)
	buf = append(buf, ", "...)
	buf = appendInt(buf, sec, 0)
	buf = append(buf, ", "...)
	buf = appendInt(buf, t.Nanosecond(), 0)
	buf = append(buf, ", "...)
	switch loc := t.Location(); loc {
	case UTC, nil:
		buf = append(buf, "time.UTC"...)
	case Local:
		buf = append(buf, "time.Local"...)
	default:
		buf = append(buf, "time.Location("...)
		buf = append(buf, quote(loc.name)...)
		buf = append(buf, ')')
	}
	buf = append(buf, ')')
	return string(buf)
}

// startMono is the monotonic clock when the package was initialized, less 1: Go prints
// monotonic readings relative to the process start.
var startMono = func() int64 { _, _, m := now(); return m - 1 }()

// strictRFC3339 formats t as RFC 3339 with nanoseconds, failing where the result would not
// be valid RFC 3339 (a year outside [0,9999], a zone offset of a day or more).
func (t Time) strictRFC3339() (string, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return "", errors.New("year outside of range [0,9999]")
	}
	if _, off := t.Zone(); off <= -24*3600 || off >= 24*3600 {
		return "", errors.New("timezone hour outside of range [0,23]")
	}
	return t.Format(RFC3339Nano), nil
}

// parseStrictRFC3339 is Go's parse for UnmarshalText and UnmarshalJSON: Parse with RFC3339
// (Go 1.23 keeps the stricter checks it has for RFC 3339 turned off).
func parseStrictRFC3339(s string) (Time, error) {
	return Parse(RFC3339, s)
}

// MarshalText implements encoding.TextMarshaler: RFC 3339 with nanoseconds.
func (t Time) MarshalText() ([]byte, error) {
	s, err := t.strictRFC3339()
	if err != nil {
		return nil, errors.New("Time.MarshalText: " + err.Error())
	}
	return []byte(s), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: an RFC 3339 time (on error, t becomes
// the zero Time, as in Go).
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = parseStrictRFC3339(string(data))
	return err
}

// MarshalJSON implements json.Marshaler: RFC 3339 with nanoseconds, in quotes.
func (t Time) MarshalJSON() ([]byte, error) {
	s, err := t.strictRFC3339()
	if err != nil {
		return nil, errors.New("Time.MarshalJSON: " + err.Error())
	}
	return []byte("\"" + s + "\""), nil
}

// UnmarshalJSON implements json.Unmarshaler: a quoted RFC 3339 time; null does nothing.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	var err error
	*t, err = parseStrictRFC3339(string(data[1 : len(data)-1]))
	return err
}

// ---- Format and Parse ----

// The predefined layouts. The reference time is Mon Jan 2 15:04:05 MST 2006.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// appendInt appends x in decimal, zero-padded to width digits.
func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		q := u / 10
		buf[i] = byte('0' + u - q*10)
		u = q
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// format lays out the zone's clock abs and nsec as layout says (format.c).
func format(layout string, abs, nsec int64, name string, offset int) string

// Format returns a textual representation of the time value formatted according to the
// layout, which shows how the reference time Mon Jan 2 15:04:05 MST 2006 would be
// displayed.
func (t Time) Format(layout string) string {
	name, offset, abs := t.locabs()
	return format(layout, abs, t.nsec, name, offset)
}

// AppendFormat is like Format but appends the textual representation to b and returns the
// extended buffer.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset, abs := t.locabs()
	return append(b, format(layout, abs, t.nsec, name, offset)...)
}

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

var errBad = errors.New("bad value for field")

// atoi parses an optionally signed decimal integer that is all of s.
func atoi(s string) (x int, err error) {
	neg := false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	q, rem, err := leadingInt(s)
	x = int(q)
	if err != nil || len(rem) > 0 {
		return 0, errBad
	}
	if neg {
		x = -x
	}
	return x, nil
}

// Parse parses a formatted string and returns the time value it represents, the layout
// showing how the reference time would be written. Without a zone in the value the time
// is UTC; with an offset or a zone name known to Local, the time is in Local; otherwise in
// a fabricated fixed zone.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but interprets a time without zone information in loc,
// and matches zone offsets and names against loc rather than Local.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

// parsed is what parse.c's time_parse reads (its TimeParsed, field for field).
type parsed struct {
	year, month, day, yday, hour, min, sec, nsec int
	zoneOffset                                   int // -1: none
	zoneStart, zoneEnd                           int // the zone abbreviation in the value
	utc                                          int // 1: "Z" or "UTC"
	fail                                         int // 0, or cannot parse, extra text, out of range
	elemStart, elemEnd                           int // what failed, in the layout
	valuePos                                     int // where the failing part of the value starts
	rangeErr                                     int
}

func parseFields(st *parsed, layout, value string)

var rangeErrs = [...]string{"", "month", "hour", "minute", "second", "time zone offset hour",
	"time zone offset minute", "time zone offset second", "fractional second"}

func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	var st parsed
	parseFields(&st, layout, value)
	switch st.fail {
	case 1:
		return Time{}, &ParseError{layout, value, layout[st.elemStart:st.elemEnd], value[st.valuePos:], ""}
	case 2:
		return Time{}, &ParseError{layout, value, "", value[st.valuePos:], ": extra text: " + quote(value[st.valuePos:])}
	case 3:
		return Time{}, &ParseError{layout, value, layout[st.elemStart:st.elemEnd], value[st.valuePos:],
			": " + rangeErrs[st.rangeErr] + " out of range"}
	}
	alayout, avalue := layout, value
	year, month, day, yday := st.year, st.month, st.day, st.yday
	hour, min, sec, nsec := st.hour, st.min, st.sec, st.nsec
	zoneOffset := st.zoneOffset
	zoneName := ""
	if st.zoneStart >= 0 {
		zoneName = value[st.zoneStart:st.zoneEnd]
	}
	var z *Location
	if st.utc != 0 {
		z = UTC
	}
	value = ""
	if yday >= 0 {
		var d, m int
		if isLeap(year) {
			if yday == 31+29 {
				m = int(February)
				d = 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year out of range"}
		}
		if m == 0 {
			m = (yday-1)/31 + 1
			if cumDays[m] < yday {
				m++
			}
			d = yday - cumDays[m-1]
		}
		if month >= 0 && month != m {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match month"}
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match day"}
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{alayout, avalue, "", value, ": day out of range"}
	}
	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.sec -= int64(zoneOffset)
		// the local zone, if it had this offset (and name) at that time
		name, offset, _, _, _ := local.lookup(t.sec - unixToAbs)
		if offset == zoneOffset && (zoneName == "" || name == zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(zoneName, zoneOffset))
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		offset, ok := local.lookupName(zoneName, t.sec-unixToAbs)
		if ok {
			t.sec -= int64(offset)
			t.setLoc(local)
			return t, nil
		}
		// an unknown zone: offset 0, unless it is GMT+h
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = atoi(zoneName[3:])
			offset *= 3600
		}
		t.setLoc(FixedZone(zoneName, offset))
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLocation), nil
}

// Sleep pauses the current goroutine for at least the duration d. A negative or zero
// duration causes Sleep to return immediately.
func Sleep(d Duration)

// runtime timers (vm/time.c): a handle per Timer or Ticker
func startTimer(c chan Time, f func(), loc *Location, d int64, period int64) uintptr
func stopTimer(h uintptr) bool
func resetTimer(h uintptr, d int64, period int64) bool

// The Timer type represents a single event. When the Timer expires, the current time will
// be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C <-chan Time
	r uintptr
}

// NewTimer creates a new Timer that will send the current time on its channel after at
// least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, r: startTimer(c, nil, Local, int64(d), 0)}
}

// Stop prevents the Timer from firing. It returns true if the call stops the timer, false
// if the timer has already expired or been stopped. As in Go 1.23, a timer whose value
// has not been received from C counts as not expired (Stop empties C and returns true),
// and no stale value is received from C after Stop returns. For an AfterFunc timer, false
// means the function has been started (or will be, at once).
func (t *Timer) Stop() bool {
	if t.r == 0 {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

// Reset changes the timer to expire after duration d. It returns true if the timer had
// been active, false if the timer had expired or been stopped, as Stop would; no value
// from before the Reset is received from C afterwards.
func (t *Timer) Reset(d Duration) bool {
	if t.r == 0 {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, int64(d), 0)
}

// After waits for the duration to elapse and then sends the current time on the returned
// channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine. It
// returns a Timer that can be used to cancel the call using its Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{r: startTimer(nil, f, nil, int64(d), 0)}
}

// A Ticker holds a channel that delivers "ticks" of a clock at intervals.
type Ticker struct {
	C <-chan Time
	r uintptr
}

// NewTicker returns a new Ticker containing a channel that will send the current time on
// the channel after each tick. The period of the ticks is specified by the duration
// argument. The ticker will adjust the time interval or drop ticks to make up for slow
// receivers. The duration d must be greater than zero; if not, NewTicker will panic.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, r: startTimer(c, nil, Local, int64(d), int64(d))}
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	if t.r != 0 {
		stopTimer(t.r)
	}
}

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == 0 {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, int64(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel only.
// Unlike NewTicker, Tick will return nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
