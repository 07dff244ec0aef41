"""Hostile pages: each gives a result or a clear ExtractError within a time
bound and a memory bound, and never crashes.

Every case is timed, and its peak memory is measured as the growth of the
process's peak RSS (VmHWM, reset through /proc/self/clear_refs before the
call; where that cannot be reset, the growth of ru_maxrss, which then only
shows a case that sets a new peak).  The input is built before the
measurement, so the numbers are the extraction's own.

Bounds were chosen from measurements on the 2-core CI machine with a wide
margin (about 3x in time); under the ASan build (make pytest-asan) they
are scaled.  Set BROADSHEET_HOSTILE_TABLE=FILE to get the table of
times and peaks (Markdown) written there.
"""

from __future__ import annotations

import json
import os
import random
import resource
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

import pytest

import broadsheet
from broadsheet import ExtractError, _core

MiB = 1024 * 1024
LIMIT = 64 * MiB
URL = "https://news.example.org/2021/03/04/hostile"
ASAN = os.environ.get("BROADSHEET_EXPECT_ASAN") == "1"
TIME_SCALE = 4.0 if ASAN else 1.0
# ASan's shadow memory and quarantine: peaks are not comparable.
MEM_SCALE = 6.0 if ASAN else 1.0

PARA = ("<p>The harbour authority confirmed on Tuesday that the old grain quay "
        "will be rebuilt over the next two years, with work starting in spring.</p>")
ARTICLE = ("<html><head><title>Quay to be rebuilt</title></head><body><article>"
           "<h1>Quay to be rebuilt</h1>" + PARA * 6 + "</article></body></html>")
PHRASE = "old grain quay will be rebuilt"


# -- measuring -------------------------------------------------------------------


def _statm_rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _hwm() -> Optional[int]:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def _reset_hwm() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


TABLE: List[Tuple[str, float, float, str]] = []


def measure(name: str, fn: Callable[[], Any], seconds: float,
            mib: float) -> Any:
    """Run fn; assert it took at most `seconds` and raised the peak RSS by
    at most `mib` MiB (both scaled under ASan).  Returns fn's result, or
    the ExtractError it raised."""
    base = _statm_rss()
    precise = _reset_hwm()
    ru0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    t0 = time.perf_counter()
    try:
        result: Any = fn()
    except ExtractError as e:
        result = e
    dt = time.perf_counter() - t0
    hwm = _hwm() if precise else None
    if hwm is not None:
        peak = max(0, hwm - base)
    else:
        peak = max(0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - ru0)
    if isinstance(result, ExtractError):
        outcome = "ExtractError"
    elif result is None:
        outcome = "None"
    else:
        outcome = f"article, {len(result.text):,} chars"
    TABLE.append((name, dt, peak / MiB, outcome))
    assert dt <= seconds * TIME_SCALE, f"{name}: {dt:.2f} s > {seconds * TIME_SCALE} s"
    assert peak <= mib * MEM_SCALE * MiB, (
        f"{name}: peak RSS grew {peak / MiB:.0f} MiB > {mib * MEM_SCALE:.0f} MiB")
    return result


@pytest.fixture(scope="module", autouse=True)
def _table() -> Iterator[None]:
    yield
    path = os.environ.get("BROADSHEET_HOSTILE_TABLE")
    if path and TABLE:
        with open(path, "w", encoding="utf-8") as f:
            f.write("| case | time (s) | peak RSS delta (MiB) | result |\n"
                    "|---|---:|---:|---|\n")
            for name, dt, peak, outcome in TABLE:
                f.write(f"| {name} | {dt:.2f} | {peak:.0f} | {outcome} |\n")


def check_article(result: Any, phrase: Optional[str] = PHRASE) -> None:
    """A result (None or an Article) whose strings are all usable."""
    if isinstance(result, ExtractError):
        raise AssertionError(f"unexpected ExtractError: {result}")
    if result is None:
        assert phrase is None, "expected an article"
        return
    assert isinstance(result, broadsheet.Article)
    assert result.text and "\0" not in result.text
    json.loads(result.to_json())
    result.to_markdown()
    if phrase is not None:
        assert phrase in result.text


def extract(data: Any, **kw: Any) -> Callable[[], Any]:
    return lambda: broadsheet.extract(data, URL, **kw)


# -- small and strange -------------------------------------------------------------


def test_empty_input() -> None:
    for data in (b"", "", bytearray(), memoryview(b"")):
        assert measure("empty input", extract(data), 1, 16) is None


@pytest.mark.parametrize("seed", range(6))
def test_random_bytes(seed: int) -> None:
    rng = random.Random(seed)
    data = rng.randbytes(MiB)
    check_article(measure(f"random bytes, 1 MiB, seed {seed}", extract(data), 2, 64), None)


@pytest.mark.parametrize("seed", range(3))
def test_random_bytes_with_markup(seed: int) -> None:
    """Random bytes with an article in the middle: the article is found."""
    rng = random.Random(100 + seed)
    data = rng.randbytes(200_000) + ARTICLE.encode() + rng.randbytes(200_000)
    result = measure(f"random bytes around an article, seed {seed}", extract(data), 3, 64)
    assert not isinstance(result, ExtractError)


def test_nul_bytes() -> None:
    measure("1 MiB of NUL bytes", extract(bytes(MiB)), 2, 32)
    data = ARTICLE.replace("quay will", "quay\0 will\0\0").encode()
    data = data.replace(b"<p>", b"<p>\0", 3).replace(b"</p>", b"\0\0</p>")
    result = measure("article with NUL bytes", extract(data), 1, 16)
    check_article(result, None)
    assert result is not None and "\0" not in result.text
    assert "old grain quay will be rebuilt" in result.text


def test_invalid_utf8() -> None:
    bad = [b"\xff", b"\xc3\x28", b"\xe2\x82", b"\xed\xa0\x80", b"\xf4\x90\x80\x80",
           b"\xc0\xaf", b"\x80\x80\x80", b"\xf0\x9f\x98"]
    body = b"".join(PARA.encode().replace(b"harbour", b"harb" + b + b"our") for b in bad)
    data = (b"<html><head><meta charset='utf-8'></head><body><article>" + body
            + b"</article></body></html>")
    result = measure("invalid UTF-8 sequences", extract(data), 1, 16)
    check_article(result, "old grain quay")
    assert "\ufffd" in result.text
    # and a page of nothing but invalid UTF-8, 4 MiB
    high = bytes(i | 0x80 for i in range(256))
    junk = random.Random(7).randbytes(4 * MiB).translate(high)
    measure("4 MiB of bytes 0x80-0xff", extract(junk), 3, 256)


@pytest.mark.parametrize("codec,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_utf16_with_bom(codec: str, bom: bytes) -> None:
    page = ARTICLE.replace("harbour", "hárbour ✓")
    data = bom + page.encode(codec)
    result = measure(f"UTF-16 with a BOM ({codec[-2:]})", extract(data), 1, 16)
    check_article(result, "hárbour ✓ authority")
    assert result.encoding and result.encoding.upper().startswith("UTF-16")
    # an odd number of bytes (a cut last code unit) is not an error
    result = measure(f"UTF-16 with a BOM, odd length ({codec[-2:]})",
                     extract(data + b"\x41"), 1, 16)
    check_article(result, "hárbour ✓ authority")


# -- deep, wide and large ----------------------------------------------------------


@pytest.mark.parametrize("opener", ["<div>", "<span>", "<b><i>", "<table><tr><td>",
                                    "<ul><li>", "<a href='/x'>"])
def test_200k_nested_elements(opener: str) -> None:
    data = (opener * 200_000 + ARTICLE).encode()
    result = measure(f"200,000 nested {opener}", extract(data), 5, 256)
    check_article(result, None)


def test_100k_unclosed_divs_with_text() -> None:
    data = ("<html><body>" + "<div>A line of text in an unclosed div. " * 100_000
            + ARTICLE).encode()
    result = measure("100,000 unclosed <div> with text", extract(data), 5, 512)
    check_article(result, None)


@pytest.mark.slow
def test_60mb_page() -> None:
    para = PARA.encode()
    n = (60 * MiB) // len(para)
    data = (b"<html><head><title>Big</title></head><body><article>" + para * n
            + b"</article></body></html>")
    assert 60_000_000 <= len(data) < LIMIT
    result = measure("60 MB page (under the 64 MiB limit)", extract(data), 10, 1200)
    check_article(result)
    del data


def test_65mib_page_is_refused() -> None:
    data = b"<p>" + b"x" * (65 * MiB) + b"</p>"
    result = measure("65 MiB page (over the limit)", extract(data), 1, 16)
    assert isinstance(result, ExtractError)
    assert str(LIMIT) in str(result)


def test_million_paragraphs() -> None:
    data = ("<html><body><article>" + "<p>Short paragraph number, with words.</p>" * 1_000_000
            + "</article></body></html>").encode()
    result = measure("1,000,000 paragraphs", extract(data), 10, 1000)
    check_article(result, "Short paragraph number, with words.")


@pytest.mark.parametrize("attr", ["class", "href", "style", "data-x", "title"])
def test_10mb_attribute(attr: str) -> None:
    tag = "a" if attr == "href" else "div"
    data = (f"<html><body><{tag} {attr}=\"" + "x" * (10 * MiB) + f"\">t</{tag}>"
            + ARTICLE).encode()
    result = measure(f"10 MiB {attr} attribute", extract(data), 3, 160)
    check_article(result, None)


def test_million_attributes_on_one_element() -> None:
    attrs = " ".join(f"a{i}=\"v\"" for i in range(1_000_000))
    data = ("<html><body><div id=\"main\" " + attrs + ">" + PARA * 6
            + "</div></body></html>").encode()
    result = measure("1,000,000 attributes on one element", extract(data), 5, 256)
    check_article(result)
    same = ("<html><body><div" + " a=\"v\"" * 1_000_000 + ">" + PARA * 6
            + "</div></body></html>").encode()
    result = measure("1,000,000 repeats of one attribute", extract(same), 5, 256)
    check_article(result)


# -- JSON-LD -------------------------------------------------------------------------


def _jsonld_page(script: str) -> bytes:
    return ("<html><head><script type=\"application/ld+json\">" + script
            + "</script></head><body><article>" + PARA * 6
            + "</article></body></html>").encode()


def test_giant_jsonld() -> None:
    body = "word " * (3 * MiB // 5)
    script = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                         "headline": "Giant headline", "articleBody": body,
                         "keywords": [f"k{i}" for i in range(20_000)],
                         "author": [{"@type": "Person", "name": f"Author {i}"}
                                    for i in range(2_000)]})
    assert len(script) > 3 * MiB
    result = measure("3 MiB JSON-LD", extract(_jsonld_page(script)), 5, 256)
    check_article(result)
    assert result.title == "Giant headline"


def test_jsonld_over_its_limit_is_ignored() -> None:
    script = json.dumps({"@type": "NewsArticle", "headline": "Too big",
                         "articleBody": "x" * (5 * MiB)})
    result = measure("5 MiB JSON-LD (over the 4 MiB limit)", extract(_jsonld_page(script)),
                     5, 256)
    check_article(result)
    assert result.title != "Too big"


@pytest.mark.parametrize("kind", ["objects", "arrays", "mixed"])
def test_deeply_nested_jsonld(kind: str) -> None:
    depth = 100_000
    if kind == "objects":
        script = '{"a":' * depth + "1" + "}" * depth
    elif kind == "arrays":
        script = "[" * depth + "]" * depth
    else:
        script = ('{"@type":"NewsArticle","headline":"Nested","author":'
                  + '[{"name":' * depth + '"x"' + "}]" * depth + "}")
    result = measure(f"JSON-LD nested 100,000 deep ({kind})",
                     extract(_jsonld_page(script)), 3, 128)
    check_article(result)


@pytest.mark.parametrize("script", [
    '{"@type":"NewsArticle","headline":"Broken"',
    '{"@type":"NewsArticle",,,,"headline":}',
    '\ufeff{"@type":"NewsArticle"}\x00garbage',
    '{"@type":"NewsArticle","headline":"\\ud800\\u0000"}',
    '[' * 1000 + '{"@type":"NewsArticle"',
    '{"@graph":' + '[' * 50_000,
    '"' + "\\" * 100_001,
], ids=["unterminated", "commas", "bom-nul", "escapes", "open-arrays", "open-graph",
        "backslashes"])
def test_broken_jsonld(script: str) -> None:
    result = measure("broken JSON-LD", extract(_jsonld_page(script)), 2, 64)
    check_article(result)


# -- storms --------------------------------------------------------------------------


def test_entity_storm() -> None:
    n = 2_000_000
    data = ("<html><body><article>" + PARA * 6 + "<p>" + "&amp;" * n + "</p>"
            + "</article></body></html>").encode()
    result = measure("2,000,000 &amp; in a paragraph", extract(data), 3, 128)
    check_article(result)
    data = ("<html><body><article>" + PARA * 6 + "<p>" + "&#x41;&#0;&nbsp;&bogus;&" * 400_000
            + "</p></article></body></html>").encode()
    result = measure("2,000,000 mixed entities", extract(data), 5, 128)
    check_article(result)
    data = ("<html><body><a title=\"" + "&amp;" * n + "\">x</a>" + ARTICLE).encode()
    result = measure("2,000,000 &amp; in an attribute", extract(data), 5, 256)
    check_article(result, None)
    # named references are looked up one by one: only as many as the
    # attribute keeps (BS_MAX_ATTR) are decoded
    data = ("<html><body><a title=\"" + "&zwnj;&eacute;" * (n // 2) + "\">x</a>"
            + ARTICLE).encode()
    result = measure("2,000,000 named references in an attribute", extract(data), 5, 256)
    check_article(result, None)


def test_comment_storm() -> None:
    data = ("<html><body>" + "<!-- a comment -->" * 1_000_000 + ARTICLE).encode()
    result = measure("1,000,000 comments", extract(data), 5, 256)
    check_article(result)
    data = ("<html><body>" + "<!--" * 1_000_000 + ARTICLE).encode()
    measure("1,000,000 unclosed <!--", extract(data), 5, 256)
    data = ("<html><body>" + "<!-- -- -> --!>" * 500_000 + "-->" + ARTICLE).encode()
    result = measure("one comment of 500,000 false ends", extract(data), 5, 256)
    check_article(result)


def test_table_bombs() -> None:
    row = "<tr>" + "<td>cell text</td>" * 10 + "</tr>"
    data = ("<html><body><article>" + PARA * 6 + "<table>" + row * 10_000 + "</table>"
            + "</article></body></html>").encode()
    result = measure("table of 10,000 x 10 cells", extract(data), 3, 128)
    check_article(result)
    data = ("<html><body>" + "<table><tr><td>" * 1000 + ARTICLE
            + "</td></tr></table>" * 1000 + "</body></html>").encode()
    result = measure("tables nested 1000 deep", extract(data), 5, 128)
    check_article(result, None)
    data = ("<html><body>" + ("<table><tr><td colspan=1000000 rowspan=1000000>x"
                              * 10_000) + ARTICLE).encode()
    result = measure("10,000 unclosed tables with huge spans", extract(data), 5, 256)
    check_article(result, None)


# -- quadratic behaviour ---------------------------------------------------------------


def _mismatch_page(n: int) -> bytes:
    return ("<html><body>" + "<div>" * n + ARTICLE + "</span>" * n).encode()


def test_mismatched_end_tags_after_deep_nesting() -> None:
    """libxml2 walks its whole stack of open elements for every end tag
    that matches none of them: 200,000 of them after 200,000 open <div>s
    took tens of seconds before the parse budget (now: well under one)."""
    result = measure("200,000 mismatched end tags after 200,000 <div>",
                     extract(_mismatch_page(200_000)), 5, 256)
    check_article(result, None)


def test_mismatched_end_tags_scale_linearly() -> None:
    def best(n: int) -> float:
        data = _mismatch_page(n)
        times = []
        for _ in range(2):
            t0 = time.perf_counter()
            broadsheet.extract(data, URL)
            times.append(time.perf_counter() - t0)
        return min(times)

    small, large = best(25_000), best(200_000)
    # 8x the input: linear is ~8x the time, quadratic ~64x
    assert large < max(0.05, small) * 24 * TIME_SCALE, f"{small:.3f} s -> {large:.3f} s"


@pytest.mark.parametrize("name,page", [
    ("<body> storm after 5,000 <div>",
     "<div>" * 5000 + ARTICLE + "<body>" * 1_000_000),
    ("</li> storm after 5,000 <div>",
     "<div>" * 5000 + ARTICLE + "<li>" * 300_000 + "</li>" * 300_000),
    ("</i> storm after 50,000 <b>",
     "<b>" * 50_000 + ARTICLE + "</i>" * 1_000_000),
], ids=["body", "li", "i"])
def test_other_stack_walks(name: str, page: str) -> None:
    result = measure(name, extract(page.encode()), 5, 256)
    check_article(result, None)


# -- threads -----------------------------------------------------------------------------


def test_hostile_pages_in_threads_match_serial() -> None:
    """Many threads extracting different hostile pages at once give the
    serial results (the corpus mix is in test_threads.py)."""
    pages: List[Tuple[bytes, Dict[str, Any]]] = [
        (ARTICLE.encode(), {}),
        (b"\xff\xfe" + ARTICLE.encode("utf-16-le"), {}),
        (("<div>" * 20_000 + ARTICLE).encode(), {}),
        (_mismatch_page(20_000), {}),
        (random.Random(3).randbytes(100_000), {}),
        (_jsonld_page('{"@type":"NewsArticle","headline":"H","author":{"name":"A B"}}'), {}),
        (("<html><body><div " + " ".join(f"a{i}" for i in range(20_000)) + ">"
          + PARA * 6 + "</div></body></html>").encode(), {"favor": "recall"}),
        (ARTICLE.replace("harbour", "harb\x00our").encode(), {"include_comments": True}),
    ]
    serial = [_core.extract(p, URL, **kw) for p, kw in pages]
    work = [i for _ in range(6) for i in range(len(pages))]
    random.Random(5).shuffle(work)
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda i: (i, _core.extract(pages[i][0], URL, **pages[i][1])),
                            work))
    for i, result in got:
        assert result == serial[i], f"page {i} differs in a thread"
