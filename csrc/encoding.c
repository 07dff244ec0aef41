/*
 * encoding.c - from bytes in any encoding to valid UTF-8.
 *
 * The order of evidence: a byte-order mark, then the encoding the caller
 * was given (an HTTP header), then <meta charset> / http-equiv in the
 * first 64 KiB, then "is the whole page valid UTF-8?", then windows-1252.
 * A page declared as a legacy encoding that is nonetheless valid UTF-8
 * with multi-byte sequences is read as UTF-8: that is far likelier than
 * legacy text that happens to form valid UTF-8.
 *
 * A UTF-8 page encoded twice (its bytes read as windows-1252 or Latin-1
 * and encoded again: "donâ€™t") is taken back once, when every character
 * of it maps back to a byte and those bytes are UTF-8.
 *
 * The output never holds NUL bytes or invalid sequences (each bad byte
 * becomes U+FFFD), so the parser downstream never has to guess.
 */
#include <errno.h>
#include <stdio.h>
#include <iconv.h>
#include <string.h>

#include "internal.h"

#define PRESCAN_LIMIT (64u * 1024u)

/* windows-1252 0x80..0x9F; the other bytes map to the same code point. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

/* Length of the valid UTF-8 sequence at s (1..4), or 0 if invalid. */
static size_t
utf8_seq(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];

    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        return (n >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
    }
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && s[1] < 0xA0)
            return 0;
        if (c == 0xED && s[1] > 0x9F)
            return 0; /* surrogates */
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
            (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90)
            return 0;
        if (c == 0xF4 && s[1] > 0x8F)
            return 0;
        return 4;
    }
    return 0;
}

/* Is the input valid UTF-8?  *multibyte is set when it holds non-ASCII
   characters, *nul when it holds NUL bytes (valid, but to be dropped). */
static int
utf8_clean(const unsigned char *s, size_t n, int *multibyte, int *nul)
{
    size_t i = 0;

    *multibyte = 0;
    *nul = 0;
    while (i < n) {
        /* Fast path: eight ASCII bytes without NUL at a time. */
        if (i + 8 <= n) {
            uint64_t w;

            memcpy(&w, s + i, 8);
            if ((w & 0x8080808080808080ull) == 0 &&
                ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull) ==
                    0) {
                i += 8;
                continue;
            }
        }
        if (s[i] == 0)
            *nul = 1;
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = utf8_seq(s + i, n - i);
        if (k == 0)
            return 0;
        *multibyte = 1;
        i += k;
    }
    return 1;
}

/* Copy UTF-8 replacing invalid bytes with U+FFFD and dropping NULs. */
static void
utf8_sanitize(const unsigned char *s, size_t n, bs_buf *out)
{
    size_t i = 0, start = 0;

    while (i < n) {
        size_t k = s[i] ? utf8_seq(s + i, n - i) : 0;

        if (k > 0) {
            i += k;
            continue;
        }
        bs_buf_put(out, (const char *)s + start, i - start);
        if (s[i] != 0)
            bs_buf_put(out, "\xEF\xBF\xBD", 3);
        i++;
        start = i;
    }
    bs_buf_put(out, (const char *)s + start, n - start);
}

static void
cp1252_decode(const unsigned char *s, size_t n, bs_buf *out)
{
    size_t i, start = 0;

    if (!bs_buf_grow(out, n + n / 4))
        return;
    for (i = 0; i < n; i++) {
        unsigned char c = s[i];

        if (c >= 0x01 && c < 0x80)
            continue;
        bs_buf_put(out, (const char *)s + start, i - start);
        start = i + 1;
        if (c == 0)
            continue;
        bs_buf_put_utf8(out, c < 0xA0 ? cp1252_high[c - 0x80] : c);
    }
    bs_buf_put(out, (const char *)s + start, n - start);
}

static void
iconv_decode(iconv_t cd, const unsigned char *s, size_t n, size_t unit,
             bs_buf *out)
{
    char tmp[8192];
    char *in = (char *)s;
    size_t inleft = n;
    bs_buf raw = BS_BUF_INIT;

    while (inleft > 0) {
        char *o = tmp;
        size_t oleft = sizeof(tmp);
        size_t r = iconv(cd, &in, &inleft, &o, &oleft);

        bs_buf_put(&raw, tmp, sizeof(tmp) - oleft);
        if (r == (size_t)-1) {
            if (errno == E2BIG)
                continue;
            /* EILSEQ or EINVAL (truncated at the end): skip one code
               unit (two bytes in UTF-16, lest the rest be misaligned). */
            size_t skip = inleft < unit ? inleft : unit;
            bs_buf_put(&raw, "\xEF\xBF\xBD", 3);
            in += skip;
            inleft -= skip;
            iconv(cd, NULL, NULL, NULL, NULL);
        }
        if (raw.failed)
            break;
    }
    /* iconv's output is valid UTF-8 but may hold NUL characters. */
    utf8_sanitize((const unsigned char *)raw.ptr, raw.len, out);
    if (raw.failed)
        out->failed = 1;
    bs_buf_free(&raw);
}

static int
label_eq(const char *label, size_t len, const char *name)
{
    size_t i;

    for (i = 0; i < len && name[i]; i++) {
        char c = label[i];

        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != name[i])
            return 0;
    }
    return i == len && name[i] == '\0';
}

const char *
bs_encoding_canonical(const char *label, size_t len)
{
    static const struct {
        const char *label;
        const char *name;
    } map[] = {
        {"utf-8", "UTF-8"}, {"utf8", "UTF-8"}, {"unicode-1-1-utf-8", "UTF-8"},
        {"x-unicode20utf8", "UTF-8"}, {"unicode20utf8", "UTF-8"},
        /* WHATWG: these labels all mean windows-1252 on the web. */
        {"windows-1252", "WINDOWS-1252"}, {"cp1252", "WINDOWS-1252"},
        {"x-cp1252", "WINDOWS-1252"}, {"iso-8859-1", "WINDOWS-1252"},
        {"iso8859-1", "WINDOWS-1252"}, {"iso_8859-1", "WINDOWS-1252"},
        {"latin1", "WINDOWS-1252"}, {"latin-1", "WINDOWS-1252"},
        {"l1", "WINDOWS-1252"}, {"us-ascii", "WINDOWS-1252"},
        {"ascii", "WINDOWS-1252"}, {"ansi_x3.4-1968", "WINDOWS-1252"},
        {"iso-ir-100", "WINDOWS-1252"}, {"cp819", "WINDOWS-1252"},
        {"ibm819", "WINDOWS-1252"}, {"csisolatin1", "WINDOWS-1252"},
        {"iso-8859-15", "ISO-8859-15"}, {"latin9", "ISO-8859-15"},
        {"iso-8859-2", "ISO-8859-2"}, {"latin2", "ISO-8859-2"},
        {"windows-1250", "WINDOWS-1250"}, {"cp1250", "WINDOWS-1250"},
        {"windows-1251", "WINDOWS-1251"}, {"cp1251", "WINDOWS-1251"},
        {"koi8-r", "KOI8-R"}, {"koi8-u", "KOI8-U"},
        {"windows-1253", "WINDOWS-1253"}, {"windows-1254", "WINDOWS-1254"},
        {"iso-8859-9", "WINDOWS-1254"}, {"windows-1255", "WINDOWS-1255"},
        {"windows-1256", "WINDOWS-1256"}, {"windows-1257", "WINDOWS-1257"},
        {"windows-1258", "WINDOWS-1258"}, {"windows-874", "CP874"},
        {"tis-620", "CP874"}, {"iso-8859-11", "CP874"},
        {"gb2312", "GB18030"}, {"gbk", "GB18030"}, {"gb18030", "GB18030"},
        {"x-gbk", "GB18030"}, {"cp936", "GB18030"}, {"chinese", "GB18030"},
        {"big5", "BIG5-HKSCS"}, {"big5-hkscs", "BIG5-HKSCS"},
        {"x-x-big5", "BIG5-HKSCS"}, {"shift_jis", "CP932"},
        {"shift-jis", "CP932"}, {"sjis", "CP932"}, {"x-sjis", "CP932"},
        {"ms_kanji", "CP932"}, {"windows-31j", "CP932"}, {"cp932", "CP932"},
        {"euc-jp", "EUC-JP"}, {"x-euc-jp", "EUC-JP"},
        {"iso-2022-jp", "ISO-2022-JP"}, {"euc-kr", "CP949"},
        {"ks_c_5601-1987", "CP949"}, {"cp949", "CP949"},
        {"windows-949", "CP949"}, {"utf-16", "UTF-16LE"},
        {"utf-16le", "UTF-16LE"}, {"utf-16be", "UTF-16BE"},
    };
    size_t i;

    while (len > 0 && bs_is_space((unsigned char)*label)) {
        label++;
        len--;
    }
    while (len > 0 && (bs_is_space((unsigned char)label[len - 1]) ||
                       label[len - 1] == '"' || label[len - 1] == '\''))
        len--;
    if (len == 0 || len > 40)
        return NULL;
    for (i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
        if (label_eq(label, len, map[i].label))
            return map[i].name;
    }
    /* iso-8859-N and other names iconv knows: check that it does. */
    {
        char name[48];
        iconv_t cd;

        for (i = 0; i < len; i++) {
            char c = label[i];
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                  (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
                return NULL;
            name[i] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
        }
        name[len] = '\0';
        cd = iconv_open("UTF-8", name);
        if (cd == (iconv_t)-1)
            return NULL;
        iconv_close(cd);
        /* Return a static name: only the ISO-8859 family is passed on. */
        static const char *const iso[] = {
            "ISO-8859-3", "ISO-8859-4", "ISO-8859-5", "ISO-8859-6",
            "ISO-8859-7", "ISO-8859-8", "ISO-8859-10", "ISO-8859-13",
            "ISO-8859-14", "ISO-8859-16"};
        for (i = 0; i < sizeof(iso) / sizeof(iso[0]); i++) {
            if (strcmp(name, iso[i]) == 0)
                return iso[i];
        }
    }
    return NULL;
}

static int
lower_at(const unsigned char *s, size_t n, size_t i, const char *word)
{
    size_t k;

    for (k = 0; word[k]; k++) {
        unsigned char c;

        if (i + k >= n)
            return 0;
        c = s[i + k];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (c != (unsigned char)word[k])
            return 0;
    }
    return 1;
}

/* Find "charset=" inside <meta ...> tags near the top of the page. */
static const char *
prescan_meta(const unsigned char *s, size_t n)
{
    size_t i;

    if (n > PRESCAN_LIMIT)
        n = PRESCAN_LIMIT;
    for (i = 0; i + 5 < n; i++) {
        const unsigned char *lt = memchr(s + i, '<', n - i);
        size_t end, k;

        if (lt == NULL)
            break;
        i = (size_t)(lt - s);
        if (lower_at(s, n, i, "<!--")) {
            /* a declaration in a comment does not count (WHATWG) */
            for (i += 4; i + 2 < n; i++) {
                if (s[i] == '-' && s[i + 1] == '-' && s[i + 2] == '>')
                    break;
            }
            i += 2;
            continue;
        }
        if (lower_at(s, n, i, "<body"))
            break;
        if (!lower_at(s, n, i, "<meta"))
            continue;
        for (end = i; end < n && s[end] != '>'; end++)
            ;
        for (k = i; k + 7 < end; k++) {
            if (lower_at(s, end, k, "charset")) {
                size_t v = k + 7, start;

                while (v < end && bs_is_space(s[v]))
                    v++;
                if (v >= end || s[v] != '=')
                    continue;
                v++;
                while (v < end && (bs_is_space(s[v]) || s[v] == '"' ||
                                   s[v] == '\''))
                    v++;
                start = v;
                while (v < end && !bs_is_space(s[v]) && s[v] != '"' &&
                       s[v] != '\'' && s[v] != ';' && s[v] != '/')
                    v++;
                if (v > start) {
                    const char *name =
                        bs_encoding_canonical((const char *)s + start,
                                              v - start);
                    if (name != NULL)
                        return name;
                }
            }
        }
        i = end;
    }
    return NULL;
}

/* Text encoded twice (UTF-8 bytes read as windows-1252 and encoded as
   UTF-8 again: "donâ€™t" for "don't") shows these; a page with none of
   them is not tried. */
static int
looks_double_encoded(const unsigned char *s, size_t n)
{
    static const char *const marks[] = {
        "\xc3\xa2\xe2\x82\xac", /* "â€": U+20xx punctuation, via 1252 */
        "\xc3\xa2\xc2\x80",      /* the same, via Latin-1 */
        "\xc3\x83\xc2",           /* "Ã" + a Latin-1 letter's second byte */
        "\xc3\x83\xe2"};
    const unsigned char *p = s, *end = s + n;
    size_t i;

    while ((p = memchr(p, 0xC3, (size_t)(end - p))) != NULL) {
        for (i = 0; i < sizeof(marks) / sizeof(marks[0]); i++) {
            size_t k = strlen(marks[i]);
            if ((size_t)(end - p) >= k && memcmp(p, marks[i], k) == 0)
                return 1;
        }
        p++;
    }
    return 0;
}

/* The byte that windows-1252 or Latin-1 shows as code point cp, or -1. */
static int
cp1252_byte(unsigned cp)
{
    int b;

    if (cp <= 0xFF)
        return (int)cp;
    for (b = 0; b < 32; b++)
        if (cp1252_high[b] == cp)
            return 0x80 + b;
    return -1;
}

/* Undo a double encoding: each character of the valid UTF-8 s is taken
   back to the windows-1252 byte it was read from, and the bytes must
   then be valid UTF-8 with characters beyond ASCII.  Returns 1 with the
   repaired text in out, 0 (out untouched) when the page is not one
   double-encoded text: a character no 1252 byte shows, or bytes that are
   no UTF-8 ("für" written properly gives "f\xfcr"). */
static int
undo_double_utf8(const unsigned char *s, size_t n, bs_buf *out)
{
    bs_buf b = BS_BUF_INIT;
    size_t i = 0;
    int multibyte = 0, nul = 0;

    while (i < n) {
        size_t k = utf8_seq(s + i, n - i);
        unsigned cp;
        int byte;

        if (k == 1) {
            bs_buf_putc(&b, (char)s[i]);
            i++;
            continue;
        }
        if (k == 2)
            cp = ((unsigned)(s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F);
        else if (k == 3)
            cp = ((unsigned)(s[i] & 0x0F) << 12) |
                 ((unsigned)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
        else
            cp = 0x110000; /* four bytes, or invalid: no 1252 byte */
        byte = cp1252_byte(cp);
        if (byte < 0)
            goto no;
        bs_buf_putc(&b, (char)byte);
        i += k;
    }
    if (b.failed ||
        !utf8_clean((const unsigned char *)b.ptr, b.len, &multibyte, &nul) ||
        !multibyte || nul)
        goto no;
    bs_buf_free(out);
    *out = b;
    return 1;
no:
    bs_buf_free(&b);
    return 0;
}

bs_status
bs_decode(const char *in, size_t len, const char *given, bs_buf *storage,
          const char **out, size_t *out_len, const char **enc_name,
          bs_error *err)
{
    const unsigned char *s = (const unsigned char *)in;
    const char *enc = NULL;
    int multibyte = 0, nul = 0, valid, bom;
    bs_buf *b = storage;

    /* 1. Byte-order mark. */
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        s += 3;
        len -= 3;
        enc = "UTF-8";
    } else if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE) {
        s += 2;
        len -= 2;
        enc = "UTF-16LE";
    } else if (len >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
        s += 2;
        len -= 2;
        enc = "UTF-16BE";
    }
    bom = enc != NULL;
    /* 2. What the caller knows. */
    if (enc == NULL && given != NULL && given[0] != '\0') {
        enc = bs_encoding_canonical(given, strlen(given));
        if (enc == NULL) {
            err->status = BS_ERR_ENCODING;
            snprintf(err->message, sizeof(err->message),
                     "unknown encoding: %.200s", given);
            return BS_ERR_ENCODING;
        }
    }
    /* 3. The page's own declaration; 4. UTF-8 if it is. */
    if (enc == NULL)
        enc = prescan_meta(s, len);
    if (enc != NULL && !bom && strncmp(enc, "UTF-16", 6) == 0 &&
        !(len >= 2 && (s[0] == 0 || s[1] == 0)))
        enc = "UTF-8"; /* a UTF-16 label on ASCII-compatible bytes */
    valid = utf8_clean(s, len, &multibyte, &nul);
    if (enc == NULL)
        enc = valid ? "UTF-8" : "WINDOWS-1252";
    else if (valid && multibyte && strncmp(enc, "UTF-16", 6) != 0)
        enc = "UTF-8";
    *enc_name = enc;

    if (strcmp(enc, "UTF-8") == 0 && valid && !nul) {
        if (multibyte && looks_double_encoded(s, len) &&
            undo_double_utf8(s, len, b)) {
            *out = b->ptr;
            *out_len = b->len;
            return BS_OK;
        }
        *out = (const char *)s;
        *out_len = len;
        return BS_OK;
    }
    if (strcmp(enc, "UTF-8") == 0) {
        utf8_sanitize(s, len, b);
    } else if (strcmp(enc, "WINDOWS-1252") == 0) {
        if (valid && !multibyte && !nul) {
            *out = (const char *)s; /* plain ASCII */
            *out_len = len;
            return BS_OK;
        }
        cp1252_decode(s, len, b);
    } else {
        iconv_t cd = iconv_open("UTF-8", enc);

        if (cd == (iconv_t)-1) {
            cp1252_decode(s, len, b);
            *enc_name = "WINDOWS-1252";
        } else {
            iconv_decode(cd, s, len, strncmp(enc, "UTF-16", 6) == 0 ? 2 : 1,
                         b);
            iconv_close(cd);
        }
    }
    if (b->failed) {
        err->status = BS_ERR_NOMEM;
        snprintf(err->message, sizeof(err->message),
                 "out of memory while decoding the page");
        return BS_ERR_NOMEM;
    }
    *out = b->ptr;
    *out_len = b->len;
    return BS_OK;
}
