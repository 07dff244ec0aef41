/*
 * alloc.c - the allocator every part of the core goes through.
 *
 * Tests make the N-th allocation fail with bs_alloc_fail_after() to prove
 * that every failure path returns BS_ERR_NOMEM cleanly.  Every failure is
 * also counted, so that bs_extract() reports BS_ERR_NOMEM even when a
 * stage could carry on with less (a dropped author, an empty link).  The
 * counters are thread-local, so this costs nothing to other threads.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static _Thread_local long fail_countdown = -1;
static _Thread_local long alloc_count = 0;
static _Thread_local long failures = 0;

long
bs_alloc_failures(int reset)
{
    long n = failures;

    if (reset)
        failures = 0;
    return n;
}

long
bs_alloc_fail_after(long n)
{
    long made = alloc_count;

    fail_countdown = n;
    alloc_count = 0;
    return made;
}

/* Exactly one allocation fails, as documented: the ones after it
   succeed again, so that a failure that is swallowed (and not turned
   into BS_ERR_NOMEM) shows in the result. */
static int
should_fail(void)
{
    alloc_count++;
    if (fail_countdown < 0)
        return 0;
    if (fail_countdown == 0) {
        fail_countdown = -1;
        return 1;
    }
    fail_countdown--;
    return 0;
}

void *
bs_malloc(size_t n)
{
    void *p = should_fail() ? NULL : malloc(n ? n : 1);

    if (p == NULL)
        failures++;
    return p;
}

void *
bs_realloc(void *p, size_t n)
{
    void *r = should_fail() ? NULL : realloc(p, n ? n : 1);

    if (r == NULL)
        failures++;
    return r;
}

void
bs_dealloc(void *p)
{
    free(p);
}

char *
bs_strndup(const char *s, size_t n)
{
    char *r = n < SIZE_MAX ? bs_malloc(n + 1) : NULL;

    if (r == NULL)
        return NULL;
    memcpy(r, s, n);
    r[n] = '\0';
    return r;
}
