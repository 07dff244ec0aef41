/*
 * test_encoding.c - bs_decode() and bs_encoding_canonical() (encoding.c).
 */
#include "testutil.h"

/* A string literal and its length (literals here may hold NUL bytes). */
#define B(s) s, sizeof(s) - 1

/* UTF-8 of the test words. */
#define U_CAFE "caf\xC3\xA9"
#define U_PRIVET "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"
#define U_PRIVET_MIR U_PRIVET ", \xD0\xBC\xD0\xB8\xD1\x80"
#define CP1251_PRIVET "\xCF\xF0\xE8\xE2\xE5\xF2"
#define KOI8_PRIVET_MIR "\xF0\xD2\xC9\xD7\xC5\xD4, \xCD\xC9\xD2"
#define U_NIHONGO                                                            \
    "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE3\x83\x8B\xE3\x83"   \
    "\xA5\xE3\x83\xBC\xE3\x82\xB9"
#define SJIS_NIHONGO                                                         \
    "\x93\xFA\x96\x7B\x8C\xEA\x82\xCC\x83\x6A\x83\x85\x81\x5B\x83\x58"
#define U_ZHONGWEN "\xE4\xB8\xAD\xE6\x96\x87\xE6\x96\xB0\xE9\x97\xBB"
#define GBK_ZHONGWEN "\xD6\xD0\xCE\xC4\xD0\xC2\xCE\xC5"
#define U_GREEK                                                              \
    "\xCE\x9A\xCE\xB1\xCE\xBB\xCE\xB7\xCE\xBC\xCE\xAD\xCF\x81\xCE\xB1"
#define ISO7_GREEK "\xCA\xE1\xEB\xE7\xEC\xDD\xF1\xE1"
#define FFFD "\xEF\xBF\xBD"

typedef struct {
    const char *name;
    const char *in;
    size_t len;
    const char *given; /* caller's encoding, or NULL */
    const char *want;  /* exact UTF-8 output */
    const char *enc;   /* encoding reported */
} dec_case;

static const dec_case cases[] = {
    /* 1. byte-order marks */
    {"bom utf-8", B("\xEF\xBB\xBF<p>" U_CAFE "</p>"), NULL,
     "<p>" U_CAFE "</p>", "UTF-8"},
    {"bom utf-8 beats caller", B("\xEF\xBB\xBF<p>" U_CAFE "</p>"),
     "windows-1252", "<p>" U_CAFE "</p>", "UTF-8"},
    {"bom utf-8 beats meta",
     B("\xEF\xBB\xBF<meta charset=windows-1251><p>" U_CAFE "</p>"), NULL,
     "<meta charset=windows-1251><p>" U_CAFE "</p>", "UTF-8"},
    {"bom utf-16le",
     B("\xFF\xFE<\0p\0>\0\xE9\0\xAC\x20\x3D\xD8\x00\xDE<\0/\0p\0>\0"), NULL,
     "<p>\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80</p>", "UTF-16LE"},
    {"bom utf-16be",
     B("\xFE\xFF\0<\0p\0>\0\xE9\x20\xAC\xD8\x3D\xDE\x00\0<\0/\0p\0>"), NULL,
     "<p>\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80</p>", "UTF-16BE"},
    /* a BOM is certain even when the text does not start with ASCII */
    {"bom utf-16le cjk first", B("\xFF\xFE\xE5\x65\x2C\x67"), NULL,
     "\xE6\x97\xA5\xE6\x9C\xAC", "UTF-16LE"},
    {"bom utf-16be cjk first", B("\xFE\xFF\x65\xE5\x67\x2C"), NULL,
     "\xE6\x97\xA5\xE6\x9C\xAC", "UTF-16BE"},
    {"bom utf-16le nul dropped", B("\xFF\xFE" "a\0\0\0b\0"), NULL, "ab",
     "UTF-16LE"},
    {"bom utf-16le lone surrogate", B("\xFF\xFE" "a\0\x00\xD8" "b\0"), NULL,
     "a" FFFD "b", "UTF-16LE"},

    /* 2. the caller's encoding beats the page's declaration */
    {"caller latin1 beats meta utf-8",
     B("<meta charset=\"utf-8\"><p>caf\xE9</p>"), "iso-8859-1",
     "<meta charset=\"utf-8\"><p>" U_CAFE "</p>", "WINDOWS-1252"},
    {"caller koi8-r beats meta 1251",
     B("<meta charset=windows-1251><p>" KOI8_PRIVET_MIR "</p>"), "KOI8-R",
     "<meta charset=windows-1251><p>" U_PRIVET_MIR "</p>", "KOI8-R"},
    {"caller utf-8 on invalid bytes", B("a\xFF" "b"), "utf-8",
     "a" FFFD "b", "UTF-8"},
    {"caller label with spaces and case", B("<p>caf\xE9</p>"), " Latin1 ",
     "<p>" U_CAFE "</p>", "WINDOWS-1252"},
    {"caller empty label is no label", B("<p>caf\xE9</p>"), "",
     "<p>" U_CAFE "</p>", "WINDOWS-1252"},
    {"caller utf-16le without bom", B("<\0p\0>\0\xE9\0<\0/\0p\0>\0"),
     "utf-16le", "<p>\xC3\xA9</p>", "UTF-16LE"},
    {"caller shift_jis", B("<p>" SJIS_NIHONGO "</p>"), "shift_jis",
     "<p>" U_NIHONGO "</p>", "CP932"},

    /* 3. <meta> declarations, in their many spellings */
    {"meta charset quoted",
     B("<meta charset=\"windows-1251\"><p>" CP1251_PRIVET "</p>"), NULL,
     "<meta charset=\"windows-1251\"><p>" U_PRIVET "</p>", "WINDOWS-1251"},
    {"meta charset unquoted",
     B("<meta charset=windows-1251><p>" CP1251_PRIVET "</p>"), NULL,
     "<meta charset=windows-1251><p>" U_PRIVET "</p>", "WINDOWS-1251"},
    {"meta charset upper case single quotes",
     B("<META CHARSET='WINDOWS-1251'><p>" CP1251_PRIVET "</p>"), NULL,
     "<META CHARSET='WINDOWS-1251'><p>" U_PRIVET "</p>", "WINDOWS-1251"},
    {"meta charset spaces",
     B("<meta  charset = \" cp1251 \" ><p>" CP1251_PRIVET "</p>"), NULL,
     "<meta  charset = \" cp1251 \" ><p>" U_PRIVET "</p>", "WINDOWS-1251"},
    {"meta charset self-closed",
     B("<meta charset=\"windows-1251\"/><p>" CP1251_PRIVET "</p>"), NULL,
     "<meta charset=\"windows-1251\"/><p>" U_PRIVET "</p>", "WINDOWS-1251"},
    {"meta http-equiv",
     B("<meta http-equiv=\"Content-Type\" content=\"text/html; "
       "charset=windows-1251\"><p>" CP1251_PRIVET "</p>"),
     NULL,
     "<meta http-equiv=\"Content-Type\" content=\"text/html; "
     "charset=windows-1251\"><p>" U_PRIVET "</p>",
     "WINDOWS-1251"},
    {"meta http-equiv content first",
     B("<meta content='text/html;charset=Windows-1251' "
       "http-equiv='content-type'><p>" CP1251_PRIVET "</p>"),
     NULL,
     "<meta content='text/html;charset=Windows-1251' "
     "http-equiv='content-type'><p>" U_PRIVET "</p>",
     "WINDOWS-1251"},
    {"meta http-equiv spaces around =",
     B("<meta http-equiv=Content-Type content=\"text/html; charset = "
       "windows-1251\"><p>" CP1251_PRIVET "</p>"),
     NULL,
     "<meta http-equiv=Content-Type content=\"text/html; charset = "
     "windows-1251\"><p>" U_PRIVET "</p>",
     "WINDOWS-1251"},
    {"meta after other metas",
     B("<meta name=\"viewport\" content=\"width=device-width\">"
       "<meta charset=\"cp1251\"><p>" CP1251_PRIVET "</p>"),
     NULL,
     "<meta name=\"viewport\" content=\"width=device-width\">"
     "<meta charset=\"cp1251\"><p>" U_PRIVET "</p>",
     "WINDOWS-1251"},
    {"meta in a comment ignored",
     B("<!-- <meta charset=\"koi8-r\"> --><meta charset=\"windows-1251\">"
       "<p>" CP1251_PRIVET "</p>"),
     NULL,
     "<!-- <meta charset=\"koi8-r\"> --><meta charset=\"windows-1251\">"
     "<p>" U_PRIVET "</p>",
     "WINDOWS-1251"},
    {"meta after an unterminated comment ignored",
     B("<!-- <meta charset=\"koi8-r\"><p>caf\xE9</p>"), NULL,
     "<!-- <meta charset=\"koi8-r\"><p>" U_CAFE "</p>", "WINDOWS-1252"},
    {"meta unknown label ignored", B("<meta charset=\"x-bogus\"><p>caf\xE9</p>"),
     NULL, "<meta charset=\"x-bogus\"><p>" U_CAFE "</p>", "WINDOWS-1252"},
    {"meta shift_jis", B("<meta charset=\"Shift_JIS\"><p>" SJIS_NIHONGO "</p>"),
     NULL, "<meta charset=\"Shift_JIS\"><p>" U_NIHONGO "</p>", "CP932"},
    {"meta gbk",
     B("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">"
       "<p>" GBK_ZHONGWEN "</p>"),
     NULL,
     "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">"
     "<p>" U_ZHONGWEN "</p>",
     "GB18030"},
    {"meta gb2312", B("<meta charset=gb2312><p>" GBK_ZHONGWEN "</p>"), NULL,
     "<meta charset=gb2312><p>" U_ZHONGWEN "</p>", "GB18030"},
    {"meta koi8-r", B("<meta charset=\"koi8-r\"><p>" KOI8_PRIVET_MIR "</p>"),
     NULL, "<meta charset=\"koi8-r\"><p>" U_PRIVET_MIR "</p>", "KOI8-R"},
    {"meta iso-8859-5", B("<meta charset=\"ISO-8859-5\"><p>\xBF\xE0\xD8\xD2"
                          "\xD5\xE2</p>"),
     NULL, "<meta charset=\"ISO-8859-5\"><p>" U_PRIVET "</p>", "ISO-8859-5"},
    {"meta iso-8859-7", B("<meta charset=\"iso-8859-7\"><p>" ISO7_GREEK "</p>"),
     NULL, "<meta charset=\"iso-8859-7\"><p>" U_GREEK "</p>", "ISO-8859-7"},
    {"meta utf-16 on ascii bytes is utf-8",
     B("<meta charset=\"utf-16\"><p>" U_CAFE "</p>"), NULL,
     "<meta charset=\"utf-16\"><p>" U_CAFE "</p>", "UTF-8"},

    /* 4. no declaration: UTF-8 when valid, else windows-1252 */
    {"utf-8 undeclared", B("<p>" U_CAFE " \xE2\x80\x94 " U_NIHONGO "</p>"),
     NULL, "<p>" U_CAFE " \xE2\x80\x94 " U_NIHONGO "</p>", "UTF-8"},
    {"ascii undeclared", B("<p>plain</p>"), NULL, "<p>plain</p>", "UTF-8"},
    {"empty input", B(""), NULL, "", "UTF-8"},
    {"windows-1252 undeclared",
     B("<p>\x93Hello\x94 \x80" "5 \x96 \x97 caf\xE9 \x85 \x91it\x92s</p>"),
     NULL,
     "<p>\xE2\x80\x9CHello\xE2\x80\x9D \xE2\x82\xAC" "5 \xE2\x80\x93 "
     "\xE2\x80\x94 " U_CAFE " \xE2\x80\xA6 \xE2\x80\x98it\xE2\x80\x99s</p>",
     "WINDOWS-1252"},
    {"windows-1252 undefined bytes", B("\x81\x8D\x8F\x90\x9D"), NULL,
     "\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9D", "WINDOWS-1252"},
    {"iso-8859-1 declared is windows-1252",
     B("<meta charset=\"iso-8859-1\"><p>\x80 \x85 \x99 \x9C \xA0\xFF</p>"),
     NULL,
     "<meta charset=\"iso-8859-1\"><p>\xE2\x82\xAC \xE2\x80\xA6 \xE2\x84\xA2 "
     "\xC5\x93 \xC2\xA0\xC3\xBF</p>",
     "WINDOWS-1252"},
    {"us-ascii declared is windows-1252",
     B("<meta charset=us-ascii><p>\x93q\x94</p>"), NULL,
     "<meta charset=us-ascii><p>\xE2\x80\x9Cq\xE2\x80\x9D</p>",
     "WINDOWS-1252"},

    /* 5. declared legacy, but the bytes are multi-byte UTF-8 */
    {"latin1 declared, utf-8 bytes",
     B("<meta charset=\"iso-8859-1\"><p>" U_CAFE "</p>"), NULL,
     "<meta charset=\"iso-8859-1\"><p>" U_CAFE "</p>", "UTF-8"},
    {"1251 declared, utf-8 bytes",
     B("<meta charset=\"windows-1251\"><p>" U_PRIVET "</p>"), NULL,
     "<meta charset=\"windows-1251\"><p>" U_PRIVET "</p>", "UTF-8"},
    {"caller sjis, utf-8 bytes", B("<p>" U_NIHONGO "</p>"), "shift_jis",
     "<p>" U_NIHONGO "</p>", "UTF-8"},

    /* 6. invalid UTF-8 and NUL bytes */
    {"utf-8 declared invalid bytes",
     B("<meta charset=\"utf-8\"><p>a\xFF" "b\xC0\xAF" "c</p>"), NULL,
     "<meta charset=\"utf-8\"><p>a" FFFD "b" FFFD FFFD "c</p>", "UTF-8"},
    {"utf-8 surrogate bytes", B("\xEF\xBB\xBF" "a\xED\xA0\x80" "b"), NULL,
     "a" FFFD FFFD FFFD "b", "UTF-8"},
    {"utf-8 beyond U+10FFFF", B("\xEF\xBB\xBF" "a\xF4\x90\x80\x80"), NULL,
     "a" FFFD FFFD FFFD FFFD, "UTF-8"},
    {"nul in ascii", B("<p>a\0b</p>"), NULL, "<p>ab</p>", "UTF-8"},
    {"nul in utf-8", B("<p>" U_CAFE "\0!</p>"), NULL, "<p>" U_CAFE "!</p>",
     "UTF-8"},
    {"nul in windows-1252", B("<p>caf\xE9\0x</p>"), NULL,
     "<p>" U_CAFE "x</p>", "WINDOWS-1252"},
    {"nul in iconv output", B("<p>\xCF\0\xF0</p>"), "windows-1251",
     "<p>\xD0\x9F\xD1\x80</p>", "WINDOWS-1251"},
    {"iconv invalid and truncated", B("a\xFF" "b\x82"), "shift_jis",
     "a" FFFD "b" FFFD, "CP932"},

    /* 7. UTF-8 encoded twice (read as windows-1252 or Latin-1 on the way) */
    {"twice via windows-1252",
     B("<p>don\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2t caf\xC3\x83\xC2\xA9</p>"),
     NULL, "<p>don\xE2\x80\x99t " U_CAFE "</p>", "UTF-8"},
    {"twice via latin-1", B("<p>don\xC3\xA2\xC2\x80\xC2\x99t</p>"), NULL,
     "<p>don\xE2\x80\x99t</p>", "UTF-8"},
    {"twice, but proper letters too: left alone",
     B("<p>\xC3\x83\xC2\xA9 is what f\xC3\xBCr looks like twice</p>"), NULL,
     "<p>\xC3\x83\xC2\xA9 is what f\xC3\xBCr looks like twice</p>", "UTF-8"},
    {"twice, but a character no 1252 byte shows: left alone",
     B("<p>\xC3\x83\xC2\xA9 " U_NIHONGO "</p>"), NULL,
     "<p>\xC3\x83\xC2\xA9 " U_NIHONGO "</p>", "UTF-8"},
};

START_TEST(test_decode)
{
    const dec_case *c = &cases[_i];
    bs_buf storage = BS_BUF_INIT;
    const char *out = NULL, *enc = NULL;
    size_t out_len = 0;
    bs_error err;
    bs_status st;

    st = bs_decode(c->in, c->len, c->given, &storage, &out, &out_len, &enc,
                   &err);
    ck_assert_msg(st == BS_OK, "%s: status %d", c->name, (int)st);
    ck_assert_ptr_nonnull(out);
    ck_assert_msg(enc != NULL && strcmp(enc, c->enc) == 0,
                  "%s: encoding %s, want %s", c->name, enc ? enc : "(null)",
                  c->enc);
    ck_assert_msg(out_len == strlen(c->want) &&
                      memcmp(out, c->want, out_len) == 0,
                  "%s: got [%.*s] (%zu bytes), want [%s]", c->name,
                  (int)out_len, out, out_len, c->want);
    ck_assert_msg(tu_valid_utf8(out, out_len), "%s: invalid output",
                  c->name);
    bs_buf_free(&storage);
}
END_TEST

/* Valid UTF-8 is used where it lies: no copy. */
START_TEST(test_decode_zero_copy)
{
    static const char page[] = "<p>" U_CAFE "</p>";
    bs_buf storage = BS_BUF_INIT;
    const char *out = NULL, *enc = NULL;
    size_t out_len = 0;
    bs_error err;

    ck_assert_int_eq(bs_decode(page, sizeof(page) - 1, NULL, &storage, &out,
                               &out_len, &enc, &err),
                     BS_OK);
    ck_assert_ptr_eq(out, page);
    ck_assert_uint_eq(out_len, sizeof(page) - 1);
    ck_assert_uint_eq(storage.cap, 0);
    /* behind a UTF-8 BOM: points just after it */
    ck_assert_int_eq(bs_decode("\xEF\xBB\xBFok", 5, NULL, &storage, &out,
                               &out_len, &enc, &err),
                     BS_OK);
    ck_assert_uint_eq(out_len, 2);
    ck_assert_mem_eq(out, "ok", 2);
    bs_buf_free(&storage);
}
END_TEST

static const char *const bad_labels[] = {
    "x-klingon", "utf-9", "latin-99", "windows-1252; charset", "UTF-7",
    "EBCDIC-US",
};

START_TEST(test_decode_unknown_caller_encoding)
{
    bs_buf storage = BS_BUF_INIT;
    const char *out = NULL, *enc = NULL;
    size_t out_len = 0;
    bs_error err;
    bs_status st;

    memset(&err, 0, sizeof(err));
    st = bs_decode("<p>x</p>", 8, bad_labels[_i], &storage, &out, &out_len,
                   &enc, &err);
    ck_assert_int_eq(st, BS_ERR_ENCODING);
    ck_assert_int_eq(err.status, BS_ERR_ENCODING);
    TU_HAS(err.message, bad_labels[_i]);
    bs_buf_free(&storage);
}
END_TEST

/* The declaration is found after a long head, not only in the first
   kilobyte or two. */
static const size_t late_offsets[] = {1500, 4000, 20000, 60000};

START_TEST(test_decode_meta_late)
{
    size_t pad = late_offsets[_i];
    char *filler = malloc(pad + 1);
    char *page, *want;
    bs_buf storage = BS_BUF_INIT;
    const char *out = NULL, *enc = NULL;
    size_t out_len = 0;
    bs_error err;

    ck_assert_ptr_nonnull(filler);
    memset(filler, ' ', pad);
    memcpy(filler, "<!--", 4);
    memcpy(filler + pad - 3, "-->", 3);
    filler[pad] = '\0';
    page = tu_cat("<html><head><title>t</title>", filler,
                  "<meta http-equiv=\"content-type\" content=\"text/html; "
                  "charset=windows-1251\"></head><body><p>" CP1251_PRIVET
                  "</p></body></html>",
                  NULL);
    want = tu_cat("<p>", U_PRIVET, "</p>", NULL);
    ck_assert_int_eq(bs_decode(page, strlen(page), NULL, &storage, &out,
                               &out_len, &enc, &err),
                     BS_OK);
    ck_assert_str_eq(enc, "WINDOWS-1251");
    ck_assert_uint_eq(out_len, strlen(out));
    TU_HAS(out, want);
    bs_buf_free(&storage);
    free(page);
    free(want);
    free(filler);
}
END_TEST

/* Every byte value round-trips through windows-1252 to valid UTF-8. */
START_TEST(test_decode_all_bytes_1252)
{
    char in[256];
    bs_buf storage = BS_BUF_INIT;
    const char *out = NULL, *enc = NULL;
    size_t out_len = 0;
    bs_error err;
    int i;

    for (i = 0; i < 256; i++)
        in[i] = (char)((i + 0x80) & 0xFF); /* 0x80 first: no BOM */
    ck_assert_int_eq(bs_decode(in, sizeof(in), NULL, &storage, &out,
                               &out_len, &enc, &err),
                     BS_OK);
    ck_assert_str_eq(enc, "WINDOWS-1252");
    ck_assert(tu_valid_utf8(out, out_len));
    /* 255 characters (NUL dropped): 127 ASCII bytes; the 0x80 row gives
       17 three-byte and 15 two-byte characters; 0xA0..0xFF two bytes */
    ck_assert_uint_eq(out_len, 127 + 17 * 3 + 15 * 2 + 96 * 2);
    bs_buf_free(&storage);
}
END_TEST

static const struct {
    const char *label;
    const char *name; /* NULL: unknown */
} canon[] = {
    {"utf-8", "UTF-8"},
    {"UTF-8", "UTF-8"},
    {"utf8", "UTF-8"},
    {"  Utf-8  ", "UTF-8"},
    {"utf-8\"", "UTF-8"},
    {"utf-8'", "UTF-8"},
    {"unicode-1-1-utf-8", "UTF-8"},
    {"windows-1252", "WINDOWS-1252"},
    {"iso-8859-1", "WINDOWS-1252"},
    {"ISO_8859-1", "WINDOWS-1252"},
    {"latin1", "WINDOWS-1252"},
    {"us-ascii", "WINDOWS-1252"},
    {"ascii", "WINDOWS-1252"},
    {"cp819", "WINDOWS-1252"},
    {"iso-8859-15", "ISO-8859-15"},
    {"latin2", "ISO-8859-2"},
    {"windows-1250", "WINDOWS-1250"},
    {"cp1251", "WINDOWS-1251"},
    {"koi8-r", "KOI8-R"},
    {"KOI8-U", "KOI8-U"},
    {"iso-8859-9", "WINDOWS-1254"},
    {"tis-620", "CP874"},
    {"gb2312", "GB18030"},
    {"GBK", "GB18030"},
    {"gb18030", "GB18030"},
    {"big5", "BIG5-HKSCS"},
    {"Shift_JIS", "CP932"},
    {"sjis", "CP932"},
    {"windows-31j", "CP932"},
    {"euc-jp", "EUC-JP"},
    {"iso-2022-jp", "ISO-2022-JP"},
    {"euc-kr", "CP949"},
    {"ks_c_5601-1987", "CP949"},
    {"utf-16", "UTF-16LE"},
    {"UTF-16BE", "UTF-16BE"},
    {"iso-8859-5", "ISO-8859-5"},
    {"ISO-8859-7", "ISO-8859-7"},
    {"iso-8859-16", "ISO-8859-16"},
    {"", NULL},
    {"   ", NULL},
    {"bogus", NULL},
    {"utf-8x", NULL},
    {"utf", NULL},
    {"UTF-7", NULL},     /* iconv knows it, but it is not for the web */
    {"EBCDIC-US", NULL}, /* nor is this */
    {"iso-8859-1; x", NULL},
    {"../../etc/passwd", NULL},
    {"a-label-that-is-much-too-long-to-be-any-encoding-name", NULL},
};

START_TEST(test_canonical)
{
    const char *got =
        bs_encoding_canonical(canon[_i].label, strlen(canon[_i].label));

    ck_assert_msg((got == NULL && canon[_i].name == NULL) ||
                      (got != NULL && canon[_i].name != NULL &&
                       strcmp(got, canon[_i].name) == 0),
                  "[%s] -> %s, want %s", canon[_i].label,
                  got ? got : "(null)",
                  canon[_i].name ? canon[_i].name : "(null)");
}
END_TEST

/* The length bounds the label: no reading past it. */
START_TEST(test_canonical_length)
{
    ck_assert_str_eq(bs_encoding_canonical("utf-8xyz", 5), "UTF-8");
    ck_assert_str_eq(bs_encoding_canonical("latin1;charset", 6),
                     "WINDOWS-1252");
    ck_assert_ptr_null(bs_encoding_canonical("utf-8", 0));
    ck_assert_ptr_null(bs_encoding_canonical("utf-8", 3));
}
END_TEST

static Suite *
encoding_suite(void)
{
    Suite *s = suite_create("encoding");
    TCase *tc = tcase_create("decode");
    TCase *tl = tcase_create("labels");

    tcase_add_loop_test(tc, test_decode, 0, (int)TU_COUNT(cases));
    tcase_add_test(tc, test_decode_zero_copy);
    tcase_add_loop_test(tc, test_decode_unknown_caller_encoding, 0,
                        (int)TU_COUNT(bad_labels));
    tcase_add_loop_test(tc, test_decode_meta_late, 0,
                        (int)TU_COUNT(late_offsets));
    tcase_add_test(tc, test_decode_all_bytes_1252);
    suite_add_tcase(s, tc);

    tcase_add_loop_test(tl, test_canonical, 0, (int)TU_COUNT(canon));
    tcase_add_test(tl, test_canonical_length);
    suite_add_tcase(s, tl);
    return s;
}

int
main(void)
{
    return tu_run(encoding_suite());
}
