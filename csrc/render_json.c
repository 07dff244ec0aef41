/*
 * render_json.c - the whole article as JSON, and as a Markdown document
 * laid out for reading: "# Title", the byline, the date, the body, and
 * the original address.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

static void
put_str_or_null(bs_buf *out, const char *s)
{
    if (s == NULL)
        bs_buf_puts(out, "null");
    else
        bs_buf_put_json(out, s, strlen(s));
}

/* sep, then '"name": ' and the value, a string or null (NULL) */
static void
put_member(bs_buf *out, const char *sep, const char *name, const char *value)
{
    bs_buf_puts(out, sep);
    bs_buf_put_json(out, name, strlen(name));
    bs_buf_puts(out, ": ");
    put_str_or_null(out, value);
}

void
bs_render_json(const bs_article *art, bs_buf *out)
{
    int f, l;
    size_t i;
    int first;

    bs_buf_puts(out, "{");
    for (f = 0; f < BS_FIELD__COUNT; f++)
        put_member(out, f == 0 ? "\n  " : ",\n  ",
                   bs_field_name((bs_field)f), art->value[f]);
    for (l = 0; l < BS_LIST__COUNT; l++) {
        bs_buf_puts(out, ",\n  ");
        bs_buf_put_json(out, bs_list_name((bs_list)l),
                        strlen(bs_list_name((bs_list)l)));
        bs_buf_puts(out, ": [");
        for (i = 0; i < art->count[l]; i++) {
            if (i > 0)
                bs_buf_puts(out, ", ");
            put_str_or_null(out, art->list[l][i]);
        }
        bs_buf_puts(out, "]");
    }
    bs_buf_puts(out, ",\n  \"sources\": {");
    first = 1;
    for (f = 0; f < BS_FIELD__COUNT; f++) {
        if (art->source[f] == NULL)
            continue;
        put_member(out, first ? "\n    " : ",\n    ",
                   bs_field_name((bs_field)f), art->source[f]);
        first = 0;
    }
    for (l = 0; l < BS_LIST__COUNT; l++) {
        if (art->list_source[l] == NULL || art->count[l] == 0)
            continue;
        put_member(out, first ? "\n    " : ",\n    ",
                   bs_list_name((bs_list)l), art->list_source[l]);
        first = 0;
    }
    bs_buf_puts(out, first ? "}" : "\n  }");
    put_member(out, ",\n  ", "text", art->text);
    put_member(out, ",\n  ", "markdown", art->markdown);
    put_member(out, ",\n  ", "html", art->html);
    if (art->comments != NULL && art->comments[0] != '\0')
        put_member(out, ",\n  ", "comments", art->comments);
    bs_buf_puts(out, "\n}\n");
}

/* "2020-12-22..." -> "December 22, 2020" */
static int
human_date(const char *iso, char *out, size_t cap)
{
    static const char *const names[] = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    int y, m, d;

    if (iso == NULL || sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 ||
        m > 12 || d < 1 || d > 31)
        return 0;
    snprintf(out, cap, "%s %d, %04d", names[m - 1], d % 100, y % 10000);
    return 1;
}

void
bs_render_document(const bs_article *art, bs_buf *out)
{
    const char *title = art->value[BS_FIELD_TITLE];
    const char *url = art->value[BS_FIELD_URL];
    size_t n = art->count[BS_LIST_AUTHORS], i;
    char date[40];

    if (title != NULL) {
        bs_buf_puts(out, "# ");
        bs_buf_puts(out, title);
        bs_buf_puts(out, "\n\n");
    }
    if (n > 0) {
        bs_buf_puts(out, "By ");
        for (i = 0; i < n; i++) {
            if (i > 0)
                bs_buf_puts(out, i + 1 == n ? " and " : ", ");
            bs_buf_puts(out, art->list[BS_LIST_AUTHORS][i]);
        }
        bs_buf_puts(out, "\n\n");
    }
    if (human_date(art->value[BS_FIELD_DATE_PUBLISHED], date, sizeof(date))) {
        bs_buf_puts(out, date);
        bs_buf_puts(out, "\n\n");
    }
    bs_buf_puts(out, art->markdown);
    if (url != NULL) {
        bs_buf_puts(out, "\nOriginal url:\n\n<");
        bs_buf_puts(out, url);
        bs_buf_puts(out, ">\n");
    }
}
