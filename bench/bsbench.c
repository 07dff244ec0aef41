/*
 * bsbench - time the C core alone over a list of pages, and give
 * valgrind --tool=callgrind a fixed workload to count instructions on.
 *
 *   bsbench LIST [PASSES]
 *
 * LIST holds one page per line: a file path, optionally a tab and the
 * page's URL.  Every page is read into memory first; then each pass runs
 * bs_extract and renders what the Python binding renders (the HTML body
 * and the Markdown document) for every page.  Prints pages,
 * megabytes, and the best pass's pages per second.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "broadsheet.h"

typedef struct {
    char *data;
    size_t len;
    char *url;
} page;

static int
read_file(const char *path, page *p)
{
    FILE *f = fopen(path, "rb");
    size_t cap = 0, n;

    if (f == NULL)
        return -1;
    p->data = NULL;
    p->len = 0;
    for (;;) {
        if (p->len == cap) {
            char *grown;
            cap = cap ? cap * 2 : 65536;
            grown = realloc(p->data, cap);
            if (grown == NULL) {
                fclose(f);
                return -1;
            }
            p->data = grown;
        }
        n = fread(p->data + p->len, 1, cap - p->len, f);
        if (n == 0)
            break;
        p->len += n;
    }
    fclose(f);
    return 0;
}

static double
now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
    FILE *list;
    char *line = NULL;
    size_t linecap = 0, npages = 0, cap = 0, bytes = 0, i;
    ssize_t got;
    page *pages = NULL;
    int passes = argc > 2 ? atoi(argv[2]) : 1, pass, failures = 0;
    double best = 0;

    if (argc < 2 || passes < 1) {
        fprintf(stderr, "usage: bsbench LIST [PASSES]\n");
        return 2;
    }
    list = fopen(argv[1], "r");
    if (list == NULL) {
        perror(argv[1]);
        return 2;
    }
    while ((got = getline(&line, &linecap, list)) > 0) {
        char *tab;
        if (line[got - 1] == '\n')
            line[--got] = '\0';
        if (got == 0)
            continue;
        if (npages == cap) {
            page *grown;
            cap = cap ? cap * 2 : 256;
            grown = realloc(pages, cap * sizeof *pages);
            if (grown == NULL)
                return 3;
            pages = grown;
        }
        tab = strchr(line, '\t');
        if (tab != NULL)
            *tab = '\0';
        if (read_file(line, &pages[npages]) != 0) {
            perror(line);
            return 2;
        }
        pages[npages].url = tab != NULL && tab[1] ? strdup(tab + 1) : NULL;
        bytes += pages[npages].len;
        npages++;
    }
    free(line);
    fclose(list);

    for (pass = 0; pass < passes; pass++) {
        double start = now(), took;
        for (i = 0; i < npages; i++) {
            bs_options opts;
            bs_article *art = NULL;
            bs_error err;
            bs_options_init(&opts);
            opts.url = pages[i].url;
            if (bs_extract(pages[i].data, pages[i].len, &opts, &art, &err) != BS_OK) {
                failures++;
                continue;
            }
            if (art != NULL) {
                bs_free(bs_article_render(art, BS_FORMAT_HTML, NULL));
                bs_free(bs_article_render(art, BS_FORMAT_DOCUMENT, NULL));
                bs_article_free(art);
            }
        }
        took = now() - start;
        if (pass == 0 || took < best)
            best = took;
    }
    printf("%zu pages, %.1f MB, best of %d: %.1f pages/s, %.1f MB/s, %d errors\n",
           npages, (double)bytes / 1e6, passes, (double)npages / best,
           (double)bytes / 1e6 / best, failures / passes);
    for (i = 0; i < npages; i++) {
        free(pages[i].data);
        free(pages[i].url);
    }
    free(pages);
    return 0;
}
