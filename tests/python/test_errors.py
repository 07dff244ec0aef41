"""Wrong arguments raise clear exceptions; hostile input never crashes."""

from __future__ import annotations

import random
import sys
from typing import Any, Dict

import pytest

import broadsheet
from broadsheet import ExtractError, _core

LIMIT = 64 * 1024 * 1024
PAGE = ("<html><head><title>T</title></head><body><article>"
        + "<p>A sentence of the article body, long enough to keep.</p>" * 4
        + "</article></body></html>")


# -- argument types ------------------------------------------------------------


@pytest.mark.parametrize("html", [123, None, [b"<p>x</p>"], 1.5, object(), {"a": 1}])
def test_html_of_wrong_type(html: Any) -> None:
    with pytest.raises(TypeError, match="bytes, bytearray, memoryview or str"):
        broadsheet.extract(html)  # type: ignore[arg-type]


@pytest.mark.parametrize("kwargs", [
    {"url": 123},
    {"url": b"https://example.org/"},
    {"encoding": 1},
    {"encoding": b"utf-8"},
    {"favor": 1},
    {"favor": None},
])
def test_options_of_wrong_type(kwargs: Dict[str, Any]) -> None:
    with pytest.raises(TypeError):
        broadsheet.extract(PAGE, **kwargs)
    with pytest.raises(TypeError):
        _core.extract(PAGE, **kwargs)


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        broadsheet.extract(PAGE, None, "utf-8")  # type: ignore[misc]
    with pytest.raises(TypeError):
        _core.extract(PAGE, None, "utf-8")  # type: ignore[call-arg]


def test_unknown_keyword() -> None:
    with pytest.raises(TypeError):
        broadsheet.extract(PAGE, colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _core.extract(PAGE, colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _core.extract()  # type: ignore[call-arg]


@pytest.mark.parametrize("favor", ["fast", "", "BALANCED", "precision "])
def test_unknown_favor(favor: str) -> None:
    with pytest.raises(ValueError, match="favor") as info:
        broadsheet.extract(PAGE, favor=favor)
    assert not isinstance(info.value, ExtractError)


def test_nul_in_option_strings() -> None:
    with pytest.raises(ValueError):
        broadsheet.extract(PAGE, "https://example.org/\0x")
    with pytest.raises(ValueError):
        broadsheet.extract(PAGE, favor="balanced\0")


def test_lone_surrogate_in_str() -> None:
    with pytest.raises(UnicodeEncodeError):
        broadsheet.extract("<p>\ud800</p>")


def test_released_memoryview() -> None:
    view = memoryview(PAGE.encode())
    view.release()
    with pytest.raises(ValueError):
        broadsheet.extract(view)


# -- ExtractError ----------------------------------------------------------------


def test_extract_error_is_a_value_error() -> None:
    assert issubclass(ExtractError, ValueError)
    assert ExtractError.__module__ == "broadsheet"
    assert ExtractError.__name__ == "ExtractError"


@pytest.mark.parametrize("encoding", ["no-such-encoding", "utf-9", "x" * 300])
def test_unknown_encoding(encoding: str) -> None:
    with pytest.raises(ExtractError, match="unknown encoding"):
        broadsheet.extract(PAGE.encode(), encoding=encoding)


def test_encoding_is_ignored_for_str() -> None:
    art = broadsheet.extract(PAGE, encoding="no-such-encoding")
    assert art is not None


@pytest.mark.parametrize("kind", [bytes, bytearray, memoryview])
def test_input_over_the_limit(kind: Any) -> None:
    data = kind(bytes(LIMIT + 1))
    with pytest.raises(ExtractError, match="limit") as info:
        broadsheet.extract(data)
    assert str(LIMIT) in str(info.value)
    assert _core.MAX_INPUT == LIMIT


def test_str_over_the_limit() -> None:
    with pytest.raises(ExtractError, match="limit"):
        broadsheet.extract("\0" * (LIMIT + 1))


# -- no article ------------------------------------------------------------------


@pytest.mark.parametrize("html", [b"", "", bytearray(), memoryview(b""), b" \n\t ",
                                  b"<html></html>", b"<html><body></body></html>",
                                  b"<!-- only a comment -->", b"<script>var x = 1;</script>"])
def test_empty_pages_give_none(html: Any) -> None:
    assert broadsheet.extract(html) is None


DECLARED_NO_TEXT = (
    b'<html><head><title>Quay | Harbour Forum</title>'
    b'<meta property="og:title" content="Old grain quay to be rebuilt">'
    b'<script type="application/ld+json">{"@type": "DiscussionForumPosting", '
    b'"author": {"@type": "Person", "name": "Jane Doe"}, '
    b'"datePublished": "2021-03-04"}</script></head>'
    b'<body><div id="app"></div><script>render()</script></body></html>')


def test_declared_page_without_text() -> None:
    art = broadsheet.extract(DECLARED_NO_TEXT, "https://forum.example.org/t/quay")
    assert art is not None
    assert art.text == ""
    assert art.title == "Old grain quay to be rebuilt"
    assert art.authors == ("Jane Doe",)
    assert art.date_published == "2021-03-04"
    assert art.sources["title"] == "opengraph"
    assert art.to_dict()["text"] == ""


def test_title_tag_alone_gives_none() -> None:
    page = b"<html><head><title>Sign in | Harbour Bank</title></head><body></body></html>"
    assert broadsheet.extract(page) is None


def _check(result: Any) -> None:
    assert result is None or isinstance(result, broadsheet.Article)
    if result is not None:
        # an article has a text, or a title its metadata declares
        assert isinstance(result.text, str) and (result.text or result.title)
        result.to_json()
        result.to_markdown()


@pytest.mark.parametrize("seed", range(40))
def test_binary_junk(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.choice([1, 7, 100, 4096, 65536, 300_000])
    data = bytes(rng.getrandbits(8) for _ in range(n))
    _check(broadsheet.extract(data, "https://example.org/"))


@pytest.mark.parametrize("seed", range(20))
def test_tag_soup(seed: int) -> None:
    """Random mixtures of tags, entities, NULs and text."""
    rng = random.Random(1000 + seed)
    pieces = ["<p>", "</p>", "<div>", "</div>", "<article>", "<a href='/x'>", "</a>",
              "<table><tr><td>", "</td>", "<ul><li>", "<pre>", "<code>", "<h1>",
              "<script>", "</script>", "<!--", "-->", "<![CDATA[", "&amp;", "&#0;",
              "&#x110000;", "\0", "\xff", "\u2028", "<img src=''>", "<br>",
              "<meta charset='utf-16'>", "<base href='::'>", "</html>", "<svg>",
              "Some words of ordinary text that look like an article sentence. "]
    page = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 3000)))
    _check(broadsheet.extract(page.encode("utf-8", "surrogatepass"), "https://e.org/a/b"))
    _check(broadsheet.extract(page, None))


@pytest.mark.parametrize("page", [
    "<div>" * 100_000 + "<p>deep text of the article, long enough to keep</p>" * 5,
    "<p>" + "x" * 2_000_000 + "</p>",
    "<a href='" + "y" * 200_000 + "'>link</a>" + "<p>Text of the body, long enough here.</p>" * 5,
    "<p title='" + "\"" * 100_000 + "'>q</p>",
    "<table>" + "<tr><td>cell</td>" * 50_000 + "</table>",
    "<ul>" + "<li>item " * 100_000 + "</ul>",
    "<meta charset='x-unknown'><p>" + "é" * 10_000 + "</p>",
    "<script type='application/ld+json'>" + "[" * 100_000 + "</script><p>body text here</p>",
    "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":"
    + "\"h\"," * 1000 + "}</script>",
], ids=["deep", "long-text", "long-attr", "quotes", "big-table", "many-li",
        "bad-charset", "deep-json", "bad-json"])
def test_pathological_pages(page: str) -> None:
    _check(broadsheet.extract(page.encode(), "https://example.org/"))


def test_recursion_limit_is_not_touched() -> None:
    before = sys.getrecursionlimit()
    broadsheet.extract("<div>" * 10_000)
    assert sys.getrecursionlimit() == before
