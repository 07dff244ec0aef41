/*
 * date.c - find and normalise dates.
 *
 * bs_date_parse() reads one date string in any of the forms pages use:
 * ISO 8601 (with or without time and offset), RFC 2822, numeric day and
 * month orders ("22.12.2020", "12/22/2020"), and month names in English,
 * German, French, Spanish, Italian, Portuguese, Dutch, Polish and Russian
 * ("22 December 2020", "Dec. 22nd, 2020", "22. Dezember 2020",
 * "22 de diciembre de 2020", "22 grudnia 2020", "22 декабря 2020"),
 * "22-Dec-2020", and the year, month and day of Chinese, Japanese and
 * Korean ("2020年12月22日", "2020년 12월 22일").
 * The result is ISO 8601: "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS+HH:MM"
 * when the string gives a time with an offset.  Dates before 1995 or
 * after the reference time (plus a day, for time zones) are rejected.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"

#define MIN_YEAR 1995

static const struct {
    const char *stem;
    int month;
} months[] = {
    /* English, and stems shared with other languages */
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"may", 5}, {"jun", 6},
    {"jul", 7}, {"aug", 8}, {"sep", 9}, {"oct", 10}, {"nov", 11},
    {"dec", 12},
    /* German */
    {"j\xc3\xa4n", 1}, {"m\xc3\xa4r", 3}, {"maer", 3}, {"mrz", 3},
    {"mai", 5}, {"okt", 10}, {"dez", 12},
    /* French */
    {"janv", 1}, {"f\xc3\xa9v", 2}, {"fev", 2}, {"avr", 4}, {"juin", 6},
    {"juil", 7}, {"ao\xc3\xbb", 8}, {"aou", 8}, {"d\303\251c", 12},
    /* Spanish, Italian, Portuguese */
    {"ene", 1}, {"abr", 4}, {"ago", 8}, {"set", 9}, {"dic", 12},
    {"gen", 1}, {"mag", 5}, {"giu", 6}, {"lug", 7}, {"ott", 10},
    {"out", 10},
    /* Dutch */
    {"maa", 3}, {"mei", 5},
    /* Polish (nominative and genitive share these stems) */
    {"sty", 1}, {"lut", 2}, {"kwi", 4}, {"maj", 5}, {"cze", 6}, {"lip", 7},
    {"sie", 8}, {"wrz", 9}, {"pa\xc5\xba", 10}, {"paz", 10}, {"lis", 11},
    {"gru", 12},
    /* Russian */
    {"\xd1\x8f\xd0\xbd\xd0\xb2", 1}, {"\xd1\x84\xd0\xb5\xd0\xb2", 2},
    {"\xd0\xbc\xd0\xb0\xd1\x80", 3}, {"\xd0\xb0\xd0\xbf\xd1\x80", 4},
    {"\xd0\xbc\xd0\xb0\xd1\x8f", 5}, {"\xd0\xbc\xd0\xb0\xd0\xb9", 5},
    {"\xd0\xb8\xd1\x8e\xd0\xbd", 6}, {"\xd0\xb8\xd1\x8e\xd0\xbb", 7},
    {"\xd0\xb0\xd0\xb2\xd0\xb3", 8}, {"\xd1\x81\xd0\xb5\xd0\xbd", 9},
    {"\xd0\xbe\xd0\xba\xd1\x82", 10}, {"\xd0\xbd\xd0\xbe\xd1\x8f", 11},
    {"\xd0\xb4\xd0\xb5\xd0\xba", 12},
};

/* The days' names and their short forms, in the parser's languages. */
static const char *const day_names[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
    "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
    "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves",
    "viernes", "sábado", "domingo", "lunedì", "martedì", "mercoledì",
    "giovedì", "venerdì", "sabato", "maandag", "dinsdag", "woensdag",
    "donderdag", "vrijdag", "zaterdag", "zondag", "poniedziałek", "wtorek",
    "środa", "czwartek", "piątek", "sobota", "niedziela"};

int
bs_is_day_name(const char *w, size_t n)
{
    return bs_word_among(w, n, BS_WORDS(day_names), 1) > 0;
}

/* Words that look like month stems but are not ("set" is also a verb,
   "out" an adverb, "sie" a pronoun): only accepted next to numbers, which
   the pattern matching below requires anyway. */

enum { T_NUM, T_WORD, T_SEP };

typedef struct {
    int type;
    int value;  /* number value, or month (0 = other word) */
    int digits; /* T_NUM: digit count */
    char sep;   /* T_SEP: the character */
    const char *start;
    size_t len;
} token;

#define MAX_TOKENS 40

/* Lowercase one UTF-8 letter at s (ASCII, Latin-1 and Cyrillic capitals)
   into out; returns the bytes consumed, 0 if s is not a letter. */
static size_t
fold_letter(const unsigned char *s, size_t n, char *out, size_t *olen)
{
    unsigned char c = s[0];

    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        out[(*olen)++] = (char)(c | 0x20);
        return 1;
    }
    if (c < 0xC0 || n < 2 || (s[1] & 0xC0) != 0x80)
        return 0;
    if (c == 0xC3 && s[1] >= 0x80 && s[1] <= 0x9E && s[1] != 0x97) {
        out[(*olen)++] = (char)0xC3;
        out[(*olen)++] = (char)(s[1] + 0x20);
        return 2;
    }
    if (c == 0xD0 && s[1] >= 0x90 && s[1] <= 0x9F) { /* А..П */
        out[(*olen)++] = (char)0xD0;
        out[(*olen)++] = (char)(s[1] + 0x20);
        return 2;
    }
    if (c == 0xD0 && s[1] >= 0xA0 && s[1] <= 0xAF) { /* Р..Я */
        out[(*olen)++] = (char)0xD1;
        out[(*olen)++] = (char)(s[1] - 0x20);
        return 2;
    }
    /* Polish capitals: Ą Ć Ę, Ł Ń Ś Ź Ż (one below their small letter) */
    if ((c == 0xC4 && (s[1] == 0x84 || s[1] == 0x86 || s[1] == 0x98)) ||
        (c == 0xC5 && (s[1] == 0x81 || s[1] == 0x83 || s[1] == 0x9A ||
                       s[1] == 0xB9 || s[1] == 0xBB))) {
        out[(*olen)++] = (char)c;
        out[(*olen)++] = (char)(s[1] + 1);
        return 2;
    }
    if ((c >= 0xC3 && c <= 0xC5) || c == 0xD0 || c == 0xD1) {
        out[(*olen)++] = (char)c;
        out[(*olen)++] = (char)s[1];
        return 2;
    }
    return 0;
}

/* The months' names in full, each form the languages give them
   ("marca", "marcu", "марте"): a word longer than its stem is a month's
   when it begins one of them ("Sept", "Septemb"), not when it goes on
   otherwise ("Marcus", "Augusta", "Mayor", "Decade"). */
static const char *const month_names[12] = {
    "january jänner januar janvier enero gennaio janeiro januari "
    "styczeń stycznia styczniu январь января январе",
    "february februar feber février fevrier febrero febbraio fevereiro "
    "februari luty lutego lutym февраль февраля феврале",
    "march märz maerz mars marzo março marco maart marzec marca marcu "
    "март марта марте",
    "april avril abril aprile kwiecień kwietnia kwietniu апрель апреля "
    "апреле",
    "may mai mayo maggio maio mei maj maja maju май мая мае",
    "june juni juin junio giugno junho czerwiec czerwca czerwcu июнь июня "
    "июне",
    "july juli juillet julio luglio julho lipiec lipca lipcu июль июля "
    "июле",
    "august août aout agosto augustus sierpień sierpnia sierpniu август "
    "августа августе",
    "september septembre septiembre setiembre settembre setembro "
    "wrzesień września wrześniu сентябрь сентября сентябре",
    "october oktober octobre octubre ottobre outubro październik "
    "października październiku pazdziernik pazdziernika pazdzierniku "
    "октябрь октября октябре",
    "november novembre noviembre novembro listopad listopada listopadzie "
    "ноябрь ноября ноябре",
    "december dezember décembre decembre diciembre dicembre dezembro "
    "grudzień grudnia grudniu декабрь декабря декабре"};

/* Does the word w (lower case) begin one of month m's names? */
static int
begins_month_name(const char *w, size_t n, int m)
{
    const char *p = month_names[m - 1];

    while (*p) {
        size_t k = 0;
        while (p[k] != '\0' && p[k] != ' ')
            k++;
        if (n <= k && memcmp(w, p, n) == 0)
            return 1;
        p += k;
        while (*p == ' ')
            p++;
    }
    return 0;
}

static int
month_of(const char *w, size_t n)
{
    size_t i, best_len = 0;
    int best = 0;

    for (i = 0; i < sizeof(months) / sizeof(months[0]); i++) {
        size_t sl = strlen(months[i].stem);
        if (sl <= n && sl > best_len && memcmp(w, months[i].stem, sl) == 0) {
            best = months[i].month;
            best_len = sl;
        }
    }
    if (best > 0 && n > best_len && !begins_month_name(w, n, best))
        return 0;
    return best;
}

static size_t
tokenize(const char *s, size_t n, token *t)
{
    size_t i = 0, nt = 0;

    while (i < n && nt < MAX_TOKENS) {
        unsigned char c = (unsigned char)s[i];

        if (c >= '0' && c <= '9') {
            int v = 0, d = 0;
            size_t st = i;
            while (i < n && s[i] >= '0' && s[i] <= '9') {
                if (d < 9)
                    v = v * 10 + (s[i] - '0');
                d++;
                i++;
            }
            t[nt].type = T_NUM;
            t[nt].value = v;
            t[nt].digits = d;
            t[nt].start = s + st;
            t[nt].len = i - st;
            nt++;
            continue;
        }
        /* The 'T' of ISO 8601 between a date and a time is a separator,
           not a word. */
        if ((c == 'T' || c == 't') && nt > 0 && t[nt - 1].type == T_NUM &&
            i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9') {
            t[nt].type = T_SEP;
            t[nt].sep = 'T';
            t[nt].start = s + i;
            t[nt].len = 1;
            nt++;
            i++;
            continue;
        }
        {
            char w[64];
            size_t wl = 0, st = i, k, letters = 0;

            /* fold_letter writes up to two bytes: stop with room for
               two more and the terminating NUL */
            while (i < n && wl + 3 < sizeof(w) &&
                   (k = fold_letter((const unsigned char *)s + i, n - i, w,
                                    &wl)) > 0) {
                i += k;
                letters++;
            }
            if (i > st) {
                size_t keep = wl;
                while (i < n && (k = fold_letter((const unsigned char *)s + i,
                                                 n - i, w, &wl)) > 0) {
                    i += k; /* overlong word: consume the rest */
                    wl = keep;
                    letters++;
                }
                w[wl] = '\0';
                t[nt].type = T_WORD;
                t[nt].value = wl >= 3 ? month_of(w, wl) : 0;
                /* ordinal suffixes and short words are not months (count
                   letters, not bytes: "декабря" is 7 letters, 14 bytes) */
                if (letters < 3 || letters > 12)
                    t[nt].value = 0;
                t[nt].start = s + st;
                t[nt].len = i - st;
                t[nt].digits = (int)wl;
                nt++;
                continue;
            }
        }
        /* 年 月 日 (Chinese, Japanese) and 년 월 일 (Korean) after the
           year, the month and the day: separators 'Y', 'M', 'D' */
        if (i + 2 < n && (c == 0xE5 || c == 0xE6 || c == 0xEB || c == 0xEC)) {
            static const struct {
                const char *bytes;
                char sep;
            } cjk[] = {{"\xe5\xb9\xb4", 'Y'}, {"\xe6\x9c\x88", 'M'},
                       {"\xe6\x97\xa5", 'D'}, {"\xeb\x85\x84", 'Y'},
                       {"\xec\x9b\x94", 'M'}, {"\xec\x9d\xbc", 'D'}};
            size_t k;
            for (k = 0; k < sizeof(cjk) / sizeof(cjk[0]); k++)
                if (memcmp(s + i, cjk[k].bytes, 3) == 0)
                    break;
            if (k < sizeof(cjk) / sizeof(cjk[0])) {
                t[nt].type = T_SEP;
                t[nt].sep = cjk[k].sep;
                t[nt].start = s + i;
                t[nt].len = 3;
                nt++;
                i += 3;
                continue;
            }
        }
        if (c == '-' || c == '/' || c == '.' || c == ':' || c == '+' ||
            c == ',' || c == 'T') {
            t[nt].type = T_SEP;
            t[nt].sep = (char)c;
            t[nt].start = s + i;
            t[nt].len = 1;
            nt++;
        }
        i++;
    }
    return nt;
}

static int
days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return d[m - 1];
}

/* Days since 1970-01-01 (proleptic Gregorian). */
static long long
days_from_civil(int y, int m, int d)
{
    long long era, yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static int
plausible(int y, int m, int d, long long now)
{
    if (now <= 0)
        now = (long long)time(NULL);
    if (y < MIN_YEAR || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return 0;
    return days_from_civil(y, m, d) <= now / 86400 + 1;
}

/* Is token i a word that is not a month and not an ordinal suffix? */
static int
is_suffix(const token *t)
{
    static const char *const sfx[] = {"st", "nd", "rd", "th", "er", "e",
                                      "de", "del", "of", "r", "g"};
    size_t i;

    if (t->type != T_WORD || t->value != 0)
        return 0;
    for (i = 0; i < sizeof(sfx) / sizeof(sfx[0]); i++) {
        if (t->len == strlen(sfx[i]) &&
            bs_strcasestr_n(t->start, t->len, sfx[i]))
            return 1;
    }
    return 0;
}

/* Next token index after i, skipping ',', '.', suffixes, "de"/"of". */
static size_t
next_tok(const token *t, size_t nt, size_t i)
{
    for (i++; i < nt; i++) {
        if (t[i].type == T_SEP && (t[i].sep == ',' || t[i].sep == '.'))
            continue;
        if (is_suffix(&t[i]))
            continue;
        break;
    }
    return i;
}

/* Parse a time and offset starting at token i; writes "THH:MM:SS+HH:MM"
   into out only when an offset (or Z/UTC/GMT) is there. */
static void
parse_time(const token *t, size_t nt, size_t i, char *out)
{
    int h, mi, sec = 0, oh = 0, om = 0, sign = 1, have_off = 0;

    out[0] = '\0';
    if (i < nt && t[i].type == T_SEP && t[i].sep == 'T')
        i++;
    if (i + 2 >= nt || t[i].type != T_NUM || t[i].digits > 2 ||
        t[i + 1].type != T_SEP || t[i + 1].sep != ':' ||
        t[i + 2].type != T_NUM || t[i + 2].digits != 2)
        return;
    h = t[i].value;
    mi = t[i + 2].value;
    i += 3;
    if (i + 1 < nt && t[i].type == T_SEP && t[i].sep == ':' &&
        t[i + 1].type == T_NUM && t[i + 1].digits == 2) {
        sec = t[i + 1].value;
        i += 2;
        /* fractions of a second */
        if (i + 1 < nt && t[i].type == T_SEP && t[i].sep == '.' &&
            t[i + 1].type == T_NUM)
            i += 2;
    }
    if (i < nt && t[i].type == T_WORD) {
        if (t[i].len == 2 && bs_strcasestr_n(t[i].start, 2, "pm") && h < 12)
            h += 12, i++;
        else if (t[i].len == 2 && bs_strcasestr_n(t[i].start, 2, "am")) {
            if (h == 12)
                h = 0;
            i++;
        }
    }
    if (h > 23 || mi > 59 || sec > 60)
        return;
    if (i < nt && t[i].type == T_WORD &&
        ((t[i].len == 1 && (t[i].start[0] == 'Z' || t[i].start[0] == 'z')) ||
         (t[i].len == 3 && (bs_strcasestr_n(t[i].start, 3, "utc") ||
                            bs_strcasestr_n(t[i].start, 3, "gmt"))))) {
        have_off = 1;
        i++;
        if (i < nt && t[i].type == T_SEP && t[i].sep == '+')
            ;
        else if (!(i < nt && t[i].type == T_SEP && t[i].sep == '-'))
            goto done;
    }
    if (i + 1 < nt && t[i].type == T_SEP &&
        (t[i].sep == '+' || t[i].sep == '-') && t[i + 1].type == T_NUM) {
        sign = t[i].sep == '-' ? -1 : 1;
        if (t[i + 1].digits == 4) {
            oh = t[i + 1].value / 100;
            om = t[i + 1].value % 100;
            have_off = 1;
        } else if (t[i + 1].digits <= 2) {
            oh = t[i + 1].value;
            have_off = 1;
            if (i + 3 < nt && t[i + 2].type == T_SEP && t[i + 2].sep == ':' &&
                t[i + 3].type == T_NUM && t[i + 3].digits == 2)
                om = t[i + 3].value;
        }
        if (oh > 14 || om > 59)
            have_off = 0;
    }
done:
    if (!have_off)
        return;
    snprintf(out, 26, "T%02u:%02u:%02u%c%02u:%02u", (unsigned)h % 100u,
             (unsigned)mi % 100u, (unsigned)sec % 100u, sign < 0 ? '-' : '+',
             (unsigned)oh % 100u, (unsigned)om % 100u);
}

static int
emit(char *out, int y, int m, int d, const char *tm, long long now)
{
    if (!plausible(y, m, d, now))
        return 0;
    snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u,
             (unsigned)m % 100u, (unsigned)d % 100u);
    if (tm[0] != '\0')
        memcpy(out + 10, tm, strlen(tm) + 1);
    return 1;
}

/* Do tokens i.. spell DD.MM.YY (or DD/MM/YY, MM/DD/YY): eight
   characters without a space, and standing alone, not a part of a version
   number ("1.10.22.3") or an address ("10.12.20.1")? */
static int
short_year_date(const token *t, size_t nt, size_t i)
{
    const char *end;

    if (i + 4 >= nt || t[i].type != T_NUM || t[i].digits != 2 ||
        t[i + 1].type != T_SEP ||
        (t[i + 1].sep != '.' && t[i + 1].sep != '/') ||
        t[i + 2].type != T_NUM || t[i + 2].digits != 2 ||
        t[i + 3].type != T_SEP || t[i + 3].sep != t[i + 1].sep ||
        t[i + 4].type != T_NUM || t[i + 4].digits != 2)
        return 0;
    end = t[i + 4].start + t[i + 4].len;
    if (end - t[i].start != 8)
        return 0;
    if (i > 0 && t[i - 1].type == T_SEP && t[i - 1].sep == t[i + 1].sep &&
        t[i - 1].start + 1 == t[i].start)
        return 0;
    if (i + 6 < nt && t[i + 5].type == T_SEP && t[i + 5].sep == t[i + 1].sep &&
        t[i + 5].start == end && t[i + 6].type == T_NUM &&
        t[i + 6].start == end + 1)
        return 0;
    return 1;
}

/* Do tokens i.. spell "DD | MM | YYYY": two-digit day and month and the
   year, with the same bar between them, spaced alike ('|' is no token of
   its own, so the bytes between the numbers are asked)? */
static int
bar_date(const token *t, size_t nt, size_t i)
{
    const char *g1, *g2;
    size_t n1, n2;

    if (i + 2 >= nt || t[i].type != T_NUM || t[i].digits != 2 ||
        t[i + 1].type != T_NUM || t[i + 1].digits != 2 ||
        t[i + 2].type != T_NUM || t[i + 2].digits != 4)
        return 0;
    g1 = t[i].start + t[i].len;
    n1 = (size_t)(t[i + 1].start - g1);
    g2 = t[i + 1].start + t[i + 1].len;
    n2 = (size_t)(t[i + 2].start - g2);
    return n1 == n2 &&
           ((n1 == 1 && g1[0] == '|') ||
            (n1 == 3 && memcmp(g1, " | ", 3) == 0)) &&
           memcmp(g1, g2, n1) == 0;
}

/* In a numeric date "a<sep>b<sep>year", is a the month?  After dots
   never ("v1.13.2019" is a version); when b cannot be a month, yes
   ("11-29-2024"); when either may be, after slashes in the US order
   unless the page writes the day first. */
static int
month_first(int a, int b, char sep, int day_first)
{
    if (sep == '.' || a > 12)
        return 0;
    if (b > 12)
        return 1;
    return sep == '/' && !day_first;
}

int
bs_date_parse(const char *s, size_t n, char *out, long long now)
{
    return bs_date_parse_order(s, n, out, now, 0);
}

int
bs_date_parse_order(const char *s, size_t n, char *out, long long now,
                    int day_first)
{
    token t[MAX_TOKENS];
    size_t nt, i;
    char tm[26];

    if (n > 200)
        n = 200;
    /* Every supported form has a number in it: most strings have none. */
    for (i = 0; i < n && !(s[i] >= '0' && s[i] <= '9'); i++)
        ;
    if (i == n)
        return 0;
    nt = tokenize(s, n, t);
    for (i = 0; i < nt; i++) {
        /* YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYYMMDD */
        if (t[i].type == T_NUM && t[i].digits == 4 && i + 4 < nt &&
            t[i + 1].type == T_SEP && t[i + 2].type == T_NUM &&
            t[i + 3].type == T_SEP && t[i + 3].sep == t[i + 1].sep &&
            t[i + 4].type == T_NUM && t[i + 2].digits <= 2 &&
            t[i + 4].digits <= 2 &&
            (t[i + 1].sep == '-' || t[i + 1].sep == '/' ||
             t[i + 1].sep == '.')) {
            parse_time(t, nt, i + 5, tm);
            if (emit(out, t[i].value, t[i + 2].value, t[i + 4].value, tm,
                     now))
                return 1;
        }
        /* YYYY年MM月DD日 (the day's sign too: "2020年2月 (3)" is an
           archive's month and its count of posts) */
        if (t[i].type == T_NUM && t[i].digits == 4 && i + 5 < nt &&
            t[i + 1].type == T_SEP && t[i + 1].sep == 'Y' &&
            t[i + 2].type == T_NUM && t[i + 2].digits <= 2 &&
            t[i + 3].type == T_SEP && t[i + 3].sep == 'M' &&
            t[i + 4].type == T_NUM && t[i + 4].digits <= 2 &&
            t[i + 5].type == T_SEP && t[i + 5].sep == 'D') {
            parse_time(t, nt, i + 6, tm);
            if (emit(out, t[i].value, t[i + 2].value, t[i + 4].value, tm,
                     now))
                return 1;
        }
        if (t[i].type == T_NUM && t[i].digits == 8) {
            int v = t[i].value;
            tm[0] = '\0';
            if (emit(out, v / 10000, v / 100 % 100, v % 100, tm, now))
                return 1;
        }
        /* DD.MM.YYYY, DD-MM-YYYY, MM/DD/YYYY or DD/MM/YYYY */
        if (t[i].type == T_NUM && t[i].digits <= 2 && i + 4 < nt &&
            t[i + 1].type == T_SEP && t[i + 2].type == T_NUM &&
            t[i + 2].digits <= 2 && t[i + 3].type == T_SEP &&
            t[i + 3].sep == t[i + 1].sep && t[i + 4].type == T_NUM &&
            t[i + 4].digits == 4 &&
            (t[i + 1].sep == '.' || t[i + 1].sep == '-' ||
             t[i + 1].sep == '/')) {
            int a = t[i].value, b = t[i + 2].value, y = t[i + 4].value;
            int d = a, m = b;
            if (month_first(a, b, t[i + 1].sep, day_first))
                d = b, m = a;
            parse_time(t, nt, i + 5, tm);
            if (emit(out, y, m, d, tm, now))
                return 1;
        }
        /* DD | MM | YYYY, a news site's subline; the day first unless
           the second cannot be a month */
        if (bar_date(t, nt, i)) {
            int d = t[i].value, m = t[i + 1].value;
            if (m > 12)
                d = m, m = t[i].value;
            parse_time(t, nt, i + 3, tm);
            if (emit(out, t[i + 2].value, m, d, tm, now))
                return 1;
        }
        /* DD.MM.YY; DD/MM/YY or MM/DD/YY as DD/MM/YYYY above */
        if (short_year_date(t, nt, i)) {
            int y = 2000 + t[i + 4].value;
            int d = t[i].value, m = t[i + 2].value;
            if (month_first(d, m, t[i + 1].sep, day_first))
                d = t[i + 2].value, m = t[i].value;
            parse_time(t, nt, i + 5, tm);
            if (emit(out, y, m, d, tm, now) ||
                emit(out, y - 100, m, d, tm, now))
                return 1;
        }
        /* Month name forms. */
        if (t[i].type == T_WORD && t[i].value != 0) {
            int m = t[i].value;
            size_t j = next_tok(t, nt, i);

            /* Month D[,] YYYY */
            if (j < nt && t[j].type == T_NUM && t[j].digits <= 2) {
                size_t k = next_tok(t, nt, j);
                if (k < nt && t[k].type == T_NUM && t[k].digits == 4) {
                    parse_time(t, nt, next_tok(t, nt, k), tm);
                    if (emit(out, t[k].value, m, t[j].value, tm, now))
                        return 1;
                }
            }
            /* D-Mon-YYYY, D/Mon/YYYY: one separator on both sides, no
               space anywhere ("Issue 5 - Feb 2020" is none) */
            if (i >= 2 && i + 2 < nt && t[i - 1].type == T_SEP &&
                (t[i - 1].sep == '-' || t[i - 1].sep == '/') &&
                t[i + 1].type == T_SEP && t[i + 1].sep == t[i - 1].sep &&
                t[i - 2].type == T_NUM && t[i - 2].digits <= 2 &&
                t[i + 2].type == T_NUM && t[i + 2].digits == 4 &&
                t[i - 2].start + t[i - 2].len == t[i - 1].start &&
                t[i - 1].start + 1 == t[i].start &&
                t[i].start + t[i].len == t[i + 1].start &&
                t[i + 1].start + 1 == t[i + 2].start) {
                parse_time(t, nt, next_tok(t, nt, i + 2), tm);
                if (emit(out, t[i + 2].value, m, t[i - 2].value, tm, now))
                    return 1;
            }
            /* D[.] [de] Month [de] YYYY */
            if (i > 0) {
                size_t p = i;
                while (p > 0) {
                    p--;
                    if (t[p].type == T_SEP &&
                        (t[p].sep == '.' || t[p].sep == ','))
                        continue;
                    if (is_suffix(&t[p]))
                        continue;
                    break;
                }
                if (t[p].type == T_NUM && t[p].digits <= 2 && p < i &&
                    j < nt && t[j].type == T_NUM && t[j].digits == 4) {
                    parse_time(t, nt, next_tok(t, nt, j), tm);
                    if (emit(out, t[j].value, m, t[p].value, tm, now))
                        return 1;
                }
            }
            /* YYYY Month D (e.g. "2020 Dec 22") */
            if (i > 0 && t[i - 1].type == T_NUM && t[i - 1].digits == 4 &&
                j < nt && t[j].type == T_NUM && t[j].digits <= 2) {
                tm[0] = '\0';
                if (emit(out, t[i - 1].value, m, t[j].value, tm, now))
                    return 1;
            }
        }
    }
    return 0;
}

/* A run of 1 to max digits at p (before e) that no digit follows: its
   value, its length in *len; -1 when there is none. */
static int
digits_at(const char *p, const char *e, size_t max, size_t *len)
{
    size_t k = 0;
    int v = 0;

    while (p + k < e && k <= max && p[k] >= '0' && p[k] <= '9')
        v = v * 10 + (p[k++] - '0');
    *len = k;
    return k >= 1 && k <= max ? v : -1;
}

static int
is_url_sep(char c)
{
    return c == '/' || c == '-' || c == '_';
}

int
bs_date_from_url(const char *url, char *out, long long now)
{
    const char *p, *e;

    if (url == NULL)
        return 0;
    p = strstr(url, "://");
    p = p ? strchr(p + 3, '/') : url;
    if (p == NULL)
        return 0;
    e = p + strcspn(p, "?#");
    /* /2020/12/22/, /2020/7/4/, /2020-12-22, /20201222/, /22-12-2020 */
    for (; p + 8 <= e; p++) {
        const char *q = p + 1;
        size_t l1, l2, l3;
        int a, b, c;
        char sep;

        if (!is_url_sep(p[0]) || (a = digits_at(q, e, 8, &l1)) < 0)
            continue;
        if (l1 == 8) { /* /20201222 */
            if (emit(out, a / 10000, a / 100 % 100, a % 100, "", now))
                return 1;
            continue;
        }
        sep = q[l1];
        if ((l1 != 4 && l1 > 2) || q + l1 >= e || !is_url_sep(sep))
            continue;
        q += l1 + 1;
        /* /2023/october/03/ */
        if (l1 == 4 && q < e && ((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z')) {
            char w[10];
            size_t k = 0;
            while (q + k < e && k < sizeof(w) - 1 &&
                   (q[k] | 0x20) >= 'a' && (q[k] | 0x20) <= 'z') {
                w[k] = (char)(q[k] | 0x20);
                k++;
            }
            w[k] = '\0';
            if (k >= 3 && q + k < e && q[k] == sep &&
                (b = month_of(w, k)) > 0 &&
                (c = digits_at(q + k + 1, e, 2, &l3)) >= 0 &&
                (q + k + 1 + l3 == e || is_url_sep(q[k + 1 + l3])) &&
                emit(out, a, b, c, "", now))
                return 1;
            continue;
        }
        if ((b = digits_at(q, e, 2, &l2)) < 0 || q + l2 >= e ||
            q[l2] != sep)
            continue;
        q += l2 + 1;
        if ((c = digits_at(q, e, l1 == 4 ? 2 : 4, &l3)) < 0 ||
            (l1 != 4 && l3 != 4))
            continue;
        if (l1 == 4 ? emit(out, a, b, c, "", now) : emit(out, c, b, a, "", now))
            return 1;
    }
    return 0;
}

/* Read two digits at s; -1 when they are not. */
static int
two_digits(const char *s)
{
    return s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9'
               ? (s[0] - '0') * 10 + (s[1] - '0')
               : -1;
}

int
bs_date_instant(const char *iso, long long *secs, int *offset)
{
    int y, m, d, h, mi, sec, oh, om;

    if (strlen(iso) != 25 || iso[10] != 'T' ||
        (iso[19] != '+' && iso[19] != '-'))
        return 0;
    y = two_digits(iso) * 100 + two_digits(iso + 2);
    m = two_digits(iso + 5);
    d = two_digits(iso + 8);
    h = two_digits(iso + 11);
    mi = two_digits(iso + 14);
    sec = two_digits(iso + 17);
    oh = two_digits(iso + 20);
    om = two_digits(iso + 23);
    if (y < 0 || m < 1 || d < 1 || h < 0 || mi < 0 || sec < 0 || oh < 0 ||
        om < 0)
        return 0;
    *offset = (iso[19] == '-' ? -1 : 1) * (oh * 60 + om);
    *secs = days_from_civil(y, m, d) * 86400LL + h * 3600LL + mi * 60LL +
            sec - *offset * 60LL;
    return 1;
}

int
bs_date_local_day(const char *utc, const char *day)
{
    long long secs, start;
    int offset, y, m, d;

    if (strlen(day) != 10 || !bs_date_instant(utc, &secs, &offset) ||
        offset != 0 || strncmp(utc, day, 10) == 0)
        return 0;
    y = two_digits(day) * 100 + two_digits(day + 2);
    m = two_digits(day + 5);
    d = two_digits(day + 8);
    if (y < 0 || m < 1 || d < 1)
        return 0;
    start = days_from_civil(y, m, d) * 86400LL;
    return secs >= start - 14 * 3600LL && secs < start + 86400LL + 12 * 3600LL;
}

/* ------------------------------------------------------------------ */
/* The local time of a country's web sites                             */

/* Daylight saving rules. */
enum { DST_NONE, DST_EU };

/* Countries with one time zone, by their top-level domain: the standard
   offset in minutes and the daylight saving rule. Sorted for bsearch. */
typedef struct {
    char tld[3];
    short offset;
    char dst;
} tld_zone;

static const tld_zone zones[] = {
    {"ae", 240, DST_NONE}, {"al", 60, DST_EU}, {"ar", -180, DST_NONE},
    {"at", 60, DST_EU}, {"ba", 60, DST_EU}, {"be", 60, DST_EU},
    {"bg", 120, DST_EU}, {"bo", -240, DST_NONE}, {"br", -180, DST_NONE},
    {"by", 180, DST_NONE}, {"ch", 60, DST_EU}, {"cn", 480, DST_NONE},
    {"co", -300, DST_NONE}, {"cy", 120, DST_EU}, {"cz", 60, DST_EU},
    {"de", 60, DST_EU}, {"dk", 60, DST_EU}, {"ee", 120, DST_EU},
    {"es", 60, DST_EU}, {"fi", 120, DST_EU}, {"fr", 60, DST_EU},
    {"gr", 120, DST_EU}, {"hk", 480, DST_NONE}, {"hr", 60, DST_EU},
    {"hu", 60, DST_EU}, {"ie", 0, DST_EU}, {"in", 330, DST_NONE},
    {"is", 0, DST_NONE}, {"it", 60, DST_EU}, {"jp", 540, DST_NONE},
    {"ke", 180, DST_NONE}, {"kr", 540, DST_NONE}, {"li", 60, DST_EU},
    {"lt", 120, DST_EU}, {"lu", 60, DST_EU}, {"lv", 120, DST_EU},
    {"me", 60, DST_EU}, {"mk", 60, DST_EU}, {"mt", 60, DST_EU},
    {"my", 480, DST_NONE}, {"ng", 60, DST_NONE}, {"nl", 60, DST_EU},
    {"no", 60, DST_EU}, {"pe", -300, DST_NONE}, {"ph", 480, DST_NONE},
    {"pl", 60, DST_EU}, {"pt", 0, DST_EU}, {"ro", 120, DST_EU},
    {"rs", 60, DST_EU}, {"sa", 180, DST_NONE}, {"se", 60, DST_EU},
    {"sg", 480, DST_NONE}, {"si", 60, DST_EU}, {"sk", 60, DST_EU},
    {"th", 420, DST_NONE}, {"tr", 180, DST_NONE}, {"tw", 480, DST_NONE},
    {"ua", 120, DST_EU}, {"uk", 0, DST_EU}, {"uy", -180, DST_NONE},
    {"ve", -240, DST_NONE}, {"vn", 420, DST_NONE}, {"za", 120, DST_NONE},
};

static int
zone_cmp(const void *key, const void *elem)
{
    return strncmp((const char *)key, ((const tld_zone *)elem)->tld, 2);
}

/* The zone of the host in `url` by its top-level domain; NULL when the
   domain names no country with one zone. */
static const tld_zone *
url_zone(const char *url)
{
    char cc[3];

    if (!bs_url_country(url, cc))
        return NULL;
    return bsearch(cc, zones, sizeof(zones) / sizeof(zones[0]),
                   sizeof(zones[0]), zone_cmp);
}

/* The Unix time of 01:00 UTC on the last Sunday of month m of year y. */
static long long
last_sunday_1utc(int y, int m)
{
    long long day = days_from_civil(y, m, days_in_month(y, m));
    /* 1970-01-01 was a Thursday: (day + 4) % 7 is 0 on Sundays. */
    long long wd = ((day + 4) % 7 + 7) % 7;
    return (day - wd) * 86400LL + 3600LL;
}

/* Year, month and day of a day count since 1970-01-01. */
static void
civil_from_days(long long z, int *y, int *m, int *d)
{
    long long era, doe, yoe, doy, mp;

    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

int
bs_date_in_site_zone(const char *iso, const char *url, char *out)
{
    const tld_zone *z;
    long long secs, local, day, sod;
    int offset, y, m, d;
    char buf[64];

    if (!bs_date_instant(iso, &secs, &offset) || offset != 0 ||
        (z = url_zone(url)) == NULL)
        return 0;
    offset = z->offset;
    if (z->dst == DST_EU) {
        civil_from_days(secs / 86400, &y, &m, &d);
        if (secs >= last_sunday_1utc(y, 3) && secs < last_sunday_1utc(y, 10))
            offset += 60;
    }
    if (offset == 0)
        return 0;
    local = secs + offset * 60LL;
    day = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    sod = local - day * 86400;
    civil_from_days(day, &y, &m, &d);
    if (y < MIN_YEAR || y > 9999)
        return 0;
    snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", y,
             m, d, (int)(sod / 3600), (int)(sod / 60 % 60), (int)(sod % 60),
             offset < 0 ? '-' : '+', abs(offset) / 60, abs(offset) % 60);
    memcpy(out, buf, 26);
    return 1;
}
