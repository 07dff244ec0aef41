/*
 * byline.c - bylines and datelines in the page's text, for the article's
 * metadata.
 *
 * meta.c reads what the markup declares (meta tags, JSON-LD, byline
 * elements named by class); what is left is written in the text: the
 * short lines before the content's first paragraph ("By Jane Doe",
 * "06.11.2023 13:30 von Jane Doe"), the lines under the page's headline,
 * a line a byline label opens anywhere, and the fallbacks when none names
 * anyone (the profile rel=author points to, a thread's first user, a
 * personal site's copyright line).  Lines read as a byline or dateline
 * leave the body.
 */
#include <string.h>

#include "internal.h"

/* Is [s, s + n) a person's name: two to max_words capitalised words, no
   digits, no company's form ("GmbH", "Inc.")? */
static int
is_person_name(const char *s, size_t n, size_t max_words)
{
    size_t words = bs_name_words(s, n);

    return words >= 2 && words <= max_words && !bs_is_company_name(s, n);
}

/* The earliest separator in s: where what follows it starts, or NULL. */
static const char *
after_separator(const char *s)
{
    static const char *const seps[] = {" - ", " | ", "\xc2\xb7",
                                       " \xe2\x80\x93 ", " \xe2\x80\x94 ",
                                       "\xe2\x80\xa2", " von ", " by ",
                                       " par ", " por "};
    const char *p = NULL;
    size_t i;

    for (i = 0; i < sizeof(seps) / sizeof(seps[0]); i++) {
        const char *q = strstr(s, seps[i]);
        if (q != NULL && (p == NULL || q + strlen(seps[i]) < p))
            p = q + strlen(seps[i]);
    }
    return p;
}

/* The name a dated line gives at p, after a separator: two to four
   capitalised words, no digits, after a one-word label ("Redaktion:")
   and before a comma, a bar, a bracket or a word in lower case.  Returns
   where it starts and sets *len, or returns NULL. */
static const char *
name_after(const char *p, size_t *len)
{
    const char *e, *c;

    while (*p == ' ')
        p++;
    c = strchr(p, ':'); /* a label: "Redaktion:", "Text:" */
    if (c != NULL && memchr(p, ' ', (size_t)(c - p)) == NULL)
        p = c + 1;
    while (*p == ' ')
        p++;
    e = p + strcspn(p, "(|,;");
    /* the name ends before a word in lower case ("Jane Doe in Politics") */
    for (c = p; c < e; c++)
        if (c > p && c[-1] == ' ' && *c >= 'a' && *c <= 'z') {
            e = c;
            break;
        }
    while (e > p && e[-1] == ' ')
        e--;
    if (e - p < 5 || e - p > 50)
        return NULL;
    if (!is_person_name(p, (size_t)(e - p), 4))
        return NULL;
    *len = (size_t)(e - p);
    return p;
}

/* The name that follows a date and a separator in s ("<date> - Jane
   Doe", "<date> | Redaktion: Jane Doe (role)", "<date> von Jane Doe"),
   trying the part after each separator in turn ("04.02.2022 | 13:10 Uhr
   | Jane Doe" has the time first; at most DATED_PARTS parts).  Returns
   where it starts in s and sets *len, or returns NULL. */
#define DATED_PARTS 4

static const char *
dated_name(const char *s, size_t *len)
{
    const char *p = s, *name;
    int i;

    for (i = 0; i < DATED_PARTS; i++) {
        p = after_separator(p);
        if (p == NULL)
            return NULL;
        name = name_after(p, len);
        if (name != NULL)
            return name;
    }
    return NULL;
}

/* Is an author a login name: one word of three bytes or more, joined by
   "_" or holding a digit ("Matt_Brooks", "link78"), joined by "." or "-"
   without a capital ("gabor_munier", "christian.stadtfeld"; not
   "Jean-Luc"), or with a capital after small letters that start no
   name's prefix ("KatieS"; not "McKenna", "DeVito")?  One in lower case
   alone may be a name ("janedoe"; squashed_name() tells). */
static int
is_handle(const char *s)
{
    static const char *const prefixes[] = {"Mc", "Mac", "De", "Di", "Da",
                                           "Du", "La", "Le", "Van", "Von",
                                           "Fitz", "O"};
    const char *p;
    int joined = 0, dotted = 0, caps = 0;
    size_t inner = 0, i;

    if (strlen(s) < 3 || strchr(s, ' ') != NULL)
        return 0;
    for (p = s; *p != '\0'; p++) {
        int cap = *p >= 'A' && *p <= 'Z';
        caps |= cap;
        if (cap && inner == 0 && p > s && p[-1] >= 'a' && p[-1] <= 'z')
            inner = (size_t)(p - s);
        joined |= *p == '_' || (*p >= '0' && *p <= '9');
        dotted |= *p == '.' || *p == '-';
    }
    if (joined || (dotted && !caps))
        return 1;
    if (inner == 0)
        return 0;
    for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
        if (strlen(prefixes[i]) == inner && memcmp(s, prefixes[i], inner) == 0)
            return 0;
    return 1;
}

/* Is the one-word `login` the name `v` written small and run together
   ("arianschlichenmayer" for "Arian Schlichenmayer")? */
static int
squashed_name(const char *v, const char *login)
{
    const char *p = login;

    if (strchr(v, ' ') == NULL || strchr(login, ' ') != NULL)
        return 0;
    for (; *v; v++) {
        char c = *v;
        if (c == ' ' || c == '.' || c == '-' || c == '_' || c == '\'')
            continue;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        while (*p == '.' || *p == '-' || *p == '_')
            p++;
        if (*p != c)
            return 0;
        p++;
    }
    return *p == '\0';
}

/* Does the byline name `v` stand for the metadata's author `one`: the same
   name in any case, `one` is its first name alone ("Todd" for "Todd
   Bates"), the name after a title ("Dr Jane Doe" for "Jane Doe") or,
   when `logins` (not in a forum, where the user's login is the name), a
   login name where the byline has a name of words? */
static int
covers_name(const char *v, const char *one, int logins)
{
    size_t k = strlen(one);

    if (logins && (is_handle(one) || squashed_name(v, one)) &&
        strchr(v, ' ') != NULL)
        return 1;

    if (strchr(one, ' ') == NULL && k >= 2 && strncmp(v, one, k) == 0 &&
        v[k] == ' ')
        return 1;
    /* "Dr Jane Doe" for "Jane Doe": a title before the whole name */
    if (strchr(one, ' ') != NULL && strlen(v) > k + 1 &&
        v[strlen(v) - k - 1] == ' ' && strcmp(v + strlen(v) - k, one) == 0)
        return 1;
    return strlen(v) == k && bs_ci_eq(v, one, k);
}

/* The names the page's j-th kept byline gives, into `names` (a list of
   its own; its names live in the document's arena): their count. */
static size_t
byline_names(bs_doc *doc, const bs_meta *meta, size_t j, bs_meta *names)
{
    bs_meta_init(names);
    names->base_url = meta->base_url;
    bs_meta_add_authors(doc, names, BS_PRIO_BYLINE, "byline",
                        meta->bylines[j], strlen(meta->bylines[j]));
    return names->count[BS_LIST_AUTHORS];
}

/* The byline's names replace the authors, at their rank. */
static void
take_byline_names(bs_doc *doc, bs_meta *meta, const char *const *list,
                  size_t n)
{
    size_t i;

    meta->count[BS_LIST_AUTHORS] = 0;
    for (i = 0; i < n; i++)
        bs_meta_list_add(doc, meta, BS_LIST_AUTHORS,
                         meta->list_prio[BS_LIST_AUTHORS], "byline", list[i],
                         strlen(list[i]));
    meta->list_source[BS_LIST_AUTHORS] = "byline";
}

/* Authors from the metadata that a byline of the page gives whole: a lone
   first name ("Todd" for "By Todd Bates") or some of its names ("Rudolf
   Fischer" for "von Rudolf Fischer, Simon Kohler").  When the byline's
   names cover every author the metadata gave and say more, they replace
   them. */
static void
fuller_byline(bs_doc *doc, bs_meta *meta)
{
    size_t have = meta->count[BS_LIST_AUTHORS], i, j, k;
    int logins = bs_meta_page_kind(meta) != BS_PAGE_THREAD;

    if (have == 0)
        return;
    for (j = 0; j < meta->nbylines; j++) {
        bs_meta names;
        size_t got = byline_names(doc, meta, j, &names), fuller = 0;

        if (got < have)
            continue;
        for (k = 0; k < have; k++) {
            const char *one = meta->list[BS_LIST_AUTHORS][k];

            for (i = 0; i < got; i++)
                if (covers_name(names.list[BS_LIST_AUTHORS][i], one,
                                logins))
                    break;
            if (i == got)
                break;
            fuller += strcmp(names.list[BS_LIST_AUTHORS][i], one) != 0;
        }
        if (k < have || (got == have && fuller == 0))
            continue;
        take_byline_names(doc, meta, names.list[BS_LIST_AUTHORS], got);
        return;
    }
}

/* Does the text start with a byline word ("By", "Von", "Par", ...)? */
static int
starts_byline(const char *s, size_t n)
{
    static const char *const words[] = {
        "by ", "by:", "posted by ", "written by ", "words by ", "story by ",
        "posted by:", "written by:",
        "von ", "par ", "por ", "door ", "di ", "av ", "autor:", "author:",
        "autorin:", "auteur:", "text:", "texte:", "text von ",
        /* "Text & Fotos: Jane Doe", "Text und Bilder: Jane Doe" */
        "text & fotos:", "text und fotos:", "text & bilder:",
        "text und bilder:"};
    size_t i;

    for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
        size_t k = strlen(words[i]);
        if (n > k && bs_strcasestr_n(s, k, words[i])) {
            /* a name follows: a capital (or a non-ASCII letter), not
               "By the third day..." */
            unsigned char c;
            while (k < n && bs_is_space((unsigned char)s[k]))
                k++;
            c = k < n ? (unsigned char)s[k] : 0;
            return (c >= 'A' && c <= 'Z') || c >= 0xC0;
        }
    }
    return 0;
}

static int
mentions_author(const bs_meta *meta, const char *s)
{
    size_t i;

    for (i = 0; i < meta->count[BS_LIST_AUTHORS]; i++) {
        const char *a = meta->list[BS_LIST_AUTHORS][i];
        /* (a line naming the publisher, "Use Acme to ...", is no
           byline) */
        if (strlen(a) >= 4 && strstr(s, a) != NULL &&
            !bs_meta_is_publisher(meta, a, strlen(a)))
            return 1;
    }
    return 0;
}

/* Where a scan for the byline under a headline stops: a paragraph of 100
   characters or more has begun the text (a standfirst set as a heading
   has not). */
static int
text_begins(const bs_node *n)
{
    return n->tag != BS_TAG_TEXT && n->chars >= 100 &&
           (n->tag == BS_TAG_P || !(n->flags & BS_NF_HASBLOCK)) &&
           !(bs_tag_flags((bs_tag)n->tag) & BS_TF_HEADING);
}

/* Is n a block with text and no block inside: a line of the text? */
static int
text_block(const bs_node *n)
{
    return n->tag != BS_TAG_TEXT && n->chars > 0 &&
           (bs_tag_flags((bs_tag)n->tag) & BS_TF_BLOCK) &&
           !(n->flags & BS_NF_HASBLOCK);
}

/* A short line that may be the byline or the dateline: a block of less
   than 100 characters with no blocks inside, no heading, no table's
   header cell. */
static int
is_short_line(const bs_node *n)
{
    return text_block(n) && n->chars < 100 &&
           !(bs_tag_flags((bs_tag)n->tag) & BS_TF_HEADING) &&
           n->tag != BS_TAG_TH;
}

/* "11.12.2019 - Jane Doe", "5 May 2020 | Text: Jane Doe (editor)": the
   name after the date of a dated line, as the author; 1 when one was. */
static int
add_dated_name(bs_doc *doc, bs_meta *meta, const char *line)
{
    size_t nl;
    const char *name = dated_name(line, &nl);

    if (name == NULL)
        return 0;
    bs_meta_list_add(doc, meta, BS_LIST_AUTHORS, BS_PRIO_BYLINE - 1,
                     "byline", name, nl);
    return 1;
}

/* Is the line t two or three capitalised words and nothing else ("Jane
   Doe")? */
static int
is_bare_name(bs_buf *t)
{
    bs_buf_rtrim(t);
    return t->len >= 5 && t->len <= 40 && is_person_name(t->ptr, t->len, 3);
}

#define LEAD_MAX 400

/* A block of short lines under the headline, read as one ("2025-12-17
   \xc2\xb7 <a><div>Jane Doe</div></a>"). */
static int
is_short_block(const bs_node *n)
{
    unsigned tf = bs_tag_flags((bs_tag)n->tag);

    return n->tag != BS_TAG_TEXT && n->chars > 0 && n->chars < 60 &&
           (tf & BS_TF_BLOCK) && !(tf & BS_TF_HEADING);
}

/* The page's first <h1>, or NULL. */
static const bs_node *
first_h1(const bs_doc *doc)
{
    size_t i;

    for (i = 0; i < doc->nnodes; i++)
        if (bs_doc_node(doc, i)->tag == BS_TAG_H1)
            return bs_doc_node(doc, i);
    return NULL;
}

static int
credit_words(const char *s, size_t n);

/* A walk over the short lines right under the page's first <h1>, which
   may sit outside the content (an article's header above its text): it
   passes over a standfirst, one paragraph, and stops where the text
   begins, at the next heading or after HEADER_LOOK lines. */
#define HEADER_LOOK 6
typedef struct {
    const bs_node *n; /* where the walk goes on, NULL when it ended */
    int looked;       /* lines given so far */
    int lead;         /* the standfirst was passed over */
    int bylines;      /* also give blocks of short lines (is_short_block),
                         pass over no standfirst after a line, and go
                         into figures */
} header_walk;

static void
header_start(header_walk *w, const bs_node *h1, int bylines)
{
    w->n = h1 != NULL ? bs_node_next(h1, NULL, 1) : NULL;
    w->looked = 0;
    w->lead = 0;
    w->bylines = bylines;
}

/* The next line of the walk, or NULL. */
static const bs_node *
header_next(header_walk *w)
{
    const bs_node *n = w->n;

    while (n != NULL && w->looked < HEADER_LOOK) {
        unsigned tf = bs_tag_flags((bs_tag)n->tag);
        int skip = (n->flags & BS_NF_UNSEEN) != 0 ||
                   (n->tag != BS_TAG_TEXT && (tf & BS_TF_SKIP));

        if (!skip && n->tag != BS_TAG_TEXT) {
            if (tf & BS_TF_HEADING)
                break;
            if (!w->bylines && n->tag == BS_TAG_FIGURE) {
                skip = 1; /* the lead picture and its caption */
            } else if (text_begins(n)) {
                if (w->lead || (w->bylines && w->looked > 0) ||
                    n->tag != BS_TAG_P || n->chars > LEAD_MAX)
                    break;
                w->lead = 1;
                skip = 1;
            } else if (is_short_line(n) ||
                       (w->bylines && is_short_block(n))) {
                w->looked++;
                w->n = bs_node_next(n, NULL, 1);
                return n;
            }
        }
        n = bs_node_next(n, NULL, skip);
    }
    w->n = NULL;
    return NULL;
}

/* No byline in the content: the lines under the headline (header_walk):
   "by: Jane Doe, Dec 17, 2025", "Dec 26, 2025 \xe2\x80\xa2 Jane Doe", or
   a news agency's credit alone ("JIJI", "Reuters", "AP/dpa";
   credit_words(), opening with a capital). */
static void
header_byline(bs_doc *doc, bs_meta *meta, bs_buf *t)
{
    const bs_node *n, *name = NULL;
    header_walk w;

    n = first_h1(doc);
    if (n == NULL)
        return;
    /* a dateline just above the headline ("04.02.2022 | 13:10 Uhr | Jane
       Doe") */
    {
        const bs_node *p = n->prev;
        int k;
        for (k = 0; p != NULL && k < 2; p = p->prev) {
            char iso[32];
            if (p->tag == BS_TAG_TEXT || (p->flags & BS_NF_UNSEEN))
                continue;
            k++;
            if (p->chars == 0 || p->chars >= 100 ||
                (p->flags & BS_NF_HASBLOCK) ||
                (bs_tag_flags((bs_tag)p->tag) & BS_TF_HEADING))
                continue;
            bs_buf_clear(t);
            bs_node_text_all(p, t, 100);
            if (t->failed)
                return;
            if (bs_date_parse(t->ptr, t->len, iso, meta->now) &&
                add_dated_name(doc, meta, t->ptr))
                return;
        }
    }
    for (header_start(&w, n, 1); (n = header_next(&w)) != NULL;) {
        char iso[32];

        bs_buf_clear(t);
        bs_node_text(n, t);
        if (t->failed)
            return;
        bs_buf_rtrim(t);
        if (starts_byline(t->ptr, t->len) ||
            (t->len >= 2 && t->ptr[0] >= 'A' && t->ptr[0] <= 'Z' &&
             credit_words(t->ptr, t->len))) {
            bs_meta_add_authors(doc, meta, BS_PRIO_BYLINE - 1, "byline",
                                t->ptr, t->len);
            if (meta->count[BS_LIST_AUTHORS] > 0)
                return;
        } else if (bs_date_parse(t->ptr, t->len, iso, meta->now)) {
            if (add_dated_name(doc, meta, t->ptr))
                return;
            /* the name on the line above the date's */
            if (name != NULL) {
                bs_buf_clear(t);
                bs_node_text(name, t);
                bs_buf_rtrim(t);
                if (!t->failed)
                    bs_meta_add_authors(doc, meta, BS_PRIO_TEXT, "byline",
                                        t->ptr, t->len);
                return;
            }
        }
        name = is_bare_name(t) ? n : NULL;
    }
}

/* A date of the metadata that may be read either way ("03-09-2026"): the
   lines under the headline (header_walk) may write it with the month's
   name ("March 9, 2026"), which bs_meta_set prefers then. */
static void
header_dates(bs_doc *doc, bs_meta *meta, bs_buf *t)
{
    const bs_node *n;
    header_walk w;

    for (header_start(&w, first_h1(doc), 0); (n = header_next(&w)) != NULL;) {
        bs_buf_clear(t);
        bs_node_text_all(n, t, 100);
        if (t->failed)
            return;
        bs_meta_set(doc, meta, bs_text_date_field(t->ptr, t->len),
                    BS_PRIO_TEXT, "text", t->ptr, t->len);
    }
}

/* Is n, or an element above it, hidden (boilerplate removed is not)? */
static int
is_hidden(const bs_node *n)
{
    for (; n != NULL; n = n->parent)
        if (n->flags & BS_NF_UNSEEN)
            return 1;
    return 0;
}

/* Labels that name the author beyond doubt, unlike a bare "By": the name
   follows them on their line ("Written by Jane Doe", "Author: Jane Doe")
   or, when they stand alone, on the next line. */
static const char *const labels[] = {
    "article by", "written by", "posted by", "words by", "story by",
    "geschrieben von", "verfasst von", "text von", "author", "authors",
    "autor",
    "autorin", "autoren", "autor/in", "auteur", "autore",
    /* Chinese: the author, the editor in charge, the reporter */
    "\xe4\xbd\x9c\xe8\x80\x85",
    "\xe8\xb4\xa3\xe4\xbb\xbb\xe7\xbc\x96\xe8\xbe\x91", BS_ZH_REPORTER};
#define NLABELS (sizeof(labels) / sizeof(labels[0]))

static int
names_only(const char *s, size_t n);

/* The words that join names ("Jane Doe und John Roe"). */
static const char *const name_joins[] = {"and", "und", "&", "et", "y", "e",
                                         "en", "i", "u"};

/* Does [s, s + n) join names ("Jane Doe und John Roe", "Jane Doe, John
   Roe"): a comma and a space, or a joining word between spaces?  Not one
   phrase ("Submission Guidelines"). */
static int
several_names(const char *s, size_t n)
{
    size_t k, j;

    for (k = 0; k + 1 < n; k++) {
        if (s[k] == ',' && s[k + 1] == ' ')
            return 1;
        if (s[k] != ' ')
            continue;
        for (j = k + 1; j < n && s[j] != ' '; j++)
            ;
        if (j < n &&
            bs_word_among(s + k + 1, j - k - 1, BS_WORDS(name_joins), 0) > 0)
            return 1;
    }
    return 0;
}

/* The length of a Chinese name alone that opens [s, s + n): two to four
   Chinese characters, then the line's end or a space ("焦鹏 来源：..."); 0
   for a sentence ("您如何看待今年的经济形势？"). */
static size_t
cjk_name_at(const char *s, size_t n)
{
    size_t i = 0, chars = 0;

    while (i + 3 <= n && (unsigned char)s[i] >= 0xE4 &&
           (unsigned char)s[i] <= 0xE9) {
        i += 3;
        chars++;
    }
    if (chars < 2 || chars > 4 ||
        !(i == n || s[i] == ' ' ||
          (i + 3 <= n && memcmp(s + i, "\xe3\x80\x80", 3) == 0)))
        return 0;
    return i;
}

/* Does a label open s, with its separator, then a name (a capital or a
   letter beyond ASCII: not "Written by the council")?  A label of one
   word needs its colon, or names alone after it, two or more joined
   ("Autoren Jane Doe und John Roe"; not "Author Submission
   Guidelines").  A Chinese label may stand inside the line (see below).
   *from is where the names start, after the label; *end where a Chinese
   name ends, else n. */
static int
opens_with_label(const char *s, size_t n, size_t *from, size_t *end)
{
    size_t k;

    for (k = 0; k < NLABELS; k++) {
        size_t l = strlen(labels[k]);
        unsigned char c;
        int bare = 0;
        /* a Chinese label and its full-width colon ("【纠错】
           责任编辑： 焦鹏"), opening the line or after a space or a
           bracket, then a name alone */
        if ((unsigned char)labels[k][0] >= 0x80) {
            const char *c = s, *e = s + n;
            for (; (c = memchr(c, 0xEF, (size_t)(e - c))) != NULL; c++) {
                const char *b;
                size_t at, k2;
                if (!(e - c > 3 && c[1] == '\xbc' && c[2] == '\x9a' &&
                      c - s >= (ptrdiff_t)l &&
                      memcmp(c - l, labels[k], l) == 0))
                    continue;
                b = c - l;
                if (!(b == s || b[-1] == ' ' ||
                      (b - s >= 3 && (memcmp(b - 3, "\xe3\x80\x91", 3) == 0 ||
                                      memcmp(b - 3, "\xe3\x80\x80", 3) == 0))))
                    continue;
                for (at = (size_t)(c - s) + 3;
                     at < n && bs_is_space((unsigned char)s[at]); at++)
                    ;
                /* ("作者： 记者王敬照": the reporter's title first) */
                if (n - at > 6 && memcmp(s + at, BS_ZH_REPORTER, 6) == 0)
                    for (at += 6; at < n && s[at] == ' '; at++)
                        ;
                if ((k2 = cjk_name_at(s + at, n - at)) > 0) {
                    *from = at;
                    *end = at + k2;
                    return 1;
                }
            }
            continue;
        }
        if (n <= l + 1 || !bs_ci_eq(s, labels[k], l))
            continue;
        if (s[l] == ' ' && strchr(labels[k], ' ') == NULL)
            bare = names_only(s + l + 1, n - l - 1) &&
                   several_names(s + l + 1, n - l - 1);
        if (!(s[l] == ':' || bare ||
              (s[l] == ' ' && strchr(labels[k], ' ') != NULL)))
            continue;
        for (l++; l < n && bs_is_space((unsigned char)s[l]); l++)
            ;
        c = l < n ? (unsigned char)s[l] : 0;
        *from = l;
        *end = n;
        return (c >= 'A' && c <= 'Z') || c >= 0xC0;
    }
    return 0;
}

/* A line that is a byline label alone ("Article by", "Written by",
   "Author:"), the page's furniture or not: the name is the next line.
   Returns 1 when it gave one. */
#define LABEL_MAX 20
#define LABEL_NAME_MAX 60
static int
label_then_name(bs_doc *doc, bs_meta *meta, const bs_node *n, bs_buf *t,
                int prio)
{
    size_t k, len, bare;
    const bs_node *m;
    int steps;

    bs_buf_clear(t);
    bs_node_text_all(n, t, LABEL_MAX * 2);
    len = t->len;
    while (len > 0 && bs_is_space((unsigned char)t->ptr[len - 1]))
        len--;
    bare = len; /* (the colon kept) */
    while (len > 0 && (t->ptr[len - 1] == ':' ||
                       bs_is_space((unsigned char)t->ptr[len - 1])))
        len--;
    for (k = 0; k < NLABELS; k++)
        if (strlen(labels[k]) == len && bs_ci_eq(t->ptr, labels[k], len))
            break;
    /* a credits' "Interview" over the interviewer's name (with a colon,
       "Interview: Jane Doe", "<b>Interview:</b> Jane Doe", a menu's link
       names whom it interviews) */
    if (k == NLABELS && len == 9 && bare == 9 &&
        bs_ci_eq(t->ptr, "interview", 9))
        k = 0;
    if (t->failed || k == NLABELS || bs_in_comment(n))
        return 0;
    /* the next element or text with words in it */
    bs_buf_clear(t);
    for (m = bs_node_next(n, NULL, 1), steps = 0;
         m != NULL && t->len == 0 && steps < 8;
         m = bs_node_next(m, NULL, 1), steps++) {
        if (is_hidden(m) || (bs_tag_flags((bs_tag)m->tag) & BS_TF_SKIP))
            continue;
        bs_node_text_all(m, t, LABEL_NAME_MAX);
        bs_buf_rtrim(t);
    }
    if (t->failed || t->len < 4 || t->len > LABEL_NAME_MAX)
        return 0;
    if (!is_person_name(t->ptr, t->len, 4))
        return 0;
    return bs_meta_add_authors(doc, meta, prio, "byline", t->ptr, t->len) >
           0;
}

/* Does element m (or NULL, the parent's edge) end a line of text? */
static int
ends_line(const bs_node *m)
{
    return m == NULL || m->tag == BS_TAG_BR ||
           (bs_tag_flags((bs_tag)m->tag) & BS_TF_BLOCK) ||
           (m->tag != BS_TAG_TEXT && (m->flags & BS_NF_HASBLOCK));
}

/* Does n open a line of inline content in an element that holds blocks
   too, a line no block holds alone ("<div><div>...</div><span>Label:
   Name</span></div>")? */
static int
opens_loose_line(const bs_node *n)
{
    const bs_node *p = n->parent;

    return p != NULL && !ends_line(n) && ends_line(n->prev) &&
           !(bs_tag_flags((bs_tag)p->tag) & BS_TF_SKIP) &&
           (p->flags & BS_NF_HASBLOCK) && !(n->flags & BS_NF_UNSEEN);
}

/* The text of the line n opens, up to the next block or <br>, into t (a
   closing space kept between neighbours' words). */
static void
loose_line(const bs_node *n, bs_buf *t, size_t max)
{
    bs_buf_clear(t);
    for (; n != NULL && !ends_line(n) && t->len <= max; n = n->next) {
        const bs_node *e = n;

        bs_node_text_all(n, t, max);
        /* (the last text inside an element too: "<span>Autor: Jane
           </span><span>Doe</span>") */
        while (e->tag != BS_TAG_TEXT && e->last != NULL)
            e = e->last;
        if (e->tag == BS_TAG_TEXT && e->len > 0 && t->len > 0 &&
            bs_is_space((unsigned char)e->text[e->len - 1]))
            bs_buf_putc(t, ' ');
    }
    bs_buf_rtrim(t);
}

/* Does the first text in n open with the word "This" (its first eight
   elements looked at)? */
static int
opens_with_this(const bs_node *n)
{
    const bs_node *m;
    int seen = 0;

    for (m = n->first; m != NULL && seen < 8; m = bs_node_next(m, n, 0)) {
        const char *p;
        seen++;
        if (m->tag != BS_TAG_TEXT)
            continue;
        for (p = m->text; bs_is_space((unsigned char)*p); p++)
            ;
        if (*p != '\0') {
            size_t k = 0;
            while (k < 5 && p[k] != '\0')
                k++;
            /* (and "<em>This</em> post was ...") */
            return bs_starts_ci(p, k, "this ") ||
                   (k == 4 && bs_ci_eq(p, "this", 4));
        }
    }
    return 0;
}

/* "This post was written by Jane Doe, MD, ...", "This blog post was
   authored by ...": a sentence that says who wrote the text, one to four
   words before its verb, one of them a word for the text itself ("post",
   "article"; not "This song was written by John Lennon").  Where the
   names start in *from, where they end (before "and first appeared ...")
   in *to; 0 when the sentence is none of those. */
static int
written_by_sentence(const char *s, size_t n, size_t *from, size_t *to)
{
    static const char *const verbs[] = {" was written by ",
                                        " was authored by ",
                                        " was contributed by "};
    static const char *const texts[] = {
        "post",    "article", "story",      "piece",  "blog",
        "column",  "content", "guide",      "essay",  "report",
        "page",    "entry",   "feature",    "op-ed",  "commentary",
        "review",  "update",  "newsletter", "explainer"};
    size_t i, j, w = 5, words = 0, e;
    int text = 0;

    if (n < 20 || !bs_ci_eq(s, "this ", 5))
        return 0;
    for (j = 5; j < n && words < 4; j++) {
        if (s[j] != ' ')
            continue;
        words++;
        if (bs_word_among(s + w, j - w, BS_WORDS(texts), 1) > 0)
            text = 1;
        w = j + 1;
        for (i = 0; text && i < sizeof(verbs) / sizeof(verbs[0]); i++) {
            size_t k = strlen(verbs[i]);
            unsigned char c;
            if (!(j + k < n && bs_ci_eq(s + j, verbs[i], k)))
                continue;
            c = (unsigned char)s[j + k];
            *from = j + k;
            /* the names end where the sentence goes on with a verb in
               small letters: " and first appeared", " and originally
               published by" */
            for (e = *from; e < n; e++)
                if (e + 5 < n && bs_ci_eq(s + e, " and ", 5) &&
                    s[e + 5] >= 'a' && s[e + 5] <= 'z')
                    break;
            *to = e;
            /* (not "written by AI and edited by ...") */
            if (e - *from >= 2 && bs_ci_eq(s + *from, "ai", 2) &&
                (e - *from == 2 || s[*from + 2] == ' ' ||
                 s[*from + 2] == '.' || s[*from + 2] == ','))
                return 0;
            return (c >= 'A' && c <= 'Z') || c >= 0xC0;
        }
    }
    return 0;
}

/* Nothing under the headline either: a short line anywhere on the page
   that one of the labels opens ("Written by Jane Doe" over an author box,
   "Author: Jane Doe"), a block's or one no block holds alone, a label
   alone over the name, or a sentence that says who wrote the text ("This
   post was written by Jane Doe, ..."). */
#define LABELLED_MAX 80
#define WRITTEN_BY_MAX 200
static void
labelled_byline(bs_doc *doc, bs_meta *meta, bs_buf *t, int prio)
{
    size_t i, from, end, to;

    for (i = 0; i < doc->nnodes; i++) {
        const bs_node *n = bs_doc_node(doc, i);
        unsigned tf = bs_tag_flags((bs_tag)n->tag);

        /* a line in a block beside blocks ("<div><div>...</div>
           <span>Autor: Jane Doe</span></div>") */
        int loose = opens_loose_line(n) && !is_hidden(n);

        /* (a form's choice, "<option>Author</option>", is none) */
        if (!loose &&
            (n->tag == BS_TAG_TEXT || n->chars < 5 ||
             n->chars > WRITTEN_BY_MAX || (n->flags & BS_NF_HASBLOCK) ||
             !(tf & BS_TF_BLOCK) || (tf & BS_TF_SKIP) || is_hidden(n) ||
             (n->chars > LABELLED_MAX && !opens_with_this(n))))
            continue;
        if (loose) {
            loose_line(n, t, LABELLED_MAX * 2);
            if (t->len > LABELLED_MAX * 2)
                continue;
        } else {
            if (n->chars <= LABEL_MAX &&
                label_then_name(doc, meta, n, t, prio))
                return;
            bs_buf_clear(t);
            bs_node_text_all(n, t, WRITTEN_BY_MAX * 2);
        }
        if (t->failed)
            return;
        /* a sentence that says who wrote the text, which may run
           longer */
        if (!loose && written_by_sentence(t->ptr, t->len, &from, &to)) {
            if (!bs_in_comment(n) &&
                bs_meta_add_authors(doc, meta, prio, "byline", t->ptr + from,
                                    to - from) > 0)
                return;
            continue;
        }
        if (!loose && n->chars > LABELLED_MAX)
            continue;
        /* (a Chinese label and name are short: "作者：焦鹏") */
        if ((loose ? t->len : n->chars) < 8 &&
            !(t->len > 0 && (unsigned char)t->ptr[0] >= 0x80))
            continue;
        /* (a reader's comment names no author) */
        if (opens_with_label(t->ptr, t->len, &from, &end) &&
            !bs_in_comment(n) &&
            bs_meta_add_authors(doc, meta, prio, "byline", t->ptr + from,
                                end - from) > 0)
            return;
    }
}

/* Is n an emphasis (<b>, <strong>, <i>, <em>) holding all of its
   parent's text? */
static int
is_whole_emphasis(const bs_node *n, const bs_node *parent)
{
    return (n->tag == BS_TAG_B || n->tag == BS_TAG_STRONG ||
            n->tag == BS_TAG_I || n->tag == BS_TAG_EM) &&
           n->chars == parent->chars;
}

/* Is n the last thing in its parent with text or an element of its own
   (white space, a <br>, a script after it do not count)? */
static int
last_in_parent(const bs_node *n)
{
    const bs_node *s;

    for (s = n->next; s != NULL; s = s->next)
        if (s->tag == BS_TAG_TEXT ? s->chars > 0
                                  : s->tag != BS_TAG_BR &&
                                        !(bs_tag_flags((bs_tag)s->tag) &
                                          BS_TF_SKIP))
            return 0;
    return 1;
}

/* n, or the first node before it that is no empty text (white space
   between elements); NULL when there is none. */
static const bs_node *
unblank_back(const bs_node *n)
{
    while (n != NULL && n->tag == BS_TAG_TEXT && n->chars == 0)
        n = n->prev;
    return n;
}

/* Does the paragraph n close the text's run of paragraphs: after a
   paragraph of 120 characters or more, the last of a block that holds
   half the prose of the content's root or more, directly or as the last
   of blocks inside it (not one section of many closing with "<b>Read
   More</b>")? */
static int
closes_paragraphs(const bs_node *n, const bs_node *root)
{
    const bs_node *s, *m;

    if (n->tag != BS_TAG_P)
        return 0;
    s = unblank_back(n->prev);
    if (s == NULL || s->tag != BS_TAG_P || s->chars < 120)
        return 0;
    for (m = n; m != root && m->parent != NULL && last_in_parent(m);) {
        m = m->parent;
        if (2 * (uint64_t)m->good >= root->good)
            return 1;
    }
    return 0;
}

/* Does the paragraph p end with a line of its own that is a name alone
   in emphasis, after a <br> ("... unserer tiefsten Gefühle.<br><em>Jane
   Doe</em></p>")?  Adds the name. */
static int
signed_last_line(bs_doc *doc, bs_meta *meta, const bs_node *p, bs_buf *t,
                 int prio)
{
    const bs_node *c, *b;

    if (p == NULL)
        return 0;
    c = unblank_back(p->last);
    if (c == NULL || !(c->tag == BS_TAG_EM || c->tag == BS_TAG_I ||
                       c->tag == BS_TAG_B || c->tag == BS_TAG_STRONG))
        return 0;
    b = unblank_back(c->prev);
    if (b == NULL || b->tag != BS_TAG_BR)
        return 0;
    bs_buf_clear(t);
    bs_node_text_all(c, t, 80);
    if (t->failed || !is_bare_name(t))
        return 0;
    return bs_meta_add_authors(doc, meta, prio, "byline", t->ptr, t->len) > 0;
}

/* Is the paragraph n set to the right (align="right") right after a
   paragraph of 120 characters or more: a letter's signature, wherever
   the text goes on after it (notes, a box)? */
static int
signs_right(const bs_node *n)
{
    const char *align;
    const bs_node *s;

    if (n->tag != BS_TAG_P || n->chars > 40 ||
        (align = bs_node_attr(n, BS_ATTR_ALIGN)) == NULL ||
        !bs_ci_eq(align, "right", 5) || align[5] != '\0')
        return 0;
    s = unblank_back(n->prev);
    return s != NULL && s->tag == BS_TAG_P && s->chars >= 120;
}

/* No byline anywhere: the article signed at its end, its last line a
   name alone set in bold or italics ("<p><b>Jane Doe</b></p>").  Two or
   three capitalised words are taken for a name, so a German line such as
   "Mehr Infos" in bold would be one too.  The line may be one the
   trimming of the text's tail removed, or the last of the text's own
   paragraphs when the content goes on after them (an app's promotion in
   the same root), or a name alone set to the right after a paragraph
   (signs_right()), emphasised or not. */
static void
signature_byline(bs_doc *doc, bs_meta *meta, bs_buf *t, int prio)
{
    bs_node *root;
    size_t i;

    for (i = 0; (root = bs_next_content_root(doc, &i)) != NULL;) {
        const bs_node *n, *ends[3] = {NULL, NULL, NULL}, *prose = NULL;
        size_t j;

        for (n = root; n != NULL;) {
            unsigned tf = bs_tag_flags((bs_tag)n->tag);
            int skip = n->tag != BS_TAG_TEXT &&
                       ((n->flags & BS_NF_UNSEEN) ||
                        (tf & BS_TF_SKIP));
            if (!skip && text_block(n)) {
                if (n->tag == BS_TAG_P && n->chars >= 120)
                    prose = n;
                ends[0] = n;
                if (closes_paragraphs(n, root))
                    ends[1] = n;
                if (ends[2] == NULL && signs_right(n))
                    ends[2] = n;
            }
            n = bs_node_next(n, root, skip);
        }
        /* the text's last paragraph of prose signed on its own last line,
           whatever short notes follow it */
        if (signed_last_line(doc, meta, prose, t, prio))
            return;
        for (j = 0; j < 3; j++) {
            const bs_node *last = ends[j], *c;

            if (last == NULL || last->chars > 40 ||
                (bs_tag_flags((bs_tag)last->tag) & BS_TF_HEADING) ||
                (j == 1 && last == ends[0]))
                continue;
            for (c = last->first; c != NULL && c->tag == BS_TAG_TEXT &&
                                  c->chars == 0;
                 c = c->next)
                ;
            if (c == NULL || (j < 2 && !is_whole_emphasis(c, last)))
                continue;
            bs_buf_clear(t);
            bs_node_text_all(last, t, 80);
            if (!t->failed && is_bare_name(t)) {
                bs_meta_add_authors(doc, meta, prio, "byline", t->ptr,
                                    t->len);
                return;
            }
        }
    }
}

/* "Hamburg (dpa/lno) - Trotz ...", "LOS ANGELES (Reuters) - ...": the
   news agency a dateline opening the text credits, its length (2 to 24
   bytes, no digit) in *len, or NULL. */
static const char *
dateline_agency(const char *s, size_t n, size_t *len)
{
    size_t i = 0, k;

    if (n == 0 || !((s[0] >= 'A' && s[0] <= 'Z') ||
                    (unsigned char)s[0] >= 0xC3))
        return NULL;
    /* the place: up to 40 bytes without a bracket or a sentence's end */
    while (i < n && i < 40 && s[i] != '(' && s[i] != '.' && s[i] != ',')
        i++;
    if (i < 2 || i >= n || s[i] != '(' || s[i - 1] != ' ')
        return NULL;
    for (k = i + 1; k < n && k - i - 1 <= 24 && s[k] != ')'; k++)
        if ((s[k] >= '0' && s[k] <= '9') || s[k] == '(')
            return NULL;
    if (k >= n || s[k] != ')' || k - i - 1 < 2)
        return NULL;
    /* then a dash: " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 " */
    if (!((k + 3 < n && s[k + 1] == ' ' && s[k + 2] == '-' &&
           s[k + 3] == ' ') ||
          (k + 5 < n && s[k + 1] == ' ' && (unsigned char)s[k + 2] == 0xE2 &&
           (unsigned char)s[k + 3] == 0x80 &&
           ((unsigned char)s[k + 4] == 0x93 ||
            (unsigned char)s[k + 4] == 0x94) &&
           s[k + 5] == ' ')))
        return NULL;
    *len = k - i - 1;
    return s + i + 1;
}

/* No author anywhere: the agency the first paragraph's dateline credits
   ("Hamburg (dpa/lno) - ..."). */
static void
agency_byline(bs_doc *doc, bs_meta *meta, bs_buf *t)
{
    bs_node *root;
    size_t i;

    for (i = 0; (root = bs_next_content_root(doc, &i)) != NULL;) {
        const bs_node *n;
        for (n = root; n != NULL;) {
            /* (not a picture's caption before the text) */
            int skip = (n->flags & (BS_NF_REMOVED | BS_NF_UNSEEN |
                                    BS_NF_CAPTION)) != 0;
            if (!skip && n->tag == BS_TAG_P && n->chars >= 40) {
                const char *a;
                size_t len;
                bs_buf_clear(t);
                bs_node_text_all(n, t, 120);
                if (t->failed)
                    return;
                a = dateline_agency(t->ptr, t->len, &len);
                if (a != NULL)
                    bs_meta_add_authors(doc, meta, BS_PRIO_TEXT, "text", a,
                                        len);
                return;
            }
            n = bs_node_next(n, root, skip);
        }
    }
}

/* Is [s, s + n) names alone: each word capitalised (an ASCII capital or
   a letter beyond ASCII, not punctuation such as a dash) and of two
   letters or more, or a word that joins names ("and", "und", "&", ...)?
   ("Jane Doe und John Roe"; not "J." nor "Amnesty International finds
   abuses") */
static int
names_only(const char *s, size_t n)
{
    const char *p = s, *e = s + n, *w;
    size_t words = 0;

    while (p < e) {
        unsigned char c;
        while (p < e && (*p == ' ' || *p == ','))
            p++;
        if (p == e)
            break;
        for (w = p; w < e && *w != ' ' && *w != ','; w++)
            ;
        c = (unsigned char)*p;
        if (bs_word_among(p, (size_t)(w - p), BS_WORDS(name_joins), 0) ==
            0) {
            /* two characters at least, not bytes: "Ö" is one */
            if (bs_utf8_chars(p, (size_t)(w - p)) < 2 || p[1] == '.' ||
                !((c >= 'A' && c <= 'Z') || (c >= 0xC3 && c != 0xE2)))
                return 0;
        }
        words++;
        p = w;
    }
    return words > 0;
}

/* "Ein Gastbeitrag von Jane Doe", "A guest post by Jane Doe", "Ein
   Interview von Jane Doe mit John Roe": the text's own credit, a kind of
   writing (at most two words before it) and "by".  Returns where the
   names start in s, else NULL; *len is their length, up to "with" or the
   sentence's end. */
static const char *
credit_names(const char *s, size_t n, size_t *len)
{
    static const char *const kinds[] = {
        "beitrag", "gastbeitrag", "artikel", "interview", "kommentar",
        "gastkommentar", "essay", "analyse", "bericht", "reportage",
        "kolumne", "rezension", "post", "article", "column", "analysis",
        "report", "story", "commentary", "review", "op-ed", "tribune",
        "chronique", "entretien", "artículo", "columna", "entrevista",
        "articolo", "intervista"};
    static const char *const bys[] = {"von ", "by ", "par ", "por ", "di ",
                                      "door "};
    static const char *const withs[] = {" mit ", " with ", " avec ",
                                        " con ", " met "};
    const char *p = s, *e = s + n, *w = s;
    size_t i, k, words;

    for (words = 0; words < 3 && p < e; words++) {
        for (w = p; w < e && *w != ' '; w++)
            ;
        for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
            if (strlen(kinds[i]) == (size_t)(w - p) &&
                bs_strcasestr_n(p, (size_t)(w - p), kinds[i]))
                break;
        if (i < sizeof(kinds) / sizeof(kinds[0]))
            break;
        /* "#1 Kommentar von Jane": a reader's numbered comment */
        for (; p < w; p++)
            if (*p == '#' || (*p >= '0' && *p <= '9'))
                return NULL;
        if (w == e)
            return NULL;
        p = w + 1;
    }
    if (words == 3 || p >= e || w == e)
        return NULL;
    p = w + 1;
    for (i = 0; i < sizeof(bys) / sizeof(bys[0]); i++) {
        k = strlen(bys[i]);
        if (p + k < e && bs_ci_eq(p, bys[i], k))
            break;
    }
    if (i == sizeof(bys) / sizeof(bys[0]))
        return NULL;
    p += k;
    if (!((*p >= 'A' && *p <= 'Z') || (unsigned char)*p >= 0xC3))
        return NULL;
    for (w = p; w < e && *w != '.'; w++) {
        for (i = 0; i < sizeof(withs) / sizeof(withs[0]); i++)
            if ((size_t)(e - w) >= strlen(withs[i]) &&
                bs_ci_eq(w, withs[i], strlen(withs[i])))
                break;
        if (i < sizeof(withs) / sizeof(withs[0]))
            break;
    }
    /* the names end the line, or "with" follows them: not "A new report
       by Amnesty International finds abuses." */
    if (w < e && *w == '.') {
        const char *q = w + 1;
        while (q < e && bs_is_space((unsigned char)*q))
            q++;
        if (q < e)
            return NULL;
    }
    if (!names_only(p, (size_t)(w - p)))
        return NULL;
    *len = (size_t)(w - p);
    return p;
}

/* Is n inside a quotation, a caption, a list or a table below `root`
   (their words are another's, or a picture's, or an index's)? */
static int
in_quote_or_list(const bs_node *n, const bs_node *root)
{
    for (; n != NULL && n != root; n = n->parent)
        if (n->tag == BS_TAG_BLOCKQUOTE || n->tag == BS_TAG_Q ||
            n->tag == BS_TAG_FIGCAPTION || n->tag == BS_TAG_FIGURE ||
            n->tag == BS_TAG_LI || n->tag == BS_TAG_TD || n->tag == BS_TAG_TH)
            return 1;
    return 0;
}

static int
is_picture(const bs_node *n)
{
    return n->tag == BS_TAG_IMG || n->tag == BS_TAG_PICTURE ||
           n->tag == BS_TAG_SVG || n->tag == BS_TAG_FIGURE;
}

/* Does the block n hold a picture, or stand in a small block beside one
   (a chart and its caption: "Analysis by Goldman Sachs")?  A text's lead
   picture among its many paragraphs does not count. */
#define PICTURE_LOOK 32
#define PICTURE_BLOCK 3
static int
holds_picture(const bs_node *n)
{
    const bs_node *m;
    int seen = 0, elements = 0, picture = 0;

    for (m = n; m != NULL && seen < PICTURE_LOOK;
         m = bs_node_next(m, n, 0), seen++)
        if (is_picture(m))
            return 1;
    if (n->parent == NULL)
        return 0;
    for (m = n->parent->first; m != NULL; m = m->next) {
        if (m->tag == BS_TAG_TEXT)
            continue;
        if (++elements > PICTURE_BLOCK)
            return 0;
        picture |= is_picture(m);
    }
    return picture;
}

/* Do the authors found so far come from the page's metadata, or are they
   one login in small letters ("human" on a Drupal site), which the text's
   own credit outranks?  A byline that names a person stands. */
static int
credit_outranks(const bs_meta *meta)
{
    const char *src = meta->list_source[BS_LIST_AUTHORS];
    const char *one;

    if (meta->count[BS_LIST_AUTHORS] == 0 || src == NULL ||
        strcmp(src, "byline") != 0)
        return 1;
    one = meta->list[BS_LIST_AUTHORS][0];
    return meta->count[BS_LIST_AUTHORS] == 1 && one[0] >= 'a' &&
           one[0] <= 'z' && strchr(one, ' ') == NULL;
}

/* The first blocks of the text credit a writer ("Ein Gastbeitrag von
   Jane Doe"): the text's own word outranks the metadata, which often
   names the one who posted it.  Not a quotation's, a caption's, a
   picture's or a list's line, not the publisher's or the site's name. */
#define CREDIT_LOOK 4
#define CREDIT_MAX 120
static void
credit_line(bs_doc *doc, bs_meta *meta, bs_buf *t)
{
    bs_node *root;
    size_t i;

    if (!credit_outranks(meta))
        return;
    for (i = 0; (root = bs_next_content_root(doc, &i)) != NULL;) {
        const bs_node *n;
        int looked = 0;

        for (n = root; n != NULL && looked < CREDIT_LOOK;) {
            unsigned tf = bs_tag_flags((bs_tag)n->tag);
            int skip = n->tag != BS_TAG_TEXT &&
                       ((n->flags & (BS_NF_REMOVED | BS_NF_UNSEEN)) ||
                        (tf & BS_TF_SKIP));
            if (!skip && text_block(n)) {
                const char *a;
                size_t len;
                looked++;
                if (n->chars <= CREDIT_MAX && !bs_in_comment(n) &&
                    !in_quote_or_list(n, root) && !holds_picture(n)) {
                    bs_buf_clear(t);
                    bs_node_text_all(n, t, CREDIT_MAX * 4);
                    if (t->failed)
                        return;
                    a = credit_names(t->ptr, t->len, &len);
                    /* ("A report by The Associated Press": a body) */
                    if (a != NULL && !bs_starts_ci(a, len, "the ") &&
                        !bs_meta_is_publisher(meta, a, len) &&
                        !bs_meta_is_site_name(meta, a, len) &&
                        bs_meta_add_authors(doc, meta, BS_PRIO_JSONLD + 1,
                                            "text", a, len) > 0)
                        return;
                }
            }
            n = bs_node_next(n, root, skip);
        }
    }
}

/* Are the authors found so far all the publisher's names ("Harbour
   Media GmbH", the site's or the host's name), demoted below bylines? */
static int
only_publishers(const bs_meta *meta)
{
    size_t i;

    if (meta->list_prio[BS_LIST_AUTHORS] > BS_PRIO_BYLINE - 2)
        return 0;
    for (i = 0; i < meta->count[BS_LIST_AUTHORS]; i++) {
        const char *a = meta->list[BS_LIST_AUTHORS][i];
        if (!bs_meta_is_publisher(meta, a, strlen(a)))
            return 0;
    }
    return meta->count[BS_LIST_AUTHORS] > 0;
}

/* Does the byte c go on a name's word: a letter, a byte beyond ASCII, a
   hyphen or an apostrophe ("Doe-Smith", "Doe's")? */
static int
name_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 ||
           c == '-' || c == '\'';
}

/* Does the word `w` (`k` bytes, small letters) start at `s` written as
   a name, a capital then small letters, and end there: not inside a
   longer word, a joined name ("Doe-Smith", "Doe's") or capitals ("JANE
   DOE", which may be anything's)? */
static int
name_word_at(const char *s, const char *e, const char *w, size_t k)
{
    unsigned char c;

    if ((size_t)(e - s) < k || !(*s >= 'A' && *s <= 'Z') ||
        !(s[1] >= 'a' && s[1] <= 'z') || !bs_ci_eq(s, w, k))
        return 0;
    c = s + k < e ? (unsigned char)s[k] : ' ';
    return !name_byte(c);
}

/* Does the byte before s (not before `start`) join it to a word? */
static int
joined_before(const char *s, const char *start)
{
    return s != start && name_byte((unsigned char)s[-1]);
}

/* The one author's name as a text of the page spells it out, [s, s + n),
   in its place, with the text as its source. */
static void
spelled_out(bs_doc *doc, bs_meta *meta, const char *s, size_t n)
{
    meta->count[BS_LIST_AUTHORS] = 0;
    bs_meta_list_add(doc, meta, BS_LIST_AUTHORS,
                     meta->list_prio[BS_LIST_AUTHORS], "text", s, n);
    if (meta->count[BS_LIST_AUTHORS] == 1)
        meta->list_source[BS_LIST_AUTHORS] = "text";
}

/* The one author of an article is a login of two names joined by ".",
   "_" or "-" in small letters ("christian.stadtfeld"): a text of the
   page that writes them out with capitals, a middle initial allowed
   ("Christian P. Stadtfeld"), gives the name. */
#define LOGIN_PART_MAX 24
static void
login_spelled_out(bs_doc *doc, bs_meta *meta)
{
    const char *login, *sep = NULL, *p;
    size_t first, last, i;

    /* (in a thread the user's login is the name it goes by) */
    if (meta->count[BS_LIST_AUTHORS] != 1 ||
        bs_meta_page_kind(meta) == BS_PAGE_THREAD)
        return;
    login = meta->list[BS_LIST_AUTHORS][0];
    for (p = login; *p != '\0'; p++) {
        if (*p == '.' || *p == '_' || *p == '-') {
            if (sep != NULL)
                return;
            sep = p;
        } else if (!(*p >= 'a' && *p <= 'z')) {
            return;
        }
    }
    if (sep == NULL)
        return;
    first = (size_t)(sep - login);
    last = strlen(sep + 1);
    if (first < 2 || last < 2 || first > LOGIN_PART_MAX ||
        last > LOGIN_PART_MAX)
        return;
    for (i = 0; i < doc->nnodes; i++) {
        const bs_node *n = bs_doc_node(doc, i);
        const char *e;

        if (n->text == NULL || n->len < first + last + 1 || is_hidden(n))
            continue;
        e = n->text + n->len;
        for (p = n->text; p + first + last < e; p++) {
            const char *q = p + first + 1;
            if (joined_before(p, n->text) ||
                !name_word_at(p, e, login, first) || p[first] != ' ')
                continue;
            /* a middle initial */
            if (q + 3 < e && *q >= 'A' && *q <= 'Z' && q[1] == '.' &&
                q[2] == ' ')
                q += 3;
            if (name_word_at(q, e, sep + 1, last)) {
                spelled_out(doc, meta, p, (size_t)(q + last - p));
                return;
            }
        }
    }
}

/* Is the text n a line of its own: the one text of a <p>, <div>, <span>
   or a heading below <h1>, not in a link, a list, a quotation or a
   reader's comment ("Sarah Palin" linked in a sentence, "Sarah Miller"
   over a comment, a related story's "Sarah Jessica Parker")? */
#define OWN_LINE_UP 4
static int
own_line(const bs_node *n)
{
    const bs_node *p = n->parent, *up;
    int depth;

    if (p == NULL ||
        !(p->tag == BS_TAG_P || p->tag == BS_TAG_DIV || p->tag == BS_TAG_SPAN ||
          p->tag == BS_TAG_H2 || p->tag == BS_TAG_H3 || p->tag == BS_TAG_H4 ||
          p->tag == BS_TAG_H5 || p->tag == BS_TAG_H6) ||
        !bs_only_child(n))
        return 0;
    for (up = p, depth = 0; up != NULL && depth < OWN_LINE_UP;
         up = up->parent, depth++)
        if (up->tag == BS_TAG_A || up->tag == BS_TAG_LI ||
            up->tag == BS_TAG_BLOCKQUOTE)
            return 0;
    return !bs_in_comment(p);
}

/* The one author the metadata gives, on a page no thread; else NULL. */
static const char *
only_author(const bs_meta *meta)
{
    if (meta->count[BS_LIST_AUTHORS] != 1 ||
        bs_meta_page_kind(meta) == BS_PAGE_THREAD)
        return NULL;
    return meta->list[BS_LIST_AUTHORS][0];
}

/* The one author of an article is a first name alone ("Juliette"): a
   line of the page that is that name and a surname or two ("Juliette
   Carreiro", over the author's bio) gives the full name. */
#define FIRST_NAME_MAX 40
static void
first_name_spelled_out(bs_doc *doc, bs_meta *meta)
{
    const char *one;
    size_t k, i;

    if ((one = only_author(meta)) == NULL)
        return;
    k = strlen(one);
    if (k < 3 || strchr(one, ' ') != NULL || bs_name_words(one, k) != 1 ||
        !(one[1] >= 'a' && one[1] <= 'z') ||
        bs_meta_is_publisher(meta, one, k) || bs_meta_is_site_name(meta, one, k))
        return;
    for (i = 0; i < doc->nnodes; i++) {
        const bs_node *n = bs_doc_node(doc, i);
        const char *s;
        size_t len, words;

        if (n->text == NULL || n->len <= k + 2 || n->len > 2 * FIRST_NAME_MAX ||
            is_hidden(n) || !own_line(n))
            continue;
        s = bs_text_trimmed(n, &len);
        if (len <= k + 2 || len > FIRST_NAME_MAX ||
            memcmp(s, one, k) != 0 || s[k] != ' ')
            continue;
        words = bs_name_words(s, len);
        if (words >= 2 && words <= 3 && memchr(s, ',', len) == NULL &&
            memchr(s, ':', len) == NULL) {
            spelled_out(doc, meta, s, len);
            return;
        }
    }
}

/* Is [s, s + n) words that each open with a capital and go on in small
   letters, their capitals the letters of `initials` in order ("Jane
   Doe" for "JD")? */
static int
spells_initials(const char *s, size_t n, const char *initials)
{
    size_t i, w = 0;

    for (i = 0; i < n; i++) {
        if (i > 0 && s[i - 1] != ' ')
            continue;
        if (s[i] != initials[w] || i + 1 >= n ||
            !(s[i + 1] >= 'a' && s[i + 1] <= 'z'))
            return 0;
        w++;
    }
    return initials[w] == '\0';
}

/* The one author of an article is initials alone ("DT", two or three
   capitals): a text of the page that is a name of as many words with
   those capitals ("Donald Townsend" in the licence's credit) gives the
   name. */
#define INITIALS_NAME_MAX 40
static void
initials_spelled_out(bs_doc *doc, bs_meta *meta)
{
    const char *one;
    size_t k, i;

    if ((one = only_author(meta)) == NULL)
        return;
    k = strlen(one);
    if (k < 2 || k > 3)
        return;
    for (i = 0; i < k; i++)
        if (!(one[i] >= 'A' && one[i] <= 'Z'))
            return;
    for (i = 0; i < doc->nnodes; i++) {
        const bs_node *n = bs_doc_node(doc, i);
        const char *s;
        size_t len;

        if (n->text == NULL || n->len < 2 * k + 1 ||
            n->len > 2 * INITIALS_NAME_MAX || is_hidden(n) ||
            bs_in_comment(n))
            continue;
        s = bs_text_trimmed(n, &len);
        if (len > INITIALS_NAME_MAX || bs_name_words(s, len) != k ||
            !spells_initials(s, len, one) || bs_is_company_name(s, len))
            continue;
        spelled_out(doc, meta, s, len);
        return;
    }
}

/* Does the word at s (up to a space) name an office, alone or ending a
   compound ("Bundespräsident", "Staatsministerin", "Prime", "Mayor")? */
static int
office_word(const char *s)
{
    static const char *const offices[] = {
        "präsident", "präsidentin", "kanzler", "kanzlerin", "minister",
        "ministerin", "meister", "meisterin", "president", "prime",
        "secretary", "governor", "mayor", "senator", "ministre",
        "président", "présidente", "presidente", "ministro", "ministra"};
    size_t n = strcspn(s, " "), i;

    for (i = 0; i < sizeof(offices) / sizeof(offices[0]); i++) {
        size_t k = strlen(offices[i]);
        if (n >= k && bs_ci_eq(s + n - k, offices[i], k))
            return 1;
    }
    return 0;
}

/* No author anywhere: a headline that names a speech and its speaker
   ("Rede von Bundespräsident Jane Doe beim Konvent", "Remarks by Jane
   Doe at the Summit"): the speaker's capitalised words, two to four,
   are the author. */
static void
speech_headline(bs_doc *doc, bs_meta *meta)
{
    static const char *const speeches[] = {
        "rede von ", "ansprache von ", "festrede von ", "speech by ",
        "remarks by ", "address by ", "discours de ", "discurso de "};
    const char *h = meta->h1, *p, *e;
    size_t i, k = 0, words = 0;

    if (h == NULL)
        return;
    for (i = 0; i < sizeof(speeches) / sizeof(speeches[0]); i++) {
        k = strlen(speeches[i]);
        if (bs_starts_ci(h, strlen(h), speeches[i]))
            break;
    }
    if (i == sizeof(speeches) / sizeof(speeches[0]))
        return;
    for (p = e = h + k; *p != '\0';) {
        const char *w = p;
        unsigned char c = (unsigned char)*p;
        if (!((c >= 'A' && c <= 'Z') || c >= 0xC3))
            break;
        while (*p != '\0' && *p != ' ' && *p != ',' && *p != ':')
            p++;
        words++;
        e = p;
        if (*p != ' ' || w == p)
            break;
        p++;
    }
    /* the speaker's office before the name goes ("Bundespräsident",
       "Prime Minister", "Mayor"); an office left where the name should
       be names no speaker ("Speech by Prime Minister", "Remarks by
       President Doe": no two words of a name) */
    for (p = h + k; words > 2 && office_word(p); words--)
        p = strchr(p, ' ') + 1;
    if (words >= 2 && words <= 4 && !office_word(p))
        bs_meta_add_authors(doc, meta, BS_PRIO_TEXT, "text", p,
                            (size_t)(e - p));
}

/* "Text: Jane Doe / harbour.example", "By Rob Picheta, CNN": the site's
   own name ending a list of persons' names goes (alone it stays, the
   publisher's credit). */
static void
drop_site_after_names(bs_meta *meta)
{
    size_t i, n = meta->count[BS_LIST_AUTHORS];
    const char **list = meta->list[BS_LIST_AUTHORS];

    if (n < 2 || !bs_meta_is_site_name(meta, list[n - 1],
                                       strlen(list[n - 1])))
        return;
    for (i = 0; i + 1 < n; i++)
        if (!is_person_name(list[i], strlen(list[i]), 4) ||
            bs_meta_is_site_name(meta, list[i], strlen(list[i])))
            return;
    meta->count[BS_LIST_AUTHORS] = n - 1;
}

/* Is [s, s + n) a news credit's words, joined by "/", ",", "mit", "und",
   "and" or "with" ("dpa", "FR mit dpa", "jbs/AFP"): news agencies' short
   names, editors' initials (two or three small letters) and papers' (in
   capitals); one agency among them at least, or initials alone ("(cm)");
   not abbreviations and words ("(EU)", "(ES, FR)", "(see below)")? */
static int
credit_words(const char *s, size_t n)
{
    static const char *const joins[] = {"mit", "und", "and", "with"};
    static const char *const agencies[] = {
        "dpa", "afp", "ap", "rtr", "reuters", "kna", "epd", "idea", "apa",
        "sda", "ats", "ansa", "efe", "lusa", "pap", "ctk", "anp", "belga",
        "upi", "sid", "ddp", "dts", "tass", "xinhua", "kyodo", "jiji",
        "yonhap", "aa", "mta", "hina", "tt", "ntb", "stt"};
    static const char *const not_initials[] = {
        "see", "via", "etc", "sic", "lol", "ebd", "vgl", "ff", "pdf", "usw",
        "bzw", "zb", "ok", "aka", "eds", "cf", "ie", "eg"};
    size_t i = 0, agency = 0, initials = 0, others = 0;

    while (i < n) {
        size_t w = i, caps = 0;
        while (i < n && ((s[i] >= 'a' && s[i] <= 'z') ||
                         (s[i] >= 'A' && s[i] <= 'Z')))
            caps += s[i++] <= 'Z';
        if (i == w)
            return 0;
        if (bs_word_among(s + w, i - w, BS_WORDS(joins), 0) == 0) {
            if ((caps == 0 || caps == i - w) &&
                bs_word_among(s + w, i - w, BS_WORDS(agencies), 1) > 0)
                agency++;
            else if (caps == 0 && i - w >= 2 && i - w <= 3 &&
                     bs_word_among(s + w, i - w, BS_WORDS(not_initials),
                                   0) == 0)
                initials++;
            else if (caps == i - w && i - w >= 2 && i - w <= 4)
                others++; /* a paper's short name beside an agency: "FR" */
            else
                return 0;
        }
        while (i < n && (s[i] == '/' || s[i] == ',' || s[i] == ' '))
            i++;
    }
    return agency > 0 || (initials == 1 && others == 0);
}

/* Does the text before [s + at] (its white space aside) end a sentence
   ("... hieß es. (dpa)"), or is there none ("(dpa)" alone)? Not "the
   rules of the Union (EU)". */
static int
after_sentence(const char *s, size_t at)
{
    while (at > 0 && bs_is_space((unsigned char)s[at - 1]))
        at--;
    if (at == 0)
        return 1;
    /* (a closing quotation mark: '"', "\xe2\x80\x9c", "\xc2\xbb", ...) */
    if (s[at - 1] == '"' || s[at - 1] == '\'' ||
        (unsigned char)s[at - 1] >= 0x80) {
        size_t k = at - 1;
        while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
            k--;
        if (k > 0)
            at = k;
    }
    return at > 0 && (s[at - 1] == '.' || s[at - 1] == '!' || s[at - 1] == '?');
}

/* Does the block's text end with a news credit in brackets after a
   sentence ("... hieß es. (FR mit dpa)", "(dpa/lno)")?  It becomes the
   authors. */
#define CREDIT_TAIL 24
static int
bracket_credit(bs_doc *doc, bs_meta *meta, const bs_node *block, bs_buf *t)
{
    size_t len, k;

    bs_buf_clear(t);
    bs_node_text_all(block, t, 0);
    if (t->failed)
        return 0;
    len = t->len;
    while (len > 0 && bs_is_space((unsigned char)t->ptr[len - 1]))
        len--;
    if (len < 4 || t->ptr[len - 1] != ')')
        return 0;
    for (k = len - 1; k > 0 && len - k <= CREDIT_TAIL && t->ptr[k - 1] != '(';
         k--)
        ;
    if (k == 0 || t->ptr[k - 1] != '(' || len - k > CREDIT_TAIL ||
        !after_sentence(t->ptr, k - 1) ||
        !credit_words(t->ptr + k, len - 1 - k))
        return 0;
    bs_meta_add_authors(doc, meta, BS_PRIO_TEXT, "text", t->ptr + k,
                        len - 1 - k);
    return 1;
}

/* The text's last paragraph, or the one before a closing note ("*fr.de
   is part of ..."), ends with the news credit: when no byline names the
   writer, it does. */
static void
closing_credit(bs_doc *doc, bs_meta *meta, bs_buf *t)
{
    bs_node *root;
    size_t i;

    for (i = 0; (root = bs_next_content_root(doc, &i)) != NULL;) {
        const bs_node *n, *tail[2] = {NULL, NULL};
        size_t j;

        for (n = root; n != NULL;) {
            int skip = n->tag != BS_TAG_TEXT &&
                       ((n->flags & (BS_NF_UNSEEN | BS_NF_REMOVED)) ||
                        (bs_tag_flags((bs_tag)n->tag) & BS_TF_SKIP));
            if (!skip && text_block(n)) {
                tail[0] = tail[1];
                tail[1] = n;
            }
            n = bs_node_next(n, root, skip);
        }
        for (j = 2; j-- > 0;)
            if (tail[j] != NULL && bracket_credit(doc, meta, tail[j], t))
                return;
    }
}

/* Does the text [s, s + n) end with its writer's name in capitals after a
   comma and a verb of saying, as a standfirst credits it ("... in the
   coming years, says JANE DOE.", "..., writes JOHN O'ROE")?  *from is
   where the name starts, *len its length; a quotation's speaker is
   written in small letters ("..., says Jane Doe") and is none. */
#define SAYS_NAME_MAX 48
static int
says_in_capitals(const char *s, size_t n, size_t *from, size_t *len)
{
    static const char *const verbs[] = {", says ", ", writes ", ", reports "};
    size_t e = n, k, i, caps = 0, words;

    while (e > 0 && bs_is_space((unsigned char)s[e - 1]))
        e--;
    if (e > 0 && s[e - 1] == '.')
        e--;
    for (k = e; k > 0 && e - k <= SAYS_NAME_MAX; k--) {
        unsigned char c = (unsigned char)s[k - 1];
        if (!((c >= 'A' && c <= 'Z') || c >= 0x80 || c == ' ' || c == '-' ||
              c == '\'' || c == '.'))
            break;
        if (c >= 'A' && c <= 'Z')
            caps++;
    }
    while (k < e && s[k] == ' ')
        k++;
    if (k == 0 || e - k > SAYS_NAME_MAX || caps < 4)
        return 0;
    words = bs_name_words(s + k, e - k);
    if (words < 2 || words > 4 || bs_is_company_name(s + k, e - k))
        return 0;
    for (i = 0; i < sizeof(verbs) / sizeof(verbs[0]); i++) {
        size_t v = strlen(verbs[i]);
        if (k >= v && memcmp(s + k - v, verbs[i], v) == 0) {
            *from = k;
            *len = e - k;
            return 1;
        }
    }
    return 0;
}

/* The first byte of n's text that is no white space (its first 16 nodes
   looked at), else 0. */
static unsigned char
first_text_byte(const bs_node *n)
{
    const bs_node *m;
    int seen = 0;
    size_t k;

    for (m = n; m != NULL && seen < 16; m = bs_node_next(m, n, 0), seen++) {
        if (m->tag != BS_TAG_TEXT)
            continue;
        for (k = 0; k < m->len; k++)
            if (!bs_is_space((unsigned char)m->text[k]))
                return (unsigned char)m->text[k];
    }
    return 0;
}

/* The next line of the text from node *i on: a block with text and no
   block inside (text_block()) of min to max characters that a reader
   sees, outside a comment, opening with one of the bytes of `opens`
   (NULL: any); its text in t.  NULL after the last, or when t failed. */
static const bs_node *
next_text_line(bs_doc *doc, size_t *i, size_t min, size_t max,
               const char *opens, bs_buf *t)
{
    while (*i < doc->nnodes) {
        const bs_node *n = bs_doc_node(doc, (*i)++);
        unsigned char c;

        if (!text_block(n) || n->chars < min || n->chars > max ||
            (bs_tag_flags((bs_tag)n->tag) & BS_TF_SKIP))
            continue;
        if (opens != NULL &&
            ((c = first_text_byte(n)) == 0 || strchr(opens, c) == NULL))
            continue;
        if (is_hidden(n) || bs_in_comment(n))
            continue;
        bs_buf_clear(t);
        bs_node_text_all(n, t, max * 2);
        return t->failed ? NULL : n;
    }
    return NULL;
}

/* No author named: a block of a sentence or more (a standfirst, a
   teaser) that ends by crediting its writer in capitals ("..., says JANE
   DOE.") names the author. */
#define SAYS_BLOCK_MIN 40
#define SAYS_BLOCK_MAX 400
static void
says_credit(bs_doc *doc, bs_meta *meta, bs_buf *t)
{
    size_t i = 0, from, len;

    while (next_text_line(doc, &i, SAYS_BLOCK_MIN, SAYS_BLOCK_MAX, NULL,
                          t) != NULL) {
        if (says_in_capitals(t->ptr, t->len, &from, &len) &&
            bs_meta_add_authors(doc, meta, BS_PRIO_TEXT, "text", t->ptr + from,
                                len) > 0)
            return;
    }
}

/* No author named: a short line that says when the page was last changed
   and by whom ("Last updated March 3, 2025 by Jane Doe.", a personal
   page's foot) names its author: two to four capitalised words after
   " by ", up to a full stop (not an initial's), a comma or a dash. */
#define UPDATED_MAX 120
static void
updated_by_line(bs_doc *doc, bs_meta *meta, bs_buf *t)
{
    static const char *const opens[] = {"last updated ", "last modified ",
                                        "page last updated ",
                                        "page last modified "};
    size_t i = 0, k;

    /* ("Last ...", "Page last ...") */
    while (next_text_line(doc, &i, 0, UPDATED_MAX, "LlPp", t) != NULL) {
        const char *by, *p, *e;

        bs_buf_rtrim(t);
        for (k = 0; k < sizeof(opens) / sizeof(opens[0]); k++)
            if (bs_starts_ci(t->ptr, t->len, opens[k]))
                break;
        if (k == sizeof(opens) / sizeof(opens[0]))
            continue;
        for (by = t->ptr; by + 4 < t->ptr + t->len; by++)
            if (memcmp(by, " by ", 4) == 0)
                break;
        if (by + 4 >= t->ptr + t->len)
            continue;
        p = by + 4;
        for (e = p; e < t->ptr + t->len; e++) {
            if (*e == ',' || *e == ';' || *e == '(' || *e == '|' ||
                (*e == ' ' && e + 1 < t->ptr + t->len &&
                 (e[1] == '-' || (unsigned char)e[1] == 0xE2)))
                break;
            /* (a full stop after a word, not after an initial: "Jane
               Q. Doe") */
            if (*e == '.' && !(e - p >= 2 && e[-2] == ' ') && e - p != 1)
                break;
        }
        while (e > p && e[-1] == ' ')
            e--;
        if (is_person_name(p, (size_t)(e - p), 4) &&
            bs_meta_add_authors(doc, meta, BS_PRIO_TEXT, "text", p,
                                (size_t)(e - p)) > 0)
            return;
    }
}

/* Is one of n's classes `word` or ends with "-" and it ("description",
   "site-description")? */
static int
class_ends(const bs_node *n, const char *word)
{
    const char *cls = bs_node_attr(n, BS_ATTR_CLASS), *c;
    size_t len, k = strlen(word);

    while (cls != NULL && (c = bs_class_next(&cls, &len)) != NULL)
        if (len >= k && bs_ci_eq(c + len - k, word, k) &&
            (len == k || c[len - k - 1] == '-'))
            return 1;
    return 0;
}

/* Is n inside the page's header: a <header>, or an element a class of
   which opens with "header" ("header section", "header-inner")? */
#define HEADER_UP 8
static int
in_header(const bs_node *n)
{
    int up;

    for (up = 0; n != NULL && up < HEADER_UP; n = n->parent, up++) {
        const char *cls = bs_node_attr(n, BS_ATTR_CLASS), *c;
        size_t len;
        if (n->tag == BS_TAG_HEADER)
            return 1;
        while (cls != NULL && (c = bs_class_next(&cls, &len)) != NULL)
            if (bs_starts_ci(c, len, "header"))
                return 1;
    }
    return 0;
}

/* No author named: the site's description in the page's header that
   opens with a person's name as its owner's ("Jane Doe's thoughts on
   harbours and cranes", a personal blog's tagline) names the author: two
   or three capitalised words before "'s" and a word in small letters. */
#define TAGLINE_MAX 200
static void
owner_tagline(bs_doc *doc, bs_meta *meta, bs_buf *t)
{
    size_t i, k, a, words;

    for (i = 0; i < doc->nnodes; i++) {
        const bs_node *n = bs_doc_node(doc, i);
        const char *s;

        if (n->tag == BS_TAG_TEXT || n->chars < 10 ||
            n->chars > TAGLINE_MAX || !class_ends(n, "description") ||
            is_hidden(n) || !in_header(n))
            continue;
        bs_buf_clear(t);
        bs_node_text_all(n, t, TAGLINE_MAX * 2);
        if (t->failed)
            return;
        s = t->ptr;
        while (t->len > 0 && bs_is_space((unsigned char)*s)) {
            s++;
            t->len--;
        }
        for (k = 0; k + 3 < t->len; k++)
            if (s[k] == '\'' || (k + 5 < t->len &&
                                 memcmp(s + k, "\xe2\x80\x99", 3) == 0))
                break;
        if (k + 3 >= t->len)
            continue;
        words = bs_name_words(s, k);
        a = s[k] == '\'' ? k + 1 : k + 3;
        if (!(s[a] == 's' && s[a + 1] == ' ' && s[a + 2] >= 'a' &&
              s[a + 2] <= 'z'))
            continue;
        if (words >= 2 && words <= 3 && !bs_is_company_name(s, k) &&
            bs_meta_add_authors(doc, meta, BS_PRIO_TEXT, "text", s, k) > 0)
            return;
    }
}

/* Does [s, s + n) open with its date: a digit first, or before it one or
   two words that are no preposition (a month's name, an article: "November
   21, 2022", "Nov. 21"), after a place and a comma or alone ("BERLIN,
   21.11.2022", "WASHINGTON, March 3, 2023", "PARIS, le 3 mars 2023";
   not "On 12 March 2020", "Seit 4. August")? */
static int
dateline_opens(const char *s, size_t n)
{
    static const char *const prepositions[] = {
        "on", "an", "im", "in", "since", "seit", "until", "bis", "vom",
        "from", "ab", "by", "at", "zum", "dem", "depuis", "desde", "before",
        "after", "vor", "nach", "seit dem", "ab dem"};
    size_t d = 0, from = 0, i, w, words = 0;

    while (d < n && !(s[d] >= '0' && s[d] <= '9'))
        d++;
    for (i = 0; i < d; i++)
        if (s[i] == ',')
            from = i + 1;
    while (from < d && s[from] == ' ')
        from++;
    w = d;
    while (w > from && (s[w - 1] == ' ' || s[w - 1] == '.'))
        w--;
    if (w == from)
        return 1;
    for (i = from; i < w; i++)
        words += i == from || (s[i - 1] == ' ' && s[i] != ' ');
    if (words > 2)
        return 0;
    /* the first word, or both */
    for (i = from; i < w && s[i] != ' ' && s[i] != '.'; i++)
        ;
    return bs_word_among(s + from, i - from, BS_WORDS(prepositions), 1) ==
               0 &&
           bs_word_among(s + from, w - from, BS_WORDS(prepositions), 1) == 0;
}

/* Is there an element named for an author ("author__photo",
   "author-bio"; not a blog's class for a whole post) around h: one of its
   three ancestors, or an element inside the third (its first 64)? */
static int
in_author_box(const bs_node *h)
{
    const bs_node *up = h, *m;
    int depth, seen = 0;

    for (depth = 0; depth < 3 && up->parent != NULL; depth++) {
        const char *cls;
        up = up->parent;
        cls = bs_node_attr(up, BS_ATTR_CLASS);
        if (cls != NULL && bs_strcasestr_n(cls, strlen(cls), "author") &&
            !strstr(cls, "hentry"))
            return 1;
    }
    for (m = up->first; m != NULL && seen < 64; m = bs_node_next(m, up, 0)) {
        const char *cls;
        if (m->tag == BS_TAG_TEXT)
            continue;
        seen++;
        cls = bs_node_attr(m, BS_ATTR_CLASS);
        if (cls != NULL && bs_strcasestr_n(cls, strlen(cls), "author"))
            return 1;
    }
    return 0;
}

#define BIO_NAME_MAX 40

/* Is n's whole text a person's name of two or three words, at most
   BIO_NAME_MAX bytes? 1 with the name in t, 0 when not, -1 when t failed. */
static int
short_name(const bs_node *n, bs_buf *t)
{
    bs_buf_clear(t);
    bs_node_text_all(n, t, BIO_NAME_MAX * 2);
    if (t->failed)
        return -1;
    bs_buf_rtrim(t);
    return t->len > 0 && t->len <= BIO_NAME_MAX &&
           is_person_name(t->ptr, t->len, 3);
}

/* An author's box: a heading that is a person's name, then a paragraph
   that opens with the name and says what job the person does ("<h3>Jane
   Doe</h3><p>Jane Doe is the Head of Marketing at ...</p>"), with an
   element named for the author around them (not "<h3>Memorial Park</h3>
   <p>Memorial Park is ..."). Outside a comment. */
static void
bio_box(bs_doc *doc, bs_meta *meta, bs_buf *t, int prio)
{
    static const char *const verbs[] = {" is ", " ist ", " est ", " es ",
                                        " was ", " war ", " has ", " hat ",
                                        " writes ", " schreibt "};
#define WRITES 8 /* the verbs from here say the job */
    size_t i;

    for (i = 0; i < doc->nnodes; i++) {
        const bs_node *h = bs_doc_node(doc, i), *p;
        char name[BIO_NAME_MAX + 1];
        size_t k, v;
        int r;

        if (!(bs_tag_flags((bs_tag)h->tag) & BS_TF_HEADING) ||
            h->tag == BS_TAG_H1 || h->chars == 0 || h->chars > BIO_NAME_MAX ||
            (h->flags & BS_NF_UNSEEN) || bs_in_comment(h))
            continue;
        p = bs_sibling_skip_blank(h, 0);
        if (p == NULL || p->tag != BS_TAG_P)
            continue;
        if ((r = short_name(h, t)) < 0)
            return;
        if (r == 0)
            continue;
        k = t->len;
        memcpy(name, t->ptr, k);
        name[k] = '\0';
        bs_buf_clear(t);
        bs_node_text_all(p, t, BIO_NAME_MAX * 2);
        if (t->failed)
            return;
        if (t->len <= k || memcmp(t->ptr, name, k) != 0)
            continue;
        for (v = 0; v < sizeof(verbs) / sizeof(verbs[0]); v++)
            if (bs_starts_ci(t->ptr + k, t->len - k, verbs[v]))
                break;
        /* (what the paragraph says is a job: "the Head of Marketing", "a
           writer"; not "Blue Ridge is a mountain range") */
        if (v < sizeof(verbs) / sizeof(verbs[0]) && in_author_box(h) &&
            (v >= WRITES || bs_says_job(t->ptr + k, t->len - k))) {
            bs_meta_add_authors(doc, meta, prio, "byline", name, k);
            return;
        }
    }
}

/* Is the element named for an author's description ("author-description",
   "author_bio", "authorBio")? */
static int
describes_author(const bs_node *n)
{
    const char *cls = bs_node_attr(n, BS_ATTR_CLASS), *c;
    size_t len;

    while (cls != NULL && (c = bs_class_next(&cls, &len)) != NULL)
        if (bs_strcasestr_n(c, len, "author") &&
            (bs_strcasestr_n(c, len, "desc") || bs_strcasestr_n(c, len, "bio")))
            return 1;
    return 0;
}

/* An author's box whose name stands in an element of its own, the
   author's description named so in the next one ("<p>Jane Doe</p><div
   class="author-description">Licensed grader</div>"). Outside a comment. */
static void
described_author(bs_doc *doc, bs_meta *meta, bs_buf *t, int prio)
{
    size_t i;

    for (i = 0; i < doc->nnodes; i++) {
        const bs_node *h = bs_doc_node(doc, i), *p;
        int r;

        if (h->tag == BS_TAG_TEXT || h->chars == 0 || !describes_author(h))
            continue;
        p = bs_sibling_skip_blank(h, 1);
        /* (a link alone, a tag's or a related post's, "Harbour Master",
           names a page, not the author) */
        if (p == NULL || p->tag == BS_TAG_TEXT || p->chars == 0 ||
            p->chars > BIO_NAME_MAX || p->tag == BS_TAG_A ||
            p->link_chars >= p->chars ||
            (p->flags & BS_NF_UNSEEN) || bs_in_comment(p))
            continue;
        if ((r = short_name(p, t)) < 0)
            return;
        if (r > 0) {
            bs_meta_add_authors(doc, meta, prio, "byline", t->ptr, t->len);
            return;
        }
    }
}

/* The text's first paragraph opens with its date: "(21. November 2022)
   Energy prices ...", "21.11.2022 - Energy prices ...", "BERLIN, 21
   November 2022 \xe2\x80\x93 ...". A dateline of the text's own outranks
   a date found elsewhere in the page's text. */
#define DATELINE_MAX 48
static void
opening_dateline(bs_doc *doc, bs_meta *meta, const bs_node *p, bs_buf *t)
{
    static const char *const ends[] = {" - ", " \xe2\x80\x93 ",
                                       " \xe2\x80\x94 "};
    char iso[32];
    const char *s;
    size_t n, k, i;
    int paren = 0;

    bs_buf_clear(t);
    bs_node_text_all(p, t, DATELINE_MAX * 2);
    if (t->failed || t->len == 0)
        return;
    s = t->ptr;
    n = t->len;
    while (n > 0 && bs_is_space((unsigned char)*s))
        s++, n--;
    if (n > DATELINE_MAX)
        n = DATELINE_MAX;
    k = 0;
    if (n > 0 && *s == '(') {
        const char *close = memchr(s, ')', n);
        if (close != NULL) {
            s++;
            k = (size_t)(close - s);
            paren = 1;
        }
    } else {
        size_t j;
        for (j = 1; j < n && k == 0; j++)
            for (i = 0; i < sizeof(ends) / sizeof(ends[0]); i++)
                if (j + strlen(ends[i]) <= n &&
                    memcmp(s + j, ends[i], strlen(ends[i])) == 0) {
                    k = j;
                    break;
                }
    }
    /* (the date ends the part before the dash: "Since 4 August 2014 the
       board - ..." is a sentence; and opens it, after a place and a comma
       at most: "On 12 March 2020 - the WHO ..." is one too) */
    if (k >= 6 && (paren || (s[k - 1] >= '0' && s[k - 1] <= '9')) &&
        dateline_opens(s, k) && bs_date_parse(s, k, iso, meta->now))
        bs_meta_set(doc, meta, bs_text_date_field(s, k), BS_PRIO_TEXT + 3,
                    "text", s, k);
}

/* The byte c lowered, ASCII and Latin-1's capitals ("\xc3\x89" for
   U+00C9, after `prev`, its lead byte). */
static unsigned char
fold_latin(unsigned char prev, unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return (unsigned char)(c + 32);
    if (prev == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97)
        return (unsigned char)(c + 0x20);
    return c;
}

/* Does [s, s + n) hold `low`, a text whose letters fold_latin() lowered,
   in any case? */
static int
holds_folded(const char *s, size_t n, const char *low, size_t k)
{
    const unsigned char *h = (const unsigned char *)s;
    size_t i, j;

    for (i = 0; i + k <= n; i++) {
        for (j = 0; j < k; j++)
            if (fold_latin(i + j > 0 ? h[i + j - 1] : 0, h[i + j]) !=
                (unsigned char)low[j])
                break;
        if (j == k)
            return 1;
    }
    return 0;
}

/* Does a visible text of the page's body hold `name` (any case, Latin-1's
   letters too: "STÉPHANE" for "Stéphane"; not a script's, not the
   <head>'s)?  A name too long to look for counts as shown. */
static int
shown_in_body(bs_doc *doc, const char *name)
{
    char low[128];
    size_t i, k = strlen(name);

    if (k >= sizeof(low))
        return 1;
    for (i = 0; i <= k; i++)
        low[i] = (char)fold_latin(i > 0 ? (unsigned char)name[i - 1] : 0,
                                  (unsigned char)name[i]);
    for (i = 0; i < doc->nnodes; i++) {
        const bs_node *n = bs_doc_node(doc, i), *up;
        int skip = 0;

        if (n->text == NULL || n->len < k ||
            !holds_folded(n->text, n->len, low, k) || is_hidden(n))
            continue;
        for (up = n->parent; up != NULL && !skip; up = up->parent)
            skip = up->tag == BS_TAG_HEAD ||
                   (bs_tag_flags((bs_tag)up->tag) & BS_TF_SKIP);
        if (!skip)
            return 1;
    }
    return 0;
}

/* Do the names a and b share a word of three letters or more, in any
   case ("Jeff Kaufman", "Jeff T. Kaufman")? */
static int
share_word(const char *a, const char *b)
{
    const char *p = a;

    while (*p != '\0') {
        size_t k = strcspn(p, " ");
        const char *q = b;
        while (k >= 3 && *q != '\0') {
            size_t m = strcspn(q, " ");
            if (m == k && bs_ci_eq(p, q, k))
                return 1;
            q += m;
            q += strspn(q, " ");
        }
        p += k;
        p += strspn(p, " ");
    }
    return 0;
}

/* The authors the metadata gives, names of two words or more, appear
   nowhere in the page's text, while a byline of the page names others,
   each in two to four capitalised words sharing no word with them: the
   byline's names replace them.  Such metadata names the account that
   posted the page or a former writer (a CMS's user, a SEO plugin's
   "author"); the byline is what the reader is shown.  A login ("jroe")
   stays, and a byline that writes the same person otherwise ("Jane Doe"
   for "Jane Q. Doe") changes nothing, whichever byline comes first.
   Four authors at most are looked for, a poster's account or two: each
   is looked for in every text of the page, and a list of more is the
   writers' (64 names against a page of 20,000 texts took 4 s). */
#define UNSEEN_NAME_WORDS_MAX 4
#define UNSEEN_AUTHORS_MAX 4
static void
unseen_metadata_author(bs_doc *doc, bs_meta *meta)
{
    const char *src = meta->list_source[BS_LIST_AUTHORS];
    const char **take = NULL;
    size_t have = meta->count[BS_LIST_AUTHORS], ntake = 0, i, j, k;

    if (have == 0 || have > UNSEEN_AUTHORS_MAX || meta->nbylines == 0 ||
        src == NULL || strcmp(src, "byline") == 0 ||
        strcmp(src, "text") == 0 || strcmp(src, "microdata") == 0 ||
        bs_meta_page_kind(meta) == BS_PAGE_THREAD)
        return;
    for (i = 0; i < have; i++) {
        const char *a = meta->list[BS_LIST_AUTHORS][i];
        if (strchr(a, ' ') == NULL || shown_in_body(doc, a))
            return;
    }
    for (j = 0; j < meta->nbylines; j++) {
        bs_meta names;
        size_t got = byline_names(doc, meta, j, &names);
        int others = 1;

        for (i = 0; i < got; i++) {
            const char *v = names.list[BS_LIST_AUTHORS][i];
            size_t w = bs_name_words(v, strlen(v));
            if (w < 2 || w > UNSEEN_NAME_WORDS_MAX)
                others = 0;
            /* a byline that names the metadata's person settles it */
            for (k = 0; k < have; k++)
                if (share_word(v, meta->list[BS_LIST_AUTHORS][k]))
                    return;
        }
        /* (the list and its names live in the document's arena) */
        if (got > 0 && others && take == NULL) {
            take = names.list[BS_LIST_AUTHORS];
            ntake = got;
        }
    }
    if (take != NULL)
        take_byline_names(doc, meta, take, ntake);
}

/* Do the authors come from the page's metadata (four at most), each a
   name of two words or more that no text of the page shows? */
static int
unseen_metadata(bs_doc *doc, const bs_meta *meta)
{
    const char *src = meta->list_source[BS_LIST_AUTHORS];
    size_t have = meta->count[BS_LIST_AUTHORS], i;

    if (have == 0 || have > UNSEEN_AUTHORS_MAX || src == NULL ||
        strcmp(src, "byline") == 0 || strcmp(src, "text") == 0 ||
        bs_meta_page_kind(meta) == BS_PAGE_THREAD)
        return 0;
    for (i = 0; i < have; i++) {
        const char *a = meta->list[BS_LIST_AUTHORS][i];
        if (strchr(a, ' ') == NULL || shown_in_body(doc, a))
            return 0;
    }
    return 1;
}

void
bs_meta_from_content(bs_doc *doc, bs_meta *meta)
{
    static void (*const fallbacks[])(bs_doc *, bs_meta *, bs_buf *, int) = {
        labelled_byline, signature_byline, bio_box};
    bs_buf t = BS_BUF_INIT, lines = BS_BUF_INIT;
    bs_node *root;
    size_t i;
    int unseen;

    for (i = 0; (root = bs_next_content_root(doc, &i)) != NULL;) {
        bs_node *n;
        int looked = 0;

        /* Short blocks before the first real paragraph: the byline and
           dateline live there. */
        for (n = root; n != NULL && looked < 8;) {
            int skip = (n->flags & BS_NF_REMOVED) != 0 ||
                       bs_in_described_item(n);

            if (!skip && text_begins(n)) {
                opening_dateline(doc, meta, n, &t);
                break;
            }
            if (!skip && is_short_line(n)) {
                char iso[32];
                int byline, dated;

                looked++;
                bs_buf_clear(&t);
                bs_node_text(n, &t);
                byline = starts_byline(t.ptr, t.len) ||
                         mentions_author(meta, t.ptr);
                dated = bs_date_parse(t.ptr, t.len, iso, meta->now);
                if (byline) {
                    bs_meta_keep_byline(doc, meta, t.ptr, t.len);
                    /* read again by lines: a <br> ends the names ("Von
                       Jane Doe und John Roe<br>Kakuma") */
                    bs_buf_clear(&lines);
                    bs_node_lines(n, &lines);
                    if (!lines.failed)
                        bs_meta_add_authors(doc, meta, BS_PRIO_BYLINE,
                                            "byline", lines.ptr, lines.len);
                } else if (dated && meta->count[BS_LIST_AUTHORS] == 0) {
                    add_dated_name(doc, meta, t.ptr);
                }
                if (dated)
                    bs_meta_set(doc, meta, bs_text_date_field(t.ptr, t.len),
                                BS_PRIO_TEXT, "text", t.ptr, t.len);
                if (byline || (dated && n->chars < 80)) {
                    n->flags |= BS_NF_REMOVED | BS_NF_BYLINE;
                    skip = 1;
                }
            }
            n = bs_node_next(n, root, skip);
        }
    }
    credit_line(doc, meta, &t);
    if (meta->count[BS_LIST_AUTHORS] == 0)
        header_byline(doc, meta, &t);
    /* a labelled or signed line, an author's box name the writer better
       than the publisher's name in a meta tag does */
    /* (as are metadata authors the page never shows: looked for once) */
    unseen = unseen_metadata(doc, meta);
    for (i = 0; i < sizeof(fallbacks) / sizeof(fallbacks[0]); i++) {
        if (meta->count[BS_LIST_AUTHORS] == 0) {
            fallbacks[i](doc, meta, &t, BS_PRIO_TEXT);
        } else if (only_publishers(meta)) {
            fallbacks[i](doc, meta, &t, BS_PRIO_BYLINE - 1);
        } else if (unseen) {
            fallbacks[i](doc, meta, &t, BS_PRIO_JSONLD + 1);
            /* (until one of them replaced them) */
            unseen = meta->list_prio[BS_LIST_AUTHORS] <= BS_PRIO_JSONLD;
        }
    }
    /* (an author's box named so only around its description: when
       nothing else names one; a reviewer's box looks the same) */
    if (meta->count[BS_LIST_AUTHORS] == 0)
        described_author(doc, meta, &t, BS_PRIO_TEXT);
    if (meta->count[BS_LIST_AUTHORS] == 0)
        agency_byline(doc, meta, &t);
    if (meta->count[BS_LIST_AUTHORS] == 0)
        closing_credit(doc, meta, &t);
    if (meta->count[BS_LIST_AUTHORS] == 0)
        says_credit(doc, meta, &t);
    if (meta->count[BS_LIST_AUTHORS] == 0)
        updated_by_line(doc, meta, &t);
    if (meta->count[BS_LIST_AUTHORS] == 0)
        owner_tagline(doc, meta, &t);
    if (meta->count[BS_LIST_AUTHORS] == 0)
        speech_headline(doc, meta);
    if (meta->ambiguous[0] || meta->ambiguous[1])
        header_dates(doc, meta, &t);
    bs_buf_free(&t);
    bs_buf_free(&lines);
    fuller_byline(doc, meta);
    unseen_metadata_author(doc, meta);
    login_spelled_out(doc, meta);
    first_name_spelled_out(doc, meta);
    initials_spelled_out(doc, meta);
    drop_site_after_names(meta);
    /* No byline: the profile <link rel=author> points to, or in a thread
       (a page that is no article) the first post's user. */
    if (meta->count[BS_LIST_AUTHORS] == 0 && meta->user_link != NULL)
        bs_meta_add_authors(doc, meta, BS_PRIO_TEXT, "meta", meta->user_link,
                            strlen(meta->user_link));
    if (meta->count[BS_LIST_AUTHORS] == 0 && meta->user != NULL &&
        bs_meta_page_kind(meta) != BS_PAGE_ARTICLE)
        bs_meta_add_authors(doc, meta, BS_PRIO_TEXT, "byline", meta->user,
                            strlen(meta->user));
    if (meta->count[BS_LIST_AUTHORS] == 0 && meta->post_author != NULL &&
        meta->post_author[0] != '\0')
        bs_meta_add_authors(doc, meta, BS_PRIO_TEXT, "byline",
                            meta->post_author, strlen(meta->post_author));
    /* No byline anywhere: a personal site's dated copyright line names its
       author. */
    if (meta->count[BS_LIST_AUTHORS] == 0 && meta->copyright != NULL)
        bs_meta_list_add(doc, meta, BS_LIST_AUTHORS, BS_PRIO_TEXT, "text",
                         meta->copyright, strlen(meta->copyright));
}
