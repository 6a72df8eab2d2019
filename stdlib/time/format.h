/*
 * format.h — package time's pure engines (no VM): the proleptic Gregorian calendar of
 * absolute seconds, and Time.Format's layout interpreter. stdlib/time/time.c wraps them as
 * natives; the Gale side (time.go) resolves zones first and passes the zone's clock.
 */
#ifndef GALE_STDLIB_TIME_FORMAT_H
#define GALE_STDLIB_TIME_FORMAT_H

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

/* time_format appends to [out] the time [abs] (a zone's clock, as for time_civil) with
 * [nsec] nanoseconds, in the zone [name] (borrowed, [namelen] bytes) at [offset] seconds
 * east of UTC, laid out as Go's [layout] says. */
void time_format(StrBuf *out, const char *layout, size_t len, int64_t abs, int64_t nsec,
                 const char *name, size_t namelen, int64_t offset);

#endif
