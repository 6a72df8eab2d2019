// Package time provides functionality for measuring and displaying time, sleeping, and
// timers and tickers driven by the runtime's timer heaps. Gale's first slice: Duration with
// its methods and String, Time with a monotonic reading (Now, Since, Until, Sub, Add,
// comparisons, Unix forms, the calendar in UTC, String), Sleep, Timer, Ticker, After,
// AfterFunc, Tick. Local time is UTC; Format, Parse and zones come with the standard
// library issue.
package time

import "strconv"

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

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + strconv.Itoa(int(m)) + ")"
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

var dayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday"}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + strconv.Itoa(int(d)) + ")"
}

// A Time represents an instant in time with nanosecond precision: seconds and nanoseconds
// since January 1, year 1, UTC (so the zero Time is that instant, as Go's is), and the
// monotonic clock reading when the time came from Now (0: none).
type Time struct {
	sec  int64
	nsec int64
	mono int64
}

// unixToAbs is the number of seconds from January 1 of year 1 to the Unix epoch.
const unixToAbs int64 = 62135596800

func now() (sec, nsec, mono int64)

// Now returns the current time.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec, nsec, mono}
}

// Unix returns the local Time corresponding to the given Unix time, sec seconds and nsec
// nanoseconds since January 1, 1970 UTC.
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
	return Time{sec + unixToAbs, nsec, 0}
}

// UnixMilli returns the local Time corresponding to the given Unix time, msec milliseconds
// since January 1, 1970 UTC.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds (UTC; loc is
// not supported yet and must be nil or UTC).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	m := int(month) - 1
	year += m / 12
	m %= 12
	if m < 0 {
		m += 12
		year--
	}
	days := daysBefore(year) + int64(cumDays[m]) + int64(day-1)
	if m >= 2 && isLeap(year) {
		days++
	}
	s := days*86400 + int64(hour)*3600 + int64(min)*60 + int64(sec)
	return Time{0, 0, 0}.addNanos(s, int64(nsec))
}

// A Location maps time instants to a zone; Gale has only UTC so far.
type Location struct {
	name string
}

// UTC represents Universal Coordinated Time; Local is the same in Gale for now.
var (
	UTC   = &Location{"UTC"}
	Local = UTC
)

// String returns the name of the location.
func (l *Location) String() string { return l.name }

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
		r.mono = t.mono + int64(d)
	}
	return r
}

// Sub returns the duration t-u, saturating at the minimum and maximum Duration. When both
// times carry a monotonic clock reading, those are used.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	ds := t.sec - u.sec
	if ds > int64(maxDuration/Second) {
		return maxDuration
	}
	if ds < int64(minDuration/Second) {
		return minDuration
	}
	return Duration(ds)*Second + Duration(t.nsec-u.nsec)
}

// AddDate returns the time corresponding to adding the given number of years, months and
// days to t.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), UTC)
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

// Equal reports whether t and u represent the same time instant.
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

// Round returns t stripped of its monotonic clock reading; Gale rounds nothing else yet.
// (Go: Round(0) is the canonical way to strip the monotonic reading.)
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.Sub(Time{}) % d
	if r+r < d {
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
	return t.Add(-(t.Sub(Time{}) % d))
}

// UTC returns t in UTC (every Time is, in Gale).
func (t Time) UTC() Time { return t }

// Local returns t in the local zone (UTC, in Gale).
func (t Time) Local() Time { return t }

// Location returns the time zone information associated with t.
func (t Time) Location() *Location { return UTC }

// Nanosecond returns the nanosecond offset within the second specified by t.
func (t Time) Nanosecond() int { return int(t.nsec) }

// days elapsed since January 1, year 1, and the calendar.
var cumDays = [...]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
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

// civil splits t into the calendar date and the time of day.
func (t Time) civil() (year int, month Month, day int, yday int, secOfDay int64) {
	days := floorDiv(t.sec, 86400)
	secOfDay = t.sec - days*86400
	// estimate the year, then correct it
	year = int(days*400/146097) + 1
	for daysBefore(year+1) <= days {
		year++
	}
	for daysBefore(year) > days {
		year--
	}
	yday = int(days - daysBefore(year))
	m := 11
	for m > 0 {
		start := cumDays[m]
		if m >= 2 && isLeap(year) {
			start++
		}
		if yday >= start {
			break
		}
		m--
	}
	start := cumDays[m]
	if m >= 2 && isLeap(year) {
		start++
	}
	return year, Month(m + 1), yday - start + 1, yday + 1, secOfDay
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	year, month, day, _, _ = t.civil()
	return
}

// Year returns the year in which t occurs.
func (t Time) Year() int { y, _, _, _, _ := t.civil(); return y }

// Month returns the month of the year specified by t.
func (t Time) Month() Month { _, m, _, _, _ := t.civil(); return m }

// Day returns the day of the month specified by t.
func (t Time) Day() int { _, _, d, _, _ := t.civil(); return d }

// YearDay returns the day of the year specified by t, in the range [1,365] for non-leap
// years, and [1,366] in leap years.
func (t Time) YearDay() int { _, _, _, yd, _ := t.civil(); return yd }

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	// January 1 of year 1 was a Monday
	return Weekday((floorDiv(t.sec, 86400) + 1) % 7)
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, _, _, _, s := t.civil()
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int { h, _, _ := t.Clock(); return h }

// Minute returns the minute offset within the hour specified by t, in the range [0, 59].
func (t Time) Minute() int { _, m, _ := t.Clock(); return m }

// Second returns the second offset within the minute specified by t, in the range [0, 59].
func (t Time) Second() int { _, _, s := t.Clock(); return s }

func pad(n int, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// String returns the time formatted as Go's "2006-01-02 15:04:05.999999999 -0700 MST",
// followed by the monotonic clock reading (" m=±<value>") when t has one.
func (t Time) String() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	s := pad(year, 4) + "-" + pad(int(month), 2) + "-" + pad(day, 2) + " " + pad(hour, 2) +
		":" + pad(min, 2) + ":" + pad(sec, 2)
	if t.nsec != 0 {
		f := pad(int(t.nsec), 9)
		for f[len(f)-1] == '0' {
			f = f[:len(f)-1]
		}
		s += "." + f
	}
	s += " +0000 UTC"
	if t.mono != 0 {
		m := t.mono - startMono
		sign := "+"
		if m < 0 {
			sign = "-"
			m = -m
		}
		s += " m=" + sign + strconv.FormatInt(m/1e9, 10) + "." + pad(int(m%1e9), 9)
	}
	return s
}

// startMono is the monotonic clock when the package was initialized: Go prints monotonic
// readings relative to the process start.
var startMono = func() int64 { _, _, m := now(); return m }()

// Sleep pauses the current goroutine for at least the duration d. A negative or zero
// duration causes Sleep to return immediately.
func Sleep(d Duration)

// runtime timers (vm/time.c): a handle per Timer or Ticker
func startTimer(c chan Time, f func(), d int64, period int64) uintptr
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
	return &Timer{C: c, r: startTimer(c, nil, int64(d), 0)}
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
	return &Timer{r: startTimer(nil, f, int64(d), 0)}
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
	return &Ticker{C: c, r: startTimer(c, nil, int64(d), int64(d))}
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
