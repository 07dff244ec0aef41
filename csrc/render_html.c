/*
 * render_html.c - the body as clean, minimal semantic HTML.
 *
 * Only structure survives: headings, paragraphs, lists, quotes, code,
 * tables, figures, images, links, emphasis.  Containers (div, section,
 * ...) disappear; text that sat loose in them is wrapped in <p>.
 */
#include <string.h>

#include "render.h"

/* The element written for a tag, or NULL for none. */
static const char *
html_name(bs_tag t)
{
    switch (t) {
    case BS_TAG_P: return "p";
    case BS_TAG_H1: return "h1";
    case BS_TAG_H2: return "h2";
    case BS_TAG_H3: return "h3";
    case BS_TAG_H4: return "h4";
    case BS_TAG_H5: return "h5";
    case BS_TAG_H6: return "h6";
    case BS_TAG_UL: case BS_TAG_MENU: return "ul";
    case BS_TAG_OL: return "ol";
    case BS_TAG_LI: return "li";
    case BS_TAG_DL: return "dl";
    case BS_TAG_DT: return "dt";
    case BS_TAG_DD: return "dd";
    case BS_TAG_BLOCKQUOTE: return "blockquote";
    case BS_TAG_PRE: return "pre";
    case BS_TAG_CODE: case BS_TAG_KBD: case BS_TAG_SAMP: case BS_TAG_TT:
        return "code";
    case BS_TAG_TABLE: return "table";
    case BS_TAG_CAPTION: return "caption";
    case BS_TAG_THEAD: return "thead";
    case BS_TAG_TBODY: return "tbody";
    case BS_TAG_TFOOT: return "tfoot";
    case BS_TAG_TR: return "tr";
    case BS_TAG_TD: return "td";
    case BS_TAG_TH: return "th";
    case BS_TAG_FIGURE: return "figure";
    case BS_TAG_FIGCAPTION: return "figcaption";
    case BS_TAG_STRONG: case BS_TAG_B: return "strong";
    case BS_TAG_EM: case BS_TAG_I: return "em";
    case BS_TAG_DEL: case BS_TAG_S: case BS_TAG_STRIKE: return "del";
    case BS_TAG_SUB: return "sub";
    case BS_TAG_SUP: return "sup";
    case BS_TAG_A: return "a";
    default: return NULL;
    }
}

/* The element written for a tag under the caller's options: no link
   without include_links, no bold or italics without include_formatting
   (their text is written all the same). */
static const char *
written_name(const bs_options *o, bs_tag t)
{
    if (t == BS_TAG_A && !o->include_links)
        return NULL;
    if ((t == BS_TAG_STRONG || t == BS_TAG_B || t == BS_TAG_EM ||
         t == BS_TAG_I) && !o->include_formatting)
        return NULL;
    return html_name(t);
}

/* Elements that hold inline text directly. */
static int
takes_text(bs_tag t)
{
    switch (t) {
    case BS_TAG_P: case BS_TAG_H1: case BS_TAG_H2: case BS_TAG_H3:
    case BS_TAG_H4: case BS_TAG_H5: case BS_TAG_H6: case BS_TAG_LI:
    case BS_TAG_DT: case BS_TAG_DD: case BS_TAG_PRE: case BS_TAG_TD:
    case BS_TAG_TH: case BS_TAG_FIGCAPTION: case BS_TAG_CAPTION:
        return 1;
    default:
        return 0;
    }
}

/* May an empty element of this kind go?  Not a table's cell: the
   table's columns would shift. */
static int
keeps_nothing(bs_tag t)
{
    return t != BS_TAG_TD && t != BS_TAG_TH;
}

/* Has nothing but white space been written since `at`?  (Looked at
   only when little was.) */
static int
blank_since(const renderer *r, size_t at)
{
    size_t i;

    if (r->out->len < at || r->out->len - at > 64)
        return 0;
    for (i = at; i < r->out->len; i++)
        if (!bs_is_space((unsigned char)r->out->ptr[i]))
            return 0;
    return 1;
}

static void
close_p(renderer *r)
{
    if (r->html_p) {
        if (blank_since(r, r->html_p_at))
            bs_buf_truncate(r->out, r->html_p_at - 3); /* "<p>" */
        else
            r_raw(r, "</p>\n", 5);
        r->html_p = 0;
    }
}

static void
open_p(renderer *r)
{
    if (r->textblock == 0 && !r->html_p) {
        r_raw(r, "<p>", 3);
        r->html_p = 1;
        r->html_p_at = r->out->len;
    }
}

static void
put_attr(bs_buf *b, const char *name, const char *v, size_t n)
{
    size_t i, start = 0;

    bs_buf_putc(b, ' ');
    bs_buf_puts(b, name);
    bs_buf_puts(b, "=\"");
    for (i = 0; i < n; i++) {
        const char *e = v[i] == '"' ? "&quot;" : v[i] == '&' ? "&amp;"
                      : v[i] == '<' ? "&lt;" : NULL;
        if (e != NULL) {
            bs_buf_put(b, v + start, i - start);
            bs_buf_puts(b, e);
            start = i + 1;
        }
    }
    bs_buf_put(b, v + start, n - start);
    bs_buf_putc(b, '"');
}

static int
html_enter(renderer *r, const bs_node *n)
{
    const bs_options *o = r->ctx->opts;
    bs_tag t = (bs_tag)n->tag;
    unsigned tf = bs_tag_flags(t);
    const char *name;

    if (t == BS_TAG_TEXT) {
        if (!r_blank(n->text, n->len))
            open_p(r);
        else if (r->textblock == 0 && !r->html_p)
            return 0;
        r_text(r, n->text, n->len);
        return 0;
    }
    if (t == BS_TAG_BR) {
        if (r->textblock > 0 || r->html_p)
            r_raw(r, r->pre ? "\n" : "<br>", r->pre ? 1 : 4);
        return 0;
    }
    if (t == BS_TAG_HR) {
        close_p(r);
        /* a rule separates text: none first, none right after another */
        if (r->out->len > 0 && r->out->len != r->hr_at) {
            r_raw(r, "<hr>\n", 5);
            r->hr_at = r->out->len;
        }
        return 0;
    }
    if (t == BS_TAG_IMG) {
        bs_buf src = BS_BUF_INIT, tag = BS_BUF_INIT;
        if (o->include_images && r_image_src(r, n, &src)) {
            const char *alt = bs_node_attr(n, BS_ATTR_ALT);
            if (n->parent == NULL || n->parent->tag != BS_TAG_FIGURE)
                open_p(r);
            bs_buf_puts(&tag, "<img");
            put_attr(&tag, "src", src.ptr, src.len);
            if (alt != NULL)
                put_attr(&tag, "alt", alt, strlen(alt));
            bs_buf_putc(&tag, '>');
            r_literal(r, tag.ptr, tag.len);
        }
        bs_buf_free(&src);
        bs_buf_free(&tag);
        return 0;
    }
    if (t == BS_TAG_TABLE && !o->include_tables)
        return 0;
    name = written_name(o, t);
    if (tf & BS_TF_BLOCK)
        close_p(r);
    /* an inline element opens no <p> of its own: its first text does
       (an empty link writes nothing) */
    if (name != NULL) {
        bs_buf tag = BS_BUF_INIT;

        bs_buf_putc(&tag, '<');
        bs_buf_puts(&tag, name);
        if (t == BS_TAG_A) {
            bs_buf href = BS_BUF_INIT;
            if (r_link_href(r, n, &href))
                put_attr(&tag, "href", href.ptr, href.len);
            bs_buf_free(&href);
        } else if (t == BS_TAG_TD || t == BS_TAG_TH) {
            const char *span = bs_node_attr(n, BS_ATTR_COLSPAN);
            if (span != NULL)
                put_attr(&tag, "colspan", span, strlen(span));
        }
        bs_buf_putc(&tag, '>');
        /* Inline tags open lazily, before their first character, so
           that spaces stay outside: "with <strong>work</strong>". */
        if (tf & BS_TF_BLOCK) {
            if (r->nblocks < R_MAX_BLOCKS)
                r->html_open[r->nblocks][0] = r->out->len;
            r_raw(r, tag.ptr, tag.len);
            if (r->nblocks < R_MAX_BLOCKS)
                r->html_open[r->nblocks][1] = r->out->len;
            r->nblocks++;
        } else
            r_push_mark_n(r, tag.ptr, tag.len, 1);
        bs_buf_free(&tag);
    }
    if (tf & BS_TF_BLOCK)
        r->space = 0;
    if (t == BS_TAG_PRE)
        r->pre++;
    if (takes_text(t))
        r->textblock++;
    return 1;
}

static void
html_exit(renderer *r, const bs_node *n)
{
    const bs_options *o = r->ctx->opts;
    bs_tag t = (bs_tag)n->tag;
    const char *name;

    if (t == BS_TAG_TEXT || t == BS_TAG_BR || t == BS_TAG_HR ||
        t == BS_TAG_IMG || (t == BS_TAG_TABLE && !o->include_tables))
        return;
    name = written_name(o, t);
    if (bs_tag_flags(t) & BS_TF_BLOCK)
        close_p(r);
    if (t == BS_TAG_PRE)
        r->pre--;
    if (takes_text(t))
        r->textblock--;
    if (name != NULL && (bs_tag_flags(t) & BS_TF_BLOCK)) {
        int b = --r->nblocks;
        if (b < R_MAX_BLOCKS && blank_since(r, r->html_open[b][1]) &&
            keeps_nothing(t)) {
            /* nothing in it: the element goes ("<li></li>", "<p></p>") */
            bs_buf_truncate(r->out, r->html_open[b][0]);
        } else {
            r_raw(r, "</", 2);
            r_raw(r, name, strlen(name));
            r_raw(r, ">\n", 2);
        }
    } else if (name != NULL && r_pop_mark(r)) {
        r_raw(r, "</", 2);
        r_raw(r, name, strlen(name));
        r_raw(r, ">", 1);
    }
    if (bs_tag_flags(t) & BS_TF_BLOCK)
        r->space = 0;
}

void
bs_render_html(const bs_render_ctx *ctx, bs_buf *out)
{
    renderer r;
    const bs_doc *d = ctx->doc;
    const bs_node *root;
    size_t i;

    r_init(&r, ctx, R_HTML, out);
    r.enter = html_enter;
    r.exit = html_exit;
    r.line_start = 0;
    for (i = 0; (root = bs_next_content_root(d, &i)) != NULL;) {
        r_walk(&r, root);
        close_p(&r);
    }
    if (r.hr_at > 0 && out->len == r.hr_at)
        bs_buf_truncate(out, r.hr_at - 5); /* a rule last: "<hr>\n" */
    r_free(&r);
}
