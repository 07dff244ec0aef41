/*
 * score.c - find the main content and prune what is left inside it.
 *
 * 1. bs_count() sums, bottom-up in one pass over the node array, the
 *    visible characters, link characters, commas and paragraphs below
 *    every element, leaving removed subtrees out.
 * 2. Every paragraph-like block (a block with text and no block inside)
 *    gives points to its ancestors, fading with distance: more for
 *    longer text and more commas.  Candidates start from a base that
 *    depends on the tag, on class/id hints and on semantic markup
 *    (<article>, <main>, itemprop=articleBody).  A candidate's score
 *    is then scaled by (1 - link density).
 * 3. The best candidate and those of its siblings that look like more of
 *    the same article become the content roots.
 * 4. Inside them, link-dense blocks that are a small part of the whole
 *    (related links, tag lists) are removed, and the headline that
 *    meta.c found is marked so it is rendered apart from the body.
 */
#include <string.h>

#include "internal.h"

static int
is_skipped(const bs_node *n)
{
    return (n->flags & BS_NF_REMOVED) ||
           (n->tag != BS_TAG_TEXT &&
            (bs_tag_flags((bs_tag)n->tag) & BS_TF_SKIP));
}

static void
count_text(bs_node *n)
{
    const unsigned char *s = (const unsigned char *)n->text;
    uint32_t i, chars = 0, commas = 0;

    for (i = 0; i < n->len; i++) {
        unsigned char c = s[i];

        if ((c & 0xC0) == 0x80 || bs_is_space(c))
            continue;
        chars++;
        if (c == ',')
            commas++;
        else if (c == 0xEF && i + 2 < n->len && s[i + 1] == 0xBC &&
                 s[i + 2] == 0x8C)
            commas++; /* fullwidth comma */
        else if (c == 0xE3 && i + 2 < n->len && s[i + 1] == 0x80 &&
                 (s[i + 2] == 0x81 || s[i + 2] == 0x82))
            commas++; /* ideographic comma and full stop */
    }
    n->chars = chars;
    n->commas = commas;
}

/* A block that reads as one paragraph. */
static int
is_paragraph(const bs_node *n)
{
    unsigned tf = bs_tag_flags((bs_tag)n->tag);

    if (n->tag == BS_TAG_TEXT || !(tf & BS_TF_BLOCK))
        return 0;
    if (n->tag == BS_TAG_P || n->tag == BS_TAG_PRE || n->tag == BS_TAG_TD)
        return 1;
    return !(n->flags & BS_NF_HASBLOCK) && !(tf & BS_TF_HEADING) &&
           n->tag != BS_TAG_TR && n->tag != BS_TAG_TABLE;
}

#define MIN_PARAGRAPH 25
/* Prose selection: what other text costs against prose, and the share of
   the best prose subtree the scored candidate must hold to be kept. */
#define OTHER_TEXT_COST 0.5f
#define MIN_SHARE 0.25f
/* Prose (characters) a candidate needs to beat one with a better score. */
#define TOP_MIN_PROSE 150u

/* A run of text long enough to be a paragraph, straight inside an element
   that also holds blocks: <div>Long text <a>link</a> more text<h2>..</div>.
   (Its parent's block children are counted by then: see bs_count.) */
#define LOOSE_TEXT 80
static int
is_loose_text(const bs_node *n)
{
    return n->tag == BS_TAG_TEXT && n->chars >= LOOSE_TEXT &&
           !(n->flags & BS_NF_REMOVED);
}

void
bs_count(bs_doc *doc)
{
    /* a text node's text never changes after the parse: counted once */
    int texts = !doc->texts_counted;
    size_t i;

    for (i = 0; i < doc->nnodes; i++) {
        bs_node *n = bs_doc_node(doc, i);

        if (n->tag == BS_TAG_TEXT)
            continue;
        n->chars = n->link_chars = n->paras = n->commas = n->good = 0;
        n->flags &= ~(uint32_t)BS_NF_HASBLOCK;
    }
    for (i = doc->nnodes; i-- > 0;) {
        bs_node *n = bs_doc_node(doc, i);
        bs_node *p = n->parent;

        if (n->tag == BS_TAG_TEXT) {
            if (texts)
                count_text(n);
        } else if (n->chars >= MIN_PARAGRAPH && is_paragraph(n)) {
            n->paras++;
            /* Prose: what is not link text, when links are few. */
            n->good = n->link_chars * 10 < n->chars * 4
                          ? n->chars - n->link_chars
                          : 0;
        } else if (n->flags & BS_NF_HASBLOCK) {
            /* Text set loose among blocks, without <p>: prose too. */
            const bs_node *c;
            for (c = n->first; c != NULL; c = c->next) {
                if (is_loose_text(c)) {
                    n->paras++;
                    n->good += c->chars;
                }
            }
        }
        if (p == NULL || is_skipped(n))
            continue;
        p->chars += n->chars;
        p->link_chars += n->tag == BS_TAG_A ? n->chars : n->link_chars;
        p->commas += n->commas;
        p->paras += n->paras;
        p->good += n->good;
        if (n->tag != BS_TAG_TEXT &&
            ((bs_tag_flags((bs_tag)n->tag) & BS_TF_BLOCK) ||
             (n->flags & BS_NF_HASBLOCK)))
            p->flags |= BS_NF_HASBLOCK;
    }
    doc->texts_counted = 1;
}

static float
base_score(const bs_node *n)
{
    float s = 0;
    const char *itemprop;

    switch (n->tag) {
    case BS_TAG_DIV: case BS_TAG_ARTICLE: case BS_TAG_SECTION:
    case BS_TAG_MAIN: case BS_TAG_CUSTOM:
        s = 5;
        break;
    case BS_TAG_PRE: case BS_TAG_TD: case BS_TAG_BLOCKQUOTE:
        s = 3;
        break;
    case BS_TAG_ADDRESS: case BS_TAG_OL: case BS_TAG_UL: case BS_TAG_DL:
    case BS_TAG_DD: case BS_TAG_DT: case BS_TAG_LI: case BS_TAG_FORM:
        s = -3;
        break;
    case BS_TAG_H1: case BS_TAG_H2: case BS_TAG_H3: case BS_TAG_H4:
    case BS_TAG_H5: case BS_TAG_H6: case BS_TAG_TH:
        s = -5;
        break;
    default:
        break;
    }
    if (n->tag == BS_TAG_ARTICLE)
        s += 10;
    else if (n->tag == BS_TAG_MAIN)
        s += 5;
    itemprop = bs_node_attr(n, BS_ATTR_ITEMPROP);
    if (itemprop != NULL && strstr(itemprop, "articleBody") != NULL)
        s += 40;
    return s + (float)bs_class_weight(n);
}

static float
link_density(const bs_node *n)
{
    return n->chars ? (float)n->link_chars / (float)n->chars : 0.0f;
}

static void
add_score(bs_node *n, float s)
{
    if (!(n->flags & BS_NF_SCORED)) {
        n->flags |= BS_NF_SCORED;
        n->score = base_score(n);
    }
    n->score += s;
}

/* Does s[0, k) end with `tail`? */
static int
ends_with(const char *s, size_t k, const char *tail)
{
    size_t n = strlen(tail);

    return k >= n && memcmp(s + k - n, tail, n) == 0;
}

/* Does the text of n end a sentence, in any script?  Closing quotes and
   brackets after the punctuation are looked through. */
static int
ends_sentence(const bs_node *n)
{
    static const char *const closers[] = {
        "\"", "'", ")", "\xe2\x80\x9d", "\xe2\x80\x99", "\xc2\xbb",
        "\xe3\x80\x8d", "\xe3\x80\x8f", "\xef\xbc\x89"};
    static const char *const stops[] = {
        ".", "!", "?", "\xe2\x80\xa6", "\xe3\x80\x82", "\xef\xbc\x81",
        "\xef\xbc\x9f", "\xd8\x9f", "\xe0\xa5\xa4"};
    const bs_node *t = n;
    size_t k, i;
    int again = 1;

    /* last text node below n */
    while (t != NULL && t->tag != BS_TAG_TEXT)
        t = t->last;
    if (t == NULL || t->len == 0)
        return 0;
    k = t->len;
    while (again) {
        again = 0;
        while (k > 0 && bs_is_space((unsigned char)t->text[k - 1]))
            k--;
        for (i = 0; i < sizeof(closers) / sizeof(closers[0]); i++) {
            if (ends_with(t->text, k, closers[i])) {
                k -= strlen(closers[i]);
                again = 1;
                break;
            }
        }
    }
    for (i = 0; i < sizeof(stops) / sizeof(stops[0]); i++) {
        if (ends_with(t->text, k, stops[i]))
            return 1;
    }
    return 0;
}

static int
same_class(const bs_node *a, const bs_node *b)
{
    const char *ca = bs_node_attr(a, BS_ATTR_CLASS);
    const char *cb = bs_node_attr(b, BS_ATTR_CLASS);

    return ca != NULL && cb != NULL && ca[0] && strcmp(ca, cb) == 0;
}

/* Does n hold an <h1> with text (a story's headline; a section of an
   article has an <h2>)? */
static int
has_h1(const bs_node *n)
{
    const bs_node *m;

    for (m = n; m != NULL; m = bs_node_next(m, n, is_skipped(m)))
        if (m->tag == BS_TAG_H1 && m->chars > 0 && !is_skipped(m))
            return 1;
    return 0;
}

/* Has a sibling of n an <h1> of its own (the next story; a section of
   the same article has an <h2>)? */
static int
other_headline(const bs_node *n)
{
    const bs_node *s;

    for (s = n->parent->first; s != NULL; s = s->next)
        if (s != n && s->tag != BS_TAG_TEXT && has_h1(s))
            return 1;
    return 0;
}

/* Levels above the best post looked at for a repeated post box. */
#define THREAD_UP 4

/* Do a and b have the same first class name ("blockpost rowodd
   firstpost" and "blockpost roweven")? */
static int
same_first_class(const bs_node *a, const bs_node *b)
{
    const char *ca = bs_node_attr(a, BS_ATTR_CLASS);
    const char *cb = bs_node_attr(b, BS_ATTR_CLASS);
    size_t la, lb;

    if (ca == NULL || cb == NULL)
        return 0;
    ca += strspn(ca, " \t\n");
    cb += strspn(cb, " \t\n");
    la = strcspn(ca, " \t\n");
    lb = strcspn(cb, " \t\n");
    return la > 0 && la == lb && memcmp(ca, cb, la) == 0;
}

/* Has n a sibling of its tag and kind (first class name) with prose in
   it? */
static int
has_twin(const bs_node *n)
{
    const bs_node *s;

    for (s = n->parent->first; s != NULL; s = s->next)
        if (s != n && s->tag == n->tag && s->good >= 100 &&
            same_first_class(s, n))
            return 1;
    return 0;
}

/* Lowercase comparison of collapsed texts. */
static int
text_matches(const char *a, const char *b)
{
    size_t la = strlen(a);

    return la > 0 && la == strlen(b) && bs_ci_eq(a, b, la);
}

/* Is n an <h1> or <h2> whose text is the page's title (or the title
   before its site name was cut)?  t is scratch space. */
static int
is_title_heading(const bs_node *n, const bs_meta *meta, bs_buf *t)
{
    const char *title = meta->value[BS_FIELD_TITLE];

    if (title == NULL || (n->tag != BS_TAG_H1 && n->tag != BS_TAG_H2))
        return 0;
    bs_buf_clear(t);
    bs_node_text(n, t);
    return !t->failed &&
           (text_matches(t->ptr, title) ||
            (meta->title_whole != NULL &&
             text_matches(t->ptr, meta->title_whole)));
}

/* The share (in tenths) of the best candidate's score that the article
   holding the page's headline needs to be taken instead. */
#define OWN_SHARE 3

/* The nearest scored ancestor, with a paragraph's worth of prose, of the
   first <h1> or <h2> whose text is the page's title; NULL if none. */
static bs_node *
headed_article(bs_doc *doc, const bs_meta *meta)
{
    const char *title = meta->value[BS_FIELD_TITLE];
    bs_buf t = BS_BUF_INIT;
    bs_node *a = NULL;
    size_t i;

    if (title == NULL)
        return NULL;
    for (i = 0; i < doc->nnodes && a == NULL; i++) {
        bs_node *n = bs_doc_node(doc, i);

        if ((n->tag != BS_TAG_H1 && n->tag != BS_TAG_H2) || n->chars == 0 ||
            bs_node_is_removed(n) || !is_title_heading(n, meta, &t))
            continue;
        for (a = n->parent; a != NULL; a = a->parent)
            if ((a->flags & BS_NF_SCORED) && a->good >= TOP_MIN_PROSE &&
                !bs_node_is_removed(a))
                break;
        break;
    }
    bs_buf_free(&t);
    return a;
}

/* Levels from n up to the document node. */
static size_t
depth_of(const bs_node *n)
{
    size_t d = 0;

    for (; n->parent != NULL; n = n->parent)
        d++;
    return d;
}

/* When the page's article (own) and the best candidate (top) lie apart,
   each in a story of one stream (infinite scroll: the next stories follow
   the page's own, each under its <h1>): the story holding the page's
   headline, if the best one is under a headline of its own; NULL when they
   do not lie that way. */
static bs_node *
own_story(bs_node *own, bs_node *top)
{
    size_t da = depth_of(own), db = depth_of(top);
    bs_node *a = own, *b = top;

    while (da > db) {
        a = a->parent;
        da--;
    }
    while (db > da) {
        b = b->parent;
        db--;
    }
    if (a == b)
        return NULL; /* one lies inside the other */
    while (a->parent != b->parent) {
        a = a->parent;
        b = b->parent;
    }
    /* a and b: the two stories, children of their nearest common
       ancestor; the page's has prose, the other a headline. */
    if (a->parent == NULL || a->good < TOP_MIN_PROSE ||
        a->tag == BS_TAG_BODY || !has_h1(b))
        return NULL;
    return a;
}

/* Mark the headline inside the content so the body does not repeat it,
   and drop the short kicker/breadcrumb text that precedes it. */
static void
mark_title(bs_doc *doc, bs_node *root, const bs_meta *meta, uint32_t total)
{
    const char *title = meta->value[BS_FIELD_TITLE];
    bs_node *n = root, *h = NULL;
    bs_buf t = BS_BUF_INIT;

    if (title == NULL)
        return;
    while (n != NULL) {
        if (!is_skipped(n) && is_title_heading(n, meta, &t)) {
            h = n;
            break;
        }
        n = bs_node_next(n, root, is_skipped(n));
    }
    bs_buf_free(&t);
    if (h == NULL)
        return;
    h->flags |= BS_NF_TITLE | BS_NF_REMOVED;
    /* Everything before the headline, when it is little text. */
    {
        uint32_t before = 0;
        bs_node *m;

        for (m = root; m != NULL && m != h; m = bs_node_next(m, root, 0)) {
            if (m->tag == BS_TAG_TEXT && !bs_node_is_removed(m))
                before += m->chars;
        }
        if (before * 10 > total || before > 200)
            return;
        for (m = root; m != NULL && m != h;) {
            int contains = 0;
            const bs_node *a;

            for (a = h; a != NULL; a = a->parent) {
                if (a == m) {
                    contains = 1;
                    break;
                }
            }
            if (!contains && m != root) {
                m->flags |= BS_NF_REMOVED;
                m = bs_node_next(m, root, 1);
            } else {
                m = bs_node_next(m, root, 0);
            }
        }
    }
    (void)doc;
}

/* Number of links below n, counting up to `enough`. */
static int
count_links(const bs_node *top, int enough)
{
    const bs_node *n;
    int k = 0;

    for (n = top->first; n != NULL && k < enough;
         n = bs_node_next(n, top, n->tag == BS_TAG_A)) {
        if (n->tag == BS_TAG_A)
            k++;
    }
    return k;
}

static int
heading_rank(const bs_node *n)
{
    return n->tag >= BS_TAG_H1 && n->tag <= BS_TAG_H6
               ? (int)(n->tag - BS_TAG_H1) + 1
               : 0;
}

/* Is n inside a content root, with nothing on the way up to it removed? */
static int
kept_in_content(const bs_node *n)
{
    for (; n != NULL; n = n->parent) {
        if (n->flags & BS_NF_REMOVED)
            return 0;
        if (n->flags & BS_NF_CONTENT)
            return 1;
    }
    return 0;
}

/* The next sibling with something in it (not white space). */
static bs_node *
next_filled(bs_node *n)
{
    for (n = n->next; n != NULL; n = n->next) {
        if (!(n->tag == BS_TAG_TEXT && n->chars == 0))
            return n;
    }
    return NULL;
}

/* Buttons set as links or spans in the text ("Merken", "Rezept drucken",
   "Save"): a short element whose class names a button. After scoring, so
   that a button's link still counts where link density tells furniture
   from content. */
#define BUTTON_MAX 30

static int
names_button(const bs_node *n)
{
    const char *cls = bs_node_attr(n, BS_ATTR_CLASS);
    size_t i, k;

    if (cls == NULL)
        return 0;
    k = strlen(cls);
    if (bs_strcasestr_n(cls, k, "button"))
        return 1;
    for (i = 0; i + 3 <= k; i++)
        if ((i == 0 || cls[i - 1] == ' ' || cls[i - 1] == '-' ||
             cls[i - 1] == '_') &&
            bs_ci_eq(cls + i, "btn", 3) &&
            (i + 3 == k || cls[i + 3] == ' ' || cls[i + 3] == '-' ||
             cls[i + 3] == '_'))
            return 1;
    return 0;
}

static void
drop_buttons(bs_doc *doc)
{
    bs_node *root;
    size_t i;

    for (i = 0; (root = bs_next_content_root(doc, &i)) != NULL;) {
        bs_node *n = root->first;
        while (n != NULL) {
            int drop = n->tag != BS_TAG_TEXT && !(n->flags & BS_NF_REMOVED) &&
                       n->chars > 0 && n->chars <= BUTTON_MAX &&
                       !(bs_tag_flags((bs_tag)n->tag) & BS_TF_HEADING) &&
                       n->nattrs > 0 && names_button(n);
            if (drop)
                n->flags |= BS_NF_REMOVED;
            n = bs_node_next(n, root, drop || is_skipped(n));
        }
    }
}

/* Remove a short label line whose list was pruned: "Contents" over a table
   of contents, "Share" over its buttons.  The line is its own block, ends
   no sentence, and what follows the pruned block is a heading or the end. */
static void
drop_orphan_labels(bs_doc *doc)
{
    size_t i;

    for (i = 0; i < doc->nnodes; i++) {
        bs_node *n = bs_doc_node(doc, i), *s, *after;

        if (n->tag == BS_TAG_TEXT || n->chars == 0 || n->chars > 40 ||
            !(bs_tag_flags((bs_tag)n->tag) & BS_TF_BLOCK) ||
            (n->flags & BS_NF_HASBLOCK) || heading_rank(n) > 0 ||
            !kept_in_content(n) || ends_sentence(n))
            continue;
        s = next_filled(n);
        if (s == NULL || !(s->flags & BS_NF_REMOVED) ||
            !(s->tag == BS_TAG_UL || s->tag == BS_TAG_OL ||
              s->tag == BS_TAG_NAV ||
              s->link_chars * 2 > s->chars))
            continue;
        for (after = next_filled(s);
             after != NULL && (after->flags & BS_NF_REMOVED);
             after = next_filled(after))
            ;
        if (after == NULL || heading_rank(after) > 0)
            n->flags |= BS_NF_REMOVED;
    }
}

/* A picture in a link that leads nowhere (no address, "#top",
   "javascript:"): a control's icon ("back to top"), not content. */
static int
is_control_icon(const bs_node *img)
{
    const bs_node *a;
    const char *href;
    int k;

    for (a = img->parent, k = 0; a != NULL && k < 3; a = a->parent, k++) {
        if (a->tag != BS_TAG_A)
            continue;
        href = bs_node_attr(a, BS_ATTR_HREF);
        return href == NULL || href[0] == '\0' || href[0] == '#' ||
               strncmp(href, "javascript:", 11) == 0;
    }
    return 0;
}

/* Remove headings that nothing follows: the title of a list that was
   pruned ("Related", "More on this") is left alone at the end.  A heading
   followed only by lower headings that nothing follows either ("Comments"
   over "Log in to comment") goes with them. */
#define HEADING_DEPTH 6
static void
drop_orphan_headings(bs_doc *doc)
{
    bs_node *pending[HEADING_DEPTH];
    bs_node *root, *n;
    int npending = 0, k;
    size_t i;

    for (i = 0; (root = bs_next_content_root(doc, &i)) != NULL;) {
        for (n = root; n != NULL;) {
            int skip = is_skipped(n);
            int rank = skip ? 0 : heading_rank(n);

            if (rank > 0) {
                while (npending > 0 &&
                       rank <= heading_rank(pending[npending - 1]))
                    pending[--npending]->flags |= BS_NF_REMOVED;
                if (n->chars > 0) {
                    if (npending == HEADING_DEPTH) {
                        memmove(pending, pending + 1,
                                (HEADING_DEPTH - 1) * sizeof(pending[0]));
                        npending--;
                    }
                    pending[npending++] = n;
                }
                skip = 1;
            } else if (!skip && npending > 0 &&
                       ((n->tag == BS_TAG_TEXT && n->chars > 0) ||
                        (n->tag == BS_TAG_IMG && !is_control_icon(n)))) {
                npending = 0;
            }
            n = bs_node_next(n, root, skip);
        }
    }
    for (k = 0; k < npending; k++)
        pending[k]->flags |= BS_NF_REMOVED;
}

/* The link (<a>) that holds n, up to four levels up: stopping at the
   first block unless `past_blocks` is set; NULL when none. */
static const bs_node *
link_above(const bs_node *n, int past_blocks)
{
    int k;

    for (k = 0, n = n->parent; n != NULL && k < 4; k++, n = n->parent) {
        if (n->tag == BS_TAG_A)
            return n;
        if (!past_blocks && (bs_tag_flags((bs_tag)n->tag) & BS_TF_BLOCK))
            return NULL;
    }
    return NULL;
}

static int
in_link(const bs_node *n)
{
    return link_above(n, 0) != NULL;
}

/* Remove the text and pictures of nodes with index in [from, to). */
static void
remove_range(bs_doc *doc, uint32_t from, uint32_t to)
{
    uint32_t i;

    for (i = from; i < to && i < doc->nnodes; i++) {
        bs_node *m = bs_doc_node(doc, i);
        if (m->tag == BS_TAG_TEXT || m->tag == BS_TAG_IMG)
            m->flags |= BS_NF_REMOVED;
    }
}

/* A heading with what follows it up to the next heading of its rank or
   higher (or the end of the content root) is a section; a section that
   is mostly links ("Related posts", "More on this" with teasers) goes
   whole, heading included.  Returns the characters of such sections, and
   removes them when `apply` is set. */
static uint32_t
link_sections(bs_doc *doc, uint32_t total, float max_ld, int apply)
{
    bs_node *root;
    size_t i;
    uint32_t found = 0;

    for (i = 0; (root = bs_next_content_root(doc, &i)) != NULL;) {
        bs_node *n, *last, *head = NULL;
        uint32_t chars = 0, links = 0, stop;

        for (last = root; last->last != NULL; last = last->last)
            ;
        stop = last->index + 1;
        for (n = root;;) {
            int rank = n != NULL && !is_skipped(n) ? heading_rank(n) : 0;

            if (head != NULL &&
                (n == NULL || (rank > 0 && rank <= heading_rank(head)))) {
                if (chars > 0 && (float)links > max_ld * (float)chars &&
                    chars * 10 < total * 4) {
                    found += chars;
                    if (apply) {
                        head->flags |= BS_NF_REMOVED;
                        remove_range(doc, head->index + 1,
                                     n != NULL ? n->index : stop);
                    }
                }
                head = NULL;
            }
            if (n == NULL)
                break;
            if (rank > 0 && head == NULL) {
                head = n;
                chars = links = 0;
            } else if (head != NULL && n->tag == BS_TAG_TEXT &&
                       !is_skipped(n)) {
                chars += n->chars;
                if (in_link(n))
                    links += n->chars;
            }
            n = bs_node_next(n, root, is_skipped(n) || rank > 0);
        }
    }
    return found;
}

/* Links that hold this share (in tenths) of the content of a page that
   does not call itself an article are its content: an index, a directory,
   a shop's grid.  Not with favor=precision. */
#define INDEX_SHARE 3
#define ARTICLE_INDEX_SHARE 8

/* The share (in tenths) of links that make the content an index: 0 when
   it never is. */
static unsigned
index_share(const bs_options *opts, const bs_meta *meta)
{
    if (opts->favor == BS_FAVOR_PRECISION)
        return 0;
    return bs_meta_page_kind(meta) != BS_PAGE_ARTICLE ? INDEX_SHARE
                                                      : ARTICLE_INDEX_SHARE;
}

/* ... unless they are an index's (see INDEX_SHARE). */
static void
drop_link_sections(bs_doc *doc, uint32_t total, float max_ld,
                   const bs_options *opts, const bs_meta *meta)
{
    unsigned share = index_share(opts, meta);

    if (share > 0) {
        uint32_t found = link_sections(doc, total, max_ld, 0);
        if (found == 0 || found * 10 > total * share)
            return;
    }
    link_sections(doc, total, max_ld, 1);
}

/* A link set straight among blocks, a line of its own ("<p>...</p><a
   href="/news">Back to the list</a>"). */
static int
ends_line(const bs_node *s)
{
    return s == NULL || s->tag == BS_TAG_BR ||
           (s->tag != BS_TAG_TEXT &&
            (bs_tag_flags((bs_tag)s->tag) & BS_TF_BLOCK));
}

/* Is the inline element n a line of its own: blocks, line breaks or
   nothing on both sides of it? */
static int
own_line(const bs_node *n)
{
    return ends_line(bs_sibling_skip_blank(n, 1)) &&
           ends_line(bs_sibling_skip_blank(n, 0));
}

static int
is_loose_link(const bs_node *n)
{
    return n->tag == BS_TAG_A && n->parent != NULL &&
           (n->parent->flags & BS_NF_HASBLOCK) && own_line(n);
}

/* After the last paragraph of prose, short lines that are not sentences
   ("No comments", "Share this article", "Tags") are page furniture. */
static void
trim_tail(bs_doc *doc, uint32_t total)
{
    size_t i = doc->nnodes;
    int trimmed = 0;
    uint32_t cut = 0;

    while (i-- > 0 && trimmed < 8) {
        bs_node *n = bs_doc_node(doc, i);

        if (n->tag == BS_TAG_TEXT || !(is_paragraph(n) || is_loose_link(n)) ||
            n->chars == 0 || !kept_in_content(n))
            continue;
        if (n->chars >= 50 || ends_sentence(n) || n->tag == BS_TAG_LI ||
            n->tag == BS_TAG_TD || n->tag == BS_TAG_PRE ||
            n->tag == BS_TAG_DD || n->tag == BS_TAG_FIGCAPTION ||
            (cut + n->chars) * 10 > total * 2)
            break;
        n->flags |= BS_NF_REMOVED;
        cut += n->chars;
        trimmed++;
    }
}

/* Lines that open what follows an article: related links, sharing,
   the author's box, comments.  A hint only, in the languages of the date
   parser; pages in other languages lose nothing without it. */
static const char *const end_labels[] = {
    "related", "related posts", "related articles", "related stories",
    "related content", "read more", "read also", "read next", "more from",
    "more on this", "more stories", "more articles", "you may also like",
    "you might also like", "recommended", "recommended for you",
    "share this", "share this article", "share this post", "share on",
    "about the author", "comments", "leave a comment", "leave a reply",
    "tags", "das k\xc3\xb6nnte sie auch interessieren",
    "das k\xc3\xb6nnte dich auch interessieren", "auch interessant",
    "weitere artikel", "weitere beitr\xc3\xa4ge", "mehr zum thema",
    "\303\274ber den autor", "\303\274ber die autorin",
    "\xc3\xa4hnliche beitr\xc3\xa4ge", "\xc3\xa4hnliche artikel",
    "verwandte artikel", "diesen artikel teilen", "artikel teilen",
    "kommentare", "kommentar schreiben", "schreibe einen kommentar",
    "empfehlungen", "lesen sie auch", "teilen",
    "\xc3\xa0 lire aussi", "a lire aussi", "lire aussi",
    "sur le m\xc3\xaame sujet", "articles similaires", "partager",
    "commentaires", "\xc3\xa0 propos de l'auteur", "te puede interesar",
    "lee tambi\xc3\xa9n", "noticias relacionadas",
    "art\303\255culos relacionados", "comentarios", "compartir",
    "leggi anche", "articoli correlati", "potrebbe interessarti",
    "commenti", "condividi", "lees ook", "gerelateerde artikelen",
    "reacties", "delen", "czytaj tak\305\274e", "czytaj te\xc5\xbc",
    "zobacz te\xc5\xbc", "komentarze", "udost\xc4\x99pnij",
    "notas relacionadas", "etiquetas", "temas relacionados",
    "kontakt", "pressekontakt", "ansprechpartner", "ansprechpartnerin",
    "keep reading", "article sources", "recent posts", "recommended reading",
    "what to read next", "latest insights",
    "auch lesen", "originalpublikation", "originalartikel",
    "original publication", "zusatzinformationen",
    "weitere informationen", "press contact", "media contact",
    "contact presse",
    "verwandte beitr\xc3\xa4ge", "schon gelesen", "seite teilen",
    "zobacz tak\305\274e", "you may also be interested in",
    "zum weiterlesen", "themen", "schlagw\xc3\xb6rter", "schlagworte",
    "mots-cl\xc3\xa9s", "\xc3\xa9tiquettes",
    "leia tamb\xc3\xa9m", "veja tamb\xc3\xa9m", "relacionados",
    "coment\xc3\xa1rios", "compartilhe"};

/* Lower-case ASCII and Latin-1 capitals (UTF-8), trailing punctuation
   and space dropped. */
static void
fold_label(bs_buf *b)
{
    size_t i, len = b->len;

    for (i = 0; i < b->len; i++) {
        unsigned char c = (unsigned char)b->ptr[i];
        if (c >= 'A' && c <= 'Z')
            b->ptr[i] = (char)(c + 32);
        else if (c == 0xC3 && i + 1 < b->len &&
                 (unsigned char)b->ptr[i + 1] >= 0x80 &&
                 (unsigned char)b->ptr[i + 1] <= 0x9E &&
                 (unsigned char)b->ptr[i + 1] != 0x97) {
            b->ptr[i + 1] = (char)((unsigned char)b->ptr[i + 1] + 0x20);
            i++;
        }
    }
    while (len > 0) {
        unsigned char c = (unsigned char)b->ptr[len - 1];
        if (c == ' ' || c == ':' || c == '!' || c == '?' || c == '.' ||
            c == '>' || c == '-' || c == '|' || c == 0x80 || c == 0x93 ||
            c == 0x94 || c == 0xA6 || c == 0xBB || c == 0xC2 || c == 0xE2)
            len--; /* also the bytes of ... - -- >> */
        else
            break;
    }
    bs_buf_truncate(b, len);
}

/* The label alone, or with a count or a list after it: "Comments",
   "3 comments", "Comments (3)", "Tags: harbour, council"; or, when the
   line ends with a colon, followed by more words ("Lesen Sie auch die
   folgenden Beitr\xc3\xa4ge:"). */
static int
is_end_label(const char *s, size_t n, int colon)
{
    size_t i;

    while (n > 0 && *s >= '0' && *s <= '9') {
        s++;
        n--;
        if (n > 0 && *s == ' ') {
            s++;
            n--;
            break;
        }
    }
    for (i = 0; i < sizeof(end_labels) / sizeof(end_labels[0]); i++) {
        size_t k = strlen(end_labels[i]);
        if (n >= k && memcmp(s, end_labels[i], k) == 0 &&
            (n == k || s[k] == ':' || (colon && s[k] == ' ') ||
             (s[k] == ' ' && k + 1 < n &&
              (s[k + 1] == '(' || (s[k + 1] >= '0' && s[k + 1] <= '9')))))
            return 1;
    }
    return 0;
}

/* A short line that ends in the verb of sharing ("Diesen Artikel teilen",
   "NEWS TEILEN:", "Möchten Sie den Artikel teilen?") heads the share
   buttons.  Not English "share", a noun as often ("market share").
   Folded text, trailing punctuation gone. */
static int
ends_with_share(const char *s, size_t n)
{
    static const char *const verbs[] = {
        " teilen", " partager", " compartir", " condividi",
        " udost\xc4\x99pnij", " compartilhe", " compartilhar"};
    size_t i;

    for (i = 0; i < sizeof(verbs) / sizeof(verbs[0]); i++) {
        size_t k = strlen(verbs[i]);
        if (n > k && memcmp(s + n - k, verbs[i], k) == 0)
            return 1;
    }
    return 0;
}

/* Labels of a picture's credit, and of the source given under a chart, a
   table or a figure. */
static const char *const credit_labels[] = {
    "photograph by ", "photographs by ", "photo by ", "photos by ",
    "photograph:", "photo:", "photos:", "photo credit", "image:",
    "image credit", "credit:", "credits:", "foto:", "fotos:", "bild:",
    "bildquelle:", "titelbild:", "titelfoto:", "beitragsbild:", "fotocredit",
    "cr\303\251dit photo", "cr\303\251dits photo",
    "source:", "sources:", "quelle:", "quellen:", "fuente:", "fuentes:",
    "fonte:", "fontes:", "\305\272r\303\263d\305\202o:", "bron:"};

/* Does a credit label open [p, p + rest), with more after it?  With
   `colon`, only a label that ends with a colon. */
static int
credit_label_at(const char *p, size_t rest, int colon)
{
    size_t i;

    for (i = 0; i < sizeof(credit_labels) / sizeof(credit_labels[0]); i++) {
        size_t k = strlen(credit_labels[i]);
        if (rest > k && (!colon || credit_labels[i][k - 1] == ':') &&
            memcmp(p, credit_labels[i], k) == 0)
            return 1;
    }
    return 0;
}

/* A picture's credit set as a line of the text ("Photograph by Ed
   Marshall", "Foto: dpa", "The quay at dawn. (Foto: dpa)", "Jan Novak,
   photo: Archive"), or a short notice ("© 2025 ...", "Alle Rechte
   vorbehalten"): it stays with the picture in Markdown and HTML and
   leaves the plain text, as captions do.  Folded text. */
#define CREDIT_MAX 120
static int
is_credit(const char *s, size_t n)
{
    static const char *const notices[] = {
        "all rights reserved", "alle rechte vorbehalten",
        "tous droits r\xc3\xa9serv\xc3\xa9s", "todos los derechos reservados",
        "tutti i diritti riservati", "alle rechten voorbehouden",
        "nur mit genehmigung", "ohne gew\xc3\xa4hr"};
    const char *p;
    size_t i;

    if (credit_label_at(s, n, 0))
        return 1;
    /* a copyright sign: a picture's credit ("Lee Elder in 1975. | ©
       Augusta National/Getty Images") or a notice, as is a line that
       reserves rights or disclaims them */
    if (bs_strcasestr_n(s, n, "\xc2\xa9"))
        return 1;
    for (i = 0; i < sizeof(notices) / sizeof(notices[0]); i++)
        if (bs_strcasestr_n(s, n, notices[i]))
            return 1;
    /* a caption that ends with its credit after a comma or a bar */
    for (p = s + 2; p < s + n; p++)
        if ((p[-2] == ',' || p[-2] == '|') && p[-1] == ' ' &&
            credit_label_at(p, (size_t)(s + n - p), 1))
            return 1;
    /* ... or in parentheses */
    if (n < 4 || s[n - 1] != ')')
        return 0;
    for (p = s + n - 1; p > s && *p != '('; p--)
        ;
    return *p == '(' && credit_label_at(p + 1, (size_t)(s + n - p - 1), 0);
}

/* Is the folded line s, whole, the label of an advertisement set in the
   text ("Advertisement", "- Anzeige -", "Sponsored", "Reklama")? */
static int
is_ad_label(const char *s, size_t n)
{
    static const char *const labels[] = {
        "advertisement", "advertising", "ad", "ads", "sponsored",
        "anzeige", "werbung", "gesponsert", "publicidad", "publicidade",
        "publicit\xc3\xa9", "pubblicit\xc3\xa0", "reklama", "reklame",
        "advertentie", "annonce", "mainos", "\xd1\x80\xd0\xb5\xd0\xba\xd0\xbb\xd0\xb0\xd0\xbc\xd0\xb0"};

    while (n > 0 && (*s == '-' || *s == ' ' || *s == '|'))
        s++, n--;
    return bs_word_among(s, n, BS_WORDS(labels), 0) > 0;
}

/* Is the folded line s, whole, a reading time ("5 min read", "Lesezeit:
   4 Minuten")? */
static int
is_reading_time(const char *s, size_t n)
{
    static const char *const after[] = {
        "min read", "mins read", "minute read", "minutes read",
        "min lesezeit", "min. lesezeit", "minuten lesezeit",
        "min de lecture", "minutes de lecture", "min de lectura",
        "minutos de lectura", "min di lettura", "minuti di lettura",
        "min leestijd", "minuten leestijd"};
    static const char *const before[] = {
        "estimated reading time", "reading time", "read time", "lesezeit",
        "lesedauer",
        "temps de lecture", "tiempo de lectura", "tempo di lettura",
        "leestijd"};
    size_t i, k = 0;

    for (i = 0; i < sizeof(before) / sizeof(before[0]); i++) {
        size_t b = strlen(before[i]);
        if (n > b && memcmp(s, before[i], b) == 0) {
            /* "Lesezeit: 4 Minuten", "Reading time 5 min" */
            for (k = b; k < n && (s[k] == ':' || s[k] == ' '); k++)
                ;
            return k < n && s[k] >= '0' && s[k] <= '9' && n - k <= 16;
        }
    }
    while (k < n && s[k] >= '0' && s[k] <= '9')
        k++;
    if (k == 0 || k >= n || s[k] != ' ')
        return 0;
    k++;
    return bs_word_among(s + k, n - k, BS_WORDS(after), 0) > 0;
}

/* Is the folded line s, whole, a table of contents' label ("Table of
   Contents", "Inhaltsverzeichnis", "Sommaire")?  The table itself is
   in-page links that go, or is filled in by script. */
static int
is_toc_label(const char *s, size_t n)
{
    static const char *const labels[] = {
        "table of contents", "table of content", "contents",
        "on this page", "in this article", "inhaltsverzeichnis", "inhalt",
        "auf dieser seite", "in diesem artikel", "sur cette page",
        "dans cet article", "en esta p\xc3\xa1gina", "en este art\303\255culo",
        "table des mati\xc3\xa8res", "sommaire", "\xc3\xadndice",
        "tabla de contenidos", "indice", "spis tre\305\233ci",
        "inhoudsopgave", "inhoud",
        "\xd1\x81\xd0\xbe\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb0\xd0\xbd\xd0\xb8\xd0\xb5"};

    return bs_word_among(s, n, BS_WORDS(labels), 0) > 0;
}

/* Is the folded line s a prompt to log in before taking part ("You must
   log in to answer this question", "Create an account or sign in to
   comment", "Melde dich an, um zu kommentieren")? */
static int
is_login_prompt(const char *s, size_t n)
{
    static const char *const logins[] = {
        "log in", "login", "sign in", "register", "anmelden", "einloggen",
        "registrieren", "connectez", "inicia sesi\xc3\xb3n"};
    static const char *const acts[] = {
        "to comment", "to reply", "to answer", "to post", "zu kommentieren",
        "zu antworten", "pour commenter", "pour r\xc3\xa9pondre",
        "para comentar", "para responder"};
    size_t i, j;

    for (i = 0; i < sizeof(logins) / sizeof(logins[0]); i++)
        if (bs_strcasestr_n(s, n, logins[i]))
            for (j = 0; j < sizeof(acts) / sizeof(acts[0]); j++)
                if (bs_strcasestr_n(s, n, acts[j]))
                    return 1;
    return 0;
}

/* Is the line a count of a thread's posts ("2 Answers", "14 replies",
   "3 Antworten")?  It heads the posts; it is none of them. */
static int
is_count_label(const char *s, size_t n)
{
    static const char *const posts[] = {
        "answer", "answers", "reply", "replies", "antwort", "antworten",
        "r\xc3\xa9ponse", "r\xc3\xa9ponses", "respuesta", "respuestas",
        "risposta", "risposte", "antwoord", "antwoorden", "odpowied\xc5\xba",
        "odpowiedzi"};
    size_t i = 0;

    while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == ',' ||
                     s[i] == '.'))
        i++;
    if (i == 0 || i >= n || s[i] != ' ')
        return 0;
    return bs_word_among(s + i + 1, n - i - 1, BS_WORDS(posts), 0) > 0;
}

/* Is the folded line a thread's notice to readers that it takes no
   more posts or that a post was taken away ("Not open for further
   replies", "This topic has been deleted. Only users with ... can see
   it")?  The engine's words, no one's post. */
static int
is_thread_notice(const char *s, size_t n)
{
    static const char *const notices[] = {
        "not open for further replies", "this topic has been deleted",
        "this post has been deleted", "this thread has been deleted"};
    size_t i, k;

    for (i = 0; i < sizeof(notices) / sizeof(notices[0]); i++) {
        k = strlen(notices[i]);
        if (n >= k && memcmp(s, notices[i], k) == 0 &&
            (n == k || s[k] == '.'))
            return 1;
    }
    return 0;
}

/* Is the line a template's placeholder that script never filled in
   ("{{ DiscussionBoard.errors[11793116].message }}")? */
static int
is_placeholder(const char *s, size_t n)
{
    while (n > 0 && bs_is_space((unsigned char)*s))
        s++, n--;
    return n >= 5 && s[0] == '{' && s[1] == '{' && s[n - 2] == '}' &&
           s[n - 1] == '}';
}

static int
is_code_tag(const bs_node *n)
{
    return n->tag == BS_TAG_PRE || n->tag == BS_TAG_CODE ||
           n->tag == BS_TAG_KBD || n->tag == BS_TAG_SAMP;
}

/* Is n code, inside code or holding code (a sample, or documentation
   of a template, where a placeholder is what the text shows)? */
static int
has_code(const bs_node *n)
{
    const bs_node *m;

    for (m = n; m != NULL; m = m->parent)
        if (is_code_tag(m))
            return 1;
    for (m = n->first; m != NULL; m = bs_node_next(m, n, 0))
        if (is_code_tag(m))
            return 1;
    return 0;
}

/* Does s open with a figure's label and number, then a colon or a full
   stop ("Figure 3-1. Demand by market", "Abbildung 4: ...", "Fig. 2:")?
   A caption set as a line of its own.  ("Figure out ..." is not.) */
static int
is_figure_label(const char *s, size_t n)
{
    static const char *const labels[] = {"figure", "fig.", "abbildung",
                                         "abb.", "figura", "rysunek"};
    size_t i;

    for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++) {
        size_t k = strlen(labels[i]), num;

        if (n <= k + 1 || memcmp(s, labels[i], k) != 0)
            continue;
        while (k < n && s[k] == ' ')
            k++;
        num = k;
        while (k < n && ((s[k] >= '0' && s[k] <= '9') || s[k] == '-' ||
                         s[k] == '.'))
            k++;
        if (k < n && s[k] == ':')
            return 1; /* "Abbildung: ...", "Figure 4: ..." */
        if (k > num && s[k - 1] == '.' && k < n && s[k] == ' ')
            return 1; /* "Figure 3-1. ..." */
    }
    return 0;
}

/* Links to other stories set in the text: "Read also: ...",
   "Lesen Sie auch: ...", "Czytaj też: ...", "À lire aussi » ...". */
static const char *const read_also[] = {
    "read more", "read also", "see also", "related", "lesen sie auch",
    "lesen sie hier", "lesen sie mehr", "lesen sie", "mehr zum thema",
    "auch interessant", "siehe auch", "czytaj te\xc5\xbc",
    "czytaj tak\305\274e", "czytaj wi\304\231cej",
    "dowiedz si\304\231 wi\304\231cej", "zobacz te\xc5\xbc",
    "zobacz tak\305\274e", "lire aussi", "\xc3\xa0 lire aussi",
    "a lire aussi", "voir aussi", "leggi anche", "lee tambi\xc3\xa9n",
    "leer m\xc3\xa1s", "leia tamb\xc3\xa9m", "veja tamb\xc3\xa9m",
    "lees ook", "bekijk ook", "lea tambi\xc3\xa9n", "lea m\xc3\xa1s",
    "vea tambi\xc3\xa9n", "ver tambi\xc3\xa9n", "leer tambi\xc3\xa9n",
    "mire", "mira tambi\xc3\xa9n", "mira", "lea", "vea",
    "le puede interesar", "te puede interesar", "puede interesarte",
    "tambi\xc3\xa9n le puede interesar"};

static int
is_read_also(const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < sizeof(read_also) / sizeof(read_also[0]); i++) {
        size_t k = strlen(read_also[i]);
        if (n > k + 1 && memcmp(s, read_also[i], k) == 0) {
            while (k < n && s[k] == ' ')
                k++;
            if (k < n && (s[k] == ':' ||
                          (k + 1 < n && (unsigned char)s[k] == 0xC2 &&
                           (unsigned char)s[k + 1] == 0xBB)))
                return 1;
        }
    }
    return 0;
}

/* Text of the box a prompt to log in heads that goes with it: at most
   this (a box of prompts, not a post or the page). */
#define LOGIN_BOX_CHARS 400u

/* One walk over the content for page furniture set as short lines:
   - a paragraph or a heading that opens with "Read also:" (and its kin)
     is a link to another story and goes;
   - a heading or short line that names furniture ("Related posts",
     "Über den Autor", "Lire aussi") ends the article when it sits in the
     last third of the content: it and everything after it go; earlier,
     it goes with the link list that follows it.  Not on a thread, whose
     "Replies" and "Comments" head the posts that are its content. */
static void
drop_furniture_lines(bs_doc *doc, uint32_t total, int thread)
{
    bs_buf t = BS_BUF_INIT;
    uint32_t seen = 0;
    bs_node *root, *n;
    size_t i;

    for (i = 0; (root = bs_next_content_root(doc, &i)) != NULL;) {
        for (n = root; n != NULL;) {
            int skip = is_skipped(n);
            int para = !skip && n->tag != BS_TAG_TEXT && n->chars > 0 &&
                       n->chars <= 220 && is_paragraph(n);
            int head = !skip && n->tag != BS_TAG_TEXT && n->chars > 0 &&
                       n->chars <= 220 && heading_rank(n) > 0;
            int label = !skip && n->tag != BS_TAG_TEXT && n->chars > 0 &&
                        n->chars <= 60 && (heading_rank(n) > 0 || para);
            int colon = 0;

            if (!skip && n->tag == BS_TAG_TEXT)
                seen += n->chars;
            if (para || label || head) {
                bs_buf_clear(&t);
                bs_node_text(n, &t);
                bs_buf_rtrim(&t);
                colon = t.len > 0 && t.ptr[t.len - 1] == ':';
                fold_label(&t);
                if (t.failed)
                    label = para = head = 0;
            }
            if (para && n->chars <= CREDIT_MAX &&
                (is_credit(t.ptr, t.len) || is_figure_label(t.ptr, t.len))) {
                n->flags |= BS_NF_CAPTION; /* kept with the picture */
                skip = 1;
            } else if (((para || head) && is_read_also(t.ptr, t.len)) ||
                       (label && (is_ad_label(t.ptr, t.len) ||
                                  is_toc_label(t.ptr, t.len) ||
                                  is_reading_time(t.ptr, t.len))) ||
                       ((para || head) && is_login_prompt(t.ptr, t.len)) ||
                       (para && is_thread_notice(t.ptr, t.len)) ||
                       (para && is_placeholder(t.ptr, t.len) &&
                        !has_code(n)) ||
                       (label && is_count_label(t.ptr, t.len))) {
                n->flags |= BS_NF_REMOVED;
                /* a heading that prompts to log in heads a box of such
                   prompts ("Members only", "Create an
                   account", "Sign in"): a small one goes with it */
                if (head && n->parent != NULL && n->parent != root &&
                    n->parent->chars <= LOGIN_BOX_CHARS &&
                    is_login_prompt(t.ptr, t.len))
                    n->parent->flags |= BS_NF_REMOVED;
                skip = 1;
            } else if (label && !thread &&
                       (is_end_label(t.ptr, t.len, colon) ||
                        ends_with_share(t.ptr, t.len))) {
                bs_node *sib;

                n->flags |= BS_NF_REMOVED;
                if ((total - seen) * 10 <= total * 35 / 10) {
                    remove_range(doc, n->index, (uint32_t)doc->nnodes);
                    bs_buf_free(&t);
                    return;
                }
                for (sib = n->next; sib != NULL; sib = sib->next) {
                    if (sib->tag == BS_TAG_TEXT && sib->chars == 0)
                        continue;
                    if (heading_rank(sib) > 0 ||
                        sib->link_chars * 2 <= sib->chars ||
                        sib->chars * 4 > total)
                        break;
                    sib->flags |= BS_NF_REMOVED;
                }
                skip = 1;
            }
            n = bs_node_next(n, root, skip);
        }
    }
    bs_buf_free(&t);
}

/* A line of the text that is a date with a few words at most ("Erstellt
   am Dienstag 6. Mai 2014", "3:59 PM"), not ending a sentence nor set as
   "Label: date", is a dateline wherever it sits.  Run after the byline
   lines before the text have been read for the authors
   (bs_meta_from_content). */
#define DATELINE_TEXT_MAX 40

void
bs_drop_date_lines(bs_doc *doc, const bs_meta *meta)
{
    bs_buf t = BS_BUF_INIT;
    size_t i;

    for (i = 0; i < doc->nnodes; i++) {
        bs_node *n = bs_doc_node(doc, i);
        char iso[32];

        if (n->tag == BS_TAG_TEXT || n->tag == BS_TAG_TD || n->chars == 0 ||
            n->chars > DATELINE_TEXT_MAX || !is_paragraph(n) ||
            !kept_in_content(n) || ends_sentence(n))
            continue;
        bs_buf_clear(&t);
        bs_node_text(n, &t);
        /* "Termin: 21.02.2020, 19 Uhr", "Deadline: ...": the date of an
           event or a term, which the text gives; "On 8/26/2024, Jane
           said:" introduces a quote */
        if (!t.failed && t.len > 0 &&
            !bs_strcasestr_n(t.ptr, t.len, ": ") && t.ptr[t.len - 1] != ':' &&
            bs_date_parse(t.ptr, t.len, iso, meta->now))
            n->flags |= BS_NF_REMOVED | BS_NF_BYLINE;
    }
    bs_buf_free(&t);
}

/* The same paragraph twice in the content (a description laid out once
   for wide screens and once for narrow ones, one copy hidden by a style
   sheet the extractor does not read): the later copies go.  Paragraphs
   of at least REPEAT_MIN characters; table cells repeat by design. */
#define REPEAT_MIN 60

/* FNV-1a of the text of n's subtree with white space left out, so that
   copies laid out differently hash alike; never 0 (a free slot). */
static uint64_t
text_hash(const bs_node *top)
{
    uint64_t h = 1469598103934665603ull;
    const bs_node *n;

    for (n = top; n != NULL;) {
        int skip = is_skipped(n);

        if (!skip && n->tag == BS_TAG_TEXT) {
            const unsigned char *s = (const unsigned char *)n->text;
            uint32_t i;

            for (i = 0; i < n->len; i++) {
                if (bs_is_space(s[i]))
                    continue;
                h ^= s[i];
                h *= 1099511628211ull;
            }
        }
        n = bs_node_next(n, top, skip);
    }
    return h | 1;
}

static int
is_repeat_candidate(const bs_node *n)
{
    return n->tag != BS_TAG_TEXT && n->chars >= REPEAT_MIN &&
           n->tag != BS_TAG_TD && n->tag != BS_TAG_TH && is_paragraph(n);
}

static void
drop_repeats(bs_doc *doc)
{
    uint64_t *seen;
    bs_node *root, *n;
    size_t i, count = 0, cap = 16;

    for (i = 0; i < doc->nnodes; i++)
        if (is_repeat_candidate(bs_doc_node(doc, i)))
            count++;
    if (count < 2)
        return;
    while (cap < 2 * count)
        cap *= 2;
    seen = bs_malloc(cap * sizeof(*seen));
    if (seen == NULL)
        return;
    memset(seen, 0, cap * sizeof(*seen));
    for (i = 0; (root = bs_next_content_root(doc, &i)) != NULL;) {
        for (n = root; n != NULL;) {
            int skip = is_skipped(n);

            if (!skip && is_repeat_candidate(n)) {
                uint64_t h = text_hash(n);
                size_t k;

                for (k = h & (cap - 1); seen[k] != 0 && seen[k] != h;
                     k = (k + 1) & (cap - 1))
                    ;
                if (seen[k] == h)
                    n->flags |= BS_NF_REMOVED;
                else
                    seen[k] = h;
                skip = 1;
            }
            n = bs_node_next(n, root, skip);
        }
    }
    bs_dealloc(seen);
}

/* A <time> standing alone in the content ("Publiziert: 03.04.2020, 12:35"
   between the last paragraph and the comments), or as the line it sits
   in with a label or a byline at most, is a dateline: metadata, not body.
   A date inside a sentence stays (a line that ends one is one), and so
   does a <time> that holds no date ("15 Min" of a recipe). */
#define DATELINE_MAX 80
#define DATELINE_LABEL 30

static void
drop_datelines(bs_doc *doc, const bs_meta *meta)
{
    bs_buf t = BS_BUF_INIT;
    size_t i;

    for (i = 0; i < doc->nnodes; i++) {
        bs_node *n = bs_doc_node(doc, i), *p = n->parent;
        char iso[32];

        if (n->tag != BS_TAG_TIME || p == NULL || n->chars == 0 ||
            n->chars > DATELINE_MAX || !kept_in_content(n))
            continue;
        /* a date, not a duration ("15 Min") */
        bs_buf_clear(&t);
        bs_node_text(n, &t);
        if (t.failed || !bs_date_parse(t.ptr, t.len, iso, meta->now))
            continue;
        if (p->flags & BS_NF_HASBLOCK) {
            if (own_line(n))
                n->flags |= BS_NF_REMOVED | BS_NF_BYLINE;
        }
        else if (is_paragraph(p) && p->tag != BS_TAG_TD &&
                 p->chars <= n->chars + DATELINE_LABEL && !ends_sentence(p) &&
                 !(p->flags & BS_NF_CONTENT))
            p->flags |= BS_NF_REMOVED | BS_NF_BYLINE;
    }
    bs_buf_free(&t);
}

/* Characters of text in the content roots; or, with `paras` set, their
   paragraphs. */
static uint32_t
content_count(const bs_doc *doc, int paras)
{
    const bs_node *root;
    uint32_t total = 0;
    size_t i;

    for (i = 0; (root = bs_next_content_root(doc, &i)) != NULL;)
        total += paras ? root->paras : root->chars;
    return total;
}

/* Pages of items (home pages, listings, search results) have little
   prose: when the content found is shorter than this, the container of
   most of the page's linked item headings is the content instead. */
#define LISTING_BELOW 800u
#define LISTING_MIN_HEADINGS 5u

/* Does the page say it is a website or a collection of items
   (og:type "website"; CollectionPage, ItemList, SearchResultsPage,
   OfferCatalog), not one item such as a video or a recipe? */
static int
is_items_page(const bs_meta *meta)
{
    static const char *const types[] = {"website", "collectionpage",
                                        "itemlist", "searchresultspage",
                                        "offercatalog"};
    const char *t = meta->value[BS_FIELD_PAGE_TYPE];
    size_t i, n;

    if (t == NULL || bs_meta_page_kind(meta) != BS_PAGE_OTHER)
        return 0;
    n = strlen(t);
    for (i = 0; i < sizeof(types) / sizeof(types[0]); i++)
        if (bs_strcasestr_n(t, n, types[i]))
            return 1;
    return 0;
}

/* Is n inside a small link a few levels up, past blocks: the title of
   a card whose whole box is one link (<a class=card><div><span
   class=title>)? */
#define CARD_LINK_CHARS 400u

static int
in_card_link(const bs_node *n)
{
    const bs_node *a = link_above(n, 1);

    return a != NULL && a->chars <= CARD_LINK_CHARS;
}

/* The title of an item in a list of items: a heading, or an element
   whose class names a title or name (product cards), that links to the
   item.  Widget titles that link nowhere are not.  On a page of items
   (is_items_page), any link of a few words is one (cards whose classes
   name only their looks).  With cards set, a title whose whole card is
   the link counts too (in_card_link): weaker evidence, asked for only
   when what was found is no more than an introduction (a product's
   description beside a grid of similar products is the page's own
   text). */
#define ITEM_LINK_MIN 15u

static int
is_item_title(const bs_node *n, int items_page, int cards)
{
    int r = heading_rank(n);
    int linked = n->link_chars * 2 >= n->chars || in_link(n) ||
                 (cards && in_card_link(n));

    if (n->tag == BS_TAG_TEXT || n->chars == 0 || bs_node_is_removed(n))
        return 0;
    if (r >= 2 && r <= 4)
        return linked;
    if (r == 0 && n->chars >= 8 && n->chars <= 150 &&
        (n->tag == BS_TAG_A || linked)) {
        const char *cls = bs_node_attr(n, BS_ATTR_CLASS);
        size_t k = cls != NULL ? strlen(cls) : 0;
        if (items_page && n->tag == BS_TAG_A && n->chars >= ITEM_LINK_MIN)
            return 1;
        return k > 0 && (bs_strcasestr_n(cls, k, "title") ||
                         bs_strcasestr_n(cls, k, "name"));
    }
    return 0;
}

static int
listing_fallback(bs_doc *doc, bs_node *body, uint32_t found, int cards,
                 const bs_meta *meta)
{
    int items_page = is_items_page(meta);
    uint16_t *count;
    uint32_t all = 0, best_count = 0;
    bs_node *best = NULL;
    size_t i;

    count = bs_malloc(doc->nnodes * sizeof(*count));
    if (count == NULL)
        return 0;
    memset(count, 0, doc->nnodes * sizeof(*count));
    for (i = 0; i < doc->nnodes; i++) {
        bs_node *n = bs_doc_node(doc, i), *a;
        if (!is_item_title(n, items_page, cards))
            continue;
        all++;
        for (a = n->parent; a != NULL; a = a->parent) {
            if (count[a->index] < 65535)
                count[a->index]++;
            if (a == body)
                break;
        }
    }
    if (all >= LISTING_MIN_HEADINGS) {
        /* the smallest container of at least 3/4 of the headings */
        for (i = 0; i < doc->nnodes; i++) {
            bs_node *n = bs_doc_node(doc, i);
            if (count[i] * 4 < all * 3 || bs_node_is_removed(n) ||
                n->tag == BS_TAG_TEXT)
                continue;
            if (best == NULL || n->chars < best->chars) {
                best = n;
                best_count = count[i];
            }
        }
    }
    bs_free(count);
    if (best == NULL || best_count < LISTING_MIN_HEADINGS ||
        best->chars < 2 * (found > 100 ? found : 100))
        return 0;
    /* The list is the content.  What was found before it, not around
       it, is its introduction ("Quick suppers for every night of the
       week") and stays. */
    for (i = 0; i < doc->nnodes; i++) {
        bs_node *n = bs_doc_node(doc, i);
        const bs_node *a = best->parent;

        if (!(n->flags & BS_NF_CONTENT))
            continue;
        while (a != NULL && a != n)
            a = a->parent;
        if (n->index > best->index || a != NULL)
            n->flags &= ~(uint32_t)BS_NF_CONTENT;
    }
    best->flags |= BS_NF_CONTENT;
    return 1;
}

/* Is n a row of a table of data: two cells or more with text, and only
   text and links in them, no blocks?  Its links are data (a list of
   prize winners, each name linked), whatever their share: the table
   goes whole or not at all.  A layout table's row is not one: one cell
   across the page (a menu bar), or cells holding blocks (a box of
   links). */
static int
is_data_row(const bs_node *n)
{
    const bs_node *c;
    int cells = 0;

    if (n->tag != BS_TAG_TR)
        return 0;
    for (c = n->first; c != NULL; c = c->next) {
        if (c->tag == BS_TAG_TEXT)
            continue;
        if (c->flags & BS_NF_HASBLOCK)
            return 0;
        if ((c->tag == BS_TAG_TD || c->tag == BS_TAG_TH) && c->chars > 0)
            cells++;
    }
    return cells >= 2;
}

/* Link-dense blocks that are a small part of the content, and grids of
   linked pictures: returns their characters, and removes them all
   (PRUNE_ALL), the pictures only (PRUNE_PICTURES) or none (PRUNE_COUNT). */
enum { PRUNE_COUNT, PRUNE_PICTURES, PRUNE_ALL };

static uint32_t
prune_pass(bs_node *root, uint32_t total, const bs_options *opts, int apply)
{
    uint32_t found = 0;
    float max_ld = 0.5f, max_share = 0.3f;
    bs_node *n = root->first;

    if (opts->favor == BS_FAVOR_PRECISION) {
        max_ld = 0.3f;
        max_share = 0.5f;
    } else if (opts->favor == BS_FAVOR_RECALL) {
        max_ld = 0.8f;
        max_share = 0.15f;
    }
    if (root->first == NULL)
        return 0;
    while (n != NULL) {
        int remove = 0;

        if (!is_skipped(n) && n->tag != BS_TAG_TEXT &&
            n->tag != BS_TAG_A && n->chars > 0 &&
            (bs_tag_flags((bs_tag)n->tag) & BS_TF_BLOCK) &&
            !(bs_tag_flags((bs_tag)n->tag) & BS_TF_HEADING)) {
            float ld = link_density(n);
            float share = total ? (float)n->chars / (float)total : 0;

            if (ld > max_ld && share < max_share && n->tag != BS_TAG_P &&
                n->tag != BS_TAG_TD && n->tag != BS_TAG_TH)
                remove = 1;
        } else if (!is_skipped(n) && n->chars == 0 && n->first != NULL &&
                   (n->tag == BS_TAG_UL || n->tag == BS_TAG_OL ||
                    n->tag == BS_TAG_DIV || n->tag == BS_TAG_SECTION) &&
                   count_links(n, 2) >= 2) {
            remove = 1; /* a grid of linked pictures: teasers */
        }
        if (remove) {
            /* (a data row's links count towards an index, as others do,
               but the row stays) */
            found += n->chars;
            if ((apply == PRUNE_ALL && !is_data_row(n)) ||
                (apply == PRUNE_PICTURES && n->chars == 0))
                n->flags |= BS_NF_REMOVED;
        }
        n = bs_node_next(n, root, remove || is_skipped(n));
    }
    return found;
}

/* Link-dense blocks go, unless they are an index's (see INDEX_SHARE). */
static void
prune(bs_node *root, uint32_t total, const bs_options *opts,
      const bs_meta *meta)
{
    unsigned share = index_share(opts, meta);

    if (share > 0 &&
        prune_pass(root, total, opts, PRUNE_COUNT) * 10 > root->chars * share)
        prune_pass(root, total, opts, PRUNE_PICTURES);
    else
        prune_pass(root, total, opts, PRUNE_ALL);
}

size_t
bs_score(bs_doc *doc, const bs_options *opts, const bs_meta *meta,
         bs_favor asked)
{
    bs_node *body = doc->body ? doc->body : doc->root;
    bs_node *top = NULL, *parent, *s, *root;
    size_t i, nroots = 0;
    float threshold;
    uint32_t total = 0, paras;
    int headed = 0; /* top is the article under the page's headline */

    if (body == NULL)
        return 0;
    bs_count(doc);

    /* 2. Paragraphs score their ancestors. */
    for (i = 0; i < doc->nnodes; i++) {
        bs_node *n = bs_doc_node(doc, i), *a;
        float pts;
        int level;

        if (n->tag == BS_TAG_TEXT
                ? !(is_loose_text(n) && n->parent != NULL &&
                    (n->parent->flags & BS_NF_HASBLOCK) &&
                    !is_paragraph(n->parent))
                : n->chars < MIN_PARAGRAPH || !is_paragraph(n))
            continue;
        if (bs_node_is_removed(n))
            continue;
        pts = 1.0f + (float)n->commas +
              (float)(n->chars / 100 < 3 ? n->chars / 100 : 3);
        for (a = n->parent, level = 0; a != NULL && level < 5;
             a = a->parent, level++) {
            if (a->tag == BS_TAG_UNKNOWN && a->parent == NULL)
                break;
            add_score(a, level == 0   ? pts
                         : level == 1 ? pts / 2
                                      : pts / (float)(level * 3));
            if (a == body)
                break;
        }
    }
    for (i = 0; i < doc->nnodes; i++) {
        bs_node *n = bs_doc_node(doc, i);

        if (!(n->flags & BS_NF_SCORED))
            continue;
        n->score *= 1.0f - link_density(n);
        if (bs_node_is_removed(n))
            continue;
        /* A class name that says "article" over a line or two of text
           (an "articleMeta" box) does not make it the article: a node
           with a paragraph's worth of prose beats one without. */
        if (top == NULL ||
            ((n->good >= TOP_MIN_PROSE) == (top->good >= TOP_MIN_PROSE)
                 ? n->score > top->score
                 : n->good >= TOP_MIN_PROSE))
            top = n;
    }
    /* Pages that run several articles one after another (infinite
       scroll) name theirs in the title: when the best candidate lies
       apart from the article that holds the title's heading, and that one
       has prose and a fair score, the page's own article wins. */
    if (top != NULL) {
        bs_node *own = headed_article(doc, meta);
        const bs_node *a;

        for (a = top; a != NULL && own != NULL; a = a->parent)
            if (a == own)
                own = NULL; /* the best lies inside it */
        for (a = own; a != NULL; a = a->parent)
            if (a == top) {
                /* it lies inside the best: one story box of several
                   alike is the page's, a part of one article is not */
                if (a == own || !has_twin(own) ||
                    bs_meta_page_kind(meta) == BS_PAGE_THREAD)
                    own = NULL;
                break;
            }
        if (own != NULL && (own->score * 10 >= top->score * OWN_SHARE ||
                            a == top)) {
            top = own;
            headed = 1;
        } else if (own != NULL && a == NULL) {
            bs_node *story = own_story(own, top);
            if (story != NULL) {
                top = story;
                headed = 1;
            }
        }
    }
    if (top == NULL) {
        /* No paragraph at all: a page of items, or nothing. */
        if (bs_meta_page_kind(meta) == BS_PAGE_ARTICLE ||
            !listing_fallback(doc, body, 0, 1, meta))
            return 0;
        drop_orphan_headings(doc);
        return content_count(doc, 0);
    }

    {
        /* The subtree with the most prose net of the rest.  When the best
           candidate holds little of it (pages in many small sections:
           services, products, forums), that subtree is the content. */
        float best = -1e30f;
        bs_node *vt = NULL;
        for (i = 0; i < doc->nnodes; i++) {
            bs_node *n = bs_doc_node(doc, i);
            float v;
            if (n->tag == BS_TAG_TEXT || n->good == 0 || is_skipped(n))
                continue;
            v = (float)n->good - OTHER_TEXT_COST * (float)(n->chars - n->good);
            if (v >= best && !bs_node_is_removed(n)) {
                best = v;
                vt = n;
            }
        }
        if (vt != NULL && vt != top) {
            const bs_node *a;
            int inside = 0;
            for (a = top; a != NULL; a = a->parent)
                if (a == vt) { inside = 1; break; }
            float share = opts->favor == BS_FAVOR_PRECISION ? MIN_SHARE / 2
                          : opts->favor == BS_FAVOR_RECALL  ? MIN_SHARE * 2
                                                            : MIN_SHARE;
            if (inside && (float)top->good < share * (float)vt->good) {
                vt->flags |= BS_NF_CONTENT;
                nroots = 1;
                top = vt;
                goto prune;
            }
        }
    }
    /* A lone child adds nothing: look at its parent. */
    while (top != body && top->parent != NULL && top->parent != body &&
           top->parent->chars > 0 && top->chars * 100 >= top->parent->chars * 95)
        top = top->parent;

    /* Step up while the parent holds much more prose, with few links:
       the article's text is often split over several containers. */
    while (opts->favor != BS_FAVOR_PRECISION && top != body &&
           top->parent != NULL && top->parent != body) {
        bs_node *p = top->parent;
        uint32_t own = top->chars - top->link_chars;
        uint32_t more;
        float ld;

        /* wrappers of the same text (a page builder nests each section
           in several): look past them at what holds more */
        while (p->parent != NULL && p->parent != body &&
               p->chars == top->chars && p->paras == top->paras)
            p = p->parent;
        more = p->chars - p->link_chars;
        ld = link_density(p);
        if (more * 10 < own * 11 || ld > 0.35f ||
            ld > link_density(top) + 0.1f || p->paras <= top->paras ||
            (headed && other_headline(top)))
            break;
        top = p;
    }

    /* A thread's posts repeat one structure: when the best post sits in a
       box whose siblings of its tag and class hold prose too ("topic-body
       crawler-post"), the posts' parent is the content.  On a thread, or
       a page that does not say what it is. */
    if (!headed && (bs_meta_page_kind(meta) == BS_PAGE_THREAD ||
                    bs_meta_page_kind(meta) == BS_PAGE_UNDECLARED)) {
        bs_node *a;
        int up;

        for (a = top, up = 0; a != body && a->parent != NULL &&
                              a->parent != body && up < THREAD_UP;
             a = a->parent, up++) {
            if (has_twin(a)) {
                top = a->parent;
                break;
            }
        }
    }

    /* 3. Siblings that continue the article. */
    threshold = top->score * 0.2f;
    if (threshold < 10)
        threshold = 10;
    parent = top->parent;
    if (parent == NULL || top == body) {
        top->flags |= BS_NF_CONTENT;
        nroots = 1;
    } else {
        for (s = parent->first; s != NULL; s = s->next) {
            int keep = 0;

            if (is_skipped(s))
                continue;
            if (s == top) {
                keep = 1;
            } else if (headed && has_h1(s)) {
                keep = 0; /* the next story, not a continuation */
            } else if (s->tag == BS_TAG_TEXT) {
                keep = 0;
            } else {
                float bonus = same_class(s, top) ? top->score * 0.2f : 0;
                float ld = link_density(s);

                if ((s->flags & BS_NF_SCORED) && s->score + bonus >= threshold)
                    keep = 1;
                else if (s->tag == BS_TAG_P || !(s->flags & BS_NF_HASBLOCK)) {
                    if (s->chars > 80 && ld < 0.25f)
                        keep = 1;
                    else if (s->chars > 0 && s->chars <= 80 && ld == 0 &&
                             ends_sentence(s))
                        keep = 1;
                } else if (opts->favor == BS_FAVOR_RECALL && s->paras > 0 &&
                           ld < 0.3f) {
                    keep = 1;
                }
                /* Figures and lists next to the text belong to it. */
                if (!keep && (s->tag == BS_TAG_FIGURE ||
                              s->tag == BS_TAG_UL || s->tag == BS_TAG_OL ||
                              s->tag == BS_TAG_TABLE || s->tag == BS_TAG_PRE ||
                              s->tag == BS_TAG_BLOCKQUOTE ||
                              (bs_tag_flags((bs_tag)s->tag) & BS_TF_HEADING)) &&
                    ld < 0.5f)
                    keep = s->index > top->index ||
                           (s->next != NULL && s->next->index <= top->index);
            }
            if (keep) {
                s->flags |= BS_NF_CONTENT;
                nroots++;
            }
        }
    }

prune:
    /* 4. Prune inside the content and mark the headline. */
    total = content_count(doc, 0);
    /* A page that says it is an article may still be a list (a recipe
       site's category, a blog's archive: og:type "article" is many
       CMSs' default for every page); what was found is then one
       paragraph, the list's introduction, where an article has more. */
    paras = total < LISTING_BELOW ? content_count(doc, 1) : 0;
    if (total < LISTING_BELOW &&
        (bs_meta_page_kind(meta) != BS_PAGE_ARTICLE || paras == 1) &&
        listing_fallback(doc, body, total, paras <= 1, meta)) {
        drop_orphan_headings(doc);
        return content_count(doc, 0);
    }
    for (i = 0; (root = bs_next_content_root(doc, &i)) != NULL;) {
        prune(root, total, opts, meta);
        mark_title(doc, root, meta, total);
    }
    drop_link_sections(doc, total,
                       opts->favor == BS_FAVOR_PRECISION ? 0.35f
                       : opts->favor == BS_FAVOR_RECALL  ? 0.7f
                                                         : 0.5f,
                       opts, meta);
    if (asked != BS_FAVOR_RECALL)
        drop_furniture_lines(doc, total,
                             bs_meta_page_kind(meta) == BS_PAGE_THREAD);
    if (asked != BS_FAVOR_RECALL) {
        trim_tail(doc, total);
        drop_buttons(doc);
    }
    if (opts->favor != BS_FAVOR_RECALL)
        drop_orphan_labels(doc);
    drop_repeats(doc);
    drop_datelines(doc, meta);
    drop_orphan_headings(doc);
    return nroots > 0 ? total : 0;
}
