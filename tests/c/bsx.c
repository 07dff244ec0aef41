/*
 * bsx - run the C core on one file and print a rendering.  A developer's
 * tool for the tests and the fuzzer corpus; users have the Python CLI.
 *
 *   bsx FILE [URL] [text|md|html|json|doc]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "broadsheet.h"

int
main(int argc, char **argv)
{
    FILE *f;
    char *data = NULL;
    size_t len = 0, cap = 0, n;
    bs_options opts;
    bs_article *art = NULL;
    bs_error err;
    bs_format fmt = BS_FORMAT_DOCUMENT;
    const char *format = argc > 3 ? argv[3] : "doc";
    char *out;

    if (argc < 2) {
        fprintf(stderr, "usage: bsx FILE [URL] [text|md|html|json|doc]\n");
        return 2;
    }
    f = strcmp(argv[1], "-") == 0 ? stdin : fopen(argv[1], "rb");
    if (f == NULL) {
        perror(argv[1]);
        return 2;
    }
    for (;;) {
        if (len == cap) {
            cap = cap ? cap * 2 : 65536;
            data = realloc(data, cap);
            if (data == NULL)
                return 3;
        }
        n = fread(data + len, 1, cap - len, f);
        if (n == 0)
            break;
        len += n;
    }
    if (f != stdin)
        fclose(f);
    if (strcmp(format, "text") == 0)
        fmt = BS_FORMAT_TEXT;
    else if (strcmp(format, "md") == 0)
        fmt = BS_FORMAT_MARKDOWN;
    else if (strcmp(format, "html") == 0)
        fmt = BS_FORMAT_HTML;
    else if (strcmp(format, "json") == 0)
        fmt = BS_FORMAT_JSON;
    bs_options_init(&opts);
    opts.url = argc > 2 && argv[2][0] ? argv[2] : NULL;
    if (bs_extract(data, len, &opts, &art, &err) != BS_OK) {
        fprintf(stderr, "bsx: %s\n", err.message);
        free(data);
        return 1;
    }
    free(data);
    if (art == NULL) {
        fprintf(stderr, "bsx: no main text\n");
        return 0;
    }
    out = bs_article_render(art, fmt, NULL);
    if (out != NULL)
        fputs(out, stdout);
    bs_free(out);
    bs_article_free(art);
    return 0;
}
