/*
 * render.h - the renderer core shared by the text, Markdown and HTML
 * renderers: an iterative ENTER/EXIT walk over the content roots, line
 * prefixes (block quotes, list items), lazy inline markers and white
 * space handling.  Private to the core.
 */
#ifndef BS_RENDER_H
#define BS_RENDER_H

#include "internal.h"

#define R_MAX_MARKS 32
#define R_MAX_LISTS 32
#define R_MAX_BLOCKS (BS_MAX_DEPTH + 8)

typedef enum { R_TEXT, R_MD, R_HTML, R_CELL } r_mode;

typedef struct {
    const char *open;
    size_t open_len;
    char *owned; /* open, when the mark owns a copy */
    int flushed;
} r_mark;

typedef struct {
    int ordered;
    int counter;
    size_t width; /* width of the current item's marker */
} r_list;

typedef struct renderer renderer;

struct renderer {
    const bs_render_ctx *ctx;
    r_mode mode;
    bs_buf *out;
    bs_buf prefix;  /* written at the start of every line */
    const char *item_marker; /* replaces the last prefix part once */
    size_t item_marker_width;
    char item_buf[16];
    size_t loose_item_width; /* <li> outside any list */
    int need;       /* separation owed: 1 newline, 2 blank line */
    int hard_break; /* the owed newline is a <br> */
    int space;      /* an inline space is owed */
    int line_start; /* nothing written yet on this line */
    int prefix_owed; /* the current line's prefix is not written yet */
    int pre;        /* inside <pre>: text is literal */
    int code;       /* inside <code>: no Markdown escaping */
    int html_p;     /* HTML: a <p> opened for loose inline text */
    size_t html_p_at; /* HTML: the output's length after that <p> */
    int textblock;  /* HTML: depth of elements that take inline text */
    size_t hr_at;   /* the output's length after the last rule */
    /* HTML: for each open block element, where its tag starts and ends in
       the output, to take it back when nothing was written in it */
    size_t html_open[R_MAX_BLOCKS][2];
    int nblocks;
    r_mark marks[R_MAX_MARKS];
    int nmarks;
    int skipped_marks; /* markers past R_MAX_MARKS */
    r_list lists[R_MAX_LISTS];
    int nlists;
    int ignore_removed_root; /* comments: walk a removed root */
    /* per-mode callbacks: return 1 to enter the children */
    int (*enter)(renderer *r, const bs_node *n);
    void (*exit)(renderer *r, const bs_node *n);
};

void
r_init(renderer *r, const bs_render_ctx *ctx, r_mode mode, bs_buf *out);
void
r_free(renderer *r);
/* Walk the subtree of root (root included). */
void
r_walk(renderer *r, const bs_node *root);
/* Walk every content root of the document in order. */
void
r_walk_content(renderer *r);

/* Owe a separation before the next output (1 newline, 2 blank line). */
void
r_block(renderer *r, int need);
/* Write the owed line breaks now, with the current prefix (before a
   block quote changes it). */
void
r_settle(renderer *r);
/* Is [s, s + n) only white space and invisible characters (no-break,
   zero width space, zero width joiner, word joiner, byte order mark)? */
int
r_blank(const char *s, size_t n);
/* Write an owed inline space now (before an inline tag opens). */
void
r_space(renderer *r);
/* Write inline text, collapsing white space (literal inside <pre>). */
void
r_text(renderer *r, const char *s, size_t n);
/* Write markup that counts as content (flushes pending separation). */
void
r_literal(renderer *r, const char *s, size_t n);
/* Write markup without flushing owed marks (closing markers). */
void
r_raw(renderer *r, const char *s, size_t n);
void
r_push_mark(renderer *r, const char *open);
/* A mark from n bytes; copy=1 keeps a copy (for built strings). */
void
r_push_mark_n(renderer *r, const char *open, size_t n, int copy);
/* Pop the innermost mark; returns whether its opening was written. */
int
r_pop_mark(renderer *r);
void
r_push_prefix(renderer *r, const char *p);
void
r_pop_prefix(renderer *r, size_t len);

/* Should this node be skipped by every renderer? */
int
r_skip(const renderer *r, const bs_node *n);
/* The best source of an <img> (src, lazy-loading attributes, srcset),
   resolved into out; returns 0 when it has none. */
int
r_image_src(const renderer *r, const bs_node *n, bs_buf *out);
/* The resolved href of an <a>, or 0. */
int
r_link_href(const renderer *r, const bs_node *n, bs_buf *out);
/* Is a table used for layout rather than data? */
int
r_is_layout_table(const bs_node *t);

#endif /* BS_RENDER_H */
