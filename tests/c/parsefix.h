/*
 * parsefix.h - the fixture of the suites that look at the tree itself
 * (test_parse, test_hostile): one document parsed with bs_parse(),
 * freed by teardown(), and find_tag() to look into it.
 */
#ifndef BS_PARSEFIX_H
#define BS_PARSEFIX_H

#include "testutil.h"

static bs_doc doc;
static int parsed;

static inline void
parse_len(const char *html, size_t len)
{
    bs_error err;
    bs_status st;

    memset(&doc, 0, sizeof(doc));
    bs_arena_init(&doc.arena);
    bs_init();
    st = bs_parse(html, len, &doc, &err);
    parsed = 1;
    ck_assert_msg(st == BS_OK, "bs_parse: %d %s", (int)st, err.message);
    ck_assert_ptr_nonnull(doc.root);
}

static inline void
parse(const char *html)
{
    parse_len(html, strlen(html));
}

static inline void
teardown(void)
{
    if (parsed)
        bs_doc_free(&doc);
    memset(&doc, 0, sizeof(doc));
    parsed = 0;
    tu_alloc_reset();
}

/* The n-th element (in document order) with this tag, or NULL. */
static inline bs_node *
find_tag(bs_tag tag, int nth)
{
    size_t i;

    for (i = 0; i < doc.nnodes; i++) {
        bs_node *n = bs_doc_node(&doc, i);
        if (n->tag == tag && nth-- == 0)
            return n;
    }
    return NULL;
}

#endif /* BS_PARSEFIX_H */
