/*
 * test_buf.c - bs_buf (buf.c), the allocator hooks (alloc.c) and the
 * arena (arena.c).
 */
#include <stdint.h>

#include "testutil.h"

/* ---- appending ------------------------------------------------------ */

START_TEST(test_empty_never_null)
{
    bs_buf b = BS_BUF_INIT;
    bs_buf c;

    ck_assert_ptr_nonnull(b.ptr);
    ck_assert_str_eq(b.ptr, "");
    ck_assert_uint_eq(b.len, 0);
    bs_buf_init(&c);
    ck_assert_ptr_nonnull(c.ptr);
    ck_assert_str_eq(c.ptr, "");
    /* Zero-length appends, clear, truncate and rtrim on the static ""
       must neither allocate nor write to it. */
    bs_alloc_fail_after(0); /* any allocation would fail and be seen */
    bs_buf_put(&c, "x", 0);
    bs_buf_puts(&c, "");
    bs_buf_clear(&c);
    bs_buf_truncate(&c, 0);
    bs_buf_truncate(&c, 10);
    bs_buf_rtrim(&c);
    ck_assert_uint_eq(bs_alloc_fail_after(-1), 0);
    ck_assert_int_eq(c.failed, 0);
    ck_assert_str_eq(c.ptr, "");
    bs_buf_free(&c);
    ck_assert_ptr_nonnull(c.ptr);
    ck_assert_str_eq(c.ptr, "");
}
END_TEST

START_TEST(test_put_and_putc)
{
    bs_buf b = BS_BUF_INIT;
    size_t i;

    bs_buf_put(&b, "hello", 5);
    bs_buf_putc(&b, ',');
    bs_buf_puts(&b, " world");
    bs_buf_put(&b, "!!!", 1);
    ck_assert_str_eq(b.ptr, "hello, world!");
    ck_assert_uint_eq(b.len, 13);
    ck_assert_uint_ge(b.cap, b.len + 1);
    /* Embedded NUL bytes are kept by put (len is the truth). */
    bs_buf_put(&b, "a\0b", 3);
    ck_assert_uint_eq(b.len, 16);
    ck_assert_mem_eq(b.ptr + 13, "a\0b", 4); /* and NUL-terminated */
    bs_buf_clear(&b);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_str_eq(b.ptr, "");
    /* Growth across many reallocations keeps every byte. */
    for (i = 0; i < 10000; i++)
        bs_buf_putc(&b, (char)('a' + i % 26));
    ck_assert_uint_eq(b.len, 10000);
    ck_assert_uint_eq(strlen(b.ptr), 10000);
    for (i = 0; i < 10000; i++)
        ck_assert_int_eq(b.ptr[i], 'a' + (int)(i % 26));
    ck_assert_int_eq(b.failed, 0);
    bs_buf_free(&b);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_str_eq(b.ptr, "");
}
END_TEST

static const struct {
    uint32_t cp;
    const char *utf8;
} utf8_cases[] = {
    {0x41, "A"},
    {0x7F, "\x7F"},
    {0x80, "\xC2\x80"},
    {0xE9, "\xC3\xA9"},
    {0x7FF, "\xDF\xBF"},
    {0x800, "\xE0\xA0\x80"},
    {0x20AC, "\xE2\x82\xAC"},
    {0xFFFD, "\xEF\xBF\xBD"},
    {0xFFFF, "\xEF\xBF\xBF"},
    {0x10000, "\xF0\x90\x80\x80"},
    {0x1F600, "\xF0\x9F\x98\x80"},
    {0x10FFFF, "\xF4\x8F\xBF\xBF"},
    /* not characters: replaced */
    {0xD800, "\xEF\xBF\xBD"},
    {0xDFFF, "\xEF\xBF\xBD"},
    {0x110000, "\xEF\xBF\xBD"},
    {0xFFFFFFFF, "\xEF\xBF\xBD"},
};

START_TEST(test_put_utf8)
{
    bs_buf b = BS_BUF_INIT;

    bs_buf_puts(&b, "<");
    bs_buf_put_utf8(&b, utf8_cases[_i].cp);
    bs_buf_puts(&b, ">");
    ck_assert_uint_eq(b.len, strlen(utf8_cases[_i].utf8) + 2);
    ck_assert_mem_eq(b.ptr + 1, utf8_cases[_i].utf8,
                     strlen(utf8_cases[_i].utf8));
    ck_assert_str_eq(b.ptr + b.len - 1, ">");
    bs_buf_free(&b);
}
END_TEST

static const struct {
    const char *in;
    size_t len;
    const char *json;
} json_cases[] = {
    {"", 0, "\"\""},
    {"plain text", 10, "\"plain text\""},
    {"say \"hi\"", 8, "\"say \\\"hi\\\"\""},
    {"back\\slash", 10, "\"back\\\\slash\""},
    {"a\nb\rc\td", 7, "\"a\\nb\\rc\\td\""},
    {"\x01\x1f", 2, "\"\\u0001\\u001f\""},
    {"\b\f", 2, "\"\\u0008\\u000c\""},
    {"nul\0byte", 8, "\"nul\\u0000byte\""},
    {"\x7f", 1, "\"\x7f\""},
    {"caf\xC3\xA9 \xE2\x82\xAC", 9, "\"caf\xC3\xA9 \xE2\x82\xAC\""},
    {"</script>", 9, "\"</script>\""},
    {"\"\"", 2, "\"\\\"\\\"\""},
    {"end\\", 4, "\"end\\\\\""},
};

START_TEST(test_put_json)
{
    bs_buf b = BS_BUF_INIT;

    bs_buf_put_json(&b, json_cases[_i].in, json_cases[_i].len);
    ck_assert_str_eq(b.ptr, json_cases[_i].json);
    ck_assert_uint_eq(b.len, strlen(json_cases[_i].json));
    bs_buf_free(&b);
}
END_TEST

static const struct {
    const char *in;
    const char *out;
} rtrim_cases[] = {
    {"", ""},
    {"abc", "abc"},
    {"abc   ", "abc"},
    {"abc \t\r\n\f\v", "abc"},
    {"   ", ""},
    {"  a b  ", "  a b"},
    {"a\xC2\xA0", "a\xC2\xA0"}, /* only ASCII white space */
};

START_TEST(test_rtrim)
{
    bs_buf b = BS_BUF_INIT;

    bs_buf_puts(&b, rtrim_cases[_i].in);
    bs_buf_rtrim(&b);
    ck_assert_str_eq(b.ptr, rtrim_cases[_i].out);
    ck_assert_uint_eq(b.len, strlen(rtrim_cases[_i].out));
    bs_buf_free(&b);
}
END_TEST

START_TEST(test_truncate)
{
    bs_buf b = BS_BUF_INIT;

    bs_buf_puts(&b, "abcdef");
    bs_buf_truncate(&b, 100); /* longer: unchanged */
    ck_assert_str_eq(b.ptr, "abcdef");
    bs_buf_truncate(&b, 6);
    ck_assert_str_eq(b.ptr, "abcdef");
    bs_buf_truncate(&b, 3);
    ck_assert_str_eq(b.ptr, "abc");
    ck_assert_uint_eq(b.len, 3);
    bs_buf_puts(&b, "XY");
    ck_assert_str_eq(b.ptr, "abcXY");
    bs_buf_truncate(&b, 0);
    ck_assert_str_eq(b.ptr, "");
    ck_assert_uint_eq(b.len, 0);
    bs_buf_free(&b);
}
END_TEST

START_TEST(test_detach)
{
    bs_buf b = BS_BUF_INIT;
    char *s;

    bs_buf_puts(&b, "owned");
    s = bs_buf_detach(&b);
    ck_assert_str_eq(s, "owned");
    /* The buffer is empty and reusable; it no longer owns s. */
    ck_assert_str_eq(b.ptr, "");
    ck_assert_uint_eq(b.len, 0);
    ck_assert_uint_eq(b.cap, 0);
    ck_assert_ptr_ne(b.ptr, s);
    bs_buf_puts(&b, "again");
    ck_assert_str_eq(b.ptr, "again");
    bs_buf_free(&b);
    ck_assert_str_eq(s, "owned");
    bs_free(s);

    /* An empty buffer detaches to a fresh, freeable "". */
    s = bs_buf_detach(&b);
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(s, "");
    s[0] = 'x'; /* writable: not the static "" */
    bs_free(s);
}
END_TEST

/* ---- failure ------------------------------------------------------- */

START_TEST(test_fail_first_alloc)
{
    bs_buf b = BS_BUF_INIT;

    bs_alloc_fail_after(0);
    bs_buf_puts(&b, "lost");
    ck_assert_int_eq(b.failed, 1);
    ck_assert_ptr_nonnull(b.ptr);
    ck_assert_str_eq(b.ptr, "");
    ck_assert_uint_eq(b.len, 0);
    /* Once failed, appends are ignored even when memory is back. */
    bs_alloc_fail_after(-1);
    bs_buf_puts(&b, "ignored");
    bs_buf_putc(&b, 'x');
    bs_buf_put_utf8(&b, 0xE9);
    bs_buf_put_json(&b, "j", 1);
    ck_assert_str_eq(b.ptr, "");
    ck_assert_uint_eq(b.len, 0);
    ck_assert_int_eq(bs_buf_grow(&b, 1), 0);
    ck_assert_ptr_null(bs_buf_detach(&b));
    /* detach of a failed buffer frees and resets it */
    ck_assert_int_eq(b.failed, 0);
    ck_assert_str_eq(b.ptr, "");
    bs_buf_puts(&b, "usable");
    ck_assert_str_eq(b.ptr, "usable");
    bs_buf_free(&b);
}
END_TEST

START_TEST(test_fail_keeps_content)
{
    bs_buf b = BS_BUF_INIT;
    char big[200];

    memset(big, 'z', sizeof(big));
    bs_buf_puts(&b, "kept"); /* one allocation of the first capacity */
    bs_alloc_fail_after(0);
    bs_buf_putc(&b, '!'); /* fits: no allocation */
    ck_assert_int_eq(b.failed, 0);
    bs_buf_put(&b, big, sizeof(big)); /* must grow: fails */
    ck_assert_int_eq(b.failed, 1);
    ck_assert_str_eq(b.ptr, "kept!");
    ck_assert_uint_eq(b.len, 5);
    bs_buf_putc(&b, '?');
    ck_assert_str_eq(b.ptr, "kept!");
    /* The owner still frees what it had (LeakSanitizer checks). */
    ck_assert_ptr_null(bs_buf_detach(&b));
    ck_assert_str_eq(b.ptr, "");
}
END_TEST

START_TEST(test_grow_overflow)
{
    bs_buf b = BS_BUF_INIT;

    bs_buf_puts(&b, "x");
    ck_assert_int_eq(bs_buf_grow(&b, SIZE_MAX), 0);
    ck_assert_int_eq(b.failed, 1);
    ck_assert_str_eq(b.ptr, "x");
    bs_buf_free(&b);
    ck_assert_int_eq(bs_buf_grow(&b, SIZE_MAX - 1), 0);
    ck_assert_int_eq(b.failed, 1);
    bs_buf_free(&b);
    ck_assert_int_eq(bs_buf_grow(&b, 10), 1);
    ck_assert_uint_ge(b.cap, 11);
    bs_buf_free(&b);
}
END_TEST

/* bs_alloc_fail_after(n): n allocations succeed, the next one fails,
   the ones after succeed again; the return value counts the allocations
   since the previous call. */
START_TEST(test_alloc_countdown)
{
    void *p[5];
    int i;

    bs_alloc_fail_after(-1);
    ck_assert_int_eq(bs_alloc_fail_after(2), 0);
    p[0] = bs_malloc(8);
    p[1] = bs_realloc(NULL, 8);
    p[2] = bs_malloc(8);
    p[3] = bs_strndup("abc", 3);
    p[4] = bs_malloc(8);
    ck_assert_ptr_nonnull(p[0]);
    ck_assert_ptr_nonnull(p[1]);
    ck_assert_ptr_null(p[2]);
    ck_assert_ptr_nonnull(p[3]);
    ck_assert_str_eq(p[3], "abc");
    ck_assert_ptr_nonnull(p[4]);
    ck_assert_int_eq(bs_alloc_fail_after(-1), 5);
    for (i = 0; i < 5; i++)
        bs_dealloc(p[i]);
    /* bs_strndup fails as a whole */
    bs_alloc_fail_after(0);
    ck_assert_ptr_null(bs_strndup("abc", 3));
    ck_assert_int_eq(bs_alloc_fail_after(-1), 1);
    /* Off: nothing fails, and the count still runs. */
    for (i = 0; i < 3; i++) {
        p[i] = bs_malloc(0); /* zero bytes: still a unique pointer */
        ck_assert_ptr_nonnull(p[i]);
    }
    ck_assert_ptr_ne(p[0], p[1]);
    ck_assert_int_eq(bs_alloc_fail_after(-1), 3);
    for (i = 0; i < 3; i++)
        bs_dealloc(p[i]);
    bs_dealloc(NULL);
}
END_TEST

START_TEST(test_realloc_failure_keeps_block)
{
    char *p = bs_malloc(4), *q;

    ck_assert_ptr_nonnull(p);
    memcpy(p, "abc", 4);
    bs_alloc_fail_after(0);
    q = bs_realloc(p, 1000);
    ck_assert_ptr_null(q);
    bs_alloc_fail_after(-1);
    ck_assert_str_eq(p, "abc"); /* still valid after the failed realloc */
    q = bs_realloc(p, 1000);
    ck_assert_ptr_nonnull(q);
    ck_assert_str_eq(q, "abc");
    bs_dealloc(q);
}
END_TEST

static const struct {
    const char *s;
    size_t n;
    const char *want;
} strndup_cases[] = {
    {"hello", 5, "hello"},
    {"hello", 3, "hel"},
    {"hello", 0, ""},
    {"a\0b", 3, "a"}, /* copies n bytes; C string ends at the NUL */
};

START_TEST(test_strndup)
{
    char *s = bs_strndup(strndup_cases[_i].s, strndup_cases[_i].n);
    bs_arena a;
    char *t;

    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(s, strndup_cases[_i].want);
    ck_assert_mem_eq(s, strndup_cases[_i].s, strndup_cases[_i].n);
    ck_assert_int_eq(s[strndup_cases[_i].n], '\0');
    bs_dealloc(s);

    bs_arena_init(&a);
    t = bs_arena_strndup(&a, strndup_cases[_i].s, strndup_cases[_i].n);
    ck_assert_ptr_nonnull(t);
    ck_assert_str_eq(t, strndup_cases[_i].want);
    ck_assert_mem_eq(t, strndup_cases[_i].s, strndup_cases[_i].n);
    ck_assert_int_eq(t[strndup_cases[_i].n], '\0');
    bs_arena_free(&a);
}
END_TEST

/* ---- arena ---------------------------------------------------------- */

START_TEST(test_arena_alignment)
{
    bs_arena a;
    size_t n;
    const size_t align = _Alignof(max_align_t);

    bs_arena_init(&a);
    for (n = 0; n < 3000; n++) {
        unsigned char *p = bs_arena_alloc(&a, n % 97);
        ck_assert_ptr_nonnull(p);
        ck_assert_msg(((uintptr_t)p % align) == 0,
                      "allocation %zu of %zu bytes misaligned", n, n % 97);
        memset(p, 0xAB, n % 97);
    }
    ck_assert_int_eq(a.failed, 0);
    bs_arena_free(&a);
    ck_assert_ptr_null(a.head);
}
END_TEST

/* Blocks never overlap: fill each with its own pattern, check them all. */
START_TEST(test_arena_no_overlap)
{
    enum { N = 2000 };
    static unsigned char *blk[N];
    static size_t len[N];
    bs_arena a;
    size_t i, k;

    bs_arena_init(&a);
    for (i = 0; i < N; i++) {
        /* mostly small, sometimes larger than a whole chunk */
        len[i] = i % 500 == 499 ? 1500000 + i : (i * 37) % 301;
        blk[i] = bs_arena_alloc(&a, len[i]);
        ck_assert_ptr_nonnull(blk[i]);
        memset(blk[i], (int)(i & 0xFF), len[i]);
    }
    for (i = 0; i < N; i++) {
        for (k = 0; k < len[i]; k++) {
            if (blk[i][k] != (unsigned char)(i & 0xFF))
                ck_abort_msg("block %zu overwritten at %zu", i, k);
        }
    }
    bs_arena_free(&a);
}
END_TEST

START_TEST(test_arena_big)
{
    bs_arena a;
    char *small1, *big, *small2;
    const size_t bigsize = 5u * 1024u * 1024u; /* > the largest chunk */
    bs_arena_chunk *head;

    bs_arena_init(&a);
    small1 = bs_arena_alloc(&a, 10);
    ck_assert_ptr_nonnull(small1);
    head = a.head;
    big = bs_arena_alloc(&a, bigsize);
    ck_assert_ptr_nonnull(big);
    memset(big, 'b', bigsize);
    /* The big block went behind the head, which keeps serving small
       requests. */
    ck_assert_ptr_eq(a.head, head);
    small2 = bs_arena_alloc(&a, 10);
    ck_assert_ptr_nonnull(small2);
    ck_assert_ptr_eq(a.head, head);
    ck_assert_uint_eq((uintptr_t)small2 - (uintptr_t)small1,
                      _Alignof(max_align_t));
    ck_assert_int_eq(big[0], 'b');
    ck_assert_int_eq(big[bigsize - 1], 'b');
    bs_arena_free(&a);
}
END_TEST

/* Requests that cannot be satisfied fail cleanly instead of wrapping
   around into a small block. */
static const size_t huge_sizes[] = {
    SIZE_MAX, SIZE_MAX - 1, SIZE_MAX - 14, SIZE_MAX - 15,
};

START_TEST(test_arena_huge)
{
    bs_arena a;
    void *p;

    bs_arena_init(&a);
    p = bs_arena_alloc(&a, huge_sizes[_i]);
    ck_assert_msg(p == NULL, "a request of %zu bytes returned a block",
                  huge_sizes[_i]);
    ck_assert_int_eq(a.failed, 1);
    bs_arena_free(&a);
    /* strndup of a length whose +1 overflows */
    bs_arena_init(&a);
    ck_assert_ptr_null(bs_arena_strndup(&a, "x", SIZE_MAX));
    ck_assert_int_eq(a.failed, 1);
    bs_arena_free(&a);
    ck_assert_ptr_null(bs_strndup("x", SIZE_MAX));
}
END_TEST

START_TEST(test_arena_fail)
{
    bs_arena a;
    char *p;

    bs_arena_init(&a);
    bs_alloc_fail_after(0);
    ck_assert_ptr_null(bs_arena_alloc(&a, 16));
    ck_assert_int_eq(a.failed, 1);
    bs_alloc_fail_after(0);
    ck_assert_ptr_null(bs_arena_strndup(&a, "abc", 3));
    bs_alloc_fail_after(-1);
    /* The flag stays set for the owner to see; later requests work. */
    p = bs_arena_strndup(&a, "abc", 3);
    ck_assert_ptr_nonnull(p);
    ck_assert_str_eq(p, "abc");
    ck_assert_int_eq(a.failed, 1);
    /* A failure in a later chunk: the first chunk is kept. */
    bs_alloc_fail_after(0);
    ck_assert_ptr_null(bs_arena_alloc(&a, 2u * 1024u * 1024u));
    bs_alloc_fail_after(-1);
    ck_assert_str_eq(p, "abc");
    bs_arena_free(&a);
}
END_TEST

static void
teardown(void)
{
    tu_alloc_reset();
}

static Suite *
buf_suite(void)
{
    Suite *s = suite_create("buf");
    TCase *tc = tcase_create("buf");
    TCase *ta = tcase_create("alloc");
    TCase *tr = tcase_create("arena");

    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_add_test(tc, test_empty_never_null);
    tcase_add_test(tc, test_put_and_putc);
    tcase_add_loop_test(tc, test_put_utf8, 0, (int)TU_COUNT(utf8_cases));
    tcase_add_loop_test(tc, test_put_json, 0, (int)TU_COUNT(json_cases));
    tcase_add_loop_test(tc, test_rtrim, 0, (int)TU_COUNT(rtrim_cases));
    tcase_add_test(tc, test_truncate);
    tcase_add_test(tc, test_detach);
    tcase_add_test(tc, test_fail_first_alloc);
    tcase_add_test(tc, test_fail_keeps_content);
    tcase_add_test(tc, test_grow_overflow);
    suite_add_tcase(s, tc);

    tcase_add_checked_fixture(ta, NULL, teardown);
    tcase_add_test(ta, test_alloc_countdown);
    tcase_add_test(ta, test_realloc_failure_keeps_block);
    tcase_add_loop_test(ta, test_strndup, 0, (int)TU_COUNT(strndup_cases));
    suite_add_tcase(s, ta);

    tcase_add_checked_fixture(tr, NULL, teardown);
    tcase_add_test(tr, test_arena_alignment);
    tcase_add_test(tr, test_arena_no_overlap);
    tcase_add_test(tr, test_arena_big);
    tcase_add_loop_test(tr, test_arena_huge, 0, (int)TU_COUNT(huge_sizes));
    tcase_add_test(tr, test_arena_fail);
    tcase_set_timeout(tr, 30);
    suite_add_tcase(s, tr);
    return s;
}

int
main(void)
{
    return tu_run(buf_suite());
}
