/*
 * testutil.h - helpers shared by the Check suites in tests/c/.
 *
 * Everything here is static inline so that a suite that does not use a
 * helper does not trip -Wunused-function.
 */
#ifndef BS_TESTUTIL_H
#define BS_TESTUTIL_H

#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "broadsheet.h"
#include "internal.h"
#include "../../fuzz/fuzz_one.h"

/* 2026-01-01T00:00:00Z: the fixed "now" of the date tests. */
#define TU_NOW 1767225600LL

#define TU_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Assert that `hay` contains / does not contain `needle`, showing both. */
#define TU_HAS(hay, needle)                                                  \
    do {                                                                     \
        const char *tu_h_ = (hay), *tu_n_ = (needle);                        \
        ck_assert_msg(tu_h_ != NULL && strstr(tu_h_, tu_n_) != NULL,         \
                      "expected to find [%.500s] in:\n---\n%.3000s\n---",    \
                      tu_n_, tu_h_ ? tu_h_ : "(null)");                      \
    } while (0)

#define TU_HASNT(hay, needle)                                                \
    do {                                                                     \
        const char *tu_h_ = (hay), *tu_n_ = (needle);                        \
        ck_assert_msg(tu_h_ != NULL && strstr(tu_h_, tu_n_) == NULL,         \
                      "did not expect [%.500s] in:\n---\n%.3000s\n---",      \
                      tu_n_, tu_h_ ? tu_h_ : "(null)");                      \
    } while (0)

/* Compare two possibly-NULL strings. */
#define TU_STR_EQ(got, want)                                                 \
    do {                                                                     \
        const char *tu_g_ = (got), *tu_w_ = (want);                          \
        ck_assert_msg((tu_g_ == NULL && tu_w_ == NULL) ||                    \
                          (tu_g_ != NULL && tu_w_ != NULL &&                 \
                           strcmp(tu_g_, tu_w_) == 0),                       \
                      "got [%s], want [%s]", tu_g_ ? tu_g_ : "(null)",       \
                      tu_w_ ? tu_w_ : "(null)");                             \
    } while (0)

/* Concatenate strings up to a NULL into a new malloc'd string (pages are
   built from pieces: C11 only promises string literals of 4095 bytes). */
static inline char *
tu_cat(const char *first, ...)
{
    va_list ap;
    size_t len = 0;
    const char *s;
    char *r, *p;

    va_start(ap, first);
    for (s = first; s != NULL; s = va_arg(ap, const char *))
        len += strlen(s);
    va_end(ap);
    r = malloc(len + 1);
    ck_assert_ptr_nonnull(r);
    p = r;
    va_start(ap, first);
    for (s = first; s != NULL; s = va_arg(ap, const char *)) {
        size_t n = strlen(s);
        memcpy(p, s, n);
        p += n;
    }
    va_end(ap);
    *p = '\0';
    return r;
}

/* Assert that two long strings are equal, showing only where they first
   differ (Check refuses messages of more than a few kilobytes). */
#define TU_LONG_EQ(got, want, what)                                          \
    do {                                                                     \
        const char *tu_g_ = (got), *tu_w_ = (want);                          \
        size_t tu_i_ = 0;                                                    \
        while (tu_g_[tu_i_] && tu_g_[tu_i_] == tu_w_[tu_i_])                 \
            tu_i_++;                                                         \
        ck_assert_msg(tu_g_[tu_i_] == tu_w_[tu_i_],                          \
                      "%s differs at byte %zu:\n got [%.200s]\nwant [%.200s]", \
                      (what), tu_i_, tu_g_ + (tu_i_ > 40 ? tu_i_ - 40 : 0),  \
                      tu_w_ + (tu_i_ > 40 ? tu_i_ - 40 : 0));                \
    } while (0)

/* Count the occurrences of needle in hay. */
static inline int
tu_count(const char *hay, const char *needle)
{
    int n = 0;
    size_t k = strlen(needle);

    if (k == 0)
        return 0;
    while ((hay = strstr(hay, needle)) != NULL) {
        n++;
        hay += k;
    }
    return n;
}

/* Is s[0..n) valid UTF-8 without NUL bytes?  The fuzzer's check, written
   apart from encoding.c so the tests do not check the code with itself. */
static inline int
tu_valid_utf8(const char *str, size_t n)
{
    return bs_fuzz_utf8_ok(str, n);
}

/* Default options with a URL. */
static inline bs_options
tu_opts(const char *url)
{
    bs_options o;

    bs_options_init(&o);
    o.url = url;
    return o;
}

/* Run bs_extract on a NUL-terminated page; the extraction must succeed
   (BS_OK).  Returns the article, which may be NULL. */
static inline bs_article *
tu_extract_opts(const char *html, const bs_options *opts)
{
    bs_article *art = NULL;
    bs_error err;
    bs_status st = bs_extract(html, strlen(html), opts, &art, &err);

    ck_assert_msg(st == BS_OK, "bs_extract failed: %d %s", (int)st,
                  err.message);
    return art;
}

/* As above with default options and a URL; the page must have an article. */
static inline bs_article *
tu_extract(const char *html, const char *url)
{
    bs_options o = tu_opts(url);
    bs_article *art = tu_extract_opts(html, &o);

    ck_assert_msg(art != NULL, "no article extracted from:\n%s", html);
    return art;
}

/* A render that must succeed; the caller frees it with bs_free(). */
static inline char *
tu_render(const bs_article *art, bs_format fmt)
{
    size_t len = 0;
    char *s = bs_article_render(art, fmt, &len);

    ck_assert_ptr_nonnull(s);
    ck_assert_uint_eq(len, strlen(s));
    return s;
}

/* Four paragraphs of plain article text, enough for any page to have
   main content.  Each sentence is distinct so tests can look for it. */
#define TU_PARAS                                                             \
    "<p>The harbour authority confirmed on Tuesday that the old grain "      \
    "quay will be rebuilt over the next two years, with work starting as "   \
    "soon as the spring tides have passed and the last cargo ships have "    \
    "been moved to the northern berths.</p>\n"                               \
    "<p>Engineers found that the timber piles under the quay, some of "      \
    "them more than a century old, had been weakened by shipworm, and "     \
    "that repairs alone would not keep the structure safe for heavy "        \
    "lorries, cranes or the crowds of the summer market.</p>\n"              \
    "<p>The council will pay for most of the work from its harbour fund, "   \
    "while a regional grant covers the new flood wall, the lighting and "    \
    "a wider footpath that links the quay to the railway station and the "   \
    "ferry terminal.</p>\n"                                                  \
    "<p>Local traders, who had feared a long closure, said they were "       \
    "relieved that the market would move only a few hundred metres along "  \
    "the waterfront, and that the fishing fleet could keep landing its "     \
    "catch at the eastern steps throughout.</p>\n"

/* Phrases of TU_PARAS, for assertions. */
#define TU_P1 "old grain quay will be rebuilt"
#define TU_P2 "weakened by shipworm"
#define TU_P3 "regional grant covers the new flood wall"
#define TU_P4 "fishing fleet could keep landing"

/* A page with the given head and body (the body should include the
   article text, e.g. TU_PARAS); caller frees. */
static inline char *
tu_page(const char *head, const char *body)
{
    return tu_cat("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n",
                  head, "\n</head>\n<body>\n", body, "\n</body></html>\n",
                  NULL);
}

/* Run a suite, print its results, return the process exit status. */
static inline int
tu_run(Suite *s)
{
    SRunner *sr = srunner_create(s);
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

/* Turn allocation-failure injection off (teardown of every test that
   turns it on, so a failed assertion cannot leave it on). */
static inline void
tu_alloc_reset(void)
{
    bs_alloc_fail_after(-1);
}

#endif /* BS_TESTUTIL_H */
