"""Every way of handing over a page gives the same article; encodings are
found, or taken from the caller."""

from __future__ import annotations

import array
import mmap
import tempfile
from typing import Any, Callable, Dict, Optional

import pytest

import broadsheet
from broadsheet import Article

URL = broadsheet.SAMPLE_URL

BODY = (
    "<p>“Um café, por favor,” I practised on the plane – and for the first "
    "morning it worked perfectly. A tiny cup of strong espresso appeared.</p>"
    "<p>By the third day I had discovered the galão and the meia de leite, "
    "and I noticed that nobody around me ever sat down at a table.</p>"
    "<p>That was my expensive lesson: the bill came to €7.50 for “just a "
    "coffee” on a sunny terrace, and I simply hadn’t read the menu…</p>"
    "<p>The best café of the week was a narrow room with a chipped marble "
    "counter, a television showing football, and a patient owner.</p>"
)
WANT = [
    "“Um café, por favor,” I practised on the plane – and",
    "galão",
    "€7.50 for “just a coffee”",
    "hadn’t read the menu…",
]


def page(head: str = "") -> str:
    return ("<!DOCTYPE html><html><head>" + head + "<title>Cafés</title></head>"
            "<body><article><h1>A week of cafés</h1>" + BODY + "</article></body></html>")


def assert_right(art: Optional[Article]) -> Article:
    assert isinstance(art, Article)
    for s in WANT:
        assert s in art.text, (s, art.text[:300])
    assert "\ufffd" not in art.text
    assert "Ã" not in art.text  # no mojibake
    return art


# -- kinds of input ----------------------------------------------------------------


KINDS: Dict[str, Callable[[bytes], Any]] = {
    "bytes": bytes,
    "bytearray": bytearray,
    "memoryview": memoryview,
    "memoryview-bytearray": lambda b: memoryview(bytearray(b)),
    "readonly-memoryview-bytearray": lambda b: memoryview(bytearray(b)).toreadonly(),
    "memoryview-slice": lambda b: memoryview(b"xx" + b + b"yy")[2:-2],
    "strided-memoryview": lambda b: memoryview(bytes(c for x in b for c in (x, 0)))[::2],
    "array": lambda b: array.array("B", b),
    "str": lambda b: b.decode("utf-8"),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_kinds_give_the_same_article(kind: str, sample_html: bytes, sample: Article) -> None:
    art = broadsheet.extract(KINDS[kind](sample_html), URL)
    assert art == sample
    assert art is not None and art.to_dict() == sample.to_dict()


def test_mmap(sample_html: bytes, sample: Article) -> None:
    with tempfile.TemporaryFile() as f:
        f.write(sample_html)
        f.flush()
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
            assert broadsheet.extract(m, URL) == sample  # type: ignore[arg-type]


def test_bytearray_can_be_resized_after() -> None:
    data = bytearray(page().encode("utf-8"))
    assert broadsheet.extract(data) is not None
    data.extend(b"<p>more</p>")  # no buffer export is left behind
    data.clear()


# -- encodings ------------------------------------------------------------------------


def test_utf8_bytes() -> None:
    art = assert_right(broadsheet.extract(page('<meta charset="utf-8">').encode("utf-8"), URL))
    assert art.encoding == "UTF-8"


def test_utf8_without_charset() -> None:
    art = assert_right(broadsheet.extract(page().encode("utf-8"), URL))
    assert art.encoding == "UTF-8"


def test_utf8_bom() -> None:
    art = assert_right(broadsheet.extract(b"\xef\xbb\xbf" + page('<meta charset="windows-1252">').encode("utf-8")))
    assert art.encoding == "UTF-8"


def test_windows_1252_without_charset() -> None:
    """No declaration, not UTF-8: read as windows-1252 (curly quotes,
    euro sign, ellipsis are 0x80-0x9F bytes)."""
    data = page().encode("windows-1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    art = assert_right(broadsheet.extract(data, URL))
    assert art.encoding == "WINDOWS-1252"
    assert art.title in ("A week of cafés", "Cafés")  # the <h1> or the <title>


def test_declared_latin1_is_read_as_windows_1252() -> None:
    art = assert_right(broadsheet.extract(page('<meta charset="iso-8859-1">').encode("windows-1252"), URL))


def test_str_ignores_a_wrong_meta_charset() -> None:
    """A str is already decoded: its <meta charset> must not be applied."""
    for head in ('<meta charset="iso-8859-1">',
                 '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">',
                 '<meta charset="utf-16">', '<meta charset="shift_jis">'):
        art = broadsheet.extract(page(head), URL)
        assert_right(art)


def test_str_and_bytes_agree() -> None:
    text = page('<meta charset="utf-8">')
    a = broadsheet.extract(text, URL)
    b = broadsheet.extract(text.encode("utf-8"), URL)
    assert a == b


def test_encoding_override_wins_over_meta() -> None:
    russian = ("<html><head><meta charset='utf-8'><title>Новости</title></head><body>"
               "<article><h1>Новости дня</h1>"
               + "<p>Москва заявила во вторник, что направила военных инструкторов "
                 "в Центральноафриканскую Республику по просьбе её властей.</p>" * 4
               + "</article></body></html>")
    for enc in ("windows-1251", "koi8-r", "iso-8859-5"):
        data = russian.encode(enc)
        art = broadsheet.extract(data, URL, encoding=enc)
        assert art is not None
        assert "Москва заявила во вторник" in art.text, enc
        # Without the override the (wrong) declaration or a guess is used.
        wrong = broadsheet.extract(data, URL)
        assert wrong is None or "Москва" not in wrong.text


def test_encoding_override_names() -> None:
    data = page().encode("windows-1252")
    for name in ("windows-1252", "cp1252", "WINDOWS-1252", "latin1", "iso-8859-1"):
        assert_right(broadsheet.extract(data, URL, encoding=name))


def test_utf16_with_bom() -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
        art = broadsheet.extract(bom + page().encode(codec), URL)
        assert_right(art)
