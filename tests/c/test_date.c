/*
 * test_date.c - bs_date_parse() and bs_date_from_url() (date.c).
 *
 * Every case runs with the fixed reference time TU_NOW (2026-01-01), so
 * the results do not change with the day the tests run.
 */
#include "testutil.h"

typedef struct {
    const char *in;
    const char *want; /* NULL: rejected */
} date_case;

static const date_case dates[] = {
    /* ISO 8601 */
    {"2020-12-22", "2020-12-22"},
    {"2020-12-22T13:45:00Z", "2020-12-22T13:45:00+00:00"},
    {"2020-12-22T13:45:00z", "2020-12-22T13:45:00+00:00"},
    {"2020-12-22T13:45:00+03:00", "2020-12-22T13:45:00+03:00"},
    {"2020-12-22T13:45:00-05:00", "2020-12-22T13:45:00-05:00"},
    {"2020-12-22T13:45:00.123Z", "2020-12-22T13:45:00+00:00"},
    {"2020-12-22T13:45:00.123456+01:00", "2020-12-22T13:45:00+01:00"},
    {"2020-12-22T13:45:00+0530", "2020-12-22T13:45:00+05:30"},
    {"2020-12-22T13:45:00+02", "2020-12-22T13:45:00+02:00"},
    {"2020-12-22T13:45Z", "2020-12-22T13:45:00+00:00"},
    {"2020-12-22t13:45:00+03:00", "2020-12-22T13:45:00+03:00"},
    {"2020-12-22 13:45:00+03:00", "2020-12-22T13:45:00+03:00"},
    {"2020-12-22 13:45 UTC", "2020-12-22T13:45:00+00:00"},
    {"2020-12-22 13:45:10 GMT", "2020-12-22T13:45:10+00:00"},
    /* a time without an offset is not a point in time: the date only */
    {"2020-12-22T13:45:00", "2020-12-22"},
    {"2020-12-22T13:45", "2020-12-22"},
    {"2020-12-22 13:45", "2020-12-22"},
    /* an impossible time is dropped, the date kept */
    {"2020-12-22T25:61:00+03:00", "2020-12-22"},
    {"2020-12-22T13:45:00+15:00", "2020-12-22"},
    /* a news site's subline: day, month and year between bars */
    {"26 | 01 | 2022", "2022-01-26"},
    {"26|01|2022", "2022-01-26"},
    {"01 | 05 | 2020", "2020-05-01"},
    {"12 | 25 | 2020", "2020-12-25"},
    {"26 | 01|2022", NULL},
    {"26 | 13 | 2022", NULL},
    {"6 | 1 | 2022", NULL},
    {"2020/12/22", "2020-12-22"},
    {"2020.12.22", "2020-12-22"},
    {"2020-1-5", "2020-01-05"},
    {"20201222", "2020-12-22"},
    {"  2020-12-22  ", "2020-12-22"},
    {"Published: 2020-12-22", "2020-12-22"},
    /* RFC 2822 */
    {"Tue, 22 Dec 2020 13:45:00 +0000", "2020-12-22T13:45:00+00:00"},
    {"Tue, 22 Dec 2020 13:45:00 -0800", "2020-12-22T13:45:00-08:00"},
    {"Sat, 01 Feb 2020 10:00:00 GMT", "2020-02-01T10:00:00+00:00"},
    {"22 Dec 2020 13:45 +0100", "2020-12-22T13:45:00+01:00"},
    /* English */
    {"December 22, 2020", "2020-12-22"},
    {"December 22 2020", "2020-12-22"},
    {"Dec 22, 2020", "2020-12-22"},
    {"Dec. 22nd, 2020", "2020-12-22"},
    {"Dec. 1st, 2020", "2020-12-01"},
    {"March 3rd, 2021", "2021-03-03"},
    {"Sept. 4th 2021", "2021-09-04"},
    {"Septemb. 4 2021", "2021-09-04"},
    {"22 December 2020", "2020-12-22"},
    {"22nd of December, 2020", "2020-12-22"},
    {"Tuesday, 22 December 2020", "2020-12-22"},
    {"Tuesday, December 22, 2020", "2020-12-22"},
    {"Posted on May 5, 2021", "2021-05-05"},
    {"2020 Dec 22", "2020-12-22"},
    {"DECEMBER 22, 2020", "2020-12-22"},
    {"december 22, 2020", "2020-12-22"},
    {"22 DEC 2020", "2020-12-22"},
    {"December 22, 2020 1:45 pm UTC", "2020-12-22T13:45:00+00:00"},
    {"December 22, 2020 12:05 am GMT", "2020-12-22T00:05:00+00:00"},
    {"December 22, 2020 at 1:45 pm", "2020-12-22"},
    /* numeric day/month orders */
    {"22.12.2020", "2020-12-22"},
    {"1.2.2021", "2021-02-01"},
    {"22-12-2020", "2020-12-22"},
    {"12/22/2020", "2020-12-22"},
    {"11-29-2024,", "2024-11-29"}, /* the month first, with dashes */
    {"19-Feb-2020", "2020-02-19"},
    {"19/Feb/2020:10:30:00 +0100", "2020-02-19"},
    {"2020\xE5\xB9\xB4" "2\xE6\x9C\x88" "19\xE6\x97\xA5", "2020-02-19"}, /* 年月日 */
    {"2020\xEB\x85\x84 2\xEC\x9B\x94 19\xEC\x9D\xBC", "2020-02-19"}, /* 년월일 */
    {"am 26/10/13, 03:48 pm", "2013-10-26"},
    {"10/26/13", "2013-10-26"},
    {"22/12/2020", "2020-12-22"},
    {"03/04/2021", "2021-03-04"}, /* ambiguous: month first */
    {"22.12.2020, 14:30", "2020-12-22"},
    {"23.09.22", "2022-09-23"}, /* two-digit year */
    {"23.09.22 - Saarland", "2022-09-23"},
    {"Von Jane Doe | 31.10.23", "2023-10-31"},
    {"23.09.98", "1998-09-23"},
    /* German */
    {"22. Dezember 2020", "2020-12-22"},
    {"22 Dezember 2020", "2020-12-22"},
    {"14. M\xC3\xA4rz 2023, 10:15 Uhr", "2023-03-14"},
    {"14. M\xC3\x84RZ 2023", "2023-03-14"},
    {"14. Maerz 2023", "2023-03-14"},
    {"1. Mai 2021", "2021-05-01"},
    {"3. Oktober 2021", "2021-10-03"},
    {"Montag, 4. Januar 2021", "2021-01-04"},
    {"J\xC3\xA4nner 5, 2021", "2021-01-05"},
    /* French */
    {"22 d\xC3\xA9" "cembre 2020", "2020-12-22"},
    {"22 D\xC3\x89" "CEMBRE 2020", "2020-12-22"},
    {"1er mars 2021", "2021-03-01"},
    {"3 f\xC3\xA9vrier 2021", "2021-02-03"},
    {"15 ao\xC3\xBBt 2021", "2021-08-15"},
    {"mardi 22 d\xC3\xA9" "cembre 2020", "2020-12-22"},
    {"7 juillet 2021", "2021-07-07"},
    {"2 juin 2021", "2021-06-02"},
    {"9 avril 2021", "2021-04-09"},
    /* Spanish */
    {"22 de diciembre de 2020", "2020-12-22"},
    {"5 de enero de 2021", "2021-01-05"},
    {"Martes, 22 de diciembre de 2020", "2020-12-22"},
    {"3 de abril del 2021", "2021-04-03"},
    {"10 de agosto de 2021", "2021-08-10"},
    /* Italian */
    {"22 dicembre 2020", "2020-12-22"},
    {"5 gennaio 2021", "2021-01-05"},
    {"10 maggio 2021", "2021-05-10"},
    {"2 giugno 2021", "2021-06-02"},
    {"14 luglio 2021", "2021-07-14"},
    {"3 ottobre 2021", "2021-10-03"},
    {"12 settembre 2021", "2021-09-12"},
    /* Portuguese */
    {"22 de dezembro de 2020", "2020-12-22"},
    {"5 de outubro de 2021", "2021-10-05"},
    {"3 de mar\xC3\xA7o de 2021", "2021-03-03"},
    {"10 de fevereiro de 2021", "2021-02-10"},
    {"1 de maio de 2021", "2021-05-01"},
    {"7 de setembro de 2021", "2021-09-07"},
    /* Dutch */
    {"22 december 2020", "2020-12-22"},
    {"3 maart 2021", "2021-03-03"},
    {"5 mei 2021", "2021-05-05"},
    {"1 oktober 2021", "2021-10-01"},
    {"9 juli 2021", "2021-07-09"},
    /* Polish */
    {"22 grudnia 2020", "2020-12-22"},
    {"5 stycznia 2021", "2021-01-05"},
    {"10 lutego 2021", "2021-02-10"},
    {"3 marca 2021", "2021-03-03"},
    {"15 kwietnia 2021", "2021-04-15"},
    {"1 maja 2021", "2021-05-01"},
    {"4 czerwca 2021", "2021-06-04"},
    {"8 lipca 2021", "2021-07-08"},
    {"12 sierpnia 2021", "2021-08-12"},
    {"7 wrze\xC5\x9Bnia 2021", "2021-09-07"},
    {"7 WRZE\xC5\x9ANIA 2021", "2021-09-07"}, /* capitals: Ś */
    {"5 pa\xC5\xBA" "dziernika 2021", "2021-10-05"},
    {"11 listopada 2021", "2021-11-11"},
    {"22 GRUDNIA 2020", "2020-12-22"},
    /* Russian */
    {"22 \xD0\xB4\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80\xD1\x8F 2020",
     "2020-12-22"}, /* декабря */
    {"22 \xD0\x94\xD0\x95\xD0\x9A\xD0\x90\xD0\x91\xD0\xA0\xD0\xAF 2020",
     "2020-12-22"}, /* ДЕКАБРЯ */
    {"22 \xD0\x94\xD0\xB5\xD0\xBA\xD0\xB0\xD0\xB1\xD1\x80\xD1\x8F 2020",
     "2020-12-22"}, /* Декабря */
    {"5 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2021",
     "2021-01-05"}, /* января */
    {"10 \xD1\x84\xD0\xB5\xD0\xB2\xD1\x80\xD0\xB0\xD0\xBB\xD1\x8F 2021",
     "2021-02-10"}, /* февраля */
    {"1 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2021",
     "2021-03-01"}, /* марта */
    {"9 \xD0\xBC\xD0\xB0\xD1\x8F 2021", "2021-05-09"}, /* мая */
    {"12 \xD0\xB8\xD1\x8E\xD0\xBD\xD1\x8F 2021", "2021-06-12"}, /* июня */
    {"3 \xD1\x81\xD0\xB5\xD0\xBD\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F "
     "2021",
     "2021-09-03"}, /* сентября */
    {"7 \xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F 2021",
     "2021-11-07"}, /* ноября */
    {"22 \xD0\xB4\xD0\xB5\xD0\xBA. 2020 \xD0\xB3.", "2020-12-22"}, /* дек. г. */
    /* plausible range: 1995 up to the reference time (plus a day) */
    {"1995-01-01", "1995-01-01"},
    {"2025-12-31", "2025-12-31"},
    {"2026-01-01", "2026-01-01"},
    {"2026-01-02", "2026-01-02"},
    {"2020-02-29", "2020-02-29"},
    {"2000-02-29", "2000-02-29"},
    /* rejected */
    {"12.10.22.5", NULL}, /* a version number, an address */
    {"v1.23.09.22", NULL},
    {"10.12.20.1", NULL},
    {"12.13.22", NULL},
    {"31.12.26", NULL}, /* after the reference day, and before 1995 */
    {"2.10.22", NULL},
    {"1994-12-31", NULL},
    {"1990-05-01", NULL},
    {"May 5, 1990", NULL},
    /* words that begin with a month's stem and go on as no month does */
    {"12/10/13/5", NULL},
    {"v1.13.2019", NULL}, /* dots: a version, no month first */
    {"2020\xE5\xB9\xB4" "2\xE6\x9C\x88 (3)", NULL}, /* an archive's month */
    {"Issue 5 - Feb 2020", NULL},
    {"5/Feb 2020", NULL},
    {"2020\xE5\xB9\xB4" "13\xE6\x9C\x88" "1\xE6\x97\xA5", NULL},
    {"Marcus 14, 2025", NULL},
    {"Augusta 3, 2021", NULL},
    {"Mayor 3 2021", NULL},
    {"Decade 12, 2020", NULL},
    {"31.12.1994", NULL},
    {"2026-01-03", NULL},
    {"2026-06-01", NULL},
    {"2030-01-01", NULL},
    {"December 22, 2099", NULL},
    {"2021-02-30", NULL},
    {"2021-02-29", NULL},
    {"2100-02-29", NULL},
    {"30.02.2021", NULL},
    {"February 30, 2021", NULL},
    {"2021-04-31", NULL},
    {"2021-13-01", NULL},
    {"2021-00-10", NULL},
    {"2021-01-00", NULL},
    {"2021-01-32", NULL},
    {"13/13/2021", NULL},
    {"20211301", NULL},
    {"", NULL},
    {" ", NULL},
    {"hello world", NULL},
    {"not a date", NULL},
    {"12345", NULL},
    {"2020", NULL},
    {"December", NULL},
    {"December 2020", NULL},
    {"call 555-1234", NULL},
    {"version 1.2.3", NULL},
    {"Updated 3 hours ago", NULL},
    {"The market is set to reopen", NULL},
    {"-- :: //", NULL},
};

START_TEST(test_date_parse)
{
    const date_case *c = &dates[_i];
    char out[64];
    int ok;

    memset(out, 'X', sizeof(out));
    ok = bs_date_parse(c->in, strlen(c->in), out, TU_NOW);
    if (c->want == NULL) {
        ck_assert_msg(!ok, "[%s] -> [%s], want rejection", c->in, out);
    } else {
        ck_assert_msg(ok, "[%s] rejected, want [%s]", c->in, c->want);
        ck_assert_msg(strcmp(out, c->want) == 0, "[%s] -> [%s], want [%s]",
                      c->in, out, c->want);
        ck_assert_uint_lt(strlen(out), 26);
    }
}
END_TEST

/* An ambiguous numeric date in either order; an unambiguous one alike. */
static const struct {
    const char *in;
    int day_first;
    const char *want;
} orders[] = {
    {"02/10/2020", 0, "2020-02-10"}, {"02/10/2020", 1, "2020-10-02"},
    {"10/13/2020", 1, "2020-10-13"}, {"13/10/2020", 0, "2020-10-13"},
    {"02.10.2020", 0, "2020-10-02"}, {"2020/02/10", 1, "2020-02-10"},
};

START_TEST(test_date_parse_order)
{
    char out[64];

    ck_assert(bs_date_parse_order(orders[_i].in, strlen(orders[_i].in), out,
                                  TU_NOW, orders[_i].day_first));
    TU_STR_EQ(out, orders[_i].want);
}
END_TEST

/* The length bounds the input; no NUL is needed. */
START_TEST(test_date_length)
{
    char out[64];

    ck_assert_int_eq(bs_date_parse("2020-12-22T13:45:00+03:00", 10, out,
                                   TU_NOW),
                     1);
    ck_assert_str_eq(out, "2020-12-22");
    ck_assert_int_eq(bs_date_parse("2020-12-22", 7, out, TU_NOW), 0);
    ck_assert_int_eq(bs_date_parse("2020-12-22", 0, out, TU_NOW), 0);
}
END_TEST

/* A long string: only its start is read, and nothing overflows. */
START_TEST(test_date_long_input)
{
    char out[64];
    char *s = malloc(100001);
    size_t i;

    ck_assert_ptr_nonnull(s);
    for (i = 0; i < 100000; i++)
        s[i] = "1a-:. ,/T+\xC3\xA9"[i % 12];
    s[100000] = '\0';
    bs_date_parse(s, 100000, out, TU_NOW);
    memcpy(s, "2020-12-22 ", 11);
    ck_assert_int_eq(bs_date_parse(s, 100000, out, TU_NOW), 1);
    ck_assert_str_eq(out, "2020-12-22");
    /* one very long word */
    memset(s, 'x', 100000);
    ck_assert_int_eq(bs_date_parse(s, 100000, out, TU_NOW), 0);
    free(s);
}
END_TEST

/* now = 0 means the current time: a recent date is accepted, a far
   future one is not. */
START_TEST(test_date_now_zero)
{
    char out[64];

    ck_assert_int_eq(bs_date_parse("2021-06-01", 10, out, 0), 1);
    ck_assert_str_eq(out, "2021-06-01");
    ck_assert_int_eq(bs_date_parse("2999-06-01", 10, out, 0), 0);
}
END_TEST

static const date_case urls[] = {
    {"https://example.com/2020/12/22/slug", "2020-12-22"},
    {"https://example.com/news/2020/12/22/slug.html", "2020-12-22"},
    {"https://example.com/2020/12/22", "2020-12-22"},
    {"https://example.com/news/2020-12-22-slug", "2020-12-22"},
    {"https://example.com/news/slug-2020-12-22", "2020-12-22"},
    {"https://example.com/blog/2020_12_22_slug", "2020-12-22"},
    {"https://example.com/20201222/slug", "2020-12-22"},
    {"https://example.com/news/20201222", "2020-12-22"},
    {"https://example.com/a/2020/12/22/?utm=2021/01/01", "2020-12-22"},
    {"/2020/12/22/relative", "2020-12-22"},
    {"https://example.com/blog/2023/october/03/slug", "2023-10-03"},
    {"https://example.com/2023/Oct/3/slug", "2023-10-03"},
    {"https://example.com/2023/oktober/03", "2023-10-03"},
    {"https://example.com/2023/news/03/slug", NULL},
    {"https://example.com/2023/october/slug", NULL},
    {"https://example.com/home/2017/7/12/slug", "2017-07-12"},
    {"https://example.com/news/29-10-2021", "2021-10-29"},
    {"https://example.com/news/5_3_2021/slug", "2021-03-05"},
    {"https://example.com/news/29-10-21", NULL},
    {"https://example.com/news/2021-10-29-10-30", "2021-10-29"},
    {"https://example.com/v/1-2-3/x", NULL},
    {"https://example.com/2020/12/slug", NULL},
    {"https://example.com/2020/slug", NULL},
    {"https://example.com/1990/01/01/old", NULL},
    {"https://example.com/2020/13/45/bad", NULL},
    {"https://example.com/2021/02/29/bad", NULL},
    {"https://example.com/2030/01/01/future", NULL},
    {"https://example.com/2020/12/222/x", NULL},
    {"https://example.com/2020/12-22/x", NULL},
    {"https://example.com/id/202012221/x", NULL},
    {"https://example.com/p?d=2020/12/22", NULL},
    {"https://example.com/p#2020/12/22", NULL},
    {"https://2020-12-22.example.com/", NULL},
    {"https://example.com/", NULL},
    {"https://example.com", NULL},
    {"", NULL},
};

START_TEST(test_date_from_url)
{
    const date_case *c = &urls[_i];
    char out[64];
    int ok;

    memset(out, 'X', sizeof(out));
    ok = bs_date_from_url(c->in, out, TU_NOW);
    if (c->want == NULL) {
        ck_assert_msg(!ok, "[%s] -> [%s], want none", c->in, out);
    } else {
        ck_assert_msg(ok, "[%s]: no date, want [%s]", c->in, c->want);
        ck_assert_msg(strcmp(out, c->want) == 0, "[%s] -> [%s], want [%s]",
                      c->in, out, c->want);
    }
}
END_TEST

START_TEST(test_date_from_url_null)
{
    char out[64];

    ck_assert_int_eq(bs_date_from_url(NULL, out, TU_NOW), 0);
}
END_TEST

/* bs_date_local_day: the day of a UTC date-time in another zone */
typedef struct {
    const char *utc;
    const char *day;
    int want;
} local_case;

static const local_case locals[] = {
    {"2023-11-09T05:30:59+00:00", "2023-11-08", 1}, /* UTC-06:00 */
    {"2018-12-31T23:11:59+00:00", "2019-01-01", 1}, /* UTC+01:00 */
    {"2021-03-01T00:10:00+00:00", "2021-02-28", 1}, /* over a month */
    {"2023-11-09T13:00:00+00:00", "2023-11-08", 0}, /* 13 h behind: none */
    {"2023-11-09T09:00:00+00:00", "2023-11-10", 0}, /* 15 h ahead: none */
    {"2023-11-09T05:30:59+00:00", "2023-11-09", 0}, /* the UTC day itself */
    {"2023-11-09T05:30:59+00:00", "2023-11-07", 0},
    {"2023-11-09T05:30:59-06:00", "2023-11-08", 0}, /* not in UTC */
    {"2023-11-09", "2023-11-08", 0},                /* no time */
    {"2023-11-09T05:30:59+00:00", "2023-11-08T00:00:00+00:00", 0},
};

START_TEST(test_date_local_day)
{
    const local_case *c = &locals[_i];

    ck_assert_msg(bs_date_local_day(c->utc, c->day) == c->want,
                  "[%s] on [%s]: want %d", c->utc, c->day, c->want);
}
END_TEST

/* bs_date_in_site_zone: a UTC date-time in the time of the site's
   country */
typedef struct {
    const char *iso;
    const char *url;
    const char *want; /* NULL: not converted */
} zone_case;

static const zone_case zones[] = {
    {"2021-11-04T23:00:00+00:00", "https://www.example.de/a",
     "2021-11-05T00:00:00+01:00"}, /* winter */
    {"2021-07-04T22:30:00+00:00", "https://www.example.de/a",
     "2021-07-05T00:30:00+02:00"}, /* summer */
    {"2022-05-04T00:25:56+00:00", "https://www.example.com.ar/politica/x",
     "2022-05-03T21:25:56-03:00"},
    {"2020-02-19T14:20:25+00:00", "https://yle.FI:443/uutiset/1",
     "2020-02-19T16:20:25+02:00"},
    {"2019-06-24T15:00:00+00:00", "https://www3.example.jp/news",
     "2019-06-25T00:00:00+09:00"},
    {"2020-01-01T05:00:00+00:00", "https://example.in/",
     "2020-01-01T10:30:00+05:30"},
    /* the EU's summer time starts at 01:00 UTC on the last Sunday in March
       (2021-03-28) and ends at 01:00 UTC on the last Sunday in October */
    {"2021-03-28T00:59:59+00:00", "https://example.fr/",
     "2021-03-28T01:59:59+01:00"},
    {"2021-03-28T01:00:00+00:00", "https://example.fr/",
     "2021-03-28T03:00:00+02:00"},
    {"2021-10-31T00:59:59+00:00", "https://example.fr/",
     "2021-10-31T02:59:59+02:00"},
    {"2021-10-31T01:00:00+00:00", "https://example.fr/",
     "2021-10-31T02:00:00+01:00"},
    {"2021-07-04T22:30:00+00:00", "https://www.example.co.uk/a",
     "2021-07-04T23:30:00+01:00"},
    {"2021-12-04T22:30:00+00:00", "https://www.example.co.uk/a", NULL},
    {"2021-11-04T23:00:00+00:00", "https://www.example.com/a", NULL},
    {"2021-11-04T23:00:00+00:00", "https://www.example.us/a", NULL},
    {"2021-11-04T23:00:00+01:00", "https://www.example.de/a", NULL},
    {"2021-11-04", "https://www.example.de/a", NULL},
    {"2021-11-04T23:00:00+00:00", "https://localhost/a", NULL},
    {"2021-11-04T23:00:00+00:00", "example.de", NULL},
    {"2021-11-04T23:00:00+00:00", NULL, NULL},
};

START_TEST(test_date_in_site_zone)
{
    const zone_case *c = &zones[_i];
    char out[32];
    int got = bs_date_in_site_zone(c->iso, c->url, out);

    ck_assert_msg(got == (c->want != NULL), "[%s] on [%s]: got %d", c->iso,
                  c->url ? c->url : "(null)", got);
    if (c->want != NULL)
        TU_STR_EQ(out, c->want);
}
END_TEST

static Suite *
date_suite(void)
{
    Suite *s = suite_create("date");
    TCase *tc = tcase_create("parse");
    TCase *tu = tcase_create("url");

    tcase_add_loop_test(tc, test_date_parse, 0, (int)TU_COUNT(dates));
    tcase_add_test(tc, test_date_length);
    tcase_add_loop_test(tc, test_date_parse_order, 0, (int)TU_COUNT(orders));
    tcase_add_test(tc, test_date_long_input);
    tcase_add_test(tc, test_date_now_zero);
    tcase_add_loop_test(tc, test_date_local_day, 0, (int)TU_COUNT(locals));
    tcase_add_loop_test(tc, test_date_in_site_zone, 0, (int)TU_COUNT(zones));
    suite_add_tcase(s, tc);

    tcase_add_loop_test(tu, test_date_from_url, 0, (int)TU_COUNT(urls));
    tcase_add_test(tu, test_date_from_url_null);
    suite_add_tcase(s, tu);
    return s;
}

int
main(void)
{
    return tu_run(date_suite());
}
