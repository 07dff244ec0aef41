/*
 * lang.c - the language of a text, for pages that do not declare one.
 *
 * Two steps.  The script decides alone where one language owns it
 * (Hangul, kana, Greek, Hebrew, Thai, ...), or narrows the choice
 * (Han without kana is Chinese; Cyrillic is Russian unless Ukrainian
 * letters show).  Latin-script text is matched against the most common
 * short words of the languages below: they make up a large share of any
 * running text, so a few hundred words decide.  The answer is a BCP 47
 * primary tag, or nothing when the evidence is thin.
 */
#include <string.h>

#include "internal.h"

/* Read the code point at s[*i] (valid UTF-8: bs_decode made it so). */
static uint32_t
next_cp(const unsigned char *s, size_t n, size_t *i)
{
    unsigned char c = s[*i];
    uint32_t cp;
    size_t k, len;

    if (c < 0x80) {
        (*i)++;
        return c;
    }
    len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    cp = len == 4 ? c & 0x07u : len == 3 ? c & 0x0Fu : c & 0x1Fu;
    for (k = 1; k < len && *i + k < n; k++)
        cp = (cp << 6) | (s[*i + k] & 0x3Fu);
    *i += len;
    return len == 1 ? 0xFFFD : cp;
}

enum {
    S_LATIN,
    S_CYRILLIC,
    S_UKRAINIAN, /* є і ї ґ: Cyrillic letters Russian does not use */
    S_GREEK,
    S_ARMENIAN,
    S_HEBREW,
    S_ARABIC,
    S_PERSIAN, /* پ چ ژ گ */
    S_DEVANAGARI,
    S_BENGALI,
    S_TAMIL,
    S_THAI,
    S_GEORGIAN,
    S_HANGUL,
    S_KANA,
    S_HAN,
    S__COUNT
};

static int
script_of(uint32_t cp)
{
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
        (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7))
        return S_LATIN;
    if (cp == 0x454 || cp == 0x456 || cp == 0x457 || cp == 0x491 ||
        cp == 0x404 || cp == 0x406 || cp == 0x407 || cp == 0x490)
        return S_UKRAINIAN;
    if (cp >= 0x400 && cp <= 0x4FF)
        return S_CYRILLIC;
    if (cp >= 0x370 && cp <= 0x3FF)
        return S_GREEK;
    if (cp >= 0x530 && cp <= 0x58F)
        return S_ARMENIAN;
    if (cp >= 0x5D0 && cp <= 0x5EA)
        return S_HEBREW;
    if (cp == 0x67E || cp == 0x686 || cp == 0x698 || cp == 0x6AF)
        return S_PERSIAN;
    if (cp >= 0x620 && cp <= 0x64A)
        return S_ARABIC;
    if (cp >= 0x900 && cp <= 0x97F)
        return S_DEVANAGARI;
    if (cp >= 0x980 && cp <= 0x9FF)
        return S_BENGALI;
    if (cp >= 0xB80 && cp <= 0xBFF)
        return S_TAMIL;
    if (cp >= 0xE00 && cp <= 0xE7F)
        return S_THAI;
    if (cp >= 0x10A0 && cp <= 0x10FF)
        return S_GEORGIAN;
    if ((cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF))
        return S_HANGUL;
    if (cp >= 0x3040 && cp <= 0x30FF)
        return S_KANA;
    if (cp >= 0x4E00 && cp <= 0x9FFF)
        return S_HAN;
    return -1;
}

/* Frequent short words of Latin-script languages, lower case, space
   separated.  Words two languages share count for both. */
static const struct {
    const char *tag;
    const char *words;
} latin[] = {
    {"en", " the of and to in is that for it was on with as are be this by "
           "have from or his at but not they which you has had were their "},
    {"de", " der die und in den von zu das mit sich des auf ist im dem nicht "
           "ein eine als auch es an werden aus er hat dass sie nach bei wird "},
    {"fr", " de la le et les des en du un une est que pour qui dans par sur "
           "pas au plus ne se sont avec il ce elle aux ont "},
    {"es", " de la que el en y los del se las por un para con no una su al "
           "es lo como más pero sus le ha fue este "},
    {"it", " di e il la che per un in del della non una sono le con si da "
           "dei alla gli al nel anche come ha più questo "},
    {"pt", " de que e o da do em um para com não uma os no se na por mais "
           "as dos como mas ao ele das foi à seu sua ou "},
    {"nl", " de van het een en in is dat op te zijn met voor niet aan er om "
           "ook als dan maar bij nog wordt werd door deze "},
    {"pl", " w i na z się nie do to że jest o jak po co ale za od tak przez "
           "jego już tylko przy może być są dla "},
    {"sv", " och i att det som en på är av för med till den har inte om ett "
           "var jag men från de sig så kan "},
    {"da", " og i at det som en på er af for med til den har ikke om et var "
           "jeg men fra de sig så kan der "},
    {"fi", " ja on ei se että oli hän kun mutta myös ovat tai niin kuin jo "
           "sen olla mitä tämä vain ole "},
    {"cs", " a se v na je že to s z do o jako ale pro by jsou jeho k tak "
           "jsem od po už které byl "},
    {"ro", " și în de la a cu pe care nu să din o se un este mai pentru ca "
           "au fost ce dar sau "},
    {"hu", " a az és hogy nem is egy van meg de csak már mint ki el ez volt "
           "még vagy kell "},
    {"tr", " ve bir bu da de için ile çok ne gibi daha ama olarak en sonra "
           "kadar var değil olan ise "},
    {"id", " yang dan di ini itu dengan untuk dari dalam tidak akan pada "
           "juga ke ada karena oleh atau sudah "},
};

#define NLATIN (sizeof(latin) / sizeof(latin[0]))

static void
count_latin_word(const char *w, size_t n, unsigned hits[NLATIN])
{
    char key[24];
    size_t i;

    if (n == 0 || n + 2 >= sizeof(key))
        return;
    key[0] = ' ';
    for (i = 0; i < n; i++) {
        char c = w[i];
        key[i + 1] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    key[n + 1] = ' ';
    key[n + 2] = '\0';
    for (i = 0; i < NLATIN; i++) {
        if (strstr(latin[i].words, key) != NULL)
            hits[i]++;
    }
}

#define LANG_SCAN (8u * 1024u) /* bytes of text looked at: over a thousand words */

const char *
bs_lang_guess(const char *text, size_t n)
{
    const unsigned char *s = (const unsigned char *)text;
    unsigned scripts[S__COUNT], hits[NLATIN], words = 0, letters = 0;
    size_t i = 0, wstart = 0, best;
    int in_word = 0, top = -1;
    unsigned k;

    memset(scripts, 0, sizeof(scripts));
    memset(hits, 0, sizeof(hits));
    if (n > LANG_SCAN)
        n = LANG_SCAN;
    while (i < n) {
        size_t at = i;
        uint32_t cp = next_cp(s, n, &i);
        int sc = script_of(cp);

        if (sc >= 0) {
            scripts[sc]++;
            letters++;
        }
        /* Latin words: runs of letters (with apostrophes inside). */
        if (sc == S_LATIN) {
            if (!in_word)
                wstart = at;
            in_word = 1;
        } else if (in_word) {
            count_latin_word(text + wstart, at - wstart, hits);
            words++;
            in_word = 0;
        }
    }
    if (in_word) {
        count_latin_word(text + wstart, n - wstart, hits);
        words++;
    }
    if (letters < 20)
        return NULL;
    for (k = 0; k < S__COUNT; k++) {
        if (top < 0 || scripts[k] > scripts[top])
            top = (int)k;
    }
    /* Japanese mixes kana with Han; Chinese has none. */
    if (scripts[S_KANA] * 20 > scripts[S_HAN] + scripts[S_KANA] &&
        scripts[S_KANA] + scripts[S_HAN] > letters / 3)
        return "ja";
    switch (top) {
    case S_HAN:
        return "zh";
    case S_HANGUL:
        return "ko";
    case S_KANA:
        return "ja";
    case S_CYRILLIC:
    case S_UKRAINIAN:
        return scripts[S_UKRAINIAN] * 50 > scripts[S_CYRILLIC] ? "uk" : "ru";
    case S_GREEK:
        return "el";
    case S_ARMENIAN:
        return "hy";
    case S_HEBREW:
        return "he";
    case S_ARABIC:
    case S_PERSIAN:
        return scripts[S_PERSIAN] * 100 > scripts[S_ARABIC] ? "fa" : "ar";
    case S_DEVANAGARI:
        return "hi";
    case S_BENGALI:
        return "bn";
    case S_TAMIL:
        return "ta";
    case S_THAI:
        return "th";
    case S_GEORGIAN:
        return "ka";
    default:
        break;
    }
    /* Latin: the language whose common words cover most of the text,
       when they are a fair share of it and clearly ahead. */
    best = 0;
    for (k = 1; k < NLATIN; k++) {
        if (hits[k] > hits[best])
            best = k;
    }
    if (words < 8 || hits[best] * 8 < words)
        return NULL;
    for (k = 0; k < NLATIN; k++) {
        if (k != best && hits[k] * 10 > hits[best] * 9)
            return NULL; /* too close to call */
    }
    return latin[best].tag;
}
