/*
 * url.c - make links absolute (RFC 3986, section 5.2).
 */
#include <string.h>

#include "internal.h"

typedef struct {
    const char *scheme, *auth, *path, *query, *frag;
    size_t scheme_len, auth_len, path_len, query_len, frag_len;
    int has_auth, has_query, has_frag;
} url_parts;

static void
split(const char *s, size_t n, url_parts *u)
{
    const char *end = s + n, *p = s;

    memset(u, 0, sizeof(*u));
    /* scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":" */
    if (p < end && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) {
        const char *q = p + 1;
        while (q < end && ((*q >= 'a' && *q <= 'z') ||
                           (*q >= 'A' && *q <= 'Z') ||
                           (*q >= '0' && *q <= '9') || *q == '+' ||
                           *q == '-' || *q == '.'))
            q++;
        if (q < end && *q == ':') {
            u->scheme = p;
            u->scheme_len = (size_t)(q - p);
            p = q + 1;
        }
    }
    if (end - p >= 2 && p[0] == '/' && p[1] == '/') {
        const char *q = p + 2;
        while (q < end && *q != '/' && *q != '?' && *q != '#')
            q++;
        u->has_auth = 1;
        u->auth = p + 2;
        u->auth_len = (size_t)(q - p - 2);
        p = q;
    }
    u->path = p;
    while (p < end && *p != '?' && *p != '#')
        p++;
    u->path_len = (size_t)(p - u->path);
    if (p < end && *p == '?') {
        u->has_query = 1;
        u->query = ++p;
        while (p < end && *p != '#')
            p++;
        u->query_len = (size_t)(p - u->query);
    }
    if (p < end && *p == '#') {
        u->has_frag = 1;
        u->frag = p + 1;
        u->frag_len = (size_t)(end - p - 1);
    }
}

/* Append path to out, removing "." and ".." segments. */
static void
put_path(bs_buf *out, const char *path, size_t n)
{
    size_t start = out->len, i = 0;

    while (i < n) {
        size_t j = i;

        /* one segment: from a '/' (or the start) up to the next '/' */
        if (path[j] == '/')
            j++;
        while (j < n && path[j] != '/')
            j++;
        {
            const char *seg = path + i;
            size_t len = j - i;
            int slash = len > 0 && seg[0] == '/';
            const char *name = seg + slash;
            size_t nl = len - (size_t)slash;

            if (nl == 1 && name[0] == '.') {
                if (j >= n)
                    bs_buf_putc(out, '/');
            } else if (nl == 2 && name[0] == '.' && name[1] == '.') {
                size_t k = out->len;
                while (k > start && out->ptr[k - 1] != '/')
                    k--;
                if (k > start)
                    k--;
                bs_buf_truncate(out, k);
                if (j >= n)
                    bs_buf_putc(out, '/');
            } else {
                bs_buf_put(out, seg, len);
            }
        }
        i = j;
    }
}

static int
is_url_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* The length of a web scheme and its colon at the start of [s, s + n),
   "http:" or "https:" in any case; 0 for another. */
static size_t
web_scheme(const char *s, size_t n)
{
    if (n >= 5 && bs_ci_eq(s, "http:", 5))
        return 5;
    if (n >= 6 && bs_ci_eq(s, "https:", 6))
        return 6;
    return 0;
}

int
bs_url_resolve(const char *base, const char *ref, size_t n, bs_buf *out)
{
    url_parts b, r;
    bs_buf merged = BS_BUF_INIT;
    size_t k;

    while (n > 0 && is_url_space(*ref)) {
        ref++;
        n--;
    }
    while (n > 0 && is_url_space(ref[n - 1]))
        n--;
    if (n == 0)
        return 0;
    /* "https:https://a.example/x": a web scheme written twice */
    k = web_scheme(ref, n);
    if (k > 0 && web_scheme(ref + k, n - k) > 0 &&
        !(n >= k + 2 && ref[k] == '/' && ref[k + 1] == '/')) {
        ref += k;
        n -= k;
        k = web_scheme(ref, n);
    }
    /* "http:/a.example/x", "http:g": a web scheme without its "//" read
       as browsers read it (the URL Standard): after the base's own scheme
       a relative reference, after another the host, past any slashes */
    if (k > 0 && !(n >= k + 2 && ref[k] == '/' && ref[k + 1] == '/')) {
        url_parts bb;
        if (base != NULL && base[0] != '\0') {
            split(base, strlen(base), &bb);
            if (bb.scheme != NULL && bb.scheme_len == k - 1 &&
                bs_ci_eq(bb.scheme, ref, k - 1)) {
                if (n == k)
                    return 0;
                ref += k;
                n -= k;
                k = 0;
            }
        }
        if (k > 0) {
            const char *h = ref + k;
            size_t hn = n - k;
            while (hn > 0 && (*h == '/' || *h == '\\'))
                h++, hn--;
            /* (no host: "http:", "http:?q=1" are no address) */
            if (hn == 0 || *h == '?' || *h == '#')
                return 0;
            bs_buf_put(out, ref, k);
            bs_buf_puts(out, "//");
            bs_buf_put(out, h, hn);
            return 1;
        }
    }
    split(ref, n, &r);
    if (r.scheme != NULL) {
        if ((r.scheme_len == 10 &&
             bs_strcasestr_n(r.scheme, 10, "javascript")) ||
            (r.scheme_len == 8 && bs_strcasestr_n(r.scheme, 8, "vbscript")))
            return 0;
        bs_buf_put(out, ref, n);
        return 1;
    }
    if (base == NULL || base[0] == '\0') {
        bs_buf_put(out, ref, n);
        return 1;
    }
    split(base, strlen(base), &b);
    if (b.scheme == NULL) {
        bs_buf_put(out, ref, n);
        return 1;
    }
    bs_buf_put(out, b.scheme, b.scheme_len);
    bs_buf_putc(out, ':');
    if (r.has_auth) {
        bs_buf_puts(out, "//");
        bs_buf_put(out, r.auth, r.auth_len);
        put_path(out, r.path, r.path_len);
    } else {
        if (b.has_auth) {
            bs_buf_puts(out, "//");
            bs_buf_put(out, b.auth, b.auth_len);
        }
        if (r.path_len == 0) {
            bs_buf_put(out, b.path, b.path_len);
            if (!r.has_query && b.has_query) {
                bs_buf_putc(out, '?');
                bs_buf_put(out, b.query, b.query_len);
            }
        } else if (r.path[0] == '/') {
            put_path(out, r.path, r.path_len);
        } else {
            /* merge: base path up to its last '/', then the reference */
            size_t k = b.path_len;
            while (k > 0 && b.path[k - 1] != '/')
                k--;
            if (b.has_auth && b.path_len == 0)
                bs_buf_putc(&merged, '/');
            bs_buf_put(&merged, b.path, k);
            bs_buf_put(&merged, r.path, r.path_len);
            if (merged.failed)
                out->failed = 1; /* out of memory: out is not the link */
            put_path(out, merged.ptr, merged.len);
            bs_buf_free(&merged);
        }
    }
    if (r.has_query) {
        bs_buf_putc(out, '?');
        bs_buf_put(out, r.query, r.query_len);
    }
    if (r.has_frag) {
        bs_buf_putc(out, '#');
        bs_buf_put(out, r.frag, r.frag_len);
    }
    return 1;
}

static int
is_letter(char c)
{
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'z';
}

const char *
bs_url_host(const char *url, size_t *len)
{
    const char *h;

    if (url == NULL || (h = strstr(url, "://")) == NULL)
        return NULL;
    h += 3;
    *len = strcspn(h, "/?#:");
    return h;
}

int
bs_url_other_page(const char *a, const char *b)
{
    size_t al, bl;
    const char *ha = bs_url_host(a, &al), *hb = bs_url_host(b, &bl);
    const char *pa, *pb;
    size_t pal, pbl;

    if (ha == NULL || hb == NULL)
        return 0;
    if (al > 4 && bs_ci_eq(ha, "www.", 4))
        ha += 4, al -= 4;
    if (bl > 4 && bs_ci_eq(hb, "www.", 4))
        hb += 4, bl -= 4;
    if (al != bl || !bs_ci_eq(ha, hb, al))
        return 1;
    pa = ha + al + strcspn(ha + al, "/?#");
    pb = hb + bl + strcspn(hb + bl, "/?#");
    pal = strcspn(pa, "?#");
    pbl = strcspn(pb, "?#");
    while (pal > 0 && pa[pal - 1] == '/')
        pal--;
    while (pbl > 0 && pb[pbl - 1] == '/')
        pbl--;
    return pal != pbl || memcmp(pa, pb, pal) != 0;
}

int
bs_url_country(const char *url, char *cc)
{
    const char *h, *e, *dot = NULL, *p;
    size_t n;

    cc[0] = '\0';
    if ((h = bs_url_host(url, &n)) == NULL)
        return 0;
    for (p = h, e = h + n; p < e; p++)
        if (*p == '.')
            dot = p;
    if (dot == NULL || e - dot != 3 || !is_letter(dot[1]) ||
        !is_letter(dot[2]))
        return 0;
    cc[0] = (char)(dot[1] | 0x20);
    cc[1] = (char)(dot[2] | 0x20);
    cc[2] = '\0';
    return 1;
}
