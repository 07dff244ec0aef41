/*
 * test_hostile.c - what fuzzing and the hostile-page tests found.
 *
 *   regressions  every input in fuzz/regressions/ replayed through the
 *                fuzz target's own checks (fuzz/fuzz_one.h): no crash, no
 *                sanitizer report, valid UTF-8 out, JSON that parses
 *   findings     the same bugs as small hand-made cases
 *   limits       parse.c stays linear on pages built to make libxml2 or
 *                the prefilter quadratic, and legitimate pages are not
 *                truncated by the guards that make it so
 *
 * Time bounds are generous (a few seconds for what took minutes or hours
 * before the fixes) and scale with BS_TIME_SCALE (the leakcheck target
 * runs under valgrind with a large scale).  The replayed directory is
 * BS_FUZZ_REGRESSIONS, default fuzz/regressions (make runs the suites
 * from the top of the checkout).
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <time.h>

#include "parsefix.h" /* and, through testutil.h, fuzz/fuzz_one.h */

/* ---- helpers ------------------------------------------------------- */

static double
now_s(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double
time_bound(double seconds)
{
    const char *s = getenv("BS_TIME_SCALE");
    double k = s != NULL ? atof(s) : 1.0;

    return seconds * (k > 0 ? k : 1.0);
}

#define TU_FAST(t0, bound, what)                                             \
    do {                                                                     \
        double tu_dt_ = now_s() - (t0);                                      \
        ck_assert_msg(tu_dt_ <= time_bound(bound),                           \
                      "%s took %.2f s (bound %.1f s)", (what), tu_dt_,       \
                      time_bound(bound));                                    \
    } while (0)

/* A growable page built from repeated pieces. */
static void
rep(bs_buf *b, const char *piece, size_t times)
{
    size_t n = strlen(piece), i;

    ck_assert(bs_buf_grow(b, n * times));
    for (i = 0; i < times; i++)
        bs_buf_put(b, piece, n);
}

static int
doc_has_text(const char *needle)
{
    bs_buf b = BS_BUF_INIT;
    int r;

    bs_node_text(doc.root, &b);
    r = strstr(b.ptr, needle) != NULL;
    bs_buf_free(&b);
    return r;
}

static char *
read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *data;
    long n;

    ck_assert_msg(f != NULL, "cannot open %s", path);
    ck_assert_int_eq(fseek(f, 0, SEEK_END), 0);
    n = ftell(f);
    ck_assert_int_ge(n, 0);
    rewind(f);
    data = malloc((size_t)n + 1);
    ck_assert_ptr_nonnull(data);
    ck_assert_uint_eq(fread(data, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    data[n] = '\0';
    *len = (size_t)n;
    return data;
}

/* ---- regressions: fuzz/regressions/ replayed ----------------------- */

static const char *
regressions_dir(void)
{
    const char *d = getenv("BS_FUZZ_REGRESSIONS");

    return d != NULL ? d : "fuzz/regressions";
}

#define MAX_REGRESSIONS 1024

static char *regression_names[MAX_REGRESSIONS];
static int nregressions;

/* The inputs to replay, read once when the suite is built (so that each
   file is a test of its own, named in the report by its index; a failing
   one prints its name). */
static void
list_regressions(void)
{
    DIR *dir = opendir(regressions_dir());
    struct dirent *e;

    if (dir == NULL)
        return;
    while ((e = readdir(dir)) != NULL && nregressions < MAX_REGRESSIONS) {
        size_t n = strlen(e->d_name);

        if (e->d_name[0] == '.' || (n > 3 && strcmp(e->d_name + n - 3, ".md") == 0))
            continue;
        regression_names[nregressions] = malloc(n + 1);
        if (regression_names[nregressions] == NULL)
            break;
        memcpy(regression_names[nregressions], e->d_name, n + 1);
        nregressions++;
    }
    closedir(dir);
}

START_TEST(test_replay_regression)
{
    char path[4096];
    size_t len;
    char *data;

    snprintf(path, sizeof(path), "%s/%s", regressions_dir(),
             regression_names[_i]);
    fprintf(stderr, "replaying %s\n", path);
    data = read_file(path, &len);
    /* aborts (the test fails with SIGABRT) on a broken invariant */
    bs_fuzz_one((const uint8_t *)data, len);
    free(data);
}
END_TEST

START_TEST(test_regressions_exist)
{
    ck_assert_msg(nregressions > 0, "no inputs in %s (run from the checkout)",
                  regressions_dir());
}
END_TEST

/* The harness's own checks hold for an ordinary page with every option
   combination (so a regression that fails is the library's fault). */
START_TEST(test_harness_all_options)
{
    char *page = tu_page("<title>Quay</title>", "<article><h1>Quay</h1>"
                         TU_PARAS "<pre><code class=\"language-c\">x</code>"
                         "</pre></article>");
    size_t n = strlen(page);
    uint8_t *in = malloc(n + 2);
    unsigned o0;

    ck_assert_ptr_nonnull(in);
    memcpy(in + 2, page, n);
    for (o0 = 0; o0 < 256; o0 += 3) {
        in[0] = (uint8_t)o0;
        in[1] = (uint8_t)((o0 * 7) & 0x3F);
        bs_fuzz_one(in, n + 2);
    }
    free(in);
    free(page);
}
END_TEST

/* ---- findings as hand-made cases ----------------------------------- */

/* date.c tokenize(): a word of 61 letters then 2-byte letters made
   fold_letter() write one byte past `char w[64]` (the "consume the rest"
   loop kept writing into w at wl = 63).  Caught by ASan (make asan). */
START_TEST(test_date_long_word)
{
    static const char *const tails[] = {"\xC3\xA9\xC3\xA9\xC3\xA9 2021",
                                        "\xD0\x90\xD0\x91\xD0\x92 4 May 2021",
                                        "\xC3\xA9x\xC3\xA9x 2021-03-04"};
    char s[256], out[32];
    size_t k;

    for (k = 0; k < 62; k++) {
        size_t i;

        for (i = 0; i < k; i++)
            s[i] = 'a';
        snprintf(s + k, sizeof(s) - k, "%s", tails[k % TU_COUNT(tails)]);
        (void)bs_date_parse(s, strlen(s), out, TU_NOW);
    }
}
END_TEST

/* render_md.c: the info string of a code fence was cut at 30 bytes, in
   the middle of a UTF-8 sequence; the Markdown was not valid UTF-8. */
START_TEST(test_md_fence_lang_utf8)
{
    static const char *const langs[] = {
        "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
        "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9",
        "c\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC"
        "\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC",
        "ab\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80"
        "\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80"};
    size_t i;

    for (i = 0; i < TU_COUNT(langs); i++) {
        char *body = tu_cat("<article>", TU_PARAS,
                            "<pre><code class=\"language-", langs[i],
                            "\">int x = 1;</code></pre></article>", NULL);
        char *page = tu_page("", body);
        bs_article *art = tu_extract(page, "https://example.org/a");
        const char *md = bs_article_markdown(art);

        TU_HAS(md, "int x = 1;");
        ck_assert_msg(tu_valid_utf8(md, strlen(md)),
                      "markdown is not valid UTF-8:\n%s", md);
        bs_article_free(art);
        free(page);
        free(body);
    }
}
END_TEST

/* meta.c is_date_node(): a class of 254+ characters (with or without an
   id) wrote the terminating NUL one byte past `char s[256]`.  Caught by
   ASan/UBSan (long Tailwind class lists are enough). */
START_TEST(test_long_class_and_id)
{
    static const size_t lens[] = {252, 253, 254, 255, 256, 300, 5000};
    char *cls = malloc(6000);
    size_t i;

    ck_assert_ptr_nonnull(cls);
    for (i = 0; i < TU_COUNT(lens); i++) {
        char *body, *page;
        bs_article *art;

        memset(cls, 'a', lens[i]);
        cls[lens[i]] = '\0';
        body = tu_cat("<article><div class=\"", cls, "\" id=\"posted\">",
                      "<time>4 May 2021</time></div><p class=\"", cls,
                      "\">4 May 2021</p>", TU_PARAS, "</article>", NULL);
        page = tu_page("", body);
        art = tu_extract(page, "https://example.org/a");
        TU_HAS(bs_article_text(art), TU_P1);
        bs_article_free(art);
        free(page);
        free(body);
    }
    free(cls);
}
END_TEST

/* meta.c apply_rule(): og:locale was cut at 35 bytes, in the middle of a
   UTF-8 sequence: the language field was not valid UTF-8. */
START_TEST(test_language_utf8)
{
    static const char *const locales[] = {
        "de_x\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
        "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
        "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9",
        "ja_\xE6\x97\xA5\xE6\x97\xA5\xE6\x97\xA5\xE6\x97\xA5\xE6\x97\xA5"
        "\xE6\x97\xA5\xE6\x97\xA5\xE6\x97\xA5\xE6\x97\xA5\xE6\x97\xA5"
        "\xE6\x97\xA5\xE6\x97\xA5"};
    size_t i;

    for (i = 0; i < TU_COUNT(locales); i++) {
        char *head = tu_cat("<meta property=\"og:locale\" content=\"",
                            locales[i], "\">", NULL);
        char *page = tu_page(head, "<article>" TU_PARAS "</article>");
        bs_article *art = tu_extract(page, "https://example.org/a");
        const char *lang = bs_article_get(art, BS_FIELD_LANGUAGE);

        ck_assert_msg(lang == NULL || tu_valid_utf8(lang, strlen(lang)),
                      "language is not valid UTF-8: %s", lang);
        bs_article_free(art);
        free(page);
        free(head);
    }
}
END_TEST

/* render_md.c list_item_marker(): inside more than R_MAX_LISTS (32)
   nested lists, &r->lists[r->nlists - 1] indexes past the array before
   the bound is checked (UBSan: "index 33 out of bounds for type
   'r_list [32]'"; make asan and make pytest-asan stop there). */
START_TEST(test_deep_lists)
{
    bs_buf b = BS_BUF_INIT;
    char *page;
    bs_article *art;

    bs_buf_puts(&b, "<article>" TU_PARAS);
    rep(&b, "<ol><li>item ", 40);
    rep(&b, "</li></ol>", 40);
    bs_buf_puts(&b, "</article>");
    page = tu_page("", b.ptr);
    art = tu_extract(page, "https://example.org/a");
    TU_HAS(bs_article_markdown(art), "item");
    bs_article_free(art);
    free(page);
    bs_buf_free(&b);
}
END_TEST

/* ---- limits: linear time, nothing lost on real pages --------------- */

/* A byline label alone names the author on the next line: the next
   element may hold the rest of the page, and every label of a nesting of
   labels must not read it all. */
/* The opening of the pages built below: an article of one paragraph. */
#define ONE_PARAGRAPH                                                        \
    "<body><article><p>The harbour council met on Thursday evening to "      \
    "hear the engineers' report on the quay, and agreed that it will be "    \
    "rebuilt over two years.</p>"

/* Extract the page built in b within the time bound, then free both. */
static void
extract_in_time(bs_buf *b, const char *what)
{
    bs_article *art;
    double t0;

    ck_assert(!b->failed);
    t0 = now_s();
    art = tu_extract(b->ptr, "https://example.org/a");
    TU_FAST(t0, 5.0, what);
    bs_article_free(art);
    bs_buf_free(b);
}

START_TEST(test_nested_byline_labels)
{
    bs_buf b = BS_BUF_INIT;
    size_t i;

    bs_buf_puts(&b, ONE_PARAGRAPH "</article>");
    for (i = 0; i < 200; i++) {
        bs_buf_puts(&b, "<div><p>Author</p><div>");
        rep(&b, "<span></span>", 5000);
    }
    bs_buf_puts(&b, "</body>");
    extract_in_time(&b, "200 nested byline labels over a million elements");
}
END_TEST

/* An element named a caption looks inside itself and at its siblings for
   a picture: a parent of a hundred thousand captions, each holding a
   thousand empty elements, must not make that quadratic. */
START_TEST(test_many_captions)
{
    bs_buf b = BS_BUF_INIT;
    size_t i;

    bs_buf_puts(&b, ONE_PARAGRAPH "<div>");
    for (i = 0; i < 100000; i++)
        bs_buf_puts(&b, "<div class=\"caption\"><p>Quay</p></div>");
    for (i = 0; i < 100; i++) {
        bs_buf_puts(&b, "<div class=\"caption\"><p>Pier</p>");
        rep(&b, "<span></span>", 1000);
        bs_buf_puts(&b, "</div>");
    }
    bs_buf_puts(&b, "</div></article></body>");
    extract_in_time(&b, "100,000 sibling captions");
}
END_TEST

/* tag_end() looked for the next '>' from every quote of a tag: a tag of
   a million quoted values took minutes. */
START_TEST(test_many_quoted_values)
{
    bs_buf b = BS_BUF_INIT;
    double t0;

    bs_buf_puts(&b, "<body><div id=\"one\"");
    rep(&b, " a=\"x\"", 1000000);
    rep(&b, " b='y'", 100000);
    bs_buf_puts(&b, "><p>after the big tag</p></div></body>");
    t0 = now_s();
    parse_len(b.ptr, b.len);
    TU_FAST(t0, 5.0, "a tag of 1.1 million quoted values");
    bs_buf_free(&b);
    ck_assert_ptr_nonnull(find_tag(BS_TAG_DIV, 0));
    TU_STR_EQ(bs_node_attr(find_tag(BS_TAG_DIV, 0), BS_ATTR_ID), "one");
    ck_assert(doc_has_text("after the big tag"));
    ck_assert_ptr_eq(find_tag(BS_TAG_P, 0)->parent, find_tag(BS_TAG_DIV, 0));
}
END_TEST

/* Quotes and '>' inside values still end the tag where libxml2 does. */
static const struct {
    const char *html, *want_title, *text;
} quoted[] = {
    {"<a title=\"x > y\" href='/a'>link</a>", "x > y", "link"},
    {"<a title='it\"s' href=\"/a\">link</a>", "it\"s", "link"},
    {"<a title = \"a>b\" x=\"'\" y='\"'>link</a>", "a>b", "link"},
    {"<a x\"y title=\"t\">link</a>", "t", "link"},
    {"<a title=\"unterminated>link</a><p>no</p>", NULL, NULL},
};

START_TEST(test_quoted_values_still_read)
{
    bs_node *a;

    parse(quoted[_i].html);
    a = find_tag(BS_TAG_A, 0);
    if (quoted[_i].want_title == NULL)
        return; /* only: no crash, no overrun */
    ck_assert_ptr_nonnull(a);
    TU_STR_EQ(bs_node_attr(a, BS_ATTR_TITLE), quoted[_i].want_title);
    ck_assert(doc_has_text(quoted[_i].text));
}
END_TEST

/* libxml2 compares every attribute name with all the earlier ones: a tag
   of a million distinct names took hours.  The prefilter passes on only
   the attributes the tree reads, the first 64 of them. */
START_TEST(test_many_distinct_attributes)
{
    bs_buf b = BS_BUF_INIT;
    char name[32];
    size_t i;
    double t0;

    bs_buf_puts(&b, "<body><div id=\"first\"");
    for (i = 0; i < 1000000; i++) {
        snprintf(name, sizeof(name), " a%zu=\"v\"", i);
        bs_buf_puts(&b, name);
    }
    bs_buf_puts(&b, " class=\"last\"><p>text of the div</p></div></body>");
    t0 = now_s();
    parse_len(b.ptr, b.len);
    TU_FAST(t0, 5.0, "a tag of a million distinct attributes");
    bs_buf_free(&b);
    TU_STR_EQ(bs_node_attr(find_tag(BS_TAG_DIV, 0), BS_ATTR_ID), "first");
    /* the million a<N> in between are never read: class is the second
       attribute the tree keeps */
    TU_STR_EQ(bs_node_attr(find_tag(BS_TAG_DIV, 0), BS_ATTR_CLASS), "last");
    ck_assert(doc_has_text("text of the div"));
}
END_TEST

/* Up to 64 attributes the tree reads are all kept, wherever they sit
   among others; past 64 of them, the rest are dropped. */
START_TEST(test_attributes_below_the_cap)
{
    bs_buf b = BS_BUF_INIT;
    char name[32];
    size_t i;

    bs_buf_puts(&b, "<body><div");
    for (i = 0; i < 62; i++) {
        snprintf(name, sizeof(name), " data-x%zu=\"%zu\"", i, i);
        bs_buf_puts(&b, name);
    }
    bs_buf_puts(&b, " id=\"k\" class=\"c\"><p>t</p></div>"
                    "<span a b c d e f g h i j k l m n o p q r s t u v w x"
                    " y z aa bb cc dd ee ff gg hh ii jj kk ll mm nn oo pp"
                    " qq rr ss tt uu vv ww xx yy zz aaa bbb ccc ddd eee fff"
                    " ggg hhh iii jjj kkk lll mmm nnn ooo title=\"z\">s</span>"
                    "<em");
    for (i = 0; i < 64; i++)
        bs_buf_puts(&b, " lang=\"en\"");
    bs_buf_puts(&b, " title=\"past\">e</em></body>");
    parse_len(b.ptr, b.len);
    bs_buf_free(&b);
    TU_STR_EQ(bs_node_attr(find_tag(BS_TAG_DIV, 0), BS_ATTR_ID), "k");
    TU_STR_EQ(bs_node_attr(find_tag(BS_TAG_DIV, 0), BS_ATTR_CLASS), "c");
    /* 66 attributes, but title is the only one the tree reads */
    TU_STR_EQ(bs_node_attr(find_tag(BS_TAG_SPAN, 0), BS_ATTR_TITLE), "z");
    ck_assert(doc_has_text("s"));
    /* 64 lang attributes the tree reads, then title: past the cap */
    TU_STR_EQ(bs_node_attr(find_tag(BS_TAG_EM, 0), BS_ATTR_LANG), "en");
    ck_assert_ptr_null(bs_node_attr(find_tag(BS_TAG_EM, 0), BS_ATTR_TITLE));
    ck_assert(doc_has_text("e"));
}
END_TEST

/* Each end tag that matches no open element makes libxml2 walk its whole
   stack: 200,000 of them after 200,000 open <div>s took minutes.  The
   parse now stops when such repairs have cost more than a budget linear
   in the page; what came before is kept. */
static const struct {
    const char *open, *mid, *storm;
    size_t depth, storm_n;
} storms[] = {
    {"<div>", "<p>deep text</p>", "</span>", 200000, 200000},
    {"<div>", "<p>deep text</p>", "</a x>", 200000, 200000},
    {"<span>", "<p>deep text</p>", "</div>", 100000, 1000000},
    {"<div>", "<p>deep text</p>", "<body>", 5000, 1000000},
    {"<div>", "<p>deep text</p><li>", "<li>", 5000, 500000},
    {"<div>", "<p>deep text</p>", "<li></li></li>", 5000, 500000},
    {"<b>", "<p>deep text</p>", "</i></u></s>", 50000, 300000},
};

START_TEST(test_end_tag_storm)
{
    bs_buf b = BS_BUF_INIT;
    double t0;

    rep(&b, storms[_i].open, storms[_i].depth);
    bs_buf_puts(&b, storms[_i].mid);
    rep(&b, storms[_i].storm, storms[_i].storm_n);
    bs_buf_puts(&b, "<p>tail</p>");
    t0 = now_s();
    parse_len(b.ptr, b.len);
    TU_FAST(t0, 5.0, storms[_i].storm);
    bs_buf_free(&b);
    ck_assert(doc_has_text("deep text"));
}
END_TEST

/* Deep pages whose end tags all match are not truncated: the budget is
   for repairs, not for depth. */
START_TEST(test_deep_closed_not_truncated)
{
    bs_buf b = BS_BUF_INIT;

    bs_buf_puts(&b, "<body>");
    rep(&b, "<div>", 100000);
    bs_buf_puts(&b, "<p>deep text</p>");
    rep(&b, "</div>", 100000);
    bs_buf_puts(&b, "<p>after all of it</p></body>");
    parse_len(b.ptr, b.len);
    bs_buf_free(&b);
    ck_assert_int_eq(doc.truncated, 0);
    ck_assert(doc_has_text("deep text"));
    ck_assert(doc_has_text("after all of it"));
}
END_TEST

/* Sloppy but ordinary markup, a lot of it: unclosed <p>, <li>, <td>,
   stray end tags here and there, unclosed inline elements.  Never
   truncated. */
START_TEST(test_sloppy_page_not_truncated)
{
    bs_buf b = BS_BUF_INIT;
    size_t i;

    bs_buf_puts(&b, "<html><body><div id=main>");
    for (i = 0; i < 20000; i++) {
        bs_buf_puts(&b, "<p>para <b>bold <i>both</b> end</i> of it"
                        "<ul><li>one<li>two</ul></span></font>"
                        "<table><tr><td>a<td>b<tr><td>c</table>"
                        "<div class=x><span>open span</div>");
    }
    bs_buf_puts(&b, "<p>the very end</div></body></html>");
    parse_len(b.ptr, b.len);
    bs_buf_free(&b);
    ck_assert_int_eq(doc.truncated, 0);
    ck_assert(doc_has_text("the very end"));
}
END_TEST

/* The golden corpus pages are parsed whole. */
START_TEST(test_corpus_not_truncated)
{
    DIR *dir = opendir("tests/corpus");
    struct dirent *e;
    int pages = 0;

    ck_assert_msg(dir != NULL, "no tests/corpus (run from the checkout)");
    while ((e = readdir(dir)) != NULL) {
        char path[1024];
        size_t len, ulen;
        char *html;
        const char *utf8, *enc;
        bs_buf storage = BS_BUF_INIT;
        bs_error err;
        FILE *f;

        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof(path), "tests/corpus/%s/source.html",
                 e->d_name);
        if ((f = fopen(path, "rb")) == NULL)
            continue;
        fclose(f);
        html = read_file(path, &len);
        ck_assert_int_eq(bs_decode(html, len, NULL, &storage, &utf8, &ulen,
                                   &enc, &err),
                         BS_OK);
        parse_len(utf8, ulen);
        ck_assert_msg(doc.truncated == 0, "%s was truncated", e->d_name);
        bs_doc_free(&doc);
        parsed = 0;
        bs_buf_free(&storage);
        free(html);
        pages++;
    }
    closedir(dir);
    ck_assert_int_gt(pages, 5);
}
END_TEST

static Suite *
hostile_suite(void)
{
    Suite *s = suite_create("hostile");
    TCase *tr = tcase_create("regressions");
    TCase *tf = tcase_create("findings");
    TCase *tl = tcase_create("limits");

    list_regressions();
    tcase_add_test(tr, test_regressions_exist);
    tcase_add_loop_test(tr, test_replay_regression, 0, nregressions);
    tcase_add_test(tr, test_harness_all_options);
    tcase_set_timeout(tr, 120);
    suite_add_tcase(s, tr);

    tcase_add_test(tf, test_date_long_word);
    tcase_add_test(tf, test_md_fence_lang_utf8);
    tcase_add_test(tf, test_long_class_and_id);
    tcase_add_test(tf, test_language_utf8);
    tcase_add_test(tf, test_deep_lists);
    suite_add_tcase(s, tf);

    tcase_add_checked_fixture(tl, NULL, teardown);
    tcase_add_test(tl, test_many_quoted_values);
    tcase_add_loop_test(tl, test_quoted_values_still_read, 0,
                        (int)TU_COUNT(quoted));
    tcase_add_test(tl, test_many_distinct_attributes);
    tcase_add_test(tl, test_attributes_below_the_cap);
    tcase_add_loop_test(tl, test_end_tag_storm, 0, (int)TU_COUNT(storms));
    tcase_add_test(tl, test_deep_closed_not_truncated);
    tcase_add_test(tl, test_sloppy_page_not_truncated);
    tcase_add_test(tl, test_corpus_not_truncated);
    tcase_add_test(tl, test_nested_byline_labels);
    tcase_add_test(tl, test_many_captions);
    tcase_set_timeout(tl, 300);
    suite_add_tcase(s, tl);
    return s;
}

int
main(void)
{
    int r = tu_run(hostile_suite());
    int i;

    for (i = 0; i < nregressions; i++)
        free(regression_names[i]);
    return r;
}
