/*
 * broadsheet.h - turn a web page into the article inside it.
 *
 * This is the only public header of the broadsheet C library and also its
 * manual.  One call does the whole job:
 *
 *     bs_options opts;
 *     bs_article *art = NULL;
 *     bs_error err;
 *
 *     bs_options_init(&opts);
 *     opts.url = "https://example.org/news/1";
 *     if (bs_extract(html, html_len, &opts, &art, &err) != BS_OK) {
 *         // err.message says why; art is NULL
 *     } else if (art == NULL) {
 *         // no main text, and no metadata that declares an article
 *     } else {
 *         puts(bs_article_get(art, BS_FIELD_TITLE));
 *         puts(bs_article_markdown(art));
 *         bs_article_free(art);
 *     }
 *
 * Ownership: every string returned by a bs_article_* accessor belongs to
 * the article and lives until bs_article_free().  Nothing in the library
 * prints, exits or aborts; every failure is a bs_status with a message.
 *
 * Thread safety: bs_extract() may run in many threads at once.  It keeps
 * no mutable global state; libxml2 is initialised once, on first use
 * (or explicitly with bs_init()), and its global error handlers are never
 * touched, so the library can share a process with lxml.
 *
 * Limits (each is enforced before work proportional to it is done):
 *   BS_MAX_INPUT      bytes of input accepted (larger: BS_ERR_TOO_LARGE)
 *   BS_MAX_DEPTH      element nesting kept; deeper elements are flattened
 *                     into their ancestor at that depth
 *   BS_MAX_NODES      nodes built per page; the rest of a larger page is
 *                     ignored (the page is truncated, not refused)
 *   BS_MAX_ATTR       bytes kept of one attribute value
 *   BS_MAX_JSONLD     bytes of one JSON-LD script that is parsed
 *   64 attributes     kept per element (of those the library reads);
 *                     the rest are dropped
 *   markup repairs    libxml2's stack walks on broken markup are bounded
 *                     by 16 steps per byte + 64 Mi; past that the rest of
 *                     the page is ignored
 */
#ifndef BROADSHEET_H
#define BROADSHEET_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define BS_VERSION "0.1.0"

#define BS_MAX_INPUT (64u * 1024u * 1024u)
#define BS_MAX_DEPTH 256
#define BS_MAX_NODES 2000000u
#define BS_MAX_ATTR (64u * 1024u)
#define BS_MAX_JSONLD (4u * 1024u * 1024u)

typedef enum {
    BS_OK = 0,
    BS_ERR_NOMEM,     /* an allocation failed */
    BS_ERR_TOO_LARGE, /* input larger than BS_MAX_INPUT */
    BS_ERR_ENCODING,  /* the caller-given encoding is unknown */
    BS_ERR_PARSE,     /* libxml2 could not parse the input at all */
    BS_ERR_ARGUMENT   /* a NULL pointer or an invalid option */
} bs_status;

/* A failure's status and a human-readable reason (always NUL-terminated). */
typedef struct {
    bs_status status;
    char message[256];
} bs_error;

/* What the caller prefers when the extractor is unsure about a block.
   BALANCED reads a page that declares itself something other than an
   article (og:type "website" or "product", a schema.org type that is no
   article or post) as RECALL does: such pages' content is broader than
   one text; lines of page furniture ("Share this page", "Related
   articles" and what follows, short lines after the last paragraph)
   still go, as they do on articles.
   PRECISION and RECALL apply to every page. */
typedef enum {
    BS_FAVOR_BALANCED = 0,
    BS_FAVOR_PRECISION,
    BS_FAVOR_RECALL
} bs_favor;

/* Options of one extraction.  Initialise with bs_options_init(). */
typedef struct {
    const char *url;      /* page address, for absolute links; may be NULL */
    const char *encoding; /* encoding the caller knows (HTTP header); NULL */
    bs_favor favor;
    int include_comments; /* also extract user comments (default 0) */
    int include_tables;   /* keep tables in the body (default 1) */
    int include_images;   /* keep images and figures (default 1) */
    int include_links;    /* keep links in Markdown (default 1) */
    int include_formatting; /* keep bold, italic, code in Markdown (default 1) */
    long long reference_time; /* seconds since 1970 (UTC): a date more than
                                 a day after it is no date of the page
                                 (default 0: the time of the call) */
} bs_options;

/* An extracted article.  Opaque; read it with the accessors below. */
typedef struct bs_article bs_article;

/* Metadata fields of an article (single strings). */
typedef enum {
    BS_FIELD_TITLE = 0,
    BS_FIELD_DATE_PUBLISHED, /* ISO 8601: YYYY-MM-DD or a date-time */
    BS_FIELD_DATE_MODIFIED,
    BS_FIELD_SITE_NAME,
    BS_FIELD_DESCRIPTION,
    BS_FIELD_LANGUAGE, /* BCP 47 tag, e.g. "en-US"; when the page declares
                          none, the primary tag guessed from the text
                          (source "text") or empty when unsure */
    BS_FIELD_URL,      /* canonical URL, else the given URL */
    BS_FIELD_IMAGE,    /* lead image, absolute */
    BS_FIELD_SECTION,
    BS_FIELD_LICENSE,
    BS_FIELD_PAGE_TYPE, /* "article" or the schema.org / og type given */
    BS_FIELD_ENCODING,  /* encoding the page was decoded from */
    BS_FIELD__COUNT
} bs_field;

/* Multi-valued fields. */
typedef enum {
    BS_LIST_AUTHORS = 0,
    BS_LIST_TAGS,
    BS_LIST__COUNT
} bs_list;

/* Output formats of bs_article_render(). */
typedef enum {
    BS_FORMAT_TEXT = 0, /* plain body text */
    BS_FORMAT_MARKDOWN, /* body as Markdown */
    BS_FORMAT_HTML,     /* body as clean, minimal semantic HTML */
    BS_FORMAT_DOCUMENT, /* whole Markdown document: title, byline, date,
                           body, original URL */
    BS_FORMAT_JSON      /* metadata and body as one JSON object */
} bs_format;

/* Initialise libxml2 once.  Optional: bs_extract() calls it on first use.
   Safe to call from several threads. */
void
bs_init(void);

/* Set *opts to the defaults. */
void
bs_options_init(bs_options *opts);

/*
 * Extract the article from `len` bytes of HTML in any encoding.
 *
 * On BS_OK, *out is a new article owned by the caller (free it with
 * bs_article_free), or NULL when the page has no main text.  A page
 * without main text whose metadata declares it (a title from OpenGraph,
 * Twitter cards, meta tags or JSON-LD: a thread or a product its script
 * fills in) gives an article with an empty text and that metadata; a
 * <title> alone declares nothing.  On failure,
 * *out is NULL and err (when not NULL) holds the status and a message.
 * `opts` may be NULL for the defaults.
 */
bs_status
bs_extract(const char *html, size_t len, const bs_options *opts,
           bs_article **out, bs_error *err);

/* Free an article; NULL is allowed. */
void
bs_article_free(bs_article *art);

/* A metadata field, or NULL when the page does not give it.  Owned by art. */
const char *
bs_article_get(const bs_article *art, bs_field field);

/* Where a field's value came from: "json-ld", "opengraph", "twitter",
   "meta", "microdata", "byline", "time", "url", "text", "script" or
   "title-tag"
   ("given" for the caller's URL); NULL when the field is empty.  Owned
   by art. */
const char *
bs_article_source(const bs_article *art, bs_field field);

/* Number of values in a list field, and the i-th value (owned by art). */
size_t
bs_article_count(const bs_article *art, bs_list list);
const char *
bs_article_item(const bs_article *art, bs_list list, size_t i);

/* Where a list's values came from, or NULL when the list is empty. */
const char *
bs_article_list_source(const bs_article *art, bs_list list);

/* Body as plain text and as Markdown; never NULL.  Owned by art. */
const char *
bs_article_text(const bs_article *art);
const char *
bs_article_markdown(const bs_article *art);

/* User comments as plain text when include_comments was set, else "".
   On a page that declares itself a thread (DiscussionForumPosting,
   QAPage) the replies are part of the body. */
const char *
bs_article_comments(const bs_article *art);

/*
 * Render the article in `format`.  Returns a new NUL-terminated string
 * owned by the caller (free it with bs_free), its length in *len when len
 * is not NULL, or NULL when out of memory.
 */
char *
bs_article_render(const bs_article *art, bs_format format, size_t *len);

/* Free memory returned by bs_article_render(). */
void
bs_free(void *p);

/* The name of a field ("title", "date_published", ...) and of a list. */
const char *
bs_field_name(bs_field field);
const char *
bs_list_name(bs_list list);

#ifdef __cplusplus
}
#endif

#endif /* BROADSHEET_H */
