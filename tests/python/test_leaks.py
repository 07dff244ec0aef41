"""Extraction does not leak: after a warm-up, 100,000 extractions of a small
page (and thousands of larger ones, of failing ones, of pages without an
article) leave the process's RSS where it was, give or take a few MiB.

RSS is read from /proc/self/statm.  The C suites run under valgrind
(make leakcheck) and LeakSanitizer (make asan) for leaks of the core
itself; this is the end-to-end check of the binding and the core together,
the way a long batch job uses them.  Skipped under the ASan build, whose
quarantine holds freed memory on purpose.
"""

from __future__ import annotations

import gc
import os
import random
import time
from typing import Any, Callable, List

import pytest

import broadsheet
from broadsheet import ExtractError, _core
from conftest import corpus_cases, load_case

MiB = 1024 * 1024
URL = "https://news.example.org/2021/03/04/leaks"

pytestmark = pytest.mark.skipif(
    os.environ.get("BROADSHEET_EXPECT_ASAN") == "1",
    reason="ASan's quarantine keeps freed memory: RSS says nothing there")

PARA = ("<p>The harbour authority confirmed on Tuesday that the old grain quay "
        "will be rebuilt over the next two years, with work starting in spring.</p>")
SMALL = ("<html><head><title>Quay</title><meta property='og:title' content='Quay'>"
         "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
         "\"author\":{\"name\":\"Jane Doe\"},\"datePublished\":\"2021-03-04\"}</script>"
         "</head><body><nav><a href='/'>Home</a></nav><article><h1>Quay</h1>"
         + PARA * 4 + "</article></body></html>").encode()


def rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def growth(fn: Callable[[int], Any], warmup: int, n: int) -> float:
    """RSS growth in MiB over n calls of fn(i), after `warmup` calls."""
    for i in range(warmup):
        fn(i)
    gc.collect()
    before = rss()
    for i in range(n):
        fn(i)
    gc.collect()
    return (rss() - before) / MiB


def test_100k_small_extractions() -> None:
    """The issue's number: 100,000 extractions (about 4 s here)."""
    opts: List[dict] = [{}, {"favor": "precision"}, {"include_comments": True},
                        {"include_links": False, "include_formatting": False}]

    def one(i: int) -> None:
        art = broadsheet.extract(SMALL, URL, **opts[i & 3])
        assert art is not None
        if i % 1000 == 0:
            art.to_json()
            art.to_markdown()

    t0 = time.perf_counter()
    grew = growth(one, 2_000, 100_000)
    elapsed = time.perf_counter() - t0
    print(f"100,000 small extractions: {elapsed:.1f} s, RSS {grew:+.2f} MiB")
    assert grew < 4, f"RSS grew {grew:.1f} MiB over 100,000 extractions ({elapsed:.1f} s)"


def test_thousands_of_larger_pages(sample_html: bytes) -> None:
    pages = [(sample_html, broadsheet.SAMPLE_URL, None)]
    for case in corpus_cases():
        c = load_case(case)
        pages.append((c["html"], c["url"], c["encoding"]))  # type: ignore[arg-type]
    big = sample_html.replace(b"</article>", PARA.encode() * 2000 + b"</article>", 1)
    assert len(big) > 300_000

    def one(i: int) -> None:
        if i % 50 == 0:
            _core.extract(big, broadsheet.SAMPLE_URL)
        html, url, enc = pages[i % len(pages)]
        broadsheet.extract(html, url, encoding=enc)

    grew = growth(one, 300, 4_000)
    print(f"4,000 larger extractions: RSS {grew:+.2f} MiB")
    assert grew < 8, f"RSS grew {grew:.1f} MiB over 4,000 larger extractions"


def test_failures_and_empty_results() -> None:
    """The paths that end early: errors, no article, junk."""
    rng = random.Random(1)
    junk = [rng.randbytes(rng.choice([10, 1000, 20_000])) for _ in range(16)]

    def one(i: int) -> None:
        k = i % 4
        if k == 0:
            try:
                broadsheet.extract(SMALL, encoding="no-such-encoding")
            except ExtractError:
                pass
            else:
                raise AssertionError("expected ExtractError")
        elif k == 1:
            assert broadsheet.extract(b"<html><body><nav>x</nav></body></html>") is None
        elif k == 2:
            broadsheet.extract(junk[i % len(junk)], URL)
        else:
            broadsheet.extract(SMALL.decode(), None)

    grew = growth(one, 2_000, 20_000)
    print(f"20,000 early endings: RSS {grew:+.2f} MiB")
    assert grew < 4, f"RSS grew {grew:.1f} MiB over 20,000 early endings"
