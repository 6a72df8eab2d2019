/*
 * format.c — Time.Format's engine and the calendar, in C because every Format, Date, Year
 * or Clock call goes through them.
 *
 * 1. time_civil: whole days since January 1 of year 1 split into 400-, 100-, 4- and 1-year
 *    cycles (year 1 starts a 400-year cycle), the last year of a cycle being the long one.
 * 2. time_format scans the layout as Go's nextStdChunk does: at each position it tries the
 *    elements of the reference time (2006 01 Jan January Mon Monday 02 _2 2 __2 002 15 3 03
 *    4 04 5 05 PM pm MST -0700 -07:00 -07 -070000 -07:00:00 and their Z forms, .000 .999
 *    ,000 ,999), copies the text before it and appends the element's value. The rules that
 *    keep "Month" or "Janet" literal (a lower-case letter after Jan/Mon) and "_2006" (a
 *    literal '_' then the year) are Go's.
 * The zone is resolved by the caller (time.go): this file sees only the zone's clock, the
 * zone's name and offset.
 */
#include "stdlib/time/format.h"

#include <stdbool.h>
#include <string.h>

static const char *const long_months[] = {"January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December"};
static const char *const long_days[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                        "Thursday", "Friday", "Saturday"};

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

static const int cum_days[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};

static int is_leap(int64_t y)
{
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

TimeCivil time_civil(int64_t abs)
{
    TimeCivil c;
    int64_t days = floor_div(abs, 86400);
    c.sec_of_day = abs - days * 86400;
    c.weekday = (int)(((days + 1) % 7 + 7) % 7); /* January 1 of year 1 was a Monday */
    int64_t n400 = floor_div(days, 146097);
    int64_t d = days - n400 * 146097;
    int64_t n100 = d / 36524;
    if (n100 == 4)
        n100 = 3;
    d -= n100 * 36524;
    int64_t n4 = d / 1461;
    d -= n4 * 1461;
    int64_t n1 = d / 365;
    if (n1 == 4)
        n1 = 3;
    d -= n1 * 365;
    c.year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1;
    int yday = (int)d;
    int leap = is_leap(c.year);
    int m = 11;
    while (m > 0 && yday < cum_days[m] + (m >= 2 ? leap : 0))
        m--;
    c.month = m + 1;
    c.day = yday - (cum_days[m] + (m >= 2 ? leap : 0)) + 1;
    c.yday = yday + 1;
    return c;
}

static int has_at(const char *s, size_t len, size_t i, const char *w)
{
    size_t n = strlen(w);
    return len >= i + n && memcmp(s + i, w, n) == 0;
}

static int lower_at(const char *s, size_t len, size_t i)
{
    return i < len && s[i] >= 'a' && s[i] <= 'z';
}

static int digit_at(const char *s, size_t len, size_t i)
{
    return i < len && s[i] >= '0' && s[i] <= '9';
}

LayoutChunk time_next_chunk(const char *s, size_t len, size_t from)
{
    static const int std0x[] = {STD_ZERO_MONTH,  STD_ZERO_DAY,    STD_ZERO_HOUR12,
                                STD_ZERO_MINUTE, STD_ZERO_SECOND, STD_YEAR};
    static const struct {
        const char *text;
        int std;
    } tz[] = {
        {"-070000", STD_NUM_SECONDS_TZ},      {"-07:00:00", STD_NUM_COLON_SECS_TZ},
        {"-0700", STD_NUM_TZ},                {"-07:00", STD_NUM_COLON_TZ},
        {"-07", STD_NUM_SHORT_TZ},            {"Z070000", STD_ISO8601_SECONDS_TZ},
        {"Z07:00:00", STD_ISO8601_COLON_SECS_TZ}, {"Z0700", STD_ISO8601_TZ},
        {"Z07:00", STD_ISO8601_COLON_TZ},     {"Z07", STD_ISO8601_SHORT_TZ},
    };
    LayoutChunk c = {STD_NONE, len, len, 0, '.'};
    for (size_t i = from; i < len; i++) {
        int std = STD_NONE;
        size_t w = 0, start = i;
        switch (s[i]) {
        case 'J':
            if (has_at(s, len, i, "January"))
                std = STD_LONG_MONTH, w = 7;
            else if (has_at(s, len, i, "Jan") && !lower_at(s, len, i + 3))
                std = STD_MONTH, w = 3;
            break;
        case 'M':
            if (has_at(s, len, i, "Monday"))
                std = STD_LONG_WEEKDAY, w = 6;
            else if (has_at(s, len, i, "Mon") && !lower_at(s, len, i + 3))
                std = STD_WEEKDAY, w = 3;
            else if (has_at(s, len, i, "MST"))
                std = STD_TZ, w = 3;
            break;
        case '0':
            if (i + 1 < len && s[i + 1] >= '1' && s[i + 1] <= '6')
                std = std0x[s[i + 1] - '1'], w = 2;
            else if (has_at(s, len, i, "002"))
                std = STD_ZERO_YEAR_DAY, w = 3;
            break;
        case '1':
            if (i + 1 < len && s[i + 1] == '5')
                std = STD_HOUR, w = 2;
            else
                std = STD_NUM_MONTH, w = 1;
            break;
        case '2':
            if (has_at(s, len, i, "2006"))
                std = STD_LONG_YEAR, w = 4;
            else
                std = STD_DAY, w = 1;
            break;
        case '_':
            if (i + 1 < len && s[i + 1] == '2') {
                if (has_at(s, len, i + 1, "2006")) /* a literal '_' before the year */
                    std = STD_LONG_YEAR, start = i + 1, w = 4;
                else
                    std = STD_UNDER_DAY, w = 2;
            } else if (has_at(s, len, i, "__2")) {
                std = STD_UNDER_YEAR_DAY, w = 3;
            }
            break;
        case '3':
            std = STD_HOUR12, w = 1;
            break;
        case '4':
            std = STD_MINUTE, w = 1;
            break;
        case '5':
            std = STD_SECOND, w = 1;
            break;
        case 'P':
            if (i + 1 < len && s[i + 1] == 'M')
                std = STD_PM, w = 2;
            break;
        case 'p':
            if (i + 1 < len && s[i + 1] == 'm')
                std = STD_pm, w = 2;
            break;
        case '-':
        case 'Z':
            for (size_t k = 0; k < sizeof tz / sizeof tz[0]; k++)
                if (tz[k].text[0] == s[i] && has_at(s, len, i, tz[k].text)) {
                    std = tz[k].std, w = strlen(tz[k].text);
                    break;
                }
            break;
        case '.':
        case ',':
            if (i + 1 < len && (s[i + 1] == '0' || s[i + 1] == '9')) {
                char ch = s[i + 1];
                size_t j = i + 1;
                while (j < len && s[j] == ch)
                    j++;
                if (!digit_at(s, len, j)) {
                    c.std = ch == '0' ? STD_FRAC0 : STD_FRAC9;
                    c.start = i;
                    c.end = j;
                    c.digits = (int)((j - (i + 1)) & 0xfff);
                    c.sep = s[i];
                    return c;
                }
            }
            break;
        }
        if (std != STD_NONE) {
            c.std = std;
            c.start = start;
            c.end = start + w;
            return c;
        }
    }
    return c;
}

/* put_int appends [x] in decimal, zero-padded to [width] digits after any sign. */
static void put_int(StrBuf *b, int64_t x, int width)
{
    char buf[24];
    uint64_t u = (uint64_t)x;
    if (x < 0) {
        strbuf_putc(b, '-');
        u = -u;
    }
    int i = (int)sizeof buf;
    do {
        buf[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u > 0);
    for (int n = (int)sizeof buf - i; n < width; n++)
        strbuf_putc(b, '0');
    strbuf_append(b, buf + i, sizeof buf - (size_t)i);
}

static void put_frac(StrBuf *b, int64_t nsec, const LayoutChunk *c)
{
    int trim = c->std == STD_FRAC9;
    if (trim && (c->digits == 0 || nsec == 0))
        return;
    char buf[10];
    buf[0] = c->sep;
    for (int k = 9; k >= 1; k--) {
        buf[k] = (char)('0' + nsec % 10);
        nsec /= 10;
    }
    size_t n = 1 + (size_t)(c->digits < 9 ? c->digits : 9);
    if (trim) {
        while (n > 0 && buf[n - 1] == '0')
            n--;
        if (n > 0 && buf[n - 1] == c->sep)
            n--;
    }
    strbuf_append(b, buf, n);
    /* Go's layout may ask for more than nine digits: it writes only nine (appendNano) */
}

static void put_zone(StrBuf *b, int std, int64_t offset)
{
    int iso = std == STD_ISO8601_TZ || std == STD_ISO8601_COLON_TZ ||
              std == STD_ISO8601_SECONDS_TZ || std == STD_ISO8601_SHORT_TZ ||
              std == STD_ISO8601_COLON_SECS_TZ;
    if (offset == 0 && iso) {
        strbuf_putc(b, 'Z');
        return;
    }
    int64_t zone = offset / 60, absoff = offset;
    if (zone < 0) {
        strbuf_putc(b, '-');
        zone = -zone;
        absoff = -absoff;
    } else {
        strbuf_putc(b, '+');
    }
    put_int(b, zone / 60, 2);
    if (std == STD_ISO8601_COLON_TZ || std == STD_NUM_COLON_TZ ||
        std == STD_ISO8601_COLON_SECS_TZ || std == STD_NUM_COLON_SECS_TZ)
        strbuf_putc(b, ':');
    if (std != STD_NUM_SHORT_TZ && std != STD_ISO8601_SHORT_TZ)
        put_int(b, zone % 60, 2);
    if (std == STD_ISO8601_SECONDS_TZ || std == STD_NUM_SECONDS_TZ ||
        std == STD_NUM_COLON_SECS_TZ || std == STD_ISO8601_COLON_SECS_TZ) {
        if (std == STD_NUM_COLON_SECS_TZ || std == STD_ISO8601_COLON_SECS_TZ)
            strbuf_putc(b, ':');
        put_int(b, absoff % 60, 2);
    }
}

void time_format(StrBuf *out, const char *layout, size_t len, int64_t abs, int64_t nsec,
                 const char *name, size_t namelen, int64_t offset)
{
    TimeCivil c = time_civil(abs);
    int hour = (int)(c.sec_of_day / 3600), min = (int)(c.sec_of_day % 3600 / 60),
        sec = (int)(c.sec_of_day % 60);
    size_t pos = 0;
    while (pos < len) {
        LayoutChunk ch = time_next_chunk(layout, len, pos);
        strbuf_append(out, layout + pos, ch.start - pos);
        if (ch.std == STD_NONE)
            break;
        pos = ch.end;
        switch (ch.std) {
        case STD_YEAR: {
            int64_t y = c.year < 0 ? -c.year : c.year;
            put_int(out, y % 100, 2);
            break;
        }
        case STD_LONG_YEAR:
            put_int(out, c.year, 4);
            break;
        case STD_MONTH:
            strbuf_append(out, long_months[c.month - 1], 3);
            break;
        case STD_LONG_MONTH:
            strbuf_puts(out, long_months[c.month - 1]);
            break;
        case STD_NUM_MONTH:
            put_int(out, c.month, 0);
            break;
        case STD_ZERO_MONTH:
            put_int(out, c.month, 2);
            break;
        case STD_WEEKDAY:
            strbuf_append(out, long_days[c.weekday], 3);
            break;
        case STD_LONG_WEEKDAY:
            strbuf_puts(out, long_days[c.weekday]);
            break;
        case STD_DAY:
            put_int(out, c.day, 0);
            break;
        case STD_UNDER_DAY:
            if (c.day < 10)
                strbuf_putc(out, ' ');
            put_int(out, c.day, 0);
            break;
        case STD_ZERO_DAY:
            put_int(out, c.day, 2);
            break;
        case STD_UNDER_YEAR_DAY:
            if (c.yday < 100)
                strbuf_puts(out, c.yday < 10 ? "  " : " ");
            put_int(out, c.yday, 0);
            break;
        case STD_ZERO_YEAR_DAY:
            put_int(out, c.yday, 3);
            break;
        case STD_HOUR:
            put_int(out, hour, 2);
            break;
        case STD_HOUR12:
        case STD_ZERO_HOUR12: /* noon is 12PM, midnight 12AM */
            put_int(out, hour % 12 == 0 ? 12 : hour % 12, ch.std == STD_ZERO_HOUR12 ? 2 : 0);
            break;
        case STD_MINUTE:
            put_int(out, min, 0);
            break;
        case STD_ZERO_MINUTE:
            put_int(out, min, 2);
            break;
        case STD_SECOND:
            put_int(out, sec, 0);
            break;
        case STD_ZERO_SECOND:
            put_int(out, sec, 2);
            break;
        case STD_PM:
            strbuf_puts(out, hour >= 12 ? "PM" : "AM");
            break;
        case STD_pm:
            strbuf_puts(out, hour >= 12 ? "pm" : "am");
            break;
        case STD_TZ:
            if (namelen > 0) {
                strbuf_append(out, name, namelen);
            } else { /* a zone without a name: its offset as -0700 */
                int64_t zone = offset / 60;
                strbuf_putc(out, zone < 0 ? '-' : '+');
                if (zone < 0)
                    zone = -zone;
                put_int(out, zone / 60, 2);
                put_int(out, zone % 60, 2);
            }
            break;
        case STD_FRAC0:
        case STD_FRAC9:
            put_frac(out, nsec, &ch);
            break;
        default:
            put_zone(out, ch.std, offset);
            break;
        }
    }
}
