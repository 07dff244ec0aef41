/*
 * arena.c - bump allocation for everything that lives as long as a page.
 *
 * Chunks grow geometrically (16 KiB up to 1 MiB); a request larger than a
 * chunk gets a chunk of its own.  Nothing is freed until bs_arena_free().
 */
#include <stdint.h>
#include <string.h>

#include "internal.h"

struct bs_arena_chunk {
    bs_arena_chunk *next;
    size_t used;
    size_t size;
    /* data follows, aligned to max_align_t */
    _Alignas(max_align_t) unsigned char data[];
};

#define ARENA_MIN (16u * 1024u)
#define ARENA_MAX (1024u * 1024u)

void
bs_arena_init(bs_arena *a)
{
    a->head = NULL;
    a->failed = 0;
}

void *
bs_arena_alloc(bs_arena *a, size_t n)
{
    bs_arena_chunk *c = a->head;
    size_t align = _Alignof(max_align_t);

    if (n > SIZE_MAX - align) { /* rounding up would wrap around */
        a->failed = 1;
        return NULL;
    }
    n = (n + align - 1) & ~(align - 1);
    if (n == 0)
        n = align;
    if (c == NULL || c->size - c->used < n) {
        size_t size = c ? c->size * 2 : ARENA_MIN;

        if (size > ARENA_MAX)
            size = ARENA_MAX;
        if (size < n)
            size = n;
        if (size > SIZE_MAX - sizeof(*c)) {
            a->failed = 1;
            return NULL;
        }
        c = bs_malloc(sizeof(*c) + size);
        if (c == NULL) {
            a->failed = 1;
            return NULL;
        }
        c->size = size;
        c->used = 0;
        /* A chunk made for one big request goes behind the head so the
           head keeps serving small ones. */
        if (a->head != NULL && size == n &&
            a->head->size - a->head->used >= align) {
            c->next = a->head->next;
            a->head->next = c;
            c->used = n;
            return c->data;
        }
        c->next = a->head;
        a->head = c;
    }
    c->used += n;
    return c->data + c->used - n;
}

char *
bs_arena_strndup(bs_arena *a, const char *s, size_t n)
{
    /* n + 1 must not wrap around to a small request */
    char *r = bs_arena_alloc(a, n < SIZE_MAX ? n + 1 : SIZE_MAX);

    if (r == NULL)
        return NULL;
    memcpy(r, s, n);
    r[n] = '\0';
    return r;
}

void
bs_arena_free(bs_arena *a)
{
    bs_arena_chunk *c = a->head;

    while (c != NULL) {
        bs_arena_chunk *next = c->next;
        bs_dealloc(c);
        c = next;
    }
    a->head = NULL;
}
