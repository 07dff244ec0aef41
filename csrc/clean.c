/*
 * clean.c - mark boilerplate as removed.
 *
 * What goes: elements that are never content (forms controls, embeds,
 * navigation, site headers and footers, asides), elements hidden by
 * attribute or style (save a tab's panel, shown when its tab is chosen),
 * and elements whose class or id names them as
 * boilerplate: cookie and newsletter boxes, share bars, ads, related and
 * popular lists, sidebars, bylines, tag lists, and, on a page that sells
 * a product, its buyers' reviews.  User comments are marked apart so they
 * can be extracted on request.
 *
 * A guard keeps this from throwing away the page: a wrapper that holds
 * most of the page's text is never removed for its class name alone
 * ("page has-sidebar" is a common body wrapper).
 */
#include <string.h>

#include "internal.h"

/* Substrings of class/id that name boilerplate. */
static const char *const negative_sub[] = {
    "cookie", "consent", "gdpr", "newsletter", "subscribe", "signup",
    "sign-up", "sharing", "share-", "-share", "sharebar", "shariff",
    "social", "related", "recommend", "popular", "mostread", "most-read",
    "trending", "sidebar", "widget", "advert", "sponsor", "promo",
    "breadcrumb", "navbar", "navigation", "footer", "masthead", "pagination",
    "paywall", "modal", "popup", "overlay", "toolbar", "skiplink",
    "skip-link", "byline", "dateline", "author-bio", "authorbio",
    "author-box", "authorbox", "about-author", "screen-reader", "sr-only",
    "visually-hidden", "visuallyhidden", "outbrain", "taboola", "banner",
    "login", "menu", "post-nav", "postnav", "noprint", "print-only",
    "more-stories", "read-next", "readnext", "tag-list", "taglist",
    "tagcloud", "tag-cloud", "jump-link", "announcement", "rating",
    "subnav", "sub-nav", "dropdown", "offcanvas", "off-canvas",
    "contribut", "donat", "support-us", "supportus", "membership-",
    "disclosure", "disclaimer", "sharedaddy", "postmetadata",
    /* a form's answer once sent ("Thank you! Your submission has been
       received!", "Oops! Something went wrong") */
    "form-done", "form-fail", "form-success", "form-error",
    /* the controls that sort a list */
    "sort-option", "sort-by", "sortby", "sort-select", "sorting",
    /* a post's likes and reactions */
    "post-likes", "like-count", "likes-count", "like-button", "reaction",
    /* a poster's rank and counts beside each post ("Full Member",
       "Joined", "Messages"), and the whole box of them (phpBB's
       "postprofile", whose lines may have no class of their own) */
    "userextras", "user-extras", "extrauserinfo", "userstats",
    "user-stats", "usertitle", "user-title", "userblurb", "user-blurb",
    "membertitle", "profile-posts", "profile-joined", "profile-rank",
    "profile-location", "profile-custom-field", "postprofile",
    /* a poster's signature under each post; similar threads */
    "signature", "similar",
    /* what a tooltip or a popover shows on hover (the word it explains
       stays) */
    "tooltip-content", "tooltip_content", "tooltipcontent", "tooltip-body",
    "tooltip-inner", "tooltip-box", "tooltip-popup", "tooltip-panel",
    "tippy-content", "popover-content", "popover-body",
    /* a site's notices to all its readers ("Scam alert", "We have moved
       to a new server") */
    "notice",
};

/* Whole class/id tokens that name boilerplate. */
static const char *const negative_tok[] = {
    "ad", "ads", "adv", "advertisement", "nav", "share", "shares", "tags",
    "tag", "meta", "date", "author", "authors", "print", "skip",
    "bio", "topics", "keywords", "categories", "cat-links", "email",
    "sponsored", "teaser-list", "pubdate", "published", "timestamp",
    "copyright", "credits", "like", "likes",
};

/* Class/id substrings of dialogs: an <article> or <main> named so is one
   (a login panel), not the page's text. */
static const char *const dialog_sub[] = {"modal", "popup", "dialog"};

/* Class/id substrings of bylines and datelines (metadata, not body). */
static const char *const byline_sub[] = {"byline", "dateline", "author",
                                         "pubdate", "timestamp", "posted-on",
                                         "entry-date", "post-date"};

static const char *const comment_sub[] = {"comment", "disqus", "respond",
                                          "discussion", "replies"};

/* Class/id substrings of picture captions and credits. */
static const char *const caption_sub[] = {"caption", "credit", "copyright",
                                          "photo-source", "bildunterschrift",
                                          "legend"};

/* Class/id substrings that name an article's text itself: they outweigh
   a negative word in the same name ("elementor-widget-theme-post-content"). */
static const char *const body_sub[] = {
    "post-content", "entry-content", "article-content", "article-body",
    "articlebody", "post-body", "postbody", "story-body", "storybody",
    "article-text", "post-text", "entry-body", "main-content",
};

static const char *const positive_sub[] = {
    "article", "body", "content", "entry", "main", "post", "text", "blog",
    "story", "prose", "hentry", "h-entry", "page",
};

/* Append s, folded to lower case, to out (cap bytes, holding len);
   returns the new length.  out stays terminated. */
static size_t
fold_append(char *out, size_t len, size_t cap, const char *s)
{
    for (; *s && len + 1 < cap; s++) {
        char c = *s;
        out[len++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    out[len] = '\0';
    return len;
}

/* Lowercase "class id" of n into out (a heading's class alone); returns
   its length. */
static size_t
class_string(const bs_node *n, char *out, size_t cap)
{
    const char *cls = bs_node_attr(n, BS_ATTR_CLASS);
    const char *id = bs_node_attr(n, BS_ATTR_ID);
    size_t len = 0;
    const char *parts[2];
    int i;

    parts[0] = cls;
    /* a heading's id is an anchor, often its text as a slug
       ("what-can-you-do-with-social-media"): it names nothing */
    parts[1] = n->tag != BS_TAG_TEXT &&
                       (bs_tag_flags((bs_tag)n->tag) & BS_TF_HEADING)
                   ? NULL
                   : id;
    out[0] = '\0';
    for (i = 0; i < 2; i++) {
        if (parts[i] == NULL)
            continue;
        if (len > 0 && len + 1 < cap)
            out[len++] = ' ';
        len = fold_append(out, len, cap, parts[i]);
    }
    return len;
}

/* Letter pairs present in a class string, to skip most searches. */
typedef struct {
    uint32_t rows[26]; /* rows[a] bit b: the pair (a, b) occurs */
} pairs;

static void
pairs_of(const char *s, pairs *p)
{
    memset(p, 0, sizeof(*p));
    for (; s[0] && s[1]; s++) {
        unsigned a = (unsigned char)s[0] - 'a', b = (unsigned char)s[1] - 'a';
        if (a < 26 && b < 26)
            p->rows[a] |= 1u << b;
    }
}

/* Does s contain one of the n words? */
static int
has_sub(const char *s, const pairs *p, const char *const *list, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        const char *w = list[i];
        unsigned a = (unsigned char)w[0] - 'a';
        unsigned b = (unsigned char)w[1] - 'a';

        /* both of the word's first two letter pairs must occur */
        if (a < 26 && b < 26 && !(p->rows[a] & (1u << b)))
            continue;
        if (w[1] != '\0') {
            unsigned c = (unsigned char)w[2] - 'a';
            if (b < 26 && c < 26 && !(p->rows[b] & (1u << c)))
                continue;
        }
        if (strstr(s, w) != NULL)
            return 1;
    }
    return 0;
}

/* Does a whitespace-separated class name (or the id) equal one of the
   words, or start with one of them followed by '-' or '_'? */
static int
has_token(const char *s, const char *const *list, size_t n)
{
    while (*s) {
        const char *start;
        size_t len, i;

        while (*s == ' ')
            s++;
        start = s;
        while (*s && *s != ' ')
            s++;
        len = (size_t)(s - start);
        if (len == 0)
            continue;
        for (i = 0; i < n; i++) {
            size_t k;
            if (list[i][0] != start[0])
                continue; /* (both tests below compare it first) */
            k = strlen(list[i]);
            if (k == len && memcmp(list[i], start, len) == 0)
                return 1;
            if (k < len && memcmp(list[i], start, k) == 0 &&
                (start[k] == '-' || start[k] == '_') &&
                strchr(list[i], '-') == NULL && k <= 4)
                return 1; /* "ad-slot", "ads_top", "nav-main" */
        }
    }
    return 0;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

int
bs_class_weight(const bs_node *n)
{
    int w = 0;

    if (n->flags & BS_NF_NEGATIVE)
        w -= 25;
    if (n->flags & BS_NF_POSITIVE)
        w += 25;
    return w;
}

static int
role_is_boilerplate(const char *role)
{
    static const char *const roles[] = {
        "navigation", "banner", "contentinfo", "complementary", "search",
        "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist",
        "form"};
    size_t i;

    for (i = 0; i < COUNT(roles); i++) {
        if (strcmp(role, roles[i]) == 0)
            return 1;
    }
    return 0;
}

/* A dialog (a consent manager's preference centre, a sign-up box) is
   no content however much of the page it is. */
static int
is_dialog_role(const char *role)
{
    return strcmp(role, "dialog") == 0 || strcmp(role, "alertdialog") == 0;
}

/* Does top hold a headline or a paragraph (a lead)? */
static int
has_headline_or_lead(const bs_node *top)
{
    const bs_node *n;

    for (n = top->first; n != NULL; n = bs_node_next(n, top, 0))
        if (n->tag == BS_TAG_H1 || n->tag == BS_TAG_H2 || n->tag == BS_TAG_P)
            return 1;
    return 0;
}

/* Is n inside an <article> or <main> (or itemprop=articleBody)? */
static int
inside_article(const bs_node *n)
{
    for (n = n->parent; n != NULL; n = n->parent) {
        if (n->tag == BS_TAG_ARTICLE || n->tag == BS_TAG_MAIN)
            return 1;
    }
    return 0;
}

/* Class/id substrings that are boilerplate even when the cleaning is
   relaxed (the second try for pages where the first found too little). */
static const char *const strong_sub[] = {
    "cookie", "consent", "gdpr", "newsletter", "subscribe", "sharing",
    "social", "related", "recommend", "advert", "sponsor", "breadcrumb",
    "navbar", "footer", "paywall", "modal", "popup", "skiplink", "skip-link",
    "screen-reader", "sr-only", "visually-hidden", "outbrain", "taboola",
};

void
bs_clean_reset(bs_doc *doc)
{
    size_t i;
    const uint32_t keep = BS_NF_UNSEEN | BS_NF_HASBLOCK | BS_NF_HOLDS_ARTICLE;

    for (i = 0; i < doc->nnodes; i++) {
        bs_node *n = bs_doc_node(doc, i);
        n->flags &= keep;
        n->score = 0;
    }
}

/* Inside an element whose name says it is the article's text, "widget"
   alone removes nothing: page builders wrap each block of the text in one
   (Elementor's "elementor-widget-container" in a "...-post-content"
   widget). */
static int
in_body(const bs_node *n)
{
    for (n = n->parent; n != NULL; n = n->parent)
        if (n->flags & BS_NF_BODY)
            return 1;
    return 0;
}

int
bs_in_code(const bs_node *n)
{
    for (n = n->parent; n != NULL; n = n->parent)
        if (n->tag == BS_TAG_PRE || n->tag == BS_TAG_CODE)
            return 1;
    return 0;
}

/* Blank out every `word` in the class string s. */
static void
blank_word(char *s, const char *word)
{
    size_t k = strlen(word);
    char *w;

    for (w = strstr(s, word); w != NULL; w = strstr(w + k, word))
        memset(w, ' ', k);
}

/* Copy the class string with every `word` in it blanked out into out
   (512 bytes); 0 when it does not fit. */
static int
without_word(const char *cls, const char *word, char *out, pairs *pp)
{
    size_t n = strlen(cls);

    if (n >= 512)
        return 0;
    memcpy(out, cls, n + 1);
    blank_word(out, word);
    pairs_of(out, pp);
    return 1;
}

/* Names that tell what an element can do or has rather than what it is
   ("modal-enabled", "has-comments", "with-sidebar"): they name no
   boilerplate. */
static int
is_feature_name(const char *s, size_t len)
{
    return (len > 4 && memcmp(s, "has-", 4) == 0) ||
           (len > 5 && memcmp(s, "with-", 5) == 0) ||
           (len > 8 && memcmp(s + len - 8, "-enabled", 8) == 0);
}

/* Names a blog sets on a post for its tags and categories ("tag-social",
   "category-related"): they name the post's subjects, not the element. */
static int
is_term_name(const char *s, size_t len)
{
    return (len > 4 && memcmp(s, "tag-", 4) == 0) ||
           (len > 9 && memcmp(s, "category-", 9) == 0);
}

/* Copy the class string into out (cap bytes) without the names `drop`
   picks. */
static void
without_names(const char *cls, int (*drop)(const char *, size_t), char *out,
              size_t cap)
{
    size_t k = 0;

    while (*cls != '\0') {
        const char *start = cls;
        size_t len;

        while (*cls != '\0' && *cls != ' ')
            cls++;
        len = (size_t)(cls - start);
        if (!drop(start, len) && k + len + 1 < cap) {
            memcpy(out + k, start, len);
            k += len;
            out[k++] = ' ';
        }
        while (*cls == ' ')
            cls++;
    }
    out[k] = '\0';
}

/* Is "commentary" (an opinion piece, the article itself) the only
   comment word of the class string? */
static int
only_commentary(const char *cls)
{
    char c[512];
    pairs pp;

    return strstr(cls, "commentary") != NULL &&
           without_word(cls, "commentary", c, &pp) &&
           !has_sub(c, &pp, comment_sub, COUNT(comment_sub));
}

/* Is "widget" the only negative word of the class string? */
static int
only_widget(const char *cls)
{
    char c[512];
    pairs pp;

    return without_word(cls, "widget", c, &pp) &&
           !has_sub(c, &pp, negative_sub, COUNT(negative_sub)) &&
           !has_token(c, negative_tok, COUNT(negative_tok));
}

/* "widget" alone removes nothing inside the post's content, nor a widget
   of two paragraphs or more with few links (a page builder's text
   block). */
static int
is_text_widget(const bs_node *n, const char *cls)
{
    return (in_body(n) || (n->paras >= 2 && n->link_chars * 4 < n->chars)) &&
           only_widget(cls);
}

/* Flag the elements that hold the page's first <h1> or an element marked
   itemprop=articleBody, walking up from each until an element already
   flagged: linear in the page, and done once, when the first <aside>
   asks. */
static void
mark_article_holders(bs_doc *doc)
{
    size_t i;
    int h1 = 0;

    if (doc->holders_marked)
        return;
    doc->holders_marked = 1;
    for (i = 0; i < doc->nnodes; i++) {
        bs_node *n = bs_doc_node(doc, i);
        const char *itemprop;

        if (n->tag == BS_TAG_TEXT)
            continue;
        itemprop = bs_node_attr(n, BS_ATTR_ITEMPROP);
        if (!(n->tag == BS_TAG_H1 && !h1) &&
            !(itemprop != NULL && strstr(itemprop, "articleBody") != NULL))
            continue;
        h1 |= n->tag == BS_TAG_H1;
        for (n = n->parent; n != NULL && !(n->flags & BS_NF_HOLDS_ARTICLE);
             n = n->parent)
            n->flags |= BS_NF_HOLDS_ARTICLE;
    }
}

/* Is n, a <nav>, <header> or <footer> outside any <article> or <main>
   and holding no <h1> nor articleBody, all there is of a page whose
   content its script fills in?  Then it is no content either. */
static int
furniture_only(bs_doc *doc, const bs_node *n)
{
    if (inside_article(n))
        return 0;
    mark_article_holders(doc);
    return !(n->flags & BS_NF_HOLDS_ARTICLE);
}

/* Is a <form> prose rather than fields to fill in: four paragraphs and
   800 characters with few links (a forum's posts, which its moderators
   select with check boxes), or two paragraphs and 300 characters inside
   the post's content (a product's description in its order form)? */
static int
is_prose_form(const bs_node *n)
{
    if (n->link_chars * 3 >= n->chars)
        return 0;
    return (n->paras >= 4 && n->chars >= 800) ||
           (n->paras >= 2 && n->chars >= 300 && in_body(n));
}

/* Does the form ask for an e-mail address or a phone number (an <input>
   of type "email" or "tel", or one named for an e-mail), among its first
   SIGNUP_LOOK nodes? */
#define SIGNUP_LOOK 64
static int
asks_address(const bs_node *form)
{
    const bs_node *a;
    int k = 0;

    for (a = form; a != NULL && k < SIGNUP_LOOK;
         a = bs_node_next(a, form, 0), k++) {
        const char *type, *name;

        if (a->tag != BS_TAG_INPUT)
            continue;
        type = bs_node_attr(a, BS_ATTR_TYPE);
        if (type != NULL &&
            (bs_ci_eq(type, "email", 6) || bs_ci_eq(type, "tel", 4)))
            return 1;
        name = bs_node_attr(a, BS_ATTR_NAME);
        if (name != NULL && (type == NULL || bs_ci_eq(type, "text", 5)) &&
            bs_strcasestr_n(name, strlen(name), "mail"))
            return 1;
    }
    return 0;
}

/* Does n hold a paragraph of text (a <p> of PROSE_P_CHARS or more) outside
   the form, among its first SIGNUP_LOOK nodes?  (Past them, say it does.) */
#define PROSE_P_CHARS 80
static int
holds_prose(const bs_node *n, const bs_node *form)
{
    const bs_node *a;
    int k = 0;

    for (a = n; a != NULL; a = bs_node_next(a, n, a == form), k++) {
        if (k == SIGNUP_LOOK)
            return 1;
        if (a->tag == BS_TAG_P && a->chars >= PROSE_P_CHARS)
            return 1;
    }
    return 0;
}

/* A form that asks for an address (a newsletter's, a text alerts' or a
   comment's sign-up) and the small box around it, its pitch and its fine
   print ("Be the first to know!", "By signing up, you agree to ..."):
   the highest of the form's four nearest ancestors that holds at most
   SIGNUP_BOX_CHARS of text and no paragraph of prose, or the form
   alone. */
#define SIGNUP_BOX_CHARS 600
static bs_node *
signup_box(bs_node *form)
{
    bs_node *box = form, *a;
    int depth;

    if (!asks_address(form))
        return form;
    for (a = form->parent, depth = 0; a != NULL && depth < 4;
         a = a->parent, depth++) {
        if (a->tag == BS_TAG_BODY || a->tag == BS_TAG_MAIN ||
            a->tag == BS_TAG_ARTICLE || a->chars > SIGNUP_BOX_CHARS ||
            (a->flags & BS_NF_BODY) || holds_prose(a, form))
            break;
        box = a;
    }
    return box;
}

static int
is_picture(const bs_node *n)
{
    return n->tag == BS_TAG_IMG || n->tag == BS_TAG_PICTURE ||
           n->tag == BS_TAG_VIDEO || n->tag == BS_TAG_IFRAME;
}

/* Is there a picture (<img>, <picture>, <video>, <iframe>) among the
   first CARD_LOOK elements of n's subtree (n itself included)? */
#define CARD_LOOK 16
static int
has_picture(const bs_node *n)
{
    const bs_node *a;
    int k = 0;

    for (a = n; a != NULL && k < CARD_LOOK; a = bs_node_next(a, n, 0), k++)
        if (is_picture(a))
            return 1;
    return 0;
}

/* Is n, named a caption, the text of a card rather than a picture's
   caption: inside a link (a product's or a story's card, Bootstrap's
   "thumbnail" and its "caption"), or holding a heading, or paragraphs
   with no picture in it or beside it (a video's description next to its
   player)?  It looks at 16 * CARD_LOOK elements of n, and at CARD_LOOK
   siblings and as many elements of each. */
static int
is_card_text(const bs_node *n)
{
    const bs_node *a;
    int prose = 0, k = 0;

    for (a = n->parent; a != NULL; a = a->parent)
        if (a->tag == BS_TAG_A)
            return 1;
    for (a = n->first; a != NULL && k < 16 * CARD_LOOK;
         a = bs_node_next(a, n, 0), k++) {
        if (is_picture(a))
            return 0; /* a picture with its caption ("wp-caption") */
        if (a->tag != BS_TAG_TEXT &&
            (bs_tag_flags((bs_tag)a->tag) & BS_TF_HEADING))
            return 1;
        if (a->tag == BS_TAG_P || a->tag == BS_TAG_DL)
            prose = 1;
    }
    /* <figure><img><div class=caption><p>...</p></div></figure> */
    for (a = n->parent != NULL ? n->parent->first : NULL, k = 0;
         prose && a != NULL && k < CARD_LOOK; a = a->next, k++)
        if (a != n && has_picture(a))
            return 0;
    return prose;
}

/* Siblings looked at on each side for a twin. */
#define TWIN_LOOK 8

/* The first name of the class string s: its start in *start, its
   length returned. */
static size_t
first_name(const char *s, const char **start)
{
    size_t k = 0;

    while (*s == ' ' || *s == '\t' || *s == '\n')
        s++;
    while (s[k] != '\0' && s[k] != ' ' && s[k] != '\t' && s[k] != '\n')
        k++;
    *start = s;
    return k;
}

/* Has n a sibling of its tag and first class name whose name holds no
   comment word?  Then the comment word marks n among its twins (a thread's
   opening post, "message discussionAuthor"), not a comment section. */
static int
plain_twin(const bs_node *n)
{
    char mine[512], theirs[512], all[512];
    const char *cls = bs_node_attr(n, BS_ATTR_CLASS), *m, *t;
    const bs_node *s;
    size_t ml, tl;
    int side, k;
    pairs pp;

    /* the comment word is in n's class, not only its id ("comment_entries"
       is the comments' box among the page's columns) */
    if (cls == NULL)
        return 0;
    fold_append(mine, 0, sizeof(mine), cls);
    ml = first_name(mine, &m);
    pairs_of(mine, &pp);
    if (ml == 0 || !has_sub(mine, &pp, comment_sub, COUNT(comment_sub)))
        return 0;
    for (side = 0; side < 2; side++)
        for (s = side ? n->next : n->prev, k = 0; s != NULL && k < TWIN_LOOK;
             s = side ? s->next : s->prev) {
            const char *sc;

            if (s->tag == BS_TAG_TEXT)
                continue;
            k++;
            sc = bs_node_attr(s, BS_ATTR_CLASS);
            if (s->tag != n->tag || sc == NULL)
                continue;
            fold_append(theirs, 0, sizeof(theirs), sc);
            tl = first_name(theirs, &t);
            if (tl != ml || memcmp(t, m, ml) != 0)
                continue;
            class_string(s, all, sizeof(all));
            pairs_of(all, &pp);
            if (!has_sub(all, &pp, comment_sub, COUNT(comment_sub)))
                return 1;
        }
    return 0;
}

/* Class/id substrings of a consent manager's boxes. */
static const char *const consent_sub[] = {"consent", "gdpr", "cookiebot",
                                          "cookielaw", "cookie-notice",
                                          "cookie-banner", "cookie-bar"};

/* Class/id substrings of boxes that pitch something beside the article:
   a few paragraphs in one are its pitch, not the article.  (A paywall's
   name is not one: a paywalled article's wrapper says it.) */
static const char *const pitch_sub[] = {
    "newsletter", "subscribe", "signup", "sign-up", "sharing", "related",
    "recommend", "advert", "sponsor", "promo", "social", "modal", "popup",
    "cookie", "consent", "footer"};

/* Text of such a box that its paragraphs no longer protect: less than
   this (a wrapper of the article is longer). */
#define BOX_PITCH_CHARS 600u

/* Text of a card-sized <article>: less than this, and no <h1>. */
#define CARD_ARTICLE_CHARS 1000u

/* Is n a small <article> whose own name (not the post's tags and
   categories) holds a word that is boilerplate even in the relaxed
   pass? */
static int
is_card_article(const bs_node *n, const char *cls)
{
    char own[512];
    const bs_node *m;
    pairs pp;

    if (n->chars >= CARD_ARTICLE_CHARS)
        return 0;
    without_names(cls, is_term_name, own, sizeof(own));
    pairs_of(own, &pp);
    if (!has_sub(own, &pp, strong_sub, COUNT(strong_sub)))
        return 0;
    for (m = n->first; m != NULL; m = bs_node_next(m, n, 0))
        if (m->tag == BS_TAG_H1)
            return 0;
    return 1;
}

/* Is n, by its class string, the buyers' reviews on a page that sells a
   product and says it is no article ("reviews", "product-reviews",
   "review-list"; not a "preview")?  What buyers write is theirs, not the
   product's description, however many paragraphs it runs to.  Not an
   element that names itself the description too (a box of class
   "item-description" and id "item-reviews" holds the critics' words the
   shop quotes for its Quay Kettle), nor the one that holds the page's
   <h1>: a wrapper of the product's whole page. */
static int
is_buyer_reviews(bs_doc *doc, const bs_meta *meta, const bs_node *n,
                 const char *cls)
{
    char c[512];
    pairs pp;

    if (!meta->sells || bs_meta_page_kind(meta) == BS_PAGE_ARTICLE ||
        strstr(cls, "review") == NULL || strstr(cls, "description") != NULL ||
        n->tag == BS_TAG_MAIN || n->tag == BS_TAG_ARTICLE ||
        n->tag == BS_TAG_BODY || !without_word(cls, "preview", c, &pp) ||
        strstr(c, "review") == NULL)
        return 0;
    mark_article_holders(doc);
    return !(n->flags & BS_NF_HOLDS_ARTICLE);
}

/* Text (visible characters) a hidden tab's panel needs to be kept: less
   is a placeholder its script fills ("Loading specifications..."). */
#define TAB_PANEL_CHARS 200u

/* Class/id substrings of a tab's panel. */
static const char *const tab_panel_sub[] = {
    "tab-pane", "tab-panel", "tabpanel", "tabs-panel", "tab-content",
    "tabcontent", "tab_content", "tab_pane", "tab_panel"};

/* Is n, hidden, the panel of a tab (role=tabpanel, "tab-pane"): what
   the page shows when its tab is chosen ("Specifications" beside
   "Description"), not a text it keeps from the reader? */
static int
is_tab_panel(const bs_node *n)
{
    const char *role = bs_node_attr(n, BS_ATTR_ROLE);
    char all[512];
    pairs pp;

    if (role != NULL && strcmp(role, "tabpanel") == 0)
        return 1;
    if (n->nattrs == 0 || class_string(n, all, sizeof(all)) == 0)
        return 0;
    pairs_of(all, &pp);
    return has_sub(all, &pp, tab_panel_sub, COUNT(tab_panel_sub));
}

/* Is n a link to a place on the page itself whose text is a mark alone:
   a heading's permalink (Sphinx's "¶", rustdoc's "§", "#"), a footnote's
   way back ("↩") or "back to top" ("↑")?  It says nothing to a reader of
   the text or the Markdown. */
static int
is_mark_link(const bs_node *n)
{
    static const char *const marks[] = {
        "#", "\xc2\xb6", "\xc2\xa7", "\xe2\x86\xa9", "\xe2\x86\xa9\xef\xb8\x8e",
        "\xe2\x86\x91", "^", "\xf0\x9f\x94\x97", "\xe2\x9a\x93"};
    const char *href = bs_node_attr(n, BS_ATTR_HREF);
    const bs_node *m;
    char text[16];
    size_t len = 0, i;
    int seen = 0;

    if (href == NULL || href[0] != '#' || n->first == NULL)
        return 0;
    for (m = n->first; m != NULL; m = bs_node_next(m, n, 0)) {
        const char *t;
        size_t k;
        if (++seen > 8)
            return 0;
        if (m->tag != BS_TAG_TEXT)
            continue;
        t = bs_text_trimmed(m, &k);
        if (len + k >= sizeof(text))
            return 0;
        memcpy(text + len, t, k);
        len += k;
    }
    for (i = 0; i < COUNT(marks); i++)
        if (len == strlen(marks[i]) && memcmp(text, marks[i], len) == 0)
            return 1;
    return 0;
}

void
bs_clean(bs_doc *doc, const bs_options *opts, const bs_meta *meta, int mode)
{
    int relaxed = mode == BS_CLEAN_RELAXED;
    bs_node *top = doc->body ? doc->body : doc->root;
    bs_node *n;
    uint32_t total;
    char all[512], cls[512];
    int many_articles;

    if (top == NULL)
        return;
    bs_count(doc);
    total = top->chars;
    /* Several <article>s are items (posts of a thread, teasers): a
       short <header> of theirs without a headline or a lead paragraph is
       the item's furniture (poster, date, permalink). */
    {
        size_t i, narticles = 0;
        for (i = 0; i < doc->nnodes && narticles < 3; i++)
            if (bs_doc_node(doc, i)->tag == BS_TAG_ARTICLE &&
                bs_doc_node(doc, i)->chars > 0)
                narticles++;
        many_articles = narticles >= 3;
    }
    n = top->first;
    while (n != NULL) {
        unsigned tf = bs_tag_flags((bs_tag)n->tag);
        int remove = 0, big;

        if (n->tag == BS_TAG_TEXT) {
            n = bs_node_next(n, top, 1);
            continue;
        }
        /* A wrapper of most of the page is never removed for its name. */
        big = total > 500 && n->chars * 10 > total * 6;
        /* Hidden wrappers and <noscript> sometimes hold the whole page
           (content streamed in by script): keep them when they do; and,
           in the relaxed pass, a hidden wrapper of a quarter of the page
           (a shop's product shown by its script once loaded). */
        if (n->flags & BS_NF_HIDDEN)
            remove = !big && !(relaxed && n->chars * 4 > total) &&
                     !(n->chars >= TAB_PANEL_CHARS && is_tab_panel(n));
        else if (tf & BS_TF_SKIP)
            remove = 1;
        else if (n->tag == BS_TAG_NOSCRIPT || n->tag == BS_TAG_BUTTON)
            remove = !big;
        else if (n->tag == BS_TAG_FORM) {
            remove = !big && !is_prose_form(n);
            /* (a sign-up form goes with its pitch: the box around it,
               seen before the form, goes now) */
            if (remove)
                signup_box(n)->flags |= BS_NF_REMOVED;
        }
        else if (n->tag == BS_TAG_DIALOG)
            remove = 1;
        else if (n->tag == BS_TAG_LABEL)
            /* a form control's caption ("Sorted by:", "Password") */
            remove = !big && n->chars <= 200;
        else if (n->tag == BS_TAG_SEARCH)
            remove = !big;
        else if (n->tag == BS_TAG_A)
            remove = is_mark_link(n);
        else if (n->tag == BS_TAG_NAV)
            remove = !big || furniture_only(doc, n);
        else if (n->tag == BS_TAG_ASIDE) {
            mark_article_holders(doc);
            remove = !big && !(n->flags & BS_NF_HOLDS_ARTICLE);
        }
        else if (n->tag == BS_TAG_FOOTER || n->tag == BS_TAG_HEADER)
            remove = big ? furniture_only(doc, n)
                         : (n->tag != BS_TAG_HEADER || !inside_article(n) ||
                            (many_articles && n->chars <= 200 &&
                             !has_headline_or_lead(n)));
        if (!remove && n->tag != BS_TAG_MAIN && n->tag != BS_TAG_ARTICLE) {
            const char *role = bs_node_attr(n, BS_ATTR_ROLE);
            /* a tab strip is a row of labels; Bootstrap's accordion sets
               its whole body, panels and their prose, as a tablist */
            if (role != NULL && role_is_boilerplate(role) &&
                (!big || is_dialog_role(role)) &&
                !(strcmp(role, "tablist") == 0 && n->paras >= 2))
                remove = 1;
        }
        if (!remove && n->nattrs > 0 &&
            class_string(n, all, sizeof(all)) > 0) {
            pairs pp;
            const char *itemprop = bs_node_attr(n, BS_ATTR_ITEMPROP);
            int body_prop = itemprop != NULL &&
                            strstr(itemprop, "articleBody") != NULL;
            /* Many paragraphs with few links read as content, whatever
               the class says ("elementor-widget", "tag-news" on the
               article of a WordPress post). */
            int protect = body_prop || n->tag == BS_TAG_MAIN ||
                          n->tag == BS_TAG_ARTICLE || n->tag == BS_TAG_BODY ||
                          (n->paras >= 3 && n->link_chars * 2 < n->chars);
            int comments, consent;

            without_names(all, is_feature_name, cls, sizeof(cls));
            /* an accordion's panel "drops down" (how it opens): it is no
               dropdown menu ("accordion-item__dropdown") */
            if (strstr(cls, "accordion") != NULL)
                blank_word(cls, "dropdown");
            pairs_of(cls, &pp);
            /* an <article> or <main> that is a dialog (a login panel set
               as <article class="password-modal">) */
            if ((n->tag == BS_TAG_ARTICLE || n->tag == BS_TAG_MAIN) &&
                !body_prop && has_sub(cls, &pp, dialog_sub, COUNT(dialog_sub)))
                protect = 0;
            /* nor is a small <article> named a related story, a
               subscription box or the like ("related-post", "buybox__
               subscribe"): a card, not the page's text */
            if (n->tag == BS_TAG_ARTICLE && !body_prop && is_card_article(n, cls))
                protect = 0;
            /* a consent manager's box is never the page's text, however
               much of it it holds: its paragraphs are the cookie policy */
            consent = (protect || big) && n->tag != BS_TAG_BODY &&
                      !body_prop &&
                      has_sub(cls, &pp, consent_sub, COUNT(consent_sub));
            if (consent)
                protect = 0;
            /* nor are a few paragraphs in a box named for a newsletter, a
               subscription, sharing or a related story */
            if (protect && n->tag != BS_TAG_MAIN && n->tag != BS_TAG_ARTICLE &&
                n->tag != BS_TAG_BODY && !body_prop &&
                n->chars < BOX_PITCH_CHARS &&
                has_sub(cls, &pp, pitch_sub, COUNT(pitch_sub)))
                protect = 0;
            if (n->link_chars * 2 < n->chars &&
                has_sub(cls, &pp, body_sub, COUNT(body_sub))) {
                n->flags |= BS_NF_BODY;
                protect = 1;
            }
            comments = has_sub(cls, &pp, comment_sub, COUNT(comment_sub)) &&
                       !only_commentary(cls) && n->tag != BS_TAG_MAIN &&
                       !body_prop && !big && !plain_twin(n) && !bs_in_code(n);

            if (comments) {
                n->flags |= BS_NF_COMMENTS;
                remove = mode == BS_CLEAN_NORMAL;
            }
            if (!remove && !big && !body_prop &&
                is_buyer_reviews(doc, meta, n, cls))
                remove = 1;
            if (!remove && !protect &&
                (relaxed ? has_sub(cls, &pp, strong_sub, COUNT(strong_sub))
                         : (has_sub(cls, &pp, negative_sub, COUNT(negative_sub)) ||
                            has_token(cls, negative_tok,
                                      COUNT(negative_tok)))) &&
                !bs_in_code(n)) {
                /* (a code sample's highlighting names its parts: "token
                   tag", "hljs-meta") */
                n->flags |= BS_NF_NEGATIVE;
                if (has_sub(cls, &pp, byline_sub, COUNT(byline_sub)))
                    n->flags |= BS_NF_BYLINE;
                remove = (!big || consent) && !is_text_widget(n, cls);
            }
            if (has_sub(cls, &pp, positive_sub, COUNT(positive_sub)) || body_prop)
                n->flags |= BS_NF_POSITIVE;
            if (n->chars < 300 && has_sub(cls, &pp, caption_sub,
                                          COUNT(caption_sub)) &&
                !is_card_text(n))
                n->flags |= BS_NF_CAPTION;
        }
        if (remove)
            n->flags |= BS_NF_REMOVED;
        else
            n->flags &= ~(uint32_t)BS_NF_HIDDEN;
        n = bs_node_next(n, top, remove);
    }
    (void)opts;
}
