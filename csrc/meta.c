/*
 * meta.c - the article's metadata from the page's head and markup.
 *
 * Sources, from most to least trusted (see BS_PRIO_*): JSON-LD article
 * objects (jsonld.c), <link rel=canonical|license>, OpenGraph, JSON-LD
 * page objects, plain meta tags (Dublin Core, citation_*, Parse.ly,
 * Sailthru), Twitter cards, schema.org microdata, bylines, <time>, the
 * <title> tag, the URL.  Each field keeps the value of the most trusted
 * source and remembers which source that was.  title.c chooses the
 * headline among the titles and headings gathered here; authors.c cleans
 * each author string into names.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* The generic date terms ("date", "DC.date", "dcterms.date"): many
   publishing systems fill them with the day the page was generated, so
   the first date the page shows in its text replaces them (see the end of
   bs_meta_collect); a distinct priority marks a value that came from one. */
#define GENERIC_DATE_PRIO (BS_PRIO_META + 1)

/* The most text, in bytes, that a list's row holds outside its byline's
   line and its links (separators), when the byline names the row's
   author, not the page's (repeated_label). */
#define ITEM_OWN_TEXT_MAX 8
/* The most nodes a list's row holds, its byline's line and links aside;
   and how many of a page's byline labels are checked for a list's rows. */
#define ROW_NODES_MAX 64
#define LABEL_CHECKS_MAX 64

static const char *const field_names[BS_FIELD__COUNT] = {
    "title",       "date_published", "date_modified", "site_name",
    "description", "language",       "url",           "image",
    "section",     "license",        "page_type",     "encoding"};

static const char *const list_names[BS_LIST__COUNT] = {"authors", "tags"};

const char *
bs_field_name(bs_field field)
{
    return (unsigned)field < BS_FIELD__COUNT ? field_names[field] : NULL;
}

const char *
bs_list_name(bs_list list)
{
    return (unsigned)list < BS_LIST__COUNT ? list_names[list] : NULL;
}

static bs_page_kind
kind_of(const char *t)
{
    static const char *const article_like[] = {"article", "posting", "blog",
                                               "news", "report"};
    static const char *const thread_like[] = {"discussion", "forum",
                                              "qapage", "question"};
    size_t i, n;

    if (t == NULL || t[0] == '\0')
        return BS_PAGE_UNDECLARED;
    n = strlen(t);
    for (i = 0; i < sizeof(thread_like) / sizeof(thread_like[0]); i++) {
        if (bs_strcasestr_n(t, n, thread_like[i]))
            return BS_PAGE_THREAD;
    }
    for (i = 0; i < sizeof(article_like) / sizeof(article_like[0]); i++) {
        if (bs_strcasestr_n(t, n, article_like[i]))
            return BS_PAGE_ARTICLE;
    }
    return BS_PAGE_OTHER;
}

bs_page_kind
bs_meta_page_kind(const bs_meta *meta)
{
    return meta->kind;
}

void
bs_meta_init(bs_meta *meta)
{
    memset(meta, 0, sizeof(*meta));
}

/* Is there white space between words of [s, s + n), not only around
   them? */
static int
has_inner_space(const char *s, size_t n)
{
    while (n > 0 && bs_is_space((unsigned char)s[n - 1]))
        n--;
    while (n > 0 && bs_is_space((unsigned char)*s))
        s++, n--;
    while (n > 0) {
        if (bs_is_space((unsigned char)*s))
            return 1;
        s++, n--;
    }
    return 0;
}

static int
is_url_field(bs_field f)
{
    return f == BS_FIELD_URL || f == BS_FIELD_IMAGE || f == BS_FIELD_LICENSE;
}

/* Are two date-times one instant?  -1 when the first is in UTC and the
   second in a local time zone, 1 otherwise, 0 when they differ or are
   dates alone. */
static int
same_instant(const char *a, const char *b)
{
    long long sa, sb;
    int oa, ob;

    if (!bs_date_instant(a, &sa, &oa) || !bs_date_instant(b, &sb, &ob) ||
        sa != sb)
        return 0;
    return oa == 0 && ob != 0 ? -1 : 1;
}

/* Does the page write numeric dates day first ("02/10/2020" the 2nd of
   October)? Asked of the dates in its text only: what a content attribute
   holds is often written by a server in the US order, whatever the
   page's language. Every language but English does, and English outside the
   United States: told by the language's region ("en-GB") or, for a bare
   "en", by a British, Irish, Australian, New Zealand, Indian or South
   African domain. Unknown: month first. */
static int
day_first(const bs_meta *meta)
{
    static const char *const ccs[] = {"uk", "ie", "au", "nz", "in", "za"};
    const char *lang = meta->value[BS_FIELD_LANGUAGE];
    char cc[3];
    size_t i;

    if (lang == NULL)
        return 0;
    if (!bs_ci_eq(lang, "en", 2) || (lang[2] != '\0' && lang[2] != '-'))
        return 1;
    if (lang[2] == '-')
        return !bs_ci_eq(lang + 3, "us", 3);
    if (!bs_url_country(meta->base_url, cc))
        return 0;
    for (i = 0; i < sizeof(ccs) / sizeof(ccs[0]); i++)
        if (strcmp(cc, ccs[i]) == 0)
            return 1;
    return 0;
}

/* Is the address [s, s + n) one a browser fetches: "http:" or "https:",
   or one without a scheme (relative, for want of the page's address)?
   ("hard://a.example/x.png", "file:///C:/x.jpg": neither) */
static int
web_or_relative(const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < n && s[i] != ':' && s[i] != '/' && s[i] != '?' &&
                s[i] != '#';
         i++)
        ;
    if (i == n || s[i] != ':')
        return 1;
    return (i == 4 && bs_ci_eq(s, "http", 4)) ||
           (i == 5 && bs_ci_eq(s, "https", 5));
}

/* A BCP 47 tag's subtags written as RFC 5646 recommends, in place:
   the language in small letters, a region of two letters in capitals, a
   script of four with a capital first, the rest small, and all after a
   singleton ("EN-us" is "en-US", "zh-hant-tw" "zh-Hant-TW", "en-x-AB"
   "en-x-ab"). */
static void
bcp47_case(char *tag, size_t n)
{
    size_t i = 0, start, k;
    int first = 1, singleton = 0;

    while (i < n) {
        for (start = i; i < n && tag[i] != '-'; i++)
            ;
        /* after a singleton ("x-", "u-") every subtag is small */
        if (!first && i - start == 1)
            singleton = 1;
        for (k = start; k < i; k++) {
            char c = tag[k];
            int upper = !first && !singleton &&
                        (i - start == 2 || (i - start == 4 && k == start));
            if (upper && c >= 'a' && c <= 'z')
                c = (char)(c - 32);
            else if (!upper && c >= 'A' && c <= 'Z')
                c = (char)(c + 32);
            tag[k] = c;
        }
        first = 0;
        i++;
    }
}

/* The address in a URL field's value [*s, *s + *n), narrowed in place:
   a license given as words with an address in them ("... distributed
   under the Creative Commons Attribution License (http://creativecommons
   .org/licenses/by/4.0/) ...") is that address, one of words alone
   ("All rights reserved") none; a path may hold spaces ("Umwelt und
   Klima/a.jpg"), words without a slash or a dot are no address ("Due to
   the virus, fleets were parked"). */
static int
url_value(bs_field field, const char **s, size_t *n)
{
    const char *p = *s, *e = *s + *n, *sp;

    while (p < e && bs_is_space((unsigned char)*p))
        p++;
    while (e > p && bs_is_space((unsigned char)e[-1]))
        e--;
    if (p == e)
        return 0;
    sp = p;
    while (sp < e && !bs_is_space((unsigned char)*sp))
        sp++;
    if (sp < e) {
        const char *u = NULL, *q;
        /* white space inside: an address among words, or a path */
        for (q = p; q + 7 < e && u == NULL; q++)
            if (bs_strcasestr_n(q, 7, "http://") ||
                bs_strcasestr_n(q, 8, "https://"))
                u = q;
        if (u != NULL && (u > p || field == BS_FIELD_LICENSE)) {
            for (q = u; q < e && !bs_is_space((unsigned char)*q) &&
                        *q != ')' && *q != '"' && *q != '\'' && *q != '>';
                 q++)
                ;
            p = u;
            e = q;
        } else if (u == NULL && (field == BS_FIELD_LICENSE ||
                                 memchr(p, '/', (size_t)(e - p)) == NULL)) {
            return 0;
        }
    }
    *s = p;
    *n = (size_t)(e - p);
    return *n > 0;
}

/* A copy of an address with its spaces as %20. */
static const char *
url_spaces_encoded(bs_doc *doc, const char *s, size_t n)
{
    bs_buf b = BS_BUF_INIT;
    const char *r;
    size_t i;

    if (memchr(s, ' ', n) == NULL)
        return bs_arena_strndup(&doc->arena, s, n);
    for (i = 0; i < n; i++) {
        if (s[i] == ' ')
            bs_buf_puts(&b, "%20");
        else
            bs_buf_putc(&b, s[i]);
    }
    r = b.failed ? NULL : bs_arena_strndup(&doc->arena, b.ptr, b.len);
    bs_buf_free(&b);
    return r;
}

/* The run of a language tag's characters (ASCII letters, digits, "-" and
   a locale's "_", copied as "-") at the start of [s, s + n), into `tag`
   (at most cap - 1 bytes); returns its length. */
static size_t
lang_prefix(const char *s, size_t n, char *tag, size_t cap)
{
    size_t k;

    for (k = 0; k < n && k + 1 < cap; k++) {
        char c = s[k];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '-' || c == '_'))
            break;
        tag[k] = c == '_' ? '-' : c;
    }
    return k;
}

/* Is the first numeric date in s one whose first two numbers may each be
   the day or the month ("03-09-2026", "By Jane Doe, 4/7/2021", "4/7/21"; not
   "13-09-2026", "2026-03-09", nor "03.09.2026", always day first)? */
static int
ambiguous_date(const char *s, size_t n)
{
    size_t k;

    for (k = 0; k < n; k++) {
        int a = 0, b = 0, da = 0, db = 0, dy = 0;
        size_t j = k;
        char sep;

        if (!(s[k] >= '0' && s[k] <= '9') ||
            (k > 0 && s[k - 1] >= '0' && s[k - 1] <= '9'))
            continue;
        for (; j < n && s[j] >= '0' && s[j] <= '9' && da < 5; j++, da++)
            a = a * 10 + (s[j] - '0');
        if (j >= n || da > 2 || (s[j] != '-' && s[j] != '/'))
            continue;
        sep = s[j++];
        for (; j < n && s[j] >= '0' && s[j] <= '9' && db < 3; j++, db++)
            b = b * 10 + (s[j] - '0');
        if (j >= n || db == 0 || db > 2 || s[j] != sep)
            continue;
        for (j++; j < n && s[j] >= '0' && s[j] <= '9'; j++)
            dy++;
        if (dy != 4 && dy != 2)
            continue;
        return a >= 1 && a <= 12 && b >= 1 && b <= 12 && a != b;
    }
    return 0;
}

/* An ISO date "YYYY-MM-DD..." with its day and month the other way
   round, in the arena; NULL when out of memory. */
static char *
day_month_swapped(bs_doc *doc, const char *iso)
{
    char *w = bs_arena_strndup(&doc->arena, iso, strlen(iso));

    if (w != NULL) {
        memcpy(w + 5, iso + 8, 2);
        memcpy(w + 8, iso + 5, 2);
    }
    return w;
}

/* Are two ISO dates the same day with its day and month swapped? */
static int
swapped_day(const char *x, const char *y)
{
    return strlen(x) >= 10 && strlen(y) >= 10 && memcmp(x, y, 5) == 0 &&
           memcmp(x + 5, y + 8, 2) == 0 && memcmp(x + 8, y + 5, 2) == 0;
}

void
bs_meta_set(bs_doc *doc, bs_meta *meta, bs_field field, int prio,
            const char *source, const char *s, size_t n)
{
    const char *v;

    if (s == NULL)
        return;
    if (field == BS_FIELD_DATE_PUBLISHED || field == BS_FIELD_DATE_MODIFIED) {
        char iso[32];
        int same;

        if ((prio <= meta->prio[field] && meta->value[field] == NULL) ||
            !bs_date_parse_order(s, n, iso, meta->now,
                                 prio < BS_PRIO_MICRODATA && day_first(meta)))
            return;
        if (field == BS_FIELD_DATE_PUBLISHED &&
            meta->npub < sizeof(meta->pub) / sizeof(meta->pub[0]) &&
            (v = bs_arena_strndup(&doc->arena, iso, strlen(iso))) != NULL) {
            meta->pub[meta->npub].iso = v;
            meta->pub[meta->npub].source = source;
            meta->pub[meta->npub].ambiguous =
                (unsigned char)ambiguous_date(s, n);
            meta->pub[meta->npub].near = 0;
            meta->pub[meta->npub].labelled = 0;
            meta->pub[meta->npub++].prio = prio;
        }
        /* Two sources may give one instant, in UTC and in the page's own
           time zone ("2023-11-09T05:30:59+00:00", "2023-11-08T23:30:59
           -06:00"): the local day is the one readers see, whichever
           source is trusted more. */
        same = meta->value[field] != NULL
                   ? same_instant(meta->value[field], iso)
                   : 0;
        /* A UTC date-time and the day in the page's URL ("2023-11-09T05:30:59
           +00:00" and /2023/11/08/) one day apart: the URL's day is the
           one the site's readers saw. */
        if (same == 0 && meta->value[field] != NULL && prio == BS_PRIO_URL &&
            bs_date_local_day(meta->value[field], iso)) {
            v = bs_arena_strndup(&doc->arena, iso, strlen(iso));
            if (v != NULL) {
                meta->value[field] = v;
                meta->source[field] = source;
                meta->ambiguous[field - BS_FIELD_DATE_PUBLISHED] = 0;
            }
            return;
        }
        if (same != 0) {
            if (same < 0) {
                v = bs_arena_strndup(&doc->arena, iso, strlen(iso));
                if (v != NULL)
                    meta->value[field] = v;
            }
            if (prio > meta->prio[field]) {
                meta->source[field] = source;
                meta->prio[field] = prio;
            }
            return;
        }
        /* "03-09-2026" in a meta tag and "March 9, 2026" in the text:
           the date written with the month's name says which is the
           month */
        if (meta->value[field] != NULL &&
            meta->ambiguous[field - BS_FIELD_DATE_PUBLISHED] &&
            !ambiguous_date(s, n) && swapped_day(meta->value[field], iso)) {
            const char *was = meta->source[field];
            const char *m;

            v = bs_arena_strndup(&doc->arena, iso, strlen(iso));
            if (v == NULL)
                return;
            meta->value[field] = v;
            meta->ambiguous[field - BS_FIELD_DATE_PUBLISHED] = 0;
            /* the date modified of the same source is written the same
               way */
            if (field == BS_FIELD_DATE_PUBLISHED && meta->ambiguous[1] &&
                meta->source[BS_FIELD_DATE_MODIFIED] == was &&
                (m = day_month_swapped(
                     doc, meta->value[BS_FIELD_DATE_MODIFIED])) != NULL) {
                meta->value[BS_FIELD_DATE_MODIFIED] = m;
                meta->ambiguous[1] = 0;
            }
            return;
        }
        if (prio <= meta->prio[field])
            return;
        v = bs_arena_strndup(&doc->arena, iso, strlen(iso));
        meta->ambiguous[field - BS_FIELD_DATE_PUBLISHED] =
            (unsigned char)ambiguous_date(s, n);
    } else if (prio <= meta->prio[field]) {
        return;
    } else if (field == BS_FIELD_SECTION &&
               (n > 80 || bs_strcasestr_n(s, n, "://"))) {
        return; /* a sentence or an address, not a section's name */
    } else if (field == BS_FIELD_PAGE_TYPE && has_inner_space(s, n)) {
        return; /* a phrase ("Getting started in ..."), not a type's name:
                   "article", "product.item", "NewsArticle" */
    } else if (field == BS_FIELD_LANGUAGE) {
        /* a BCP 47 tag: "de_CH" is "de-CH"; "lang=" or "English" none */
        char tag[36];
        size_t k, first;
        while (n > 0 && bs_is_space((unsigned char)*s))
            s++, n--;
        k = lang_prefix(s, n, tag, sizeof(tag));
        for (first = 0; first < k && tag[first] != '-'; first++)
            if (!((tag[first] >= 'a' && tag[first] <= 'z') ||
                  (tag[first] >= 'A' && tag[first] <= 'Z')))
                return;
        if (first < 2 || first > 3 || (k < n && !bs_is_space((unsigned char)s[k]) &&
                                       s[k] != ';' && s[k] != ','))
            return;
        bcp47_case(tag, k);
        v = bs_arena_strndup(&doc->arena, tag, k);
    } else if (is_url_field(field)) {
        bs_buf b = BS_BUF_INIT;
        const char *base = field == BS_FIELD_URL ? meta->value[BS_FIELD_URL]
                                                 : meta->base_url;
        if (field == BS_FIELD_URL && meta->base_url)
            base = meta->base_url;
        if (!url_value(field, &s, &n) || !bs_url_resolve(base, s, n, &b) ||
            strncmp(b.ptr, "data:", 5) == 0 ||
            (field == BS_FIELD_IMAGE && !web_or_relative(b.ptr, b.len))) {
            bs_buf_free(&b);
            return;
        }
        v = b.failed ? NULL : url_spaces_encoded(doc, b.ptr, b.len);
        bs_buf_free(&b);
    } else if (memchr(s, '&', n) != NULL) {
        /* Values escaped twice by the page ("&amp;#8211;"), and JSON-LD
           strings with references in them, escaped twice too when the
           script holds "&amp;#8230;" (no parser decoded it once) */
        bs_buf b = BS_BUF_INIT, c = BS_BUF_INIT;
        bs_decode_refs(s, n, &b);
        if (!b.failed && memchr(b.ptr, '&', b.len) != NULL) {
            bs_decode_refs(b.ptr, b.len, &c);
            bs_buf_free(&b);
            b = c;
        }
        v = b.failed ? NULL : bs_clean_string(&doc->arena, b.ptr, b.len);
        bs_buf_free(&b);
    } else {
        v = bs_clean_string(&doc->arena, s, n);
    }
    if (v == NULL || v[0] == '\0')
        return;
    meta->value[field] = v;
    meta->source[field] = source;
    meta->prio[field] = prio;
    if (field == BS_FIELD_PAGE_TYPE)
        meta->kind = kind_of(v);
}

/* Is `dom` the name `name` with a top-level domain after it
   ("Automobilwoche.de" for "Automobilwoche": two to four lower-case
   letters after a dot)? */
static int
names_domain(const char *dom, const char *name)
{
    size_t k = strlen(name), i;

    if (k == 0 || !bs_ci_eq(dom, name, k) || dom[k] != '.')
        return 0;
    for (i = k + 1; dom[i] >= 'a' && dom[i] <= 'z'; i++)
        ;
    return dom[i] == '\0' && i - k - 1 >= 2 && i - k - 1 <= 4;
}

void
bs_meta_list_add(bs_doc *doc, bs_meta *meta, bs_list list, int prio,
                 const char *source, const char *s, size_t n)
{
    const char *v;
    size_t i;

    if (prio < meta->list_prio[list])
        return;
    v = bs_clean_string(&doc->arena, s, n);
    if (v == NULL || v[0] == '\0')
        return;
    if (prio > meta->list_prio[list]) {
        meta->count[list] = 0;
        meta->list_prio[list] = prio;
        meta->list_source[list] = source;
    }
    for (i = 0; i < meta->count[list]; i++) {
        const char *w = meta->list[list][i];
        size_t k = strlen(w);
        if (strcmp(w, v) == 0)
            return;
        /* "Automobilwoche" and "Automobilwoche.de": one publisher, named
           without its domain */
        if (list == BS_LIST_AUTHORS && names_domain(v, w))
            return;
        if (list == BS_LIST_AUTHORS && names_domain(w, v)) {
            meta->list[list][i] = v;
            return;
        }
        /* "Jane DoeFounder at Acme": a name and the next element's text
           run together, the name already listed */
        if (list == BS_LIST_AUTHORS && strncmp(v, w, k) == 0 &&
            v[k] >= 'A' && v[k] <= 'Z' && k > 0 && w[k - 1] >= 'a' &&
            w[k - 1] <= 'z')
            return;
    }
    if (meta->count[list] >= 64)
        return;
    if (meta->count[list] == meta->cap[list]) {
        size_t cap = meta->cap[list] ? meta->cap[list] * 2 : 4;
        const char **a = bs_arena_alloc(&doc->arena, cap * sizeof(*a));
        if (a == NULL)
            return;
        if (meta->count[list])
            memcpy(a, meta->list[list], meta->count[list] * sizeof(*a));
        meta->list[list] = a;
        meta->cap[list] = cap;
    }
    meta->list[list][meta->count[list]++] = v;
}

void
bs_meta_add_tags(bs_doc *doc, bs_meta *meta, int prio, const char *source,
                 const char *s, size_t n)
{
    size_t i = 0;

    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ',' && s[j] != ';')
            j++;
        bs_meta_list_add(doc, meta, BS_LIST_TAGS, prio, source, s + i, j - i);
        i = j + 1;
    }
}

/* ------------------------------------------------------------------ */
/* Meta tags                                                           */

typedef struct {
    const char *key; /* lowercase name/property */
    int kind;        /* field, or list when >= 100 */
    int prio;
    const char *source;
} meta_rule;

#define L_AUTHORS 100
#define L_TAGS 101

static const meta_rule rules[] = {
    {"og:title", BS_FIELD_TITLE, BS_PRIO_OPENGRAPH, "opengraph"},
    {"twitter:title", BS_FIELD_TITLE, BS_PRIO_TWITTER, "twitter"},
    {"dc.title", BS_FIELD_TITLE, BS_PRIO_META, "meta"},
    {"citation_title", BS_FIELD_TITLE, BS_PRIO_META, "meta"},
    {"parsely-title", BS_FIELD_TITLE, BS_PRIO_META, "meta"},
    {"sailthru.title", BS_FIELD_TITLE, BS_PRIO_META - 1, "meta"},
    {"headline", BS_FIELD_TITLE, BS_PRIO_MICRODATA, "microdata"},
    {"description", BS_FIELD_DESCRIPTION, BS_PRIO_META, "meta"},
    {"og:description", BS_FIELD_DESCRIPTION, BS_PRIO_OPENGRAPH, "opengraph"},
    {"twitter:description", BS_FIELD_DESCRIPTION, BS_PRIO_TWITTER, "twitter"},
    {"dc.description", BS_FIELD_DESCRIPTION, BS_PRIO_META - 1, "meta"},
    {"og:site_name", BS_FIELD_SITE_NAME, BS_PRIO_OPENGRAPH, "opengraph"},
    {"application-name", BS_FIELD_SITE_NAME, BS_PRIO_META - 5, "meta"},
    {"dc.publisher", BS_FIELD_SITE_NAME, BS_PRIO_META - 1, "meta"},
    {"article:published_time", BS_FIELD_DATE_PUBLISHED, BS_PRIO_OPENGRAPH,
     "opengraph"},
    {"og:published_time", BS_FIELD_DATE_PUBLISHED, BS_PRIO_OPENGRAPH,
     "opengraph"},
    {"og:article:published_time", BS_FIELD_DATE_PUBLISHED, BS_PRIO_OPENGRAPH,
     "opengraph"},
    {"datepublished", BS_FIELD_DATE_PUBLISHED, BS_PRIO_MICRODATA,
     "microdata"},
    {"datecreated", BS_FIELD_DATE_PUBLISHED, BS_PRIO_TIME - 1, "microdata"},
    {"date", BS_FIELD_DATE_PUBLISHED, GENERIC_DATE_PRIO, "meta"},
    {"dc.date", BS_FIELD_DATE_PUBLISHED, GENERIC_DATE_PRIO, "meta"},
    {"dc.date.issued", BS_FIELD_DATE_PUBLISHED, BS_PRIO_META, "meta"},
    {"dc.date.created", BS_FIELD_DATE_PUBLISHED, BS_PRIO_META, "meta"},
    {"dcterms.date", BS_FIELD_DATE_PUBLISHED, GENERIC_DATE_PRIO, "meta"},
    {"dcterms.issued", BS_FIELD_DATE_PUBLISHED, BS_PRIO_META, "meta"},
    {"dcterms.created", BS_FIELD_DATE_PUBLISHED, BS_PRIO_META, "meta"},
    {"pubdate", BS_FIELD_DATE_PUBLISHED, BS_PRIO_META, "meta"},
    {"publishdate", BS_FIELD_DATE_PUBLISHED, BS_PRIO_META, "meta"},
    {"publish-date", BS_FIELD_DATE_PUBLISHED, BS_PRIO_META, "meta"},
    {"publish_date", BS_FIELD_DATE_PUBLISHED, BS_PRIO_META, "meta"},
    {"publication_date", BS_FIELD_DATE_PUBLISHED, BS_PRIO_META, "meta"},
    {"article.published", BS_FIELD_DATE_PUBLISHED, BS_PRIO_META, "meta"},
    {"article_date_original", BS_FIELD_DATE_PUBLISHED, BS_PRIO_META, "meta"},
    {"original-publish-date", BS_FIELD_DATE_PUBLISHED, BS_PRIO_META, "meta"},
    {"sailthru.date", BS_FIELD_DATE_PUBLISHED, BS_PRIO_META, "meta"},
    {"parsely-pub-date", BS_FIELD_DATE_PUBLISHED, BS_PRIO_META, "meta"},
    {"citation_publication_date", BS_FIELD_DATE_PUBLISHED, BS_PRIO_META,
     "meta"},
    {"citation_date", BS_FIELD_DATE_PUBLISHED, BS_PRIO_META, "meta"},
    {"citation_online_date", BS_FIELD_DATE_PUBLISHED, BS_PRIO_META - 1,
     "meta"},
    {"article:modified_time", BS_FIELD_DATE_MODIFIED, BS_PRIO_OPENGRAPH,
     "opengraph"},
    {"og:updated_time", BS_FIELD_DATE_MODIFIED, BS_PRIO_OPENGRAPH - 1,
     "opengraph"},
    {"datemodified", BS_FIELD_DATE_MODIFIED, BS_PRIO_MICRODATA, "microdata"},
    {"dc.date.modified", BS_FIELD_DATE_MODIFIED, BS_PRIO_META, "meta"},
    {"dcterms.modified", BS_FIELD_DATE_MODIFIED, BS_PRIO_META, "meta"},
    {"last-modified", BS_FIELD_DATE_MODIFIED, BS_PRIO_META - 1, "meta"},
    {"lastmod", BS_FIELD_DATE_MODIFIED, BS_PRIO_META - 1, "meta"},
    {"og:image", BS_FIELD_IMAGE, BS_PRIO_OPENGRAPH, "opengraph"},
    {"og:image:url", BS_FIELD_IMAGE, BS_PRIO_OPENGRAPH, "opengraph"},
    {"og:image:secure_url", BS_FIELD_IMAGE, BS_PRIO_OPENGRAPH - 1,
     "opengraph"},
    {"twitter:image", BS_FIELD_IMAGE, BS_PRIO_TWITTER, "twitter"},
    {"twitter:image:src", BS_FIELD_IMAGE, BS_PRIO_TWITTER, "twitter"},
    {"thumbnailurl", BS_FIELD_IMAGE, BS_PRIO_MICRODATA, "microdata"},
    {"og:url", BS_FIELD_URL, BS_PRIO_OPENGRAPH, "opengraph"},
    {"article:section", BS_FIELD_SECTION, BS_PRIO_OPENGRAPH, "opengraph"},
    {"parsely-section", BS_FIELD_SECTION, BS_PRIO_META, "meta"},
    {"articlesection", BS_FIELD_SECTION, BS_PRIO_MICRODATA, "microdata"},
    {"og:type", BS_FIELD_PAGE_TYPE, BS_PRIO_OPENGRAPH, "opengraph"},
    {"og:locale", BS_FIELD_LANGUAGE, BS_PRIO_OPENGRAPH - 15, "opengraph"},
    {"dc.language", BS_FIELD_LANGUAGE, BS_PRIO_META - 10, "meta"},
    {"inlanguage", BS_FIELD_LANGUAGE, BS_PRIO_MICRODATA, "microdata"},
    {"dc.rights", BS_FIELD_LICENSE, BS_PRIO_META - 10, "meta"},
    /* a plain meta author is often the site's owner or its account, a
       byline the page shows beats it */
    {"author", L_AUTHORS, BS_PRIO_BYLINE - 1, "meta"},
    {"article:author", L_AUTHORS, BS_PRIO_OPENGRAPH, "opengraph"},
    {"dc.creator", L_AUTHORS, BS_PRIO_META, "meta"},
    {"dcterms.creator", L_AUTHORS, BS_PRIO_META, "meta"},
    {"parsely-author", L_AUTHORS, BS_PRIO_META, "meta"},
    {"sailthru.author", L_AUTHORS, BS_PRIO_META, "meta"},
    {"citation_author", L_AUTHORS, BS_PRIO_META, "meta"},
    {"citation_authors", L_AUTHORS, BS_PRIO_META, "meta"},
    {"byl", L_AUTHORS, BS_PRIO_META, "meta"},
    {"article:tag", L_TAGS, BS_PRIO_OPENGRAPH, "opengraph"},
    {"keywords", L_TAGS, BS_PRIO_META - 5, "meta"},
    {"news_keywords", L_TAGS, BS_PRIO_META, "meta"},
    {"parsely-tags", L_TAGS, BS_PRIO_META, "meta"},
    {"sailthru.tags", L_TAGS, BS_PRIO_META, "meta"},
    {"dc.subject", L_TAGS, BS_PRIO_META - 6, "meta"},
};

static int
key_eq(const char *a, const char *lower)
{
    for (; *a && *lower; a++, lower++) {
        char c = *a;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != *lower)
            return 0;
    }
    return *a == '\0' && *lower == '\0';
}

/* The ASCII letters and digits of [s, s + n), lower case, NUL-terminated
   in `out`; returns their count. */
size_t
bs_fold_alnum(const char *s, size_t n, char *out, size_t cap)
{
    size_t i, k = 0;

    for (i = 0; i < n && k + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (bs_is_alnum_ascii(c))
            out[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[k] = '\0';
    return k;
}

/* Is [p, e) a label countries register names under ("co" of .co.uk,
   "com" of .com.au)? */
static int
is_second_level(const char *p, const char *e)
{
    static const char *const labels[] = {"co", "com", "org", "net", "ac",
                                         "gov", "edu", "ne", "or", "go"};
    size_t i;

    for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
        if (strlen(labels[i]) == (size_t)(e - p) &&
            memcmp(p, labels[i], (size_t)(e - p)) == 0)
            return 1;
    return 0;
}

/* The main name of the page's host: "tagesschau" for
   https://www.tagesschau.de/x, lower case, in `out` (empty when unknown). */
void
bs_host_name(const char *url, char *out, size_t cap)
{
    const char *h, *e, *dot, *p;
    size_t n;

    out[0] = '\0';
    if ((h = bs_url_host(url, &n)) == NULL)
        return;
    e = h + n;
    while (e > h && e[-1] == '.') /* "cnn.com." */
        e--;
    dot = NULL;
    for (p = h; p < e; p++)
        if (*p == '.')
            dot = p; /* the last dot: before the top-level domain */
    if (dot == NULL)
        return;
    for (p = dot; p > h && p[-1] != '.'; p--)
        ;
    /* a country's second level: "bbc" of www.bbc.co.uk */
    if (e - dot == 3 && p > h && dot - p <= 3 && is_second_level(p, dot)) {
        dot = p - 1;
        for (p = dot; p > h && p[-1] != '.'; p--)
            ;
    }
    bs_fold_alnum(p, (size_t)(dot - p), out, cap);
}

/* Is a name a domain ("tagesschau.de") or a company's or society's
   ("... GmbH", "... e.V.")? */
int
bs_is_company_name(const char *s, size_t n)
{
    static const char *const forms[] = {" e.v", " e. v", " gmbh", " ag",
                                        " inc", " inc.", " ltd", " llc"};
    size_t i;

    for (i = 0; i + 2 < n; i++) {
        /* a dot between letters, followed by a short lower-case ending */
        if (s[i] == '.' && i > 0 && bs_is_alnum_ascii((unsigned char)s[i - 1]) &&
            s[i + 1] >= 'a' && s[i + 1] <= 'z') {
            size_t j = i + 1;
            while (j < n && s[j] >= 'a' && s[j] <= 'z')
                j++;
            if (j - i - 1 >= 2 && j - i - 1 <= 4 &&
                (j == n || !bs_is_alnum_ascii((unsigned char)s[j])))
                return 1;
        }
    }
    for (i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
        size_t f = strlen(forms[i]);
        size_t m = n;
        while (m > 0 && s[m - 1] == '.')
            m--;
        if (m > f && bs_strcasestr_n(s + m - f, f, forms[i]))
            return 1;
    }
    return 0;
}

/* Do the letters and digits of [s, s + n), folded, hold `host` (lower
   case, letters and digits) as whole words: starting where a word starts
   and ending where one ends ("Krimiblog-Archiv" holds "krimiblog";
   "Jeff T. Kaufman" does not hold "jefftk")? */
static int
holds_whole_words(const char *s, size_t n, const char *host)
{
    char fold[128];
    unsigned char starts[128];
    size_t i, k = 0, hl = strlen(host), at;

    for (i = 0; i < n && k + 1 < sizeof(fold); i++) {
        unsigned char c = (unsigned char)s[i];
        if (!bs_is_alnum_ascii(c))
            continue;
        starts[k] = i == 0 || !bs_is_alnum_ascii((unsigned char)s[i - 1]);
        fold[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    fold[k] = '\0';
    for (at = 0; hl > 0 && at + hl <= k; at++)
        if (starts[at] && memcmp(fold + at, host, hl) == 0 &&
            (at + hl == k || starts[at + hl]))
            return 1;
    return 0;
}

/* ... or the site's own name ("L-MAG" on l-mag.de, "jungefreiheit.de",
   the og:site_name seen so far): a byline names the writer better. */
int
bs_meta_is_publisher(const bs_meta *meta, const char *s, size_t n)
{
    char host[64], name[128];
    const char *site;
    size_t k;

    if (bs_is_company_name(s, n))
        return 1;
    bs_host_name(meta->base_url, host, sizeof(host));
    k = bs_fold_alnum(s, n, name, sizeof(name));
    if (host[0] != '\0' && k > 0 &&
        (strcmp(host, name) == 0 ||
         (strlen(host) >= 5 && bs_count_words(s, n) <= 3 &&
          holds_whole_words(s, n, host))))
        return 1;
    site = meta->value[BS_FIELD_SITE_NAME];
    if (site != NULL && k > 0) {
        char sname[128];
        bs_fold_alnum(site, strlen(site), sname, sizeof(sname));
        if (strcmp(sname, name) == 0)
            return 1;
    }
    return 0;
}

int
bs_meta_is_site_name(const bs_meta *meta, const char *s, size_t n)
{
    char host[64], name[128], sname[128];
    const char *site = meta->value[BS_FIELD_SITE_NAME];
    const char *h, *p;
    size_t hn, k;
    int dots = 0;

    /* ("The Mercury News" on mercurynews.com) */
    if (n > 4 && bs_ci_eq(s, "the ", 4))
        s += 4, n -= 4;
    k = bs_fold_alnum(s, n, name, sizeof(name));
    if (k == 0)
        return 0;
    bs_host_name(meta->base_url, host, sizeof(host));
    if (host[0] != '\0' && strcmp(host, name) == 0)
        return 1;
    /* the host's last two labels: "handwerksblatt.de" */
    if ((h = bs_url_host(meta->base_url, &hn)) != NULL && hn > 0) {
        for (p = h + hn; p > h && dots < 2; p--)
            dots += p[-1] == '.';
        if (dots == 2)
            p++;
        bs_fold_alnum(p, (size_t)(h + hn - p), host, sizeof(host));
        if (strcmp(host, name) == 0)
            return 1;
    }
    if (site == NULL)
        return 0;
    if (strlen(site) > 4 && bs_ci_eq(site, "the ", 4))
        site += 4;
    bs_fold_alnum(site, strlen(site), sname, sizeof(sname));
    return strcmp(sname, name) == 0;
}

/* Bytes of a copyright mark, "\xc2\xa9" or "(c)", at p (before e), else 0. */
static size_t
copyright_mark(const char *p, const char *e)
{
    if (e - p >= 2 && (unsigned char)p[0] == 0xC2 &&
        (unsigned char)p[1] == 0xA9)
        return 2;
    if (e - p >= 3 && p[0] == '(' && (p[1] == 'c' || p[1] == 'C') &&
        p[2] == ')')
        return 3;
    return 0;
}

/* The words of [p, p + n) when each begins with a capital (ASCII or any
   letter beyond Latin-1's first half) and none holds a digit, else 0. */
size_t
bs_name_words(const char *p, size_t n)
{
    size_t i, words = 0;

    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c >= '0' && c <= '9')
            return 0;
        if (i == 0 || p[i - 1] == ' ') {
            if (!((c >= 'A' && c <= 'Z') || c >= 0xC3))
                return 0;
            words++;
        }
    }
    return words;
}

/* "© 2019 Jane Doe", "Copyright (c) 2012- Jane Doe. All rights
   reserved.": the person a dated copyright line names, into `out`
   (empty when it names none: no year, a company, one word). */
static void
copyright_name(const char *s, size_t n, bs_buf *out)
{
    const char *e = s + n, *p = NULL, *q;
    int year = 0;
    size_t words, mark;

    bs_buf_clear(out);
    /* most text has no mark at all: look for one with memchr first */
    if (memchr(s, 0xA9, n) == NULL && memchr(s, '(', n) == NULL &&
        !(s[0] == 'C' || s[0] == 'c'))
        return;
    for (q = s; q + 1 < e && p == NULL; q++) {
        size_t k = copyright_mark(q, e);
        if (k > 0)
            p = q + k;
        else if (q == s && bs_starts_ci(q, n, "copyright"))
            p = q + 9;
    }
    if (p == NULL)
        return;
    /* marks, years, "since", "by" and dashes before the name */
    for (;;) {
        while (p < e && (bs_is_space((unsigned char)*p) || *p == '-' ||
                         *p == ',' || *p == ':'))
            p++;
        if (e - p >= 4 && (p[0] == '1' || p[0] == '2') && p[1] >= '0' &&
            p[1] <= '9' && p[2] >= '0' && p[2] <= '9' && p[3] >= '0' &&
            p[3] <= '9') {
            year = 1;
            p += 4;
        } else if ((mark = copyright_mark(p, e)) > 0) {
            p += mark;
        } else if (bs_starts_ci(p, (size_t)(e - p), "copyright ") ||
                   bs_starts_ci(p, (size_t)(e - p), "since ")) {
            p = memchr(p, ' ', (size_t)(e - p)); /* the one just matched */
        } else if (bs_starts_ci(p, (size_t)(e - p), "by ")) {
            p += 3;
        } else {
            break;
        }
    }
    /* "(c) 2024 All Rights Reserved": no name before the rights */
    if (bs_starts_ci(p, (size_t)(e - p), "all rights") ||
        bs_starts_ci(p, (size_t)(e - p), "alle rechte"))
        return;
    /* the name ends at the first stop: ". ", "..", "|", "•", "/", ";",
       "All rights" */
    for (q = p; q < e; q++) {
        if ((q[0] == '.' && (q + 1 == e || q[1] == ' ' || q[1] == '.')) ||
            *q == '|' || *q == '/' || *q == ',' || *q == ';' || *q == '(' ||
            ((unsigned char)q[0] == 0xE2 && q + 2 < e &&
             (unsigned char)q[1] == 0x80) ||
            ((unsigned char)q[0] == 0xC2 && q + 1 < e &&
             (unsigned char)q[1] == 0xA0) ||
            bs_starts_ci(q, (size_t)(e - q), " all rights") ||
            bs_starts_ci(q, (size_t)(e - q), " alle rechte"))
            break;
    }
    while (q > p && bs_is_space((unsigned char)q[-1]))
        q--;
    if (!year || q - p < 5 || q - p > 40)
        return;
    /* two or three capitalised words, no digits, no company */
    words = bs_name_words(p, (size_t)(q - p));
    if (words < 2 || words > 3 || bs_is_company_name(p, (size_t)(q - p)))
        return;
    bs_buf_put(out, p, (size_t)(q - p));
}

/* Keep the text of a byline element for fuller_byline() (byline.c). */
void
bs_meta_keep_byline(bs_doc *doc, bs_meta *meta, const char *s, size_t n)
{
    if (meta->nbylines < sizeof(meta->bylines) / sizeof(meta->bylines[0])) {
        const char *t = bs_arena_strndup(&doc->arena, s, n);
        if (t != NULL)
            meta->bylines[meta->nbylines++] = t;
    }
}

bs_field
bs_text_date_field(const char *s, size_t n)
{
    static const char *const updated[] = {
        "updated", "modified", "last change", "last edited", "revised",
        "aktualisiert", "ge\xc3\xa4ndert", "\xc3\xa4nderung",
        "\xc3\x84nderung", "\303\274berarbeitet", "\303\234berarbeitet",
        "zuletzt bearbeitet", "mis \xc3\xa0 jour", "mise \xc3\xa0 jour",
        "modifi\xc3\xa9", "derni\xc3\xa8re modification", "actualizado",
        "actualizaci\xc3\xb3n", "modificado", "modificaci\xc3\xb3n",
        "aggiornato", "modificato", "ultima modifica", "bijgewerkt",
        "gewijzigd", "laatst bewerkt", "atualizado", "modifica\xc3\xa7\xc3\xa3o",
        "zaktualizowano", "ostatnia modyfikacja",
        "\xd0\xbe\xd0\xb1\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbe",
        "\xd0\xb8\xd0\xb7\xd0\xbc\xd0\xb5\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xbe"};
    size_t i;

    for (i = 0; i < sizeof(updated) / sizeof(updated[0]); i++)
        if (bs_strcasestr_n(s, n, updated[i]))
            return BS_FIELD_DATE_MODIFIED;
    return BS_FIELD_DATE_PUBLISHED;
}

/* Twitter's extra fields, as WordPress fills them: twitter:label1
   "Written by" (or "Verfasst von", "Escrito por", ...) and twitter:data1
   the name.  `labelled[i]` remembers which labels name an author. */
static void
twitter_label(bs_doc *doc, bs_meta *meta, const char *key,
              const char *value, int *labelled)
{
    static const char *const labels[] = {
        "written by", "verfasst von", "geschrieben von", "escrito por",
        "\303\251crit par", "scritto da", "geschreven door",
        "napisane przez", "author", "autor", "auteur", "autore"};
    int i;
    size_t k;

    if (key == NULL || value == NULL || !bs_starts_ci(key, strlen(key), "twitter:"))
        return;
    key += 8;
    if (bs_starts_ci(key, strlen(key), "label") && key[5] >= '1' &&
        key[5] <= '4' && key[6] == '\0') {
        i = key[5] - '0';
        labelled[i] = 0;
        for (k = 0; k < sizeof(labels) / sizeof(labels[0]); k++) {
            if (strlen(value) == strlen(labels[k]) &&
                bs_starts_ci(value, strlen(value), labels[k]))
                labelled[i] = 1;
        }
    } else if (bs_starts_ci(key, strlen(key), "data") && key[4] >= '1' &&
               key[4] <= '4' && key[5] == '\0' && labelled[key[4] - '0']) {
        /* the site's own name yields to a byline, as in a meta tag */
        size_t n = strlen(value);
        bs_meta_add_authors(doc, meta,
                            bs_meta_is_publisher(meta, value, n)
                                ? BS_PRIO_BYLINE - 2
                                : BS_PRIO_TWITTER,
                            "twitter", value, n);
    }
}

/* The user name at the end of a profile address: "/user/julian" ->
   "julian", "/members/jane-doe/" -> "jane doe"; NULL for anything else. */
static const char *
profile_name(bs_doc *doc, const char *href)
{
    const char *end = href + strcspn(href, "?#"), *p;
    char name[48];
    size_t n = 0;

    while (end > href && end[-1] == '/')
        end--;
    for (p = end; p > href && p[-1] != '/'; p--)
        ;
    if (p == href || end - p < 2 || end - p >= (long)sizeof(name))
        return NULL;
    for (; p < end; p++) {
        char c = *p;
        if (c == '.' || c == '%' || c == '=' || c == '&')
            return NULL; /* a page or a query, not a name */
        name[n++] = (c == '-' || c == '_' || c == '+') ? ' ' : c;
    }
    return bs_arena_strndup(&doc->arena, name, n);
}

/* Does a rule read the key as a date? */
static int
is_date_key(const char *key)
{
    size_t i;

    for (i = 0; i < sizeof(rules) / sizeof(rules[0]); i++)
        if ((rules[i].kind == BS_FIELD_DATE_PUBLISHED ||
             rules[i].kind == BS_FIELD_DATE_MODIFIED) &&
            key_eq(key, rules[i].key))
            return 1;
    return 0;
}

/* The rule's spelling of one RDFa term: "schema:datePublished" is
   "datepublished", "dc:date" and "dcterms:created" are "dc.date" and
   "dcterms.created". Writes at most cap - 1 bytes and a NUL to out. */
static void
rule_key(const char *term, size_t n, char *out, size_t cap)
{
    size_t k;

    if (n > 7 && bs_ci_eq(term, "schema:", 7)) {
        term += 7;
        n -= 7;
    }
    if (n >= cap)
        n = cap - 1;
    memcpy(out, term, n);
    out[n] = '\0';
    for (k = 0; k < n && out[k] != ':'; k++)
        ;
    if ((k == 2 && bs_ci_eq(out, "dc", 2)) ||
        (k == 7 && bs_ci_eq(out, "dcterms", 7)))
        out[k] = '.';
}

/* Is the name `key` of n bytes a vendor's prefix and "date" ("ms.date",
   "sailthru.date", "veeseo:date"), the prefix naming no change and no
   end ("modified.date", "updated:date", "expiry.date")? */
static int
vendor_date(const char *key, size_t n)
{
    return n > 5 && (key[n - 5] == '.' || key[n - 5] == ':') &&
           bs_ci_eq(key + n - 4, "date", 4) &&
           !bs_strcasestr_n(key, n - 5, "modif") &&
           !bs_strcasestr_n(key, n - 5, "updat") &&
           !bs_strcasestr_n(key, n - 5, "expir");
}

static void
apply_one_rule(bs_doc *doc, bs_meta *meta, const char *key,
               const char *value)
{
    size_t i, n;

    n = strlen(value);
    for (i = 0; i < sizeof(rules) / sizeof(rules[0]); i++) {
        const meta_rule *r = &rules[i];

        if (!key_eq(key, r->key))
            continue;
        if (r->kind == L_AUTHORS) {
            char name[128];
            size_t k;

            /* one author each, maybe surname first ("Doe, Jane") */
            if (key_eq(key, "citation_author") &&
                (k = bs_inverted_name(value, n, name, sizeof(name))) > 0) {
                value = name;
                n = k;
            }
            /* article:author is often a profile URL: not a name. */
            if (strstr(value, "://") == NULL)
                bs_meta_add_authors(doc, meta,
                                    bs_meta_is_publisher(meta, value, n)
                                        ? BS_PRIO_BYLINE - 2
                                        : r->prio,
                                    r->source, value, n);
        } else if (r->kind == L_TAGS) {
            bs_meta_add_tags(doc, meta, r->prio, r->source, value, n);
        } else if (r->kind == BS_FIELD_LANGUAGE) {
            /* the tag at the start of the value ("de-DE,en") */
            char lang[36];
            size_t k = lang_prefix(value, n, lang, sizeof(lang));
            bs_meta_set(doc, meta, BS_FIELD_LANGUAGE, r->prio, r->source,
                        lang, k);
        } else {
            if (r->kind == BS_FIELD_TITLE && meta->og_title == NULL &&
                key_eq(key, "og:title"))
                meta->og_title = bs_clean_string(&doc->arena, value, n);
            bs_meta_set(doc, meta, (bs_field)r->kind, r->prio, r->source,
                        value, n);
        }
        return;
    }
    /* A name of the page's own ("w-published-date", "published"): a date
       under a name that says "published" ("modified", "updated") is the
       publication (modification) date, below the names known above; so
       is one a vendor's prefix names "date" ("ms.date", "veeseo:date"). */
    n = strlen(key);
    if ((bs_strcasestr_n(key, n, "publish") &&
         !bs_strcasestr_n(key, n, "publisher")) ||
        vendor_date(key, n))
        /* (a name that says "date" names the day; one that does not,
           "published-time", may give the time the page was made, and
           stands below it) */
        bs_meta_set(doc, meta, BS_FIELD_DATE_PUBLISHED,
                    bs_strcasestr_n(key, n, "date") ? BS_PRIO_META - 1
                                                    : BS_PRIO_META - 2,
                    "meta", value, strlen(value));
    else if (bs_strcasestr_n(key, n, "modified") ||
             bs_strcasestr_n(key, n, "updated"))
        bs_meta_set(doc, meta, BS_FIELD_DATE_MODIFIED, BS_PRIO_META - 1,
                    "meta", value, strlen(value));
}

/* The rules for each term of a property or name attribute, which RDFa
   allows to hold several ("dc:date dc:created"). With dates_only, only
   the date rules: what an element other than <meta> declares. */
static void
apply_rule(bs_doc *doc, bs_meta *meta, const char *key, const char *value,
           int dates_only)
{
    char term[64];

    if (key == NULL || value == NULL)
        return;
    while (*key) {
        size_t n;
        while (bs_is_space((unsigned char)*key))
            key++;
        for (n = 0; key[n] && !bs_is_space((unsigned char)key[n]); n++)
            ;
        if (n == 0)
            break;
        rule_key(key, n, term, sizeof(term));
        if (!dates_only || is_date_key(term))
            apply_one_rule(doc, meta, term, value);
        key += n;
    }
}

/* Is a date from a source the reader sees: the byline's, a <time>'s,
   a date element's or the text's (not a <meta>'s, the URL's)? */
static int
shown_source(const char *source, int prio)
{
    return prio < BS_PRIO_MICRODATA &&
           (strcmp(source, "byline") == 0 || strcmp(source, "time") == 0 ||
            strcmp(source, "text") == 0);
}

/* How many nodes (elements and texts) after the first <h1> a <time> is
   still just under it. */
#define HEADLINE_NEAR 60

/* Is n just under the headline h (NULL when none came before n)? */
static int
under_headline(const bs_node *h, const bs_node *n)
{
    return h != NULL && n->index > h->index &&
           n->index - h->index <= HEADLINE_NEAR;
}

/* bs_meta_set() for a date the page shows, marked as shown just under
   the headline (or labelled the publication's) when `near` is set: a
   restamped date yields to an earlier such day (restamped()); and as
   named the publication's by a label beside it when `labelled` is set:
   a later date published yields to it (labelled_earlier()). */
static void
set_date_near(bs_doc *doc, bs_meta *meta, bs_field field, int prio,
              const char *source, const char *s, size_t n, int near,
              int labelled)
{
    size_t had = meta->npub;

    bs_meta_set(doc, meta, field, prio, source, s, n);
    if (meta->npub > had) {
        meta->pub[had].near = near != 0;
        meta->pub[had].labelled = labelled != 0;
    }
}

/* Is the day `shown` opens ("YYYY-MM-DD...") other than the day a UTC
   date-time v falls on in another time zone (bs_date_local_day())? */
static int
not_local_day(const char *v, const char *shown)
{
    char day[11];

    memcpy(day, shown, 10);
    day[10] = '\0';
    return !bs_date_local_day(v, day);
}

/* Is the published date v the modified one, stamped again at each change,
   and the date shown, meta->pub[k], an earlier day the byline, a <time>
   or an element named for a date ("post-date", "text__date") just under
   the headline, or a <time> a label names the publication's, shows: the
   first publication's?  (Written with no doubt about its day and month,
   and not the local day of v's instant.) */
static int
restamped(const bs_meta *meta, const char *v, size_t k)
{
    const char *mod = meta->value[BS_FIELD_DATE_MODIFIED];
    const char *shown = meta->pub[k].iso;

    if (mod == NULL || strlen(shown) < 10 || strncmp(mod, v, 10) != 0 ||
        strncmp(shown, v, 10) >= 0 || meta->pub[k].ambiguous ||
        !(strcmp(meta->pub[k].source, "byline") == 0 ||
          meta->pub[k].near))
        return 0;
    return not_local_day(v, shown);
}

/* Is the date shown, meta->pub[k], a day a label beside it names the
   publication's ("Published Apr 26, 2023", "Published <time>"), earlier
   than the date published v the metadata gives (with no doubt about its
   day and month, and not the local day of v's instant): v a later
   stamp, the page's first publication the day it names? */
static int
labelled_earlier(const bs_meta *meta, const char *v, size_t k)
{
    const char *shown = meta->pub[k].iso;

    if (!meta->pub[k].labelled || meta->pub[k].ambiguous ||
        strlen(shown) < 10 || strncmp(shown, v, 10) >= 0)
        return 0;
    return not_local_day(v, shown);
}

/* Is the day shown, meta->pub[k]'s, given by two kinds of the sources
   the reader sees (the byline, a <time>, an element named for a date),
   one of them just under the headline, each with no doubt about its day
   and month; and is it neither the date modified's day (a change's) nor
   the local day of the date published v's instant?  Then the metadata's
   v, which no date the page shows gives, is not the page's (but for a
   v that is the date modified). */
static int
shown_twice(const bs_meta *meta, const char *v, size_t k)
{
    const char *mod = meta->value[BS_FIELD_DATE_MODIFIED];
    const char *shown = meta->pub[k].iso;
    unsigned kinds = 0;
    int near = 0;
    size_t i;

    /* (a date published that is the date modified yields to an earlier
       day only, restamped()) */
    if (strlen(shown) < 10 ||
        (mod != NULL && (strncmp(mod, shown, 10) == 0 ||
                         strncmp(mod, v, 10) == 0)))
        return 0;
    for (i = 0; i < meta->npub; i++) {
        const char *src = meta->pub[i].source;
        if (!shown_source(src, meta->pub[i].prio) ||
            meta->pub[i].ambiguous ||
            strncmp(meta->pub[i].iso, shown, 10) != 0)
            continue;
        kinds |= strcmp(src, "byline") == 0 ? 1u
                 : strcmp(src, "time") == 0 ? 2u
                                            : 4u;
        near |= meta->pub[i].near;
    }
    if (!near || kinds == 1u || kinds == 2u || kinds == 4u)
        return 0;
    return not_local_day(v, shown);
}

/* Is the day shown, meta->pub[k]'s, the byline's own (no label names it
   a change's: bs_text_date_field()), with no doubt about its day and
   month, and the date modified's day, not the local day of the date
   published v's instant?  The page dates itself by its last change. */
static int
byline_changed(const bs_meta *meta, const char *v, size_t k)
{
    const char *mod = meta->value[BS_FIELD_DATE_MODIFIED];
    const char *shown = meta->pub[k].iso;

    if (mod == NULL || strcmp(meta->pub[k].source, "byline") != 0 ||
        meta->pub[k].ambiguous || strlen(shown) < 10 ||
        strncmp(mod, shown, 10) != 0)
        return 0;
    return not_local_day(v, shown);
}

/* Which kind of the metadata's sources meta->pub[i] is (a bit), 0 for
   one that is none: JSON-LD, OpenGraph, a meta tag, another. */
static unsigned
meta_kind(const bs_meta *meta, size_t i)
{
    const char *src = meta->pub[i].source;

    if (meta->pub[i].prio < BS_PRIO_META || meta->pub[i].ambiguous)
        return 0;
    return strcmp(src, "json-ld") == 0     ? 1u
           : strcmp(src, "opengraph") == 0 ? 2u
           : strcmp(src, "meta") == 0      ? 4u
                                           : 8u;
}

static int
kinds_count(unsigned kinds)
{
    int n = 0;

    for (; kinds != 0; kinds >>= 1)
        n += (int)(kinds & 1u);
    return n;
}

/* Does the day of meta->pub[i] stand for the date published v: its day,
   or v's instant written in another zone? */
static int
gives_day(const bs_meta *meta, size_t i, const char *v)
{
    return strncmp(meta->pub[i].iso, v, 10) == 0 ||
           same_instant(meta->pub[i].iso, v) != 0;
}

/* The metadata's sources disagree on the day published and the page
   shows none of them: the entry of meta->pub whose day more kinds of
   source (JSON-LD, OpenGraph, meta tags) give than give the date
   published v, the most trusted one's, into *at? */
static int
outvoted(const bs_meta *meta, const char *v, size_t *at)
{
    unsigned mine = 0;
    size_t i, k;

    for (i = 0; i < meta->npub; i++)
        if (gives_day(meta, i, v))
            mine |= meta_kind(meta, i);
    /* (not against a day another source named, the URL's local day of
       a UTC date-time) */
    if (mine == 0)
        return 0;
    for (k = 0; k < meta->npub; k++) {
        unsigned theirs = 0;
        if (meta_kind(meta, k) == 0 || gives_day(meta, k, v))
            continue;
        for (i = 0; i < meta->npub; i++)
            if (!gives_day(meta, i, v) &&
                gives_day(meta, i, meta->pub[k].iso))
                theirs |= meta_kind(meta, i);
        if (kinds_count(theirs) > kinds_count(mine)) {
            *at = k;
            return 1;
        }
    }
    return 0;
}

/* The date published is the one meta->pub[k] gave. */
static void
set_shown(bs_meta *meta, size_t k)
{
    meta->value[BS_FIELD_DATE_PUBLISHED] = meta->pub[k].iso;
    meta->source[BS_FIELD_DATE_PUBLISHED] = meta->pub[k].source;
    meta->prio[BS_FIELD_DATE_PUBLISHED] = meta->pub[k].prio;
    meta->ambiguous[0] = 0;
}

void
bs_meta_shown_date(bs_meta *meta)
{
    const char *v = meta->value[BS_FIELD_DATE_PUBLISHED], *shown = NULL;
    size_t i, at = 0, given = 0;
    int best = 0;

    /* (a date the text shows already replaced a generic meta date) */
    if (v == NULL || meta->prio[BS_FIELD_DATE_PUBLISHED] < BS_PRIO_MICRODATA ||
        meta->prio[BS_FIELD_DATE_PUBLISHED] == GENERIC_DATE_PRIO + 1)
        return;
    /* the byline's date, else the first <time>'s, else the first date
       element's or the text's (the order of their priorities) */
    for (i = 0; i < meta->npub; i++) {
        int p = meta->pub[i].prio;
        if (p >= BS_PRIO_MICRODATA)
            given++;
        else if (shown_source(meta->pub[i].source, p) && p > best) {
            shown = meta->pub[i].iso;
            at = i;
            best = p;
        }
    }
    for (i = 0; i < meta->npub; i++)
        if (labelled_earlier(meta, v, i)) {
            set_shown(meta, i);
            return;
        }
    if (shown == NULL && given <= 4 && outvoted(meta, v, &at)) {
        set_shown(meta, at);
        return;
    }
    if (shown == NULL || given > 4 || strncmp(shown, v, 10) == 0)
        return;
    if (restamped(meta, v, at)) {
        set_shown(meta, at);
        return;
    }
    /* (microdata's may be a part's: an image's, a teaser's) */
    for (i = 0; i < meta->npub; i++)
        if (meta->pub[i].prio >= BS_PRIO_META &&
            strncmp(meta->pub[i].iso, shown, 10) == 0) {
            set_shown(meta, i);
            return;
        }
    if (shown_twice(meta, v, at) || byline_changed(meta, v, at))
        set_shown(meta, at);
}

/* Does the word `label` open [s, s + n), or follow one or two words
   ("Originally published", "Zuerst ver\xc3\xb6ffentlicht"; not
   "Unpublished", nor a sentence's "The plan was first published")? */
static int
label_leads(const char *s, size_t n, const char *label)
{
    size_t i, words = 0, k = strlen(label);

    for (i = 0; i + k <= n && words <= 2; i++) {
        if ((i == 0 || s[i - 1] == ' ') && bs_ci_eq(s + i, label, k))
            return 1;
        if (s[i] >= '0' && s[i] <= '9')
            return 0;
        words += s[i] == ' ';
    }
    return 0;
}

/* Does the word [p, e) of a class or id name the day the page was served:
   a part "today" ("header__today", "site-today"), "todays", "current" or
   "today" before a part "date" ("todays-date-custom", "js-current-date"),
   "date" before "today", or those run together ("currentdate")? */
static int
today_word(const char *p, const char *e)
{
    static const char *const joined[] = {"todaysdate", "todaydate",
                                         "currentdate", "datetoday"};
    const char *prev = NULL, *q;
    size_t prev_len = 0, len;

    for (; p < e; p = q + 1) {
        for (q = p; q < e && *q != '-' && *q != '_'; q++)
            ;
        len = (size_t)(q - p);
        if ((len == 5 && bs_ci_eq(p, "today", 5)) ||
            bs_word_among(p, len, BS_WORDS(joined), 1) > 0)
            return 1;
        if (len == 4 && bs_ci_eq(p, "date", 4) && prev != NULL &&
            ((prev_len == 6 && bs_ci_eq(prev, "todays", 6)) ||
             (prev_len == 7 && bs_ci_eq(prev, "current", 7))))
            return 1;
        if (len > 0) {
            prev = p;
            prev_len = len;
        }
        if (q == e)
            break;
    }
    return 0;
}

/* Does a word of the class or id of n name the day the page was served
   (today_word(); not "todays-pick"), a site's clock and no page's date? */
static int
names_today(const bs_node *n)
{
    const char *parts[2];
    size_t k;

    parts[0] = bs_node_attr(n, BS_ATTR_CLASS);
    parts[1] = bs_node_attr(n, BS_ATTR_ID);
    for (k = 0; k < 2; k++) {
        const char *p = parts[k];
        while (p != NULL && *p != '\0') {
            const char *w;
            while (bs_is_space((unsigned char)*p))
                p++;
            for (w = p; *w != '\0' && !bs_is_space((unsigned char)*w); w++)
                ;
            if (w > p && today_word(p, w))
                return 1;
            p = w;
        }
    }
    return 0;
}

static int
is_logo_heading(const bs_meta *meta, const bs_node *h);

static int
date_search_skips(const bs_node *n, int asides);

/* Does an <h1> that is no logo sit among the first CLOCK_NEAR_NODES nodes
   under `top`? */
#define CLOCK_NEAR_NODES 256
static int
holds_headline(const bs_meta *meta, const bs_node *top)
{
    const bs_node *m;
    int seen = 0;

    for (m = top; m != NULL && seen < CLOCK_NEAR_NODES;
         m = bs_node_next(m, top, 0), seen++)
        if (m->tag == BS_TAG_H1 && !is_logo_heading(meta, m))
            return 1;
    return 0;
}

/* "Donnerstag, 16. Februar 2012", "Mittwoch, 26.02.2020": a day's name
   and its date alone in a small element, outside any <article> or <main>
   and apart from the headline (no element of the three above it, below
   <body>, holds an <h1>), the way a site's header shows the day it
   serves the page; the date search reads it as such before the page's
   headline. */
#define CLOCK_MAX 40
#define CLOCK_NODES 16
#define CLOCK_DEPTH 64
#define CLOCK_NEAR 3
#define CLOCKS_MAX 4 /* clocks a search looks at: a site has one */
static int
site_clock(const bs_meta *meta, const bs_node *n)
{
    const bs_node *e = n->parent, *up, *m;
    bs_buf t = BS_BUF_INIT;
    size_t i = 0, w, bytes = 0;
    int clock = 0, depth, nodes = 0;

    if (e == NULL)
        return 0;
    for (up = e, depth = 0; up != NULL && depth < CLOCK_DEPTH;
         up = up->parent, depth++)
        if (up->tag == BS_TAG_ARTICLE || up->tag == BS_TAG_MAIN)
            return 0;
    /* a small element: a few nodes, a short text */
    for (m = bs_node_next(e, e, 0); m != NULL; m = bs_node_next(m, e, 0)) {
        if (++nodes > CLOCK_NODES)
            return 0;
        if (m->tag == BS_TAG_TEXT && (bytes += m->len) > 2 * CLOCK_MAX)
            return 0;
    }
    for (up = e, depth = 0; up != NULL && depth < CLOCK_NEAR &&
                            up->tag != BS_TAG_BODY && up->tag != BS_TAG_HTML;
         up = up->parent, depth++)
        if (holds_headline(meta, up))
            return 0;
    bs_node_text_all(e, &t, CLOCK_MAX + 1);
    if (!t.failed && t.len <= CLOCK_MAX) {
        while (i < t.len && bs_is_space((unsigned char)t.ptr[i]))
            i++;
        for (w = i; w < t.len && t.ptr[w] != ',' && t.ptr[w] != ' '; w++)
            ;
        clock = w > i && bs_is_day_name(t.ptr + i, w - i);
    }
    bs_buf_free(&t);
    return clock;
}

/* Does an <h1> that is no logo come after n in the page?  *known keeps
   the answer for the rest of one search (-1: not looked yet), so the
   page is walked once at most. */
static int
headline_after(const bs_meta *meta, const bs_node *n, int *known)
{
    const bs_node *m;

    if (*known >= 0)
        return *known;
    *known = 0;
    /* (not in a <nav> or what is hidden, which the search passes over) */
    for (m = n; m != NULL;
         m = bs_node_next(m, NULL, m != n && date_search_skips(m, 0)))
        if (m->tag == BS_TAG_H1 && !(m->flags & BS_NF_UNSEEN) &&
            !is_logo_heading(meta, m)) {
            *known = 1;
            break;
        }
    return *known;
}

/* Is n, or one of the first elements inside it, named for the day the
   page was served? */
#define TODAY_LOOK 16
static int
holds_today(const bs_node *n)
{
    const bs_node *m;
    int looked = 0;

    for (m = n; m != NULL && looked < TODAY_LOOK;
         m = bs_node_next(m, n, 0)) {
        if (m->tag == BS_TAG_TEXT)
            continue;
        looked++;
        if (m->nattrs > 0 && names_today(m))
            return 1;
    }
    return 0;
}

/* Does the search for the page's date in its text pass over n: what is
   never content or is hidden, a <nav>, the site's clock, a card linking
   to another page (BS_NF_CARD), and with `asides` an <aside>, a <footer>
   and a <blockquote> too? */
static int
date_search_skips(const bs_node *n, int asides)
{
    return n->tag != BS_TAG_TEXT &&
           ((bs_tag_flags((bs_tag)n->tag) & BS_TF_SKIP) ||
            (n->flags & BS_NF_UNSEEN) || n->tag == BS_TAG_NAV ||
            (asides && (n->tag == BS_TAG_ASIDE || n->tag == BS_TAG_FOOTER ||
                        n->tag == BS_TAG_BLOCKQUOTE)) ||
            (n->nattrs > 0 && names_today(n)) ||
            (n->flags & BS_NF_CARD));
}

/* How much of a text of `len` bytes the date search reads: a short one
   whole, a longer one's start (a dateline leading a paragraph). */
static size_t
date_look(size_t len)
{
    return len < 80 ? len : 32;
}

/* Does a word that names the day of publication lead [t, t + len]
   ("Published", "Erschienen am", "Publié le")? */
static int
pub_label_leads(const char *t, size_t len)
{
    static const char *const labels[] = {
        "published", "erschienen", "ver\303\266ffentlicht", "publi\xc3\xa9",
        "publicado", "pubblicato", "gepubliceerd", "opublikowano"};
    size_t i;

    for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
        if (label_leads(t, len, labels[i]))
            return 1;
    return 0;
}

/* Does a label of the day of publication, and nothing else, come just
   before n ("Published <time ...>", "Originally published: <time>")? */
static int
labelled_published(const bs_node *n)
{
    const bs_node *p = n->prev;
    const char *t;
    size_t len, i;

    if (p == NULL || p->tag != BS_TAG_TEXT || p->len >= 40)
        return 0;
    t = p->text;
    len = p->len;
    while (len > 0 && bs_is_space((unsigned char)*t))
        t++, len--;
    for (i = 0; i < len; i++)
        if (t[i] >= '0' && t[i] <= '9')
            return 0;
    /* ("Published by Jane Doe, updated <time>": the label before the
       <time> is the change's) */
    return bs_text_date_field(t, len) == BS_FIELD_DATE_PUBLISHED &&
           pub_label_leads(t, len);
}

/* The text among the four after `n` that a label of the day of
   publication leads, with a date ("Erschienen am: 01.11.2023",
   "Originally published 3 May 2024"), else n.  Passes over what the
   page-date search passes over, asides, footers and quotations too. */
static const bs_node *
published_next(const bs_doc *doc, const bs_node *n, char *iso,
               long long now)
{
    const bs_node *m = n;
    int texts = 0, skip = 0;

    while (texts < 4 && (m = bs_node_next(m, doc->body, skip)) != NULL) {
        const char *t = m->text;
        size_t len = m->len, look;

        skip = date_search_skips(m, 1);
        if (m->tag != BS_TAG_TEXT)
            continue;
        while (len > 0 && bs_is_space((unsigned char)*t))
            t++, len--;
        if (len < 6)
            continue;
        texts++;
        look = date_look(len);
        if (pub_label_leads(t, look) && bs_date_parse(t, look, iso, now))
            return m;
    }
    return n;
}

/* Does a label and its colon before the date of [s, s + n) name it as
   another's ("Release: 14.11.2019", "Deadline: May 2, 2024"), not the
   publication's ("Published: 14.11.2019")? */
static int
labelled_other(const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < n && !(s[i] >= '0' && s[i] <= '9'); i++)
        if (s[i] == ':')
            return !pub_label_leads(s, i);
    return 0;
}

/* A date published that is the date modified may be a restamp
   (restamped()): the first text just under the headline h that is a
   date of publication alone, "<p>November 2, 2022</p>" under the title,
   is kept as a date the page shows there for bs_meta_shown_date().  Not
   a sentence or a citation that holds a date, nor a date a label beside
   it names as another's ("<b>Release:</b> 14.11.2019"). */
static void
headline_date(bs_doc *doc, bs_meta *meta, const bs_node *h)
{
    const char *v = meta->value[BS_FIELD_DATE_PUBLISHED];
    const char *mod = meta->value[BS_FIELD_DATE_MODIFIED];
    const bs_node *n;
    char iso[32];
    int skip = 0;

    if (h == NULL || v == NULL || mod == NULL ||
        meta->prio[BS_FIELD_DATE_PUBLISHED] < BS_PRIO_MICRODATA ||
        strncmp(v, mod, 10) != 0)
        return;
    for (n = bs_node_next(h, doc->root, 1); n != NULL && under_headline(h, n);
         n = bs_node_next(n, doc->root, skip)) {
        skip = date_search_skips(n, 1);
        if (n->tag != BS_TAG_TEXT || n->len < 6 || n->len >= 80 ||
            bs_count_words(n->text, n->len) > 5 || !bs_only_child(n) ||
            labelled_other(n->text, n->len) ||
            !bs_date_parse(n->text, n->len, iso, meta->now))
            continue;
        if (bs_text_date_field(n->text, n->len) != BS_FIELD_DATE_PUBLISHED)
            return; /* "Updated May 2, 2024" */
        set_date_near(doc, meta, BS_FIELD_DATE_PUBLISHED, BS_PRIO_TEXT + 1,
                      "text", n->text, n->len, 1, 0);
        return;
    }
}

/* The keys of a publication date in a script's data, each holding
   "ublish" */
static const char *const script_date_keys[] = {
    "datePublished", "publishedDate", "published_at", "publishedAt",
    "publishDate",   "publish_date",  "date_published"};

static int
is_key_byte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

/* Skips up to three quotes and backslashes (a key or value quoted, or
   escaped inside a string: \"published_at\":\"2019-...\"). */
static const char *
skip_quotes(const char *p, const char *end)
{
    int k;

    for (k = 0; k < 3 && p < end && (*p == '"' || *p == '\'' || *p == '\\');
         k++)
        p++;
    return p;
}

/* The first date under a publication key in [p, end), into iso; its
   text and length in *v, *vl.  Each place that spells "ublish" moves the
   search on, so the work is linear in the bytes. */
static int
data_date(const char *p, const char *end, long long now, char *iso,
          const char **v, size_t *vl)
{
    const char *start = p;

    while ((p = memchr(p, 'u', (size_t)(end - p))) != NULL) {
        const char *k0, *k1, *q;
        size_t i, n;

        if (end - p < 6 || memcmp(p, "ublish", 6) != 0) {
            p++;
            continue;
        }
        /* (a key is short: a longer run of letters is none) */
        for (k0 = p; k0 > start && p - k0 < 16 && is_key_byte(k0[-1]); k0--)
            ;
        for (k1 = p; k1 < end && k1 - p < 16 && is_key_byte(*k1); k1++)
            ;
        p = k1;
        for (i = 0; i < sizeof(script_date_keys) / sizeof(script_date_keys[0]);
             i++)
            if (strlen(script_date_keys[i]) == (size_t)(k1 - k0) &&
                memcmp(k0, script_date_keys[i], (size_t)(k1 - k0)) == 0)
                break;
        if (i == sizeof(script_date_keys) / sizeof(script_date_keys[0]))
            continue;
        q = skip_quotes(k1, end);
        while (q < end && *q == ' ')
            q++;
        if (q >= end || (*q != ':' && *q != '='))
            continue;
        q++;
        while (q < end && *q == ' ')
            q++;
        q = skip_quotes(q, end);
        if (q >= end || *q < '0' || *q > '9')
            continue;
        for (n = 0; q + n < end && n < 32 && q[n] != '"' && q[n] != '\'' &&
                    q[n] != '\\' && q[n] != ',' && q[n] != '}' && q[n] != '<';
             n++)
            ;
        if (bs_date_parse(q, n, iso, now)) {
            *v = q;
            *vl = n;
            return 1;
        }
    }
    return 0;
}

void
bs_meta_script_date(bs_doc *doc, bs_meta *meta, const char *html,
                    size_t len)
{
    const char *p = html, *end;
    char iso[32];

    if (html == NULL || meta->value[BS_FIELD_DATE_PUBLISHED] != NULL)
        return;
    end = html + len;
    /* each <script> but JSON-LD's, which is read whole elsewhere (when
       it parses) */
    while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
        const char *tag, *body, *close, *v;
        size_t vl;

        if (!bs_starts_ci(p, (size_t)(end - p), "<script")) {
            p++;
            continue;
        }
        tag = p;
        body = memchr(p, '>', (size_t)(end - p));
        if (body == NULL)
            return;
        body++;
        for (close = body; close < end; close++)
            if (*close == '<' &&
                bs_starts_ci(close, (size_t)(end - close), "</script"))
                break;
        p = close;
        if (doc->jsonld_failed == 0 &&
            bs_strcasestr_n(tag, (size_t)(body - tag), "ld+json"))
            continue;
        if (data_date(body, close, meta->now, iso, &v, &vl)) {
            bs_meta_set(doc, meta, BS_FIELD_DATE_PUBLISHED, BS_PRIO_TEXT - 1,
                        "script", v, vl);
            return;
        }
    }
}

/* Does the page write the day of `iso` as a day alone (no instant) where
   the reader sees it, in the byline or just under the headline, with no
   doubt about its day and month? */
static int
writes_day(const bs_meta *meta, const char *iso)
{
    size_t i;

    for (i = 0; i < meta->npub; i++) {
        const char *d = meta->pub[i].iso, *src = meta->pub[i].source;
        if (shown_source(src, meta->pub[i].prio) && strlen(d) == 10 &&
            !meta->pub[i].ambiguous &&
            (meta->pub[i].near || strcmp(src, "byline") == 0) &&
            strncmp(d, iso, 10) == 0)
            return 1;
    }
    return 0;
}

void
bs_meta_local_dates(bs_doc *doc, bs_meta *meta)
{
    static const bs_field fields[] = {BS_FIELD_DATE_PUBLISHED,
                                      BS_FIELD_DATE_MODIFIED};
    const char *url = meta->value[BS_FIELD_URL] != NULL
                          ? meta->value[BS_FIELD_URL]
                          : meta->base_url;
    const char *pub = meta->value[BS_FIELD_DATE_PUBLISHED];
    const char *mod = meta->value[BS_FIELD_DATE_MODIFIED];
    char local[32];
    size_t i;

    /* "10/05/2022" published, read month first, and "2022/05/10"
       modified: a publication after its change is the same day with its
       day and month the other way round.  A date modified in doubt too
       ("09/05/2022") is read the same way round as the date published:
       the two are swapped together or not at all. */
    if (pub != NULL && mod != NULL && meta->ambiguous[0] &&
        strlen(pub) >= 10 && strlen(mod) >= 10 &&
        strncmp(pub, mod, 10) > 0) {
        char *w = day_month_swapped(doc, pub);
        char *wm = meta->ambiguous[1] ? day_month_swapped(doc, mod) : NULL;
        if (w != NULL && (wm != NULL || !meta->ambiguous[1]) &&
            strncmp(w, wm != NULL ? wm : mod, 10) <= 0) {
            meta->value[BS_FIELD_DATE_PUBLISHED] = w;
            meta->ambiguous[0] = 0;
            if (wm != NULL) {
                meta->value[BS_FIELD_DATE_MODIFIED] = wm;
                meta->ambiguous[1] = 0;
            }
        }
    }
    for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        const char *v = meta->value[fields[i]];
        /* (not when the page writes the UTC day as the day published,
           and not the local one: its clock is UTC) */
        if (v != NULL && bs_date_in_site_zone(v, url, local) &&
            !(fields[i] == BS_FIELD_DATE_PUBLISHED && writes_day(meta, v) &&
              !writes_day(meta, local))) {
            v = bs_arena_strndup(&doc->arena, local, strlen(local));
            if (v != NULL)
                meta->value[fields[i]] = v;
        }
    }
}

size_t
bs_count_words(const char *s, size_t n)
{
    size_t i, w = 0;
    int in = 0;

    for (i = 0; i < n; i++) {
        int sp = bs_is_space((unsigned char)s[i]);
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

static void
node_text_to(bs_doc *doc, const bs_node *n, bs_buf *b)
{
    (void)doc;
    bs_buf_clear(b);
    bs_node_text(n, b);
}

static int
only_space(const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (!bs_is_space((unsigned char)s[i]))
            return 0;
    return 1;
}

/* Is [s, s + n) a byline label and a colon ("Von:", "By:", "Written
   by :"), as a form sets a label before its value? */
static int
colon_label(const char *s, size_t n)
{
    while (n > 0 && bs_is_space((unsigned char)s[n - 1]))
        n--;
    if (n < 2 || s[n - 1] != ':')
        return 0;
    return bs_is_byline_label(s, n - 1);
}

int
bs_only_child(const bs_node *n)
{
    const bs_node *c;

    for (c = n->parent->first; c != NULL; c = c->next) {
        if (c != n && !(c->tag == BS_TAG_TEXT && only_space(c->text, c->len)))
            return 0;
    }
    return 1;
}

size_t
bs_word_count(const char *s)
{
    return bs_count_words(s, strlen(s));
}

/* A heading of the skip links for keyboards and screen readers
   ("<h1 class="navSkip">Navigation und Service</h1>"), no page's title. */
static int
is_skip_heading(const bs_node *n)
{
    static const char *const names[] = {"navskip", "skipnav", "skip-nav",
                                        "skiplink", "skip-link"};
    const char *cls = bs_node_attr(n, BS_ATTR_CLASS);
    size_t i;

    for (i = 0; cls != NULL && i < sizeof(names) / sizeof(names[0]); i++)
        if (bs_strcasestr_n(cls, strlen(cls), names[i]))
            return 1;
    return 0;
}

/* Is `name` one of the space-separated class names of `cls`? */
static int
has_class(const char *cls, const char *name)
{
    size_t k = strlen(name), len;
    const char *c;

    while ((c = bs_class_next(&cls, &len)) != NULL)
        if (len == k && bs_ci_eq(c, name, k))
            return 1;
    return 0;
}

/* A kicker (a short line over the headline, often inside the <h1>):
   named so by its class; or a forum thread's prefix ("<span class="label
   label--primary">Tips</span>", "<span class="prefix">"). */
static int
is_kicker(const bs_node *n)
{
    static const char *const names[] = {
        "kicker", "dachzeile", "toptitle", "topline", "overline", "eyebrow",
        "supertitle", "roofline", "titleheader", "pretitle", "spitzmarke",
        "topic", "subtitle", "sub-heading", "subheading", "subheadline",
        "small"};
    const char *cls = bs_node_attr(n, BS_ATTR_CLASS);
    size_t i;

    if (cls == NULL)
        return 0;
    for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        if (bs_strcasestr_n(cls, strlen(cls), names[i]))
            return 1;
    }
    return has_class(cls, "label") || has_class(cls, "prefix");
}

/* The text of a heading without a kicker it starts with. */
static void
heading_text_to(const bs_node *h, bs_buf *b)
{
    const bs_node *n;
    bs_buf k = BS_BUF_INIT;
    size_t cut = 0;

    bs_buf_clear(b);
    bs_node_headline(h, b);
    /* a permalink mark after the heading: "Data Structures\xc2\xb6" */
    while (b->len >= 2 && (unsigned char)b->ptr[b->len - 2] == 0xC2 &&
           (unsigned char)b->ptr[b->len - 1] == 0xB6) {
        bs_buf_truncate(b, b->len - 2);
        bs_buf_rtrim(b);
    }
    for (n = h->first; n != NULL; n = bs_node_next(n, h, 0)) {
        if (n->tag == BS_TAG_TEXT) {
            if (n->len > 0 && !only_space(n->text, n->len))
                break; /* text before any kicker: none leads */
            continue;
        }
        if (is_kicker(n)) {
            bs_node_text(n, &k);
            if (k.len > 0 && k.len < b->len &&
                memcmp(b->ptr, k.ptr, k.len) == 0)
                cut = k.len;
            break;
        }
    }
    bs_buf_free(&k);
    if (cut == 0)
        return;
    while (cut < b->len && (bs_is_space((unsigned char)b->ptr[cut]) ||
                            strchr(":|-", b->ptr[cut]) != NULL))
        cut++;
    if (cut + 3 < b->len && (unsigned char)b->ptr[cut] == 0xE2 &&
        (unsigned char)b->ptr[cut + 1] == 0x80 &&
        ((unsigned char)b->ptr[cut + 2] == 0x93 ||
         (unsigned char)b->ptr[cut + 2] == 0x94))
        cut += 3; /* a dash */
    while (cut < b->len && bs_is_space((unsigned char)b->ptr[cut]))
        cut++;
    if (cut < b->len) {
        memmove(b->ptr, b->ptr + cut, b->len - cut);
        bs_buf_truncate(b, b->len - cut);
    }
}

/* Does a link lead to the site's home page ("/", "https://host/",
   "/index.html")?  Resolved against the page's address when it has one. */
static int
is_home_href(const char *base, const char *href)
{
    bs_buf b = BS_BUF_INIT;
    const char *u = href, *p;
    int home = 0;

    if (base != NULL && base[0] &&
        bs_url_resolve(base, href, strlen(href), &b) && !b.failed)
        u = b.ptr;
    p = strstr(u, "://");
    if (p != NULL) {
        p = strchr(p + 3, '/');
        if (p == NULL)
            p = "";
    } else if (u[0] == '/' && u[1] != '/') {
        p = u;
    }
    if (p != NULL) {
        if (*p == '/')
            p++;
        home = p[0] == '\0' || p[0] == '#' ||
               (bs_starts_ci(p, strlen(p), "index.") && strpbrk(p, "/?") == NULL);
    }
    bs_buf_free(&b);
    return home;
}

/* Is url the address of a site's home page ("https://host/",
   "https://host/index.html", "https://host/?utm_source=a": a query of
   campaign tags only; "https://host/?p=2895" is a post)? */
int
bs_is_home_page(const char *url)
{
    static const char *const tags[] = {"utm_", "ref=", "srsltid=", "gclid=",
                                       "fbclid=", "ref_src="};
    const char *p = url != NULL ? strstr(url, "://") : NULL;
    size_t n, i;

    if (p == NULL)
        return 0;
    p = strchr(p + 3, '/');
    if (p == NULL)
        return 1;
    p++;
    n = strcspn(p, "?#");
    if (n > 0 && !(bs_starts_ci(p, n, "index.") && memchr(p, '/', n) == NULL))
        return 0;
    if (p[n] != '?')
        return 1;
    /* every key of the query a campaign's */
    for (p += n + 1; *p != '\0' && *p != '#'; p += strcspn(p, "&#")) {
        if (*p == '&') {
            p++;
            continue;
        }
        for (i = 0; i < sizeof(tags) / sizeof(tags[0]); i++)
            if (bs_starts_ci(p, strlen(p), tags[i]))
                break;
        if (i == sizeof(tags) / sizeof(tags[0]))
            return 0;
    }
    return 1;
}

/* A heading that is the site's logo: all its text is one link to the home
   page (<h1><a href="/">Site</a></h1>, <a href="/"><h1>Site</h1></a>). */
static int
is_logo_heading(const bs_meta *meta, const bs_node *h)
{
    const bs_node *n, *a = NULL;
    const char *href;

    if (h->parent != NULL && h->parent->tag == BS_TAG_A) {
        a = h->parent;
    } else {
        for (n = h->first; n != NULL; n = n->next) {
            if (n->tag == BS_TAG_TEXT) {
                if (!only_space(n->text, n->len))
                    return 0;
            } else if (n->tag == BS_TAG_A && a == NULL) {
                a = n;
            } else {
                return 0;
            }
        }
    }
    if (a == NULL || (href = bs_node_attr(a, BS_ATTR_HREF)) == NULL)
        return 0;
    return is_home_href(meta->base_url, href);
}

/* Is n a link to the home page, or an element whose text is all one
   (is_logo_heading())? */
static int
links_home(const bs_meta *meta, const bs_node *n)
{
    const char *href;

    if (n->tag == BS_TAG_A)
        return (href = bs_node_attr(n, BS_ATTR_HREF)) != NULL &&
               is_home_href(meta->base_url, href);
    return is_logo_heading(meta, n);
}

/* Is n a property of a comment or an answer (the nearest item above it
   is a schema.org Comment or Answer)? Their dates are not the page's. */
static int
in_reply_item(const bs_node *n)
{
    for (; n != NULL; n = n->parent) {
        const char *type;
        if (bs_node_attr(n, BS_ATTR_ITEMSCOPE) == NULL)
            continue;
        type = bs_node_attr(n, BS_ATTR_ITEMTYPE);
        return type != NULL && (strstr(type, "Comment") != NULL ||
                                strstr(type, "Answer") != NULL);
    }
    return 0;
}

/* Has n, an item given as a property, a sibling or a cousin given as the
   same property (one review of a product's list of reviews)? */
static int
one_of_many(const bs_node *n)
{
    const char *prop = bs_node_attr(n, BS_ATTR_ITEMPROP);
    const bs_node *up, *m;
    int depth;

    for (up = n, depth = 0; up != NULL && depth < 2; up = up->parent, depth++)
        for (m = up->parent != NULL ? up->parent->first : NULL; m != NULL;
             m = m->next) {
            const bs_node *x;
            if (m == up || m->tag == BS_TAG_TEXT)
                continue;
            /* the sibling itself, or its first element */
            for (x = m; x != NULL && x->tag != BS_TAG_TEXT; x = x->first) {
                const char *p = bs_node_attr(x, BS_ATTR_ITEMPROP);
                if (p != NULL && strcmp(p, prop) == 0 &&
                    bs_node_attr(x, BS_ATTR_ITEMSCOPE) != NULL)
                    return 1;
                if (depth == 0)
                    break;
            }
        }
    return 0;
}

/* Is n, or one of the two elements around it, named for customers'
   reviews ("customer-review", "content--product-reviews")? */
static int
in_customer_reviews(const bs_node *n)
{
    int depth;

    for (depth = 0; n != NULL && depth < 3; n = n->parent, depth++) {
        const char *cls = bs_node_attr(n, BS_ATTR_CLASS);
        size_t k = cls != NULL ? strlen(cls) : 0;
        if (k > 0 && (bs_strcasestr_n(cls, k, "customer") ||
                      bs_strcasestr_n(cls, k, "reviews")))
            return 1;
    }
    return 0;
}

/* A picture's author is its photographer; a book's or a product's are a
   shop's or a list's items; a review given as another item's property is
   a buyer's: one of several, or one in a shop's place for its customers'
   reviews (an editor's one review of the product stays). */
int
bs_in_described_item(const bs_node *n)
{
    static const char *const described[] = {"ImageObject", "Book",
                                            "Product", "Offer"};
    static const char *const authors[] = {"Person", "Organization"};

    for (; n != NULL; n = n->parent) {
        const char *type, *name;
        if (bs_node_attr(n, BS_ATTR_ITEMSCOPE) == NULL)
            continue;
        /* (an item of no type says nothing: the one above it may) */
        type = bs_node_attr(n, BS_ATTR_ITEMTYPE);
        if (type == NULL)
            continue;
        name = strrchr(type, '/');
        name = name != NULL ? name + 1 : type;
        /* the author's own item (itemprop=author itemtype=Person): whose
           author, its item's */
        if (bs_word_among(name, strlen(name), BS_WORDS(authors), 0) > 0)
            continue;
        if (bs_word_among(name, strlen(name), BS_WORDS(described), 0) > 0)
            return 1;
        return strcmp(name, "Review") == 0 &&
               bs_node_attr(n, BS_ATTR_ITEMPROP) != NULL &&
               (one_of_many(n) || in_customer_reviews(n));
    }
    return 0;
}

/* Does href, resolved against the page's base (<base href> or its
   address), lead to a page other than `page`? */
static int
links_elsewhere(const bs_meta *meta, const char *page, const char *href)
{
    bs_buf u = BS_BUF_INIT;
    int other;

    other = bs_url_resolve(meta->base_url, href, strlen(href), &u) &&
            !u.failed && bs_url_other_page(u.ptr, page);
    bs_buf_free(&u);
    return other;
}

/* Is n inside an <article> whose headline links to another page: a
   post's teaser in a list ("More from ...")?  Its author is that
   post's.  The headline is the article's <h1> or itemprop=headline, else
   its first heading (not a kicker's link over the <h1>, "<h4><a
   href=/politics/>"); the page's own headline may link to the page
   itself, told against the page's address when it is known (a <base
   href>, "/", is no page's).  Looks at the article's first 48
   elements. */
static int
in_linked_article(const bs_meta *meta, const bs_node *n)
{
    const bs_node *a, *m, *head = NULL, *l;
    const char *page =
        meta->page_url != NULL ? meta->page_url : meta->base_url;
    int depth, seen = 0;

    if (page == NULL)
        return 0;
    for (a = n->parent, depth = 0; a != NULL && depth < 16;
         a = a->parent, depth++)
        if (a->tag == BS_TAG_ARTICLE)
            break;
    if (a == NULL || a->tag != BS_TAG_ARTICLE)
        return 0;
    for (m = a->first; m != NULL && seen < 48; m = bs_node_next(m, a, 0)) {
        const char *ip;
        if (m->tag == BS_TAG_TEXT)
            continue;
        seen++;
        ip = bs_node_attr(m, BS_ATTR_ITEMPROP);
        if (m->tag == BS_TAG_H1 || (ip != NULL && key_eq(ip, "headline"))) {
            head = m;
            break;
        }
        if (head == NULL && (bs_tag_flags((bs_tag)m->tag) & BS_TF_HEADING))
            head = m;
    }
    if (head == NULL)
        return 0;
    for (l = head; l != NULL; l = bs_node_next(l, head, 0)) {
        const char *href = l->tag == BS_TAG_A ? bs_node_attr(l, BS_ATTR_HREF)
                                              : NULL;
        if (href != NULL)
            return links_elsewhere(meta, page, href);
    }
    return 0;
}

/* Does the link n hold a heading?  Looks at its first 32 elements. */
static int
links_heading(const bs_node *n)
{
    const bs_node *m;
    int seen = 0;

    for (m = bs_node_next(n, n, 0); m != NULL && seen < 32;
         m = bs_node_next(m, n, 0)) {
        if (m->tag == BS_TAG_TEXT)
            continue;
        seen++;
        if (bs_tag_flags((bs_tag)m->tag) & BS_TF_HEADING)
            return 1;
    }
    return 0;
}

/* Marks the cards of the page (BS_NF_CARD): links to another page that
   hold a heading ("<a href=/other><h3>Headline</h3><span>Jane
   Doe</span></a>").  A card linking to the page itself shows the page's
   own date.  Needs the page's address: a <base href> ("/", a site's
   root) is no page's. */
static void
mark_cards(bs_doc *doc, const bs_meta *meta)
{
    const char *url = meta->page_url;
    size_t i;

    if (meta->base_url == NULL || url == NULL)
        return;
    for (i = 0; i < doc->nnodes; i++) {
        bs_node *n = bs_doc_node(doc, i);
        const char *href;

        if (n->tag != BS_TAG_A ||
            (href = bs_node_attr(n, BS_ATTR_HREF)) == NULL ||
            !links_heading(n) || !links_elsewhere(meta, url, href))
            continue;
        n->flags |= BS_NF_CARD;
    }
}

/* Microdata values: content, datetime, href/src, else the text. */
static void
microdata(bs_doc *doc, bs_meta *meta, bs_node *n, const char *prop,
          bs_buf *tmp)
{
    const char *v = bs_node_attr(n, BS_ATTR_CONTENT);
    int date;

    if (v == NULL)
        v = bs_node_attr(n, BS_ATTR_DATETIME);
    if (v == NULL && (n->tag == BS_TAG_META || n->tag == BS_TAG_LINK ||
                      n->tag == BS_TAG_A))
        v = bs_node_attr(n, BS_ATTR_HREF);
    if (v == NULL && n->tag == BS_TAG_IMG)
        v = bs_node_attr(n, BS_ATTR_SRC);
    if (key_eq(prop, "author") || key_eq(prop, "creator")) {
        /* itemprop=author may wrap itemprop=name */
        const bs_node *m;

        /* a comment's or an answer's author wrote no part of the page's
           own item */
        if (in_reply_item(n->parent) || bs_in_described_item(n->parent) ||
            in_linked_article(meta, n))
            return;
        for (m = n->first; m != NULL; m = bs_node_next(m, n, 0)) {
            const char *ip = bs_node_attr(m, BS_ATTR_ITEMPROP);
            if (ip != NULL && key_eq(ip, "name")) {
                /* <meta itemprop="name" content="Jane Doe">: the name
                   is the child's */
                n = (bs_node *)m;
                v = bs_node_attr(n, BS_ATTR_CONTENT);
                break;
            }
        }
        if (v == NULL || strstr(v, "://") != NULL) {
            node_text_to(doc, n, tmp);
            v = tmp->ptr;
        }
        /* the site's own name yields to a byline, as in a meta tag */
        if (strlen(v) < 200)
            bs_meta_add_authors(doc, meta,
                                bs_meta_is_publisher(meta, v, strlen(v))
                                    ? BS_PRIO_BYLINE - 2
                                    : BS_PRIO_MICRODATA,
                                "microdata", v, strlen(v));
        return;
    }
    date = key_eq(prop, "datepublished") || key_eq(prop, "datemodified") ||
           key_eq(prop, "datecreated");
    if (date && (in_reply_item(n) || in_linked_article(meta, n)))
        return;
    if (date || key_eq(prop, "headline") || key_eq(prop, "articlesection") ||
        key_eq(prop, "inlanguage") || key_eq(prop, "thumbnailurl")) {
        if (v == NULL) {
            node_text_to(doc, n, tmp);
            v = tmp->ptr;
        }
        apply_rule(doc, meta, prop, v, 0);
    }
}

/* An RDFa date on an element other than <meta>: <span
   property="dc:date" content="2022-01-28T12:45:46+00:00">. */
static void
rdfa_date(bs_doc *doc, bs_meta *meta, const bs_node *n)
{
    const char *prop = bs_node_attr(n, BS_ATTR_PROPERTY), *v;

    if (prop == NULL)
        return;
    v = bs_node_attr(n, BS_ATTR_CONTENT);
    if (v == NULL)
        v = bs_node_attr(n, BS_ATTR_DATETIME);
    apply_rule(doc, meta, prop, v, 1);
}

/* What the class and id of an element say, in one pass over them. */
enum {
    HINT_BYLINE = 1,     /* "byline", "author-name" */
    HINT_AUTHOR = 2,     /* "author", "autor", Drupal's "submitted" */
    HINT_NOT_AUTHOR = 4, /* "bio", "avatar", "image", "photo" */
    HINT_DATE = 8,       /* "date", "time", "posted", "entry-meta", ... */
    HINT_USER = 16,      /* "username", "user-name", "PostUser": forums */
    HINT_USER_TITLE = 32 /* "usertitle", "user-title": a forum user's rank */
};

/* Does p start with the lower-case word w, ignoring ASCII case? */
static inline int
at_ci(const char *p, const char *w)
{
    for (; *w; p++, w++) {
        char c = (*p >= 'A' && *p <= 'Z') ? (char)(*p + 32) : *p;
        if (c != *w)
            return 0;
    }
    return 1;
}

/* Is the word at p ("author-jdoe") one of the classes a blog gives a
   whole post ("hentry category-news author-jdoe"), which name the
   post's author but hold the whole post? */
static int
post_class(const char *cls, const char *p)
{
    return p[6] == '-' && (p == cls || p[-1] == ' ') &&
           strstr(cls, "hentry") != NULL;
}

/* Does a word saying what a container has come before the word at p
   ("withAuthor", "has-author", "no_author": a teaser card's state, not
   its author's element)? */
static int
states_has(const char *cls, const char *p)
{
    static const char *const states[] = {"with", "has", "no", "without"};
    const char *e = p;
    size_t i;

    if (e > cls && (e[-1] == '-' || e[-1] == '_'))
        e--;
    for (i = 0; i < sizeof(states) / sizeof(states[0]); i++) {
        size_t k = strlen(states[i]);
        if ((size_t)(e - cls) >= k && bs_ci_eq(e - k, states[i], k) &&
            (e - k == cls ||
             bs_is_space((unsigned char)e[-(ptrdiff_t)k - 1]) ||
             e[-(ptrdiff_t)k - 1] == '-' || e[-(ptrdiff_t)k - 1] == '_'))
            return 1;
    }
    return 0;
}

static unsigned
class_hints(const bs_node *n)
{
    const char *parts[2];
    unsigned hints = 0;
    size_t k;

    parts[0] = bs_node_attr(n, BS_ATTR_CLASS);
    parts[1] = bs_node_attr(n, BS_ATTR_ID);
    for (k = 0; k < 2; k++) {
        const char *p;
        for (p = parts[k]; p != NULL && *p; p++) {
            switch (*p | 0x20) {
            case 'a':
                /* (not "authorization", "authorised", "authority";
                   "authorItem" is the author's) */
                if (at_ci(p, "author") &&
                    !(p[6] == 'i' &&
                      (p[7] == 'z' || p[7] == 's' || p[7] == 't')) &&
                    !post_class(parts[k], p) && !states_has(parts[k], p)) {
                    const char *q = p + 6;
                    hints |= HINT_AUTHOR;
                    /* "author-name", "authorName", "author__name" */
                    while (*q == '-' || *q == '_')
                        q++;
                    if (q - p <= 8 && at_ci(q, "name"))
                        hints |= HINT_BYLINE;
                    /* what is said of the author: "author-description",
                       "author__position", "author-title", "author-tooltip" */
                    else if (q - p <= 8 &&
                             (at_ci(q, "desc") || at_ci(q, "position") ||
                              at_ci(q, "title") || at_ci(q, "role") ||
                              at_ci(q, "job") || at_ci(q, "tooltip")))
                        hints |= HINT_NOT_AUTHOR;
                } else if (at_ci(p, "autor") && !at_ci(p, "autoref") &&
                           !at_ci(p, "autoresiz") && !at_ci(p, "autorot") &&
                           !at_ci(p, "autorun") && !at_ci(p, "autorenew")) {
                    /* ("autorefs", "autoresize": something automatic) */
                    hints |= HINT_AUTHOR;
                } else if (at_ci(p, "avatar")) {
                    hints |= HINT_NOT_AUTHOR;
                } else if (at_ci(p, "article-meta")) {
                    hints |= HINT_DATE;
                }
                break;
            case 'b':
                if (at_ci(p, "byline"))
                    hints |= HINT_BYLINE;
                else if (at_ci(p, "bio"))
                    hints |= HINT_NOT_AUTHOR;
                break;
            case 'd':
                if (at_ci(p, "date") || at_ci(p, "datum") ||
                    at_ci(p, "data-pub"))
                    hints |= HINT_DATE;
                break;
            case 'e':
                if (at_ci(p, "entry-meta"))
                    hints |= HINT_DATE;
                break;
            case 'f':
                if (at_ci(p, "fecha"))
                    hints |= HINT_DATE;
                break;
            case 'i':
                if (at_ci(p, "image"))
                    hints |= HINT_NOT_AUTHOR;
                break;
            case 'm':
                /* the word "meta" ("article__header__meta", "post-meta
                   item"): a line of facts, the date among them */
                if (at_ci(p, "meta") &&
                    (p == parts[k] || p[-1] == '-' || p[-1] == '_' ||
                     bs_is_space((unsigned char)p[-1])) &&
                    !((p[4] | 0x20) >= 'a' && (p[4] | 0x20) <= 'z'))
                    hints |= HINT_DATE;
                break;
            case 'p':
                if (at_ci(p, "photo"))
                    hints |= HINT_NOT_AUTHOR;
                else if (at_ci(p, "posted") || at_ci(p, "publish") ||
                         at_ci(p, "post-meta"))
                    hints |= HINT_DATE;
                else if (at_ci(p, "postuser"))
                    hints |= HINT_USER;
                break;
            case 's':
                if (at_ci(p, "submitted"))
                    hints |= HINT_AUTHOR;
                break;
            case 't':
                if (at_ci(p, "time"))
                    hints |= HINT_DATE;
                break;
            case 'u':
                if (at_ci(p, "username") || at_ci(p, "user-name"))
                    hints |= HINT_USER;
                else if (at_ci(p, "usertitle") || at_ci(p, "user-title"))
                    hints |= HINT_USER_TITLE;
                break;
            default:
                break;
            }
        }
    }
    return hints;
}

/* Does the class or the id of n hold one of `words` (lower case, any
   case in the attribute)? */
static int
names_any(const bs_node *n, const char *const *words, size_t count)
{
    const char *parts[2];
    size_t i, k;

    parts[0] = bs_node_attr(n, BS_ATTR_CLASS);
    parts[1] = bs_node_attr(n, BS_ATTR_ID);
    for (k = 0; k < 2; k++)
        for (i = 0; parts[k] != NULL && i < count; i++)
            if (bs_strcasestr_n(parts[k], strlen(parts[k]), words[i]))
                return 1;
    return 0;
}

/* Is n in a comment: has it, or one of its ancestors, a class or id
   naming one ("comment-author", "commentlist", "recentcomments")?  Its
   author is a reader. */
int
bs_in_comment(const bs_node *n)
{
    static const char *const words[] = {"comment"};
    int depth;

    for (depth = 0; n != NULL && depth < 12 && n->tag != BS_TAG_BODY;
         n = n->parent, depth++)
        if (names_any(n, words, 1))
            return 1;
    return 0;
}

/* Is `word` one of the words of a class or id, split at white space, "-"
   and "_" ("dropdown-menu", "sub-menu-item", "nav_main")? */
static int
has_word(const char *cls, const char *word)
{
    size_t k = strlen(word);

    while (*cls) {
        size_t len = 0;
        while (*cls == '-' || *cls == '_' || bs_is_space((unsigned char)*cls))
            cls++;
        while (cls[len] && cls[len] != '-' && cls[len] != '_' &&
               !bs_is_space((unsigned char)cls[len]))
            len++;
        if (len == k && bs_ci_eq(cls, word, k))
            return 1;
        cls += len;
    }
    return 0;
}

/* Is n in a menu: a <nav>, an element of role navigation or menu, or one
   whose class or id names a menu ("nav", "navbar", "navigation", "menu",
   "menu-authors")?  A menu of the site's authors names no article's. */
static int
in_menu(const bs_node *n)
{
    static const char *const names[] = {"nav", "navbar", "navigation",
                                        "menu"};
    int depth;

    for (depth = 0; n != NULL && depth < 8; n = n->parent, depth++) {
        const char *role = bs_node_attr(n, BS_ATTR_ROLE);
        const char *parts[2];
        size_t i, k;

        if (n->tag == BS_TAG_NAV || n->tag == BS_TAG_BODY)
            return n->tag == BS_TAG_NAV;
        if (role != NULL && (strcmp(role, "navigation") == 0 ||
                             strcmp(role, "menu") == 0 ||
                             strcmp(role, "menubar") == 0))
            return 1;
        parts[0] = bs_node_attr(n, BS_ATTR_CLASS);
        parts[1] = bs_node_attr(n, BS_ATTR_ID);
        for (k = 0; k < 2; k++)
            for (i = 0; parts[k] != NULL && i < sizeof(names) / sizeof(names[0]);
                 i++)
                if (has_word(parts[k], names[i]))
                    return 1;
    }
    return 0;
}

/* Does a class name a list of related stories ("related-posts",
   "yarpp-related")?  A script's hook ("js-truncate-related-to-my-size")
   does not, nor a post's tag or category ("tag-work-related"). */
static int
names_related(const char *cls)
{
    char tok[64];
    const char *c;
    size_t len;

    while ((c = bs_class_next(&cls, &len)) != NULL)
        if (len < sizeof(tok) && !bs_starts_ci(c, len, "js-") &&
            !bs_starts_ci(c, len, "js_") && !bs_starts_ci(c, len, "tag-") &&
            !bs_starts_ci(c, len, "category-") &&
            !bs_starts_ci(c, len, "post_tag-")) {
            memcpy(tok, c, len);
            tok[len] = '\0';
            if (has_word(tok, "related"))
                return 1;
        }
    return 0;
}

/* Is n inside a teaser of another page (an element whose class names a
   "teaser" or related stories, and no author: "teaser-box author" is the
   page's author's box; a card, BS_NF_CARD)?  Its author and its date are
   that page's. */
static int
in_teaser(const bs_node *n)
{
    int depth;

    for (depth = 0, n = n->parent; n != NULL && depth < 8;
         n = n->parent, depth++) {
        const char *cls = bs_node_attr(n, BS_ATTR_CLASS);

        if (n->tag == BS_TAG_BODY)
            return 0;
        if (cls != NULL && (has_word(cls, "teaser") || names_related(cls)))
            return !has_word(cls, "author");
        if (n->flags & BS_NF_CARD)
            return 1;
    }
    return 0;
}

/* Does n hold, or is it, a link to a tag's page (rel="tag")?  Looks at
   its first 32 elements. */
static int
holds_tag_links(const bs_node *n)
{
    const bs_node *m;
    int seen = 0;

    for (m = n; m != NULL && seen < 32; m = bs_node_next(m, n, 0)) {
        const char *rel;
        if (m->tag == BS_TAG_TEXT)
            continue;
        seen++;
        rel = m->tag == BS_TAG_A ? bs_node_attr(m, BS_ATTR_REL) : NULL;
        if (rel != NULL && bs_rel_has(rel, "tag"))
            return 1;
    }
    return 0;
}

/* Is the element `item` a row of a list, its byline's line and links
   alone: outside the line that holds `label` (its parent), at most a few
   bytes of text that no link holds (separators, "|")?  A post of a thread
   holds text of its own. */
static int
row_item(const bs_node *item, const bs_node *label)
{
    const bs_node *line = label->parent, *m = item;
    size_t own = 0;
    int seen = 0;

    while (m != NULL) {
        int skip = m == line || m->tag == BS_TAG_A;
        /* (a row is small) */
        if (++seen > ROW_NODES_MAX)
            return 0;
        if (m->tag == BS_TAG_TEXT) {
            size_t k;
            (void)bs_text_trimmed(m, &k);
            if ((own += k) > ITEM_OWN_TEXT_MAX)
                return 0;
        }
        m = bs_node_next(m, item, skip);
    }
    return 1;
}

/* The first text after the node `label` that is not blank, trimmed; NULL
   when none follows within `within`. */
static const bs_node *
text_after(const bs_node *label, const bs_node *within, const char **t,
           size_t *len)
{
    const bs_node *m = label;

    while ((m = bs_node_next(m, within, 0)) != NULL) {
        if (m->tag != BS_TAG_TEXT)
            continue;
        *t = bs_text_trimmed(m, len);
        if (*len > 0)
            return m;
    }
    return NULL;
}

/* The text node in `item` (its first ROW_NODES_MAX nodes) that is the
   label [t, t + len), spaces around it aside, or NULL. */
static const bs_node *
label_in(const bs_node *item, const char *t, size_t len)
{
    const bs_node *m;
    int seen = 0;

    for (m = item; m != NULL && seen < ROW_NODES_MAX;
         m = bs_node_next(m, item, 0), seen++) {
        const char *s;
        size_t k;
        if (m->tag != BS_TAG_TEXT)
            continue;
        s = bs_text_trimmed(m, &k);
        if (k == len && bs_ci_eq(s, t, len))
            return m;
    }
    return NULL;
}

/* Is the byline label n one of a list's items' ("1 point by <a>jane</a>
   | 2 comments" in each row of a page of links)?  An element holding it,
   up to four levels up, has two siblings or more of its tag and class
   that hold the same label, all of them rows (row_item: a forum's posts,
   whose first byline names the thread's author, hold text of their
   own), and another name follows it in one of them: the names are the
   rows' authors, not the page's.  (The same name after each, "More by
   Jane Doe", is the author the page is about.) */
static int
repeated_label(const bs_node *n)
{
    const char *name;
    size_t len, name_len;
    const char *t = bs_text_trimmed(n, &len);
    const bs_node *a;
    int up;

    if (len == 0)
        return 0;
    for (a = n->parent, up = 0; a != NULL && up < 4 && a->tag != BS_TAG_BODY;
         a = a->parent, up++) {
        const char *cls = bs_node_attr(a, BS_ATTR_CLASS);
        const bs_node *s;
        int same = 0, other = 0, seen = 0;

        if (!row_item(a, n))
            return 0;
        if (text_after(n, a, &name, &name_len) == NULL)
            continue;
        for (s = a->parent != NULL ? a->parent->first : NULL;
             s != NULL && seen < 200; s = s->next, seen++) {
            const bs_node *l;
            const char *c, *nm;
            size_t nl;

            if (s == a || s->tag != a->tag)
                continue;
            c = bs_node_attr(s, BS_ATTR_CLASS);
            if ((cls == NULL) != (c == NULL) ||
                (cls != NULL && strcmp(cls, c) != 0) ||
                (l = label_in(s, t, len)) == NULL)
                continue;
            /* (one item with text of its own, a post, makes them a
               thread's) */
            if (!row_item(s, l))
                return 0;
            same++;
            if (text_after(l, s, &nm, &nl) != NULL &&
                !(nl == name_len && memcmp(nm, name, nl) == 0))
                other = 1;
        }
        if (same >= 2 && other)
            return 1;
    }
    return 0;
}

/* Is n in the page's footer: a <footer>, or an element whose class or id
   has the word "footer", that no <article> or <main> holds?  The site's
   own lines live there ("By Acme Hotels"), not the article's byline. */
static int
in_page_footer(const bs_node *n)
{
    const bs_node *f = NULL;
    int depth;

    for (depth = 0; n != NULL && depth < 16 && n->tag != BS_TAG_BODY;
         n = n->parent, depth++) {
        const char *cls, *id;
        if (n->tag == BS_TAG_ARTICLE || n->tag == BS_TAG_MAIN)
            return 0;
        if (f != NULL)
            continue;
        cls = bs_node_attr(n, BS_ATTR_CLASS);
        id = bs_node_attr(n, BS_ATTR_ID);
        if (n->tag == BS_TAG_FOOTER ||
            (cls != NULL && has_word(cls, "footer")) ||
            (id != NULL && has_word(id, "footer")))
            f = n;
    }
    return f != NULL;
}

/* Does one of the words of a class name a quotation: a testimonial, a
   quote ("CustomerQuotes_card"; not a blog's "format-quote" for a whole
   post), a customer's author ("customers_author-wrapper")? */
static int
quotation_class(const char *cls)
{
    const char *p, *name;
    size_t len;

    /* (most classes hold none of the words: one look at the letters they
       open with first) */
    for (p = cls; *p != '\0'; p++) {
        char c = (char)(*p | 0x20);
        if ((c == 'q' && at_ci(p, "quote")) ||
            (c == 't' && at_ci(p, "testimonial")) ||
            (c == 'c' && at_ci(p, "customer")))
            break;
    }
    if (*p == '\0')
        return 0;
    while ((name = bs_class_next(&cls, &len)) != NULL)
        if (bs_strcasestr_n(name, len, "testimonial") ||
            (bs_strcasestr_n(name, len, "quote") &&
             !bs_strcasestr_n(name, len, "format-quote")) ||
            (bs_strcasestr_n(name, len, "customer") &&
             bs_strcasestr_n(name, len, "author")))
            return 1;
    return 0;
}

/* Is n in a quotation: a <blockquote>, a customer's testimonial or
   quote ("testimonial__content", "CustomerQuotes_card",
   "customers_author-wrapper")? Its name is the one quoted, not the
   writer's. */
static int
in_quotation(const bs_node *n)
{
    int depth;

    for (depth = 0; n != NULL && depth < 9; n = n->parent, depth++) {
        const char *cls = bs_node_attr(n, BS_ATTR_CLASS);

        if (n->tag == BS_TAG_BODY)
            return 0;
        if (n->tag == BS_TAG_BLOCKQUOTE ||
            (cls != NULL && quotation_class(cls)))
            return 1;
    }
    return 0;
}

/* Is n in a work's licence note (a class "license-info", "licence"
   on it or on one of its two parents: "<div class=license-info><a
   href=creativecommons...></a><span class=author-name>Jane Doe</span>")?
   The author there is a picture's. */
static int
in_licence_note(const bs_node *n)
{
    static const char *const words[] = {"license", "licence"};
    int depth;

    for (depth = 0; n != NULL && depth < 3; n = n->parent, depth++)
        if (n->nattrs > 0 && names_any(n, BS_WORDS(words)))
            return 1;
    return 0;
}

/* Is n in a reader's comment, a teaser of another page, an item the page
   describes, a quotation or a licence note?  The names and dates there
   are not the article's. */
static int
other_page(const bs_node *n)
{
    return bs_in_comment(n) || in_teaser(n) || bs_in_described_item(n) ||
           in_quotation(n) || in_licence_note(n);
}

/* ... or in a menu: the names there are not the article's authors. */
static int
elsewhere(const bs_node *n)
{
    return in_menu(n) || other_page(n);
}

/* The element inside an author's element named for the name
   ("author__name" beside "author__position"), else n itself.  Looks at
   the first 32 elements inside. */
static const bs_node *
author_name_of(const bs_node *n)
{
    const bs_node *m;
    int seen = 0;

    for (m = bs_node_next(n, n, 0); m != NULL && seen < 32;
         m = bs_node_next(m, n, 0)) {
        if (m->tag == BS_TAG_TEXT || m->nattrs == 0)
            continue;
        seen++;
        if (class_hints(m) & HINT_BYLINE)
            return m;
    }
    return n;
}

/* The next element inside n after `name` (and outside it) of name's
   class, as a list of authors repeats it, or NULL.  Looks at the next 64
   elements. */
static const bs_node *
next_name_of(const bs_node *n, const bs_node *name)
{
    const char *cls = bs_node_attr(name, BS_ATTR_CLASS);
    const bs_node *m;
    int seen = 0;

    if (cls == NULL)
        return NULL;
    for (m = bs_node_next(name, n, 1); m != NULL && seen < 64;
         m = bs_node_next(m, n, 0)) {
        const char *c;
        if (m->tag == BS_TAG_TEXT || m->nattrs == 0)
            continue;
        seen++;
        c = bs_node_attr(m, BS_ATTR_CLASS);
        if (c != NULL && strcmp(c, cls) == 0)
            return m;
    }
    return NULL;
}

/* Is n a dialog (<dialog>, role=dialog or alertdialog)? */
static int
is_dialog(const bs_node *n)
{
    const char *role = bs_node_attr(n, BS_ATTR_ROLE);

    return n->tag == BS_TAG_DIALOG ||
           (role != NULL && (strcmp(role, "dialog") == 0 ||
                             strcmp(role, "alertdialog") == 0));
}

/* Is n a dialog or inside one, below the <body>, <main> or <article>? */
static int
in_dialog(const bs_node *n)
{
    for (; n != NULL && n->tag != BS_TAG_BODY && n->tag != BS_TAG_MAIN &&
           n->tag != BS_TAG_ARTICLE;
         n = n->parent)
        if (is_dialog(n))
            return 1;
    return 0;
}

/* Is n inside a dialog or a cookie notice (<dialog>, role=dialog, a class
   or id naming cookies or consent)?  Its heading names no page. */
static int
in_notice(const bs_node *n)
{
    static const char *const words[] = {"cookie", "consent", "gdpr"};

    for (n = n->parent; n != NULL && n->tag != BS_TAG_BODY &&
                        n->tag != BS_TAG_MAIN && n->tag != BS_TAG_ARTICLE;
         n = n->parent) {
        if (is_dialog(n))
            return 1;
        if (names_any(n, words, sizeof(words) / sizeof(words[0])))
            return 1;
    }
    return 0;
}

/* Is n a form's field ("<fieldset class="form-item-user-name"><label>First
   Name:</label><input ...>", a comment form's "comment-form-author"): a
   <fieldset> or a <label>, or an element with a <label> among its first
   16 elements?  It asks for a name; it names no author.  (An author's box
   with a button in it, "Email the author", still names one.) */
static int
is_form_field(const bs_node *n)
{
    const bs_node *m;
    int seen = 0;

    if (n->tag == BS_TAG_FIELDSET)
        return 1;
    for (m = n; m != NULL && seen < 16; m = bs_node_next(m, n, 0)) {
        if (m->tag == BS_TAG_TEXT)
            continue;
        seen++;
        if (m->tag == BS_TAG_LABEL)
            return 1;
    }
    return 0;
}

/* Is [s, s + n) an account's button ("Sign in", "My account",
   "Anmelden", "Hi, My Account"), where a site's header shows the user
   who is logged in? */
static int
is_account_word(const char *s, size_t n)
{
    static const char *const words[] = {
        "sign in", "sign up", "log in", "login", "account", "my account",
        "your account", "anmelden", "einloggen", "konto", "mein konto",
        "connexion", "se connecter", "mon compte", "iniciar sesi\xc3\xb3n",
        "mi cuenta", "accedi", "inloggen", "zaloguj si\xc4\x99",
        /* the greeting before the name */
        "hi", "hello", "hallo"};

    while (n > 0 && bs_is_space((unsigned char)*s))
        s++, n--;
    /* (or "Hi, My Account") */
    return bs_word_among(s, n, BS_WORDS(words), 1) > 0 ||
           bs_strcasestr_n(s, n, "my account") != 0;
}

/* A user's rank ("Member") follows the user's name: the text of the
   nearest element before the rank with text, at most three elements back,
   passing a user's state ("Offline"), into b (empty when none). */
static void
name_before_rank(bs_doc *doc, const bs_node *rank, bs_buf *b)
{
    static const char *const status[] = {"online", "offline", "status"};
    const bs_node *u;
    int steps = 0;

    bs_buf_clear(b);
    for (u = rank->prev; u != NULL && b->len == 0 && steps < 3; u = u->prev) {
        if (u->tag == BS_TAG_TEXT)
            continue;
        steps++;
        if (!names_any(u, BS_WORDS(status))) {
            node_text_to(doc, u, b);
            bs_buf_rtrim(b);
        }
    }
}

/* Does a path, before its query, hold a year and a month
   ("/journalist/2012-06/01/story.htm", "/2019/05/")?  Under an author's
   section it is a story's address, no profile's ("/author/1842/jane-doe"
   and "/author/jane-doe/2019/" are profiles). */
static int
dated_path(const char *p)
{
    for (; *p != '\0' && *p != '?' && *p != '#'; p++)
        if (*p == '/' && (p[1] == '1' || p[1] == '2') && p[2] >= '0' &&
            p[2] <= '9' && p[3] >= '0' && p[3] <= '9' && p[4] >= '0' &&
            p[4] <= '9' && (p[5] == '/' || p[5] == '-' || p[5] == '_') &&
            ((p[6] == '0' && p[7] >= '1' && p[7] <= '9') ||
             (p[6] == '1' && p[7] >= '0' && p[7] <= '2')) &&
            (p[8] == '/' || p[8] == '-' || p[8] == '_'))
            return 1;
    return 0;
}

/* Does a class of cls end in the word "category" or "categories"
   ("byline__category"), or open with it and name an author or a byline
   too ("category-review-card_author"; not a post's "category-news")? */
static int
category_class(const char *cls)
{
    const char *c;
    size_t len, w;

    while ((c = bs_class_next(&cls, &len)) != NULL) {
        for (w = len; w > 0 && c[w - 1] != '-' && c[w - 1] != '_';)
            w--;
        if ((len - w == 8 && bs_ci_eq(c + w, "category", 8)) ||
            (len - w == 10 && bs_ci_eq(c + w, "categories", 10)))
            return 1;
        if (len > 9 && bs_ci_eq(c, "category", 8) &&
            (bs_strcasestr_n(c, len, "author") ||
             bs_strcasestr_n(c, len, "byline")))
            return 1;
    }
    return 0;
}

/* Is the element a byline: 2 when it says so ("byline", rel=author), 1
   when it names an author ("author", a link to an author's page) outside
   a menu. */
static int
is_byline_node(const bs_node *n, unsigned hints)
{
    const char *rel = bs_node_attr(n, BS_ATTR_REL);
    const char *ip = bs_node_attr(n, BS_ATTR_ITEMPROP);

    if (rel != NULL && bs_rel_has(rel, "author"))
        return 2;
    /* (<span class="news-list-author" itemprop="headline">: the item says
       what it holds) */
    if (ip != NULL && (key_eq(ip, "headline") || key_eq(ip, "description") ||
                       key_eq(ip, "datepublished") ||
                       key_eq(ip, "articlesection") || key_eq(ip, "keywords")))
        return 0;
    /* A link to an author page: /author/jane-doe, /autor/..., /by/... */
    if (n->tag == BS_TAG_A) {
        const char *href = bs_node_attr(n, BS_ATTR_HREF), *a;
        if (href != NULL) {
            for (a = strstr(href, "/au"); a != NULL; a = strstr(a + 3, "/au")) {
                if ((at_ci(a, "/author/") || at_ci(a, "/authors/") ||
                     at_ci(a, "/autor/") || at_ci(a, "/autoren/") ||
                     at_ci(a, "/auteur/")) &&
                    !dated_path(a + 1))
                    return elsewhere(n) ? 0 : 1;
            }
            a = strstr(href, "/journalist/");
            if (a != NULL && !dated_path(a + 1))
                return elsewhere(n) ? 0 : 1;
        }
    }
    if (!(hints & (HINT_BYLINE | HINT_AUTHOR)) || is_form_field(n) ||
        in_dialog(n))
        return 0;
    /* (a byline's category, "byline__category", names no one; nor a
       card of a category's, "category-review-card_author"; a post's
       "category-news" beside "byline" leaves it a byline) */
    if (category_class(bs_node_attr(n, BS_ATTR_CLASS)))
        return 0;
    if (hints & HINT_BYLINE)
        return other_page(n) ? 0 : 2;
    if (!(hints & HINT_NOT_AUTHOR))
        return elsewhere(n) ? 0 : 1;
    return 0;
}

/* By <a>Jane Doe</a> und <a>John Roe</a>, Autor: <a>Dr.</a> Jane Doe: the
   rest of the line of an inline element that holds a name, up to the next
   <br> or block, appended to `b` when it holds words alone (no digit,
   no colon: not "on 3 May", "3:21pm"). */
static void
name_line_rest(const bs_node *n, bs_buf *b)
{
    size_t keep = b->len, i;
    const bs_node *m;
    int gap = 0; /* white space ended the last piece (the reader trims it) */

    if (n->tag == BS_TAG_TEXT ||
        (bs_tag_flags((bs_tag)n->tag) & BS_TF_BLOCK))
        return;
    for (m = n->next; m != NULL && b->len <= 60 && m->tag != BS_TAG_BR &&
                      (m->tag == BS_TAG_TEXT ||
                       !(bs_tag_flags((bs_tag)m->tag) &
                         (BS_TF_BLOCK | BS_TF_SKIP)));
         m = m->next) {
        if (m->flags & (BS_NF_REMOVED | BS_NF_UNSEEN))
            continue;
        if (m->tag == BS_TAG_TEXT && m->len > 0 &&
            bs_is_space((unsigned char)m->text[0]))
            gap = 1;
        if (gap && b->len > 0 && b->ptr[b->len - 1] != ' ')
            bs_buf_putc(b, ' ');
        bs_node_text(m, b);
        gap = m->tag == BS_TAG_TEXT && m->len > 0 &&
              bs_is_space((unsigned char)m->text[m->len - 1]);
    }
    for (i = keep; i < b->len; i++)
        if ((b->ptr[i] >= '0' && b->ptr[i] <= '9') || b->ptr[i] == ':') {
            bs_buf_truncate(b, keep);
            break;
        }
}

/* The rest of an author's link's line (name_line_rest()) when it goes on
   with more names: another link after a comma, "&" or "and" ("<a>Jane
   Doe</a> &amp; <a>John Roe</a>"; not a forum's "<a>janedoe</a>
   <em>Greenhorn</em>", nor "<a>Jane Doe</a>, The Daily Planet"). */
static void
more_names_rest(const bs_node *n, bs_buf *b)
{
    static const char *const joins[] = {",", "&", "and ", "und ", "y ",
                                        "et ", "e "};
    size_t keep = b->len, i, k;
    const bs_node *m;
    int links = 0, steps;

    for (m = n->next, steps = 0; m != NULL && steps < 8 && !links &&
                                 m->tag != BS_TAG_BR &&
                                 !(bs_tag_flags((bs_tag)m->tag) &
                                   BS_TF_BLOCK);
         m = m->next, steps++)
        links = m->tag == BS_TAG_A ||
                (m->tag != BS_TAG_TEXT && m->first != NULL &&
                 m->first->tag == BS_TAG_A);
    if (!links)
        return;
    name_line_rest(n, b);
    if (b->len == keep)
        return;
    for (i = keep; i < b->len && b->ptr[i] == ' '; i++)
        ;
    for (k = 0; k < sizeof(joins) / sizeof(joins[0]); k++)
        if (bs_starts_ci(b->ptr + i, b->len - i, joins[k]))
            return;
    bs_buf_truncate(b, keep);
}

/* A byline's label and name stand on a line, not in a paragraph of
   prose: bytes of text at most after the name. */
#define LABEL_LINE_MAX 100

/* Does the text after a name go on as a sentence: its first word in
   small letters, or a comma or a full stop first? */
static int
goes_on_as_prose(const char *s)
{
    while (*s != '\0' && bs_is_space((unsigned char)*s))
        s++;
    return (*s >= 'a' && *s <= 'z') || *s == ',' || *s == '.';
}
/* The <h1>s and <h2>s kept for choosing the title. */
#define MAX_H1 8
/* The headings kept that end with a quotation. */
#define MAX_QUOTING 4

/* '5 thoughts on "Headline"', 'Ein Gedanke zu "Headline"': keeps the
   text of an <h2> or <h3> that ends with a quotation, wherever it is on
   the page (a comment section's heading comes after the sidebar's), at
   most MAX_QUOTING of them. */
static void
quoting_heading(bs_doc *doc, const bs_node *n, bs_buf *tmp,
                const char **quoting, size_t *nquoting)
{
    const bs_node *leaf = n;
    size_t k;

    if (*nquoting >= MAX_QUOTING || bs_node_is_removed(n) || in_notice(n))
        return;
    /* (the last text of the heading told first, cheaply: most headings
       end with no quotation mark) */
    while (leaf->last != NULL)
        leaf = leaf->last;
    if (leaf->tag == BS_TAG_TEXT) {
        k = leaf->len;
        while (k > 0 && bs_is_space((unsigned char)leaf->text[k - 1]))
            k--;
        if (k > 0 && bs_ends_quote(leaf->text, k) == 0)
            return;
    }
    heading_text_to(n, tmp);
    bs_buf_rtrim(tmp);
    if (!tmp->failed && tmp->len > 0 && tmp->len < 400 &&
        bs_ends_quote(tmp->ptr, tmp->len) > 0)
        quoting[(*nquoting)++] =
            bs_arena_strndup(&doc->arena, tmp->ptr, tmp->len);
}

/* WordPress marks a reader's comment that the post's author wrote
   ("bypostauthor"); its name ("fn", the vCard's formatted name) names the
   author of a post that names nobody else. */
static void
post_author(bs_doc *doc, bs_meta *meta, const bs_node *n, bs_buf *tmp)
{
    const char *cls = bs_node_attr(n, BS_ATTR_CLASS);
    const bs_node *m, *name = NULL, *author = NULL;
    int seen = 0;

    /* (WordPress writes it in lower case) */
    if (cls == NULL || strstr(cls, "bypostauthor") == NULL ||
        !has_class(cls, "bypostauthor"))
        return;
    meta->post_author = ""; /* the first such comment only */
    /* the "fn", else a "comment-author" element that holds the name
       alone, in the first 32 elements, not in a reply to the comment */
    for (m = n->first; m != NULL && name == NULL && seen < 32;) {
        const char *c = bs_node_attr(m, BS_ATTR_CLASS);
        int reply = 0;
        if (m->tag != BS_TAG_TEXT)
            seen++;
        if (c != NULL && has_class(c, "fn"))
            name = m;
        else if (c != NULL && author == NULL &&
                 has_class(c, "comment-author"))
            author = m;
        else if (c != NULL &&
                 (has_class(c, "children") || has_class(c, "comment")))
            reply = 1;
        m = bs_node_next(m, n, reply);
    }
    if (name == NULL)
        name = author;
    if (name == NULL)
        return;
    node_text_to(doc, name, tmp);
    bs_buf_rtrim(tmp);
    if (tmp->len >= 2 && tmp->len <= 40 &&
        memchr(tmp->ptr, '\n', tmp->len) == NULL)
        meta->post_author = bs_arena_strndup(&doc->arena, tmp->ptr, tmp->len);
}

/* A description that is the site's name ("Glossier"), or a blog host's
   stand-in for a missing excerpt ("Visit the post for more."), describes
   nothing. */
static void
description_says_something(bs_meta *meta)
{
    const char *d = meta->value[BS_FIELD_DESCRIPTION];
    const char *site = meta->value[BS_FIELD_SITE_NAME];

    if (d == NULL)
        return;
    if ((site != NULL && bs_same_words(d, site)) ||
        bs_same_words(d, "Visit the post for more.")) {
        meta->value[BS_FIELD_DESCRIPTION] = NULL;
        meta->source[BS_FIELD_DESCRIPTION] = NULL;
        meta->prio[BS_FIELD_DESCRIPTION] = 0;
    }
}

/* Does a form, a field or a button's id, name or class say it puts the
   product in the cart ("add-to-cart", "AddToCart", "add_to_bag")? */
static int
adds_to_cart(const bs_node *n)
{
    static const char *const words[] = {"add-to-cart", "addtocart",
                                        "add_to_cart", "add-to-bag",
                                        "addtobag", "add_to_bag"};
    static const bs_attr_id attrs[] = {BS_ATTR_ID, BS_ATTR_NAME,
                                       BS_ATTR_CLASS};
    size_t i, j;

    if (n->tag != BS_TAG_FORM && n->tag != BS_TAG_INPUT &&
        n->tag != BS_TAG_BUTTON)
        return 0;
    for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++) {
        const char *v = bs_node_attr(n, attrs[i]);
        size_t k = v != NULL ? strlen(v) : 0;
        for (j = 0; j < sizeof(words) / sizeof(words[0]) && k > 0; j++)
            if (bs_strcasestr_n(v, k, words[j]))
                return 1;
    }
    return 0;
}

/* Does the page offer a product for sale: og:type "product" (or
   "product.item", "og:product"), an item of schema.org's Product type in
   its markup, or a control that adds the product to the cart?  (JSON-LD's
   Product is read by bs_jsonld_collect.) */
static int
sells_product(const bs_doc *doc)
{
    size_t i;

    for (i = 0; i < doc->nnodes; i++) {
        const bs_node *n = bs_doc_node(doc, i);
        const char *v, *t;

        if (n->tag == BS_TAG_TEXT)
            continue;
        if (n->tag == BS_TAG_META) {
            v = bs_node_attr(n, BS_ATTR_PROPERTY);
            t = bs_node_attr(n, BS_ATTR_CONTENT);
            if (v != NULL && t != NULL && key_eq(v, "og:type") &&
                (bs_ci_eq(t, "product", 7) || bs_ci_eq(t, "og:product", 10)))
                return 1;
        } else if (bs_node_attr(n, BS_ATTR_ITEMSCOPE) != NULL &&
                   (t = bs_node_attr(n, BS_ATTR_ITEMTYPE)) != NULL) {
            size_t k = strlen(t);
            if (k >= 8 && strcmp(t + k - 8, "/Product") == 0)
                return 1;
        }
        if (adds_to_cart(n))
            return 1;
    }
    return 0;
}

bs_status
bs_meta_collect(bs_doc *doc, const bs_options *opts, bs_meta *meta)
{
    bs_node *n;
    bs_buf tmp = BS_BUF_INIT;
    const char *title_tag = NULL, *logo = NULL;
    int author_label[5] = {0, 0, 0, 0, 0};
    int byline_found = 0, time_found = 0, date_found = 0, generic;
    int label_checks = 0;
    int based = 0;
    const char *time_date = NULL, *rank_user = NULL;
    char iso[32];
    const char *h1[MAX_H1], *h2[MAX_H1], *quoting[MAX_QUOTING];
    const bs_node *first_h1 = NULL;
    size_t nh1 = 0, nh2 = 0, nquoting = 0;

    meta->base_url = opts->url;
    meta->page_url = opts->url != NULL && opts->url[0] ? opts->url : NULL;
    if (opts->url != NULL && opts->url[0])
        bs_meta_set(doc, meta, BS_FIELD_URL, 1, "given", opts->url,
                    strlen(opts->url));

    /* <base href> first (the first one): every link of the page depends
       on it. */
    for (n = doc->root; n != NULL; n = bs_node_next(n, doc->root, 0)) {
        /* JSON-LD in a meta tag, as some frameworks write it: <meta
           name="script:ld+json" content="{&quot;@type&quot;: ...}"> */
        if (n->tag == BS_TAG_META) {
            const char *name = bs_node_attr(n, BS_ATTR_NAME);
            const char *content = bs_node_attr(n, BS_ATTR_CONTENT);
            if (name != NULL && content != NULL &&
                strlen(name) == 14 && bs_ci_eq(name, "script:ld+json", 14))
                (void)bs_doc_add_jsonld(doc, content, strlen(content));
        }
        if (n->tag == BS_TAG_BASE && !based) {
            const char *href = bs_node_attr(n, BS_ATTR_HREF);

            based = 1;
            if (href != NULL && href[0]) {
                bs_buf b = BS_BUF_INIT;
                if (bs_url_resolve(opts->url, href, strlen(href), &b) &&
                    !b.failed)
                    meta->base_url =
                        bs_arena_strndup(&doc->arena, b.ptr, b.len);
                bs_buf_free(&b);
            }
        }
        if (n->tag == BS_TAG_BODY)
            break;
    }

    bs_jsonld_collect(doc, meta);
    if (sells_product(doc))
        meta->sells = 1;
    mark_cards(doc, meta);

    for (n = doc->root; n != NULL;) {
        int skip = 0;
        size_t names, at;
        const char *ip;

        switch (n->tag) {
        case BS_TAG_TEXT:
            /* "Written by" | "By" followed by an element with the name:
               <p>Written by</p><p>Jane Doe</p>, By <a>Jane Doe</a>. */
            /* (a table's header cell, "by <a>Region</a>", heads a
               row, it signs nothing; a form's choice, "<option>Author",
               neither) */
            if (byline_found < 1 && n->len > 0 && n->len <= 24 &&
                (bs_is_byline_label(n->text, n->len) ||
                 colon_label(n->text, n->len)) &&
                !bs_node_is_removed(n) && !bs_in_comment(n) &&
                !bs_in_described_item(n) && !bs_in_code(n) &&
                !(n->parent != NULL &&
                  (n->parent->tag == BS_TAG_TH ||
                   (bs_tag_flags((bs_tag)n->parent->tag) & BS_TF_SKIP))) &&
                /* (a page whose first LABEL_CHECKS_MAX labels gave no
                   byline is a list's rows: no more are read) */
                ++label_checks <= LABEL_CHECKS_MAX && !repeated_label(n)) {
                const bs_node *next = n->next, *cur = n;
                int up;
                /* <p><strong>By</strong></p><p>Jane Doe</p>: up through
                   elements that hold the label alone */
                for (up = 0; up < 4; up++) {
                    while (next != NULL && next->tag == BS_TAG_TEXT &&
                           only_space(next->text, next->len))
                        next = next->next;
                    if (next != NULL || up == 3 || cur->parent == NULL ||
                        !bs_only_child(cur) || cur->parent->tag == BS_TAG_A ||
                        cur->parent->tag == BS_TAG_LI)
                        break;
                    cur = cur->parent;
                    next = cur->next;
                }
                /* "<b>Von:</b><br><br>Jane Doe": a blank line between
                   the label and the name; the name's line follows the
                   last <br> */
                while (next != NULL && next->tag == BS_TAG_BR) {
                    const bs_node *b = next->next;
                    while (b != NULL && b->tag == BS_TAG_TEXT &&
                           only_space(b->text, b->len))
                        b = b->next;
                    if (b == NULL || b->tag != BS_TAG_BR)
                        break;
                    next = b;
                }
                /* (a label known only with its colon, "Von:", "By:",
                   needs the name on the next line of its block, after a
                   <br>: on a listing, a card's "By: <b>Jane Doe</b>,
                   Counselor" names a speaker, "<p>By:</p><p><a>Harbour
                   Council</a></p>" a publisher) */
                if (!bs_is_byline_label(n->text, n->len) &&
                    (next == NULL || next->tag != BS_TAG_BR))
                    next = NULL;
                /* (a sentence's "written by <a>Jane Doe</a> in C. It
                   implements ...": the prose going on after the name, in
                   small letters or after a comma or a full stop; not the
                   byline's own line going on after a separator, "By
                   <b>Jane Doe</b> | Published March 5, 2024 | ...") */
                if (next != NULL && next->next != NULL &&
                    next->next->tag == BS_TAG_TEXT &&
                    next->next->len > LABEL_LINE_MAX &&
                    goes_on_as_prose(next->next->text))
                    next = NULL;
                /* (the post's tags after a "By" label, rel="tag" links,
                   name nobody) */
                if (next != NULL && !holds_tag_links(next)) {
                    node_text_to(doc, next, &tmp);
                    /* By <div><a>Jane Doe</a><div>a tooltip's bio</div>
                       </div>: the link that opens it */
                    if (tmp.len > 60 && next->tag != BS_TAG_TEXT) {
                        const bs_node *f = next->first;
                        while (f != NULL && f->tag == BS_TAG_TEXT &&
                               only_space(f->text, f->len))
                            f = f->next;
                        if (f != NULL && f->tag == BS_TAG_A) {
                            next = f;
                            node_text_to(doc, next, &tmp);
                        }
                    }
                    name_line_rest(next, &tmp);
                    /* a table's "by<br>population<br>group": a line
                       broken after the word names nobody in lower case */
                    if (next->tag == BS_TAG_BR && tmp.len > 0 &&
                        tmp.ptr[0] >= 'a' && tmp.ptr[0] <= 'z')
                        bs_buf_clear(&tmp);
                    /* (the page footer's "by" line credits the site's
                       makers: kept as no byline of the article's) */
                    if (tmp.len > 0 && tmp.len <= 60 && !in_page_footer(n))
                        bs_meta_keep_byline(doc, meta, tmp.ptr, tmp.len);
                    if (tmp.len > 0 && tmp.len <= 60 &&
                        bs_meta_add_authors(doc, meta, BS_PRIO_BYLINE,
                                            "byline", tmp.ptr, tmp.len) > 0)
                        byline_found++;
                }
            } else if (byline_found < 1 && n->len > 6 && n->len <= 80 &&
                       (names = bs_byline_text_names(n->text, n->len, &at,
                                                     meta->now)) >
                           0 &&
                       !bs_node_is_removed(n) && !in_menu(n) &&
                       !bs_in_comment(n) && !in_page_footer(n)) {
                if (bs_meta_add_authors(doc, meta, BS_PRIO_BYLINE - 1,
                                        "byline", n->text + at, names) > 0)
                    byline_found++;
            } else if (n->len >= 8 && n->len < 160) {
                copyright_name(n->text, n->len, &tmp);
                if (tmp.len > 0)
                    meta->copyright =
                        bs_arena_strndup(&doc->arena, tmp.ptr, tmp.len);
            }
            break;
        case BS_TAG_BYLINE:
            /* a news format's element for the byline (NITF's <byline>:
               "<byline>Von Jane Doe, dpa</byline>") */
            if (byline_found < 1 && !bs_node_is_removed(n) &&
                !elsewhere(n)) {
                bs_buf_clear(&tmp);
                bs_node_lines(n, &tmp);
                if (tmp.len > 0 && tmp.len <= 60) {
                    bs_meta_keep_byline(doc, meta, tmp.ptr, tmp.len);
                    if (bs_meta_add_authors(doc, meta, BS_PRIO_BYLINE,
                                            "byline", tmp.ptr, tmp.len) > 0)
                        byline_found++;
                }
            }
            break;
        case BS_TAG_HTML: {
            const char *lang = bs_node_attr(n, BS_ATTR_LANG);
            if (lang == NULL || *lang == '\0')
                lang = bs_node_attr(n, BS_ATTR_XML_LANG);
            if (lang != NULL)
                bs_meta_set(doc, meta, BS_FIELD_LANGUAGE, BS_PRIO_META + 5,
                            "meta", lang, strlen(lang));
            break;
        }
        case BS_TAG_TITLE:
            if (title_tag == NULL) {
                node_text_to(doc, n, &tmp);
                title_tag = bs_arena_strndup(&doc->arena, tmp.ptr, tmp.len);
            }
            skip = 1;
            break;
        case BS_TAG_META: {
            const char *key = bs_node_attr(n, BS_ATTR_PROPERTY);
            const char *content = bs_node_attr(n, BS_ATTR_CONTENT);
            const char *he = bs_node_attr(n, BS_ATTR_HTTP_EQUIV);
            const char *name = bs_node_attr(n, BS_ATTR_NAME);

            if (key != NULL)
                apply_rule(doc, meta, key, content, 0);
            if (name != NULL && (key == NULL || strcmp(name, key) != 0))
                apply_rule(doc, meta, name, content, 0);
            if (he != NULL && content != NULL &&
                key_eq(he, "content-language"))
                bs_meta_set(doc, meta, BS_FIELD_LANGUAGE, BS_PRIO_META,
                            "meta", content, strcspn(content, ",;"));
            twitter_label(doc, meta, name != NULL ? name : key, content,
                          author_label);
            break;
        }
        case BS_TAG_LINK: {
            const char *rel = bs_node_attr(n, BS_ATTR_REL);
            const char *href = bs_node_attr(n, BS_ATTR_HREF);
            if (rel != NULL && href != NULL) {
                if (bs_rel_has(rel, "canonical"))
                    bs_meta_set(doc, meta, BS_FIELD_URL, BS_PRIO_LINK, "meta",
                                href, strlen(href));
                else if (bs_rel_has(rel, "license"))
                    bs_meta_set(doc, meta, BS_FIELD_LICENSE, BS_PRIO_LINK,
                                "meta", href, strlen(href));
                else if (bs_rel_has(rel, "author") && meta->user_link == NULL)
                    meta->user_link = profile_name(doc, href);
            }
            break;
        }
        case BS_TAG_A: {
            const char *rel = bs_node_attr(n, BS_ATTR_REL);
            const char *href = bs_node_attr(n, BS_ATTR_HREF);
            if (rel != NULL && href != NULL && bs_rel_has(rel, "license"))
                bs_meta_set(doc, meta, BS_FIELD_LICENSE, BS_PRIO_LINK - 1,
                            "meta", href, strlen(href));
            break;
        }
        case BS_TAG_H1:
            if (is_logo_heading(meta, n)) {
                if (logo == NULL) {
                    node_text_to(doc, n, &tmp);
                    if (tmp.len > 0 && tmp.len < 100)
                        logo = bs_arena_strndup(&doc->arena, tmp.ptr,
                                                tmp.len);
                }
            } else if (nh1 < MAX_H1 && !bs_node_is_removed(n) &&
                       !in_notice(n) && !is_skip_heading(n)) {
                size_t k;
                heading_text_to(n, &tmp);
                /* the same heading again (a copy for small screens) is
                   still one */
                for (k = 0; k < nh1 && tmp.len > 0; k++)
                    if (h1[k] != NULL && strcmp(h1[k], tmp.ptr) == 0)
                        break;
                if (tmp.len > 0 && tmp.len < 400 && k == nh1)
                    h1[nh1++] = bs_arena_strndup(&doc->arena, tmp.ptr,
                                                 tmp.len);
                if (first_h1 == NULL && tmp.len > 0)
                    first_h1 = n;
            }
            break;
        case BS_TAG_H2:
            if (nh2 < MAX_H1 && !bs_node_is_removed(n) &&
                !is_logo_heading(meta, n) && !in_notice(n) &&
                !is_skip_heading(n)) {
                heading_text_to(n, &tmp);
                if (tmp.len > 0 && tmp.len < 400)
                    h2[nh2++] = bs_arena_strndup(&doc->arena, tmp.ptr,
                                                 tmp.len);
            }
            quoting_heading(doc, n, &tmp, quoting, &nquoting);
            break;
        case BS_TAG_H3:
            quoting_heading(doc, n, &tmp, quoting, &nquoting);
            break;
        case BS_TAG_TIME:
            /* (a reader's comment's, a teaser's or a menu's date is not
               the article's) */
            if (time_found < 1 && !bs_node_is_removed(n) && !elsewhere(n)) {
                const char *dt = bs_node_attr(n, BS_ATTR_DATETIME);
                if (dt == NULL) {
                    node_text_to(doc, n, &tmp);
                    dt = tmp.ptr;
                }
                if (bs_date_parse(dt, strlen(dt), iso, meta->now)) {
                    /* (a <time> just under the headline, or one a label
                       names the publication's, "Published <time>") */
                    int named = labelled_published(n);
                    set_date_near(doc, meta, BS_FIELD_DATE_PUBLISHED,
                                  BS_PRIO_TIME, "time", dt, strlen(dt),
                                  under_headline(first_h1, n) || named,
                                  named);
                    time_date = bs_arena_strndup(&doc->arena, dt, strlen(dt));
                    time_found++;
                }
            }
            break;
        default:
            break;
        }
        if (n->tag != BS_TAG_TEXT && n->nattrs > 0) {
            unsigned hints = byline_found < 1 || date_found < 1
                                 ? class_hints(n)
                                 : 0;
            ip = bs_node_attr(n, BS_ATTR_ITEMPROP);
            if (ip != NULL)
                microdata(doc, meta, n, ip, &tmp);
            if (n->tag != BS_TAG_META)
                rdfa_date(doc, meta, n);
            if (meta->post_author == NULL)
                post_author(doc, meta, n, &tmp);
            /* a thread's user: an element named for the user, or the one
               before a user's rank, kept for when none is */
            if ((hints & (HINT_USER | HINT_USER_TITLE)) &&
                !bs_node_is_removed(n) && !bs_in_comment(n) &&
                !is_form_field(n) && !in_menu(n)) {
                const char **user = NULL;
                if ((hints & HINT_USER) && meta->user == NULL) {
                    user = &meta->user;
                    node_text_to(doc, n, &tmp);
                } else if ((hints & HINT_USER_TITLE) && rank_user == NULL) {
                    user = &rank_user;
                    name_before_rank(doc, n, &tmp);
                }
                if (user != NULL) {
                    bs_buf_rtrim(&tmp);
                    if (tmp.len >= 2 && tmp.len <= 40 &&
                        !is_account_word(tmp.ptr, tmp.len))
                        *user = bs_arena_strndup(&doc->arena, tmp.ptr,
                                                 tmp.len);
                }
            }
            if (byline_found < 1 && n->tag != BS_TAG_META &&
                n->tag != BS_TAG_LINK && n->tag != BS_TAG_BODY &&
                n->tag != BS_TAG_HTML) {
                int kind = is_byline_node(n, hints);
                /* (an author's element that is one link to the home page
                   names the site: a blog's header "<h1 class="vcard
                   author"><a href="/">Harbour Blog</a></h1>") */
                if (kind > 0 && links_home(meta, n))
                    kind = 0;
                if (kind > 0) {
                    bs_buf_clear(&tmp);
                    bs_node_lines(n, &tmp);
                    if (tmp.len > 0 && tmp.len < 200) {
                        size_t tl = tmp.len;
                        char *t = bs_arena_strndup(&doc->arena, tmp.ptr, tl);
                        const bs_node *name = kind == 1 ? author_name_of(n)
                                                        : n;
                        /* an author's link, others after it on its line
                           ("<a>Jane Doe</a>, <a>John Roe</a> &amp;
                           <a>Ann Poe</a>"): the line, for
                           fuller_byline() */
                        if (n->tag == BS_TAG_A)
                            more_names_rest(n, &tmp);
                        bs_meta_keep_byline(doc, meta, tmp.ptr, tmp.len);
                        /* the names from the elements named for them
                           ("author__name" beside "author__position"),
                           one for each author the element lists */
                        if (name != n) {
                            int names = 0;
                            for (; name != NULL && names < 16;
                                 name = next_name_of(n, name), names++) {
                                bs_buf_clear(&tmp);
                                bs_node_lines(name, &tmp);
                                if (tmp.len > 0 &&
                                    bs_meta_add_authors(doc, meta,
                                                        BS_PRIO_BYLINE, "byline",
                                                        tmp.ptr, tmp.len) > 0)
                                    byline_found++;
                            }
                        } else if (t != NULL &&
                                   bs_meta_add_authors(doc, meta,
                                                       BS_PRIO_BYLINE,
                                                       "byline", t, tl) > 0) {
                            byline_found++;
                        }
                        /* "Updated January 8, 2026": a change's date */
                        if (t != NULL)
                            bs_meta_set(doc, meta, bs_text_date_field(t, tl),
                                        BS_PRIO_URL + 1, "byline", t, tl);
                        skip = byline_found > 0;
                    } else if (tmp.len >= 200) {
                        /* an author box: the name on its first line, the
                           bio after it */
                        const char *bar = strstr(tmp.ptr, " | ");
                        size_t k = bar != NULL ? (size_t)(bar - tmp.ptr) : 0;
                        size_t w = k > 0 && k <= 40 ? bs_name_words(tmp.ptr, k)
                                                    : 0;
                        if (w >= 2 && w <= 3 &&
                            bs_meta_add_authors(doc, meta, BS_PRIO_BYLINE - 2,
                                                "byline", tmp.ptr, k) > 0)
                            byline_found++;
                    }
                }
            }
            /* An element named for a date ("date", "time", "posted",
               "published", "meta"): its short text may hold one. */
            if (!skip && date_found < 1 && n->tag != BS_TAG_META &&
                n->tag != BS_TAG_BODY && n->tag != BS_TAG_HTML &&
                (hints & HINT_DATE) && !other_page(n) && !holds_today(n)) {
                const char *ta = bs_node_attr(n, BS_ATTR_TITLE);
                size_t look;

                node_text_to(doc, n, &tmp);
                /* a longer text: the date leading it ("2019-02-23, 09:14
                   PM (This post was last modified: ...)") */
                look = tmp.len < 100 ? tmp.len : 40;
                if (tmp.len > 0 && bs_date_parse(tmp.ptr, look, iso,
                                                 meta->now)) {
                    /* (a date element just under the headline; one a
                       label leads, "Published: 14.05.2021") */
                    bs_field f = bs_text_date_field(tmp.ptr, look);
                    set_date_near(doc, meta, f, BS_PRIO_TEXT + 2, "text",
                                  tmp.ptr, look, under_headline(first_h1, n),
                                  f == BS_FIELD_DATE_PUBLISHED &&
                                      pub_label_leads(tmp.ptr, look));
                    date_found++;
                } else if (ta != NULL && strlen(ta) < 100 &&
                           bs_date_parse(ta, strlen(ta), iso, meta->now)) {
                    /* <abbr class="published" title="2013-04-04T18:52">,
                       <span class="updated" title="..."> (hAtom) */
                    bs_meta_set(doc, meta, BS_FIELD_DATE_PUBLISHED,
                                BS_PRIO_TEXT + 2, "text", ta, strlen(ta));
                    date_found++;
                }
            }
        }
        n = bs_node_next(n, doc->root, skip);
    }
    if (meta->user == NULL)
        meta->user = rank_user;
    headline_date(doc, meta, first_h1);

    /* The date in the URL: when nothing better was found, or to name the
       local day of a UTC date-time (bs_meta_set). */
    if (bs_date_from_url(opts->url, iso, meta->now))
        bs_meta_set(doc, meta, BS_FIELD_DATE_PUBLISHED, BS_PRIO_URL, "url",
                    iso, strlen(iso));

    /* Still nothing: the first short text of the body that is a date. */
    generic = meta->value[BS_FIELD_DATE_PUBLISHED] != NULL &&
              meta->prio[BS_FIELD_DATE_PUBLISHED] == GENERIC_DATE_PRIO;
    if (generic && time_date != NULL) {
        /* the date the page shows is its <time> */
        bs_meta_set(doc, meta, BS_FIELD_DATE_PUBLISHED, GENERIC_DATE_PRIO + 1,
                    "time", time_date, strlen(time_date));
        generic = 0;
    } else if ((meta->value[BS_FIELD_DATE_PUBLISHED] == NULL || generic) &&
               doc->body != NULL) {
        int headed = 0, later = -1, clocks = 0;
        for (n = doc->body; n != NULL;) {
            /* (not a <nav>'s date; the generic date stands against an
               <aside>'s, a <blockquote>'s or a <footer>'s too) */
            int skip = date_search_skips(n, generic);
            /* a short text, or a dateline leading a paragraph
               ("27.1.2022 - Bei der ...") */
            size_t look = date_look(n->len);
            if (n->tag == BS_TAG_H1 && !skip && !is_logo_heading(meta, n))
                headed = 1;
            /* (an "Updated ..." line dates a change, not the page the
               generic date dates) */
            if (n->tag == BS_TAG_TEXT && n->len >= 6 &&
                bs_date_parse(n->text, look, iso, meta->now) &&
                (!generic || bs_text_date_field(n->text, look) ==
                                 BS_FIELD_DATE_PUBLISHED) &&
                !(!headed && clocks < CLOCKS_MAX && ++clocks &&
                  site_clock(meta, n) && headline_after(meta, n, &later))) {
                const bs_node *pub = n;
                /* "Letzte \xc3\x84nderung: 31.10.2023<br>Erschienen am:
                   01.11.2023": a change's date, then in one of the next
                   texts the day the page appeared, named so.  A change's
                   date alone ("This page was last edited on ...") is the
                   date modified, and the best guess at the date published
                   too. */
                if (bs_text_date_field(n->text, look) ==
                    BS_FIELD_DATE_MODIFIED) {
                    pub = published_next(doc, n, iso, meta->now);
                    bs_meta_set(doc, meta, BS_FIELD_DATE_MODIFIED,
                                BS_PRIO_TEXT, "text", n->text, look);
                }
                look = date_look(pub->len);
                bs_meta_set(doc, meta, BS_FIELD_DATE_PUBLISHED,
                            generic ? GENERIC_DATE_PRIO + 1 : BS_PRIO_TEXT,
                            "text", pub->text, look);
                break;
            }
            n = bs_node_next(n, doc->body, skip);
        }
    }

    bs_meta_choose_title(doc, meta, title_tag, logo, h1, nh1, h2, nh2,
                         quoting, nquoting);
    bs_meta_site_name_alone(doc, meta);
    /* A title that is the site's name alone (the title tag, the site's
       name) on a page that is not the home page: its one <h1> names it. */
    {
        const char *site = meta->value[BS_FIELD_SITE_NAME];
        if (meta->value[BS_FIELD_TITLE] != NULL && site != NULL &&
            title_tag != NULL && nh1 == 1 && h1[0] != NULL &&
            bs_same_words(meta->value[BS_FIELD_TITLE], site) &&
            bs_same_words(title_tag, site) && !bs_same_words(h1[0], site) &&
            !bs_is_home_page(opts->url))
            bs_meta_heading_title(meta, h1[0]);
    }
    bs_meta_site_from_title(doc, meta, title_tag);
    description_says_something(meta);
    bs_buf_free(&tmp);
    if (doc->arena.failed)
        return BS_ERR_NOMEM;
    return BS_OK;
}

/* Is n inside a side column: an <aside>, a <nav> or a menu, or an
   element whose class or id names a sidebar ("sidebar", "sidepanel")? */
static int
in_side_column(const bs_node *n)
{
    static const char *const names[] = {"sidebar", "sidepanel", "side-bar",
                                        "side-panel"};
    int depth;

    if (in_menu(n))
        return 1;
    for (depth = 0; n != NULL && depth < 12 && n->tag != BS_TAG_BODY;
         n = n->parent, depth++)
        if (n->tag == BS_TAG_ASIDE || n->tag == BS_TAG_NAV ||
            names_any(n, BS_WORDS(names)))
            return 1;
    return 0;
}

/* Is a the node n or one of its ancestors? */
static int
is_ancestor(const bs_node *a, const bs_node *n)
{
    for (; n != NULL; n = n->parent)
        if (n == a)
            return 1;
    return 0;
}

/* The length of an ornament of brackets and arrows, up to four, and the
   space after it that open the text s of n bytes ("[> Jens Weber", ">>
   Headline"); 0 when none does. */
static size_t
ornament_len(const char *s, size_t n)
{
    size_t k = 0;

    while (k < n && k < 4 && s[k] != '\0' && strchr("[]<>{}*#~=+/\\|", s[k]))
        k++;
    return k > 0 && k + 1 < n && s[k] == ' ' ? k + 1 : 0;
}

/* The content's own heading (an <h1> or <h2> of two words or more before
   its first paragraph, an ornament opening it left out) as the title. */
static void
content_heading(bs_doc *doc, bs_meta *meta, bs_node *root, bs_buf *b)
{
    bs_node *n;

    for (n = root; n != NULL;) {
        int skip = (n->flags & (BS_NF_REMOVED | BS_NF_UNSEEN)) != 0;
        if (!skip && n->tag == BS_TAG_P && n->chars >= 100)
            break;
        if (!skip && (n->tag == BS_TAG_H1 || n->tag == BS_TAG_H2)) {
            size_t orn;

            heading_text_to(n, b);
            bs_buf_rtrim(b);
            orn = b->failed ? 0 : ornament_len(b->ptr, b->len);
            if (!b->failed && b->len > 0 && b->len < 400 &&
                bs_count_words(b->ptr + orn, b->len - orn) >= 2) {
                const char *h = bs_arena_strndup(&doc->arena, b->ptr + orn,
                                                 b->len - orn);
                if (h != NULL)
                    bs_meta_heading_title(meta, h);
            }
            break;
        }
        n = bs_node_next(n, root, skip);
    }
}

void
bs_meta_content_title(bs_doc *doc, bs_meta *meta)
{
    const char *title = meta->value[BS_FIELD_TITLE];
    const char *src = meta->source[BS_FIELD_TITLE];
    const bs_node *h1 = NULL;
    bs_node *root;
    bs_buf b = BS_BUF_INIT;
    size_t i = 0;

    if (title == NULL || src == NULL)
        return;
    /* a title that is the site's name alone, no <h1> naming the page:
       the content's heading names it */
    if (strcmp(src, "text") != 0 && meta->nh1 == 0 &&
        bs_meta_title_is_site(meta)) {
        if ((root = bs_next_content_root(doc, &i)) != NULL)
            content_heading(doc, meta, root, &b);
        bs_buf_free(&b);
        return;
    }
    if (strcmp(src, "text") != 0 || meta->nh1 < 2 || meta->h1 == NULL ||
        strcmp(title, meta->h1) != 0)
        return;
    root = bs_next_content_root(doc, &i);
    if (root == NULL)
        return;
    /* the <h1> that gave the title: beside the content or after it,
       not over it */
    for (i = 0; i < doc->nnodes && h1 == NULL; i++) {
        const bs_node *m = bs_doc_node(doc, i);
        if (m->tag != BS_TAG_H1 || (m->flags & BS_NF_UNSEEN))
            continue;
        heading_text_to(m, &b);
        if (!b.failed && b.len > 0 && bs_same_words(b.ptr, title))
            h1 = m;
        else if (!b.failed && b.len > 0)
            break; /* the first <h1> with text is another */
    }
    /* the content's own heading, before its first paragraph */
    if (h1 != NULL && !is_ancestor(root, h1) &&
        (h1->index > root->index || in_side_column(h1)))
        content_heading(doc, meta, root, &b);
    bs_buf_free(&b);
}
