/*
 * format.h — package time's pure engines (no VM): the proleptic Gregorian calendar of
 * absolute seconds, the layout scanner, Time.Format's interpreter (format.c) and the
 * field reader of time.Parse (parse.c). stdlib/time/time.c wraps them as natives; the Gale
 * side (time.go) resolves zones and builds the Time and the ParseError.
 */
#ifndef GALE_STDLIB_TIME_FORMAT_H
#define GALE_STDLIB_TIME_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/strbuf.h"

/* TimeCivil is a day of the calendar and a second in it. */
typedef struct TimeCivil {
    int64_t year;
    int month;          /* 1..12 */
    int day;            /* 1..31 */
    int yday;           /* 1..366 */
    int weekday;        /* 0 = Sunday */
    int64_t sec_of_day; /* 0..86399 */
} TimeCivil;

/* time_civil splits [abs], seconds since January 1 of year 1 on a zone's clock, into the
 * calendar (years before 1 count down through 0, -1...). */
TimeCivil time_civil(int64_t abs);

/* The elements of a layout (Go's std* values). */
enum {
    STD_NONE,
    STD_LONG_MONTH, /* January */
    STD_MONTH,      /* Jan */
    STD_NUM_MONTH,  /* 1 */
    STD_ZERO_MONTH, /* 01 */
    STD_LONG_WEEKDAY,
    STD_WEEKDAY,
    STD_DAY,            /* 2 */
    STD_UNDER_DAY,      /* _2 */
    STD_ZERO_DAY,       /* 02 */
    STD_UNDER_YEAR_DAY, /* __2 */
    STD_ZERO_YEAR_DAY,  /* 002 */
    STD_HOUR,           /* 15 */
    STD_HOUR12,         /* 3 */
    STD_ZERO_HOUR12,    /* 03 */
    STD_MINUTE,
    STD_ZERO_MINUTE,
    STD_SECOND,
    STD_ZERO_SECOND,
    STD_LONG_YEAR, /* 2006 */
    STD_YEAR,      /* 06 */
    STD_PM,
    STD_pm,
    STD_TZ,                     /* MST */
    STD_ISO8601_TZ,             /* Z0700 */
    STD_ISO8601_SECONDS_TZ,     /* Z070000 */
    STD_ISO8601_SHORT_TZ,       /* Z07 */
    STD_ISO8601_COLON_TZ,       /* Z07:00 */
    STD_ISO8601_COLON_SECS_TZ,  /* Z07:00:00 */
    STD_NUM_TZ,                 /* -0700 */
    STD_NUM_SECONDS_TZ,         /* -070000 */
    STD_NUM_SHORT_TZ,           /* -07 */
    STD_NUM_COLON_TZ,           /* -07:00 */
    STD_NUM_COLON_SECS_TZ,      /* -07:00:00 */
    STD_FRAC0,                  /* .000: that many digits */
    STD_FRAC9,                  /* .999: up to that many, trailing zeros dropped */
};

/* A layout element found by time_next_chunk: its kind, where it starts and ends in the layout,
 * and for fractions the digit count and separator. */
typedef struct LayoutChunk {
    int std;
    size_t start, end;
    int digits;
    char sep;
} LayoutChunk;

/* time_next_chunk finds the first layout element of [s] ([len] bytes) at or after [from];
 * std is STD_NONE (and start is len) when there is none. */
LayoutChunk time_next_chunk(const char *s, size_t len, size_t from);

/* time_format appends to [out] the time [abs] (a zone's clock, as for time_civil) with
 * [nsec] nanoseconds, in the zone [name] (borrowed, [namelen] bytes) at [offset] seconds
 * east of UTC, laid out as Go's [layout] says. */
void time_format(StrBuf *out, const char *layout, size_t len, int64_t abs, int64_t nsec,
                 const char *name, size_t namelen, int64_t offset);

/* What time_parse found: the fields (-1: month, day, yday, zone_offset not given), the zone
 * abbreviation as offsets into the value (-1: none), whether "Z" or "UTC" was read, and on
 * failure what failed. The layout mirrors time.go's parsed struct (all int). */
typedef struct TimeParsed {
    int64_t year, month, day, yday, hour, min, sec, nsec;
    int64_t zone_offset;
    int64_t zone_start, zone_end;
    int64_t utc;
    int64_t fail;       /* TIME_FAIL_* */
    int64_t elem_start; /* the layout element or literal that failed, in the layout */
    int64_t elem_end;
    int64_t value_pos;  /* where the value's failing part starts */
    int64_t range_err;  /* TIME_RANGE_*: which field was out of range */
} TimeParsed;

enum { TIME_FAIL_NONE, TIME_FAIL_CANNOT_PARSE, TIME_FAIL_EXTRA, TIME_FAIL_RANGE };
enum {
    TIME_RANGE_NONE,
    TIME_RANGE_MONTH,
    TIME_RANGE_HOUR,
    TIME_RANGE_MINUTE,
    TIME_RANGE_SECOND,
    TIME_RANGE_ZONE_HOUR,
    TIME_RANGE_ZONE_MINUTE,
    TIME_RANGE_ZONE_SECOND,
    TIME_RANGE_FRACTION,
};

/* time_parse reads [value] as [layout] says, into [r]. */
void time_parse(TimeParsed *r, const char *layout, size_t layout_n, const char *value,
                size_t value_n);

#endif
