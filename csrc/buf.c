/*
 * buf.c - a growable string that is never NULL.
 *
 * After an allocation failure the buffer keeps what it had, sets `failed`
 * and ignores further appends; the owner checks `failed` once at the end.
 */
#include <string.h>

#include "internal.h"

void
bs_buf_init(bs_buf *b)
{
    b->ptr = (char *)"";
    b->len = 0;
    b->cap = 0;
    b->failed = 0;
}

int
bs_buf_grow(bs_buf *b, size_t extra)
{
    size_t need, cap;
    char *p;

    if (b->failed)
        return 0;
    if (extra > (size_t)-1 / 2 - b->len) {
        b->failed = 1;
        return 0;
    }
    need = b->len + extra + 1;
    if (need <= b->cap)
        return 1;
    cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    p = bs_realloc(b->cap ? b->ptr : NULL, cap);
    if (p == NULL) {
        b->failed = 1;
        return 0;
    }
    if (b->cap == 0)
        p[0] = '\0';
    b->ptr = p;
    b->cap = cap;
    return 1;
}

void
bs_buf_put_slow(bs_buf *b, const char *s, size_t n)
{
    if (n == 0 || !bs_buf_grow(b, n))
        return;
    memcpy(b->ptr + b->len, s, n);
    b->len += n;
    b->ptr[b->len] = '\0';
}

void
bs_buf_puts(bs_buf *b, const char *s)
{
    bs_buf_put(b, s, strlen(s));
}

void
bs_buf_putc_slow(bs_buf *b, char c)
{
    if (!bs_buf_grow(b, 1))
        return;
    b->ptr[b->len++] = c;
    b->ptr[b->len] = '\0';
}

void
bs_buf_put_utf8(bs_buf *b, uint32_t cp)
{
    char s[4];
    size_t n;

    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp < 0x80) {
        s[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        s[0] = (char)(0xC0 | (cp >> 6));
        s[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        s[0] = (char)(0xE0 | (cp >> 12));
        s[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        s[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        s[0] = (char)(0xF0 | (cp >> 18));
        s[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        s[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        s[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    bs_buf_put(b, s, n);
}

void
bs_buf_put_json(bs_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    size_t i, start = 0;

    bs_buf_putc(b, '"');
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        char u[6];

        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        bs_buf_put(b, s + start, i - start);
        start = i + 1;
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default:
            u[0] = '\\';
            u[1] = 'u';
            u[2] = '0';
            u[3] = '0';
            u[4] = hex[c >> 4];
            u[5] = hex[c & 15];
            bs_buf_put(b, u, 6);
            continue;
        }
        bs_buf_puts(b, esc);
    }
    bs_buf_put(b, s + start, n - start);
    bs_buf_putc(b, '"');
}

void
bs_buf_truncate(bs_buf *b, size_t len)
{
    if (len < b->len) {
        b->len = len;
        b->ptr[len] = '\0';
    }
}

void
bs_buf_rtrim(bs_buf *b)
{
    size_t n = b->len;

    while (n > 0 && bs_is_space((unsigned char)b->ptr[n - 1]))
        n--;
    bs_buf_truncate(b, n);
}

void
bs_buf_clear(bs_buf *b)
{
    bs_buf_truncate(b, 0);
}

char *
bs_buf_detach(bs_buf *b)
{
    char *p;

    if (b->failed) {
        bs_buf_free(b);
        return NULL;
    }
    p = b->cap ? b->ptr : bs_strndup("", 0);
    bs_buf_init(b);
    return p;
}

void
bs_buf_free(bs_buf *b)
{
    if (b->cap)
        bs_dealloc(b->ptr);
    bs_buf_init(b);
}
