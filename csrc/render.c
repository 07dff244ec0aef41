/*
 * render.c - the renderer core: the walk, separation between blocks,
 * line prefixes, lazy inline markers and white space.
 *
 * Markers (**, *, [, heading hashes) are opened lazily: they are written
 * just before the first visible character inside them, so an empty
 * <strong></strong> writes nothing and "<b> word </b>" comes out as
 * " **word** " rather than "** word **".
 */
#include <string.h>

#include "render.h"

void
r_init(renderer *r, const bs_render_ctx *ctx, r_mode mode, bs_buf *out)
{
    memset(r, 0, sizeof(*r));
    r->ctx = ctx;
    r->mode = mode;
    r->out = out;
    bs_buf_init(&r->prefix);
    r->line_start = 1;
}

void
r_free(renderer *r)
{
    while (r->nmarks > 0)
        r_pop_mark(r);
    bs_buf_free(&r->prefix);
}

int
r_skip(const renderer *r, const bs_node *n)
{
    (void)r;
    if (n->flags & (BS_NF_REMOVED | BS_NF_HIDDEN))
        return 1;
    return n->tag != BS_TAG_TEXT &&
           (bs_tag_flags((bs_tag)n->tag) & BS_TF_SKIP) != 0;
}

void
r_walk(renderer *r, const bs_node *root)
{
    const bs_node *n = root;

    for (;;) {
        int skip = (n != root || !r->ignore_removed_root) && r_skip(r, n);
        int descend = !skip && r->enter(r, n);

        if (descend && n->first != NULL) {
            n = n->first;
            continue;
        }
        /* Leave n (when entered), then its ancestors without a next. */
        for (;;) {
            if (!skip)
                r->exit(r, n);
            skip = 0;
            if (n == root)
                return;
            if (n->next != NULL) {
                n = n->next;
                break;
            }
            n = n->parent;
        }
    }
}

void
r_walk_content(renderer *r)
{
    const bs_doc *d = r->ctx->doc;
    const bs_node *root;
    size_t i;

    for (i = 0; (root = bs_next_content_root(d, &i)) != NULL;) {
        r_block(r, 2);
        r_walk(r, root);
    }
}

void
r_block(renderer *r, int need)
{
    if (need > r->need)
        r->need = need;
    if (need >= 2)
        r->hard_break = 0;
    r->space = 0;
}

void
r_push_prefix(renderer *r, const char *p)
{
    bs_buf_puts(&r->prefix, p);
}

void
r_pop_prefix(renderer *r, size_t len)
{
    bs_buf_truncate(&r->prefix, r->prefix.len >= len ? r->prefix.len - len
                                                     : 0);
}

/* Write the prefix of a new line (without trailing spaces when the line
   stays empty). */
static void
put_prefix(renderer *r, int blank)
{
    size_t n = r->prefix.len;

    if (blank) {
        while (n > 0 && r->prefix.ptr[n - 1] == ' ')
            n--;
        bs_buf_put(r->out, r->prefix.ptr, n);
        return;
    }
    if (r->item_marker != NULL && n >= r->item_marker_width) {
        bs_buf_put(r->out, r->prefix.ptr, n - r->item_marker_width);
        bs_buf_puts(r->out, r->item_marker);
        r->item_marker = NULL;
        return;
    }
    bs_buf_put(r->out, r->prefix.ptr, n);
}

/* Write the owed line breaks now, with the prefix in effect now; the
   next line's prefix is written with the next content. */
void
r_settle(renderer *r)
{
    if (r->need > 0 && r->out->len > 0 && !r->prefix_owed) {
        if (r->hard_break && r->need == 1 && r->mode == R_MD)
            bs_buf_putc(r->out, '\\');
        bs_buf_putc(r->out, '\n');
        if (r->need >= 2) {
            put_prefix(r, 1);
            bs_buf_putc(r->out, '\n');
        }
        r->line_start = 1;
        r->prefix_owed = 1;
    } else if (r->out->len == 0) {
        r->prefix_owed = 1;
    }
    r->need = 0;
    r->hard_break = 0;
}

/* Write an owed inline space. */
void
r_space(renderer *r)
{
    if (r->space && !r->line_start && r->need == 0)
        bs_buf_putc(r->out, ' ');
    r->space = 0;
}

/* Pay the owed separation, then the owed marks and space. */
static void
flush(renderer *r)
{
    int i;

    if (r->need > 0 || r->out->len == 0) {
        r_settle(r);
        r->space = 0;
    }
    if (r->prefix_owed) {
        put_prefix(r, 0);
        r->prefix_owed = 0;
    }
    r_space(r);
    for (i = 0; i < r->nmarks; i++) {
        if (!r->marks[i].flushed) {
            bs_buf_put(r->out, r->marks[i].open, r->marks[i].open_len);
            r->marks[i].flushed = 1;
        }
    }
}

void
r_literal(renderer *r, const char *s, size_t n)
{
    flush(r);
    bs_buf_put(r->out, s, n);
    r->line_start = 0;
}

void
r_raw(renderer *r, const char *s, size_t n)
{
    bs_buf_put(r->out, s, n);
    r->line_start = 0;
}

void
r_push_mark(renderer *r, const char *open)
{
    r_push_mark_n(r, open, strlen(open), 0);
}

void
r_push_mark_n(renderer *r, const char *open, size_t n, int copy)
{
    r_mark *m;

    if (r->nmarks >= R_MAX_MARKS) {
        r->skipped_marks++;
        return;
    }
    m = &r->marks[r->nmarks];
    m->owned = NULL;
    m->open = open;
    m->open_len = n;
    m->flushed = 0;
    if (copy) {
        m->owned = bs_strndup(open, n);
        m->open = m->owned ? m->owned : "";
        m->open_len = m->owned ? n : 0;
    }
    r->nmarks++;
}

int
r_pop_mark(renderer *r)
{
    r_mark *m;

    if (r->skipped_marks > 0) {
        r->skipped_marks--;
        return 0;
    }
    if (r->nmarks == 0)
        return 0;
    m = &r->marks[--r->nmarks];
    bs_dealloc(m->owned);
    m->owned = NULL;
    return m->flushed;
}

static int
is_alnum_byte(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Write one word of text with Markdown escaping where it would
   otherwise turn into markup. */
static void
put_word_md(renderer *r, const char *s, size_t n, int last_of_run)
{
    size_t i, start = 0;
    bs_buf *o = r->out;

    if (r->line_start && n > 0) {
        char c = s[0];
        if (c == '#' || c == '>' || c == '=' ||
            ((c == '-' || c == '+') && (n == 1)) || (c == '*' && n == 1))
            bs_buf_putc(o, '\\');
        else if (c >= '0' && c <= '9') {
            size_t k = 0;
            while (k < n && s[k] >= '0' && s[k] <= '9')
                k++;
            if (k < n && k + 1 == n && (s[k] == '.' || s[k] == ')')) {
                bs_buf_put(o, s, k);
                bs_buf_putc(o, '\\');
                start = k;
            }
        }
    }
    for (i = start; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int esc = 0;

        switch (c) {
        case '\\': case '*': case '`': case '[': case ']':
            esc = 1;
            break;
        case '<':
            esc = i + 1 < n && (((s[i + 1] | 32) >= 'a' && (s[i + 1] | 32) <= 'z') ||
                                s[i + 1] == '/' || s[i + 1] == '!');
            break;
        case '_': {
            int before = i > 0 ? is_alnum_byte((unsigned char)s[i - 1]) : 0;
            int after = i + 1 < n ? is_alnum_byte((unsigned char)s[i + 1])
                                  : !last_of_run;
            esc = !(before && after);
            break;
        }
        case '|':
            esc = r->mode == R_CELL;
            break;
        default:
            break;
        }
        if (esc) {
            bs_buf_put(o, s + start, i - start);
            bs_buf_putc(o, '\\');
            start = i;
        }
    }
    bs_buf_put(o, s + start, n - start);
}

static void
put_word_html(renderer *r, const char *s, size_t n)
{
    size_t i, start = 0;

    for (i = 0; i < n; i++) {
        const char *e = NULL;
        switch (s[i]) {
        case '<': e = "&lt;"; break;
        case '>': e = "&gt;"; break;
        case '&': e = "&amp;"; break;
        case '"': e = "&quot;"; break;
        default: break;
        }
        if (e != NULL) {
            bs_buf_put(r->out, s + start, i - start);
            bs_buf_puts(r->out, e);
            start = i + 1;
        }
    }
    bs_buf_put(r->out, s + start, n - start);
}

/* A word for text or Markdown: its parts between invisible formatting
   characters (bs_invisible_len), which are left out. */
static void
put_word_visible(renderer *r, const char *s, size_t n, int last_of_run)
{
    size_t i, k, start = 0;
    int md = (r->mode == R_MD || r->mode == R_CELL) && !r->code;

    for (i = 0; i < n; i++) {
        if ((unsigned char)s[i] < 0xC2 || (k = bs_invisible_len(s, i, n)) == 0)
            continue;
        if (i > start) {
            if (md)
                put_word_md(r, s + start, i - start, 0);
            else
                bs_buf_put(r->out, s + start, i - start);
            r->line_start = 0;
        }
        i += k - 1;
        start = i + 1;
    }
    if (md)
        put_word_md(r, s + start, n - start, last_of_run);
    else
        bs_buf_put(r->out, s + start, n - start);
}

static void
put_word(renderer *r, const char *s, size_t n, int last_of_run)
{
    flush(r);
    if (r->mode == R_HTML)
        put_word_html(r, s, n);
    else
        put_word_visible(r, s, n, last_of_run);
    r->line_start = 0;
}

/* Literal text inside <pre>: newlines keep the line prefix. */
static void
put_pre(renderer *r, const char *s, size_t n)
{
    size_t i, start = 0;

    flush(r);
    for (i = 0; i < n; i++) {
        if (s[i] == '\n' || s[i] == '\r') {
            if (r->mode == R_HTML)
                continue;
            bs_buf_put(r->out, s + start, i - start);
            if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
                i++;
            bs_buf_putc(r->out, '\n');
            put_prefix(r, 0);
            start = i + 1;
        }
    }
    if (r->mode == R_HTML) {
        put_word_html(r, s, n);
    } else {
        bs_buf_put(r->out, s + start, n - start);
    }
    r->line_start = 0;
}

int
r_blank(const char *s, size_t n)
{
    size_t i = 0;

    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (bs_is_space(c)) {
            i++;
        } else if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
            i += 2; /* no-break space */
        } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
                   ((unsigned char)s[i + 2] == 0x8B ||
                    (unsigned char)s[i + 2] == 0x8D)) {
            i += 3; /* zero width space, joiner */
        } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x81 &&
                   (unsigned char)s[i + 2] == 0xA0) {
            i += 3; /* word joiner */
        } else if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBB &&
                   (unsigned char)s[i + 2] == 0xBF) {
            i += 3; /* zero width no-break space */
        } else {
            return 0;
        }
    }
    return 1;
}

void
r_text(renderer *r, const char *s, size_t n)
{
    size_t i = 0;

    if (r->pre) {
        put_pre(r, s, n);
        return;
    }
    /* only invisible characters ("<p>&zwj;</p>"): a space at most */
    if (n > 0 && r_blank(s, n)) {
        if (!r->line_start || r->need == 0)
            r->space = 1;
        return;
    }
    while (i < n) {
        size_t j = i;
        unsigned char c = (unsigned char)s[i];

        if (bs_is_space(c) ||
            (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)) {
            if (!r->line_start || r->need == 0)
                r->space = 1;
            i += c == 0xC2 ? 2 : 1;
            continue;
        }
        while (j < n && !bs_is_space((unsigned char)s[j]) &&
               !((unsigned char)s[j] == 0xC2 && j + 1 < n &&
                 (unsigned char)s[j + 1] == 0xA0))
            j++;
        put_word(r, s + i, j - i, j >= n);
        i = j;
    }
}

static int
is_placeholder(const char *src)
{
    return strncmp(src, "data:", 5) == 0 || src[0] == '\0' ||
           strstr(src, "placeholder") != NULL || strstr(src, "blank.") != NULL ||
           strstr(src, "spacer.") != NULL || strstr(src, "pixel.") != NULL;
}

int
r_image_src(const renderer *r, const bs_node *n, bs_buf *out)
{
    static const bs_attr_id lazy[] = {BS_ATTR_DATA_SRC, BS_ATTR_DATA_LAZY_SRC,
                                      BS_ATTR_DATA_ORIGINAL};
    const char *src = bs_node_attr(n, BS_ATTR_SRC);
    size_t i;

    if (src == NULL || is_placeholder(src)) {
        src = NULL;
        for (i = 0; i < sizeof(lazy) / sizeof(lazy[0]) && src == NULL; i++) {
            const char *v = bs_node_attr(n, lazy[i]);
            if (v != NULL && !is_placeholder(v))
                src = v;
        }
    }
    if (src == NULL) {
        const char *set = bs_node_attr(n, BS_ATTR_SRCSET);
        if (set == NULL)
            set = bs_node_attr(n, BS_ATTR_DATA_SRCSET);
        if (set != NULL) {
            size_t k = 0;
            while (set[k] && bs_is_space((unsigned char)set[k]))
                k++;
            {
                size_t e = k;
                while (set[e] && !bs_is_space((unsigned char)set[e]) &&
                       set[e] != ',')
                    e++;
                if (e > k && strncmp(set + k, "data:", 5) != 0)
                    return bs_url_resolve(r->ctx->base_url, set + k, e - k,
                                          out);
            }
        }
        return 0;
    }
    return bs_url_resolve(r->ctx->base_url, src, strlen(src), out);
}

int
r_link_href(const renderer *r, const bs_node *n, bs_buf *out)
{
    const char *href = bs_node_attr(n, BS_ATTR_HREF);

    if (href == NULL || href[0] == '\0')
        return 0;
    return bs_url_resolve(r->ctx->base_url, href, strlen(href), out);
}

int
r_is_layout_table(const bs_node *t)
{
    const bs_node *n;
    int cols = 0, max_cols = 0;

    for (n = t->first; n != NULL; n = bs_node_next(n, t, 0)) {
        if (n->tag == BS_TAG_TABLE)
            return 1;
        if (n->tag == BS_TAG_TR) {
            cols = 0;
        } else if (n->tag == BS_TAG_TD || n->tag == BS_TAG_TH) {
            if (n->paras >= 3 || n->chars > 1000)
                return 1;
            if (++cols > max_cols)
                max_cols = cols;
        }
    }
    return max_cols <= 1;
}
