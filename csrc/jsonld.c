/*
 * jsonld.c - metadata from the page's JSON-LD scripts, parsed by jansson.
 *
 * Real pages use every shape: a single object, an array of objects, an
 * "@graph", "mainEntity" nesting, authors as strings, objects, arrays or
 * "@id" references into the graph, several scripts per page.  Scripts
 * with raw control characters (a common breakage) are repaired before
 * parsing; scripts that still do not parse are skipped.
 *
 * Article-like objects (types ending in "Article", "BlogPosting",
 * "Report", ...) are trusted most; WebPage-like ones less.
 */
#include <string.h>

#include <jansson.h>

#include "internal.h"

#define MAX_WALK_DEPTH 12
#define MAX_OBJECTS 256

typedef struct {
    json_t *obj[MAX_OBJECTS];
    size_t n;
} obj_list;

static int
type_is(const char *t, const char *suffix)
{
    size_t n = strlen(t), k = strlen(suffix);

    return n >= k && strcmp(t + n - k, suffix) == 0;
}

/* 2: an article, 1: a page, 0: other. */
static int
type_rank_one(const char *t)
{
    const char *slash = strrchr(t, '/');

    if (slash)
        t = slash + 1;
    if (type_is(t, "Article") || type_is(t, "BlogPosting") ||
        type_is(t, "Posting") || strcmp(t, "Report") == 0 ||
        strcmp(t, "Review") == 0 || strcmp(t, "Recipe") == 0 ||
        strcmp(t, "HowTo") == 0 || strcmp(t, "LiveBlogPosting") == 0)
        return 2;
    if (type_is(t, "Page") || strcmp(t, "CreativeWork") == 0)
        return 1;
    return 0;
}

static int
type_rank(json_t *o, const char **name)
{
    json_t *t = json_object_get(o, "@type");
    int best = 0;

    *name = NULL;
    if (json_is_string(t)) {
        *name = json_string_value(t);
        /* The Question of a QAPage, asked by its author, is the thread;
           the questions of an FAQ name no author. */
        if (strcmp(*name, "Question") == 0)
            return json_object_get(o, "author") != NULL ? 2 : 0;
        return type_rank_one(*name);
    }
    if (json_is_array(t)) {
        size_t i;
        json_t *v;
        json_array_foreach(t, i, v) {
            if (json_is_string(v)) {
                int r = type_rank_one(json_string_value(v));
                if (r > best || *name == NULL) {
                    if (r >= best)
                        *name = json_string_value(v);
                    if (r > best)
                        best = r;
                }
            }
        }
    }
    return best;
}

/* Is o a product offered for sale (a schema.org Product or ProductGroup
   with its offers)?  A product an article reviews has no offers as a
   rule. */
static int
offers_product(json_t *o)
{
    json_t *t = json_object_get(o, "@type"), *v;
    size_t i;

    if (json_object_get(o, "offers") == NULL)
        return 0;
    if (json_is_string(t))
        return type_is(json_string_value(t), "Product") ||
               type_is(json_string_value(t), "ProductGroup");
    json_array_foreach(t, i, v) {
        if (json_is_string(v) && (type_is(json_string_value(v), "Product") ||
                                  type_is(json_string_value(v), "ProductGroup")))
            return 1;
    }
    return 0;
}

/* Collect every object reachable from v (bounded depth and count). */
static void
collect(json_t *v, obj_list *out, int depth)
{
    if (depth > MAX_WALK_DEPTH || out->n >= MAX_OBJECTS)
        return;
    if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x) collect(x, out, depth + 1);
    } else if (json_is_object(v)) {
        const char *key;
        json_t *x;

        out->obj[out->n++] = v;
        json_object_foreach(v, key, x) {
            if (json_is_array(x) || json_is_object(x)) {
                if (strcmp(key, "@graph") == 0 ||
                    strcmp(key, "mainEntity") == 0 ||
                    strcmp(key, "mainEntityOfPage") == 0 ||
                    strcmp(key, "hasPart") == 0 ||
                    strcmp(key, "itemListElement") == 0 ||
                    strcmp(key, "item") == 0)
                    collect(x, out, depth + 1);
            }
        }
    }
}

static const char *
str_of(json_t *v)
{
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_array(v) && json_array_size(v) > 0)
        return str_of(json_array_get(v, 0));
    if (json_is_object(v)) {
        json_t *x = json_object_get(v, "url");
        if (!json_is_string(x))
            x = json_object_get(v, "@id");
        if (!json_is_string(x))
            x = json_object_get(v, "name");
        if (!json_is_string(x))
            x = json_object_get(v, "@value");
        return json_is_string(x) ? json_string_value(x) : NULL;
    }
    return NULL;
}

static json_t *
find_id(const obj_list *all, const char *id)
{
    size_t i;

    for (i = 0; i < all->n; i++) {
        json_t *x = json_object_get(all->obj[i], "@id");
        if (json_is_string(x) && strcmp(json_string_value(x), id) == 0 &&
            json_object_size(all->obj[i]) > 1)
            return all->obj[i];
    }
    return NULL;
}

static void
set_str(bs_doc *doc, bs_meta *meta, bs_field f, int prio, json_t *v)
{
    const char *s = str_of(v);

    if (s != NULL)
        bs_meta_set(doc, meta, f, prio, "json-ld", s, strlen(s));
}

/* Does this "@type" string name an organisation ("Organization",
   "NewsMediaOrganization", "Corporation", ...)? */
static int
names_organization(json_t *t)
{
    const char *s = json_is_string(t) ? json_string_value(t) : NULL;

    return s != NULL && (strstr(s, "Organization") != NULL ||
                         strstr(s, "Corporation") != NULL);
}

/* An author object that is an organisation, not a person (its "@type",
   a string or a list). */
static int
is_organization(json_t *o)
{
    json_t *t = json_object_get(o, "@type");
    size_t i;
    json_t *x;

    if (json_is_array(t)) {
        json_array_foreach(t, i, x) {
            if (names_organization(x))
                return 1;
        }
        return 0;
    }
    return names_organization(t);
}

/* The bytes of a capital letter at s (ASCII, Latin-1's "À" to "Þ" but
   "×", or any of Latin Extended-A's: "Ł", "Ő"), else 0. */
static size_t
latin_capital(const unsigned char *s)
{
    if (*s >= 'A' && *s <= 'Z')
        return 1;
    if (*s == 0xC3 && s[1] >= 0x80 && s[1] <= 0x9E && s[1] != 0x97)
        return 2;
    if ((*s == 0xC4 || *s == 0xC5) && s[1] >= 0x80 && s[1] <= 0xBF)
        return 2;
    return 0;
}

/* The bytes of a small letter at s (ASCII, Latin-1's "ß" to "ÿ" but
   "÷", or any of Latin Extended-A's), else 0. */
static size_t
latin_small(const unsigned char *s)
{
    if (*s >= 'a' && *s <= 'z')
        return 1;
    if (*s == 0xC3 && s[1] >= 0x9F && s[1] <= 0xBF && s[1] != 0xB7)
        return 2;
    if ((*s == 0xC4 || *s == 0xC5) && s[1] >= 0x80 && s[1] <= 0xBF)
        return 2;
    return 0;
}

/* A person object's one-word name that its own description opens with,
   one or two capitalised words after it ("Stefanus" described as
   "Stefanus Stahl - Maschinenbauer, ..."): the length of the fuller name
   at the start of `bio`, else 0.  Each word is a capital and small
   letters (a hyphen or an apostrophe may join two names: "Jean-Luc",
   "O'Brien"; "Mc" and "Mac" may come first), 30 bytes at most, or a
   middle initial with its full stop that another word follows; the name
   ends the description or comes before a comma, a bracket, a dash or
   small letters.  So "Jane CEO of Acme", "Jane PhD", "Jane P." and "Jane
   Instagram: @jane" keep "Jane"; a third capitalised word leaves it in
   doubt ("Jane Doe Smith Writes"). */
#define BIO_WORD_MAX 30
static size_t
bio_full_name(const char *name, const char *bio)
{
    size_t k = strlen(name), end = 0, words = 0;
    const unsigned char *p;
    int initial = 0;

    if (k < 2 || strchr(name, ' ') != NULL || strncmp(bio, name, k) != 0 ||
        bio[k] != ' ')
        return 0;
    for (p = (const unsigned char *)bio + k; *p == ' ';) {
        const unsigned char *w = p + 1, *q;
        size_t cap = latin_capital(w);
        if (cap == 0)
            break;
        q = w + cap;
        if (*q == '.' && cap == 1) { /* a middle initial, "P." */
            q++;
            initial = 1;
        } else {
            for (;;) {
                size_t small = latin_small(q);
                if (small > 0)
                    q += small;
                else if ((*q == '-' || *q == '\'') && q[1] >= 'A' &&
                         q[1] <= 'Z')
                    q += 2;
                else if (*q >= 'A' && *q <= 'Z' && *w == 'M' &&
                         ((q - w == 2 && w[1] == 'c') ||
                          (q - w == 3 && w[1] == 'a' && w[2] == 'c')))
                    q++; /* "McKenna", "MacLeod" */
                else
                    break;
            }
            if (q == w + cap || q - w > BIO_WORD_MAX)
                return 0;
            initial = 0;
        }
        if (!(*q == '\0' || *q == ' ' || *q == ',' || *q == '(' ||
              *q == ';' || (*q == ':' && q[1] == ' ') ||
              (*q == '.' && !initial)))
            return 0;
        if (++words > 2)
            return 0;
        end = (size_t)((const char *)q - bio);
        p = q;
    }
    /* what follows: the end, punctuation, a dash or small letters */
    if (words > 0 && bio[end] == ' ') {
        unsigned char c = (unsigned char)bio[end + 1];
        if (c >= 'A' && c <= 'Z')
            return 0;
    }
    return words > 0 && !initial ? end : 0;
}

static void
add_author(bs_doc *doc, bs_meta *meta, int prio, json_t *a,
           const obj_list *all)
{
    if (json_is_string(a)) {
        const char *s = json_string_value(a);
        if (strstr(s, "://") == NULL)
            bs_meta_add_authors(doc, meta,
                                bs_meta_is_publisher(meta, s, strlen(s))
                                    ? BS_PRIO_BYLINE - 2
                                    : prio,
                                "json-ld", s, strlen(s));
    } else if (json_is_object(a)) {
        json_t *name = json_object_get(a, "name");
        json_t *bio = json_object_get(a, "description");
        int org = is_organization(a);
        if (!json_is_string(name)) {
            json_t *id = json_object_get(a, "@id");
            json_t *ref = json_is_string(id)
                              ? find_id(all, json_string_value(id))
                              : NULL;
            name = ref ? json_object_get(ref, "name") : NULL;
            bio = ref ? json_object_get(ref, "description") : NULL;
            org = org || (ref != NULL && is_organization(ref));
        }
        if (json_is_string(name)) {
            const char *s = json_string_value(name);
            size_t full = 0;
            if (!org && json_is_string(bio) &&
                !bs_meta_is_publisher(meta, s, strlen(s)))
                full = bio_full_name(s, json_string_value(bio));
            /* An organisation as author is a fallback: a person named in
               a byline on the page wrote the text.  (The name alone when
               its fuller form is no name the cleaner keeps.) */
            if (full == 0 ||
                bs_meta_add_authors(doc, meta, prio, "json-ld",
                                    json_string_value(bio), full) == 0)
                bs_meta_add_authors(doc, meta,
                                    org ? BS_PRIO_BYLINE - 1
                                    : bs_meta_is_publisher(meta, s, strlen(s))
                                        ? BS_PRIO_BYLINE - 2
                                        : prio,
                                    "json-ld", s, strlen(s));
        }
    } else if (json_is_array(a)) {
        size_t i;
        json_t *x;
        json_array_foreach(a, i, x) {
            if (!json_is_array(x))
                add_author(doc, meta, prio, x, all);
        }
    }
}

/* The address of an image: a string, the first of a list, an
   ImageObject's "url" or "contentUrl", or those of the object an "@id"
   refers to ({"@id": "https://ex.org/a/#primaryimage"} in a @graph);
   NULL for a reference found nowhere, which is no image's address. */
static const char *
image_url(json_t *v, const obj_list *all, int depth)
{
    json_t *x;

    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_array(v) && json_array_size(v) > 0 && depth < 2)
        return image_url(json_array_get(v, 0), all, depth + 1);
    if (!json_is_object(v))
        return NULL;
    x = json_object_get(v, "url");
    if (!json_is_string(x))
        x = json_object_get(v, "contentUrl");
    if (json_is_string(x))
        return json_string_value(x);
    x = json_object_get(v, "@id");
    if (json_is_string(x) && depth < 2) {
        json_t *ref = find_id(all, json_string_value(x));
        if (ref != NULL && ref != v)
            return image_url(ref, all, depth + 1);
    }
    return NULL;
}

static void
set_image(bs_doc *doc, bs_meta *meta, int prio, json_t *v,
          const obj_list *all)
{
    const char *s = image_url(v, all, 0);

    if (s != NULL)
        bs_meta_set(doc, meta, BS_FIELD_IMAGE, prio, "json-ld", s, strlen(s));
}

/* The section: the first of a list, and of a list written as one string
   of three names or more ("Travel, berlin, cycling, lichtenberg", the
   categories and tags some publishing systems join there); "Arts, Culture"
   stays one name. */
static void
set_section(bs_doc *doc, bs_meta *meta, int prio, json_t *v)
{
    const char *s = str_of(v), *comma, *p;
    size_t commas = 0;

    if (s == NULL)
        return;
    comma = strchr(s, ',');
    for (p = comma; p != NULL; p = strchr(p + 1, ','))
        commas++;
    bs_meta_set(doc, meta, BS_FIELD_SECTION, prio, "json-ld", s,
                commas >= 2 ? (size_t)(comma - s) : strlen(s));
}

static void
read_object(bs_doc *doc, bs_meta *meta, json_t *o, int prio,
            const char *type, const obj_list *all)
{
    json_t *v;

    v = json_object_get(o, "headline");
    if (!json_is_string(v))
        v = json_object_get(o, "name");
    set_str(doc, meta, BS_FIELD_TITLE, prio, v);
    set_str(doc, meta, BS_FIELD_DATE_PUBLISHED, prio,
            json_object_get(o, "datePublished"));
    if (meta->value[BS_FIELD_DATE_PUBLISHED] == NULL)
        set_str(doc, meta, BS_FIELD_DATE_PUBLISHED, prio - 1,
                json_object_get(o, "dateCreated"));
    set_str(doc, meta, BS_FIELD_DATE_MODIFIED, prio,
            json_object_get(o, "dateModified"));
    set_str(doc, meta, BS_FIELD_DESCRIPTION, prio,
            json_object_get(o, "description"));
    set_image(doc, meta, prio, json_object_get(o, "image"), all);
    if (meta->value[BS_FIELD_IMAGE] == NULL)
        set_image(doc, meta, prio, json_object_get(o, "thumbnailUrl"), all);
    set_section(doc, meta, prio, json_object_get(o, "articleSection"));
    set_str(doc, meta, BS_FIELD_LICENSE, prio, json_object_get(o, "license"));
    v = json_object_get(o, "inLanguage");
    if (json_is_object(v))
        v = json_object_get(v, "alternateName");
    set_str(doc, meta, BS_FIELD_LANGUAGE, prio - 20, v);
    v = json_object_get(o, "publisher");
    if (json_is_object(v)) {
        json_t *name = json_object_get(v, "name");
        if (!json_is_string(name)) {
            json_t *id = json_object_get(v, "@id");
            json_t *ref = json_is_string(id)
                              ? find_id(all, json_string_value(id))
                              : NULL;
            name = ref ? json_object_get(ref, "name") : NULL;
        }
        if (json_is_string(name))
            bs_meta_set(doc, meta, BS_FIELD_SITE_NAME, prio - 15, "json-ld",
                        json_string_value(name),
                        strlen(json_string_value(name)));
    }
    v = json_object_get(o, "author");
    if (v == NULL)
        v = json_object_get(o, "creator");
    if (v != NULL)
        add_author(doc, meta, prio, v, all);
    v = json_object_get(o, "keywords");
    if (json_is_string(v))
        bs_meta_add_tags(doc, meta, prio, "json-ld", json_string_value(v),
                         strlen(json_string_value(v)));
    else if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x) {
            if (json_is_string(x))
                bs_meta_list_add(doc, meta, BS_LIST_TAGS, prio, "json-ld",
                                 json_string_value(x),
                                 strlen(json_string_value(x)));
        }
    }
    if (type != NULL) {
        const char *slash = strrchr(type, '/');
        const char *t = slash ? slash + 1 : type;
        bs_meta_set(doc, meta, BS_FIELD_PAGE_TYPE, prio, "json-ld", t,
                    strlen(t));
    }
}

/* Replace raw control characters (invalid inside JSON strings, common in
   pages) by spaces, and drop HTML comment / CDATA wrappers. */
static char *
repair(const char *s, size_t n, size_t *out_len)
{
    char *r = bs_malloc(n + 1);
    size_t i;
    const char *start = s, *end = s + n;

    if (r == NULL)
        return NULL;
    while (start < end && bs_is_space((unsigned char)*start))
        start++;
    if (end - start >= 4 && memcmp(start, "<!--", 4) == 0)
        start += 4;
    else if (end - start >= 12 && memcmp(start, "//<![CDATA[", 11) == 0)
        start += 11;
    else if (end - start >= 9 && memcmp(start, "<![CDATA[", 9) == 0)
        start += 9;
    while (end > start && bs_is_space((unsigned char)end[-1]))
        end--;
    if (end - start >= 3 && memcmp(end - 3, "-->", 3) == 0)
        end -= 3;
    else if (end - start >= 5 && memcmp(end - 5, "//]]>", 5) == 0)
        end -= 5;
    else if (end - start >= 3 && memcmp(end - 3, "]]>", 3) == 0)
        end -= 3;
    while (end > start && (bs_is_space((unsigned char)end[-1]) ||
                           end[-1] == ';'))
        end--;
    n = (size_t)(end - start);
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)start[i];
        r[i] = c < 0x20 ? ' ' : (char)c;
    }
    r[n] = '\0';
    *out_len = n;
    return r;
}

void
bs_jsonld_collect(bs_doc *doc, bs_meta *meta)
{
    size_t k;

    for (k = 0; k < doc->njsonld; k++) {
        size_t len, i;
        char *text = repair(doc->jsonld[k], doc->jsonld_len[k], &len);
        json_error_t jerr;
        json_t *root;
        obj_list *all;

        if (text == NULL)
            return;
        root = json_loadb(text, len, JSON_DECODE_ANY | JSON_DISABLE_EOF_CHECK,
                          &jerr);
        bs_dealloc(text);
        if (root == NULL) {
            doc->jsonld_failed++;
            continue;
        }
        all = bs_malloc(sizeof(*all));
        if (all == NULL) {
            json_decref(root);
            return;
        }
        all->n = 0;
        collect(root, all, 0);
        /* Articles first, then pages, then the site. */
        for (i = 0; i < all->n; i++) {
            const char *type;
            int rank = type_rank(all->obj[i], &type);
            if (rank == 2)
                read_object(doc, meta, all->obj[i], BS_PRIO_JSONLD, type, all);
            if (offers_product(all->obj[i]))
                meta->sells = 1;
        }
        for (i = 0; i < all->n; i++) {
            const char *type;
            int rank = type_rank(all->obj[i], &type);
            if (rank == 1)
                read_object(doc, meta, all->obj[i], BS_PRIO_JSONLD_PAGE, type,
                            all);
            else if (type != NULL && strcmp(type, "WebSite") == 0) {
                json_t *name = json_object_get(all->obj[i], "name");
                if (json_is_string(name))
                    bs_meta_set(doc, meta, BS_FIELD_SITE_NAME,
                                BS_PRIO_JSONLD_PAGE - 10, "json-ld",
                                json_string_value(name),
                                strlen(json_string_value(name)));
            }
        }
        bs_dealloc(all);
        json_decref(root);
    }
}
