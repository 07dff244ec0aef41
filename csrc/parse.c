/*
 * parse.c - from UTF-8 bytes to the compact tree of bs_doc.
 *
 * Two passes:
 *
 * 1. A prefilter copies the page without <script>, <style>, <svg>,
 *    <template> and comments, which are most of a modern page's bytes
 *    and never content.  The text of JSON-LD scripts is kept aside for
 *    meta.c.  libxml2 never sees what was skipped.
 *
 * 2. libxml2's HTML tokenizer runs in SAX mode through a parser context
 *    of our own (no global handler is touched); its events build our
 *    nodes in an arena: no per-node malloc, and only the attributes the
 *    later stages read are kept.  libxml2 still repairs the structure
 *    (implied <html>/<body>, auto-closed <p> and <li>), so the tree is
 *    the one a browser-like parser would give.
 */
#include <stdio.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlIO.h>

#include "internal.h"

/* ------------------------------------------------------------------ */
/* Prefilter                                                            */

static int
ci_at(const char *s, const char *end, const char *word)
{
    for (; *word; word++, s++) {
        char c;

        if (s >= end)
            return 0;
        c = *s;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != *word)
            return 0;
    }
    return 1;
}

/* After "<name": is the tag name complete (followed by space, / or >)? */
static int
name_ends(const char *p, const char *end)
{
    return p >= end || bs_is_space((unsigned char)*p) || *p == '>' ||
           *p == '/';
}

/* The first c in [p, limit), or `limit` when there is none.  *cache keeps
   the last answer (NULL: none yet) and is reused while it lies at or
   after p, so that a scan never reads the same bytes twice. */
static const char *
next_of(const char *p, const char *limit, char c, const char **cache)
{
    if (*cache == NULL || *cache < p) {
        const char *f = p < limit ? memchr(p, c, (size_t)(limit - p)) : NULL;
        *cache = f != NULL ? f : limit;
    }
    return *cache;
}

/* End of a start tag beginning at p ('<'), honouring quoted values:
   returns a pointer just past '>' or `end`.  Jumps from quote to quote
   with memchr rather than looking at every byte, and remembers where the
   next '>' and quotes are, so that a tag with many quoted values costs
   its length, not its length times its values. */
static const char *
tag_end(const char *p, const char *end)
{
    const char *gt_c = NULL, *dq_c = NULL, *sq_c = NULL;

    if (p >= end)
        return end;
    p++;
    for (;;) {
        const char *gt = next_of(p, end, '>', &gt_c);
        const char *dq, *sq, *q, *before;

        if (gt == end)
            return end;
        /* Quotes are looked for before the '>' only: a cached "none" is
           the old '>', which p has passed when the '>' changes. */
        dq = next_of(p, gt, '"', &dq_c);
        sq = next_of(p, gt, '\'', &sq_c);
        q = dq < sq ? dq : sq;
        if (q >= gt)
            return gt + 1;
        /* A quote only opens a value right after '='. */
        before = q - 1;
        while (bs_is_space((unsigned char)*before))
            before--;
        if (*before == '=') {
            const char **qc = *q == '"' ? &dq_c : &sq_c;
            const char *close;

            *qc = NULL; /* the value may hold a '>': look up to the end */
            close = next_of(q + 1, end, *q, qc);
            if (close == end)
                return end;
            p = close + 1;
        } else {
            p = q + 1;
        }
    }
}

/* Find "</name" from p; returns its '<' or `end`. */
static const char *
find_close(const char *p, const char *end, const char *name)
{
    size_t n = strlen(name);

    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p));

        if (lt == NULL)
            return end;
        if (lt + 1 < end && lt[1] == '/' && ci_at(lt + 2, end, name) &&
            name_ends(lt + 2 + n, end))
            return lt;
        p = lt + 1;
    }
    return end;
}

/* Foreign content (<svg>, <math>) ends, as an HTML parser reads it, at
   its own end tag; or just before an end tag that names no element open
   inside it ("<a><svg></a>": the link's end closes the picture too); or
   just before a start tag that HTML does not allow in it ("<svg><p>"),
   unless an element that holds HTML (<foreignObject>, <title>, <mi>) is
   open.  foreign_end() scans from p, just past the root's start tag, and
   returns where the skip ends: past the own end tag, or at the '<' of
   the tag that ends the foreign element.  Nesting deeper than
   FOREIGN_DEPTH is counted, not named. */
#define FOREIGN_DEPTH 32

typedef struct {
    const char *name;
    size_t len;
} foreign_open;

static int
name_is(const char *s, size_t n, const char *word)
{
    return strlen(word) == n && ci_at(s, s + n, word);
}

/* Are the tag names [a, a+n) and [b, b+n) the same, ignoring ASCII case? */
static int
same_name(const char *a, const char *b, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if ((a[i] | 32) != (b[i] | 32))
            return 0;
    return 1;
}

/* Past the "-->" that ends a comment whose text starts at p, or `end`. */
static const char *
comment_end(const char *p, const char *end)
{
    while (p + 2 < end) {
        const char *dash = memchr(p, '-', (size_t)(end - p));
        if (dash == NULL || dash + 2 >= end)
            break;
        if (dash[1] == '-' && dash[2] == '>')
            return dash + 3;
        p = dash + 1;
    }
    return end;
}

static int
holds_html(const char *s, size_t n)
{
    static const char *const names[] = {"foreignobject", "desc", "title",
                                        "mi", "mo", "mn", "ms", "mtext",
                                        "annotation-xml"};
    size_t i;

    for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if (name_is(s, n, names[i]))
            return 1;
    return 0;
}

static int
breaks_out(const char *s, size_t n)
{
    static const char *const names[] = {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd",
        "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta",
        "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong",
        "strike", "sub", "sup", "table", "tt", "u", "ul", "var"};
    size_t i;

    for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if (name_is(s, n, names[i]))
            return 1;
    return 0;
}

static const char *
foreign_end(const char *p, const char *end, const char *root)
{
    foreign_open open[FOREIGN_DEPTH];
    int depth = 0, html = 0, k;
    unsigned extra = 0;

    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p)), *name, *q;
        size_t n;

        if (lt == NULL || lt + 1 >= end)
            return end;
        p = lt + 1;
        if (*p == '!') {
            p = ci_at(p, end, "!--") ? comment_end(p + 3, end)
                                     : tag_end(lt, end);
            continue;
        }
        name = *p == '/' ? p + 1 : p;
        if (name >= end || (*name | 32) < 'a' || (*name | 32) > 'z')
            continue;
        for (q = name; q < end && !name_ends(q, end); q++)
            ;
        n = (size_t)(q - name);
        if (*p == '/') {
            if (extra > 0) {
                extra--;
                p = tag_end(lt, end);
                continue;
            }
            for (k = depth - 1; k >= 0; k--)
                if (open[k].len == n && same_name(open[k].name, name, n))
                    break;
            if (k >= 0) {
                depth = k;
                for (html = 0, k = 0; k < depth; k++)
                    html |= holds_html(open[k].name, open[k].len);
                p = tag_end(lt, end);
                continue;
            }
            if (name_is(name, n, root))
                return tag_end(lt, end);
            return lt;
        }
        if (!html && breaks_out(name, n))
            return lt;
        p = tag_end(lt, end);
        if (name_is(name, n, "script") || name_is(name, n, "style")) {
            /* its text is no markup: "if (a<b)" opens no <b> */
            const char *close = find_close(p, end, n == 6 ? "script"
                                                          : "style");
            p = tag_end(close, end);
            continue;
        }
        if (p - lt >= 2 && p[-1] == '>' && p[-2] == '/')
            continue; /* self-closed */
        if (depth < FOREIGN_DEPTH) {
            open[depth].name = name;
            open[depth].len = n;
            html |= holds_html(name, n);
            depth++;
        } else {
            extra++;
        }
    }
    return end;
}

/* Does the start tag [lt, end) have type="application/ld+json"? */
static int
is_jsonld_tag(const char *lt, const char *end)
{
    const char *p;

    for (p = lt + 1; p + 4 < end; p++) {
        const char *v;
        char quote = 0;

        if (!bs_is_space((unsigned char)p[-1]) || !ci_at(p, end, "type"))
            continue;
        v = p + 4;
        while (v < end && bs_is_space((unsigned char)*v))
            v++;
        if (v >= end || *v != '=')
            continue;
        v++;
        while (v < end && bs_is_space((unsigned char)*v))
            v++;
        if (v < end && (*v == '"' || *v == '\''))
            quote = *v++;
        for (; v + 7 <= end && *v != quote && *v != '>' &&
               !(quote == 0 && bs_is_space((unsigned char)*v));
             v++) {
            if (ci_at(v, end, "ld+json"))
                return 1;
        }
        return 0;
    }
    return 0;
}

int
bs_doc_add_jsonld(bs_doc *doc, const char *s, size_t n)
{
    char *copy;

    if (n > BS_MAX_JSONLD)
        return 1; /* too large to parse: ignored, documented limit */
    if (doc->njsonld == doc->jsonld_cap) {
        size_t cap = doc->jsonld_cap ? doc->jsonld_cap * 2 : 4;
        const char **v = bs_arena_alloc(&doc->arena, cap * sizeof(*v));
        size_t *l = bs_arena_alloc(&doc->arena, cap * sizeof(*l));

        if (v == NULL || l == NULL)
            return 0;
        if (doc->njsonld) {
            memcpy(v, doc->jsonld, doc->njsonld * sizeof(*v));
            memcpy(l, doc->jsonld_len, doc->njsonld * sizeof(*l));
        }
        doc->jsonld = v;
        doc->jsonld_len = l;
        doc->jsonld_cap = cap;
    }
    copy = bs_arena_strndup(&doc->arena, s, n);
    if (copy == NULL)
        return 0;
    doc->jsonld[doc->njsonld] = copy;
    doc->jsonld_len[doc->njsonld] = n;
    doc->njsonld++;
    return 1;
}

/* Can an attribute name start with c, for libxml2 2.9? */
static int
name_start(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           c == ':' || (unsigned char)c >= 0x80;
}

/* Attributes kept of one start tag: libxml2 compares each attribute name
   with all the ones before it (to drop repeats), so a tag of a million
   attributes would cost it 10^12 steps. */
#define MAX_ATTRS 64

/* Step over the attribute that starts at p (name, optional '=' and
   quoted or bare value) in a start tag ending at te. */
static const char *
skip_attr(const char *p, const char *te)
{
    while (p < te && !bs_is_space((unsigned char)*p) && *p != '=' &&
           *p != '>')
        p++;
    while (p < te && bs_is_space((unsigned char)*p))
        p++;
    if (p < te && *p == '=') {
        p++;
        while (p < te && bs_is_space((unsigned char)*p))
            p++;
        if (p < te && (*p == '"' || *p == '\'')) {
            const char *q = memchr(p + 1, *p, (size_t)(te - p - 1));
            p = q ? q + 1 : te;
        } else {
            while (p < te && !bs_is_space((unsigned char)*p) && *p != '>')
                p++;
        }
    }
    return p;
}

/* Attribute values stay in the page: libxml2 reads a value one character
   at a time (the largest part of its work on a typical page), so it is
   given a short placeholder instead, the value's number in this table,
   and sax_start takes the value from here. */
typedef struct {
    const char *p;
    size_t n;
} span;

typedef struct {
    span *v;
    size_t len, cap;
    int failed;
} value_table;

static int
value_add(value_table *t, const char *p, size_t n)
{
    if (t->len == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 256;
        span *grown = bs_realloc(t->v, cap * sizeof(*grown));

        if (grown == NULL) {
            t->failed = 1;
            return 0;
        }
        t->v = grown;
        t->cap = cap;
    }
    t->v[t->len].p = p;
    t->v[t->len].n = n;
    t->len++;
    return 1;
}

/* Does [s, s + n) contain `word` (lowercase ASCII), in any case? */
static int
has_word(const char *s, size_t n, const char *word)
{
    size_t w = strlen(word), i;

    for (i = 0; i + w <= n; i++) {
        if ((s[i] | 32) == word[0] && ci_at(s + i, s + n, word))
            return 1;
    }
    return 0;
}

/* Is the attribute [a, e) (name, '=' and value) one the tree keeps?  Names
   are matched without case, as libxml2 lowercases them.  An inline style
   is kept only when it may hide the element (sax_start looks closer). */
static int
attr_kept(const char *a, const char *e)
{
    char name[24];
    size_t n = 0;

    if (!name_start(*a))
        return 0; /* libxml2 would misread the rest of the tag */
    while (a + n < e && !bs_is_space((unsigned char)a[n]) && a[n] != '=' &&
           a[n] != '>') {
        char c = a[n];
        if (n == sizeof(name))
            return 0;
        name[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    switch (bs_attr_lookup(name, n)) {
    case -1:
        return 0;
    case BS_ATTR_STYLE: {
        size_t len = (size_t)(e - a);
        return has_word(a, len, "none") || has_word(a, len, "hidden");
    }
    default:
        return 1;
    }
}

/* Write the attribute [a, e) to out as ` name` or ` name="N"`, N the
   number of its value in the table. */
static void
put_attr(const char *a, const char *e, bs_buf *out, value_table *vals)
{
    const char *p = a, *v, *ve;
    char num[24];
    size_t idx, k = sizeof(num);

    while (p < e && !bs_is_space((unsigned char)*p) && *p != '=')
        p++;
    bs_buf_putc(out, ' ');
    bs_buf_put(out, a, (size_t)(p - a));
    while (p < e && bs_is_space((unsigned char)*p))
        p++;
    if (p >= e || *p != '=')
        return; /* no value */
    p++;
    while (p < e && bs_is_space((unsigned char)*p))
        p++;
    v = p;
    ve = e;
    if (v < ve && (*v == '"' || *v == '\'')) {
        v++;
        if (ve > v && ve[-1] == p[0])
            ve--; /* the closing quote */
        else if (ve > v && ve[-1] == '>')
            ve--; /* unclosed: skip_attr stopped at the tag's end */
    }
    if (!value_add(vals, v, (size_t)(ve - v)))
        return;
    idx = vals->len - 1;
    do { /* the number, backwards */
        num[--k] = (char)('0' + idx % 10);
        idx /= 10;
    } while (idx > 0);
    num[--k] = '"';
    num[--k] = '=';
    bs_buf_put(out, num + k, sizeof(num) - k);
    bs_buf_putc(out, '"');
}

/* Copy the start tag [lt, te), whose name ends at name_end, to out as the
   tree will need it: only the attributes the tree keeps (not inline style
   sheets, data-* of scripts, event handlers, nor names libxml2 cannot read
   such as "@click" of Alpine and Vue, which would make it end the tag at
   a '>' inside their values), at most MAX_ATTRS of them, each value
   replaced by its number in vals.  A tag the page leaves unterminated
   keeps its name only. */
static void
copy_tag(const char *lt, const char *name_end, const char *te, bs_buf *out,
         value_table *vals)
{
    const char *p = name_end;
    size_t kept = 0;
    int selfclose = 0, closed = te - lt >= 2 && te[-1] == '>';

    bs_buf_put(out, lt, (size_t)(p - lt));
    while (closed && p < te) {
        const char *a;

        selfclose = 0;
        while (p < te && (bs_is_space((unsigned char)*p) || *p == '/')) {
            selfclose = *p == '/';
            p++;
        }
        if (p >= te || *p == '>')
            break;
        a = p;
        p = skip_attr(p, te);
        if (p == a)
            p++; /* cannot happen: skip_attr moves past a non-space */
        else if (kept < MAX_ATTRS && attr_kept(a, p)) {
            put_attr(a, p, out, vals);
            kept++;
        }
    }
    if (!closed)
        return;
    if (selfclose)
        bs_buf_putc(out, '/');
    bs_buf_putc(out, '>');
}

/* Copy [a, b) to out with runs of white space cut to one character (a
   newline when the run has one): indentation is a third of the text
   libxml2 would otherwise read a character at a time.  Before raw_until
   (inside <pre> and its kind) the text is copied as it is. */
static void
put_text(bs_buf *out, const char *a, const char *b, const char *raw_until)
{
    if (raw_until > a) {
        const char *m = raw_until < b ? raw_until : b;
        bs_buf_put(out, a, (size_t)(m - a));
        a = m;
    }
    while (a < b) {
        const char *q = a;
        int nl = 0;

        /* the next run of two or more white space characters */
        while (q + 1 < b && !(bs_is_space((unsigned char)q[0]) &&
                              bs_is_space((unsigned char)q[1])))
            q++;
        if (q + 1 >= b) {
            bs_buf_put(out, a, (size_t)(b - a));
            return;
        }
        bs_buf_put(out, a, (size_t)(q - a));
        for (a = q; a < b && bs_is_space((unsigned char)*a); a++)
            nl |= *a == '\n';
        bs_buf_putc(out, nl ? '\n' : ' ');
    }
}

/* Is the start tag at lt (after '<') one whose text keeps its white
   space? */
static const char *
raw_space_tag(const char *p, const char *end)
{
    static const char *const names[] = {"pre", "textarea", "listing", "xmp",
                                        "plaintext"};
    size_t i;

    for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        if (ci_at(p, end, names[i]) && name_ends(p + strlen(names[i]), end))
            return names[i];
    }
    return NULL;
}

/* Copy s without what is never content; JSON-LD goes to doc.  Returns 0
   when out of memory. */
static int
prefilter(const char *s, size_t len, bs_doc *doc, bs_buf *out,
          value_table *vals)
{
    static const char *const raw[] = {"script", "style", "svg", "template",
                                      "math"};
    const char *p = s, *end = s + len, *copy = s, *raw_until = s;

    if (!bs_buf_grow(out, len))
        return 0;
    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        const char *skip_to = NULL;
        size_t i;

        if (lt == NULL)
            break;
        p = lt + 1;
        if (p >= end)
            break;
        if (*p == '!') {
            if (ci_at(p, end, "!--")) {
                skip_to = comment_end(p + 3, end);
                /* "<!-->" and "<!--->" are empty comments. */
                if (p + 3 < end && p[3] == '>')
                    skip_to = p + 4;
                else if (p + 4 < end && p[3] == '-' && p[4] == '>')
                    skip_to = p + 5;
            }
        } else if ((*p | 32) >= 'a' && (*p | 32) <= 'z') {
            for (i = 0; i < sizeof(raw) / sizeof(raw[0]); i++) {
                size_t n = strlen(raw[i]);
                const char *body, *close;

                if (!ci_at(p, end, raw[i]) || !name_ends(p + n, end))
                    continue;
                body = tag_end(lt, end);
                if (i == 0 && body > lt) {
                    /* A JSON-LD script?  Look at its type. */
                    int ld = is_jsonld_tag(lt, body);
                    close = find_close(body, end, raw[i]);
                    if (ld && !bs_doc_add_jsonld(doc, body,
                                                 (size_t)(close - body)))
                        return 0;
                } else if (body[-1] == '>' && body - 2 >= lt &&
                           body[-2] == '/') {
                    close = NULL; /* self-closed <svg/> */
                } else if (i == 2 || i == 4) {
                    skip_to = foreign_end(body, end, raw[i]);
                    break;
                } else {
                    close = find_close(body, end, raw[i]);
                }
                skip_to = close == NULL ? body : tag_end(close, end);
                break;
            }
            /* Any other start tag: step over it whole, so that a '<' in
               a quoted attribute value is not taken for a tag, and copy
               it with only the attributes the tree keeps. */
            if (skip_to == NULL) {
                const char *name_end = lt + 1;
                const char *rawname = (*p | 32) == 'p' || (*p | 32) == 't' ||
                                              (*p | 32) == 'l' || (*p | 32) == 'x'
                                          ? raw_space_tag(p, end)
                                          : NULL;

                p = tag_end(lt, end);
                if (rawname != NULL) {
                    const char *close = find_close(p, end, rawname);
                    /* the text before it is collapsed as usual */
                    put_text(out, copy, lt, raw_until);
                    copy = lt;
                    if (close > raw_until)
                        raw_until = close;
                }
                while (name_end < p && !bs_is_space((unsigned char)*name_end) &&
                       *name_end != '>')
                    name_end++;
                if (name_end < p && *name_end != '>') { /* attributes */
                    put_text(out, copy, lt, raw_until);
                    copy_tag(lt, name_end, p, out, vals);
                    copy = p;
                }
            }
        }
        if (skip_to != NULL) {
            put_text(out, copy, lt, raw_until);
            /* Keep a space so words on both sides stay apart. */
            bs_buf_putc(out, ' ');
            copy = p = skip_to;
        }
    }
    put_text(out, copy, end, raw_until);
    return !out->failed && !vals->failed;
}

/* ------------------------------------------------------------------ */
/* SAX tree builder                                                    */

/* Budget of libxml2's error repairs, in stack entries walked: per byte of
   the page, plus a floor (see sax_error). */
#define PARSE_WORK_PER_BYTE 16u
#define PARSE_WORK_MIN (64u * 1024u * 1024u)


typedef struct {
    bs_doc *doc;
    htmlParserCtxtPtr ctxt;
    bs_node *cur;
    bs_buf text;       /* pending character data */
    unsigned depth;    /* depth of cur */
    unsigned overflow; /* open elements past BS_MAX_DEPTH */
    size_t work;       /* libxml2's stack scans for errors (see sax_error) */
    size_t work_max;
    int failed;        /* out of memory */
    const value_table *vals; /* attribute values by number (prefilter) */
    bs_buf scratch;    /* an attribute value with its references decoded */
    /* name pointer -> tag, names are interned by libxml2's dictionary */
    const xmlChar *cache_name[256];
    uint16_t cache_tag[256];
} builder;

static void
stop(builder *b, int oom)
{
    if (oom)
        b->failed = 1;
    xmlStopParser(b->ctxt);
}

static bs_node *
new_node(builder *b, bs_tag tag)
{
    bs_doc *d = b->doc;
    bs_node *n;

    if (d->nnodes >= BS_MAX_NODES) {
        d->truncated = 1;
        stop(b, 0);
        return NULL;
    }
    if (d->nnodes % BS_NODE_BLOCK == 0) {
        size_t nb = d->nnodes / BS_NODE_BLOCK;
        bs_node **blocks = bs_realloc(d->blocks, (nb + 1) * sizeof(*blocks));

        if (blocks == NULL) {
            stop(b, 1);
            return NULL;
        }
        d->blocks = blocks;
        blocks[nb] = bs_malloc(BS_NODE_BLOCK * sizeof(bs_node));
        if (blocks[nb] == NULL) {
            stop(b, 1);
            return NULL;
        }
        d->nblocks = nb + 1;
    }
    n = bs_doc_node(d, d->nnodes);
    memset(n, 0, sizeof(*n));
    n->tag = (uint16_t)tag;
    n->index = (uint32_t)d->nnodes;
    d->nnodes++;
    return n;
}

static void
append(bs_node *parent, bs_node *n)
{
    n->parent = parent;
    n->prev = parent->last;
    if (parent->last)
        parent->last->next = n;
    else
        parent->first = n;
    parent->last = n;
}

static void
flush_text(builder *b)
{
    bs_buf *t = &b->text;
    bs_node *n;
    size_t i;
    int blank = 1;

    if (t->len == 0 || b->failed)
        return;
    for (i = 0; i < t->len; i++) {
        if (!bs_is_space((unsigned char)t->ptr[i])) {
            blank = 0;
            break;
        }
    }
    n = new_node(b, BS_TAG_TEXT);
    if (n == NULL)
        goto done;
    if (blank) {
        n->text = " ";
        n->len = 1;
    } else {
        n->text = bs_arena_strndup(&b->doc->arena, t->ptr, t->len);
        n->len = (uint32_t)t->len;
        if (n->text == NULL) {
            n->text = "";
            n->len = 0;
            stop(b, 1);
        }
    }
    append(b->cur, n);
done:
    bs_buf_clear(t);
}

static bs_tag
lookup_tag(builder *b, const xmlChar *name)
{
    unsigned h = (unsigned)(((uintptr_t)name >> 4) & 255u);
    bs_tag tag;

    if (b->cache_name[h] == name)
        return (bs_tag)b->cache_tag[h];
    tag = bs_tag_lookup((const char *)name, strlen((const char *)name));
    b->cache_name[h] = name;
    b->cache_tag[h] = (uint16_t)tag;
    return tag;
}

/* Does the text at s (white space skipped) start with `word`? */
static const char *
skip_word(const char *s, const char *word)
{
    while (bs_is_space((unsigned char)*s))
        s++;
    for (; *word; word++, s++) {
        char c = *s;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != *word)
            return NULL;
    }
    return s;
}

/* An inline style with display:none or visibility:hidden. */
static int
is_hidden_style(const char *v)
{
    const char *p;

    for (p = v; *p; p++) {
        const char *q;

        if (p > v &&
            (bs_is_alnum_ascii((unsigned char)p[-1]) || p[-1] == '-'))
            continue; /* inside a longer property name */
        if ((q = skip_word(p, "display")) != NULL &&
            (q = skip_word(q, ":")) != NULL &&
            (q = skip_word(q, "none")) != NULL &&
            !bs_is_alnum_ascii((unsigned char)*q))
            return 1;
        if ((q = skip_word(p, "visibility")) != NULL &&
            (q = skip_word(q, ":")) != NULL &&
            (q = skip_word(q, "hidden")) != NULL &&
            !bs_is_alnum_ascii((unsigned char)*q))
            return 1;
    }
    return 0;
}

/* Decode the character references of the value [s, s + n) to out, as
   libxml2 would: numeric ones (with or without ';') and HTML's names. */
void
bs_decode_refs(const char *s, size_t n, bs_buf *out)
{
    const char *p = s, *end = s + n;

    while (p < end) {
        const char *amp = memchr(p, '&', (size_t)(end - p));
        const char *q;

        if (out->len > BS_MAX_ATTR)
            return; /* the caller keeps no more than this */
        if (amp == NULL)
            break;
        bs_buf_put(out, p, (size_t)(amp - p));
        p = amp + 1;
        q = p;
        if (q < end && *q == '#') {
            uint32_t cp = 0;
            int hex = q + 1 < end && (q[1] == 'x' || q[1] == 'X');
            int digits = 0;

            for (q += hex ? 2 : 1; q < end; q++) {
                int d = *q >= '0' && *q <= '9' ? *q - '0'
                        : hex && (*q | 32) >= 'a' && (*q | 32) <= 'f'
                            ? (*q | 32) - 'a' + 10
                            : -1;
                if (d < 0)
                    break;
                if (cp < 0x110000)
                    cp = cp * (hex ? 16u : 10u) + (uint32_t)d;
                digits++;
            }
            if (digits > 0) {
                if (q < end && *q == ';')
                    q++;
                if (cp == 0 || cp >= 0x110000 || (cp >= 0xD800 && cp <= 0xDFFF))
                    cp = 0xFFFD;
                bs_buf_put_utf8(out, cp);
                p = q;
                continue;
            }
        } else {
            char name[40];
            size_t k = 0;

            while (q < end && k < sizeof(name) - 1 &&
                   bs_is_alnum_ascii((unsigned char)*q))
                name[k++] = *q++;
            name[k] = '\0';
            if (k > 0 && q < end && *q == ';') {
                const htmlEntityDesc *e = htmlEntityLookup((const xmlChar *)name);

                if (e != NULL) {
                    bs_buf_put_utf8(out, e->value);
                    p = q + 1;
                    continue;
                }
            }
        }
        bs_buf_putc(out, '&');
    }
    bs_buf_put(out, p, (size_t)(end - p));
}

/* The value of an attribute, in the arena: libxml2 gave us a placeholder,
   the number of the value in b->vals (see put_attr), or, for a tag the
   prefilter did not see as one, the value itself.  NULL when out of
   memory. */
static const char *
attr_value(builder *b, const char *given)
{
    const char *v = given != NULL ? given : "";
    size_t n = strlen(v), idx = 0, i;

    if (n > 0 && n < 20) {
        for (i = 0; i < n && v[i] >= '0' && v[i] <= '9'; i++)
            idx = idx * 10 + (size_t)(v[i] - '0');
        if (i == n && idx < b->vals->len) {
            v = b->vals->v[idx].p;
            n = b->vals->v[idx].n;
            if (memchr(v, '&', n) != NULL) {
                b->scratch.len = 0;
                bs_decode_refs(v, n, &b->scratch);
                if (b->scratch.failed)
                    return NULL;
                v = b->scratch.ptr;
                n = b->scratch.len;
            }
        }
    }
    if (n > BS_MAX_ATTR) {
        n = BS_MAX_ATTR;
        while (n > 0 && ((unsigned char)v[n] & 0xC0) == 0x80)
            n--; /* not inside a UTF-8 sequence */
    }
    return bs_arena_strndup(&b->doc->arena, v, n);
}

/* A custom element ("<pp-navigation>", "<site-header>", "<x-comments>")
   names what it is in its tag as others do in their class: its name
   joins its class names, for the cleaning and the scoring to read.
   Returns 0 when out of memory. */
static int
name_as_class(builder *b, bs_node *n, const char *name)
{
    size_t i, k = strlen(name);
    bs_attr *attrs;
    char *v;

    for (i = 0; i < n->nattrs; i++) {
        if (n->attrs[i].id == BS_ATTR_CLASS) {
            size_t old = strlen(n->attrs[i].value);
            v = bs_arena_alloc(&b->doc->arena, k + 1 + old + 1);
            if (v == NULL)
                return 0;
            memcpy(v, name, k);
            v[k] = ' ';
            memcpy(v + k + 1, n->attrs[i].value, old + 1);
            n->attrs[i].value = v;
            return 1;
        }
    }
    if (n->nattrs >= UINT16_MAX)
        return 1;
    attrs = bs_arena_alloc(&b->doc->arena, (n->nattrs + 1u) * sizeof(bs_attr));
    v = bs_arena_strndup(&b->doc->arena, name, k);
    if (attrs == NULL || v == NULL)
        return 0;
    if (n->nattrs > 0)
        memcpy(attrs, n->attrs, n->nattrs * sizeof(bs_attr));
    attrs[n->nattrs].id = (uint8_t)BS_ATTR_CLASS;
    attrs[n->nattrs].value = v;
    n->attrs = attrs;
    n->nattrs++;
    return 1;
}

static void
sax_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    builder *b = ctx;
    bs_node *n;
    bs_tag tag;
    size_t i, nkeep = 0;
    int hidden = 0, streamed = 0;

    if (b->failed)
        return;
    flush_text(b);
    if (b->depth >= BS_MAX_DEPTH) {
        b->overflow++;
        return;
    }
    tag = lookup_tag(b, name);
    n = new_node(b, tag);
    if (n == NULL)
        return;
    if (atts != NULL) {
        /* The prefilter passed on only attributes the tree keeps (style
           aside): room for all of them. */
        for (i = 0; atts[i] != NULL; i += 2)
            nkeep++;
    }
    if (nkeep > 0) {
        n->attrs = bs_arena_alloc(&b->doc->arena, nkeep * sizeof(bs_attr));
        if (n->attrs == NULL) {
            stop(b, 1);
            return;
        }
        for (i = 0; atts[i] != NULL && n->nattrs < nkeep; i += 2) {
            int id = bs_attr_lookup((const char *)atts[i],
                                    strlen((const char *)atts[i]));
            const char *v;

            if (id < 0)
                continue;
            v = attr_value(b, (const char *)atts[i + 1]);
            if (v == NULL) {
                stop(b, 1);
                return;
            }
            if (id == BS_ATTR_STYLE) {
                if (is_hidden_style(v))
                    n->flags |= BS_NF_HIDDEN;
                continue;
            }
            /* a popover is hidden until opened, as hidden is */
            if (id == BS_ATTR_HIDDEN || id == BS_ATTR_POPOVER)
                hidden = 1;
            if (id == BS_ATTR_ID && v[0] == 'S' && v[1] == ':')
                streamed = 1;
            /* aria-hidden keeps an element from assistive technology,
               not from the screen: the text shows */
            if (id == BS_ATTR_ARIA_HIDDEN && strcmp(v, "true") == 0)
                n->flags |= BS_NF_AT_HIDDEN;
            n->attrs[n->nattrs].id = (uint8_t)id;
            n->attrs[n->nattrs].value = v;
            n->nattrs++;
        }
        /* <div hidden id="S:1">: a segment of a page streamed by React,
           which its script moves into place at once; shown, not hidden. */
        if (hidden && !streamed)
            n->flags |= BS_NF_HIDDEN;
    }
    if (tag == BS_TAG_CUSTOM &&
        !name_as_class(b, n, (const char *)name)) {
        stop(b, 1);
        return;
    }
    append(b->cur, n);
    b->cur = n;
    b->depth++;
    switch (tag) {
    case BS_TAG_HTML:
        if (b->doc->html == NULL)
            b->doc->html = n;
        break;
    case BS_TAG_HEAD:
        if (b->doc->head == NULL)
            b->doc->head = n;
        break;
    case BS_TAG_BODY:
        if (b->doc->body == NULL)
            b->doc->body = n;
        break;
    default:
        break;
    }
}

static void
sax_end(void *ctx, const xmlChar *name)
{
    builder *b = ctx;

    (void)name;
    if (b->failed)
        return;
    flush_text(b);
    if (b->overflow > 0) {
        b->overflow--;
        return;
    }
    if (b->cur != b->doc->root) {
        b->cur = b->cur->parent;
        b->depth--;
    }
}

static void
sax_chars(void *ctx, const xmlChar *ch, int len)
{
    builder *b = ctx;

    if (b->failed || len <= 0)
        return;
    bs_buf_put(&b->text, (const char *)ch, (size_t)len);
    if (b->text.failed)
        stop(b, 1);
}

/* libxml2 reports markup errors here (and nowhere else: no global
   handler is touched).  Most of its costly repairs come with an error and
   walk its whole stack of open elements: an end tag that matches none of
   them ("Unexpected end tag"), or that one of them blocks, a misplaced
   <body>.  After 100,000 unclosed <div>s, each stray end tag costs 100,000
   steps, and a page of them would take hours.  So the depth at every
   error is added up, and past a budget linear in the page's size the
   parse stops there: the page is truncated, as at the node limit. */
static void
sax_error(void *ctx, xmlErrorPtr error)
{
    builder *b = ctx;

    (void)error;
    if (b == NULL || b->ctxt == NULL || b->failed)
        return;
    b->work += (size_t)(b->ctxt->nameNr > 0 ? b->ctxt->nameNr : 0) + 1;
    if (b->work > b->work_max) {
        b->doc->truncated = 1;
        stop(b, 0);
    }
}

static int
set_error(bs_error *err, bs_status st, const char *msg)
{
    err->status = st;
    snprintf(err->message, sizeof(err->message), "%s", msg);
    return st;
}

bs_status
bs_parse(const char *utf8, size_t len, bs_doc *doc, bs_error *err)
{
    bs_buf clean = BS_BUF_INIT;
    value_table vals = {NULL, 0, 0, 0};
    builder b;
    htmlParserCtxtPtr ctxt = NULL;
    xmlParserInputBufferPtr ibuf = NULL;
    xmlParserInputPtr input = NULL;
    bs_status st = BS_OK;

    memset(&b, 0, sizeof(b));
    bs_buf_init(&b.text);
    bs_buf_init(&b.scratch);
    b.vals = &vals;
    doc->root = NULL;
    if (!prefilter(utf8, len, doc, &clean, &vals)) {
        st = set_error(err, BS_ERR_NOMEM, "out of memory in the prefilter");
        goto done;
    }
    b.doc = doc;
    b.cur = doc->root = new_node(&b, BS_TAG_UNKNOWN);
    if (doc->root == NULL) {
        st = set_error(err, BS_ERR_NOMEM, "out of memory");
        goto done;
    }
    if (clean.len == 0)
        goto done;

    ctxt = htmlNewParserCtxt();
    if (ctxt == NULL) {
        st = set_error(err, BS_ERR_NOMEM, "out of memory (parser context)");
        goto done;
    }
    memset(ctxt->sax, 0, sizeof(*ctxt->sax));
    ctxt->sax->startElement = sax_start;
    ctxt->sax->endElement = sax_end;
    ctxt->sax->characters = sax_chars;
    ctxt->sax->ignorableWhitespace = sax_chars;
    ctxt->sax->serror = sax_error;
    ctxt->sax->initialized = XML_SAX2_MAGIC;
    ctxt->userData = &b;
    htmlCtxtUseOptions(ctxt, HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                 HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC |
                                 HTML_PARSE_NODEFDTD);
    b.ctxt = ctxt;
    b.work_max = PARSE_WORK_PER_BYTE * clean.len + PARSE_WORK_MIN;

    /* libxml2 gets a copy: with a static buffer, 2.9's input shrinking
       rewinds into the caller's memory and re-reads or overruns it. */
    ibuf = xmlParserInputBufferCreateMem(clean.ptr, (int)clean.len,
                                         XML_CHAR_ENCODING_NONE);
    bs_buf_free(&clean);
    if (ibuf == NULL) {
        st = set_error(err, BS_ERR_NOMEM, "out of memory (input buffer)");
        goto done;
    }
    input = xmlNewIOInputStream(ctxt, ibuf, XML_CHAR_ENCODING_NONE);
    if (input == NULL) {
        xmlFreeParserInputBuffer(ibuf);
        st = set_error(err, BS_ERR_NOMEM, "out of memory (input stream)");
        goto done;
    }
    if (inputPush(ctxt, input) < 0) {
        xmlFreeInputStream(input);
        st = set_error(err, BS_ERR_NOMEM, "out of memory (input stack)");
        goto done;
    }
    /* The input is valid UTF-8 (bs_decode made it so): say so, or the
       parser would fall back to ISO-8859-1 for non-ASCII bytes. */
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    ctxt->charset = XML_CHAR_ENCODING_UTF8;
    htmlParseDocument(ctxt);
    flush_text(&b);
    if (b.failed || ctxt->errNo == XML_ERR_NO_MEMORY)
        st = set_error(err, BS_ERR_NOMEM, "out of memory while parsing");

done:
    if (ctxt != NULL)
        htmlFreeParserCtxt(ctxt);
    bs_buf_free(&b.text);
    bs_buf_free(&b.scratch);
    bs_buf_free(&clean);
    bs_free(vals.v);
    if (st == BS_OK && doc->arena.failed)
        st = set_error(err, BS_ERR_NOMEM, "out of memory");
    return st;
}

void
bs_doc_free(bs_doc *doc)
{
    size_t i;

    for (i = 0; i < doc->nblocks; i++)
        bs_dealloc(doc->blocks[i]);
    bs_dealloc(doc->blocks);
    doc->blocks = NULL;
    doc->nblocks = 0;
    doc->nnodes = 0;
    bs_arena_free(&doc->arena);
}
