/*
 * time_test.c — package time's C engines (stdlib/time/format.c, parse.c): the calendar
 * split against a day-by-day walk over 2000 years (leap rules, years before 1), Format on
 * the reference time, and where Parse says it failed.
 */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <string.h>

#include "stdlib/time/format.h"

static int leap(int64_t y)
{
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

Test(time_civil, matches_a_day_by_day_walk)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    /* January 1 of year -799: days before year 1 are 800 years of 365.2425 days */
    int64_t y = -799, days = -(800 * 365 + 800 / 4 - 800 / 100 + 800 / 400);
    int m = 1, d = 1, yday = 1, wd = (int)((((days + 1) % 7) + 7) % 7);
    while (y < 1300) {
        TimeCivil c = time_civil(days * 86400 + 3723);
        cr_assert(eq(i64, c.year, y));
        cr_assert(eq(int, c.month, m));
        cr_assert(eq(int, c.day, d));
        cr_assert(eq(int, c.yday, yday));
        cr_assert(eq(int, c.weekday, wd));
        cr_assert(eq(i64, c.sec_of_day, 3723));
        days++;
        wd = (wd + 1) % 7;
        yday++;
        d++;
        if (d > mdays[m - 1] + (m == 2 && leap(y))) {
            d = 1;
            if (++m > 12) {
                m = 1;
                y++;
                yday = 1;
            }
        }
    }
}

Test(time_civil, epoch_and_negative_seconds)
{
    TimeCivil c = time_civil(62135596800); /* 1970-01-01 */
    cr_assert(eq(i64, c.year, 1970));
    cr_assert(eq(int, c.weekday, 4));
    c = time_civil(-1); /* the last second of year 0 */
    cr_assert(eq(i64, c.year, 0));
    cr_assert(eq(int, c.month, 12));
    cr_assert(eq(int, c.day, 31));
    cr_assert(eq(i64, c.sec_of_day, 86399));
}

static void check_format(const char *layout, int64_t abs, int64_t nsec, const char *name,
                         int64_t offset, const char *want)
{
    StrBuf b = {0};
    time_format(&b, layout, strlen(layout), abs, nsec, name, strlen(name), offset);
    char empty[1] = "";
    char *got = b.len ? b.data : empty;
    cr_assert(eq(str, got, (char *)want), "layout %s", layout);
    strbuf_free(&b);
}

Test(time_format, reference_time)
{
    /* Mon Jan 2 15:04:05 2006 in MST (-0700), on that zone's clock */
    int64_t abs = 63271811045;
    check_format("Mon Jan _2 15:04:05 MST 2006", abs, 0, "MST", -25200,
                 "Mon Jan  2 15:04:05 MST 2006");
    check_format("2006-01-02T15:04:05.999999999Z07:00", abs, 120000000, "MST", -25200,
                 "2006-01-02T15:04:05.12-07:00");
    check_format("3:04PM .000 ,9 Z07 -07:00:00 __2 002 Month _2006", abs, 5000000, "", -25200,
                 "3:04PM .005  -07 -07:00:00   2 002 Month _2006");
    check_format("MST", abs, 0, "", 19800, "+0530");
}

static TimeParsed parse(const char *layout, const char *value)
{
    TimeParsed r;
    time_parse(&r, layout, strlen(layout), value, strlen(value));
    return r;
}

Test(time_parse, fields_and_failures)
{
    TimeParsed r = parse("2006-01-02 15:04:05.000 -0700", "2024-05-17 13:47:29.123 +0130");
    cr_assert(eq(i64, r.fail, TIME_FAIL_NONE));
    cr_assert(eq(i64, r.year, 2024));
    cr_assert(eq(i64, r.nsec, 123000000));
    cr_assert(eq(i64, r.zone_offset, 5400));
    r = parse("2006-01-02", "2024-1x-17");
    cr_assert(eq(i64, r.fail, TIME_FAIL_CANNOT_PARSE));
    cr_assert(eq(i64, r.elem_start, 5)); /* "01" */
    cr_assert(eq(i64, r.elem_end, 7));
    cr_assert(eq(i64, r.value_pos, 5));
    r = parse("2006-01-02", "2024-13-17");
    cr_assert(eq(i64, r.fail, TIME_FAIL_RANGE));
    cr_assert(eq(i64, r.range_err, TIME_RANGE_MONTH));
    r = parse("2006", "2024 x");
    cr_assert(eq(i64, r.fail, TIME_FAIL_EXTRA));
    cr_assert(eq(i64, r.value_pos, 4));
    r = parse("3PM MST", "3pm EST");
    cr_assert(eq(i64, r.fail, TIME_FAIL_CANNOT_PARSE));
    r = parse("3PM MST", "12AM EST");
    cr_assert(eq(i64, r.hour, 0));
    cr_assert(eq(i64, r.zone_start, 5));
    cr_assert(eq(i64, r.zone_end, 8));
}
