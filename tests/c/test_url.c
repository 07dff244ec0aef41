/*
 * test_url.c - bs_url_resolve() (url.c).
 */
#include "testutil.h"

#define RFC_BASE "http://a/b/c/d;p?q"

typedef struct {
    const char *base;
    const char *ref;
    const char *want; /* NULL: not a usable link (returns 0) */
} url_case;

/* RFC 3986, section 5.4.1: normal examples. */
static const url_case rfc_normal[] = {
    {RFC_BASE, "g:h", "g:h"},
    {RFC_BASE, "g", "http://a/b/c/g"},
    {RFC_BASE, "./g", "http://a/b/c/g"},
    {RFC_BASE, "g/", "http://a/b/c/g/"},
    {RFC_BASE, "/g", "http://a/g"},
    {RFC_BASE, "//g", "http://g"},
    {RFC_BASE, "?y", "http://a/b/c/d;p?y"},
    {RFC_BASE, "g?y", "http://a/b/c/g?y"},
    {RFC_BASE, "#s", "http://a/b/c/d;p?q#s"},
    {RFC_BASE, "g#s", "http://a/b/c/g#s"},
    {RFC_BASE, "g?y#s", "http://a/b/c/g?y#s"},
    {RFC_BASE, ";x", "http://a/b/c/;x"},
    {RFC_BASE, "g;x", "http://a/b/c/g;x"},
    {RFC_BASE, "g;x?y#s", "http://a/b/c/g;x?y#s"},
    {RFC_BASE, ".", "http://a/b/c/"},
    {RFC_BASE, "./", "http://a/b/c/"},
    {RFC_BASE, "..", "http://a/b/"},
    {RFC_BASE, "../", "http://a/b/"},
    {RFC_BASE, "../g", "http://a/b/g"},
    {RFC_BASE, "../..", "http://a/"},
    {RFC_BASE, "../../", "http://a/"},
    {RFC_BASE, "../../g", "http://a/g"},
};

/* RFC 3986, section 5.4.2: abnormal examples (strict parser). */
static const url_case rfc_abnormal[] = {
    {RFC_BASE, "../../../g", "http://a/g"},
    {RFC_BASE, "../../../../g", "http://a/g"},
    {RFC_BASE, "/./g", "http://a/g"},
    {RFC_BASE, "/../g", "http://a/g"},
    {RFC_BASE, "g.", "http://a/b/c/g."},
    {RFC_BASE, ".g", "http://a/b/c/.g"},
    {RFC_BASE, "g..", "http://a/b/c/g.."},
    {RFC_BASE, "..g", "http://a/b/c/..g"},
    {RFC_BASE, "./../g", "http://a/b/g"},
    {RFC_BASE, "./g/.", "http://a/b/c/g/"},
    {RFC_BASE, "g/./h", "http://a/b/c/g/h"},
    {RFC_BASE, "g/../h", "http://a/b/c/h"},
    {RFC_BASE, "g;x=1/./y", "http://a/b/c/g;x=1/y"},
    {RFC_BASE, "g;x=1/../y", "http://a/b/c/y"},
    {RFC_BASE, "g?y/./x", "http://a/b/c/g?y/./x"},
    {RFC_BASE, "g?y/../x", "http://a/b/c/g?y/../x"},
    {RFC_BASE, "g#s/./x", "http://a/b/c/g#s/./x"},
    {RFC_BASE, "g#s/../x", "http://a/b/c/g#s/../x"},
    /* RFC 3986 5.4.2 leaves "http:g" as it is for strict parsers and
       allows the base's scheme to be ignored "for backward
       compatibility"; browsers (the URL Standard) do that */
    {RFC_BASE, "http:g", "http://a/b/c/g"},
};

/* What pages do. */
static const url_case web[] = {
    /* protocol-relative */
    {"https://example.org/news/a.html", "//cdn.example.net/img/x.png",
     "https://cdn.example.net/img/x.png"},
    {"http://example.org/", "//cdn.example.net", "http://cdn.example.net"},
    /* absolute references stay as they are */
    {"https://example.org/", "https://other.example/x?y#z",
     "https://other.example/x?y#z"},
    {"https://example.org/", "mailto:someone@example.org",
     "mailto:someone@example.org"},
    {"https://example.org/", "HTTP://EXAMPLE.ORG/X", "HTTP://EXAMPLE.ORG/X"},
    /* a web scheme written twice, or without its "//", read as browsers
       read it */
    {"https://example.org/a/b", "https:https://cdn.example.net/x.jpg",
     "https://cdn.example.net/x.jpg"},
    {"https://example.org/a/b", "http:/cdn.example.net/x.jpg",
     "http://cdn.example.net/x.jpg"},
    {"https://example.org/a/b", "HTTP:cdn.example.net/x.jpg",
     "HTTP://cdn.example.net/x.jpg"},
    {"https://www.example.org/a/b", "https:/cloudfront/img/x.jpg",
     "https://www.example.org/cloudfront/img/x.jpg"},
    {"https://example.org/a/b", "https:", NULL},
    {"https://example.org/a/b", "http:", NULL},
    {"https://example.org/a/b", "http:?q=1", NULL},
    {"https://example.org/a/b", "http:#f", NULL},
    {NULL, "http:", NULL},
    {NULL, "http:/cdn.example.net/x.jpg", "http://cdn.example.net/x.jpg"},
    /* scripts are not links */
    {"https://example.org/", "javascript:void(0)", NULL},
    {"https://example.org/", "JavaScript:alert(1)", NULL},
    {"https://example.org/", "  javascript:alert(1)", NULL},
    {"https://example.org/", "\njavascript:alert(1)\n", NULL},
    {"https://example.org/", "vbscript:msgbox", NULL},
    {NULL, "javascript:alert(1)", NULL},
    /* empty and blank */
    {"https://example.org/", "", NULL},
    {"https://example.org/", "   ", NULL},
    {"https://example.org/", " \t\r\n\f", NULL},
    /* white space around the reference is trimmed */
    {"https://example.org/a/b", "  c  ", "https://example.org/a/c"},
    {"https://example.org/a/b", "\n\t/x/y\r\n", "https://example.org/x/y"},
    /* fragments and queries */
    {"https://example.org/a/b?q=1", "#top", "https://example.org/a/b?q=1#top"},
    {"https://example.org/a/b?q=1", "#", "https://example.org/a/b?q=1#"},
    {"https://example.org/a/b?q=1", "?page=2",
     "https://example.org/a/b?page=2"},
    {"https://example.org/a/b?q=1", "?", "https://example.org/a/b?"},
    {"https://example.org/a/b?q=1#frag", "#other",
     "https://example.org/a/b?q=1#other"},
    {"https://example.org/a/b", "c?x=/../y#z/../w",
     "https://example.org/a/c?x=/../y#z/../w"},
    /* a base without a path */
    {"https://example.org", "img/a.png", "https://example.org/img/a.png"},
    {"https://example.org", "./a", "https://example.org/a"},
    {"https://example.org", "../a", "https://example.org/a"},
    {"https://example.org", "?q", "https://example.org?q"},
    /* a base with a port and user info */
    {"http://user@example.org:8080/a/b", "/c",
     "http://user@example.org:8080/c"},
    {"http://user@example.org:8080/a/b", "c",
     "http://user@example.org:8080/a/c"},
    /* directories */
    {"https://example.org/dir/", "page.html",
     "https://example.org/dir/page.html"},
    {"https://example.org/dir/", "../up.html", "https://example.org/up.html"},
    {"https://example.org/a/b/c/", "../../d", "https://example.org/a/d"},
    /* empty segments are kept */
    {"https://example.org/a/", "b//c", "https://example.org/a/b//c"},
    /* no usable base: the reference as it is */
    {NULL, "/relative/path", "/relative/path"},
    {"", "page.html", "page.html"},
    {"not a url", "page.html", "page.html"},
    /* non-ASCII passes through */
    {"https://example.org/", "caf\xC3\xA9.html",
     "https://example.org/caf\xC3\xA9.html"},
};

static void
check_case(const url_case *c)
{
    bs_buf out = BS_BUF_INIT;
    int ok = bs_url_resolve(c->base, c->ref, strlen(c->ref), &out);

    if (c->want == NULL) {
        ck_assert_msg(!ok, "[%s] + [%s] -> [%s], want rejection",
                      c->base ? c->base : "(null)", c->ref, out.ptr);
    } else {
        ck_assert_msg(ok, "[%s] + [%s] rejected, want [%s]",
                      c->base ? c->base : "(null)", c->ref, c->want);
        ck_assert_msg(strcmp(out.ptr, c->want) == 0,
                      "[%s] + [%s] -> [%s], want [%s]",
                      c->base ? c->base : "(null)", c->ref, out.ptr, c->want);
        ck_assert_uint_eq(out.len, strlen(c->want));
    }
    ck_assert_int_eq(out.failed, 0);
    bs_buf_free(&out);
}

START_TEST(test_rfc_normal)
{
    check_case(&rfc_normal[_i]);
}
END_TEST

START_TEST(test_rfc_abnormal)
{
    check_case(&rfc_abnormal[_i]);
}
END_TEST

START_TEST(test_web)
{
    check_case(&web[_i]);
}
END_TEST

/* RFC 5.4.1 lists "" -> the base itself; here an empty href is not a
   link at all, which is what a reader wants. */
START_TEST(test_empty_is_not_a_link)
{
    bs_buf out = BS_BUF_INIT;

    ck_assert_int_eq(bs_url_resolve(RFC_BASE, "", 0, &out), 0);
    ck_assert_str_eq(out.ptr, "");
    /* the length bounds the reference */
    ck_assert_int_eq(bs_url_resolve(RFC_BASE, "g/../h#frag", 4, &out), 1);
    ck_assert_str_eq(out.ptr, "http://a/b/c/");
    bs_buf_free(&out);
}
END_TEST

/* A failed allocation shows in the buffer's flag, never as a crash. */
START_TEST(test_resolve_nomem)
{
    long n;

    for (n = 0; n < 20; n++) {
        bs_buf out = BS_BUF_INIT;
        long made;

        bs_alloc_fail_after(n);
        bs_url_resolve("https://example.org/a/b/c", "../../d/./e/../f?x#y",
                       20, &out);
        made = bs_alloc_fail_after(-1);
        if (!out.failed) {
            ck_assert_str_eq(out.ptr, "https://example.org/d/f?x#y");
            ck_assert_int_le(made, n);
            bs_buf_free(&out);
            return;
        }
        bs_buf_free(&out);
    }
    ck_abort_msg("never succeeded");
}
END_TEST

/* bs_url_country: the host's two-letter top-level domain */
typedef struct {
    const char *url;
    const char *want; /* "": none */
} country_case;

static const country_case countries[] = {
    {"https://www.example.de/a/b", "de"},
    {"https://news.example.CO.UK:8080/x?y=1", "uk"},
    {"http://example.fr", "fr"},
    {"https://example.com/de", ""},
    {"https://example.d3/", ""},
    {"https://localhost/", ""},
    {"https://192.168.0.1/", ""},
    {"example.de/a", ""},
    {"", ""},
};

START_TEST(test_country)
{
    const country_case *c = &countries[_i];
    char cc[3];
    int got = bs_url_country(c->url, cc);

    ck_assert_int_eq(got, c->want[0] != '\0');
    TU_STR_EQ(cc, c->want);
}
END_TEST

START_TEST(test_country_null)
{
    char cc[3];

    ck_assert_int_eq(bs_url_country(NULL, cc), 0);
}
END_TEST

/* Two absolute addresses of one page, or of two. */
static const struct {
    const char *a, *b;
    int other;
} pages[] = {
    {"https://www.harbour.example/a/b/", "https://harbour.example/a/b", 0},
    {"https://harbour.example:443/a/b?utm=1#top",
     "https://harbour.example/a/b", 0},
    {"https://harbour.example/a/b", "https://harbour.example/a/c", 1},
    {"https://news.harbour.example/a", "https://harbour.example/a", 1},
    {"https://harbour.example/", "https://harbour.example", 0},
    {"harbour.example/a", "https://harbour.example/a", 0}, /* no host */
};

START_TEST(test_other_page)
{
    ck_assert_int_eq(bs_url_other_page(pages[_i].a, pages[_i].b),
                     pages[_i].other);
    ck_assert_int_eq(bs_url_other_page(pages[_i].b, pages[_i].a),
                     pages[_i].other);
}
END_TEST

static void
teardown(void)
{
    tu_alloc_reset();
}

static Suite *
url_suite(void)
{
    Suite *s = suite_create("url");
    TCase *tc = tcase_create("resolve");

    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_add_loop_test(tc, test_rfc_normal, 0, (int)TU_COUNT(rfc_normal));
    tcase_add_loop_test(tc, test_rfc_abnormal, 0,
                        (int)TU_COUNT(rfc_abnormal));
    tcase_add_loop_test(tc, test_web, 0, (int)TU_COUNT(web));
    tcase_add_test(tc, test_empty_is_not_a_link);
    tcase_add_test(tc, test_resolve_nomem);
    tcase_add_loop_test(tc, test_country, 0, (int)TU_COUNT(countries));
    tcase_add_test(tc, test_country_null);
    tcase_add_loop_test(tc, test_other_page, 0, (int)TU_COUNT(pages));
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    return tu_run(url_suite());
}
