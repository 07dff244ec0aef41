/*
 * fuzz_one.h - one fuzz input through bs_extract and every renderer.
 *
 * Shared by the libFuzzer target (fuzz/fuzz_extract.c) and the Check suite
 * that replays fuzz/regressions/ (tests/c/test_hostile.c), so a finding is
 * replayed by exactly the code that found it.
 *
 * Input layout: two option bytes, then the page.
 *
 *   byte 0  bits 0-1  favor (3 = balanced again)
 *           bit 2     include_comments
 *           bit 3     include_tables
 *           bit 4     include_images
 *           bit 5     include_links
 *           bit 6     include_formatting
 *           bit 7     opts == NULL (defaults; the other bits are ignored)
 *   byte 1  bits 0-2  encoding label (none, utf-8, windows-1252, shift_jis,
 *                     utf-16le, iso-8859-2, koi8-r, an unknown label)
 *           bits 3-5  url (none, a news URL, a bare host, a relative one,
 *                     "javascript:", an odd scheme, a huge one, "")
 *
 * Invariants checked (a violation calls abort(), which libFuzzer reports):
 *   - a status other than BS_OK leaves *out NULL and a NUL-terminated,
 *     non-empty message; only the statuses the input can explain occur
 *   - every string of the article is NUL-terminated, valid UTF-8 with no
 *     NUL byte; every render's len equals its strlen
 *   - BS_FORMAT_JSON output parses as a JSON object (jansson)
 */
#ifndef BS_FUZZ_ONE_H
#define BS_FUZZ_ONE_H

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "broadsheet.h"

#define BS_FUZZ_HEADER 2

static inline void
bs_fuzz_fail(const char *what, const char *detail)
{
    fprintf(stderr, "fuzz invariant violated: %s%s%.200s\n", what,
            detail ? ": " : "", detail ? detail : "");
    abort();
}

/* Valid UTF-8 without NUL (written apart from encoding.c on purpose). */
static inline int
bs_fuzz_utf8_ok(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;

    while (i < n) {
        unsigned c = s[i], need, k;
        unsigned long cp;

        if (c == 0)
            return 0;
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            cp = c & 0x07;
        } else {
            return 0;
        }
        for (k = 1; k <= need; k++) {
            if (i + k >= n || (s[i + k] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += need + 1;
    }
    return 1;
}

static inline void
bs_fuzz_check_str(const char *s, const char *what, int may_be_null)
{
    if (s == NULL) {
        if (!may_be_null)
            bs_fuzz_fail(what, "NULL");
        return;
    }
    if (!bs_fuzz_utf8_ok(s, strlen(s)))
        bs_fuzz_fail(what, "not valid UTF-8");
}

static inline const char *
bs_fuzz_url(unsigned k)
{
    static char huge[9000];

    switch (k & 7u) {
    case 1: return "https://news.example.org/2021/03/04/quay-rebuilt?x=1#y";
    case 2: return "http://example.com";
    case 3: return "/relative/path/only";
    case 4: return "javascript:alert(1)";
    case 5: return "x-odd://[::1]:99999/%zz/../..";
    case 6:
        if (huge[0] == '\0') {
            memcpy(huge, "https://h.example/", 18);
            memset(huge + 18, 'a', sizeof(huge) - 19);
        }
        return huge;
    case 7: return "";
    default: return NULL;
    }
}

static inline const char *
bs_fuzz_encoding(unsigned k)
{
    static const char *const enc[8] = {NULL,       "utf-8",      "windows-1252",
                                       "shift_jis", "utf-16le",  "iso-8859-2",
                                       "koi8-r",    "x-no-such"};
    return enc[k & 7u];
}

/* Returns 0 (libFuzzer's convention); aborts on a violated invariant. */
static inline int
bs_fuzz_one(const uint8_t *data, size_t size)
{
    bs_options opts;
    const bs_options *op = &opts;
    bs_article *art = (bs_article *)(uintptr_t)1; /* must be set */
    bs_error err;
    bs_status st;
    unsigned o0, o1;
    int f, l, fmt;
    size_t i;

    if (size < BS_FUZZ_HEADER)
        return 0;
    o0 = data[0];
    o1 = data[1];
    bs_options_init(&opts);
    opts.favor = (bs_favor)((o0 & 3u) == 3u ? 0 : (o0 & 3u));
    opts.include_comments = (o0 >> 2) & 1;
    opts.include_tables = (o0 >> 3) & 1;
    opts.include_images = (o0 >> 4) & 1;
    opts.include_links = (o0 >> 5) & 1;
    opts.include_formatting = (o0 >> 6) & 1;
    opts.encoding = bs_fuzz_encoding(o1);
    opts.url = bs_fuzz_url(o1 >> 3);
    if (o0 & 0x80)
        op = NULL;
    data += BS_FUZZ_HEADER;
    size -= BS_FUZZ_HEADER;

    memset(&err, 0x55, sizeof(err));
    st = bs_extract((const char *)data, size, op, &art, &err);
    if (st != BS_OK) {
        if (art != NULL)
            bs_fuzz_fail("article set on failure", err.message);
        if (err.status != st)
            bs_fuzz_fail("err.status differs from the status", NULL);
        if (memchr(err.message, '\0', sizeof(err.message)) == NULL ||
            err.message[0] == '\0')
            bs_fuzz_fail("error message not terminated or empty", NULL);
        /* Only an unknown caller-given label explains BS_ERR_ENCODING;
           nothing a fuzz input can do explains the others (no input
           reaches BS_MAX_INPUT, and memory is plentiful). */
        if (!(st == BS_ERR_ENCODING && op != NULL && opts.encoding != NULL &&
              strcmp(opts.encoding, "x-no-such") == 0))
            bs_fuzz_fail("unexpected failure", err.message);
        return 0;
    }
    if (op != NULL && opts.encoding != NULL &&
        strcmp(opts.encoding, "x-no-such") == 0 && size >= 2 &&
        !((data[0] == 0xEF && size >= 3 && data[1] == 0xBB &&
           data[2] == 0xBF) ||
          (data[0] == 0xFF && data[1] == 0xFE) ||
          (data[0] == 0xFE && data[1] == 0xFF)))
        bs_fuzz_fail("unknown encoding label accepted", NULL);
    if (art == NULL)
        return 0;

    for (f = 0; f < BS_FIELD__COUNT; f++) {
        const char *v = bs_article_get(art, (bs_field)f);
        const char *src = bs_article_source(art, (bs_field)f);

        bs_fuzz_check_str(v, bs_field_name((bs_field)f), 1);
        if (v == NULL && src != NULL)
            bs_fuzz_fail("source of an empty field", bs_field_name((bs_field)f));
        if (src != NULL)
            (void)strlen(src);
    }
    if (bs_article_get(art, (bs_field)BS_FIELD__COUNT) != NULL)
        bs_fuzz_fail("field past the end", NULL);
    for (l = 0; l < BS_LIST__COUNT; l++) {
        size_t n = bs_article_count(art, (bs_list)l);
        const char *src = bs_article_list_source(art, (bs_list)l);

        for (i = 0; i < n; i++)
            bs_fuzz_check_str(bs_article_item(art, (bs_list)l, i),
                              bs_list_name((bs_list)l), 0);
        if (bs_article_item(art, (bs_list)l, n) != NULL)
            bs_fuzz_fail("list item past the end", NULL);
        if ((n == 0) != (src == NULL))
            bs_fuzz_fail("list source inconsistent", bs_list_name((bs_list)l));
    }
    bs_fuzz_check_str(bs_article_text(art), "text", 0);
    bs_fuzz_check_str(bs_article_markdown(art), "markdown", 0);
    bs_fuzz_check_str(bs_article_comments(art), "comments", 0);
    /* An article without text is one its metadata declares: it has a
       title (OpenGraph, Twitter cards, meta tags or JSON-LD gave one). */
    if (bs_article_text(art)[0] == '\0' &&
        bs_article_get(art, BS_FIELD_TITLE) == NULL)
        bs_fuzz_fail("article with neither text nor title", NULL);

    for (fmt = BS_FORMAT_TEXT; fmt <= BS_FORMAT_JSON + 1; fmt++) {
        size_t len = (size_t)-1;
        char *r = bs_article_render(art, (bs_format)fmt, &len);

        if (fmt > BS_FORMAT_JSON) {
            if (r != NULL)
                bs_fuzz_fail("render of an unknown format", NULL);
            bs_free(r);
            continue;
        }
        if (r == NULL)
            bs_fuzz_fail("render returned NULL", NULL);
        if (len != strlen(r))
            bs_fuzz_fail("render length differs from strlen", NULL);
        if (!bs_fuzz_utf8_ok(r, len))
            bs_fuzz_fail("render not valid UTF-8", NULL);
        if (fmt == BS_FORMAT_TEXT && strcmp(r, bs_article_text(art)) != 0)
            bs_fuzz_fail("text render differs from bs_article_text", NULL);
        if (fmt == BS_FORMAT_MARKDOWN &&
            strcmp(r, bs_article_markdown(art)) != 0)
            bs_fuzz_fail("markdown render differs", NULL);
        if (fmt == BS_FORMAT_JSON) {
            json_error_t jerr;
            json_t *j = json_loadb(r, len, JSON_REJECT_DUPLICATES, &jerr);

            if (j == NULL)
                bs_fuzz_fail("JSON render does not parse", jerr.text);
            if (!json_is_object(j))
                bs_fuzz_fail("JSON render is not an object", NULL);
            json_decref(j);
        }
        bs_free(r);
    }
    bs_article_free(art);
    return 0;
}

#endif /* BS_FUZZ_ONE_H */
