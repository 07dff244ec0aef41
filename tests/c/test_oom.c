/*
 * test_oom.c - the out-of-memory sweep.
 *
 * For N = 0, 1, 2, ... make every allocation of the core after the first
 * N fail (bs_alloc_fail_after) and run a whole extraction, until one
 * succeeds without an injected failure.  Every run must end in BS_OK (an
 * article or NULL) or in BS_ERR_NOMEM with a message, never in a crash;
 * under `make asan` LeakSanitizer also checks that every failure path
 * frees what it took.  libxml2's and jansson's own allocations do not go
 * through bs_malloc and are not injected.
 */
#include "testutil.h"

#define URL "https://news.example.org/2021/03/04/quay-rebuilt"

#define NEWS_HEAD                                                            \
    "<title>Quay to be rebuilt | Harbour News</title>"                       \
    "<meta name=\"description\" content=\"The old grain quay goes.\">"       \
    "<meta property=\"og:site_name\" content=\"Harbour News\">"              \
    "<meta property=\"og:title\" content=\"Quay to be rebuilt\">"            \
    "<meta property=\"og:image\" content=\"/img/lead.jpg\">"                 \
    "<meta property=\"article:tag\" content=\"harbour\">"                    \
    "<meta property=\"article:tag\" content=\"council\">"                    \
    "<meta name=\"keywords\" content=\"quay, tides, grain\">"                \
    "<link rel=\"canonical\" href=\"/2021/03/04/quay-rebuilt\">"             \
    "<link rel=\"license\" href=\"/license\">"                               \
    "<script type=\"application/ld+json\">{\"@context\":\"https://"          \
    "schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":"      \
    "\"Quay to be rebuilt\",\"datePublished\":\"2021-03-04T10:00:00Z\","     \
    "\"dateModified\":\"2021-03-05\",\"author\":[{\"@id\":\"#jane\"},"       \
    "{\"@type\":\"Person\",\"name\":\"John Roe\"}],\"publisher\":{\"@id\":"  \
    "\"#org\"},\"keywords\":[\"quay\",\"harbour\"]},{\"@type\":\"Person\","  \
    "\"@id\":\"#jane\",\"name\":\"Jane Doe\"},{\"@type\":\"Organization\","  \
    "\"@id\":\"#org\",\"name\":\"Harbour News Ltd\"}]}</script>"             \
    "<script type=\"application/ld+json\">{broken</script>"

#define NEWS_BODY_1                                                          \
    "<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/l\">"    \
    "Local</a></li><li><a href=\"/s\">Sport</a></li></ul></nav></header>"    \
    "<div id=\"cookie-notice\">We use cookies. <button>OK</button></div>"    \
    "<main><article><h1>Quay to be rebuilt</h1>"                             \
    "<p class=\"byline\">By Jane Doe and John Roe, "                         \
    "<time datetime=\"2021-03-04\">4 March 2021</time></p>"                  \
    "<div class=\"share-bar\"><a href=\"/fb\">Share</a></div>"

#define NEWS_BODY_2                                                          \
    "<h2>Why it is needed</h2><p>With <strong>work</strong> and <em>tides"   \
    "</em>, see the <a href=\"minutes.pdf\">council minutes</a> and "        \
    "<code>a &lt; b</code>; 2 * 3 = 6.</p>"                                  \
    "<ul><li>One<ol start=\"2\"><li>Two</li><li>Three</li></ol></li>"        \
    "<li>Four</li></ul>"                                                     \
    "<blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>"          \
    "<pre><code class=\"language-c\">if (a &lt; b) { c(); }\n</code></pre>" \
    "<figure><img src=\"data:image/gif;base64,AA\" data-src=\"q.jpg\" "      \
    "alt=\"The quay\"><figcaption>At low tide.</figcaption></figure>"        \
    "<table><tr><th>Year</th><th>Cost</th></tr><tr><td colspan=\"2\">"      \
    "2024<br>and later</td></tr><tr><td><ul><li>x</li></ul></td><td>y</td>"  \
    "</tr></table><hr><p>Licensed <a rel=\"license\" href=\"/cc\">CC</a>."   \
    "</p>"

#define NEWS_BODY_3                                                          \
    "</article><aside class=\"related\"><h3>Related</h3><ul><li><a "         \
    "href=\"/a\">Ferry fares</a></li></ul></aside>"                          \
    "<section id=\"comments\"><div class=\"comment\"><p>Great news, about "  \
    "time the quay was fixed!</p></div><div class=\"comment\"><p>I remember " \
    "the grain ships.</p></div></section></main>"                            \
    "<footer><p>Copyright Harbour News</p></footer>"

/* A legacy page: no declaration, windows-1252 bytes. */
#define LEGACY_BODY                                                          \
    "<div id=\"content\"><h1>Caf\xE9s of Lisbon</h1><p class=\"author\">by " \
    "Ruth Abernethy \x97 9 May 2019</p><p>I arrived believing, rather "      \
    "na\xEFvely, that ordering coffee would be easy. \x93Um caf\xE9, por "   \
    "favor,\x94 I practised on the plane \x96 and it worked, for a while, "  \
    "until the third morning.</p><p>Sitting at a table costs a little more " \
    "\x96 sometimes 20 or 30 cents, occasionally \x80" "5 in the squares "   \
    "that tourists favour, and the waiters know it very well indeed.</p>"    \
    "<ul><li>Stand at the counter.</li><li>Carry coins.</li></ul></div>"

static char *
news_page(void)
{
    char *body = tu_cat(NEWS_BODY_1, NEWS_BODY_2, TU_PARAS, NEWS_BODY_3,
                        NULL);
    char *page = tu_page(NEWS_HEAD, body);

    free(body);
    return page;
}

static char *
legacy_page(void)
{
    return tu_cat("<html><head><title>Caf\xE9s | The Slow Guide</title>"
                  "</head><body>",
                  LEGACY_BODY, TU_PARAS,
                  "<div class=\"footer\">\xA9 The Slow Guide</div></body>"
                  "</html>",
                  NULL);
}

static char *
shift_jis_page(void)
{
    /* "<meta charset=shift_jis>" and Japanese text among the paragraphs */
    return tu_cat("<html><head><meta charset=\"shift_jis\"><title>\x93\xFA"
                  "\x96\x7B</title></head><body><article><p>\x93\xFA\x96\x7B"
                  "\x8C\xEA\x82\xCC\x83\x6A\x83\x85\x81\x5B\x83\x58 ",
                  TU_PARAS, "</p>", TU_PARAS, "</article></body></html>",
                  NULL);
}

typedef char *(*page_fn)(void);

static const struct {
    const char *name;
    page_fn make;
    int comments;
} pages[] = {
    {"news", news_page, 0},
    {"news with comments", news_page, 1},
    {"legacy windows-1252", legacy_page, 0},
    {"shift_jis", shift_jis_page, 0},
};

/* Every rendering of an article, for comparison. */
typedef struct {
    char *r[5];
    const char *text, *md, *comments;
} rendered;

static void
render_all(const bs_article *art, rendered *out)
{
    int f;

    for (f = 0; f <= BS_FORMAT_JSON; f++) {
        out->r[f] = bs_article_render(art, (bs_format)f, NULL);
        ck_assert_ptr_nonnull(out->r[f]);
    }
    out->text = bs_article_text(art);
    out->md = bs_article_markdown(art);
    out->comments = bs_article_comments(art);
}

static void
free_rendered(rendered *r)
{
    int f;

    for (f = 0; f <= BS_FORMAT_JSON; f++)
        bs_free(r->r[f]);
}

/* The sweep over one page. */
START_TEST(test_extract_sweep)
{
    char *page = pages[_i].make();
    size_t len = strlen(page);
    bs_options o = tu_opts(URL);
    bs_article *ref = NULL;
    rendered want;
    bs_error err;
    long n, total, nomem = 0, ok_degraded = 0;

    o.include_comments = pages[_i].comments;
    bs_alloc_fail_after(-1);
    ck_assert_int_eq(bs_extract(page, len, &o, &ref, &err), BS_OK);
    total = bs_alloc_fail_after(-1);
    ck_assert_ptr_nonnull(ref);
    ck_assert_int_gt(total, 10);
    render_all(ref, &want);

    for (n = 0;; n++) {
        bs_article *art = (bs_article *)1;
        bs_status st;
        long made;

        memset(&err, 0x5A, sizeof(err));
        bs_alloc_fail_after(n);
        st = bs_extract(page, len, &o, &art, &err);
        made = bs_alloc_fail_after(-1);

        ck_assert_msg(st == BS_OK || st == BS_ERR_NOMEM,
                      "%s, failing after %ld allocations: status %d (%s)",
                      pages[_i].name, n, (int)st, err.message);
        ck_assert_int_eq(err.status, st);
        ck_assert_msg(memchr(err.message, '\0', sizeof(err.message)) != NULL,
                      "message not terminated");
        if (st == BS_ERR_NOMEM) {
            ck_assert_ptr_null(art);
            ck_assert_uint_gt(strlen(err.message), 0);
            nomem++;
            continue;
        }
        ck_assert_ptr_ne(art, (bs_article *)1);
        if (made <= n) {
            /* nothing failed: the same article as without injection */
            rendered got;
            int f;

            ck_assert_ptr_nonnull(art);
            render_all(art, &got);
            for (f = 0; f <= BS_FORMAT_JSON; f++)
                TU_LONG_EQ(got.r[f], want.r[f], pages[_i].name);
            TU_LONG_EQ(got.comments, want.comments, pages[_i].name);
            free_rendered(&got);
            bs_article_free(art);
            break;
        }
        /* BS_OK although an allocation failed: allowed (an article or
           NULL), but it must be a well-formed article. */
        ok_degraded++;
        if (art != NULL) {
            ck_assert(tu_valid_utf8(bs_article_text(art),
                                    strlen(bs_article_text(art))));
            ck_assert_ptr_nonnull(bs_article_markdown(art));
            bs_article_free(art);
        }
        ck_assert_int_lt(n, total + 1000);
    }
    ck_assert_int_ge(n, total / 2);
    ck_assert_int_gt(nomem, 0);
    if (getenv("BS_TEST_VERBOSE"))
        fprintf(stderr, "%s: %ld allocations, %ld NOMEM, %ld OK after a "
                "failure\n", pages[_i].name, total, nomem, ok_degraded);
    free_rendered(&want);
    bs_article_free(ref);
    free(page);
}
END_TEST

/*
 * A failed allocation is never swallowed: when one allocation fails and
 * the next ones succeed (a large request refused, small ones granted:
 * the usual way memory runs out), bs_extract either returns
 * BS_ERR_NOMEM or, if it returns BS_OK, the very article it gives
 * without the failure -- as the header promises, "every failure is a
 * bs_status with a message".  This test fails each allocation of the
 * news page below in turn (and only that one) and demands that BS_OK
 * give the same renderings as without injection.  In particular:
 *   jsonld.c: repair() or the object list failing must not skip the
 *           JSON-LD scripts (date_published would fall back to the
 *           <time>, date_modified become null)
 *   meta.c: bs_clean_string's temporary buffer failing in
 *           bs_meta_list_add must not drop an author
 *   score.c mark_title: its bs_buf failing must not leave
 *           "# Quay to be rebuilt" in the body
 *   render_md.c render_table: the rows/cell buffers failing must not
 *           give a table of empty cells ("|  |  |") or none at all
 *   render.c: the line-prefix buffer failing must not drop list markers
 *           or "> " quote prefixes
 *   render.c r_link_href/r_image_src and their callers in
 *           render_md.c/render_html.c: the URL buffer's failed flag is
 *           carried to the output, never "![The quay]()", "[CC]()",
 *           <a href="">, or a URL cut after the host
 *   render_md.c: image alt text (bs_clean_string) must not be dropped
 */
START_TEST(test_extract_sweep_strict)
{
    char *page = news_page();
    size_t len = strlen(page);
    bs_options o = tu_opts(URL);
    bs_article *ref = NULL;
    rendered want;
    bs_error err;
    long n;

    ck_assert_int_eq(bs_extract(page, len, &o, &ref, &err), BS_OK);
    render_all(ref, &want);
    for (n = 0; n < 100000; n++) {
        bs_article *art = NULL;
        bs_status st;
        long made;
        rendered got;
        int f;

        bs_alloc_fail_after(n);
        st = bs_extract(page, len, &o, &art, &err);
        made = bs_alloc_fail_after(-1);
        if (st != BS_OK)
            continue;
        ck_assert_msg(art != NULL, "failing after %ld: BS_OK, no article",
                      n);
        render_all(art, &got);
        for (f = 0; f <= BS_FORMAT_JSON; f++) {
            char what[80];
            snprintf(what, sizeof(what),
                     "failing after %ld allocations: BS_OK, format %d", n, f);
            TU_LONG_EQ(got.r[f], want.r[f], what);
        }
        free_rendered(&got);
        bs_article_free(art);
        if (made <= n)
            break;
    }
    free_rendered(&want);
    bs_article_free(ref);
    free(page);
}
END_TEST

/* bs_article_render under failure: NULL, or the full rendering. */
START_TEST(test_render_sweep)
{
    char *page = news_page();
    bs_options o = tu_opts(URL);
    bs_article *art = tu_extract_opts(page, &o);
    int f;

    ck_assert_ptr_nonnull(art);
    for (f = 0; f <= BS_FORMAT_JSON; f++) {
        size_t want_len = 0;
        char *want = bs_article_render(art, (bs_format)f, &want_len);
        long n;

        ck_assert_ptr_nonnull(want);
        for (n = 0; n < 1000; n++) {
            size_t len = 12345;
            char *got;
            long made;

            bs_alloc_fail_after(n);
            got = bs_article_render(art, (bs_format)f, &len);
            made = bs_alloc_fail_after(-1);
            if (got == NULL) {
                ck_assert_uint_eq(len, 0);
                ck_assert_int_gt(made, n);
                continue;
            }
            TU_LONG_EQ(got, want, "rendering");
            ck_assert_uint_eq(len, want_len);
            bs_free(got);
            break;
        }
        ck_assert_int_lt(n, 1000);
        bs_free(want);
    }
    bs_article_free(art);
    free(page);
}
END_TEST

/* The decoder alone: every path that allocates (sanitising, windows-1252,
   iconv) fails cleanly. */
#define B(s) s, sizeof(s) - 1

static const struct {
    const char *in;
    size_t len;
    const char *given;
} dec_inputs[] = {
    {B("<p>caf\xE9 \x93q\x94</p>"), NULL},
    {B("<meta charset=utf-8><p>a\xFF" "b</p>"), NULL},
    {B("<p>\x93\xFA\x96\x7B</p>"), "shift_jis"},
    {B("\xFF\xFE<\0p\0>\0"), NULL},
    {B("<p>a\0b</p>"), NULL},
};

START_TEST(test_decode_sweep)
{
    long n;

    for (n = 0; n < 100; n++) {
        bs_buf storage = BS_BUF_INIT;
        const char *out = NULL, *enc = NULL;
        size_t out_len = 0;
        bs_error err;
        bs_status st;
        long made;

        bs_alloc_fail_after(n);
        st = bs_decode(dec_inputs[_i].in, dec_inputs[_i].len,
                       dec_inputs[_i].given, &storage, &out, &out_len, &enc,
                       &err);
        made = bs_alloc_fail_after(-1);
        bs_buf_free(&storage);
        if (st == BS_OK) {
            ck_assert_int_le(made, n);
            return;
        }
        ck_assert_int_eq(st, BS_ERR_NOMEM);
        ck_assert_int_eq(err.status, BS_ERR_NOMEM);
        ck_assert_uint_gt(strlen(err.message), 0);
    }
    ck_abort_msg("never succeeded");
}
END_TEST

static void
teardown(void)
{
    tu_alloc_reset();
}

static Suite *
oom_suite(void)
{
    Suite *s = suite_create("oom");
    TCase *tc = tcase_create("sweep");

    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_add_loop_test(tc, test_extract_sweep, 0, (int)TU_COUNT(pages));
    tcase_add_test(tc, test_extract_sweep_strict);
    tcase_add_test(tc, test_render_sweep);
    tcase_add_loop_test(tc, test_decode_sweep, 0, (int)TU_COUNT(dec_inputs));
    tcase_set_timeout(tc, 120);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    return tu_run(oom_suite());
}
