/*
 * extract.c - one page through every stage, and the article accessors.
 *
 *   bytes --bs_decode--> UTF-8 --bs_parse--> bs_doc --bs_meta_collect-->
 *   metadata --bs_clean--> boilerplate marked --bs_score--> content
 *   roots --bs_render_*--> text, Markdown, HTML --> bs_article
 *
 * The document (tree, arena) lives only during the call; the article
 * keeps copies of what it returns in an arena of its own.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <libxml/parser.h>

#include "internal.h"

/* Content shorter than this (characters) triggers a relaxed second try. */
#define RETRY_BELOW 600

static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void
init_libxml(void)
{
    xmlInitParser();
}

void
bs_init(void)
{
    pthread_once(&init_once, init_libxml);
}

void
bs_options_init(bs_options *opts)
{
    memset(opts, 0, sizeof(*opts));
    opts->favor = BS_FAVOR_BALANCED;
    opts->include_tables = 1;
    opts->include_images = 1;
    opts->include_links = 1;
    opts->include_formatting = 1;
}

static bs_status
fail(bs_error *err, bs_status st, const char *msg)
{
    err->status = st;
    snprintf(err->message, sizeof(err->message), "%s", msg);
    return st;
}

static const char *
copy_str(bs_article *art, const char *s)
{
    return s ? bs_arena_strndup(&art->arena, s, strlen(s)) : NULL;
}

/* Copy the metadata out of the page's arena into the article's. */
static int
fill_article(bs_article *art, const bs_meta *meta)
{
    int f, l;
    size_t i;

    for (f = 0; f < BS_FIELD__COUNT; f++) {
        art->value[f] = copy_str(art, meta->value[f]);
        art->source[f] = meta->source[f]; /* static strings */
        if (meta->value[f] != NULL && art->value[f] == NULL)
            return 0;
    }
    for (l = 0; l < BS_LIST__COUNT; l++) {
        size_t n = meta->count[l];
        art->count[l] = 0;
        art->list_source[l] = n ? meta->list_source[l] : NULL;
        if (n == 0)
            continue;
        art->list[l] = bs_arena_alloc(&art->arena, n * sizeof(char *));
        if (art->list[l] == NULL)
            return 0;
        for (i = 0; i < n; i++) {
            art->list[l][i] = copy_str(art, meta->list[l][i]);
            if (art->list[l][i] == NULL)
                return 0;
        }
        art->count[l] = n;
    }
    return 1;
}

bs_status
bs_extract(const char *html, size_t len, const bs_options *opts,
           bs_article **out, bs_error *err)
{
    bs_error local_err;
    bs_options defaults, tuned;
    bs_doc doc;
    bs_meta meta;
    bs_buf storage = BS_BUF_INIT;
    bs_buf text = BS_BUF_INIT, md = BS_BUF_INIT, html_out = BS_BUF_INIT;
    bs_buf comments = BS_BUF_INIT;
    bs_article *art = NULL;
    bs_render_ctx rc;
    const char *utf8 = NULL, *enc = NULL;
    size_t utf8_len = 0, found;
    int clean_mode;
    bs_page_kind kind;
    bs_status st = BS_OK;

    if (err == NULL)
        err = &local_err;
    err->status = BS_OK;
    err->message[0] = '\0';
    if (out == NULL)
        return fail(err, BS_ERR_ARGUMENT, "no place for the result");
    *out = NULL;
    if (html == NULL && len > 0)
        return fail(err, BS_ERR_ARGUMENT, "no input");
    if (len > BS_MAX_INPUT) {
        err->status = BS_ERR_TOO_LARGE;
        snprintf(err->message, sizeof(err->message),
                 "page of %zu bytes is larger than the limit of %u bytes",
                 len, (unsigned)BS_MAX_INPUT);
        return BS_ERR_TOO_LARGE;
    }
    if (opts == NULL) {
        bs_options_init(&defaults);
        opts = &defaults;
    }
    if ((unsigned)opts->favor > BS_FAVOR_RECALL)
        return fail(err, BS_ERR_ARGUMENT, "invalid favor option");
    if (opts->reference_time < 0)
        return fail(err, BS_ERR_ARGUMENT, "negative reference_time");
    bs_init();
    bs_alloc_failures(1);

    memset(&doc, 0, sizeof(doc));
    bs_arena_init(&doc.arena);
    bs_meta_init(&meta);
    /* the latest plausible date: the caller's, else today's, read once */
    meta.now = opts->reference_time > 0 ? opts->reference_time
                                        : (long long)time(NULL);

    st = bs_decode(html ? html : "", len, opts->encoding, &storage, &utf8,
                   &utf8_len, &enc, err);
    if (st != BS_OK)
        goto done;
    doc.encoding = enc;
    st = bs_parse(utf8, utf8_len, &doc, err);
    bs_buf_free(&storage); /* the tree holds copies of what it needs */
    if (st != BS_OK)
        goto done;

    st = bs_meta_collect(&doc, opts, &meta);
    if (st != BS_OK) {
        fail(err, st, "out of memory while reading metadata");
        goto done;
    }
    /* A page that says it is something other than an article (a
       product, a service, a listing: og:type "website", a schema.org
       type that is no article) has content broader than one text, and
       is read as with favor=recall unless the caller chose a side. */
    kind = bs_meta_page_kind(&meta);
    tuned = *opts;
    if (tuned.favor == BS_FAVOR_BALANCED && kind == BS_PAGE_OTHER)
        tuned.favor = BS_FAVOR_RECALL;
    /* Clean and score; when that leaves little text, try again with
       relaxed cleaning and keep the second result if it finds much more
       (forums whose posts are marked up as comments, pages whose
       content sits in a wrapper named like boilerplate).  A page that
       says it is a thread (DiscussionForumPosting, QAPage) keeps its
       posts, however they are named. */
    clean_mode = kind == BS_PAGE_THREAD ? BS_CLEAN_THREAD : BS_CLEAN_NORMAL;
    bs_clean(&doc, &tuned, &meta, clean_mode);
    found = bs_score(&doc, &tuned, &meta, opts->favor);
    if (found < (tuned.favor == BS_FAVOR_RECALL ? 3 * RETRY_BELOW
                                                : RETRY_BELOW)) {
        size_t relaxed;

        bs_clean_reset(&doc);
        bs_clean(&doc, &tuned, &meta, BS_CLEAN_RELAXED);
        relaxed = bs_score(&doc, &tuned, &meta, opts->favor);
        if (relaxed < 2 * found + 100) {
            bs_clean_reset(&doc);
            bs_clean(&doc, &tuned, &meta, clean_mode);
            found = bs_score(&doc, &tuned, &meta, opts->favor);
        } else {
            found = relaxed;
        }
    }
    bs_meta_from_content(&doc, &meta);
    bs_meta_content_title(&doc, &meta);
    bs_meta_script_date(&doc, &meta, html, len);
    bs_meta_shown_date(&meta);
    bs_meta_local_dates(&doc, &meta);
    bs_drop_date_lines(&doc, &meta);

    rc.doc = &doc;
    rc.opts = opts;
    rc.base_url = meta.base_url;
    bs_render_text(&rc, &text);
    /* No main text: a page whose metadata declares it (a title from
       OpenGraph, Twitter, meta tags or JSON-LD; a thread or a product
       that script fills in) is an article with an empty text and that
       metadata; any other page is none (*out stays NULL). */
    if (text.len == 0 && !text.failed &&
        meta.prio[BS_FIELD_TITLE] < BS_PRIO_TWITTER)
        goto done;
    if (meta.value[BS_FIELD_LANGUAGE] == NULL && !text.failed) {
        const char *lang = bs_lang_guess(text.ptr, text.len);
        if (lang != NULL)
            bs_meta_set(&doc, &meta, BS_FIELD_LANGUAGE, BS_PRIO_TEXT, "text",
                        lang, strlen(lang));
    }
    bs_render_md(&rc, &md);
    bs_render_html(&rc, &html_out);
    if (opts->include_comments)
        bs_render_comments(&rc, &comments);
    if (text.failed || md.failed || html_out.failed || comments.failed ||
        doc.arena.failed) {
        st = fail(err, BS_ERR_NOMEM, "out of memory while rendering");
        goto done;
    }

    /* A stage that met a failed allocation may have carried on with less:
       the result would be quietly wrong, so it is an error. */
    if (bs_alloc_failures(0) > 0) {
        st = fail(err, BS_ERR_NOMEM, "out of memory");
        goto done;
    }
    art = bs_malloc(sizeof(*art));
    if (art == NULL) {
        st = fail(err, BS_ERR_NOMEM, "out of memory");
        goto done;
    }
    memset(art, 0, sizeof(*art));
    bs_arena_init(&art->arena);
    meta.value[BS_FIELD_ENCODING] = enc;
    meta.source[BS_FIELD_ENCODING] = NULL;
    art->text = bs_buf_detach(&text);
    art->markdown = bs_buf_detach(&md);
    art->html = bs_buf_detach(&html_out);
    art->comments = bs_buf_detach(&comments);
    if (art->text == NULL || art->markdown == NULL || art->html == NULL ||
        art->comments == NULL || !fill_article(art, &meta)) {
        bs_article_free(art);
        art = NULL;
        st = fail(err, BS_ERR_NOMEM, "out of memory");
        goto done;
    }
    if (bs_alloc_failures(0) > 0) {
        bs_article_free(art);
        art = NULL;
        st = fail(err, BS_ERR_NOMEM, "out of memory");
        goto done;
    }
    *out = art;

done:
    if (st == BS_OK && *out == NULL && bs_alloc_failures(0) > 0)
        st = fail(err, BS_ERR_NOMEM, "out of memory");
    bs_buf_free(&storage);
    bs_buf_free(&text);
    bs_buf_free(&md);
    bs_buf_free(&html_out);
    bs_buf_free(&comments);
    bs_doc_free(&doc);
    if (st != BS_OK && err->status == BS_OK)
        fail(err, st, "extraction failed");
    return st;
}

void
bs_article_free(bs_article *art)
{
    if (art == NULL)
        return;
    bs_dealloc(art->text);
    bs_dealloc(art->markdown);
    bs_dealloc(art->html);
    bs_dealloc(art->comments);
    bs_arena_free(&art->arena);
    bs_dealloc(art);
}

const char *
bs_article_get(const bs_article *art, bs_field field)
{
    if (art == NULL || (unsigned)field >= BS_FIELD__COUNT)
        return NULL;
    return art->value[field];
}

const char *
bs_article_source(const bs_article *art, bs_field field)
{
    if (art == NULL || (unsigned)field >= BS_FIELD__COUNT ||
        art->value[field] == NULL)
        return NULL;
    return art->source[field];
}

size_t
bs_article_count(const bs_article *art, bs_list list)
{
    if (art == NULL || (unsigned)list >= BS_LIST__COUNT)
        return 0;
    return art->count[list];
}

const char *
bs_article_item(const bs_article *art, bs_list list, size_t i)
{
    if (art == NULL || (unsigned)list >= BS_LIST__COUNT ||
        i >= art->count[list])
        return NULL;
    return art->list[list][i];
}

const char *
bs_article_list_source(const bs_article *art, bs_list list)
{
    if (art == NULL || (unsigned)list >= BS_LIST__COUNT ||
        art->count[list] == 0)
        return NULL;
    return art->list_source[list];
}

const char *
bs_article_text(const bs_article *art)
{
    return art ? art->text : "";
}

const char *
bs_article_markdown(const bs_article *art)
{
    return art ? art->markdown : "";
}

const char *
bs_article_comments(const bs_article *art)
{
    return art ? art->comments : "";
}

char *
bs_article_render(const bs_article *art, bs_format format, size_t *len)
{
    bs_buf b = BS_BUF_INIT;
    char *r;

    if (art == NULL)
        return NULL;
    switch (format) {
    case BS_FORMAT_TEXT:
        bs_buf_puts(&b, art->text);
        break;
    case BS_FORMAT_MARKDOWN:
        bs_buf_puts(&b, art->markdown);
        break;
    case BS_FORMAT_HTML:
        bs_buf_puts(&b, art->html);
        break;
    case BS_FORMAT_DOCUMENT:
        bs_render_document(art, &b);
        break;
    case BS_FORMAT_JSON:
        bs_render_json(art, &b);
        break;
    default:
        return NULL;
    }
    if (len != NULL)
        *len = b.len;
    r = bs_buf_detach(&b);
    if (r == NULL && len != NULL)
        *len = 0;
    return r;
}

void
bs_free(void *p)
{
    bs_dealloc(p);
}
