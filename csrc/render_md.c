/*
 * render_md.c - the body as Markdown (CommonMark with GFM tables) and
 * as plain text.  Plain text is the same walk with the markup left out.
 */
#include <stdio.h>
#include <string.h>

#include "render.h"

static int md_enter(renderer *r, const bs_node *n);
static void md_exit(renderer *r, const bs_node *n);

static int
markup(const renderer *r)
{
    return r->mode == R_MD || r->mode == R_CELL;
}

static int
heading_level(bs_tag t)
{
    switch (t) {
    case BS_TAG_H1: return 1;
    case BS_TAG_H2: return 2;
    case BS_TAG_H3: return 3;
    case BS_TAG_H4: return 4;
    case BS_TAG_H5: return 5;
    case BS_TAG_H6: return 6;
    default: return 0;
    }
}

/* Separation before and after a block: in a table cell, blocks become
   line breaks. */
static void
block(renderer *r, int need)
{
    if (r->mode == R_CELL) {
        r->space = 1;
        return;
    }
    r_block(r, need);
}

/* ---- tables --------------------------------------------------------- */

typedef struct {
    bs_buf cells; /* rendered cells, each NUL-separated */
    size_t ncells;
} row_buf;

static void
render_cell(renderer *parent, const bs_node *cell, bs_buf *out)
{
    renderer r;

    r_init(&r, parent->ctx, parent->mode == R_TEXT ? R_TEXT : R_CELL, out);
    r.enter = md_enter;
    r.exit = md_exit;
    r.ignore_removed_root = 0;
    /* cell content, without the cell's own block separation */
    {
        const bs_node *c;
        for (c = cell->first; c != NULL; c = c->next)
            r_walk(&r, c);
    }
    r_free(&r);
    /* A cell is one line. */
    {
        size_t i;
        for (i = 0; i < out->len; i++) {
            if (out->ptr[i] == '\n')
                out->ptr[i] = ' ';
        }
        bs_buf_rtrim(out);
    }
}

static int
cell_span(const bs_node *c)
{
    const char *v = bs_node_attr(c, BS_ATTR_COLSPAN);
    int span = 1;

    if (v != NULL) {
        span = 0;
        for (; *v >= '0' && *v <= '9' && span < 1000; v++)
            span = span * 10 + (*v - '0');
        if (span < 1)
            span = 1;
        if (span > 50)
            span = 50;
    }
    return span;
}

static void
render_table(renderer *r, const bs_node *table)
{
    bs_buf rows = BS_BUF_INIT; /* all cells; rows end with a "\n" cell */
    bs_buf cell = BS_BUF_INIT;
    const bs_node *n;
    size_t max_cols = 0, cols = 0, nrows = 0;
    int header_th = 0;
    const bs_node *caption = NULL;

    for (n = table->first; n != NULL;) {
        int skip = r_skip(r, n);

        if (!skip && n->tag == BS_TAG_CAPTION && caption == NULL)
            caption = n;
        if (!skip && n->tag == BS_TAG_TR) {
            if (nrows > 0 || cols > 0) {
                bs_buf_putc(&rows, '\n');
                bs_buf_putc(&rows, '\0');
            }
            if (cols > max_cols)
                max_cols = cols;
            cols = 0;
            nrows++;
        } else if (!skip && (n->tag == BS_TAG_TD || n->tag == BS_TAG_TH)) {
            int span = cell_span(n), k;
            if (nrows == 1 && n->tag == BS_TAG_TH)
                header_th = 1;
            bs_buf_clear(&cell);
            render_cell(r, n, &cell);
            bs_buf_put(&rows, cell.ptr, cell.len);
            bs_buf_putc(&rows, '\0');
            cols++;
            for (k = 1; k < span; k++) {
                bs_buf_putc(&rows, '\0');
                cols++;
            }
            skip = 1;
        }
        if (!skip && n->tag == BS_TAG_TABLE && n != table)
            skip = 1;
        n = bs_node_next(n, table, skip || n->tag == BS_TAG_CAPTION);
    }
    if (cols > max_cols)
        max_cols = cols;
    (void)header_th;
    if (caption != NULL) {
        block(r, 2);
        r_walk(r, caption);
        block(r, 2);
    }
    if (max_cols == 0 || nrows == 0)
        goto done;
    /* Lay out: | a | b |, a delimiter row after the first row. */
    {
        const char *p = rows.ptr, *end = rows.ptr + rows.len;
        size_t row = 0, col = 0;

        block(r, 2);
        while (p <= end && row < nrows) {
            size_t len = strlen(p);
            int row_end = (len == 1 && p[0] == '\n') || p >= end;

            if (!row_end) {
                if (r->mode == R_TEXT) {
                    if (col > 0)
                        r_raw(r, " | ", 3);
                    r_literal(r, p, len);
                } else {
                    r_literal(r, col == 0 ? "| " : " | ", 2 + (col > 0));
                    r_raw(r, p, len);
                }
                col++;
                p += len + 1;
                if (p < end)
                    continue;
            }
            /* end of a row: pad and close */
            if (r->mode != R_TEXT) {
                if (col == 0)
                    r_literal(r, "|", 1);
                for (; col < max_cols; col++)
                    r_raw(r, col == 0 ? "| " : " | ", 2 + (col > 0));
                r_raw(r, " |", 2);
                if (row == 0) {
                    size_t k;
                    r_block(r, 1);
                    for (k = 0; k < max_cols; k++)
                        r_literal(r, k == 0 ? "| --- " : "| --- ", 6);
                    r_raw(r, "|", 1);
                }
            }
            r_block(r, 1);
            row++;
            col = 0;
            if (row_end)
                p += len + 1;
            if (p >= end)
                break;
        }
        block(r, 2);
    }
done:
    bs_buf_free(&rows);
    bs_buf_free(&cell);
}

/* ---- walk callbacks ------------------------------------------------- */

/* Plain text is the prose: captions and credits stay with their pictures,
   in the Markdown.  md_enter and md_exit both skip what this leaves out. */
static int
left_out(const renderer *r, const bs_node *n)
{
    return r->mode == R_TEXT &&
           (n->tag == BS_TAG_FIGCAPTION || (n->flags & BS_NF_CAPTION));
}

/* The marker of the next item of the innermost list: its number, or
   `bullet` in an unordered list. */
static void
list_item_marker(renderer *r, char *marker, size_t cap, const char *bullet)
{
    r_list *l = r->nlists > 0 && r->nlists <= R_MAX_LISTS
                    ? &r->lists[r->nlists - 1]
                    : NULL;

    if (l != NULL && l->ordered)
        snprintf(marker, cap, "%d. ", l->counter++);
    else
        snprintf(marker, cap, "%s", bullet);
}

static int
md_enter(renderer *r, const bs_node *n)
{
    const bs_options *o = r->ctx->opts;
    bs_tag t = (bs_tag)n->tag;
    int level;

    if (t == BS_TAG_TEXT) {
        r_text(r, n->text, n->len);
        return 0;
    }
    if (left_out(r, n))
        return 0;
    level = heading_level(t);
    if (level > 0) {
        block(r, 2);
        if (r->mode == R_MD)
            r_push_mark(r, &"###### "[6 - level]);
        return 1;
    }
    switch (t) {
    case BS_TAG_BR:
        if (r->pre) {
            r_text(r, "\n", 1);
        } else if (r->mode == R_CELL) {
            r_literal(r, "<br>", 4);
        } else if (r->need >= 1 && r->hard_break) {
            r_block(r, 2);
        } else if (r->need == 0) {
            r_block(r, 1);
            r->hard_break = 1;
        }
        return 0;
    case BS_TAG_HR:
        /* a rule separates text: none first, none right after another */
        if (r->mode == R_MD && r->out->len > 0 && r->out->len != r->hr_at) {
            block(r, 2);
            r_literal(r, "---", 3);
            r->hr_at = r->out->len;
            block(r, 2);
        }
        return 0;
    case BS_TAG_IMG:
        if (o->include_images && r->mode != R_TEXT) {
            bs_buf src = BS_BUF_INIT;
            if (r_image_src(r, n, &src)) {
                const char *alt = bs_node_attr(n, BS_ATTR_ALT);
                r_literal(r, "![", 2);
                if (alt != NULL) {
                    const char *c = bs_clean_string(
                        (bs_arena *)&r->ctx->doc->arena, alt, strlen(alt));
                    if (c != NULL)
                        r_text(r, c, strlen(c));
                }
                r_raw(r, "](", 2);
                r_raw(r, src.ptr, src.len);
                r_raw(r, ")", 1);
            }
            bs_buf_free(&src);
        }
        return 0;
    case BS_TAG_TABLE:
        if (!o->include_tables)
            return 0;
        if (r->mode == R_CELL || r_is_layout_table(n)) {
            block(r, 2);
            return 1;
        }
        render_table(r, n);
        return 0;
    case BS_TAG_TR: case BS_TAG_TD: case BS_TAG_TH:
        block(r, t == BS_TAG_TR ? 2 : 1);
        return 1;
    case BS_TAG_UL: case BS_TAG_OL: case BS_TAG_MENU:
        block(r, r->nlists > 0 ? 1 : 2);
        if (r->nlists < R_MAX_LISTS) {
            const char *start = bs_node_attr(n, BS_ATTR_START);
            int s = 1;
            if (start != NULL) {
                s = 0;
                for (; *start >= '0' && *start <= '9' && s < 100000; start++)
                    s = s * 10 + (*start - '0');
            }
            r->lists[r->nlists].ordered = t == BS_TAG_OL;
            r->lists[r->nlists].counter = s;
        }
        r->nlists++;
        return 1;
    case BS_TAG_LI:
        if (r->mode == R_CELL) {
            /* A table cell is one line: items are separated by <br> and
               marked with a bullet or their number. */
            char marker[24];
            if (r->out->len > 0) {
                r->space = 0;
                r_literal(r, "<br>", 4);
            }
            list_item_marker(r, marker, sizeof(marker), "\xE2\x80\xA2 ");
            r_literal(r, marker, strlen(marker));
            r->space = 0;
            return 1;
        }
        block(r, 1);
        if (r->mode == R_MD) {
            size_t w, k;
            list_item_marker(r, r->item_buf, sizeof(r->item_buf), "- ");
            w = strlen(r->item_buf);
            /* Continuation lines are indented as wide as the marker. */
            for (k = 0; k < w; k++)
                bs_buf_putc(&r->prefix, ' ');
            r->item_marker = r->item_buf;
            r->item_marker_width = w;
            if (r->nlists > 0 && r->nlists <= R_MAX_LISTS)
                r->lists[r->nlists - 1].width = w;
            else
                r->loose_item_width = w;
        }
        return 1;
    case BS_TAG_BLOCKQUOTE:
        block(r, 2);
        if (r->mode == R_MD) {
            /* the blank line before the quote is not part of it */
            r_settle(r);
            r_push_prefix(r, "> ");
        }
        return 1;
    case BS_TAG_PRE:
        block(r, 2);
        if (r->mode == R_MD) {
            const char *lang = NULL;
            const bs_node *code = n->first;
            const char *cls;
            if (code != NULL && code->tag == BS_TAG_CODE)
                cls = bs_node_attr(code, BS_ATTR_CLASS);
            else
                cls = bs_node_attr(n, BS_ATTR_CLASS);
            if (cls != NULL) {
                lang = strstr(cls, "language-");
                if (lang != NULL)
                    lang += 9;
                else if ((lang = strstr(cls, "lang-")) != NULL)
                    lang += 5;
            }
            r_literal(r, "```", 3);
            if (lang != NULL) {
                /* A language name: letters, digits and "+-_.#", at most
                   30 of them (never a cut UTF-8 sequence or a backtick). */
                size_t k = 0;
                while (k < 30 &&
                       ((lang[k] >= 'a' && lang[k] <= 'z') ||
                        (lang[k] >= 'A' && lang[k] <= 'Z') ||
                        (lang[k] >= '0' && lang[k] <= '9') ||
                        (lang[k] != '\0' && strchr("+-_.#", lang[k]))))
                    k++;
                r_raw(r, lang, k);
            }
            r_block(r, 1);
            r->need = 1;
        }
        r->pre++;
        return 1;
    case BS_TAG_CODE: case BS_TAG_KBD: case BS_TAG_SAMP: case BS_TAG_TT:
        if (!r->pre && markup(r) && o->include_formatting) {
            r_push_mark(r, "`");
            r->code++;
        }
        return 1;
    case BS_TAG_STRONG: case BS_TAG_B:
        if (markup(r) && o->include_formatting && !r->pre)
            r_push_mark(r, "**");
        return 1;
    case BS_TAG_EM: case BS_TAG_I:
        if (markup(r) && o->include_formatting && !r->pre)
            r_push_mark(r, "*");
        return 1;
    case BS_TAG_DEL: case BS_TAG_S: case BS_TAG_STRIKE:
        if (markup(r) && o->include_formatting && !r->pre)
            r_push_mark(r, "~~");
        return 1;
    case BS_TAG_A:
        if (markup(r) && o->include_links && !r->pre) {
            bs_buf href = BS_BUF_INIT;
            int ok = r_link_href(r, n, &href);
            bs_buf_free(&href);
            if (ok)
                r_push_mark(r, "[");
        }
        return 1;
    default:
        if (bs_tag_flags(t) & BS_TF_BLOCK)
            block(r, t == BS_TAG_DT || t == BS_TAG_DD ? 1 : 2);
        return 1;
    }
}

/* Write a link destination, escaping what would end it. */
static void
put_href(renderer *r, const char *s, size_t n)
{
    size_t i, start = 0;

    for (i = 0; i < n; i++) {
        const char *e = NULL;
        if (s[i] == ' ')
            e = "%20";
        else if (s[i] == '(')
            e = "%28";
        else if (s[i] == ')')
            e = "%29";
        else if (s[i] == '<')
            e = "%3C";
        else if (s[i] == '>')
            e = "%3E";
        if (e != NULL) {
            r_raw(r, s + start, i - start);
            r_raw(r, e, 3);
            start = i + 1;
        }
    }
    r_raw(r, s + start, n - start);
}

static void
md_exit(renderer *r, const bs_node *n)
{
    const bs_options *o = r->ctx->opts;
    bs_tag t = (bs_tag)n->tag;

    if (t == BS_TAG_TEXT)
        return;
    /* nothing was opened (a list marked as a caption must not close a
       list it never opened) */
    if (left_out(r, n))
        return;
    if (heading_level(t) > 0) {
        if (r->mode == R_MD)
            r_pop_mark(r);
        block(r, 2);
        return;
    }
    switch (t) {
    case BS_TAG_UL: case BS_TAG_OL: case BS_TAG_MENU:
        r->nlists--;
        block(r, r->nlists > 0 ? 1 : 2);
        return;
    case BS_TAG_LI:
        if (r->mode == R_MD) {
            r_pop_prefix(r, r->nlists > 0 && r->nlists <= R_MAX_LISTS
                                ? r->lists[r->nlists - 1].width
                                : r->loose_item_width);
            /* an empty item leaves its marker unused */
            r->item_marker = NULL;
        }
        block(r, 1);
        return;
    case BS_TAG_BLOCKQUOTE:
        if (r->mode == R_MD)
            r_pop_prefix(r, 2);
        block(r, 2);
        return;
    case BS_TAG_PRE:
        r->pre--;
        if (r->mode == R_MD) {
            r_block(r, 1);
            r_literal(r, "```", 3);
        }
        block(r, 2);
        return;
    case BS_TAG_CODE: case BS_TAG_KBD: case BS_TAG_SAMP: case BS_TAG_TT:
        if (!r->pre && markup(r) && o->include_formatting) {
            if (r_pop_mark(r))
                r_raw(r, "`", 1);
            r->code--;
        }
        return;
    case BS_TAG_STRONG: case BS_TAG_B:
        if (markup(r) && o->include_formatting && !r->pre && r_pop_mark(r))
            r_raw(r, "**", 2);
        return;
    case BS_TAG_EM: case BS_TAG_I:
        if (markup(r) && o->include_formatting && !r->pre && r_pop_mark(r))
            r_raw(r, "*", 1);
        return;
    case BS_TAG_DEL: case BS_TAG_S: case BS_TAG_STRIKE:
        if (markup(r) && o->include_formatting && !r->pre && r_pop_mark(r))
            r_raw(r, "~~", 2);
        return;
    case BS_TAG_A:
        if (markup(r) && o->include_links && !r->pre) {
            bs_buf href = BS_BUF_INIT;
            if (r_link_href(r, n, &href) && r_pop_mark(r)) {
                r_raw(r, "](", 2);
                put_href(r, href.ptr, href.len);
                r_raw(r, ")", 1);
            }
            bs_buf_free(&href);
        }
        return;
    default:
        if (bs_tag_flags(t) & BS_TF_BLOCK)
            block(r, t == BS_TAG_DT || t == BS_TAG_DD || t == BS_TAG_TD ||
                             t == BS_TAG_TH
                         ? 1
                         : 2);
        return;
    }
}

static void
finish(bs_buf *out)
{
    bs_buf_rtrim(out);
    if (out->len > 0)
        bs_buf_putc(out, '\n');
}

/* The content as Markdown (R_MD) or plain text (R_TEXT). */
static void
render_content(const bs_render_ctx *ctx, r_mode mode, bs_buf *out)
{
    renderer r;

    r_init(&r, ctx, mode, out);
    r.enter = md_enter;
    r.exit = md_exit;
    r_walk_content(&r);
    if (r.hr_at > 0 && out->len == r.hr_at)
        bs_buf_truncate(out, r.hr_at - 3); /* a rule last: "---" */
    r_free(&r);
    finish(out);
}

void
bs_render_md(const bs_render_ctx *ctx, bs_buf *out)
{
    render_content(ctx, R_MD, out);
}

void
bs_render_text(const bs_render_ctx *ctx, bs_buf *out)
{
    render_content(ctx, R_TEXT, out);
}

void
bs_render_comments(const bs_render_ctx *ctx, bs_buf *out)
{
    const bs_doc *d = ctx->doc;
    renderer r;
    size_t i;

    r_init(&r, ctx, R_TEXT, out);
    r.enter = md_enter;
    r.exit = md_exit;
    r.ignore_removed_root = 1;
    for (i = 0; i < d->nnodes; i++) {
        const bs_node *n = bs_doc_node(d, i), *a;
        int nested = 0;

        if (!(n->flags & BS_NF_COMMENTS) || (n->flags & BS_NF_HIDDEN))
            continue;
        for (a = n->parent; a != NULL; a = a->parent) {
            if (a->flags & (BS_NF_COMMENTS | BS_NF_HIDDEN)) {
                nested = 1;
                break;
            }
        }
        if (nested)
            continue;
        r_block(&r, 2);
        r_walk(&r, n);
    }
    r_free(&r);
    finish(out);
}
