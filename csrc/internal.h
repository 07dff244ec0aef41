/*
 * internal.h - types shared by the stages of the broadsheet core.
 *
 * A page travels through the stages in this order (see extract.c):
 *
 *   encoding.c  bytes -> valid UTF-8 (BOM, caller, <meta>, UTF-8 check, 1252)
 *   parse.c     UTF-8 -> bs_doc: scripts/styles/comments skipped before
 *               libxml2's SAX tokenizer sees them, JSON-LD kept aside,
 *               a compact tree of our own built in an arena
 *   meta.c      <title>, meta tags, OpenGraph, JSON-LD (jsonld.c), bylines
 *               by class; byline.c: bylines and datelines in the text
 *   date.c      date strings in many formats -> ISO 8601
 *   clean.c     marks boilerplate (navigation, ads, share bars, ...)
 *   score.c     finds the main content and prunes what is left inside it
 *   render*.c   text, Markdown, HTML and JSON from the chosen nodes
 */
#ifndef BS_INTERNAL_H
#define BS_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "broadsheet.h"

/* ------------------------------------------------------------------ */
/* Allocation.  Every allocation of the core goes through these, so that
   tests can make the N-th one fail (see bs_alloc_fail_after).          */

void *
bs_malloc(size_t n);
void *
bs_realloc(void *p, size_t n);
void
bs_dealloc(void *p);
char *
bs_strndup(const char *s, size_t n);

/* Testing hook: make the allocation after the next `n` ones fail (per
   thread); a negative n turns failure injection off.  Returns how many
   allocations were made since the last call. */
long
bs_alloc_fail_after(long n);
/* How many allocations failed in this thread since the last reset. */
long
bs_alloc_failures(int reset);

/* ------------------------------------------------------------------ */
/* Arena: bump allocation, freed all at once.                            */

typedef struct bs_arena_chunk bs_arena_chunk;

typedef struct {
    bs_arena_chunk *head;
    int failed; /* set once an allocation failed */
} bs_arena;

void
bs_arena_init(bs_arena *a);
void *
bs_arena_alloc(bs_arena *a, size_t n);
char *
bs_arena_strndup(bs_arena *a, const char *s, size_t n);
void
bs_arena_free(bs_arena *a);

/* ------------------------------------------------------------------ */
/* String buffer.  `ptr` is never NULL (an empty buffer points at a
   static ""); after a failed allocation `failed` is set and further
   appends are ignored, so callers check once at the end.               */

typedef struct {
    char *ptr;
    size_t len;
    size_t cap;
    int failed;
} bs_buf;

#define BS_BUF_INIT {(char *)"", 0, 0, 0}

void
bs_buf_init(bs_buf *b);
int
bs_buf_grow(bs_buf *b, size_t extra);
void
bs_buf_put_slow(bs_buf *b, const char *s, size_t n);
void
bs_buf_putc_slow(bs_buf *b, char c);
void
bs_buf_puts(bs_buf *b, const char *s);

/* Appends, inline while there is room (they are the renderers' and the
   prefilter's inner loop). */
static inline void
bs_buf_put(bs_buf *b, const char *s, size_t n)
{
    if (n < b->cap - b->len && !b->failed) {
        memcpy(b->ptr + b->len, s, n);
        b->len += n;
        b->ptr[b->len] = '\0';
        return;
    }
    bs_buf_put_slow(b, s, n);
}

static inline void
bs_buf_putc(bs_buf *b, char c)
{
    if (b->cap - b->len > 1 && !b->failed) {
        b->ptr[b->len++] = c;
        b->ptr[b->len] = '\0';
        return;
    }
    bs_buf_putc_slow(b, c);
}
void
bs_buf_put_utf8(bs_buf *b, uint32_t cp);
void
bs_buf_put_json(bs_buf *b, const char *s, size_t n); /* quoted, escaped */
void
bs_buf_truncate(bs_buf *b, size_t len);
void
bs_buf_rtrim(bs_buf *b);
void
bs_buf_clear(bs_buf *b);
char *
bs_buf_detach(bs_buf *b); /* caller owns; NULL if failed */
void
bs_buf_free(bs_buf *b);

/* ------------------------------------------------------------------ */
/* Tags and attributes.                                                */

#define BS_TAG_LIST(X)                                                       \
    X(A, "a") X(ABBR, "abbr") X(ADDRESS, "address") X(ARTICLE, "article")    \
    X(ASIDE, "aside") X(AUDIO, "audio") X(B, "b") X(BASE, "base")            \
    X(BDI, "bdi") X(BDO, "bdo") X(BIG, "big") X(BLOCKQUOTE, "blockquote")    \
    X(BODY, "body") X(BR, "br") X(BUTTON, "button") X(BYLINE, "byline")      \
    X(CANVAS, "canvas")                                                      \
    X(CAPTION, "caption") X(CENTER, "center") X(CITE, "cite")                \
    X(CODE, "code") X(COL, "col") X(COLGROUP, "colgroup") X(DATA, "data")    \
    X(DATALIST, "datalist") X(DD, "dd") X(DEL, "del") X(DETAILS, "details")  \
    X(DFN, "dfn") X(DIALOG, "dialog") X(DIV, "div") X(DL, "dl") X(DT, "dt")  \
    X(EM, "em") X(EMBED, "embed") X(FIELDSET, "fieldset")                    \
    X(FIGCAPTION, "figcaption") X(FIGURE, "figure") X(FONT, "font")          \
    X(FOOTER, "footer") X(FORM, "form") X(FRAME, "frame")                    \
    X(FRAMESET, "frameset") X(H1, "h1") X(H2, "h2") X(H3, "h3") X(H4, "h4")  \
    X(H5, "h5") X(H6, "h6") X(HEAD, "head") X(HEADER, "header")              \
    X(HGROUP, "hgroup") X(HR, "hr") X(HTML, "html") X(I, "i")                \
    X(IFRAME, "iframe") X(IMG, "img") X(INPUT, "input") X(INS, "ins")        \
    X(KBD, "kbd") X(LABEL, "label") X(LEGEND, "legend") X(LI, "li")          \
    X(LINK, "link") X(MAIN, "main") X(MAP, "map") X(MARK, "mark")            \
    X(MATH, "math") X(MENU, "menu") X(META, "meta") X(METER, "meter")        \
    X(NAV, "nav") X(NOSCRIPT, "noscript") X(OBJECT, "object") X(OL, "ol")    \
    X(OPTGROUP, "optgroup") X(OPTION, "option") X(OUTPUT, "output")          \
    X(P, "p") X(PARAM, "param") X(PICTURE, "picture") X(PRE, "pre")          \
    X(PROGRESS, "progress") X(Q, "q") X(RP, "rp") X(RT, "rt")                \
    X(RUBY, "ruby") X(S, "s") X(SAMP, "samp") X(SCRIPT, "script")            \
    X(SEARCH, "search") X(SECTION, "section") X(SELECT, "select")            \
    X(SMALL, "small") X(SOURCE, "source") X(SPAN, "span")                    \
    X(STRIKE, "strike") X(STRONG, "strong") X(STYLE, "style") X(SUB, "sub")  \
    X(SUMMARY, "summary") X(SUP, "sup") X(SVG, "svg") X(TABLE, "table")      \
    X(TBODY, "tbody") X(TD, "td") X(TEMPLATE, "template")                    \
    X(TEXTAREA, "textarea") X(TFOOT, "tfoot") X(TH, "th") X(THEAD, "thead")  \
    X(TIME, "time") X(TITLE, "title") X(TR, "tr") X(TT, "tt") X(U, "u")      \
    X(UL, "ul") X(VAR, "var") X(VIDEO, "video") X(WBR, "wbr")

typedef enum {
    BS_TAG_TEXT = 0, /* a text node */
    BS_TAG_UNKNOWN,  /* an element we have no name for */
    BS_TAG_CUSTOM,   /* a custom element (name with '-') */
#define BS_TAG_ENUM(id, name) BS_TAG_##id,
    BS_TAG_LIST(BS_TAG_ENUM)
#undef BS_TAG_ENUM
        BS_TAG__COUNT
} bs_tag;

#define BS_ATTR_LIST(X)                                                      \
    X(ALIGN, "align") X(ALT, "alt") X(ARIA_HIDDEN, "aria-hidden")            \
    X(ARIA_LABEL, "aria-label")                                              \
    X(CHARSET, "charset") X(CLASS, "class") X(COLSPAN, "colspan")            \
    X(CONTENT, "content") X(DATA_LAZY_SRC, "data-lazy-src")                  \
    X(DATA_ORIGINAL, "data-original") X(DATA_SRC, "data-src")                \
    X(DATA_SRCSET, "data-srcset") X(DATETIME, "datetime") X(HIDDEN, "hidden") \
    X(HREF, "href") X(HTTP_EQUIV, "http-equiv") X(ID, "id")                  \
    X(ITEMPROP, "itemprop") X(ITEMSCOPE, "itemscope")                        \
    X(ITEMTYPE, "itemtype") X(LANG, "lang") X(NAME, "name")                  \
    X(POPOVER, "popover") X(PROPERTY, "property") X(REL, "rel")              \
    X(ROLE, "role") X(ROWSPAN, "rowspan") X(SRC, "src") X(SRCSET, "srcset")  \
    X(START, "start") X(STYLE, "style") X(TITLE, "title") X(TYPE, "type")    \
    X(VALUE, "value") X(XML_LANG, "xml:lang")

typedef enum {
#define BS_ATTR_ENUM(id, name) BS_ATTR_##id,
    BS_ATTR_LIST(BS_ATTR_ENUM)
#undef BS_ATTR_ENUM
        BS_ATTR__COUNT
} bs_attr_id;

/* Tag properties. */
enum {
    BS_TF_BLOCK = 1 << 0,   /* starts a new block when rendered */
    BS_TF_VOID = 1 << 1,    /* never has children */
    BS_TF_HEADING = 1 << 2, /* h1 .. h6 */
    BS_TF_SKIP = 1 << 3     /* never content: scripts, forms, media UI */
};

bs_tag
bs_tag_lookup(const char *name, size_t len);
const char *
bs_tag_name(bs_tag tag);
unsigned
bs_tag_flags(bs_tag tag);
int
bs_attr_lookup(const char *name, size_t len); /* -1 if not kept */

/* ------------------------------------------------------------------ */
/* The document tree.                                                  */

typedef struct {
    uint8_t id; /* bs_attr_id */
    const char *value;
} bs_attr;

/* Node flags. */
enum {
    BS_NF_REMOVED = 1 << 0, /* boilerplate: skipped by every later stage */
    BS_NF_HIDDEN = 1 << 1,  /* hidden by attribute or inline style */
    BS_NF_CONTENT = 1 << 2, /* a root of the main content */
    BS_NF_COMMENTS = 1 << 3, /* a user comments section */
    BS_NF_TITLE = 1 << 4,   /* the headline, rendered apart from the body */
    BS_NF_NEGATIVE = 1 << 5, /* class/id says "not content" */
    BS_NF_POSITIVE = 1 << 6, /* class/id says "content" */
    BS_NF_LAYOUT = 1 << 7,  /* a table used for layout, not data */
    BS_NF_HASBLOCK = 1 << 8, /* has a block-level descendant */
    BS_NF_BYLINE = 1 << 9,  /* byline or dateline: metadata, not body */
    BS_NF_SCORED = 1 << 10, /* score holds a candidate's score */
    BS_NF_CAPTION = 1 << 11, /* a picture's caption or credit */
    BS_NF_BODY = 1 << 12,   /* class/id names the article's text */
    BS_NF_HOLDS_ARTICLE = 1 << 13, /* holds the first <h1> or an articleBody */
    BS_NF_AT_HIDDEN = 1 << 14, /* aria-hidden: shown, but not to assistive
                                  technology (a duplicate, a decoration) */
    BS_NF_CARD = 1 << 15 /* a link to another page that holds a heading: a
                            teaser card, whose names and dates are that
                            page's (meta.c) */
};

/* What the readers of names and labels (headlines, bylines, dates) skip:
   hidden from the screen, or from assistive technology. */
#define BS_NF_UNSEEN (BS_NF_HIDDEN | BS_NF_AT_HIDDEN)

typedef struct bs_node bs_node;
struct bs_node {
    bs_node *parent, *first, *last, *next, *prev;
    const char *text; /* text nodes: UTF-8, NUL-terminated */
    bs_attr *attrs;
    uint32_t len; /* text length in bytes */
    uint16_t nattrs;
    uint16_t tag; /* bs_tag */
    uint32_t flags;
    uint32_t index; /* position in document order */
    /* Filled by score.c (visible, non-removed descendants). */
    uint32_t chars;      /* text characters, whitespace collapsed */
    uint32_t link_chars; /* of which inside <a> */
    uint32_t paras;      /* paragraph-like blocks with text */
    uint32_t commas;
    uint32_t good; /* characters of prose: paragraphs with few links */
    float score;
};

#define BS_NODE_BLOCK 4096u

typedef struct {
    bs_arena arena;
    bs_node **blocks; /* nodes in document order, BS_NODE_BLOCK per block */
    size_t nblocks;
    size_t nnodes;
    bs_node *root; /* a synthetic document node (tag UNKNOWN) */
    bs_node *html, *head, *body;
    /* JSON-LD scripts, in order, kept aside before parsing. */
    const char **jsonld;
    size_t *jsonld_len;
    size_t njsonld;
    size_t jsonld_cap;
    size_t jsonld_failed; /* of them, those that did not parse */
    const char *encoding; /* name of the encoding the page was read in */
    int truncated;        /* node limit reached */
    int holders_marked;   /* BS_NF_HOLDS_ARTICLE set (clean.c, once) */
    int texts_counted;    /* text nodes' chars and commas set (score.c) */
} bs_doc;

static inline bs_node *
bs_doc_node(const bs_doc *d, size_t i)
{
    return &d->blocks[i / BS_NODE_BLOCK][i % BS_NODE_BLOCK];
}

/* The next root of the main content (flag BS_NF_CONTENT) at or after node
   *i, in document order, or NULL; *i moves past it.  Start with *i = 0:
       for (i = 0; (root = bs_next_content_root(doc, &i)) != NULL;) */
static inline bs_node *
bs_next_content_root(const bs_doc *d, size_t *i)
{
    while (*i < d->nnodes) {
        bs_node *n = bs_doc_node(d, (*i)++);
        if (n->flags & BS_NF_CONTENT)
            return n;
    }
    return NULL;
}

const char *
bs_node_attr(const bs_node *n, bs_attr_id id); /* NULL if absent */

/* The next of the space-separated names of a class attribute: where it
   starts, its length in *len, *cls moved past it; NULL when none is left
   (or cls is NULL). */
const char *
bs_class_next(const char **cls, size_t *len);

/* Next node in document order below `top` (pre-order), skipping the
   children of `n` when skip_children is set; NULL past the end. */
bs_node *
bs_node_next(const bs_node *n, const bs_node *top, int skip_children);
/* n's next sibling (prev: its previous one) past text nodes with no
   visible characters; NULL when none. Needs the counts (node->chars). */
const bs_node *
bs_sibling_skip_blank(const bs_node *n, int prev);

/* Append the visible text of n's subtree, whitespace collapsed. */
void
bs_node_text(const bs_node *n, bs_buf *out);
/* The same with each <br>, paragraph and heading edge as " | " (the
   lines of a byline). */
void
bs_node_lines(const bs_node *n, bs_buf *out);
/* Does the space-separated list `rel` hold `word` (lower case), in any
   ASCII case? */
int
bs_rel_has(const char *rel, const char *word);
/* The same without the <time> and the headings inside n: a headline's
   words ("<h1><time>Dec 18 2025</time> Preparing a transition</h1>"). */
void
bs_node_headline(const bs_node *n, bs_buf *out);
/* The text of n with what cleaning and scoring removed (the page's
   furniture), not what the page hides; it stops after about max bytes or
   4 * max elements (0: no limit). */
void
bs_node_text_all(const bs_node *n, bs_buf *out, size_t max);

/* Is n, or one of its ancestors, removed? */
int
bs_node_is_removed(const bs_node *n); /* it or an ancestor is removed */

/* ------------------------------------------------------------------ */
/* Stages.                                                             */

/* encoding.c: choose the encoding and convert to valid UTF-8 without
   NUL bytes.  *out points either into `in` (when nothing had to change)
   or at `storage`, which the caller frees. */
bs_status
bs_decode(const char *in, size_t len, const char *given, bs_buf *storage,
          const char **out, size_t *out_len, const char **enc_name,
          bs_error *err);

/* Normalise an encoding label to the name used for conversion, or NULL
   when unknown ("utf-8" -> "UTF-8", "latin1" -> "WINDOWS-1252", ...). */
const char *
bs_encoding_canonical(const char *label, size_t len);

/* parse.c */
bs_status
bs_parse(const char *utf8, size_t len, bs_doc *doc, bs_error *err);
void
bs_doc_free(bs_doc *doc);

/* What the page says it is (og:type, JSON-LD @type), from meta.c. */
typedef enum {
    BS_PAGE_UNDECLARED = 0, /* no type given */
    BS_PAGE_ARTICLE,        /* an article, post, news or report type */
    BS_PAGE_THREAD,         /* a forum's thread or a question and answers */
    BS_PAGE_OTHER           /* a website, product, ... */
} bs_page_kind;

/* Article under construction, shared by meta.c, jsonld.c and extract.c.
   Each field keeps the value of the most trusted source seen so far. */
typedef struct {
    const char *value[BS_FIELD__COUNT]; /* arena strings or NULL */
    const char *source[BS_FIELD__COUNT];
    int prio[BS_FIELD__COUNT];
    const char **list[BS_LIST__COUNT];
    size_t count[BS_LIST__COUNT];
    size_t cap[BS_LIST__COUNT];
    const char *list_source[BS_LIST__COUNT];
    int list_prio[BS_LIST__COUNT];
    const char *base_url; /* for resolving links: <base href> or url */
    const char *page_url; /* the page's own address, as given, or NULL */
    const char *h1;       /* text of the first visible <h1> */
    size_t nh1;           /* how many visible <h1>s (up to MAX_H1) */
    const char *og_title; /* og:title, whatever title was chosen */
    const char *title_whole; /* the title before "A | B" was cut to A */
    const char *copyright;   /* a person named by the last "(c) 2020 Name" */
    const char *bylines[4];  /* texts of the first byline elements */
    const char *user;        /* the first forum user name ("username") */
    const char *user_link;   /* the name in <link rel=author href=...> */
    const char *post_author; /* the name on the post's author's comment
                                ("" when that comment names none) */
    size_t nbylines;
    long long now;        /* reference time for plausible dates */
    bs_page_kind kind;    /* what the page type says, kept by bs_meta_set */
    /* the page offers a product for sale: og:type "product", a JSON-LD
       Product with offers, a schema.org Product in microdata, a control
       that adds it to the cart */
    unsigned char sells;
    /* each date field's value was read from "03-09-2026", a numeric date
       whose day and month may be either (bs_meta_set) */
    unsigned char ambiguous[2];
    /* the dates published the sources gave, the first eight found: each
       read from a numeric date whose day and month may be either, or
       not; a <time>'s just under the headline (HEADLINE_NEAR), or not;
       named the day of publication by a label the page shows beside it
       ("Published <time>"), or not */
    struct {
        const char *iso;
        const char *source;
        int prio;
        unsigned char ambiguous, near, labelled;
    } pub[8];
    size_t npub;
} bs_meta;

/* How much each kind of source is trusted. */
enum {
    BS_PRIO_TEXT = 5,
    BS_PRIO_TITLE_TAG = 10,
    BS_PRIO_TIME = 12,
    BS_PRIO_URL = 13, /* a whole date in the path is chosen, not found */
    BS_PRIO_BYLINE = 15,
    BS_PRIO_MICRODATA = 20,
    BS_PRIO_TWITTER = 25,
    BS_PRIO_META = 30,
    BS_PRIO_JSONLD_PAGE = 35,
    BS_PRIO_OPENGRAPH = 40,
    BS_PRIO_LINK = 45,
    BS_PRIO_JSONLD = 50
};

/* meta.c */
void
bs_meta_init(bs_meta *meta);
bs_status
bs_meta_collect(bs_doc *doc, const bs_options *opts, bs_meta *meta);
/* The metadata's sources disagree on the date published (JSON-LD's
   datePublished, og:article:published_time, a meta "date"): the one whose
   day the page shows (bs_meta_from_content has read the bylines) is the
   page's.  A date the page shows beats the metadata's when it is an
   earlier day a label names the publication's, a day two kinds of shown
   dates give, or the byline's day that is the date modified's; when the
   page shows none, the day more kinds of source (JSON-LD, OpenGraph,
   meta tags) give beats the most trusted one's.  Not on a thread, whose
   posts each give one. */
void
bs_meta_shown_date(bs_meta *meta);
/* No date published anywhere else: the first a script's data gives under
   a publication key ("published_at": a shop's product, "publishedDate":
   a page a script renders), read from the <script> elements, JSON-LD's
   aside, of the page's bytes `html`. */
void
bs_meta_script_date(bs_doc *doc, bs_meta *meta, const char *html,
                    size_t len);
/* The dates in UTC given in the local time of the site's country
   (bs_date_in_site_zone): the day its readers saw; but the date
   published stays in UTC when the page writes its UTC day, and not the
   local one, in the byline or under the headline. */
void
bs_meta_local_dates(bs_doc *doc, bs_meta *meta);
/* Set a field from a source when it beats what is there; the value is
   white-space collapsed (dates are normalised, URLs made absolute). */
void
bs_meta_set(bs_doc *doc, bs_meta *meta, bs_field field, int prio,
            const char *source, const char *s, size_t n);
/* Add to a list; a more trusted source replaces the list. */
void
bs_meta_list_add(bs_doc *doc, bs_meta *meta, bs_list list, int prio,
                 const char *source, const char *s, size_t n);
/* Decode the character references in [s, s + n) into out as libxml2
   decodes attribute values: numeric ones and HTML's names (at most
   BS_MAX_ATTR bytes). */
void
bs_decode_refs(const char *s, size_t n, bs_buf *out);

/* Is an author name the publisher's rather than a writer's: a domain, a
   company ("... GmbH"), or the name of the page's host ("L-MAG" on
   l-mag.de)? */
int
bs_meta_is_publisher(const bs_meta *meta, const char *s, size_t n);
/* Is [s, s + n) the site's name or its host's main name, letters and
   digits alike, a leading "The" aside ("CNN" on edition.cnn.com, "The
   Mercury News" on mercurynews.com)? */
int
bs_meta_is_site_name(const bs_meta *meta, const char *s, size_t n);

/* authors.c: clean one author string ("By A and B, Staff") into names
   added to the author list; returns how many were added. */
int
bs_meta_add_authors(bs_doc *doc, bs_meta *meta, int prio, const char *source,
                    const char *s, size_t n);
/* A text that is only a byline label ("By", "Written by", "Author:"),
   its name in the next element. */
int
bs_is_byline_label(const char *s, size_t n);
/* "By Jane Doe", "Redaktion: Eva Berg (Presse)": a byline word or label,
   then two to four capitalised words and nothing else but a role in
   brackets; the names' length, their start in *at, else 0.  A date
   after the names ("By Jane Doe on May 7, 2013") is one at the reference
   time `now` (0: the time of the call). */
size_t
bs_byline_text_names(const char *s, size_t n, size_t *at, long long now);
/* title.c: do a and b have the same words, ignoring case and
   punctuation? */
int
bs_same_words(const char *a, const char *b);
/* The title: the page's own headline (an <h1>, else an <h2>) when a meta
   title or the <title> tag confirms it; else the most trusted meta title
   without the site's name; else the first <h1>; else the <title> tag.
   A title that a comment section's heading quotes wins over them all
   (`quoting`: the page's <h2>s and <h3>s that end with a quotation). */
void
bs_meta_choose_title(bs_doc *doc, bs_meta *meta, const char *title_tag,
                     const char *logo, const char *const *h1, size_t nh1,
                     const char *const *h2, size_t nh2,
                     const char *const *quoting, size_t nquoting);
/* Bytes of the quotation mark that ends [s, s + n) ('"', U+201C to
   U+201E, guillemets), else 0. */
size_t
bs_ends_quote(const char *s, size_t n);
/* The site's name that holds a tagline ("News zu VR, AR und KI |
   MIXED.de") keeps the one part that names the host. */
void
bs_meta_site_name_alone(bs_doc *doc, bs_meta *meta);
/* No site's name given: the <title> tag's part that names the host. */
void
bs_meta_site_from_title(bs_doc *doc, bs_meta *meta, const char *title_tag);
/* The title is a heading of the page, whatever the sources said. */
void
bs_meta_heading_title(bs_meta *meta, const char *heading);
/* meta.c, for title.c: the host's main name ("bbc" for www.bbc.co.uk)
   into out, empty when there is none; */
void
bs_host_name(const char *url, char *out, size_t cap);
/* the ASCII letters and digits of [s, s + n), lower case, into out
   (NUL-terminated), their count; */
size_t
bs_fold_alnum(const char *s, size_t n, char *out, size_t cap);
/* the words of [s, s + n) and of s, split at white space; */
size_t
bs_count_words(const char *s, size_t n);
size_t
bs_word_count(const char *s);
/* is the address a site's home page? */
int
bs_is_home_page(const char *url);
/* Is the title the site's name alone, on a page not the home page? */
int
bs_meta_title_is_site(const bs_meta *meta);
/* meta.c: is n the one child of its parent (n->parent not NULL) that is
   not white space? */
int
bs_only_child(const bs_node *n);
/* Split a keyword string on commas into the tag list. */
void
bs_meta_add_tags(bs_doc *doc, bs_meta *meta, int prio, const char *source,
                 const char *s, size_t n);

/* Which date a line of text gives: the modified one when it says so
   ("Last updated Feb 27, 2026", "Aktualisiert am ..."), else the
   published one. */
bs_field
bs_text_date_field(const char *s, size_t n);
/* Keep the text of a byline element, for the byline scans of byline.c. */
void
bs_meta_keep_byline(bs_doc *doc, bs_meta *meta, const char *s, size_t n);
/* The words of [p, p + n) when each begins with a capital (ASCII or any
   letter beyond Latin-1's first half) and none holds a digit, else 0. */
size_t
bs_name_words(const char *p, size_t n);
/* Is a name a domain ("tagesschau.de") or a company's or society's
   ("... GmbH", "... e.V.")? */
int
bs_is_company_name(const char *s, size_t n);

/* byline.c: bylines and datelines written in the text (at the top of the
   content roots, under the headline, after a label), read into meta
   (authors, date) and removed from the body; then the fallbacks when no
   byline names anyone. */
void
bs_meta_from_content(bs_doc *doc, bs_meta *meta);

/* A title only the first of several <h1>s gave, no meta title
   confirming it, from an <h1> in a side column or after the main content
   ("Page" and "User" heading a wiki's sidebar): the content's own <h1>
   or <h2>, before its first paragraph, replaces it.  After bs_score. */
void
bs_meta_content_title(bs_doc *doc, bs_meta *meta);

/* parse.c: keep a copy of one JSON-LD text for bs_jsonld_collect (one
   over BS_MAX_JSONLD is left out); 0 when out of memory. */
int
bs_doc_add_jsonld(bs_doc *doc, const char *s, size_t n);

/* meta.c: is n in a reader's comment (it, or an ancestor, has a class or
   id naming one: "comment-author", "commentlist")? */
int
bs_in_comment(const bs_node *n);

/* clean.c: is n inside a <pre> or <code> (a part of a code sample,
   named by its highlighting: "token comment", "token tag")? */
int
bs_in_code(const bs_node *n);

/* Chinese "记者", a reporter: a byline's label (byline.c) and a title
   before a name (authors.c). */
#define BS_ZH_REPORTER "\xe8\xae\xb0\xe8\x80\x85"

/* authors.c: does [s, s + n) name a job ("writer", "editor",
   "founder", ...) or a rank ("Head of", "Senior")? */
int
bs_says_job(const char *s, size_t n);
/* "Doe, Jane", one name written surname first (as citation_author may
   be): "Jane Doe" into out (cap bytes), its length, else 0. */
size_t
bs_inverted_name(const char *s, size_t n, char *out, size_t cap);

/* meta.c: is n a property of an item the page describes rather than
   writes (schema.org microdata: a picture, a book, a product, an offer,
   a review of another item)? Its author is not the page's. */
int
bs_in_described_item(const bs_node *n);

/* jsonld.c: read every JSON-LD script of the page into meta. */
void
bs_jsonld_collect(bs_doc *doc, bs_meta *meta);

/* date.c: is [w, w + n) a day's name or its short form ("Friday", "Fri",
   "Mittwoch"), in the date parser's languages? */
int
bs_is_day_name(const char *w, size_t n);

/* date.c: parse a date in any supported format; on success write ISO
   8601 into out (at least 26 bytes) and return 1.  `now` bounds what is
   plausible (a Unix time; 0 = current time). */
int
bs_date_parse(const char *s, size_t n, char *out, long long now);
/* The same, reading an ambiguous "02/10/2020" day first (2 October) when
   day_first is set, month first (February 10, the US order) when not. */
int
bs_date_parse_order(const char *s, size_t n, char *out, long long now,
                    int day_first);
/* The instant (Unix seconds) and the UTC offset (minutes) of a date-time
   that bs_date_parse wrote ("YYYY-MM-DDTHH:MM:SS+HH:MM"); 0 for a date
   alone. */
int
bs_date_instant(const char *iso, long long *secs, int *offset);
/* Is `day` ("YYYY-MM-DD") the day a UTC date-time that bs_date_parse wrote
   ("...+00:00") falls on in another time zone (-12:00 to +14:00), the day
   before or after its UTC day? */
int
bs_date_local_day(const char *utc, const char *day);
/* A UTC date-time that bs_date_parse wrote, on a site whose top-level
   domain names a country with one time zone (.de, .ar, .jp): the same
   instant in that zone's time, daylight saving included, into out (26
   bytes). 0 when the date is not UTC or the domain names no such zone. */
int
bs_date_in_site_zone(const char *iso, const char *url, char *out);

/* What the page says it is (og:type, JSON-LD @type): read once, when
   bs_meta_set takes a page type, not at every question. */
bs_page_kind
bs_meta_page_kind(const bs_meta *meta);

/* The language of a text (UTF-8) as a BCP 47 primary tag, from its script
   and, for Latin script, its most common words; NULL when unsure
   (lang.c). */
const char *
bs_lang_guess(const char *text, size_t n);
/* Find a date in a URL path (/2020/12/22/ and similar). */
int
bs_date_from_url(const char *url, char *out, long long now);

/* url.c: resolve `ref` against `base` into out; returns 0 when ref is
   not a usable link (javascript:, empty). */
int
bs_url_resolve(const char *base, const char *ref, size_t ref_len,
               bs_buf *out);
/* The host of an absolute url ("www.example.de" in
   https://www.example.de:8080/a): where it starts, its length in *len;
   NULL when url has no "://". */
const char *
bs_url_host(const char *url, size_t *len);
/* Does the absolute address a name another page than b: another host or
   path, "www.", a port and a closing "/" aside, the query and fragment
   too? */
int
bs_url_other_page(const char *a, const char *b);
/* The two-letter top-level domain of the host in url ("de" for
   https://www.example.de/a, "uk" for .co.uk), lower case, into cc (3
   bytes); 0 when the host ends in no such domain. */
int
bs_url_country(const char *url, char *cc);

/* score.c: count the visible text of every node (chars, link_chars,
   paras, commas), skipping removed subtrees.  One pass, bottom-up. */
void
bs_count(bs_doc *doc);

/* clean.c: mark boilerplate removed.  `mode` is BS_CLEAN_NORMAL;
   BS_CLEAN_RELAXED keeps comments and removes by class name only what is
   certainly boilerplate (the second try for pages where the first found
   too little); BS_CLEAN_THREAD keeps comments, which on a forum's thread
   are the posts.  `meta` tells what the page says it is. */
enum { BS_CLEAN_NORMAL = 0, BS_CLEAN_RELAXED = 1, BS_CLEAN_THREAD = 2 };
void
bs_clean(bs_doc *doc, const bs_options *opts, const bs_meta *meta, int mode);
/* Forget what bs_clean and bs_score marked. */
void
bs_clean_reset(bs_doc *doc);
/* Class/id hint of an element: <0 boilerplate, >0 content, 0 neither. */
int
bs_class_weight(const bs_node *n);

/* score.c: choose the content roots (flag BS_NF_CONTENT) and prune
   them; returns the characters of text in them (0: no main text).
   `asked` is the caller's favor, which opts may have tuned (see
   bs_favor): lines of page furniture and the short lines after the text
   go unless the caller asked for recall. */
size_t
bs_score(bs_doc *doc, const bs_options *opts, const bs_meta *meta,
         bs_favor asked);
/* Lines of the content that are a date with a label at most leave it
   (datelines); after bs_meta_from_content has read the bylines. */
void
bs_drop_date_lines(bs_doc *doc, const bs_meta *meta);

/* render.c */
typedef struct {
    const bs_doc *doc;
    const bs_options *opts;
    const char *base_url;
} bs_render_ctx;

void
bs_render_text(const bs_render_ctx *ctx, bs_buf *out);
void
bs_render_md(const bs_render_ctx *ctx, bs_buf *out);
void
bs_render_html(const bs_render_ctx *ctx, bs_buf *out);
/* Comments sections (BS_NF_COMMENTS) as plain text. */
void
bs_render_comments(const bs_render_ctx *ctx, bs_buf *out);

/* extract.c: the article */
struct bs_article {
    bs_arena arena;
    const char *value[BS_FIELD__COUNT];
    const char *source[BS_FIELD__COUNT];
    const char **list[BS_LIST__COUNT];
    size_t count[BS_LIST__COUNT];
    const char *list_source[BS_LIST__COUNT];
    char *text;
    char *markdown;
    char *html;
    char *comments;
};

/* render_json.c and the document renderer */
void
bs_render_json(const bs_article *art, bs_buf *out);
void
bs_render_document(const bs_article *art, bs_buf *out);

/* Small helpers used by several stages. */
static inline int
bs_is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
}
/* The text node n's text without white space around it, its length in
   *len. */
static inline const char *
bs_text_trimmed(const bs_node *n, size_t *len)
{
    const char *s = n->text;
    size_t k = n->len;

    while (k > 0 && bs_is_space((unsigned char)*s))
        s++, k--;
    while (k > 0 && bs_is_space((unsigned char)s[k - 1]))
        k--;
    *len = k;
    return s;
}
/* Characters (code points) in the UTF-8 [s, s + n): its bytes that
   continue none. */
static inline size_t
bs_utf8_chars(const char *s, size_t n)
{
    size_t i, chars = 0;

    for (i = 0; i < n; i++)
        chars += ((unsigned char)s[i] & 0xC0) != 0x80;
    return chars;
}
static inline int
bs_is_alnum_ascii(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
}
/* Bytes of an invisible formatting character at s[i] (of n): the soft
   hyphen U+00AD, the zero width space U+200B and U+FEFF; else 0.  Text
   and Markdown leave them out (a word hyphenated for display must still
   be found as a word). */
static inline size_t
bs_invisible_len(const char *s, size_t i, size_t n)
{
    const unsigned char *p = (const unsigned char *)s + i;

    if (p[0] == 0xC2 && i + 1 < n && p[1] == 0xAD)
        return 2;
    if (i + 2 < n && ((p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x8B) ||
                      (p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)))
        return 3;
    return 0;
}
/* Collapse white space (including U+00A0) and trim; result in arena. */
const char *
bs_clean_string(bs_arena *a, const char *s, size_t n);
int
bs_strcasestr_n(const char *hay, size_t n, const char *needle);
/* Are [a, a + n) and [b, b + n) equal, ignoring ASCII case? */
int
bs_ci_eq(const char *a, const char *b, size_t n);
/* The place, from 1, of [s, s + n) among the `count` words, whole:
   byte for byte, or with `ci` ignoring ASCII case (the words written in
   small letters); 0 when it is none of them. */
size_t
bs_word_among(const char *s, size_t n, const char *const *words,
              size_t count, int ci);
#define BS_WORDS(a) (a), (sizeof(a) / sizeof((a)[0]))
/* Does [s, s + n) start with the lower-case word w, ignoring ASCII
   case? */
static inline int
bs_starts_ci(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    return n >= k && bs_strcasestr_n(s, k, w);
}

#endif /* BS_INTERNAL_H */
