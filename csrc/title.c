/*
 * title.c - the page's headline and the site's name.
 *
 * A page names itself several times: the <title> tag ("Headline | Site"),
 * og:title, the JSON-LD headline, its <h1> and <h2>s.  The titles'
 * separators tell the site's part from the headline's; the heading the
 * titles confirm is the headline as the page shows it (not a logo's, a
 * section's or a slogan's); the site's name keeps the part that names
 * the host.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* Separators of "Headline | Site" titles.  The last, ": ", only splits a
   title into parts (is_title_part), never a site name off it. */
static const char *const title_seps[] = {
    " | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " :: ", " \xc2\xb7 ",
    " \xc2\xbb ", " / ",
    /* a box-drawing bar, U+2502, and a full-width one, U+FF5C */
    " \xe2\x94\x82 ", " \xef\xbd\x9c ", ": "};
#define SITE_SEPS (sizeof(title_seps) / sizeof(title_seps[0]) - 1)

/* Is [s, s + n) the site's name by its host's: a part of up to four
   words whose letters hold the host's main name ("Krimiblog-Archiv" on
   archiv.krimiblog.de, "MyOOS Community Forum" on foren.myoos.de), or of
   up to eight whose capitalised words' initials spell a host's name of
   four letters or more ("Occupational Safety and Health Administration"
   on osha.gov; three would make headlines names: "New Pension Rules" on
   npr.org)? */
static int
names_host(const char *s, size_t n, const char *host)
{
    char name[160];
    size_t i, k = 0, hl = host != NULL ? strlen(host) : 0;

    if (hl < 4 || bs_count_words(s, n) > 8)
        return 0;
    for (i = 0; i < n; i++)
        if ((i == 0 || s[i - 1] == ' ') && s[i] >= 'A' && s[i] <= 'Z') {
            if (k == hl || s[i] - 'A' + 'a' != host[k])
                break;
            k++;
        }
    if (i == n && k == hl)
        return 1;
    if (bs_count_words(s, n) > 4)
        return 0;
    bs_fold_alnum(s, n, name, sizeof(name));
    return strstr(name, host) != NULL;
}

/* Does [s, s + n) hold a year ("March 2026", "2025 edition"): a part of
   the headline, not a site's name? */
static int
has_year(const char *s, size_t n)
{
    size_t i;

    for (i = 0; i + 4 <= n; i++)
        if ((i == 0 || !(s[i - 1] >= '0' && s[i - 1] <= '9')) &&
            ((s[i] == '1' && s[i + 1] == '9') ||
             (s[i] == '2' && s[i + 1] == '0')) &&
            s[i + 2] >= '0' && s[i + 2] <= '9' && s[i + 3] >= '0' &&
            s[i + 3] <= '9' &&
            (i + 4 == n || !(s[i + 4] >= '0' && s[i + 4] <= '9')))
            return 1;
    return 0;
}

/* The parts of a title split at one separator, in turn:

       title_parts it;
       parts_start(&it, title, " | ");
       while (parts_next(&it)) ... it.part, it.len ...

   A title without the separator is one part, the whole. */
typedef struct {
    const char *part; /* the part parts_next() found, not terminated */
    size_t len;
    const char *rest; /* where the next part starts; NULL after the last */
    const char *sep;
    size_t sep_len;
} title_parts;

static void
parts_start(title_parts *it, const char *title, const char *sep)
{
    it->part = NULL;
    it->len = 0;
    it->rest = title;
    it->sep = sep;
    it->sep_len = strlen(sep);
}

static int
parts_next(title_parts *it)
{
    const char *q;

    if (it->rest == NULL)
        return 0;
    q = strstr(it->rest, it->sep);
    it->part = it->rest;
    it->len = q != NULL ? (size_t)(q - it->rest) : strlen(it->rest);
    it->rest = q != NULL ? q + it->sep_len : NULL;
    return 1;
}

/* Is the tagline at best + at glued on a headline's last word ("rebuilt"
   + "The Harbour Directory", "A31" + "Das ..."): a lower-case letter, a
   digit (or a letter beyond ASCII) or a sentence's end before it, a
   capital starting it?  Not a word's own end after a hyphen, a slash or
   a bracket ("Kfz-Versicherung", "E-Commerce", "Trees/Horticulture"). */
static int
glued_at(const char *best, size_t at, const char *tag)
{
    unsigned char b = (unsigned char)best[at - 1], t = (unsigned char)tag[0];

    return ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b >= 0x80 ||
            b == '.' || b == '!' || b == '?') &&
           ((t >= 'A' && t <= 'Z') || t >= 0xC0 || (t >= '0' && t <= '9'));
}

/* The separators that may end a title's site part: those of title_seps
   before SITE_SEPS, then " : " spaced on both sides (i == SITE_SEPS). */
static const char *
site_sep(size_t i)
{
    return i < SITE_SEPS ? title_seps[i] : " : ";
}

/* Does one of the site_sep() separators end [s, s + n) (at_end) or
   start it?  Its length, else 0. */
static size_t
sep_at(const char *s, size_t n, int at_end)
{
    size_t i, k;

    for (i = 0; i <= SITE_SEPS; i++) {
        const char *sep = site_sep(i);
        k = strlen(sep);
        if (n > k && memcmp(at_end ? s + n - k : s, sep, k) == 0)
            return k;
    }
    return 0;
}

/* "Headline : Site | Tagline | Founded 2005", "Headline - Section - Site"
   whose site's name holds a separator: the site's name as a whole part
   after the first; the headline is what comes before it (its length in
   *len), else 0.  (Titles over 1 KiB and names over 200 bytes are no
   such titles: the search stays cheap.) */
static int
site_inside(const char *title, const char *site, size_t *len)
{
    size_t n = strlen(title), sl, i, k;

    if (site == NULL || (sl = strlen(site)) < 3 || sl > 200 || n > 1024)
        return 0;
    for (i = 1; i + sl <= n; i++) {
        size_t rest = n - i - sl;
        if (!bs_ci_eq(title + i, site, sl) || (k = sep_at(title, i, 1)) == 0 ||
            (rest > 0 && sep_at(title + i + sl, rest, 0) == 0))
            continue;
        if (i > k) {
            *len = i - k;
            return 1;
        }
    }
    return 0;
}

/* The words of [s, s + n) that hold a letter or a digit (not "|", "-",
   "\xc2\xbb", a dash from U+2000 on). */
static size_t
real_words(const char *s, size_t n)
{
    size_t i = 0, words = 0;

    while (i < n) {
        int real = 0;
        while (i < n && s[i] == ' ')
            i++;
        for (; i < n && s[i] != ' '; i++)
            if (bs_is_alnum_ascii((unsigned char)s[i]) ||
                ((unsigned char)s[i] >= 0xC3 && (unsigned char)s[i] != 0xE2))
                real = 1;
        words += real;
    }
    return words;
}

/* Split "Headline | Site" style titles; keep the headline part.  `host`
   is the main name of the page's host (host_name), or NULL. */
static void
strip_site_name(const char *title, const char *site, const char *host,
                int website, size_t *start, size_t *len)
{
    static const char *const host_seps[] = {" : ", "- "};
    const size_t nseps =
        SITE_SEPS + sizeof(host_seps) / sizeof(host_seps[0]);
    size_t n = strlen(title), i;

    *start = 0;
    *len = n;
    for (i = 0; host != NULL && host[0] != '\0' && i < nseps; i++) {
        const char *sep = i < SITE_SEPS ? title_seps[i]
                                        : host_seps[i - SITE_SEPS];
        const char *last = NULL, *p = strstr(title, sep);
        size_t sl = strlen(sep);

        /* the last part, after the last separator, names the host */
        while (p != NULL) {
            last = p;
            p = strstr(p + sl, sep);
        }
        if (last != NULL && last > title &&
            names_host(last + sl, n - (size_t)(last - title) - sl, host) &&
            !names_host(title, (size_t)(last - title), host)) {
            /* "Thread / Board / Site": a trail up from the page, whose
               first part is the page (not for dashes, which headlines
               use) */
            const char *end = (i >= 1 && i <= 3) || i >= SITE_SEPS
                                  ? last
                                  : strstr(title, sep);
            *len = (size_t)(end - title);
            return;
        }
        /* or the first part does ("BMAS - Headline" on bmas.de, on a
           website's page before a headline of five words or more; "Blog
           » Archive » Headline", a trail whose last part is the
           page, but not for dashes, which headlines use) */
        p = strstr(title, sep);
        if (p != NULL && p > title && i < SITE_SEPS &&
            (!website || real_words(p + sl, n - (size_t)(p - title) - sl) >=
                             5) &&
            names_host(title, (size_t)(p - title), host) &&
            !names_host(p + sl, n - (size_t)(p - title) - sl, host)) {
            const char *from = (i >= 1 && i <= 3) || p == last ? p : last;
            *start = (size_t)(from - title) + sl;
            *len = n - *start;
            return;
        }
    }
    if (site_inside(title, site, len))
        return;
    for (i = 0; i < SITE_SEPS; i++) {
        const char *first = strstr(title, title_seps[i]);
        const char *last = NULL, *p = first;
        size_t sl = strlen(title_seps[i]);

        while (p != NULL) {
            last = p;
            p = strstr(p + sl, title_seps[i]);
        }
        if (last == NULL)
            continue;
        {
            size_t head = (size_t)(last - title);
            const char *tail = last + sl;
            size_t tl = n - head - sl;
            size_t fl = (size_t)(first - title);

            if (site != NULL && strlen(site) == tl && bs_ci_eq(tail, site, tl)) {
                *len = head;
                return;
            }
            if (site != NULL && strlen(site) == fl && bs_ci_eq(title, site, fl)) {
                /* "Site » Section » Headline": a trail of places whose
                   last is the page (not for dashes, which headlines use). */
                *start = ((i >= 1 && i <= 3) || last == first) ? fl + sl
                                                          : head + sl;
                *len = n - *start;
                return;
            }
            /* Without a site name: a short last part is the site. */
            if (tl * 2 < head && tl < 40 && bs_count_words(tail, tl) <= 4 &&
                !has_year(tail, tl)) {
                *len = head;
                return;
            }
        }
    }
}

/* Bytes of a punctuation character starting at `p` (Latin-1 signs such
   as NBSP, "\xc2\xb6" and "\xc2\xbb"; general and CJK punctuation: dashes,
   quotes, bullets, ideographic stops), else 0. */
static size_t
punct_len(const unsigned char *p)
{
    if (p[0] == 0xC2 && p[1] >= 0xA0 && p[1] <= 0xBF)
        return 2;
    if (p[0] == 0xE2 && (p[1] == 0x80 || p[1] == 0x81) && p[2] >= 0x80 &&
        p[2] <= 0xBF)
        return 3;
    if (p[0] == 0xE3 && p[1] == 0x80 && p[2] >= 0x80 && p[2] <= 0xBF)
        return 3;
    return 0;
}

/* `s` as lower-case ASCII words and other letters, one space between
   words, no trailing space, NUL-terminated in `out`; returns the length. */
static size_t
fold_words(const char *s, char *out, size_t cap)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = 0;
    int sp = 1;

    while (*p && n + 2 < cap) {
        unsigned char c = *p;
        size_t k = c >= 0x80 ? punct_len(p) : 0;
        if (k == 0 && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                       c >= 0x80)) {
            out[n++] = (char)c;
            sp = 0;
        } else if (c >= 'A' && c <= 'Z') {
            out[n++] = (char)(c + 32);
            sp = 0;
        } else if (!sp) {
            out[n++] = ' ';
            sp = 1;
        }
        p += k > 0 ? k : 1;
    }
    while (n > 0 && out[n - 1] == ' ')
        n--;
    out[n] = '\0';
    return n;
}

/* Do the words of `needle` appear, in order and contiguous, among the
   words of `hay`?  Case-insensitive for ASCII, punctuation ignored. */
static int
contains_words(const char *hay, const char *needle)
{
    char a[1024], b[512];
    size_t nb = fold_words(needle, b, sizeof(b));

    fold_words(hay, a, sizeof(a));
    if (nb < 3)
        return 0;
    /* whole words: pad both */
    {
        char pa[1030], pb[520];
        snprintf(pa, sizeof(pa), " %s ", a);
        snprintf(pb, sizeof(pb), " %s ", b);
        return strstr(pa, pb) != NULL;
    }
}

int
bs_same_words(const char *a, const char *b)
{
    return contains_words(a, b) && contains_words(b, a);
}

/* Is `part` the last of several parts of a "Headline | Site" title? */
static int
is_site_part(const char *title, const char *part)
{
    size_t i;

    /* (and " : ", spaced on both sides, when what follows is the
       shorter: "Post : Blog", not French "Petition : Its headline") */
    for (i = 0; i <= SITE_SEPS; i++) {
        title_parts it;
        size_t parts = 0;

        for (parts_start(&it, title, site_sep(i)); parts_next(&it);)
            parts++;
        /* it.part: the last part */
        if (parts > 1 && bs_same_words(it.part, part) &&
            (i < SITE_SEPS ||
             it.len < (size_t)(it.part - it.sep_len - title)))
            return 1;
    }
    return 0;
}

/* Is `part` one whole part of a title split at " | ", " » ", ...? */
static int
is_title_part(const char *title, const char *part)
{
    char buf[512];
    size_t i;

    for (i = 0; i < sizeof(title_seps) / sizeof(title_seps[0]); i++) {
        title_parts it;

        if (strstr(title, title_seps[i]) == NULL)
            continue;
        for (parts_start(&it, title, title_seps[i]); parts_next(&it);) {
            if (it.len < sizeof(buf)) {
                memcpy(buf, it.part, it.len);
                buf[it.len] = '\0';
                if (bs_same_words(buf, part))
                    return 1;
            }
        }
    }
    return 0;
}

/* Is `part` a middle part of a trail of three parts or more ("Site |
   Section | Literatur | Headline"), neither its first nor its last? */
static int
is_middle_part(const char *title, const char *part)
{
    char buf[512];
    size_t i;

    for (i = 0; i < SITE_SEPS; i++) {
        title_parts it;
        size_t k = 0;

        if (strstr(title, title_seps[i]) == NULL)
            continue;
        for (parts_start(&it, title, title_seps[i]); parts_next(&it); k++) {
            if (k == 0 || it.rest == NULL || it.len >= sizeof(buf))
                continue;
            memcpy(buf, it.part, it.len);
            buf[it.len] = '\0';
            if (bs_same_words(buf, part))
                return 1;
        }
    }
    return 0;
}

/* A title without a separator left dangling at its start or end, where a
   part of it was empty ("National Rail Enquiries -", "/ Portfolio"); a
   colon only ends a part, it opens none. */
static const char *
without_dangling_seps(bs_doc *doc, const char *t)
{
    static const char *const seps[] = {"|", "-", "/", "\xe2\x80\x93",
                                       "\xe2\x80\x94", "\xc2\xb7", "\xc2\xbb",
                                       ":"};
    size_t n = strlen(t), i, k;
    const char *s = t;
    int changed = 1;

    while (changed && n > 0) {
        changed = 0;
        for (i = 0; i < sizeof(seps) / sizeof(seps[0]); i++) {
            k = strlen(seps[i]);
            if (n > k + 1 && memcmp(s + n - k, seps[i], k) == 0 &&
                s[n - k - 1] == ' ') {
                n -= k + 1;
                changed = 1;
            } else if (seps[i][0] != ':' && n > k + 1 &&
                       memcmp(s, seps[i], k) == 0 && s[k] == ' ') {
                s += k + 1;
                n -= k + 1;
                changed = 1;
            }
        }
    }
    if (s == t && n == strlen(t))
        return t;
    return bs_clean_string(&doc->arena, s, n);
}

/* "23.01.2022 - Headline", "2022-01-23 | Headline": a numeric date
   leading the title, one part of it, is no part of the headline. */
static const char *
without_leading_date(bs_doc *doc, const char *t, long long now)
{
    static const char *const seps[] = {" - ", " | ", " \xe2\x80\x93 ",
                                       " \xe2\x80\x94 ", ": "};
    size_t i, k, digits = 0;
    char iso[32];

    for (k = 0; t[k] != '\0' && k < 24; k++) {
        char c = t[k];
        if (c >= '0' && c <= '9')
            digits++;
        else if (c != '.' && c != '/' && c != '-' && c != ' ')
            break;
    }
    for (i = 0; digits >= 6 && i < sizeof(seps) / sizeof(seps[0]); i++) {
        const char *p = strstr(t, seps[i]);
        size_t at = p != NULL ? (size_t)(p - t) : 0;
        /* the part before the separator is the date alone */
        if (p != NULL && at > 0 && at <= k && p[strlen(seps[i])] != '\0' &&
            bs_date_parse(t, at, iso, now))
            return bs_clean_string(&doc->arena, p + strlen(seps[i]),
                                   strlen(p + strlen(seps[i])));
    }
    return t;
}

/* The rest of a title after its first k bytes when a separator of its
   parts follows them (" - ", an en or an em dash, " | "; ": " too when
   `colon`), else NULL. */
static const char *
after_leading_part(const char *t, size_t k, int colon)
{
    static const char *const seps[] = {" - ", " \xe2\x80\x93 ",
                                       " \xe2\x80\x94 ", " | ", ": "};
    size_t i, n = sizeof(seps) / sizeof(seps[0]) - (colon ? 0 : 1);

    for (i = 0; i < n; i++)
        if (strncmp(t + k, seps[i], strlen(seps[i])) == 0)
            return t + k + strlen(seps[i]);
    return NULL;
}

/* "15 - Rigging the boom", "2024 | Pros and cons": a number alone (a
   chapter's, a year's) leading the title, one part of it, is no part of
   the headline of two words or more after it that opens with a letter
   (not a score's second number: "3 - 1 win"). */
static const char *
without_leading_number(bs_doc *doc, const char *t)
{
    size_t digits = 0;
    const char *rest;
    unsigned char c;

    while (t[digits] >= '0' && t[digits] <= '9')
        digits++;
    if (digits == 0 || digits > 4 ||
        (rest = after_leading_part(t, digits, 0)) == NULL)
        return t;
    c = (unsigned char)rest[0];
    /* (a letter beyond ASCII, not general punctuation from U+2000 on:
       a quotation mark, a dash, a currency sign) */
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
          (c >= 0xC3 && c != 0xE2)) ||
        bs_count_words(rest, strlen(rest)) < 2)
        return t;
    return bs_clean_string(&doc->arena, rest, strlen(rest));
}

/* "3.1 Rigging - Knots": a section's number of a book's or a manual's
   chapters ("3.1", "2.4.1": numbers with a dot between them, a space
   after) leading a heading is no part of the headline when the <title>
   tag lacks the number and starts with the word after it ("Rigging -
   Knots in a nutshell").  (A title tag that has the number keeps it,
   "2024.4.4 -> 2024.5.0 issue"; a quantity, "2.5 million visitors",
   opens no such title tag.) */
static const char *
without_section_number(bs_doc *doc, const char *t, const char *title_tag)
{
    char num[16];
    size_t i = 0, dots = 0, w;

    for (;;) {
        size_t d = i;
        while (t[i] >= '0' && t[i] <= '9')
            i++;
        if (i == d || i - d > 3)
            return t;
        if (t[i] != '.' || !(t[i + 1] >= '0' && t[i + 1] <= '9'))
            break;
        i++;
        dots++;
    }
    if (dots == 0 || t[i] != ' ' || t[i + 1] == '\0' || title_tag == NULL ||
        i >= sizeof(num))
        return t;
    memcpy(num, t, i);
    num[i] = '\0';
    if (strstr(title_tag, num) != NULL)
        return t;
    for (w = 0; t[i + 1 + w] != '\0' && t[i + 1 + w] != ' '; w++)
        ;
    if (!bs_ci_eq(title_tag, t + i + 1, w) ||
        (title_tag[w] != '\0' && title_tag[w] != ' '))
        return t;
    return bs_clean_string(&doc->arena, t + i + 1, strlen(t + i + 1));
}

/* "GNW - Gaming News Weekly": an abbreviation of two to six capitals
   leading the title, one part of it, that the initials of the rest's
   capitalised words spell, is the rest again: no part of the headline. */
static const char *
without_leading_abbreviation(bs_doc *doc, const char *t)
{
    size_t caps = 0, k, words = 0;
    const char *rest, *p;

    while (t[caps] >= 'A' && t[caps] <= 'Z')
        caps++;
    if (caps < 2 || caps > 6 || (rest = after_leading_part(t, caps, 1)) == NULL)
        return t;
    /* the capitals that open the rest's words, in turn */
    for (p = rest, k = 0; *p != '\0'; p++) {
        if (p != rest && p[-1] != ' ')
            continue;
        words++;
        if (*p >= 'A' && *p <= 'Z') {
            if (k == caps || *p != t[k])
                return t;
            k++;
        }
    }
    if (k < caps || words < 2 || (p = bs_clean_string(&doc->arena, rest,
                                                      strlen(rest))) == NULL)
        return t;
    return p;
}

/* "harbourwalks.org Quay to be rebuilt": the site's domain leading the
   title with no separator after it, the site's name (its logo's) alone,
   is no part of the headline of two words or more after it.  The
   domain's name before its dot is the host's. */
static const char *
without_leading_domain(bs_doc *doc, const char *t, const char *host,
                       const char *site)
{
    size_t w = 0, hl = strlen(host), i;
    const char *dot;

    while (t[w] != '\0' && t[w] != ' ')
        w++;
    if (hl < 3 || t[w] != ' ' ||
        bs_count_words(t + w + 1, strlen(t + w + 1)) < 2)
        return t;
    /* the dot after the host's name, a subdomain's before it or none
       ("www.harbourwalks.org") */
    for (dot = memchr(t, '.', w); dot != NULL;
         dot = memchr(dot + 1, '.', w - (size_t)(dot + 1 - t)))
        if ((size_t)(dot - t) >= hl && bs_ci_eq(dot - hl, host, hl) &&
            (dot - hl == t || dot[-(ptrdiff_t)hl - 1] == '.'))
            break;
    if (dot == NULL)
        return t;
    for (i = (size_t)(dot + 1 - t); i < w; i++)
        if (!((t[i] >= 'a' && t[i] <= 'z') || t[i] == '.'))
            return t;
    if (site == NULL || strlen(site) != w || !bs_ci_eq(t, site, w))
        return t;
    return bs_clean_string(&doc->arena, t + w + 1, strlen(t + w + 1));
}

/* "2gewinnt | Kabarett | Satire", "News zu VR, AR und KI | MIXED.de": a
   site's name with its tagline is the part that names the host, when one
   part does. */
void
bs_meta_site_name_alone(bs_doc *doc, bs_meta *meta)
{
    const char *v = meta->value[BS_FIELD_SITE_NAME];
    char host[64];
    size_t i;

    if (v == NULL)
        return;
    bs_host_name(meta->base_url, host, sizeof(host));
    if (host[0] == '\0')
        return;
    for (i = 0; i < SITE_SEPS; i++) {
        const char *found = NULL;
        size_t flen = 0, parts = 0;
        title_parts it;

        if (strstr(v, title_seps[i]) == NULL)
            continue;
        for (parts_start(&it, v, title_seps[i]); parts_next(&it);) {
            parts++;
            if (names_host(it.part, it.len, host)) {
                if (found != NULL)
                    return; /* two parts name it: leave it */
                found = it.part;
                flen = it.len;
            }
        }
        if (found != NULL && parts > 1)
            meta->value[BS_FIELD_SITE_NAME] =
                bs_clean_string(&doc->arena, found, flen);
        return;
    }
}

/* Is the title the site's name alone ("National Rail Enquiries" from
   "National Rail Enquiries -" on nationalrail.co.uk), on a page that is
   not the site's home page? */
int
bs_meta_title_is_site(const bs_meta *meta)
{
    const char *t = meta->value[BS_FIELD_TITLE];
    const char *site = meta->value[BS_FIELD_SITE_NAME];
    char host[64];

    /* (without the page's address, no telling it from the home page) */
    if (t == NULL || meta->page_url == NULL ||
        bs_is_home_page(meta->page_url))
        return 0;
    if (site != NULL && bs_same_words(t, site))
        return 1;
    bs_host_name(meta->base_url, host, sizeof(host));
    return host[0] != '\0' && bs_word_count(t) <= 4 &&
           names_host(t, strlen(t), host);
}

/* Does [s, s + n), of four words at most, open or end with the host's
   name, with at most six letters more or more words all capitalised
   ("heizung.de", "Zoll online" on zoll.de, "The Princeton Review" on
   princetonreview.com, "Flarum Community" on flarum.org; not "Greenpeace
   responds", "Wired for Sound" on wired.com)? */
static int
close_to_host(const char *s, size_t n, const char *host)
{
    char name[160];
    size_t k = bs_fold_alnum(s, n, name, sizeof(name));
    size_t hl = strlen(host), i;

    if (hl < 3 || k < hl || bs_count_words(s, n) > 4)
        return 0;
    if (memcmp(name, host, hl) != 0 && memcmp(name + k - hl, host, hl) != 0)
        return 0;
    if (k <= hl + 6)
        return 1;
    for (i = 0; i < n; i++)
        if ((i == 0 || s[i - 1] == ' ') && s[i] >= 'a' && s[i] <= 'z')
            return 0;
    return 1;
}

/* Is a site's name a template's word ("Home", "Homepage", "Startseite")? */
static int
is_placeholder_site(const char *s)
{
    static const char *const words[] = {"home", "homepage", "start",
                                        "startseite", "accueil", "inicio",
                                        "blog", "website", "site", "index"};

    return bs_word_among(s, strlen(s), BS_WORDS(words), 1) > 0;
}

/* A site's name that is the page's headline, with the site's own name
   after a separator ("Headline | MLUK" as og:site_name) or alone (an
   application-name of ten words that is the headline): the part that is
   not the headline, or none. (A short one stays: a home page's title is
   its site's name, "The Verge"; and a long one on a website's page that
   is no article, "Ministry of Health and Social Affairs".) */
#define HEADLINE_WORDS 5
static void
site_not_title(bs_doc *doc, bs_meta *meta)
{
    const char *site = meta->value[BS_FIELD_SITE_NAME];
    const char *title = meta->value[BS_FIELD_TITLE];
    size_t i;

    if (site == NULL || title == NULL ||
        bs_count_words(title, strlen(title)) < HEADLINE_WORDS)
        return;
    /* (a website's own page whose title is the site's long name keeps it:
       "Ministry of Health and Social Affairs") */
    if (bs_same_words(site, title) && !bs_is_home_page(meta->page_url) &&
        (bs_meta_page_kind(meta) == BS_PAGE_ARTICLE ||
         bs_count_words(title, strlen(title)) >= 2 * HEADLINE_WORDS - 2)) {
        meta->value[BS_FIELD_SITE_NAME] = NULL;
        meta->source[BS_FIELD_SITE_NAME] = NULL;
        meta->prio[BS_FIELD_SITE_NAME] = 0;
        return;
    }
    for (i = 0; i < SITE_SEPS; i++) {
        const char *part[2] = {NULL, NULL};
        size_t len[2] = {0, 0}, parts = 0, k;
        title_parts it;
        char *a;

        if (strstr(site, title_seps[i]) == NULL)
            continue;
        for (parts_start(&it, site, title_seps[i]); parts_next(&it);
             parts++) {
            if (parts < 2) {
                part[parts] = it.part;
                len[parts] = it.len;
            }
        }
        if (parts != 2)
            return;
        for (k = 0; k < 2; k++) {
            a = bs_arena_strndup(&doc->arena, part[k], len[k]);
            if (a != NULL && bs_same_words(a, title)) {
                const char *v = bs_clean_string(&doc->arena, part[1 - k],
                                                len[1 - k]);
                if (v != NULL && *v != '\0')
                    meta->value[BS_FIELD_SITE_NAME] = v;
                return;
            }
        }
        return;
    }
}

/* No site's name given, or only the publisher's company in JSON-LD
   ("Wikimedia Foundation, Inc."): the <title> tag's last or first part,
   when it names the host and is the shorter side ("Wärmepumpe im Altbau
   | heizung.de", "Update | Crash victims identified | News | Jamaica
   Gleaner" on jamaica-gleaner.com, "... - Wikipedia"). */
void
bs_meta_site_from_title(bs_doc *doc, bs_meta *meta, const char *title_tag)
{
    const char *site, *src;
    char host[64];
    size_t i, n;

    site_not_title(doc, meta);
    site = meta->value[BS_FIELD_SITE_NAME];
    src = meta->source[BS_FIELD_SITE_NAME];

    /* a template's word is no site's name ("Homepage", "Start", "Blog";
       not "Index" on index.hu) */
    bs_host_name(meta->base_url, host, sizeof(host));
    if (site != NULL && is_placeholder_site(site) &&
        !close_to_host(site, strlen(site), host)) {
        meta->value[BS_FIELD_SITE_NAME] = NULL;
        meta->source[BS_FIELD_SITE_NAME] = NULL;
        meta->prio[BS_FIELD_SITE_NAME] = 0;
        site = NULL;
    }
    if (title_tag == NULL || (n = strlen(title_tag)) > 1024 ||
        host[0] == '\0')
        return;
    /* (a company that names the host, "oe24 GmbH", "domradio.de", is the
       site's name) */
    if (site != NULL &&
        !(src != NULL && strcmp(src, "json-ld") == 0 &&
          bs_is_company_name(site, strlen(site)) &&
          !names_host(site, strlen(site), host)))
        return;
    for (i = 0; i < SITE_SEPS; i++) {
        const char *first = NULL, *last = NULL;
        size_t fl = 0, ll = 0, parts = 0, k;
        title_parts it;

        for (parts_start(&it, title_tag, title_seps[i]); parts_next(&it);
             parts++) {
            if (parts == 0) {
                first = it.part;
                fl = it.len;
            }
            last = it.part;
            ll = it.len;
        }
        if (parts < 2)
            continue;
        for (k = 0; k < 2; k++) {
            const char *p = k == 0 ? last : first;
            size_t len = k == 0 ? ll : fl;
            if (2 * len < n && close_to_host(p, len, host) &&
                !has_year(p, len)) {
                const char *v = bs_clean_string(&doc->arena, p, len);
                if (v != NULL && *v != '\0') {
                    meta->value[BS_FIELD_SITE_NAME] =
                        without_dangling_seps(doc, v);
                    meta->source[BS_FIELD_SITE_NAME] = "title-tag";
                    meta->prio[BS_FIELD_SITE_NAME] = BS_PRIO_TITLE_TAG;
                }
                return;
            }
        }
        return;
    }
}

/* The length of a title before an unspaced "-", "_" or "|" and a
   site's name of one to twelve characters beyond ASCII (CJK: "...!-
   新华网"), when what comes before is twice its length; else 0. */
static size_t
cjk_site_suffix(const char *v)
{
    size_t n = strlen(v), i, chars = 0;

    for (i = n; i > 0; i--) {
        unsigned char c = (unsigned char)v[i - 1];
        if (c < 0x80)
            break;
        if (c >= 0xC0)
            chars++;
    }
    /* i: the separator's end; the suffix [i, n) */
    if (i < 2 || i == n || chars > 12 ||
        (v[i - 1] != '-' && v[i - 1] != '_' && v[i - 1] != '|') ||
        (unsigned char)v[i - 2] < 0x80 || 2 * (n - i) > i - 1)
        return 0;
    return i - 1;
}

/* Is `part` the first part of `title`, a site separator after it? */
static int
first_part(const char *title, const char *part)
{
    size_t n = strlen(part);

    return n >= 3 && bs_ci_eq(title, part, n) &&
           sep_at(title + n, strlen(title + n), 0) > 0;
}

/* Does the heading say the title tag's headline, then more after a
   colon or a separator ("Lemon Cake: simply delicious!" for "Lemon
   Cake")?  Such a heading is the page's headline, not a slogan. */
static int
extends_title(const char *heading, const char *head)
{
    size_t k = head != NULL ? strlen(head) : 0;

    if (k < 8 || bs_word_count(head) < 2 || strlen(heading) <= k + 2 ||
        !bs_ci_eq(heading, head, k))
        return 0;
    return heading[k] == ':' ||
           sep_at(heading + k, strlen(heading + k), 0) > 0;
}

/* Does each word of the heading, two words or more, open the title's word
   in its place, the title having no more words ("Nachhaltig leben" for
   "Nachhaltiger leben")?  The title says the heading with its words bent:
   no slogan. */
static int
words_open_title(const char *heading, const char *title)
{
    const char *h = heading, *t = title;
    size_t words = 0;

    if (title == NULL)
        return 0;
    for (;;) {
        size_t k = 0, m = 0;

        while (*h == ' ')
            h++;
        while (*t == ' ')
            t++;
        if (*h == '\0' || *t == '\0')
            return *h == '\0' && *t == '\0' && words >= 2;
        while (h[k] != '\0' && h[k] != ' ')
            k++;
        while (t[m] != '\0' && t[m] != ' ')
            m++;
        if (m < k || !bs_ci_eq(t, h, k))
            return 0;
        words++;
        h += k;
        t += m;
    }
}

/* The words of `s`, folded (fold_words), split in place in `buf`: up to
   `max` pointers in `w`; returns their number. */
static size_t
split_words(const char *s, char *buf, size_t cap, const char **w, size_t max)
{
    size_t n = 0, i, len = fold_words(s, buf, cap);

    for (i = 0; i < len && n < max; i++) {
        if (i == 0 || buf[i - 1] == '\0')
            w[n++] = buf + i;
        if (buf[i] == ' ')
            buf[i] = '\0';
    }
    return n;
}

/* Is `word` one of the n words w? */
static int
among_words(const char *word, const char *const *w, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (strcmp(word, w[i]) == 0)
            return 1;
    return 0;
}

/* Does the heading say the title's words in another order ("Online
   Graphic Design Course" for "Graphic Design Course Online"), three
   words or more, each of its words one of the title's and each of the
   title's one of its; or the title's words in their order but one
   ("... to Watch in 2025" for "... to Watch in 2024"), four words or
   more?  The title names what the heading does: no slogan.  (Of a
   title "Headline | Site" whose site's name stayed, as too long to
   tell, the part before the bar.) */
static int
words_rearranged(const char *heading, const char *title)
{
    char a[512], b[512];
    const char *wa[32], *wb[32], *bar;
    char first[512];
    size_t na, nb, i, diff = 0;

    if (title == NULL)
        return 0;
    bar = strstr(title, " | ");
    if (bar != NULL && (size_t)(bar - title) < sizeof(first)) {
        memcpy(first, title, (size_t)(bar - title));
        first[bar - title] = '\0';
        title = first;
    }
    na = split_words(heading, a, sizeof(a), wa, 32);
    nb = split_words(title, b, sizeof(b), wb, 32);
    if (na < 3 || nb < 3 || na == 32 || nb == 32)
        return 0;
    for (i = 0; i < na && among_words(wa[i], wb, nb); i++)
        ;
    if (i == na) {
        for (i = 0; i < nb && among_words(wb[i], wa, na); i++)
            ;
        if (i == nb)
            return 1;
    }
    if (na != nb || na < 4)
        return 0;
    for (i = 0; i < na; i++)
        diff += strcmp(wa[i], wb[i]) != 0;
    return diff == 1;
}

/* Is [s, s + n) a label's word and a colon, a space after it ("Blog: ",
   "Thread: "): one word of letters (no quotation, no number), the colon
   right after it? */
static int
label_before(const char *s, size_t n)
{
    size_t i;

    while (n > 0 && s[n - 1] == ' ')
        n--;
    if (n < 3 || s[n - 1] != ':' || n - 1 > 24)
        return 0;
    for (i = 0; i + 1 < n; i++) {
        unsigned char c = (unsigned char)s[i];
        /* (letters beyond ASCII, not Latin-1's or general punctuation) */
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= 0x80 && c != 0xC2 && c != 0xE2)))
            return 0;
    }
    return 1;
}

/* The title is a heading of the page, whatever the sources said. */
void
bs_meta_heading_title(bs_meta *meta, const char *heading)
{
    meta->value[BS_FIELD_TITLE] = heading;
    meta->source[BS_FIELD_TITLE] = "text";
    meta->prio[BS_FIELD_TITLE] = BS_PRIO_TEXT;
}

/* "A message from our founder:": a heading that introduces what
   follows, no headline */
static int
ends_colon(const char *s)
{
    size_t n = strlen(s);

    while (n > 0 && s[n - 1] == ' ')
        n--;
    return n > 0 && s[n - 1] == ':';
}

/* "Learn which renovations pay? Get expert tips on ... We help you ...":
   a heading of three sentences or more, or of two in more than 200 bytes,
   is a blurb, no headline.  A full stop after a capitalised word of five
   letters at most ("U.S.", "Corp.", "Calif.", "Bros.") ends no sentence;
   nor does one after a word of one letter. */
static int
is_blurb(const char *s)
{
    size_t n = strlen(s), i, ends = 0;

    if (n <= 100)
        return 0;
    for (i = 1; i + 2 < n; i++) {
        size_t w = i;
        if (!((s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i + 1] == ' ' &&
              s[i + 2] >= 'A' && s[i + 2] <= 'Z'))
            continue;
        while (w > 0 && s[w - 1] != ' ')
            w--;
        if (s[i] == '.' &&
            (i - w <= 1 || memchr(s + w, '.', i - w) != NULL ||
             (s[w] >= 'A' && s[w] <= 'Z' && i - w <= 5)))
            continue;
        ends++;
    }
    return ends >= 2 || (ends == 1 && n > 200);
}

/* The page's <h1> or <h2> that says `part` word for word and is not the
   site's name, else NULL. */
static const char *
heading_of(const char *part, const char *site, const char *const *h1,
           size_t nh1, const char *const *h2, size_t nh2)
{
    size_t k;

    for (k = 0; k < nh1 + nh2; k++) {
        const char *h = k < nh1 ? h1[k] : h2[k - nh1];
        if (h != NULL && bs_same_words(h, part) &&
            !(site != NULL && bs_same_words(h, site)))
            return h;
    }
    return NULL;
}

/* "Site - Section - Page" (three parts or more, one separator, the
   first the site's name; or separators that differ): when the title
   chosen is a middle part (a section's <h1>), or all the parts after the
   site's, and a heading of the page is the last part, that heading names
   the page. */
static const char *
crumb_heading(const char *tag, const char *title, const char *site,
              const char *host, const char *const *h1, size_t nh1,
              const char *const *h2, size_t nh2)
{
    size_t i, tl = strlen(title);

    if (strlen(tag) > 1024)
        return NULL;
    for (i = 0; i < SITE_SEPS; i++) {
        const char *last = NULL;
        size_t parts = 0, first = 0;
        int middle = 0;
        title_parts it;

        for (parts_start(&it, tag, site_sep(i)); parts_next(&it); parts++) {
            if (parts == 0) {
                first = it.len;
                /* "Section - Page", all after the site's part, chosen
                   whole */
                if (it.rest != NULL && bs_same_words(it.rest, title) &&
                    strstr(it.rest, site_sep(i)) != NULL)
                    middle = 1;
            } else if (it.rest == NULL) /* the last part */
                last = it.part;
            else if (it.len == tl && bs_ci_eq(it.part, title, tl))
                middle = 1;
        }
        if (parts < 3 || !middle || last == NULL)
            continue;
        if (!(site != NULL && strlen(site) == first &&
              bs_ci_eq(tag, site, first)) &&
            !names_host(tag, first, host))
            return NULL;
        return heading_of(last, site, h1, nh1, h2, nh2);
    }
    /* "Site - Section \xc2\xbb Page", its separators mixed: the title
       chosen, a separator on each side of it, and one part after it, the
       last, that a heading of the page says (not the site's name, nor
       the host's).  The last part says more words than the title: a
       section's name is shorter than its page's headline, and a
       headline chosen between a kicker and a site's name ("News | Quay
       to be rebuilt - Harbour Times") keeps its place over the site's
       name in a footer's heading. */
    {
        const char *p = strstr(tag, title), *last;
        size_t b;

        if (p == NULL || p == tag || tl < 3 ||
            sep_at(tag, (size_t)(p - tag), 1) == 0 ||
            (b = sep_at(p + tl, strlen(p + tl), 0)) == 0)
            return NULL;
        last = p + tl + b;
        if (real_words(last, strlen(last)) <= real_words(title, tl))
            return NULL;
        for (i = 0; i <= SITE_SEPS; i++)
            if (strstr(last, site_sep(i)) != NULL)
                return NULL;
        if (names_host(last, strlen(last), host))
            return NULL;
        return heading_of(last, site, h1, nh1, h2, nh2);
    }
}

/* The page's <h1> that says one part of a title split at a site's
   separator ("Thread - Board" beside an <h1> "Thread"), a part of two
   words or more and not the site's name, when it says no other part
   and the title has such a part; else NULL. */
static const char *
part_heading(bs_doc *doc, const char *title, const char *site,
             const char *const *h1, size_t nh1)
{
    const char *said = NULL;
    size_t i;

    for (i = 0; i < SITE_SEPS && said == NULL; i++) {
        title_parts it;

        if (strstr(title, title_seps[i]) == NULL)
            continue;
        for (parts_start(&it, title, title_seps[i]); parts_next(&it);) {
            const char *part, *h;
            if (real_words(it.part, it.len) < 2)
                continue;
            part = bs_arena_strndup(&doc->arena, it.part, it.len);
            if (part == NULL)
                return NULL;
            h = heading_of(part, site, h1, nh1, NULL, 0);
            if (h != NULL && said != NULL)
                return NULL; /* two parts said: no telling */
            if (h != NULL)
                said = h;
        }
    }
    return said;
}

/* Is one of the page's <h1> or <h2> headings `title`, word for word,
   a title whose parts between bars are each five words or more (a
   subtitle, no section's or site's name)? */
static int
heading_says(const char *title, const char *const *h1, size_t nh1,
             const char *const *h2, size_t nh2)
{
    title_parts it;

    for (parts_start(&it, title, " | "); parts_next(&it);)
        if (real_words(it.part, it.len) < 5)
            return 0;
    return heading_of(title, NULL, h1, nh1, h2, nh2) != NULL;
}

/* Is the heading set in capitals ("SUPPORTING GAAP COMPLIANCE"): eight
   capitals or more and no lower-case letter, ASCII or Latin-1's ("\xc3\x9f"
   to "\xc3\xbf")?  (A letter of another script, whose case is not told
   here, makes it no such heading.) */
static int
in_capitals(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t caps = 0;

    for (; *p != '\0'; p++) {
        if ((*p >= 'a' && *p <= 'z') ||
            (*p == 0xC3 && p[1] >= 0x9F && p[1] != 0xB7))
            return 0;
        if ((*p >= 'A' && *p <= 'Z') || *p == 0xC3)
            caps++;
        else if (*p >= 0xC4 && *p != 0xE2)
            return 0;
    }
    return caps >= 8;
}

/* Bytes of a quotation mark at p that may open or close a quotation
   ('"', U+201C, U+201D, U+201E, guillemets), else 0. */
static size_t
quote_len(const char *p)
{
    const unsigned char *u = (const unsigned char *)p;

    if (u[0] == '"')
        return 1;
    if (u[0] == 0xC2 && (u[1] == 0xAB || u[1] == 0xBB))
        return 2;
    if (u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x9C && u[2] <= 0x9E)
        return 3;
    return 0;
}

size_t
bs_ends_quote(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;

    if (n >= 1 && u[n - 1] == '"')
        return 1;
    if (n >= 2 && u[n - 2] == 0xC2 && (u[n - 1] == 0xAB || u[n - 1] == 0xBB))
        return 2;
    if (n >= 3 && u[n - 3] == 0xE2 && u[n - 2] == 0x80 && u[n - 1] >= 0x9C &&
        u[n - 1] <= 0x9E)
        return 3;
    return 0;
}

/* The quotation that ends a heading after words of its own ('5 thoughts
   on "Headline"': 'Headline'), in the arena; else NULL.  It opens at the
   first quotation mark after a space. */
static const char *
quoted_end(bs_doc *doc, const char *h)
{
    size_t n = strlen(h), close = bs_ends_quote(h, n), i, k;

    for (i = 1; close > 0 && i + close < n; i++) {
        if (h[i - 1] != ' ' || (k = quote_len(h + i)) == 0)
            continue;
        if (real_words(h, i) == 0 || i + k >= n - close)
            return NULL;
        return bs_arena_strndup(&doc->arena, h + i + k, n - close - i - k);
    }
    return NULL;
}

/* Does the page call itself a product or a group of them (og:type
   "product", "product.group", "product.item", "product:group"; not
   "productivity")? */
static int
is_product(const bs_meta *meta)
{
    const char *v = meta->value[BS_FIELD_PAGE_TYPE];

    return v != NULL && bs_starts_ci(v, strlen(v), "product") &&
           (v[7] == '\0' || v[7] == '.' || v[7] == ':');
}

/* The title: the page's own headline (an <h1>) when the meta title or
   the <title> tag confirms it; else the best meta title without the
   site name; else the first <h1>, of one or two; else the <title>
   tag.  A title that a comment section's heading quotes wins over them
   all. */
void
bs_meta_choose_title(bs_doc *doc, bs_meta *meta, const char *title_tag,
             const char *logo, const char *const *h1, size_t nh1,
             const char *const *h2, size_t nh2,
             const char *const *quoting, size_t nquoting)
{
    const char *site = meta->value[BS_FIELD_SITE_NAME] != NULL
                           ? meta->value[BS_FIELD_SITE_NAME]
                           : logo;
    const char *t = meta->value[BS_FIELD_TITLE];
    const char *meta_t = t, *meta_src = meta->source[BS_FIELD_TITLE];
    int meta_prio = meta->prio[BS_FIELD_TITLE];
    const char *headline = NULL, *t_head = NULL, *tag_head = NULL;
    size_t start, len, i;
    char host[64];
    int website;

    /* The host's name marks the site's part of a title on an article or
       a thread; a website's own pages often keep their name. */
    host[0] = '\0';
    website = bs_meta_page_kind(meta) == BS_PAGE_OTHER;
    if (!(website && bs_is_home_page(meta->page_url)))
        bs_host_name(meta->base_url, host, sizeof(host));

    /* content="Headline "quoted" words": an unescaped quote cut the
       meta title; the <title> tag has it whole. */
    if (t != NULL && title_tag != NULL) {
        size_t lt = strlen(t);
        if (lt > 0 && strncmp(title_tag, t, lt) == 0 &&
            (title_tag[lt] == '"' ||
             (title_tag[lt] == ' ' && title_tag[lt + 1] == '"'))) {
            bs_meta_set(doc, meta, BS_FIELD_TITLE, BS_PRIO_JSONLD + 1,
                        "title-tag", title_tag, strlen(title_tag));
            t = meta->value[BS_FIELD_TITLE];
        }
    }

    /* "Blog name » Post title" with the blog's name in the <h1> and
       the post's in an <h2>: each is one part of the title tag, and
       the site's name is the shorter. */
    const char *h2_part = NULL, *logo_h1 = NULL;
    int blog_h1 = 0, one_h1;

    for (i = 0; i < nh2 && title_tag != NULL && h2_part == NULL; i++) {
        if (h2[i] != NULL && is_title_part(title_tag, h2[i]))
            h2_part = h2[i];
    }

    /* the titles without their site's part: an <h1> they confirm is in
       their headline's part ("Opinion" is not in "Headline | Site -
       Analysis Opinion Critique") */
    if (t != NULL) {
        strip_site_name(t, site, host, website, &start, &len);
        t_head = bs_arena_strndup(&doc->arena, t + start, len);
    }
    if (title_tag != NULL) {
        strip_site_name(title_tag, site, host, website, &start, &len);
        tag_head = bs_arena_strndup(&doc->arena, title_tag + start, len);
    }
    if (t_head == NULL)
        t_head = t;
    if (tag_head == NULL)
        tag_head = title_tag;
    for (i = 0; i < nh1 && headline == NULL; i++) {
        /* The site's name in an <h1> (a logo) is not the headline;
           when the <title> ends with it, it names the site. */
        /* (not when the site's name is known, another, and the <h1> a
           headline's length: "Kicker - Headline" in the title tag) */
        if (h1[i] != NULL && title_tag != NULL &&
            is_site_part(title_tag, h1[i]) &&
            !(meta->value[BS_FIELD_SITE_NAME] != NULL &&
              bs_word_count(h1[i]) > 4 &&
              !contains_words(h1[i], meta->value[BS_FIELD_SITE_NAME]))) {
            if (site == NULL)
                site = h1[i];
            if (bs_word_count(h1[i]) <= 4)
                logo_h1 = h1[i];
            continue;
        }
        if (h1[i] == NULL || (site != NULL && bs_same_words(h1[i], site)))
            continue;
        /* an <h1> of the host's name before other <h1>s is the site's
           logo ("Harbour Awards" on harbourawards.example) */
        if (i + 1 < nh1 && host[0] != '\0' && bs_word_count(h1[i]) <= 4 &&
            names_host(h1[i], strlen(h1[i]), host))
            continue;
        if (h2_part != NULL && strlen(h2_part) > strlen(h1[i]) &&
            is_title_part(title_tag, h1[i])) {
            blog_h1 = 1;
            continue;
        }
        /* one of many <h1>s (a text's sections) that is a word of a
           long title names a section, not the page */
        if (nh1 >= 3 && bs_word_count(h1[i]) == 1 && t_head != NULL &&
            4 * strlen(h1[i]) < strlen(t_head))
            continue;
        if ((t != NULL && contains_words(t_head, h1[i])) ||
            (title_tag != NULL && contains_words(tag_head, h1[i]) &&
             (t == NULL || contains_words(h1[i], t))))
            headline = h1[i];
    }
    /* No <h1> the titles confirm: an <h2> they confirm (blogs whose
       <h1> is the blog's name), when it is more than a word or two
       of them. */
    one_h1 = nh1 == 1 && h1[0] != NULL && strlen(h1[0]) >= 8 &&
             !ends_colon(h1[0]) && !is_blurb(h1[0]) &&
             !(site != NULL && bs_same_words(h1[0], site)) &&
             !(title_tag != NULL && is_site_part(title_tag, h1[0])) &&
             !blog_h1 &&
             /* (a word alone that the meta title lacks and the title
                tag has as a middle part of its trail names a section:
                "Literatur" in "GALORE.de | Kultur | Literatur | 30.11. |
                Buch der Woche") */
             !(bs_word_count(h1[0]) == 1 && t != NULL && title_tag != NULL &&
               !contains_words(t, h1[0]) && is_middle_part(title_tag, h1[0]));
    for (i = 0; i < nh2 && headline == NULL; i++) {
        const char *conf = title_tag != NULL && contains_words(title_tag, h2[i])
                               ? title_tag
                           : t != NULL && contains_words(t, h2[i]) ? t
                                                                   : NULL;
        /* a section's name the <title> tag has, that the meta title
           (og:title, the JSON-LD headline) neither has nor cuts short */
        if (h2[i] == NULL || conf == NULL ||
            (t != NULL && !contains_words(t, h2[i]) &&
             !contains_words(h2[i], t)) ||
            (site != NULL && bs_same_words(h2[i], site)) ||
            (title_tag != NULL && is_site_part(title_tag, h2[i]) &&
             !(blog_h1 && h2[i] == h2_part)))
            continue;
        strip_site_name(conf, site, host, website, &start, &len);
        /* beside a page's one <h1>, only an <h2> that is the whole
           title: one that is a part of it may be a section's heading
           ("Key methods" in "7 Key methods | Site") */
        if (one_h1) {
            char whole[400];
            if (len >= sizeof(whole))
                continue;
            memcpy(whole, conf + start, len);
            whole[len] = '\0';
            if (!bs_same_words(h2[i], whole) &&
                !(t != NULL && bs_same_words(h2[i], t)))
                continue;
        }
        if ((bs_word_count(h2[i]) >= 3 && 2 * strlen(h2[i]) >= len) ||
            3 * strlen(h2[i]) >= 2 * len)
            headline = h2[i];
        /* no <h1>, and the <h2> is the meta title's first part, a
           tagline after it ("Villa Galaxy - Holiday villa in Florida") */
        else if (nh1 == 0 && t != NULL && first_part(t, h2[i]))
            headline = h2[i];
    }
    /* A JSON-LD name (a recipe's, which a heading of the recipe's card
       may repeat) that the title tag and og:title agree against: the
       <h1> that holds theirs, or that theirs holds, names the page. */
    if (t != NULL && (headline == NULL || bs_same_words(headline, t_head)) &&
        nh1 > 0 && h1[0] != NULL &&
        meta->source[BS_FIELD_TITLE] != NULL &&
        strcmp(meta->source[BS_FIELD_TITLE], "json-ld") == 0 &&
        meta->og_title != NULL && tag_head != NULL) {
        const char *og = meta->og_title;
        strip_site_name(og, site, host, website, &start, &len);
        og = bs_arena_strndup(&doc->arena, og + start, len);
        if (og != NULL && bs_same_words(og, tag_head) &&
            !bs_same_words(og, t_head) &&
            (contains_words(h1[0], og) || contains_words(og, h1[0])))
            headline = h1[0];
    }
    /* A page with one <h1> names itself there, even when its meta
       title says it differently. */
    /* (Not one set in capitals that the titles do not confirm: a
       banner's slogan, "SUPPORTING GAAP COMPLIANCE" over a meta title
       "GAAP Compliance: Applying Accounting Best Practices"; the meta
       title, written to be read, names the page.) */
    if (headline == NULL && one_h1 && !(t != NULL && in_capitals(h1[0]))) {
        size_t hl = strlen(h1[0]), tl = t_head != NULL ? strlen(t_head) : 0;
        headline = h1[0];
        /* '"Quote" / Headline', 'Kicker | Headline': the <h1> ends with
           the meta title after a separator (not a colon, which joins a
           headline's parts: '"Pure emptiness": Headline'), a kicker
           before it; or after a word alone and a colon, a label ('Blog:
           Headline') */
        if (tl >= 12 && hl > tl + 3 &&
            bs_ci_eq(h1[0] + hl - tl, t_head, tl) &&
            (sep_at(h1[0], hl - tl, 1) > 0 || label_before(h1[0], hl - tl)))
            headline = t_head;
        /* 'Results for "Harbour Cranes"': the <h1> quotes the title
           tag's headline after words of its own; the quotation names
           the page */
        else {
            const char *q = quoted_end(doc, h1[0]);
            if (q != NULL && tag_head != NULL && bs_same_words(q, tag_head)) {
                headline = tag_head;
                meta->title_whole = h1[0];
            }
        }
    }
    /* A page that calls itself no article (a shop's or a service's
       "website") and whose <h1> neither title confirms: its heading is
       a slogan, the <title> tag names the page.  (Not a page that calls
       itself a product or a shelf of them, og:type "product",
       "product.group": its <h1> names the item as the shop labels it,
       its titles are written for search engines.) */
    if (headline != NULL && title_tag != NULL &&
        bs_meta_page_kind(meta) == BS_PAGE_OTHER && !is_product(meta) &&
        !contains_words(title_tag, headline) &&
        (t == NULL || !contains_words(t, headline)) &&
        !extends_title(headline, tag_head) &&
        !words_open_title(headline, t_head) &&
        !words_rearranged(headline, t_head != NULL ? t_head : tag_head)) {
        size_t k;

        strip_site_name(title_tag, site, host, website, &start, &len);
        /* ("Headline Harbourwalks": the site's name glued on with a
           space, the meta title the headline before it) */
        if (start == 0 && len == strlen(title_tag) && t != NULL &&
            (k = strlen(t)) >= 8 && k + 1 < len && title_tag[k] == ' ' &&
            bs_ci_eq(title_tag, t, k) &&
            names_host(title_tag + k + 1, len - k - 1, host))
            len = k;
        if (len > 0) {
            headline = NULL;
            t = NULL;
            bs_meta_set(doc, meta, BS_FIELD_TITLE, BS_PRIO_JSONLD + 1,
                        "title-tag", title_tag + start, len);
        }
    }
    if (headline != NULL) {
        int tagged = title_tag != NULL &&
                     contains_words(title_tag, headline);
        /* The value is the page's own text; the source names what
           confirmed it when no meta title did. */
        meta->value[BS_FIELD_TITLE] = headline;
        if (t == NULL || !contains_words(t, headline)) {
            meta->source[BS_FIELD_TITLE] = tagged ? "title-tag" : "text";
            meta->prio[BS_FIELD_TITLE] =
                tagged ? BS_PRIO_TITLE_TAG : BS_PRIO_TEXT;
        }
    } else if (t != NULL && meta->prio[BS_FIELD_TITLE] != BS_PRIO_JSONLD) {
        strip_site_name(t, site, host, website, &start, &len);
        if (start > 0 || len < strlen(t))
            meta->value[BS_FIELD_TITLE] =
                bs_clean_string(&doc->arena, t + start, len);
    } else if (t == NULL && nh1 > 0 && h1[0] != NULL &&
               /* three <h1>s or more that no title confirms are the
                  text's sections or a list's items ("1. Overview", "2.
                  Simple Select Processing", ...): the first names no
                  page, the <title> tag does (one with a word: " | "
                  names nothing) */
               (nh1 < 3 || title_tag == NULL ||
                real_words(title_tag, strlen(title_tag)) == 0)) {
        bs_meta_set(doc, meta, BS_FIELD_TITLE, BS_PRIO_TEXT, "text", h1[0],
                    strlen(h1[0]));
    } else if (t == NULL && title_tag != NULL) {
        strip_site_name(title_tag, site, host, website, &start, &len);
        bs_meta_set(doc, meta, BS_FIELD_TITLE, BS_PRIO_TITLE_TAG,
                    "title-tag", title_tag + start, len);
    }
    /* "Headline - Site" left after the cutting (a JSON-LD headline that
       has it, a title tag that has it twice, a site whose logo's <h1>
       names it longer than its site name): the site's name goes */
    for (i = 0; i < 2 && meta->value[BS_FIELD_TITLE] != NULL; i++) {
        const char *v = meta->value[BS_FIELD_TITLE];
        const char *name = i == 0 ? site : logo_h1;
        size_t vl = strlen(v), sl = name != NULL ? strlen(name) : 0, k;
        if (sl >= 3 && vl > sl + 8 && bs_ci_eq(v + vl - sl, name, sl) &&
            (k = sep_at(v, vl - sl, 1)) > 0)
            meta->value[BS_FIELD_TITLE] =
                bs_clean_string(&doc->arena, v, vl - sl - k);
    }
    /* (or a last part that names the host, on a page below the home
       page: an <h1> that says the whole title tag, "Headline - Harbour
       Cost Report" on harbourcost.example) */
    if (meta->value[BS_FIELD_TITLE] != NULL && host[0] != '\0' &&
        meta->page_url != NULL && !bs_is_home_page(meta->page_url)) {
        const char *v = meta->value[BS_FIELD_TITLE], *last = NULL, *p;
        size_t vl = strlen(v), k = 0;

        for (i = 0; i < SITE_SEPS; i++)
            for (p = strstr(v, title_seps[i]); p != NULL;
                 p = strstr(p + 1, title_seps[i]))
                if (last == NULL || p > last) {
                    last = p;
                    k = strlen(title_seps[i]);
                }
        if (last != NULL && last > v &&
            names_host(last + k, vl - (size_t)(last - v) - k, host) &&
            !names_host(v, (size_t)(last - v), host) &&
            real_words(v, (size_t)(last - v)) >= 2) {
            if (meta->title_whole == NULL)
                meta->title_whole = v;
            meta->value[BS_FIELD_TITLE] =
                bs_clean_string(&doc->arena, v, (size_t)(last - v));
        }
    }
    /* "头条新闻！-新华网": a Chinese, Japanese or Korean title glues its
       site's name on with no space around the dash */
    if (meta->value[BS_FIELD_TITLE] != NULL) {
        const char *v = meta->value[BS_FIELD_TITLE];
        size_t head = cjk_site_suffix(v);
        if (head > 0)
            meta->value[BS_FIELD_TITLE] =
                bs_clean_string(&doc->arena, v, head);
    }
    /* "Headline - Board", "Tagline | Headline": a heading of the page
       that says one part of the title alone names the page by it */
    if (meta->value[BS_FIELD_TITLE] != NULL) {
        const char *said = part_heading(doc, meta->value[BS_FIELD_TITLE],
                                        site, h1, nh1);
        if (said != NULL) {
            if (meta->title_whole == NULL)
                meta->title_whole = meta->value[BS_FIELD_TITLE];
            bs_meta_heading_title(meta, said);
        }
    }
    /* "Headline | Tagline": a bar is no punctuation of headlines;
       the longest part is the headline.  (Not when a heading of the
       page says the whole title, bar and all, and each part is long:
       the page writes its headline so.) */
    if (meta->value[BS_FIELD_TITLE] != NULL &&
        strstr(meta->value[BS_FIELD_TITLE], " | ") != NULL &&
        !heading_says(meta->value[BS_FIELD_TITLE], h1, nh1, h2, nh2)) {
        const char *v = meta->value[BS_FIELD_TITLE], *best = v;
        size_t best_len = 0;
        title_parts it;

        for (parts_start(&it, v, " | "); parts_next(&it);) {
            if (it.len > best_len) {
                best = it.part;
                best_len = it.len;
            }
        }
        /* (on a page below the home page, the first part, when of two
           words or more and half the longest's at least: "Organic SEO
           Consultant | Hire an Independent SEO Expert"; not a kicker,
           "Local News | Brothel catering to politicians busted", nor a
           home page's name, "Todoist | A To-Do List for Your Work") */
        parts_start(&it, v, " | ");
        parts_next(&it);
        if (it.part != best && meta->page_url != NULL &&
            !bs_is_home_page(meta->page_url) &&
            real_words(it.part, it.len) >= 2 &&
            2 * real_words(it.part, it.len) >= real_words(best, best_len)) {
            best = it.part;
            best_len = it.len;
        }
        /* "HeadlineTagline | Tagline": a template glued the tagline on
           the headline too */
        for (parts_start(&it, v, " | "); parts_next(&it);) {
            if (it.part != best && it.len >= 8 && best_len > it.len + 3 &&
                memcmp(best + best_len - it.len, it.part, it.len) == 0 &&
                glued_at(best, best_len - it.len, it.part)) {
                best_len -= it.len;
                break;
            }
        }
        meta->title_whole = v;
        meta->value[BS_FIELD_TITLE] =
            bs_clean_string(&doc->arena, best, best_len);
    }
    if (meta->value[BS_FIELD_TITLE] != NULL && title_tag != NULL) {
        const char *last = crumb_heading(title_tag, meta->value[BS_FIELD_TITLE],
                                         site, host, h1, nh1, h2, nh2);
        if (last != NULL)
            bs_meta_heading_title(meta, last);
    }
    /* "Home - Site": a template's word left as the headline names no
       page; the site's name does, and its source is the title's */
    if (meta->value[BS_FIELD_TITLE] != NULL && site != NULL &&
        is_placeholder_site(meta->value[BS_FIELD_TITLE]) &&
        !is_placeholder_site(site)) {
        meta->value[BS_FIELD_TITLE] = site;
        if (site == meta->value[BS_FIELD_SITE_NAME] &&
            meta->source[BS_FIELD_SITE_NAME] != NULL)
            meta->source[BS_FIELD_TITLE] = meta->source[BS_FIELD_SITE_NAME];
        else
            meta->source[BS_FIELD_TITLE] = "text";
    }
    /* '5 thoughts on "Headline"', 'Ein Gedanke zu "Headline"': a
       comment section's heading quotes the post's title as its author
       wrote it.  A title it quotes (an <h1>, the meta title or the
       <title> tag, whole or without the site's name) names the page,
       over any other choice and any cut at a bar. */
    for (i = 0; i < nquoting && meta->value[BS_FIELD_TITLE] != NULL; i++) {
        const char *q = quoted_end(doc, quoting[i]), *said = NULL;
        const char *cand[4];
        size_t k;

        /* ('Follow "Site"': a button's heading names the site, known
           by its name or, when the page gives none, by its host's) */
        if (q == NULL || (site != NULL && bs_same_words(q, site)) ||
            names_host(q, strlen(q), host))
            continue;
        if (bs_same_words(meta->value[BS_FIELD_TITLE], q))
            break;
        for (k = 0; k < nh1 && said == NULL; k++)
            if (h1[k] != NULL && bs_same_words(h1[k], q))
                said = h1[k];
        if (said != NULL) {
            bs_meta_heading_title(meta, said);
            break;
        }
        cand[0] = meta_t;
        cand[1] = t_head;
        cand[2] = title_tag;
        cand[3] = tag_head;
        for (k = 0; k < 4; k++)
            if (cand[k] != NULL && bs_same_words(cand[k], q))
                break;
        if (k == 4)
            continue;
        meta->value[BS_FIELD_TITLE] = cand[k];
        meta->source[BS_FIELD_TITLE] = k < 2 ? meta_src : "title-tag";
        meta->prio[BS_FIELD_TITLE] = k < 2 ? meta_prio : BS_PRIO_TITLE_TAG;
        break;
    }
    meta->h1 = nh1 > 0 ? h1[0] : NULL;
    meta->nh1 = nh1;
    if (meta->value[BS_FIELD_TITLE] != NULL)
        meta->value[BS_FIELD_TITLE] = without_leading_domain(
            doc, meta->value[BS_FIELD_TITLE], host, site);
    if (meta->value[BS_FIELD_TITLE] != NULL) {
        const char *v = without_leading_number(doc,
                                               meta->value[BS_FIELD_TITLE]);
        /* (the heading that said it whole is still the title's) */
        if (v != meta->value[BS_FIELD_TITLE] && meta->title_whole == NULL)
            meta->title_whole = meta->value[BS_FIELD_TITLE];
        meta->value[BS_FIELD_TITLE] = v;
    }
    if (meta->value[BS_FIELD_TITLE] != NULL)
        meta->value[BS_FIELD_TITLE] = without_section_number(
            doc,
            without_dangling_seps(
                doc, without_leading_date(
                         doc,
                         without_leading_abbreviation(
                             doc, meta->value[BS_FIELD_TITLE]),
                         meta->now)),
            title_tag);
}
