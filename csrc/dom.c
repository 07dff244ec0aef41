/*
 * dom.c - tag and attribute names, and walking the compact tree.
 *
 * The tree is built by parse.c; every walk here is iterative, because
 * HTML nesting depth is unbounded.
 */
#include <string.h>

#include "internal.h"

static const char *const tag_names[] = {
    "#text", "#unknown", "#custom",
#define BS_TAG_NAME(id, name) name,
    BS_TAG_LIST(BS_TAG_NAME)
#undef BS_TAG_NAME
};

static const char *const attr_names[] = {
#define BS_ATTR_NAME(id, name) name,
    BS_ATTR_LIST(BS_ATTR_NAME)
#undef BS_ATTR_NAME
};

#define FIRST_NAMED_TAG (BS_TAG_CUSTOM + 1)

static int
name_cmp(const char *name, size_t len, const char *ref)
{
    int c;

    /* most steps of a binary search are told by the first letter */
    if (len > 0 && name[0] != ref[0])
        return (unsigned char)name[0] - (unsigned char)ref[0];
    c = strncmp(name, ref, len);
    if (c != 0)
        return c;
    return ref[len] == '\0' ? 0 : -1;
}

bs_tag
bs_tag_lookup(const char *name, size_t len)
{
    size_t lo = FIRST_NAMED_TAG, hi = BS_TAG__COUNT;

    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = name_cmp(name, len, tag_names[mid]);

        if (c == 0)
            return (bs_tag)mid;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return memchr(name, '-', len) ? BS_TAG_CUSTOM : BS_TAG_UNKNOWN;
}

const char *
bs_tag_name(bs_tag tag)
{
    return tag < BS_TAG__COUNT ? tag_names[tag] : "#unknown";
}

int
bs_attr_lookup(const char *name, size_t len)
{
    size_t lo = 0, hi = BS_ATTR__COUNT;

    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = name_cmp(name, len, attr_names[mid]);

        if (c == 0)
            return (int)mid;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

unsigned
bs_tag_flags(bs_tag tag)
{
    switch (tag) {
    case BS_TAG_H1: case BS_TAG_H2: case BS_TAG_H3: case BS_TAG_H4:
    case BS_TAG_H5: case BS_TAG_H6:
        return BS_TF_BLOCK | BS_TF_HEADING;
    case BS_TAG_ADDRESS: case BS_TAG_ARTICLE: case BS_TAG_ASIDE:
    case BS_TAG_BLOCKQUOTE: case BS_TAG_BODY: case BS_TAG_CAPTION:
    case BS_TAG_CENTER: case BS_TAG_DD: case BS_TAG_DETAILS:
    case BS_TAG_DIALOG: case BS_TAG_DIV: case BS_TAG_DL: case BS_TAG_DT:
    case BS_TAG_FIELDSET: case BS_TAG_FIGCAPTION: case BS_TAG_FIGURE:
    case BS_TAG_FOOTER: case BS_TAG_FORM: case BS_TAG_HEADER:
    case BS_TAG_HGROUP: case BS_TAG_HTML: case BS_TAG_LI: case BS_TAG_MAIN:
    case BS_TAG_MENU: case BS_TAG_NAV: case BS_TAG_OL: case BS_TAG_P:
    case BS_TAG_PRE: case BS_TAG_SECTION: case BS_TAG_SUMMARY:
    case BS_TAG_TABLE: case BS_TAG_TBODY: case BS_TAG_TD: case BS_TAG_TFOOT:
    case BS_TAG_TH: case BS_TAG_THEAD: case BS_TAG_TR: case BS_TAG_UL:
    case BS_TAG_CUSTOM: case BS_TAG_LEGEND: case BS_TAG_SEARCH:
    case BS_TAG_FRAMESET:
        return BS_TF_BLOCK;
    case BS_TAG_HR:
        return BS_TF_BLOCK | BS_TF_VOID;
    case BS_TAG_BR: case BS_TAG_IMG: case BS_TAG_WBR: case BS_TAG_COL:
    case BS_TAG_SOURCE: case BS_TAG_PARAM: case BS_TAG_BASE:
    case BS_TAG_LINK: case BS_TAG_META:
        return BS_TF_VOID;
    case BS_TAG_EMBED: case BS_TAG_INPUT: case BS_TAG_FRAME:
        return BS_TF_VOID | BS_TF_SKIP;
    case BS_TAG_SCRIPT: case BS_TAG_STYLE:
    case BS_TAG_TEMPLATE: case BS_TAG_IFRAME: case BS_TAG_OBJECT:
    case BS_TAG_CANVAS: case BS_TAG_SVG:
    case BS_TAG_SELECT: case BS_TAG_TEXTAREA: case BS_TAG_OPTION:
    case BS_TAG_OPTGROUP: case BS_TAG_DATALIST: case BS_TAG_AUDIO:
    case BS_TAG_VIDEO: case BS_TAG_MAP: case BS_TAG_HEAD:
    case BS_TAG_TITLE: case BS_TAG_RP: case BS_TAG_RT: case BS_TAG_OUTPUT:
    case BS_TAG_PROGRESS: case BS_TAG_METER: case BS_TAG_MATH:
        return BS_TF_SKIP | BS_TF_BLOCK;
    default:
        return 0;
    }
}

const char *
bs_node_attr(const bs_node *n, bs_attr_id id)
{
    uint16_t i;

    for (i = 0; i < n->nattrs; i++) {
        if (n->attrs[i].id == id)
            return n->attrs[i].value;
    }
    return NULL;
}

bs_node *
bs_node_next(const bs_node *n, const bs_node *top, int skip_children)
{
    if (!skip_children && n->first != NULL)
        return n->first;
    while (n != NULL && n != top) {
        if (n->next != NULL)
            return n->next;
        n = n->parent;
    }
    return NULL;
}

const bs_node *
bs_sibling_skip_blank(const bs_node *n, int prev)
{
    do
        n = prev ? n->prev : n->next;
    while (n != NULL && n->tag == BS_TAG_TEXT && n->chars == 0);
    return n;
}

int
bs_node_is_removed(const bs_node *n)
{
    for (; n != NULL; n = n->parent) {
        if (n->flags & (BS_NF_REMOVED | BS_NF_HIDDEN))
            return 1;
    }
    return 0;
}

/* Bytes of a left-to-right or right-to-left mark (U+200E, U+200F) at
   s[i] (of n), else 0: a hint for showing text, no part of a name or a
   title ("\u200eApple"). */
static size_t
direction_mark_len(const char *s, size_t i, size_t n)
{
    const unsigned char *p = (const unsigned char *)s + i;

    return i + 2 < n && p[0] == 0xE2 && p[1] == 0x80 &&
                   (p[2] == 0x8E || p[2] == 0x8F)
               ? 3
               : 0;
}

/* Append text collapsing runs of white space (and U+00A0) to one space
   and leaving out invisible formatting characters (bs_invisible_len)
   and direction marks; *space tells whether the output currently ends
   in a space. */
static void
put_collapsed(bs_buf *out, const char *s, size_t n, int *space)
{
    size_t i = 0, start = 0;

    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        size_t k = 0;

        if (bs_is_space(c))
            k = 1;
        else if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)
            k = 2;
        else if (c >= 0xC2 && ((k = bs_invisible_len(s, i, n)) > 0 ||
                               (k = direction_mark_len(s, i, n)) > 0)) {
            bs_buf_put(out, s + start, i - start);
            if (i > start)
                *space = 0;
            i += k;
            start = i;
            continue;
        }
        if (k == 0) {
            i++;
            continue;
        }
        bs_buf_put(out, s + start, i - start);
        if (i > start)
            *space = 0;
        if (!*space && out->len > 0) {
            bs_buf_putc(out, ' ');
            *space = 1;
        } else if (out->len == 0) {
            *space = 1;
        }
        i += k;
        start = i;
    }
    if (n > start) {
        bs_buf_put(out, s + start, n - start);
        *space = 0;
    }
}

/* Separate the text before a block boundary from the text after it. */
static void
put_break(bs_buf *out, int *space)
{
    if (!*space && out->len > 0) {
        bs_buf_putc(out, ' ');
        *space = 1;
    }
}

/* A line's end in a byline's text: " | ", which the author cleaner reads
   as the end of the names ("Jane Doe<br>4 August 2010"). */
static void
put_line(bs_buf *out, int *space)
{
    if (out->len == 0)
        return;
    bs_buf_rtrim(out);
    bs_buf_puts(out, out->len > 0 && out->ptr[out->len - 1] == '|' ? " "
                                                                    : " | ");
    *space = 1;
}

const char *
bs_class_next(const char **cls, size_t *len)
{
    const char *s = *cls, *start;

    if (s == NULL)
        return NULL;
    while (bs_is_space((unsigned char)*s))
        s++;
    for (start = s; *s != '\0' && !bs_is_space((unsigned char)*s); s++)
        ;
    *cls = s;
    *len = (size_t)(s - start);
    return *len > 0 ? start : NULL;
}

/* Is n the writer's job in an element of its own, or the post's
   category: a class ending in a job's word or "category" ("job_title",
   "author__position", "byline__category"; not "position-relative")? */
static int
is_job(const bs_node *n)
{
    static const char *const role[] = {"position", "job",      "jobtitle",
                                       "job_title", "job-title", "role",
                                       "category",  "categories"};
    const char *cls = bs_node_attr(n, BS_ATTR_CLASS), *c;
    size_t len, i;

    while ((c = bs_class_next(&cls, &len)) != NULL)
        for (i = 0; i < sizeof(role) / sizeof(role[0]); i++) {
            size_t k = strlen(role[i]);
            if (len >= k && bs_ci_eq(c + len - k, role[i], k))
                return 1;
        }
    return 0;
}

/* Does the text from n on join another name: "and", "&", "und" or a
   comma first? */
static int
more_names(const bs_node *n)
{
    static const char *const joins[] = {"and ", "& ", "und ", ","};
    size_t i, k = 0;

    while (n != NULL && n->tag == BS_TAG_TEXT && n->len == 0)
        n = n->next;
    if (n == NULL || n->tag != BS_TAG_TEXT)
        return 0;
    while (k < n->len && bs_is_space((unsigned char)n->text[k]))
        k++;
    for (i = 0; i < sizeof(joins) / sizeof(joins[0]); i++)
        if (n->len - k >= strlen(joins[i]) &&
            bs_ci_eq(n->text + k, joins[i], strlen(joins[i])))
            return 1;
    return 0;
}

/* Elements that end a line of a byline: <br>, a paragraph, a heading
   (an author box: "<h3>Written by Jane Doe</h3><p>Jane covers ...</p>");
   other blocks may only wrap a name ("Artikel von <div>Jane Doe</div>"). */
static int
is_line(const bs_node *n)
{
    return n->tag == BS_TAG_BR || n->tag == BS_TAG_P ||
           (bs_tag_flags((bs_tag)n->tag) & BS_TF_HEADING);
}

/* Is the text node n white space alone? (Its `chars` may not be counted
   yet: the metadata is read before.) */
static int
blank_text(const bs_node *n)
{
    size_t i;

    for (i = 0; i < n->len; i++)
        if (!bs_is_space((unsigned char)n->text[i]))
            return 0;
    return 1;
}

/* Does the element n hold one link and nothing else? */
static int
only_link(const bs_node *n)
{
    const bs_node *c;
    int links = 0;

    for (c = n->first; c != NULL; c = c->next) {
        if (c->tag == BS_TAG_TEXT) {
            if (!blank_text(c))
                return 0;
        } else if (c->tag == BS_TAG_A) {
            links++;
        } else {
            return 0;
        }
    }
    return links == 1;
}

/* Is n a block of a list of links, after one like it: the element
   before it (past white space) has its tag and its class, and each holds
   one link alone ("<div class=item><a>Jane Doe</a></div>")? */
static int
list_item_after(const bs_node *n)
{
    const bs_node *m = n->prev;
    const char *a, *b;

    if (!(bs_tag_flags((bs_tag)n->tag) & BS_TF_BLOCK) || n->tag == BS_TAG_P)
        return 0;
    while (m != NULL && m->tag == BS_TAG_TEXT && blank_text(m))
        m = m->prev;
    if (m == NULL || m->tag != n->tag)
        return 0;
    a = bs_node_attr(n, BS_ATTR_CLASS);
    b = bs_node_attr(m, BS_ATTR_CLASS);
    return a != NULL && b != NULL && strcmp(a, b) == 0 && only_link(n) &&
           only_link(m);
}

enum { NT_LINES = 1, NT_HEADLINE = 2, NT_REMOVED_TOO = 4, NT_SR_TOO = 8 };

/* Is the element's text for screen readers only (a class "sr-only",
   "screen-reader-text", "visually-hidden")? */
static int
for_screen_readers(const bs_node *n)
{
    static const char *const hidden[] = {"sr-only", "screen-reader",
                                         "visually-hidden", "visuallyhidden"};
    const char *cls = bs_node_attr(n, BS_ATTR_CLASS);
    size_t i;

    for (i = 0; cls != NULL && i < sizeof(hidden) / sizeof(hidden[0]); i++)
        if (bs_strcasestr_n(cls, strlen(cls), hidden[i]))
            return 1;
    return 0;
}

/* Is an element inside a heading part of the headline's words?  Not a
   date (<time>), a heading set in it, the meta line under it in <small>,
   a button, or a label for screen readers ("Headline:"). */
static int
headline_part(const bs_node *n)
{
    return !(n->tag == BS_TAG_TIME || n->tag == BS_TAG_SMALL ||
             n->tag == BS_TAG_BUTTON ||
             (bs_tag_flags((bs_tag)n->tag) & BS_TF_HEADING) ||
             for_screen_readers(n));
}

static void
node_text(const bs_node *top, bs_buf *out, int how, size_t max)
{
    const bs_node *n = top;
    int space = out->len == 0 || out->ptr[out->len - 1] == ' ';
    int lines = (how & NT_LINES) != 0;
    /* what is hidden from assistive technology is left out too: the
       text read here names things (a headline, a byline, a label), and
       an aria-hidden copy would double it */
    unsigned unread = (how & NT_REMOVED_TOO) ? BS_NF_UNSEEN
                                             : BS_NF_REMOVED | BS_NF_UNSEEN;
    size_t visits = 0;

    if (n == NULL)
        goto done;
    for (;;) {
        /* max bounds the text and the elements walked for it */
        if (max > 0 && (out->len > max || ++visits > 4 * max))
            goto done;
        /* top itself is read even when its kind is never content: the
           caller asked for it (the text of <title>). */
        int skip = (n->flags & unread) != 0 ||
                   (n != top && n->tag != BS_TAG_TEXT &&
                    (bs_tag_flags((bs_tag)n->tag) & BS_TF_SKIP));

        if ((how & NT_HEADLINE) && n != top && n->tag != BS_TAG_TEXT &&
            !headline_part(n))
            skip = 1;
        /* a byline's copy of a name, or its label, for screen readers
           ("<a>Jane Doe<span class=sr-only>Jane Doe</span></a>") */
        if (lines && !(how & NT_SR_TOO) && n != top &&
            n->tag != BS_TAG_TEXT && for_screen_readers(n))
            skip = 1;
        /* a post's tag ("<a rel=tag>Solar</a>") in a byline's element
           names a subject, nobody */
        if (lines && n != top && n->tag == BS_TAG_A) {
            const char *rel = bs_node_attr(n, BS_ATTR_REL);
            if (rel != NULL && bs_rel_has(rel, "tag"))
                skip = 1;
        }

        /* a writer's job in an element of its own is left out of a
           byline's lines: a separator between names in its place before
           another name ("By Jane Doe <span class=role>Editor</span> and
           John Roe"), else the line's end */
        if (!skip && lines && n != top && n->tag != BS_TAG_TEXT &&
            is_job(n)) {
            if (more_names(n->next)) {
                bs_buf_rtrim(out);
                if (out->len > 0)
                    bs_buf_puts(out, ", ");
                space = 1;
            } else {
                put_line(out, &space);
            }
            skip = 1;
        }
        if (!skip && n->tag == BS_TAG_TEXT) {
            put_collapsed(out, n->text, n->len, &space);
        } else if (!skip && n != top && lines && list_item_after(n)) {
            /* names in a list's items, one link each */
            bs_buf_rtrim(out);
            if (out->len > 0)
                bs_buf_puts(out, ", ");
            space = 1;
        } else if (!skip && n != top && lines && is_line(n)) {
            put_line(out, &space);
        } else if (!skip && n != top &&
                   (n->tag == BS_TAG_BR ||
                    (bs_tag_flags((bs_tag)n->tag) & BS_TF_BLOCK))) {
            put_break(out, &space);
        }
        if (!skip && n->tag != BS_TAG_TEXT && n->first != NULL) {
            n = n->first;
            continue;
        }
        /* Leave n, then every ancestor it was the last child of: the end
           of a block separates it from the text that follows
           ("<div>a<p>b</p>c</div>" is "a b c", not "a bc"). */
        for (;;) {
            if (n == top)
                goto done;
            if (n->next != NULL) {
                n = n->next;
                break;
            }
            n = n->parent;
            if (n != top && lines && is_line(n))
                put_line(out, &space);
            else if (n != top && (bs_tag_flags((bs_tag)n->tag) & BS_TF_BLOCK))
                put_break(out, &space);
        }
    }
done:
    bs_buf_rtrim(out);
}

void
bs_node_text(const bs_node *top, bs_buf *out)
{
    node_text(top, out, 0, 0);
}

int
bs_rel_has(const char *rel, const char *word)
{
    size_t wl = strlen(word);
    const char *p = rel;

    while (*p) {
        while (*p && bs_is_space((unsigned char)*p))
            p++;
        if (bs_strcasestr_n(p, strlen(p) < wl ? strlen(p) : wl, word) &&
            (p[wl] == '\0' || bs_is_space((unsigned char)p[wl])))
            return 1;
        while (*p && !bs_is_space((unsigned char)*p))
            p++;
    }
    return 0;
}

void
bs_node_lines(const bs_node *top, bs_buf *out)
{
    size_t keep = out->len, i;

    node_text(top, out, NT_LINES, 0);
    /* the text for screen readers was the only one: it is the name
       ("<div class=author><span class=sr-only>Jane Doe</span></div>") */
    for (i = keep; i < out->len; i++)
        if (out->ptr[i] != ' ' && out->ptr[i] != '|' && out->ptr[i] != ',')
            return;
    bs_buf_truncate(out, keep);
    node_text(top, out, NT_LINES | NT_SR_TOO, 0);
}

void
bs_node_headline(const bs_node *top, bs_buf *out)
{
    node_text(top, out, NT_HEADLINE, 0);
}

void
bs_node_text_all(const bs_node *top, bs_buf *out, size_t max)
{
    node_text(top, out, NT_REMOVED_TOO, max);
}

const char *
bs_clean_string(bs_arena *a, const char *s, size_t n)
{
    bs_buf b = BS_BUF_INIT;
    int space = 1;
    const char *r;

    put_collapsed(&b, s, n, &space);
    bs_buf_rtrim(&b);
    if (b.failed) {
        bs_buf_free(&b);
        return NULL;
    }
    r = bs_arena_strndup(a, b.ptr, b.len);
    bs_buf_free(&b);
    return r;
}

/* Does [p, p + m) equal the lower-case `needle` in any ASCII case? */
static int
ci_equal_lower(const char *p, const char *needle, size_t m)
{
    size_t k;

    for (k = 0; k < m; k++) {
        unsigned char c = (unsigned char)p[k];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (c != (unsigned char)needle[k])
            return 0;
    }
    return 1;
}

int
bs_strcasestr_n(const char *hay, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    unsigned char first = (unsigned char)needle[0];
    const char *p, *lo, *up, *last;

    if (m == 0)
        return 1;
    if (m > n || (first >= 'A' && first <= 'Z'))
        return 0; /* a lower-cased haystack holds no capital */
    /* memchr finds the first byte's places in either case, the next of
       each kept until the other's is passed */
    last = hay + (n - m);
    lo = memchr(hay, first, n - m + 1);
    up = first >= 'a' && first <= 'z'
             ? memchr(hay, first - 32, n - m + 1)
             : NULL;
    while (lo != NULL || up != NULL) {
        p = lo == NULL ? up : up == NULL || lo < up ? lo : up;
        if (ci_equal_lower(p + 1, needle + 1, m - 1))
            return 1;
        if (p == last)
            break;
        if (p == lo)
            lo = memchr(p + 1, first, (size_t)(last - p));
        else
            up = memchr(p + 1, first - 32, (size_t)(last - p));
    }
    return 0;
}

size_t
bs_word_among(const char *s, size_t n, const char *const *words,
              size_t count, int ci)
{
    size_t i;

    for (i = 0; i < count; i++)
        if (strlen(words[i]) == n &&
            (ci ? bs_ci_eq(s, words[i], n) : memcmp(s, words[i], n) == 0))
            return i + 1;
    return 0;
}

int
bs_ci_eq(const char *a, const char *b, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = (char)(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = (char)(y + 32);
        if (x != y)
            return 0;
    }
    return 1;
}
