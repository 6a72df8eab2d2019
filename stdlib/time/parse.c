/*
 * parse.c — the field-reading half of time.Parse, in C: it walks the layout with
 * format.c's element scanner and reads each element's value, exactly as Go's parse loop
 * does (the same leniencies: any run of spaces matches a run of spaces, "_2" may start with
 * a space, a fraction after the seconds is read even when the layout has none, two-digit
 * years 69..99 are 19xx, zone abbreviations are 3-5 upper-case letters...). It stops at the
 * first failure and says where: the layout element (or literal text) that failed and the
 * rest of the value at that point, from which time.go builds Go's ParseError.
 * What needs the calendar or zones (day-of-year, day range, Date, matching a zone against
 * Local) stays in time.go.
 */
#include "stdlib/time/format.h"

#include <string.h>

typedef struct Str {
    const char *p;
    size_t n;
} Str;

static Str str_from(Str s, size_t i)
{
    Str r = {s.p + i, s.n - i};
    return r;
}

static int isdig(Str s, size_t i)
{
    return i < s.n && s.p[i] >= '0' && s.p[i] <= '9';
}

/* getnum reads one or two digits (exactly two when [fixed]). */
static bool getnum(Str *s, bool fixed, int64_t *out)
{
    if (!isdig(*s, 0))
        return false;
    if (!isdig(*s, 1)) {
        if (fixed)
            return false;
        *out = s->p[0] - '0';
        *s = str_from(*s, 1);
        return true;
    }
    *out = (s->p[0] - '0') * 10 + (s->p[1] - '0');
    *s = str_from(*s, 2);
    return true;
}

/* getnum3 reads one to three digits (exactly three when [fixed]). */
static bool getnum3(Str *s, bool fixed, int64_t *out)
{
    int64_t n = 0;
    size_t i = 0;
    for (; i < 3 && isdig(*s, i); i++)
        n = n * 10 + (s->p[i] - '0');
    if (i == 0 || (fixed && i != 3))
        return false;
    *out = n;
    *s = str_from(*s, i);
    return true;
}

/* leading_int reads [0-9]* as Go's leadingInt: false past 1<<63. */
static bool leading_int(Str s, uint64_t *x, size_t *used)
{
    uint64_t v = 0;
    size_t i = 0;
    for (; i < s.n && s.p[i] >= '0' && s.p[i] <= '9'; i++) {
        if (v > (UINT64_C(1) << 63) / 10)
            return false;
        v = v * 10 + (uint64_t)(s.p[i] - '0');
        if (v > (UINT64_C(1) << 63))
            return false;
    }
    *x = v;
    *used = i;
    return true;
}

/* atoi_all parses an optionally signed integer that is all of [s]. */
static bool atoi_all(Str s, int64_t *out)
{
    bool neg = false;
    if (s.n > 0 && (s.p[0] == '-' || s.p[0] == '+')) {
        neg = s.p[0] == '-';
        s = str_from(s, 1);
    }
    uint64_t v;
    size_t used;
    if (!leading_int(s, &v, &used) || used != s.n)
        return false;
    *out = neg ? -(int64_t)v : (int64_t)v;
    return true;
}

/* lookup matches one of [tab]'s names, ignoring ASCII case, at the start of [s]. */
static bool lookup(const char *const *tab, int ntab, size_t width, Str *s, int64_t *out)
{
    for (int i = 0; i < ntab; i++) {
        size_t n = width ? width : strlen(tab[i]);
        if (s->n < n)
            continue;
        size_t k = 0;
        for (; k < n; k++) {
            unsigned char c1 = (unsigned char)s->p[k], c2 = (unsigned char)tab[i][k];
            if (c1 != c2) {
                c1 |= 'a' - 'A';
                c2 |= 'a' - 'A';
                if (c1 != c2 || c1 < 'a' || c1 > 'z')
                    break;
            }
        }
        if (k == n) {
            *out = i;
            *s = str_from(*s, n);
            return true;
        }
    }
    return false;
}

static const char *const month_names[] = {"January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December"};
static const char *const day_names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                        "Thursday", "Friday", "Saturday"};

/* skip_prefix removes the literal [prefix] from [value], a run of spaces matching any run. */
static bool skip_prefix(Str *value, Str prefix)
{
    while (prefix.n > 0) {
        if (prefix.p[0] == ' ') {
            if (value->n > 0 && value->p[0] != ' ')
                return false;
            while (prefix.n > 0 && prefix.p[0] == ' ')
                prefix = str_from(prefix, 1);
            while (value->n > 0 && value->p[0] == ' ')
                *value = str_from(*value, 1);
            continue;
        }
        if (value->n == 0 || value->p[0] != prefix.p[0])
            return false;
        prefix = str_from(prefix, 1);
        *value = str_from(*value, 1);
    }
    return true;
}

static size_t signed_offset_len(Str v)
{
    if (v.n == 0 || (v.p[0] != '-' && v.p[0] != '+'))
        return 0;
    uint64_t x;
    size_t used;
    if (!leading_int(str_from(v, 1), &x, &used) || used == 0 || x > 23)
        return 0;
    return 1 + used;
}

/* zone_len returns the length of the zone abbreviation at the start of [v], or 0. */
static size_t zone_len(Str v)
{
    if (v.n < 3)
        return 0;
    if (v.n >= 4 && (memcmp(v.p, "ChST", 4) == 0 || memcmp(v.p, "MeST", 4) == 0))
        return 4;
    if (memcmp(v.p, "GMT", 3) == 0)
        return v.n == 3 ? 3 : 3 + signed_offset_len(str_from(v, 3));
    if (v.p[0] == '+' || v.p[0] == '-')
        return signed_offset_len(v);
    size_t upper = 0;
    while (upper < 6 && upper < v.n && v.p[upper] >= 'A' && v.p[upper] <= 'Z')
        upper++;
    switch (upper) {
    case 5:
        return v.p[4] == 'T' ? 5 : 0;
    case 4:
        return v.p[3] == 'T' || memcmp(v.p, "WITA", 4) == 0 ? 4 : 0;
    case 3:
        return 3;
    default:
        return 0;
    }
}

/* nanoseconds reads the separator and digits v[:nbytes] (at most nine digits count). */
static bool nanoseconds(Str v, size_t nbytes, int64_t *ns, int *range_err)
{
    if (v.p[0] != '.' && v.p[0] != ',')
        return false;
    if (nbytes > 10)
        nbytes = 10;
    Str digits = {v.p + 1, nbytes - 1};
    if (!atoi_all(digits, ns))
        return false;
    if (*ns < 0) {
        *range_err = TIME_RANGE_FRACTION;
        return true;
    }
    for (size_t i = nbytes; i < 10; i++)
        *ns *= 10;
    return true;
}

static bool is_iso_zone(int std)
{
    return std == STD_ISO8601_TZ || std == STD_ISO8601_SHORT_TZ || std == STD_ISO8601_COLON_TZ ||
           std == STD_ISO8601_SECONDS_TZ || std == STD_ISO8601_COLON_SECS_TZ;
}

void time_parse(TimeParsed *r, const char *layout_p, size_t layout_n, const char *value_p,
                size_t value_n)
{
    Str layout = {layout_p, layout_n}, value = {value_p, value_n};
    memset(r, 0, sizeof *r);
    r->month = r->day = r->yday = -1;
    r->zone_offset = -1;
    r->zone_start = r->zone_end = -1;
    bool am = false, pm = false;
    size_t pos = 0;
    for (;;) {
        LayoutChunk ch = time_next_chunk(layout.p, layout.n, pos);
        Str prefix = {layout.p + pos, ch.start - pos};
        if (!skip_prefix(&value, prefix)) {
            r->fail = TIME_FAIL_CANNOT_PARSE;
            r->elem_start = (int64_t)pos;
            r->elem_end = (int64_t)ch.start;
            r->value_pos = (int64_t)(value.p - value_p);
            return;
        }
        if (ch.std == STD_NONE) {
            if (value.n != 0) {
                r->fail = TIME_FAIL_EXTRA;
                r->value_pos = (int64_t)(value.p - value_p);
            }
            break;
        }
        pos = ch.end;
        Str hold = value;
        bool ok = true;
        int range = 0;
        int64_t v;
        switch (ch.std) {
        case STD_YEAR:
            if (value.n < 2) {
                ok = false;
                break;
            }
            ok = atoi_all((Str){value.p, 2}, &v);
            value = str_from(value, 2);
            if (ok)
                r->year = v >= 69 ? v + 1900 : v + 2000;
            break;
        case STD_LONG_YEAR:
            if (value.n < 4 || !isdig(value, 0)) {
                ok = false;
                break;
            }
            ok = atoi_all((Str){value.p, 4}, &r->year);
            value = str_from(value, 4);
            break;
        case STD_MONTH:
            ok = lookup(month_names, 12, 3, &value, &v);
            r->month = ok ? v + 1 : 0;
            break;
        case STD_LONG_MONTH:
            ok = lookup(month_names, 12, 0, &value, &v);
            r->month = ok ? v + 1 : 0;
            break;
        case STD_NUM_MONTH:
        case STD_ZERO_MONTH:
            ok = getnum(&value, ch.std == STD_ZERO_MONTH, &r->month);
            if (ok && (r->month <= 0 || r->month > 12))
                range = TIME_RANGE_MONTH;
            break;
        case STD_WEEKDAY:
            ok = lookup(day_names, 7, 3, &value, &v);
            break;
        case STD_LONG_WEEKDAY:
            ok = lookup(day_names, 7, 0, &value, &v);
            break;
        case STD_DAY:
        case STD_UNDER_DAY:
        case STD_ZERO_DAY:
            if (ch.std == STD_UNDER_DAY && value.n > 0 && value.p[0] == ' ')
                value = str_from(value, 1);
            ok = getnum(&value, ch.std == STD_ZERO_DAY, &r->day);
            break;
        case STD_UNDER_YEAR_DAY:
        case STD_ZERO_YEAR_DAY:
            for (int i = 0; i < 2; i++)
                if (ch.std == STD_UNDER_YEAR_DAY && value.n > 0 && value.p[0] == ' ')
                    value = str_from(value, 1);
            ok = getnum3(&value, ch.std == STD_ZERO_YEAR_DAY, &r->yday);
            break;
        case STD_HOUR:
            ok = getnum(&value, false, &r->hour);
            if (r->hour < 0 || r->hour >= 24)
                range = TIME_RANGE_HOUR;
            break;
        case STD_HOUR12:
        case STD_ZERO_HOUR12:
            ok = getnum(&value, ch.std == STD_ZERO_HOUR12, &r->hour);
            if (r->hour < 0 || r->hour > 12)
                range = TIME_RANGE_HOUR;
            break;
        case STD_MINUTE:
        case STD_ZERO_MINUTE:
            ok = getnum(&value, ch.std == STD_ZERO_MINUTE, &r->min);
            if (r->min < 0 || r->min >= 60)
                range = TIME_RANGE_MINUTE;
            break;
        case STD_SECOND:
        case STD_ZERO_SECOND:
            ok = getnum(&value, ch.std == STD_ZERO_SECOND, &r->sec);
            if (!ok)
                break;
            if (r->sec < 0 || r->sec >= 60) {
                range = TIME_RANGE_SECOND;
                break;
            }
            /* a fraction the layout does not ask for is read here */
            if (value.n >= 2 && (value.p[0] == '.' || value.p[0] == ',') && isdig(value, 1)) {
                LayoutChunk next = time_next_chunk(layout.p, layout.n, pos);
                if (next.std == STD_FRAC0 || next.std == STD_FRAC9)
                    break;
                size_t n = 2;
                while (n < value.n && isdig(value, n))
                    n++;
                ok = nanoseconds(value, n, &r->nsec, &range);
                value = str_from(value, n);
            }
            break;
        case STD_PM:
        case STD_pm:
            if (value.n < 2) {
                ok = false;
                break;
            }
            if (memcmp(value.p, ch.std == STD_PM ? "PM" : "pm", 2) == 0)
                pm = true;
            else if (memcmp(value.p, ch.std == STD_PM ? "AM" : "am", 2) == 0)
                am = true;
            else
                ok = false;
            value = str_from(value, 2);
            break;
        case STD_TZ: {
            if (value.n >= 3 && memcmp(value.p, "UTC", 3) == 0) {
                r->utc = 1;
                value = str_from(value, 3);
                break;
            }
            size_t n = zone_len(value);
            if (n == 0) {
                ok = false;
                break;
            }
            r->zone_start = (int64_t)(value.p - value_p);
            r->zone_end = r->zone_start + (int64_t)n;
            value = str_from(value, n);
            break;
        }
        case STD_FRAC0: {
            size_t ndigit = 1 + (size_t)ch.digits;
            if (value.n < ndigit) {
                ok = false;
                break;
            }
            ok = nanoseconds(value, ndigit, &r->nsec, &range);
            value = str_from(value, ndigit);
            break;
        }
        case STD_FRAC9: {
            if (value.n < 2 || (value.p[0] != '.' && value.p[0] != ',') || !isdig(value, 1))
                break; /* no fraction */
            size_t i = 0;
            while (i + 1 < value.n && isdig(value, i + 1))
                i++;
            ok = nanoseconds(value, 1 + i, &r->nsec, &range);
            value = str_from(value, 1 + i);
            break;
        }
        default: { /* numeric zones: -0700 -07:00 -07 -070000 -07:00:00 and Z forms */
            int std = ch.std;
            if (is_iso_zone(std) && value.n >= 1 && value.p[0] == 'Z') {
                value = str_from(value, 1);
                r->utc = 1;
                break;
            }
            Str sign, hh, mm, ss;
            Str zeros = {"00", 2};
            if (std == STD_ISO8601_COLON_TZ || std == STD_NUM_COLON_TZ) {
                if (value.n < 6 || value.p[3] != ':') {
                    ok = false;
                    break;
                }
                sign = (Str){value.p, 1}, hh = (Str){value.p + 1, 2}, mm = (Str){value.p + 4, 2};
                ss = zeros;
                value = str_from(value, 6);
            } else if (std == STD_NUM_SHORT_TZ || std == STD_ISO8601_SHORT_TZ) {
                if (value.n < 3) {
                    ok = false;
                    break;
                }
                sign = (Str){value.p, 1}, hh = (Str){value.p + 1, 2}, mm = ss = zeros;
                value = str_from(value, 3);
            } else if (std == STD_ISO8601_COLON_SECS_TZ || std == STD_NUM_COLON_SECS_TZ) {
                if (value.n < 9 || value.p[3] != ':' || value.p[6] != ':') {
                    ok = false;
                    break;
                }
                sign = (Str){value.p, 1}, hh = (Str){value.p + 1, 2}, mm = (Str){value.p + 4, 2};
                ss = (Str){value.p + 7, 2};
                value = str_from(value, 9);
            } else if (std == STD_ISO8601_SECONDS_TZ || std == STD_NUM_SECONDS_TZ) {
                if (value.n < 7) {
                    ok = false;
                    break;
                }
                sign = (Str){value.p, 1}, hh = (Str){value.p + 1, 2}, mm = (Str){value.p + 3, 2};
                ss = (Str){value.p + 5, 2};
                value = str_from(value, 7);
            } else {
                if (value.n < 5) {
                    ok = false;
                    break;
                }
                sign = (Str){value.p, 1}, hh = (Str){value.p + 1, 2}, mm = (Str){value.p + 3, 2};
                ss = zeros;
                value = str_from(value, 5);
            }
            int64_t hr = 0, mn = 0, sc = 0;
            ok = getnum(&hh, true, &hr) && getnum(&mm, true, &mn) && getnum(&ss, true, &sc);
            /* ">" rather than ">=": offsets of 24 hours or 60 minutes are written */
            if (hr > 24)
                range = TIME_RANGE_ZONE_HOUR;
            if (mn > 60)
                range = TIME_RANGE_ZONE_MINUTE;
            if (sc > 60)
                range = TIME_RANGE_ZONE_SECOND;
            r->zone_offset = (hr * 60 + mn) * 60 + sc;
            if (sign.p[0] == '-')
                r->zone_offset = -r->zone_offset;
            else if (sign.p[0] != '+')
                ok = false;
            break;
        }
        }
        if (range) {
            r->fail = TIME_FAIL_RANGE;
            r->range_err = range;
            r->elem_start = (int64_t)ch.start;
            r->elem_end = (int64_t)ch.end;
            r->value_pos = (int64_t)(value.p - value_p);
            return;
        }
        if (!ok) {
            r->fail = TIME_FAIL_CANNOT_PARSE;
            r->elem_start = (int64_t)ch.start;
            r->elem_end = (int64_t)ch.end;
            r->value_pos = (int64_t)(hold.p - value_p);
            return;
        }
    }
    if (pm && r->hour < 12)
        r->hour += 12;
    else if (am && r->hour == 12)
        r->hour = 0;
}
