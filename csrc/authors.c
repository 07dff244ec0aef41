/*
 * authors.c - author strings cleaned into names.
 *
 * A byline, a meta tag or a JSON-LD author gives a string such as "By
 * Jane Doe and John Roe, Staff", "Redaktion: Eva Berg (Presse)" or "Dec.
 * 19, 2025 · Jane Doe"; bs_meta_add_authors() splits it into names and
 * drops what is no name: labels, dates, roles and jobs, credentials,
 * e-mail addresses and handles, follow buttons, template placeholders.
 */
#include <string.h>

#include "internal.h"

/* Words of byline labels and form fields, in the languages of the date
   parser: a "name" made of these alone ("Posted on", "Veröffentlicht am",
   "Name (required)") is a label whose name sits elsewhere. */
static int
is_label_word(const char *w, size_t n)
{
    static const char *const words[] = {
        "posted", "published", "updated", "written", "by", "on", "at",
        "author", "authors", "name", "required", "veröffentlicht",
        "publiziert", "aktualisiert", "geschrieben", "erstellt", "am", "um",
        "gespeichert", "eingestellt", "verfasst", "post", "time", "topic",
        "user", "username", "full", "bio", "profile", "view",
        "von", "autor", "autoren", "autorin", "erforderlich", "publié",
        "publiée", "par", "le", "auteur", "auteurs", "publicado", "por",
        "el", "pubblicato", "da", "il", "autore", "gepubliceerd", "door",
        "op", "opublikowano", "przez", "опубликовано", "автор",
        /* "No author", "Unknown", "Login", "Auteur(s)", "Datum"; a
           template's placeholders ("undefined", "null", "Publisher") */
        "no", "unknown", "login", "s", "datum", "date", "text",
        "undefined", "null", "publisher",
        /* a follow button's word beside the name */
        "follow", "folgen", "suivre", "seguir", "segui",
        /* "Last modified", "Zuletzt geändert am", "Mis à jour le" */
        "last", "modified", "zuletzt", "geändert", "modifié", "modifiée",
        "dernière", "mis", "à", "jour", "actualizado", "modificado",
        "aggiornato", "modificato", "laatst", "gewijzigd", "bijgewerkt",
        "zaktualizowano", "обновлено", "изменено",
        /* a blog's profile link: "View my complete profile", "Afficher
           mon profil complet", "Mein Profil vollständig anzeigen" */
        "my", "complete", "show", "mon", "afficher", "profil", "complet",
        "mein", "vollständig", "vollständiges", "anzeigen", "mijn",
        "volledige", "profiel", "bekijken", "ver", "mi", "perfil",
        "completo", "visualizza", "profilo", "mio",
    };

    /* (or the day of a dateline) */
    return bs_word_among(w, n, BS_WORDS(words), 1) > 0 ||
           bs_is_day_name(w, n);
}

/* A text that is only a byline label: "By", "Written by", "Author:",
   "Von", "Auteur", ... (its name follows in the next element). */
int
bs_is_byline_label(const char *s, size_t n)
{
#define LABEL(s) {s, sizeof(s) - 1}
    /* (with their lengths: most texts asked about are no label at all) */
    static const struct {
        const char *s;
        size_t n;
    } labels[] = {
        LABEL("by"), LABEL("written by"), LABEL("posted by"),
        LABEL("published by"), LABEL("words by"), LABEL("author"),
        LABEL("authors"), LABEL("author:"), LABEL("authors:"),
        LABEL("contributors:"), LABEL("contributor:"), LABEL("von"),
        LABEL("autor"), LABEL("autor:"), LABEL("autorin"),
        LABEL("geschrieben von"), LABEL("par"), LABEL("auteur"),
        LABEL("auteur :"), LABEL("por"), LABEL("autor/a"), LABEL("door"),
        LABEL("di"), LABEL("a cura di"), LABEL("article by"),
        LABEL("story by"), LABEL("autor/in"), LABEL("autor/in:"),
        LABEL("autorin:"), LABEL("artikel von"), LABEL("artikel von:"),
        LABEL("verfasst von"), LABEL("auteur:"), LABEL("autore:")};
#undef LABEL
    size_t i;

    while (n > 0 && (bs_is_space((unsigned char)*s) || *s == '|' ||
                     *s == '-' || *s == '/'))
        s++, n--;
    /* (white space, or a no-break space: "Par&nbsp;<a>Jane Doe</a>") */
    while (n > 0 && (bs_is_space((unsigned char)s[n - 1]) ||
                     (n >= 2 && (unsigned char)s[n - 2] == 0xC2 &&
                      (unsigned char)s[n - 1] == 0xA0)))
        n -= bs_is_space((unsigned char)s[n - 1]) ? 1 : 2;
    for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++) {
        if (labels[i].n == n && bs_ci_eq(s, labels[i].s, n))
            return 1;
    }
    return 0;
}

static int
is_word_byte(unsigned char c);

/* Does [s, s + n) open with a word that says when ("on", "am", "le",
   "el", "il", "op"), then nothing or a date alone ("am 7. Mai 2013"),
   plausible at the reference time `now`? */
static int
dated_after(const char *s, size_t n, long long now)
{
    static const char *const whens[] = {"on", "am", "le", "el", "il", "op"};
    char iso[40];
    size_t i, k;

    for (k = 0; k < n && s[k] != ' '; k++)
        ;
    for (i = 0; i < sizeof(whens) / sizeof(whens[0]); i++)
        if (k == strlen(whens[i]) && memcmp(s, whens[i], k) == 0)
            break;
    if (i == sizeof(whens) / sizeof(whens[0]))
        return 0;
    while (k < n && s[k] == ' ')
        k++;
    return k == n || bs_date_parse(s + k, n - k, iso, now);
}

/* "By Jane Doe", "von Andreas Kürten", "Redaktion: Eva Berg (Presse)":
   a byline word or label, then two to four capitalised words and
   nothing else but a role in brackets.  Returns the names' length and
   sets *at to their start, else 0. */
size_t
bs_byline_text_names(const char *s, size_t n, size_t *at, long long now)
{
    static const char *const words[] = {
        "by ", "von ", "par ", "por ", "door ", "author: ", "autor: ",
        "autorin: ", "text: ", "redaktion: ", "texto: ", "auteur : ",
        "auteur: ", "written by "};
    const char *p = s;
    size_t i, k = 0, names = 0, end;

    while (n > 0 && (bs_is_space((unsigned char)*s) || *s == '-' ||
                     *s == '|'))
        s++, n--;
    if (n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
        s += 2, n -= 2;
    while (n > 0 && bs_is_space((unsigned char)s[n - 1]))
        n--;
    /* "(Pressesprecher des EJW)": the role after the name */
    if (n > 0 && s[n - 1] == ')') {
        const char *o = memchr(s, '(', n);
        if (o != NULL && o > s && o[-1] == ' ')
            n = (size_t)(o - s) - 1;
    }
    for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
        k = strlen(words[i]);
        if (n > k && bs_strcasestr_n(s, k, words[i]))
            break;
    }
    if (i == sizeof(words) / sizeof(words[0]))
        return 0;
    *at = (size_t)(s - p) + k;
    end = n;
    while (k < n) {
        unsigned char c;
        while (k < n && s[k] == ' ')
            k++;
        if (k >= n)
            break;
        c = (unsigned char)s[k];
        /* "Von Jane Doe am 7. Mai 2013", "By Jane Doe on": the word
           that says when, then a date or the line's end (the date in the
           next element); the names end before it */
        if (names >= 2 && dated_after(s + k, n - k, now)) {
            end = k;
            while (end > 0 && s[end - 1] == ' ')
                end--;
            break;
        }
        if (!((c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xC5)))
            return 0; /* "by the way", "by 2030" */
        names++;
        while (k < n && s[k] != ' ') {
            c = (unsigned char)s[k];
            if (!(is_word_byte(c) || c == '-' || c == '.' || c == '\''))
                return 0;
            k++;
        }
    }
    if (names < 2 || names > 4)
        return 0;
    return (size_t)(s - p) + end - *at;
}

static int
is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c >= 0x80;
}

static int
only_label_words(const char *s, size_t n)
{
    size_t i = 0;

    while (i < n) {
        size_t j;
        while (i < n && !is_word_byte((unsigned char)s[i]))
            i++;
        j = i;
        while (j < n && is_word_byte((unsigned char)s[j]))
            j++;
        if (j > i && !is_label_word(s + i, j - i))
            return 0;
        i = j;
    }
    return 1;
}

static int
is_credential(const char *s, size_t n);

#define SURNAME_JOBS 3

/* Does [s, s + n) start with a word that ranks a job ("Senior",
   "Deputy", "Chief", ...) or a degree ("Ph.D. Director")? */
static int
ranks_job(const char *s, size_t n)
{
    static const char *const ranks[] = {
        "senior", "deputy", "chief", "staff", "lead", "managing",
        "executive", "associate", "assistant", "contributing", "former",
        "head", "principal", "junior", "guest", "freelance", "digital",
        "news", "features", "sports"};
    size_t i, w = 0;

    while (n > 0 && *s == ' ')
        s++, n--;
    while (w < n && s[w] != ' ')
        w++;
    if (is_credential(s, w))
        return 1;
    for (i = 0; i < sizeof(ranks) / sizeof(ranks[0]); i++)
        if (strlen(ranks[i]) == w && bs_ci_eq(s, ranks[i], w))
            return 1;
    return 0;
}

/* Is [s, s + n) a job's name ("Editor", "CEO", "Co-Founder")?  Sets
   *surname when the word is a surname too ("Writer"). */
static int
is_job_word(const char *s, size_t n, int *surname)
{
    /* the first SURNAME_JOBS are surnames too */
    static const char *const jobs[] = {
        "writer", "president", "founder",
        "editor", "reporter", "engineer", "manager",
        "director", "coordinator", "officer", "co-founder", "cofounder",
        "ceo", "cto", "cfo", "coo", "cmo", "vp", "producer",
        "correspondent", "columnist", "analyst", "consultant", "specialist",
        "strategist", "designer", "developer", "photographer",
        "contributor", "scientist", "researcher", "journalist", "expert",
        "dietitian", "nutritionist", "redakteur", "redakteurin",
        "educator", "administrator", "moderator", "horticulturist",
        "horticulturalist", "principal", "partner"};
    size_t at = bs_word_among(s, n, BS_WORDS(jobs), 1);

    *surname = at > 0 && at <= SURNAME_JOBS;
    return at > 0;
}

int
bs_says_job(const char *s, size_t n)
{
    size_t i = 0;

    while (i < n) {
        size_t w;
        int surname;
        while (i < n && !bs_is_alnum_ascii((unsigned char)s[i]) &&
               (unsigned char)s[i] < 0x80)
            i++;
        for (w = i; i < n && (bs_is_alnum_ascii((unsigned char)s[i]) ||
                              s[i] == '-' || (unsigned char)s[i] >= 0x80);
             i++)
            ;
        if (i > w && (is_job_word(s + w, i - w, &surname) ||
                      ranks_job(s + w, i - w)))
            return 1;
    }
    return 0;
}

/* Is [s, s + n) a name's particle ("van", "de", "bin")? */
static int
is_particle(const char *s, size_t n)
{
    static const char *const particles[] = {
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "du",
        "la", "le", "des", "dos", "das", "do", "y", "e", "bin", "ibn",
        "al", "el", "ter", "ten", "zu", "af", "av", "los", "las"};

    return bs_word_among(s, n, BS_WORDS(particles), 0) > 0;
}

/* Is [s, s + n) a phrase: two words or more, a digit or a word in lower
   case among them that is no name's particle ("4+ years covering
   hardware"; not "Marna van der Merwe")? */
static int
is_phrase(const char *s, size_t n)
{
    size_t i = 0, words = 0;
    int phrase = 0;

    while (i < n) {
        size_t j;
        while (i < n && s[i] == ' ')
            i++;
        if (i == n)
            break;
        for (j = i; j < n && s[j] != ' '; j++)
            if (s[j] >= '0' && s[j] <= '9')
                phrase = 1;
        words++;
        if (s[i] >= 'a' && s[i] <= 'z' && !is_particle(s + i, j - i))
            phrase = 1;
        i = j;
    }
    return words >= 2 && phrase;
}

/* Does [s, s + n) end in a job's name that is no surname ("... Digital
   Security Expert")? */
static int
ends_in_job(const char *s, size_t n)
{
    size_t b;
    int surname;

    while (n > 0 && s[n - 1] == ' ')
        n--;
    for (b = n; b > 0 && s[b - 1] != ' '; b--)
        ;
    return b > 0 && is_job_word(s + b, n - b, &surname) && !surname;
}

/* Is [s, s + n), after a name, a role ("Projektleiterin der HSS in
   Tunesien", "Trial Attorney at Morgan"): four words or more, some in
   lower case that are no name's particles ("Marna van der Merwe", "Ana
   de la Cruz"); a job's name alone ("Journalist", "COO"); a job or a rank
   of something ("Head of Marketing", "Director of Operations"); or two to
   four words ending in a job's name ("Senior QA Engineer", "Political
   Reporter"; of two with a job that is a surname too, after a rank only:
   "Senior Writer", not "John Writer")? */
static int
is_role(const char *s, size_t n)
{
    size_t i = 0, words = 0, first = 0, b, e;
    int role = 0, surname;

    while (n > 0 && s[n - 1] == ' ')
        n--;
    while (i < n && s[i] == ' ')
        i++;
    b = i;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        words++;
        if (words == 1)
            first = j - i;
        else if (words == 2 && j - i == 2 && memcmp(s + i, "of", 2) == 0 &&
                 (ranks_job(s + b, first) ||
                  is_job_word(s + b, first, &surname)))
            return 1;
        if (s[i] >= 'a' && s[i] <= 'z' && !is_particle(s + i, j - i))
            role = 1;
        for (i = j; i < n && s[i] == ' '; i++)
            ;
    }
    if (role && words >= 4)
        return 1;
    if (words < 1 || words > 4)
        return 0;
    /* the last word */
    for (e = n; e > b && s[e - 1] != ' '; e--)
        ;
    if (!is_job_word(s + e, n - e, &surname))
        return 0;
    /* (of two words, "John Writer" may be a name: after a rank it is
       not, "Senior Writer") */
    return words != 2 || !surname || ranks_job(s, n);
}

static int
opens_organisation(const char *s, size_t n);

/* "Jane Doe for The Guardian", "Brendan Carlin For The Mail On Sunday":
   the length of two or three names before the publication they wrote
   for, else n; an organisation's "for" stays ("National Center for
   Health Statistics"). */
static size_t
wrote_for(const char *s, size_t n)
{
    size_t i, w, b = 0;

    while (b < n && s[b] == ' ')
        b++;
    for (i = b + 1; i + 6 < n; i++)
        if (s[i] == ' ' && (s[i + 1] == 'f' || s[i + 1] == 'F') &&
            memcmp(s + i + 2, "or ", 3) == 0)
            break;
    if (i + 6 >= n)
        return n;
    w = bs_name_words(s + b, i - b);
    if (w < 2 || w > 3 || opens_organisation(s, n))
        return n;
    if (n > i + 9 && memcmp(s + i + 5, "the ", 4) == 0)
        return s[i + 9] >= 'A' && s[i + 9] <= 'Z' ? i : n;
    return s[i + 5] >= 'A' && s[i + 5] <= 'Z' ? i : n;
}

static void
add_one_author(bs_doc *doc, bs_meta *meta, int prio, const char *source,
               const char *s, size_t n, int *added)
{
    /* "Name said": a commenter, not the author. */
    static const char *const commenter[] = {" said", " says", " sagt",
                                            " schreibt", " dit", " dice"};
    static const char *const drop_suffix[] = {
        " staff", " reporter", " correspondent", " editor", " writer",
        " contributor", " staff writer"};
    size_t i, words = 1, whole;

    /* (and "~ Jane Doe", a signature's tilde) */
    while (n > 0 && (bs_is_space((unsigned char)*s) || *s == '-' ||
                     *s == ':' || *s == '|' || *s == '~'))
        s++, n--;
    /* "\xc2\xa7Authoring applications": a section's sign opens no name */
    if (n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA7)
        return;
    /* "Copyright Acme GmbH", "\xc2\xa9 Jane Doe": the holder's name */
    if (n > 10 && bs_starts_ci(s, n, "copyright ")) {
        s += 10;
        n -= 10;
    } else if (n > 3 && (unsigned char)s[0] == 0xC2 &&
               (unsigned char)s[1] == 0xA9 && s[2] == ' ') {
        s += 3;
        n -= 3;
    }
    /* "so Artikel empfehlen:", "Share this article:": a label for what
       follows, words in small letters among its words */
    {
        size_t m = n, k, w;
        while (m > 0 && bs_is_space((unsigned char)s[m - 1]))
            m--;
        if (m > 1 && s[m - 1] == ':' && bs_count_words(s, m) >= 2)
            for (k = 1; k < m; k++) {
                if (!(s[k - 1] == ' ' && s[k] >= 'a' && s[k] <= 'z'))
                    continue;
                for (w = k; w < m && s[w] != ' ' && s[w] != ':'; w++)
                    ;
                /* (and "d'Ormesson", "l'Aubier") */
                if (!is_particle(s + k, w - k) &&
                    !(w - k > 2 && (s[k] == 'd' || s[k] == 'l') &&
                      (s[k + 1] == '\'' ||
                       (w - k > 4 && (unsigned char)s[k + 1] == 0xE2 &&
                        (unsigned char)s[k + 2] == 0x80 &&
                        (unsigned char)s[k + 3] == 0x99))))
                    return;
            }
    }
    for (;;) {
        while (n > 0 && (bs_is_space((unsigned char)s[n - 1]) ||
                         (s[n - 1] == '.' && !(n >= 3 && s[n - 3] == '.')) ||
                         s[n - 1] == '-' || s[n - 1] == ':' ||
                         s[n - 1] == '|' || s[n - 1] == '/'))
            n--;
        /* a forum's "galitsyn \xc2\xbb" (a link to the profile) */
        if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 &&
            ((unsigned char)s[n - 1] == 0xBB))
            n -= 2;
        else
            break;
    }
    /* "/author/jane-doe/": a path, not a name; "Home \xc2\xbb Section":
       a trail */
    if (n > 0 && (*s == '/' || bs_strcasestr_n(s, n, " \xc2\xbb ")))
        return;
    /* "Credit: Jane Doe", "Published in Journal", "Source: Statista",
       "Contact: Jane Doe": a picture's credit, a publication, a source, a
       press contact */
    {
        static const char *const not_authors[] = {
            "credit:", "photo:", "photos:", "foto:", "fotos:",
            "published in ", "source:", "quelle:", "fuente:", "fonte:",
            "bron:", "contact:", "kontakt:",
            /* Polish "Źródło:", "źródło:"; Russian "Фото", "фото" */
            "\305\271r\303\263d\305\202o:",
            "\305\272r\303\263d\305\202o:",
            "\xd0\xa4\xd0\xbe\xd1\x82\xd0\xbe ",
            "\xd1\x84\xd0\xbe\xd1\x82\xd0\xbe "};
        for (i = 0; i < sizeof(not_authors) / sizeof(not_authors[0]); i++)
            if (bs_starts_ci(s, n, not_authors[i]))
                return;
    }
    /* "Get in touch", "About the author": the heading of an author's
       box, a call to act, in place of the name */
    {
        static const char *const calls[] = {
            "get in touch", "contact us", "contact me", "about the author",
            "about the authors", "meet the author", "meet the authors",
            "meet the team", "about me", "about us", "follow us",
            "follow me", "read more", "learn more", "view profile"};
        size_t k = n;
        while (k > 0 && (s[k - 1] == '!' || s[k - 1] == '.' ||
                         s[k - 1] == ':' || s[k - 1] == ' '))
            k--;
        for (i = 0; i < sizeof(calls) / sizeof(calls[0]); i++)
            if (k == strlen(calls[i]) && bs_ci_eq(s, calls[i], k))
                return;
    }
    /* "Jane Doe Jane Doe", "Jane DoeJane Doe": one name twice */
    if (n >= 6 && n % 2 == 0 && memcmp(s, s + n / 2, n / 2) == 0)
        n /= 2;
    else if (n >= 7 && n % 2 == 1 && s[n / 2] == ' ' &&
             memcmp(s, s + n / 2 + 1, n / 2) == 0)
        n /= 2;
    /* a shop's "Visit the Acme Store": the brand */
    if (n > 16 && bs_starts_ci(s, n, "visit the ") &&
        bs_strcasestr_n(s + n - 6, 6, " store")) {
        s += 10;
        n -= 16;
    }
    /* one of several labels ("Text und Interview: Jane Doe") */
    {
        static const char *const labels[] = {
            "interview", "text",      "autor",        "author",
            "authors",   "redaktion", "autor/in",     "artikel von",
            "contributors", "contributor"};
        for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++) {
            size_t k = strlen(labels[i]);
            if (n > k + 2 && bs_starts_ci(s, n, labels[i]) && s[k] == ':') {
                s += k + 1;
                n -= k + 1;
                while (n > 0 && bs_is_space((unsigned char)*s))
                    s++, n--;
                break;
            }
        }
    }
    /* a label closed by a full-width colon, U+FF1A, as Chinese pages
       write "Author: Name" and "Editor in charge: Name" */
    for (i = 0; i + 3 < n && i < 24; i++) {
        if ((unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBC &&
            (unsigned char)s[i + 2] == 0x9A) {
            s += i + 3;
            n -= i + 3;
            while (n > 0 && bs_is_space((unsigned char)*s))
                s++, n--;
            break;
        }
    }
    /* "Eva Berg (Sprecherin des Vereins)", "Jane Doe (jd)", "Jane Doe
       (Sponsored Post)": a role, initials or a note of a paid or a
       guest's post in brackets after a name; an organisation's name in
       them ("(AFP)", "(CNXSoft)") stays */
    static const char *const notes[] = {
        "sponsored", "advertorial", "gesponsert", "anzeige", "werbung",
        "gastbeitrag", "guest", "promoted", "sponsoris\xc3\xa9"};
    if (n > 0 && s[n - 1] == ')') {
        size_t o = n - 1, k;
        int lower = 0;
        while (o > 0 && s[o] != '(')
            o--;
        for (k = o + 1; k < n - 1; k++) {
            size_t w = k;
            if (!(k == o + 1 || s[k - 1] == ' '))
                continue;
            lower |= s[k] >= 'a' && s[k] <= 'z';
            while (w < n - 1 && s[w] != ' ')
                w++;
            lower |= bs_word_among(s + k, w - k, BS_WORDS(notes), 1) > 0;
        }
        if (lower && o > 1 && s[o - 1] == ' ' && bs_name_words(s, o - 1) >= 2)
            n = o - 1;
    }
    /* "Jane Doe Sponsored": the mark of a paid post, in an element of its
       own after the name, with no brackets; a guest's ("Guest") is a
       surname there too ("Jane Mary Guest") */
    {
        size_t b = n;
        while (b > 0 && s[b - 1] != ' ')
            b--;
        if (bs_word_among(s + b, n - b, BS_WORDS(notes), 1) > 0 &&
            !(n - b == 5 && bs_ci_eq(s + b, "guest", 5)) &&
            !(n - b == 11 && bs_ci_eq(s + b, "gastbeitrag", 11))) {
            if (b == 0)
                return; /* the mark alone names nobody */
            if (b > 1 && bs_name_words(s, b - 1) >= 2)
                n = b - 1;
        }
    }
    whole = n;
    for (i = 0; i < sizeof(drop_suffix) / sizeof(drop_suffix[0]); i++) {
        size_t k = strlen(drop_suffix[i]);
        if (n > k && bs_strcasestr_n(s + n - k, k, drop_suffix[i])) {
            n -= k;
            i = (size_t)-1; /* strip repeated roles */
        }
    }
    /* After one word alone the role is part of the name: a team
       ("Podium Staff", "SFist Contributor") or a surname ("Jörg Staff");
       "Staff Reporter" stays a role. */
    if (n < whole && memchr(s, ' ', n) == NULL) {
        int role = 0;
        for (i = 0; i < sizeof(drop_suffix) / sizeof(drop_suffix[0]) && !role;
             i++)
            role = strlen(drop_suffix[i]) == n + 1 &&
                   bs_ci_eq(s, drop_suffix[i] + 1, n);
        if (!role)
            n = whole;
    }
    if (n == 0 || n > 80)
        return;
    /* "Jane DoeFollow", "Jane DoeLast updated": a button's or a date
       label's word run into the name */
    if (n > 7 && memcmp(s + n - 6, "Follow", 6) == 0 && s[n - 7] >= 'a' &&
        s[n - 7] <= 'z')
        n -= 6;
    else if (n > 5 && memcmp(s + n - 4, "Last", 4) == 0 && s[n - 5] >= 'a' &&
             s[n - 5] <= 'z')
        n -= 4;
    /* "Jane Doe Ver\303\266ffentlicht", "Jane Doe Updated": a label of
       the date after a name ("Laurens van der Post" keeps its "Post") */
    {
        static const char *const dated[] = {
            "published", "updated", "modified", "ver\303\266ffentlicht",
            "publiziert", "aktualisiert", "publi\xc3\xa9", "publicado",
            "pubblicato", "gepubliceerd"};
        size_t b = n;
        while (b > 0 && s[b - 1] != ' ')
            b--;
        if (b > 0 && bs_word_among(s + b, n - b, BS_WORDS(dated), 1) > 0 &&
            bs_count_words(s, b) >= 2) {
            n = b;
            while (n > 0 && s[n - 1] == ' ')
                n--;
        }
    }
    n = wrote_for(s, n);
    /* "Jane Doe @janedoe": the handle after the name goes */
    for (i = n; i > 1; i--) {
        if (s[i - 1] == '@' && s[i - 2] == ' ') {
            if (memchr(s + i, ' ', n - i) == NULL) {
                n = i - 2;
                while (n > 0 && s[n - 1] == ' ')
                    n--;
            }
            break;
        }
    }
    if (n == 0)
        return;
    for (i = 0; i < sizeof(commenter) / sizeof(commenter[0]); i++) {
        size_t k = strlen(commenter[i]);
        if (n > k && bs_strcasestr_n(s + n - k, k, commenter[i]))
            return;
    }
    if (only_label_words(s, n))
        return;
    /* a word that holds "author" is an element's name or an option
       ("reset-author", "post-author"), no person's */
    if (memchr(s, ' ', n) == NULL && bs_strcasestr_n(s, n, "author"))
        return;
    /* A question or a quotation is a headline's, not a name */
    if (memchr(s, '?', n) || bs_strcasestr_n(s, n, "\xe2\x80\x9c") ||
        bs_strcasestr_n(s, n, "\xe2\x80\x9e") ||
        bs_strcasestr_n(s, n, "\xe2\x80\xa6"))
        return;
    /* (an address, or what a CDN leaves of one: "[email protected]") */
    if (memchr(s, '@', n) || bs_starts_ci(s, n, "http") ||
        bs_starts_ci(s, n, "www.") || bs_strcasestr_n(s, n, "[email"))
        return;
    /* a role alone: "Staff", "admin", "Feedback left by buyer" */
    {
        static const char *const roles[] = {"staff", "admin", "buyer",
                                            "seller", "guest",
                                            "customer", "visitor"};
        if (bs_word_among(s, n, BS_WORDS(roles), 1) > 0)
            return;
    }
    /* a job's name alone ("Journalist", "Editor") names nobody */
    {
        int surname;
        if (memchr(s, ' ', n) == NULL && is_job_word(s, n, &surname))
            return;
    }
    /* Dates, times and counts are not names; a handle may hold digits
       among letters ("delta201"). */
    /* "2025Jane Doe": a date run into the name */
    for (i = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++)
        ;
    if (i > 0 && i < n && s[i] >= 'A' && s[i] <= 'Z') {
        s += i;
        n -= i;
    }
    for (i = 0; i < n;) {
        size_t j = i;
        int letters = 0, digits = 0, marks = 0;
        while (j < n && s[j] != ' ') {
            unsigned char c = (unsigned char)s[j];
            if (c >= '0' && c <= '9')
                digits++;
            else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                     c >= 0x80)
                letters++;
            else if (c == ':' || c == '/' || c == '.' || c == ',')
                marks++;
            j++;
        }
        if (digits > 0 && (letters == 0 || marks > 0 || j - i > 24 ||
                           (s[i] >= '0' && s[i] <= '9')))
            return;
        if (j < n)
            words++;
        i = j + 1;
    }
    if (words > 6)
        return;
    /* "editors who have contributed": three words or more, none
       capitalised, make a phrase, not a name; so do four or more with
       more words in lower case than capitalised ("Learn about our
       editorial policies"; not "Marna van der Merwe") */
    if (words >= 3) {
        int caps = 0, lower = 0;
        for (i = 0; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            if (i == 0 || s[i - 1] == ' ') {
                if ((c >= 'A' && c <= 'Z') || c >= 0x80)
                    caps++;
                else if (c >= 'a' && c <= 'z')
                    lower++;
            }
        }
        if (caps == 0 || (words >= 4 && lower > caps))
            return;
    }
    /* "Insights from", "A report by": a phrase cut before its object */
    {
        static const char *const open_ends[] = {
            " from", " of", " and", " with", " for", " the", " by", " to",
            " von", " und", " mit", " für", " de", " et", " par", " y"};
        for (i = 0; i < sizeof(open_ends) / sizeof(open_ends[0]); i++) {
            size_t k = strlen(open_ends[i]);
            /* (the first six, English, in any case: "Letters To The";
               "Johnnie To" and "Kelvin By" are names) */
            if (n > k && (i < 6 ? bs_ci_eq(s + n - k, open_ends[i], k)
                                : memcmp(s + n - k, open_ends[i], k) == 0))
                return;
        }
    }
    bs_meta_list_add(doc, meta, BS_LIST_AUTHORS, prio, source, s, n);
    (*added)++;
}

/* Is [s, s + n) a degree or a credential written after a name ("PhD",
   "M.D.", "RD", "Jr.")? */
static int
is_credential(const char *s, size_t n)
{
    static const char *const words[] = {
        "phd", "ph.d", "ph.d.", "md", "m.d", "m.d.", "do", "dvm", "vmd",
        "rd", "rdn", "rn", "np", "pa-c", "ms", "msc", "ma", "ba", "bs", "bsc",
        "mph", "mba", "cpa", "cfp", "cfa", "jd", "lcsw", "lmft", "psyd",
        "pharmd", "edd", "dds", "dmd", "facp", "faclm", "dacvb", "dabom",
        "foma", "fand", "lvt", "cscs", "cpt", "jr", "jr.", "sr", "sr.", "ii",
        "iii", "iv", "mfa", "med", "llm", "msw", "ccc-slp", "e-ryt 200",
        "e-ryt 500", "ryt", "ryt 200"};

    while (n > 0 && bs_is_space((unsigned char)*s))
        s++, n--;
    while (n > 0 && bs_is_space((unsigned char)s[n - 1]))
        n--;
    return bs_word_among(s, n, BS_WORDS(words), 1) > 0;
}

/* Is [s, s + n) a name's words, as citation_author writes them on either
   side of its comma: one to three words, each opening with a capital or
   a letter beyond ASCII or a particle ("van der Merwe"), no digit, at
   most `whole` words no particle, and no word a degree or an abbreviation
   but an initial ("PhD", "Inc.": "J." is one)?  The words no particle go
   into *names. */
static int
citation_words(const char *s, size_t n, size_t whole, size_t *names)
{
    size_t i = 0, words = 0;

    *names = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        if (j > i) {
            unsigned char c = (unsigned char)s[i];
            size_t k;
            int particle = is_particle(s + i, j - i);
            for (k = i; k < j; k++)
                if (s[k] >= '0' && s[k] <= '9')
                    return 0;
            if (!((c >= 'A' && c <= 'Z') || c >= 0xC3 || particle) ||
                is_credential(s + i, j - i) ||
                (s[j - 1] == '.' && j - i > 2))
                return 0;
            words++;
            *names += !particle;
        }
        i = j + 1;
    }
    return words >= 1 && words <= 3 && *names >= 1 && *names <= whole;
}

/* Does [s, s + n) hold an initial ("P.", a letter alone)? */
static int
has_initial(const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if ((i == 0 || s[i - 1] == ' ') &&
            (i + 1 == n || s[i + 1] == ' ' ||
             (s[i + 1] == '.' && (i + 2 == n || s[i + 2] == ' '))))
            return 1;
    return 0;
}

size_t
bs_inverted_name(const char *s, size_t n, char *out, size_t cap)
{
    const char *comma = memchr(s, ',', n), *first, *end = s + n;
    size_t ll, fl, i, surnames, given;

    if (comma == NULL || memchr(comma + 1, ',', n - (size_t)(comma - s) - 1))
        return 0;
    for (i = 0; i < n; i++)
        if (s[i] == ';' || s[i] == '&' || s[i] == '(')
            return 0;
    ll = (size_t)(comma - s);
    while (ll > 0 && s[ll - 1] == ' ')
        ll--;
    while (ll > 0 && *s == ' ')
        s++, ll--;
    first = comma + 1;
    fl = (size_t)(end - first);
    while (fl > 0 && *first == ' ')
        first++, fl--;
    while (fl > 0 && first[fl - 1] == ' ')
        fl--;
    /* (not "Jane Doe, PhD", "Jane Doe, Editor", "Acme Corp, Inc.", "World
       Health Organization, Geneva"; nor two names, "John Smith, Jane
       Doe": a surname of two words before given names of two whole
       words) */
    if (ll == 0 || fl == 0 || ll + fl + 2 > cap ||
        !citation_words(s, ll, 2, &surnames) ||
        !citation_words(first, fl, 3, &given) || is_role(first, fl) ||
        (surnames >= 2 && given >= 2 && !has_initial(first, fl)))
        return 0;
    memcpy(out, first, fl);
    out[fl] = ' ';
    memcpy(out + fl + 1, s, ll);
    out[fl + 1 + ll] = '\0';
    return fl + 1 + ll;
}

/* Where the name starting at c[i] ends: the first separator of names
   ("," ";" " and " ...) before len, its length in *sep (0 at the end). */
static size_t
next_split(const char *c, size_t i, size_t len, size_t *sep)
{
    /* (lower case; the longer first, which wins where two start) */
    static const char *const splitters[] = {
        /* an interview's two names */
        " im gespr\303\244ch mit ", " in conversation with ",
        " en conversation avec ", " im interview mit ",
        ",", ";", " and ", " & ", " und ", " et ", " y ", " e ", " en ",
        " / ", "|", "\xe2\x80\xa2", "\n"};
    size_t best = len, k, j;

    *sep = 0;
    for (k = 0; k < sizeof(splitters) / sizeof(splitters[0]); k++) {
        size_t sl = strlen(splitters[k]);
        for (j = i; j + sl <= len && j < best; j++) {
            if (bs_strcasestr_n(c + j, sl, splitters[k])) {
                /* "Acme GmbH & Co. KG": one company */
                if (splitters[k][1] == '&' && j + sl + 3 <= len &&
                    memcmp(c + j + sl, "Co", 2) == 0 &&
                    (c[j + sl + 2] == '.' || c[j + sl + 2] == ' '))
                    continue;
                best = j;
                *sep = sl;
                break;
            }
        }
    }
    return best;
}

/* [s, s + n) without the spaces and the full stop around it. */
static const char *
trim_piece(const char *s, size_t *n)
{
    while (*n > 0 && bs_is_space((unsigned char)*s))
        s++, (*n)--;
    while (*n > 0 && (bs_is_space((unsigned char)s[*n - 1]) ||
                      s[*n - 1] == '.'))
        (*n)--;
    return s;
}

/* Is [s, s + n) a country's name, as an address ends ("Acme GmbH,
   Nürnberg, Germany")? */
static int
is_country(const char *s, size_t n)
{
    static const char *const countries[] = {
        "germany", "deutschland", "austria", "\303\266sterreich",
        "\303\226sterreich",
        "switzerland", "schweiz", "suisse", "svizzera", "france", "italy",
        "italia", "spain", "espa\303\261a", "portugal", "netherlands",
        "nederland", "belgium", "belgique", "belgi\303\253", "luxembourg",
        "poland", "polska", "denmark", "sweden", "norway", "finland",
        "ireland", "uk", "united kingdom", "england", "scotland", "usa",
        "u.s.a", "united states", "canada", "australia", "new zealand",
        "india", "japan", "china", "brazil", "brasil", "mexico",
        "m\303\251xico", "argentina", "russia"};

    s = trim_piece(s, &n);
    return bs_word_among(s, n, BS_WORDS(countries), 1) > 0;
}

/* The last comma in [c, c + len), or NULL. */
static const char *
last_comma(const char *c, size_t len)
{
    while (len > 0 && c[len - 1] != ',')
        len--;
    return len > 0 ? c + len - 1 : NULL;
}

/* The length of the names before an address that ends them: "Acme GmbH,
   Nürnberg, Germany", "Acme, Frankfurt a. M., Germany" lose the country
   and the town before it (one word, a German town's "a. M.", a saint's
   "St. Gallen"; not "John D. Smith"). */
static size_t
before_address(const char *c, size_t len)
{
    const char *comma = last_comma(c, len), *town;
    size_t k;

    if (comma == NULL || !is_country(comma + 1, (size_t)(c + len - comma - 1)))
        return len;
    len = (size_t)(comma - c);
    if ((comma = last_comma(c, len)) == NULL)
        return len;
    k = (size_t)(c + len - comma - 1);
    town = trim_piece(comma + 1, &k);
    if (k > 0 && (memchr(town, ' ', k) == NULL ||
                  bs_strcasestr_n(town, k, " a. ") ||
                  bs_strcasestr_n(town, k, " a.m") ||
                  bs_starts_ci(town, k, "st. ") ||
                  bs_starts_ci(town, k, "sankt ")))
        return (size_t)(comma - c);
    return len;
}

/* Does the piece [s, s + n) open an organisation's name that goes on
   past "and": a ministry, a department, an institute, ... "for" or "of"
   something ("Bundesministerium für Wirtschaft und Klimaschutz",
   "Department of Health and Human Services")? The word before the link
   is the head, whole, or a German compound ending with it
   ("Bundesministerium"). */
static int
opens_organisation(const char *s, size_t n)
{
    static const char *const heads[] = {
        "ministry", "department", "office", "agency", "council",
        "association", "society", "foundation", "university", "commission",
        "committee", "administration", "bureau", "centre", "center",
        "institute"};
    static const char *const compounds[] = {
        "ministerium", "departement", "institut", "amt", "agentur",
        "verband", "gesellschaft", "stiftung", "universit\303\244t",
        "kommission", "zentrum"};
    static const char *const links[] = {" f\303\274r ", " of ", " for "};
    size_t i, j, w, h;

    for (i = 0; i < sizeof(links) / sizeof(links[0]); i++) {
        size_t k = strlen(links[i]);
        for (j = 1; j + k < n; j++) {
            if (memcmp(s + j, links[i], k) != 0)
                continue;
            /* the word before the link */
            for (w = j; w > 0 && s[w - 1] != ' '; w--)
                ;
            if (w == j || !(s[w] >= 'A' && s[w] <= 'Z'))
                continue;
            if (bs_word_among(s + w, j - w, BS_WORDS(heads), 1) > 0)
                return 1;
            for (h = 0; h < sizeof(compounds) / sizeof(compounds[0]); h++) {
                size_t cl = strlen(compounds[h]);
                if (j - w >= cl && bs_ci_eq(s + j - cl, compounds[h], cl))
                    return 1;
            }
        }
    }
    return 0;
}

/* The end of an organisation's name that opens at i and ends the piece
   at `best` (separator `blen` bytes long): on past "and", "und", "&",
   and past a comma before one word and "und"/"and" ("Departement für
   Wirtschaft, Bildung und Forschung"); not past a comma before another
   name ("..., Jane Doe"). */
static size_t
organisation_end(const char *c, size_t best, size_t blen, size_t len,
                 size_t *sep)
{
    for (;;) {
        size_t nlen, e;
        if (blen == 0 || best + blen >= len)
            break;
        e = next_split(c, best + blen, len, &nlen);
        if (c[best] == ',') {
            /* one word, then "und"/"and" */
            const char *p = c + best + 1;
            size_t k = e - best - 1;
            while (k > 0 && *p == ' ')
                p++, k--;
            if (k == 0 || memchr(p, ' ', k) != NULL || nlen <= 1 ||
                c[e] == ',' || c[e] == ';' || c[e] == '|' || c[e] == '\n')
                break;
        } else if (!(blen > 2 && c[best] == ' ' &&
                     (c[best + 1] == 'a' || c[best + 1] == 'u' ||
                      c[best + 1] == '&'))) {
            break;
        }
        best = e;
        blen = nlen;
    }
    *sep = blen;
    return best;
}

/* Does [s, s + n) hold a price: a currency's sign ("$", "\xe2\x82\xac",
   "\xc2\xa3") with a digit next to it, a space between allowed ("$15",
   "15 \xe2\x82\xac")? */
static int
holds_price(const char *s, size_t n)
{
    static const char *const signs[] = {"$", "\xe2\x82\xac", "\xc2\xa3"};
    size_t i, k;

    for (i = 0; i < n; i++) {
        for (k = 0; k < sizeof(signs) / sizeof(signs[0]); k++) {
            size_t sl = strlen(signs[k]), a = i + sl, b = i;
            if (i + sl > n || memcmp(s + i, signs[k], sl) != 0)
                continue;
            if (a < n && s[a] == ' ')
                a++;
            if (b > 0 && s[b - 1] == ' ')
                b--;
            if ((a < n && s[a] >= '0' && s[a] <= '9') ||
                (b > 0 && s[b - 1] >= '0' && s[b - 1] <= '9'))
                return 1;
        }
    }
    return 0;
}

/* Is [s, s + n) one to three words in small letters, five letters or
   more ("gastroenterologist" after "Jane Doe, MD,", "harbour
   historian"; not an agency's "dpa"): it describes the name before
   it. */
static int
lower_words(const char *s, size_t n)
{
    size_t i, letters = 0;

    while (n > 0 && s[0] == ' ')
        s++, n--;
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.'))
        n--;
    if (n == 0 || bs_count_words(s, n) > 3)
        return 0;
    for (i = 0; i < n; i++) {
        if (s[i] >= 'a' && s[i] <= 'z')
            letters++;
        else if (s[i] != ' ')
            return 0;
    }
    return letters >= 5;
}

/* Does [s, s + n) of two words or more end in a web address ("Redner
   bei harbour-events.example.com", "Editor at Harbournews.de"), its
   top-level domain in small letters (not a name's "Mary St.Claire"):
   where the name before it works, no name? */
static int
at_site(const char *s, size_t n)
{
    size_t w, dot, k;

    while (n > 0 && *s == ' ')
        s++, n--;
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.'))
        n--;
    for (w = n; w > 0 && s[w - 1] != ' '; w--)
        ;
    if (w == 0)
        return 0;
    for (dot = n; dot > w && s[dot - 1] != '.'; dot--)
        ;
    if (dot <= w + 1 || n - dot < 2 || n - dot > 6)
        return 0;
    for (k = dot; k < n; k++)
        if (!(s[k] >= 'a' && s[k] <= 'z'))
            return 0;
    return 1;
}

/* Is the separator [s, s + n) an ampersand, as a department's name
   joins its words ("Content & Marketing"; not "and", which joins
   agencies, "Reuters and AP")? */
static int
ampersand(const char *s, size_t n)
{
    while (n > 0 && *s == ' ')
        s++, n--;
    while (n > 0 && s[n - 1] == ' ')
        n--;
    return n == 1 && *s == '&';
}

static int
add_authors_once(bs_doc *doc, bs_meta *meta, int prio, const char *source,
                 const char *s, size_t n)
{
    static const char *const prefixes[] = {
        "posted by", "written by", "authored by", "published by",
        "words by", "story by",
        "article by", "text by", "text von", "text & fotos:",
        "text und fotos:", "text & bilder:", "text und bilder:",
        "reporting by", "geschrieben von",
        "verfasst von", "by", "von", "vom", "par", "por", "di", "door",
        "durch",
        "przez", "av", "autor/in", "autor:", "author:", "autorin:", "auteur:",
        "redaktion:",
        "text:", "texto:", "testo:", "tekst:", "interview:", "escribe:",
        "escribe", "escrito por", "scritto da", "author", "autor",
        /* a reviewer named alone */
        "reviewed by", "medically reviewed by"};
    /* (the first seven in lower case only; " under ": a post's
       categories, "Posted by Jane Doe under News") */
    static const char *const stops[] = {" on ", " am ", " le ", " el ",
                                        " il ", " op ", " under ",
                                        " updated", " | ",
                                        "\xc2\xb7", " - ", " \xe2\x80\x93 ",
                                        " \xe2\x80\x94 ", "\xe2\x8b\x85",
                                        /* a link to the author's page */
                                        " alle artikel", " all articles",
                                        " all posts",
                                        /* the reviewer after the names */
                                        ". reviewed by", ", reviewed by",
                                        ". medically reviewed by",
                                        ". fact checked by",
                                        ". fact-checked by"};
    /* the next credit on the line, a picture's ("Text von Jane Doe
       Illustration von John Roe") */
    static const char *const next_credits[] = {
        "illustration von ", "illustrationen von ", "illustration: ",
        "illustrations by ", "illustration by ", "fotos von ", "foto von ",
        "fotos: ", "foto: ", "photos by ", "photo by "};
    static const char *const photo_credits[] = {
        "photo by ", "photos by ", "photography by ", "foto von ",
        "fotos von ", "foto: ", "photo: "};
    const char *c = bs_clean_string(&doc->arena, s, n);
    size_t i, len;
    int added = 0, bio = 0, after_role = 0, joined = 0, comma = 0;
    int lower_names;

    if (c == NULL)
        return 0;
    len = strlen(c);
    /* "billed annually, or $15/mo": a price's note */
    if (holds_price(c, len))
        return 0;
    /* "Photo by Jane Doe", "Fotos von Jane Doe": a picture's credit */
    for (i = 0; i < sizeof(photo_credits) / sizeof(photo_credits[0]); i++)
        if (bs_starts_ci(c, len, photo_credits[i]))
            return 0;
    for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
        size_t k = strlen(prefixes[i]);
        if (bs_starts_ci(c, len, prefixes[i]) &&
            (prefixes[i][k - 1] == ':' ||
             k == len || bs_is_space((unsigned char)c[k]) || c[k] == ':')) {
            c += k;
            len -= k;
            break;
        }
    }
    /* "Un documentaire de Jane Doe", "Un articolo di Jane Doe": a work
       credited to its maker in French, Spanish or Italian ("Un portrait
       de Jane Doe" is of her, not by her) */
    {
        static const char *const works[] = {
            "un documentaire de ", "un film de ", "un reportage de ",
            "une enqu\xc3\xaate de ", "un article de ", "un texte de ",
            "une chronique de ", "un documental de ", "un reportaje de ",
            "un art\303\255culo de ", "un documentario di ",
            "un articolo di ", "un servizio di "};
        for (i = 0; i < sizeof(works) / sizeof(works[0]); i++) {
            size_t k = strlen(works[i]);
            if (bs_starts_ci(c, len, works[i]) && len > k) {
                c += k;
                len -= k;
                break;
            }
        }
    }
    /* the names end where another credit starts, after a space (a
       no-break space is one in the cleaned string; a byte 0xA0 ends a
       letter such as "à") */
    for (i = 0; i < sizeof(next_credits) / sizeof(next_credits[0]); i++) {
        size_t j;
        for (j = 1; j < len; j++)
            if (c[j - 1] == ' ' &&
                bs_starts_ci(c + j, len - j, next_credits[i])) {
                len = j;
                break;
            }
    }
    /* "记者王敬照": the reporter's title before a Chinese name */
    {
        size_t sp = 0;
        while (sp < len && bs_is_space((unsigned char)c[sp]))
            sp++;
        if (len > sp + 6 && memcmp(c + sp, BS_ZH_REPORTER, 6) == 0) {
            size_t at = sp + 6;
            /* ("记者 王敬照", with a space; not "记者站", a bureau) */
            while (at < len && c[at] == ' ')
                at++;
            if (len > at + 3 && (unsigned char)c[at] >= 0xE4 &&
                (unsigned char)c[at] <= 0xE9 &&
                memcmp(c + at, "\xe7\xab\x99", 3) != 0) {
                c += at;
                len -= at;
            }
        }
    }
    /* "Veröffentlicht vonChris Jung": a label and the name in adjacent
       elements, run together. */
    {
        static const char *const glued[] = {"by", "von", "par", "por",
                                            "door", "By", "Von", "Author",
                                            "author", "Autor", "autor",
                                            "Autorin", "autorin"};
        size_t k, j;
        for (k = 0; k < sizeof(glued) / sizeof(glued[0]); k++) {
            size_t gl = strlen(glued[k]);
            for (j = 0; j + gl < len; j++) {
                if ((j == 0 || c[j - 1] == ' ') &&
                    memcmp(c + j, glued[k], gl) == 0 && c[j + gl] >= 'A' &&
                    c[j + gl] <= 'Z') {
                    c += j + gl;
                    len -= j + gl;
                    break;
                }
            }
        }
    }
    /* "Posted on <date> by Name", "Le 3 mai par Name": the names follow
       the last byline word inside the string. */
    {
        static const char *const inner[] = {" by ", " von ", " par ",
                                            " por ", " door "};
        size_t k, j;
        for (k = 0; k < sizeof(inner) / sizeof(inner[0]); k++) {
            size_t il = strlen(inner[k]);
            for (j = len; j-- > 0;) {
                if (j + il <= len && bs_strcasestr_n(c + j, il, inner[k])) {
                    /* "By Jane Doe. Reviewed by John Roe": the names
                       before the reviewer's */
                    if (k == 0 && j >= 8 &&
                        (bs_strcasestr_n(c + j - 8, 8, "reviewed") ||
                         bs_strcasestr_n(c + j - 7, 7, "checked")))
                        continue;
                    /* "Alexa von Heyden": after one capitalised word that
                       is no label, "von" is part of the name (the word
                       w, after the spaces a prefix left: "By Alexa") */
                    const char *w = c;
                    size_t wl = j;
                    while (wl > 0 && *w == ' ')
                        w++, wl--;
                    if (k == 1 && wl > 0 && memchr(w, ' ', wl) == NULL &&
                        !is_label_word(w, wl) &&
                        !(w[0] >= 'a' && w[0] <= 'z') &&
                        !bs_strcasestr_n(w, wl, "beitrag") &&
                        !bs_strcasestr_n(w, wl, "artikel") &&
                        !bs_strcasestr_n(w, wl, "mitteilung") &&
                        !bs_strcasestr_n(w, wl, "alles") &&
                        !bs_strcasestr_n(w, wl, "text") &&
                        !bs_strcasestr_n(w, wl, "foto"))
                        continue;
                    c += j + il;
                    len -= j + il;
                    break;
                }
            }
        }
    }
    /* Cut at what follows the names: " on <date>", " | ", ... */
    for (i = 0; i < sizeof(stops) / sizeof(stops[0]); i++) {
        const char *p = NULL;
        size_t k = strlen(stops[i]), j;
        /* " on ", " am ", " le ", ... only in lower case: "Loïc Le Clerc" */
        int exact = i < 7;
        for (j = 0; j + k <= len; j++) {
            if (exact ? memcmp(c + j, stops[i], k) == 0
                      : bs_strcasestr_n(c + j, k, stops[i])) {
                p = c + j;
                break;
            }
        }
        if (p != NULL && p > c)
            len = (size_t)(p - c);
    }
    /* "MixmasterFred in" (its category's link left out of the line): a
       word in small letters that would open what follows ends nothing */
    {
        static const char *const ends[] = {" in",  " under", " unter",
                                           " im",  " on",    " am",
                                           " en",  " em",    " dans"};
        size_t k;
        /* (the category's element left a line's end: "Jane Doe in |") */
        while (len > 0 && (c[len - 1] == ' ' || c[len - 1] == '|'))
            len--;
        for (k = 0; k < sizeof(ends) / sizeof(ends[0]); k++) {
            size_t el = strlen(ends[k]);
            if (len > el && memcmp(c + len - el, ends[k], el) == 0) {
                len -= el;
                break;
            }
        }
    }
    len = before_address(c, len);
    for (i = 0; i < len && c[i] == ' '; i++)
        ;
    lower_names = i < len && c[i] >= 'a' && c[i] <= 'z';
    i = 0;
    while (i < len) {
        size_t blen, best = next_split(c, i, len, &blen);
        /* "Bundesministerium für Wirtschaft und Klimaschutz": one name
           (first: after a name, "Department of ..." is the name's) */
        if (blen > 0 && added == 0 && opens_organisation(c + i, best - i))
            best = organisation_end(c, best, blen, len, &blen);
        /* "Jane Doe, PhD, RD": the degrees after a name are its own */
        while (blen == 1 && c[best] == ',') {
            size_t nlen, e = next_split(c, best + 1, len, &nlen);
            if (!is_credential(c + best + 1, e - best - 1))
                break;
            best = e;
            blen = nlen;
        }
        /* "Jane Doe, Director of Operations", "Jane Doe, Senior QA
           Engineer": after a name, a role (is_role); an organisation's
           name may stand alone */
        /* (a name after the description: "Jane Doe, staff writer for the
           Times, and John Roe") */
        if (bio && bs_name_words(c + i, best - i) >= 2)
            bio = 0;
        if (bio) {
            /* the rest of a line that describes the name before it */
        } else if (added > 0 &&
                   (is_role(c + i, wrote_for(c + i, best - i)) ||
                    at_site(c + i, best - i) ||
                    /* (after a comma, in a line whose names have
                       capitals: not "mxfred, woodguy", "Jane Doe and
                       johnsmith") */
                    (comma && !lower_names &&
                     lower_words(c + i, wrote_for(c + i, best - i))))) {
            /* (a sentence: "Jane Doe, senior writer covering laptops,
               desktops, and more") */
            bio = is_phrase(c + i, best - i) &&
                  bs_count_words(c + i, best - i) >= 4;
            after_role = 1;
        } else if (after_role && bs_count_words(c + i, best - i) == 1 &&
                   (ampersand(c + best, blen) || joined)) {
            /* "Jane Doe, Director, Content & Marketing": words alone
               joined by "&" after a role go on with the role ("Jane Doe,
               Reporter, Reuters and AP" keeps the agencies) */
        } else {
            after_role = 0;
            /* "Jane Doe, Home and Digital Security Expert": a word the
               next part's role ends joined to it, one role ("Jane Doe,
               John Roe and Zubin Engineer": not a name) */
            size_t nlen, e = best;
            if (added > 0 && blen > 1 && best + blen < len &&
                bs_count_words(c + i, best - i) == 1)
                e = next_split(c, best + blen, len, &nlen);
            if (e > best && ends_in_job(c + i, e - i)) {
                best = e;
                blen = nlen;
            } else {
                int before = added;
                add_one_author(doc, meta, prio, source, c + i, best - i,
                               &added);
                /* "Jane Doe, 4+ years covering hardware, software, and
                   science": after a name, a phrase that names nobody
                   describes it to the end of the line */
                bio = added > 0 && added == before &&
                      is_phrase(c + i, best - i);
            }
        }
        /* (a byline's lines come joined by " | ") */
        if (blen == 0 || c[best] == '|' || c[best] == '\n')
            bio = 0;
        joined = ampersand(c + best, blen);
        comma = blen == 1 && c[best] == ',';
        i = best + (blen ? blen : 1);
    }
    return added;
}

/* Bylines run names and dates together: "Dec. 19, 2025 · Niko Matsakis",
   "Updated 3 May | Jane Doe".  When the text before the first separator
   names nobody, the names may follow it. */
static int
add_authors(bs_doc *doc, bs_meta *meta, int prio, const char *source,
            const char *s, size_t n);

/* Is `a` the initials of `name` ("TK" of "Tina Klostermeier")? */
static int
initials_of(const char *a, const char *name)
{
    size_t i, k = 0;

    for (i = 0; name[i] != '\0'; i++)
        if ((i == 0 || name[i - 1] == ' ') && name[i] >= 'A' &&
            name[i] <= 'Z') {
            if (a[k] != name[i])
                return 0;
            k++;
        }
    return k >= 2 && a[k] == '\0';
}

/* A source trusted less that names the authors found and more ("April
   Roach, Daniel O'Mahony" in a meta tag, "April Roach" in JSON-LD; "Rui
   Ma, Heba Ledwon & Suparn Patra" in the byline): its other names are
   the article's too.  Returns how many names s holds, as
   add_authors does. */
static int
more_authors(bs_doc *doc, bs_meta *meta, int prio, const char *source,
             const char *s, size_t n)
{
    bs_meta more;
    size_t i, j, had = meta->count[BS_LIST_AUTHORS];
    int names;

    bs_meta_init(&more);
    more.base_url = meta->base_url;
    more.now = meta->now;
    more.value[BS_FIELD_SITE_NAME] = meta->value[BS_FIELD_SITE_NAME];
    names = add_authors(doc, &more, prio, source, s, n);
    if (more.count[BS_LIST_AUTHORS] <= had)
        return names;
    for (i = 0; i < had; i++) {
        for (j = 0; j < more.count[BS_LIST_AUTHORS]; j++)
            if (bs_same_words(meta->list[BS_LIST_AUTHORS][i],
                           more.list[BS_LIST_AUTHORS][j]))
                break;
        if (j == more.count[BS_LIST_AUTHORS])
            return names;
    }
    for (j = 0; j < more.count[BS_LIST_AUTHORS]; j++) {
        const char *a = more.list[BS_LIST_AUTHORS][j];
        /* (a name listed already, in other letters; "TK", the
           initials of one) */
        for (i = 0; i < had; i++)
            if (bs_same_words(meta->list[BS_LIST_AUTHORS][i], a) ||
                initials_of(a, meta->list[BS_LIST_AUTHORS][i]))
                break;
        if (i == had)
            bs_meta_list_add(doc, meta, BS_LIST_AUTHORS,
                             meta->list_prio[BS_LIST_AUTHORS], source, a,
                             strlen(a));
    }
    /* the whole list is the source's */
    if (meta->count[BS_LIST_AUTHORS] > had)
        meta->list_source[BS_LIST_AUTHORS] = source;
    return names;
}

int
bs_meta_add_authors(bs_doc *doc, bs_meta *meta, int prio, const char *source,
                    const char *s, size_t n)
{
    if (prio < meta->list_prio[BS_LIST_AUTHORS] &&
        meta->count[BS_LIST_AUTHORS] > 0)
        return more_authors(doc, meta, prio, source, s, n);
    return add_authors(doc, meta, prio, source, s, n);
}

static int
add_authors(bs_doc *doc, bs_meta *meta, int prio, const char *source,
            const char *s, size_t n)
{
    static const char *const seps[] = {" | ", "\xc2\xb7", " - ",
                                       " \xe2\x80\x93 ", " \xe2\x80\x94 "};
    int tries, added;

    /* "Redacci&oacute;n": references left in a meta or JSON-LD value
       would split the name at their ';' */
    if (memchr(s, '&', n) != NULL) {
        bs_buf b = BS_BUF_INIT;
        bs_decode_refs(s, n, &b);
        if (!b.failed) {
            s = bs_arena_strndup(&doc->arena, b.ptr, b.len);
            n = b.len;
        }
        bs_buf_free(&b);
        if (s == NULL)
            return 0;
    }
    added = add_authors_once(doc, meta, prio, source, s, n);

    for (tries = 0; added == 0 && tries < 3; tries++) {
        const char *first = NULL;
        size_t k, flen = 0;

        for (k = 0; k < sizeof(seps) / sizeof(seps[0]); k++) {
            size_t sl = strlen(seps[k]), j;
            for (j = 0; j + sl <= n; j++) {
                if (memcmp(s + j, seps[k], sl) == 0) {
                    if (first == NULL || s + j < first) {
                        first = s + j;
                        flen = sl;
                    }
                    break;
                }
            }
        }
        if (first == NULL)
            break;
        n -= (size_t)(first + flen - s);
        s = first + flen;
        added = add_authors_once(doc, meta, prio, source, s, n);
    }
    return added;
}
