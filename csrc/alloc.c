/*
 * alloc.c - the allocator every part of the core goes through.
 *
 * Tests make the N-th allocation fail with bs_alloc_fail_after() to prove
 * that every failure path returns BS_ERR_NOMEM cleanly.  The counters are
 * thread-local, so this costs nothing to other threads.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static _Thread_local long fail_countdown = -1;
static _Thread_local long alloc_count = 0;

long
bs_alloc_fail_after(long n)
{
    long made = alloc_count;

    fail_countdown = n;
    alloc_count = 0;
    return made;
}

static int
should_fail(void)
{
    alloc_count++;
    if (fail_countdown < 0)
        return 0;
    if (fail_countdown == 0)
        return 1;
    fail_countdown--;
    return 0;
}

void *
bs_malloc(size_t n)
{
    if (should_fail())
        return NULL;
    return malloc(n ? n : 1);
}

void *
bs_realloc(void *p, size_t n)
{
    if (should_fail())
        return NULL;
    return realloc(p, n ? n : 1);
}

void
bs_dealloc(void *p)
{
    free(p);
}

char *
bs_strndup(const char *s, size_t n)
{
    char *r = bs_malloc(n + 1);

    if (r == NULL)
        return NULL;
    memcpy(r, s, n);
    r[n] = '\0';
    return r;
}
