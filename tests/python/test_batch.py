"""broadsheet.extract_many: order, kinds of input, errors, threads that
really overlap, and a bounded number of pages in flight."""

from __future__ import annotations

import doctest
import gzip
import itertools
import threading
from pathlib import Path
from typing import Any, Iterator, List, Optional

import pytest

import broadsheet
from broadsheet import Article, ExtractError, extract_many
from broadsheet import batch as batch_mod
from batchdata import NO_TEXT_PAGE, synthetic_pages

PAGES = synthetic_pages(12)


def _mixed() -> List[Any]:
    """Pages, pages without main text, in several kinds."""
    out: List[Any] = []
    for i, (url, html) in enumerate(PAGES):
        out.append((html, url) if i % 3 == 0 else html.encode("utf-8") if i % 3 == 1 else html)
        if i % 4 == 0:
            out.append(NO_TEXT_PAGE)
    return out


def _serial(items: List[Any]) -> List[Optional[Article]]:
    want = []
    for item in items:
        html, url = item if isinstance(item, tuple) else (item, None)
        want.append(broadsheet.extract(html, url))
    return want


@pytest.mark.parametrize("workers", [1, 2, 4])
def test_ordered_matches_serial(workers: int) -> None:
    items = _mixed()
    got = list(extract_many(items, workers=workers))
    assert got == _serial(items)
    assert sum(a is None for a in got) == 3


def test_unordered_gives_the_same_set() -> None:
    items = _mixed()
    got = list(extract_many(items, workers=3, ordered=False))
    want = _serial(items)
    assert len(got) == len(want)
    assert sorted(a.title for a in got if a) == sorted(a.title for a in want if a)
    assert sum(a is None for a in got) == sum(a is None for a in want)


def test_default_workers_is_cpu_count() -> None:
    import os

    assert batch_mod.default_workers(None) == max(1, os.cpu_count() or 1)
    assert list(extract_many([PAGES[0][1]])) == [broadsheet.extract(PAGES[0][1])]


def test_kinds_of_input(tmp_path: Path, sample_html: bytes, sample: Article) -> None:
    plain = tmp_path / "sample.html"
    plain.write_bytes(sample_html)
    packed = tmp_path / "sample.html.gz"
    packed.write_bytes(gzip.compress(sample_html))
    url = broadsheet.SAMPLE_URL
    items = [sample_html, bytearray(sample_html), memoryview(sample_html),
             sample_html.decode("utf-8"), plain, packed, (plain, url), (packed, None),
             (sample_html, url)]
    got = list(extract_many(items, url=url, workers=2))
    assert all(a == sample for a in got[:6]), "bare pages take url="
    assert got[6] == sample
    assert got[7] == broadsheet.extract(sample_html)  # (page, None): no address
    assert got[8] == sample


def test_a_str_is_html_never_a_path(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(PAGES[0][1], encoding="utf-8")
    [got] = extract_many([str(page)], workers=1)
    assert got is None or "Story number 0" not in got.text  # the name, not the file


def test_options_apply_to_every_page() -> None:
    html = PAGES[0][1].replace("</article>", '<p>See <a href="/more">more</a> '
                               "in this long sentence about the river.</p></article>")
    [with_links] = extract_many([html], url="https://example.org/", workers=1)
    [without] = extract_many([html], url="https://example.org/", workers=1,
                             include_links=False)
    assert with_links is not None and without is not None
    assert "](https://example.org/more)" in with_links.markdown
    assert "](" not in without.markdown


def test_errors_none_yields_none(tmp_path: Path) -> None:
    big = b"<p>" + b"x" * (broadsheet._core.MAX_INPUT + 10)
    bad_gz = tmp_path / "bad.html.gz"
    bad_gz.write_bytes(gzip.compress(PAGES[0][1].encode())[:-30])
    items = [PAGES[0][1], tmp_path / "missing.html", big, bad_gz, PAGES[1][1],
             (PAGES[2][1], None)]
    got = list(extract_many(items, workers=2))
    assert [a is None for a in got] == [False, True, True, True, False, False]
    assert got[4] == broadsheet.extract(PAGES[1][1])


def test_errors_raise_in_order(tmp_path: Path) -> None:
    items = [PAGES[0][1], PAGES[1][1], tmp_path / "missing.html", PAGES[2][1]]
    it = extract_many(items, workers=2, errors="raise")
    assert next(it) is not None
    assert next(it) is not None
    with pytest.raises(FileNotFoundError):
        next(it)
    big = b"<p>" + b"x" * (broadsheet._core.MAX_INPUT + 10)
    with pytest.raises(ExtractError):
        list(extract_many([big], workers=1, errors="raise"))


def test_bad_arguments_raise_at_once() -> None:
    with pytest.raises(ValueError):
        extract_many([], favor="fast")
    with pytest.raises(TypeError):
        extract_many([], no_such_option=True)
    with pytest.raises(ValueError):
        extract_many([], workers=0)
    with pytest.raises(TypeError):
        extract_many([], workers=1.5)
    with pytest.raises(ValueError):
        extract_many([], errors="ignore")
    with pytest.raises(TypeError):
        extract_many([], url=b"https://example.org/")


def test_bad_items_raise_type_error() -> None:
    for bad in (42, None, (b"<p>x</p>", "u", "extra"), (b"<p>x</p>", 5), ["<p>x</p>", "u"]):
        with pytest.raises(TypeError):
            list(extract_many([PAGES[0][1], bad], workers=2))


class Counting:
    """An endless source of pages that records how far it was read."""

    def __init__(self, limit: Optional[int] = None) -> None:
        self.taken = 0
        self.limit = limit

    def __iter__(self) -> Iterator[str]:
        for i in itertools.count():
            if self.limit is not None and i >= self.limit:
                return
            self.taken += 1
            yield PAGES[i % len(PAGES)][1]


@pytest.mark.parametrize("ordered", [True, False])
@pytest.mark.parametrize("workers", [1, 2, 3])
def test_streams_with_bounded_pages_in_flight(workers: int, ordered: bool) -> None:
    src = Counting()
    it = extract_many(src, workers=workers, ordered=ordered)
    assert src.taken == 0, "nothing is read before the first result is asked for"
    window = 2 * workers
    for k in range(1, 40):
        assert next(it) is not None
        assert src.taken <= k + window, (k, src.taken)
    it.close()  # an endless input: closing stops the pool
    taken = src.taken
    assert taken <= 39 + window


def test_break_out_of_a_long_input() -> None:
    src = Counting(limit=10_000)
    for n, art in enumerate(extract_many(src, workers=2), 1):
        if n == 5:
            break
    assert src.taken <= 5 + 4


def test_threads_overlap(monkeypatch: pytest.MonkeyPatch) -> None:
    """With 2 workers, two pages are in the extraction at the same time (the
    real extraction releases the GIL; here a stand-in waits for its twin)."""
    barrier = threading.Barrier(2, timeout=10)
    real = broadsheet._core.extract
    seen: List[str] = []

    def slow(html: Any, url: Any = None, **kw: Any) -> Any:
        if html:  # the empty page of the options check goes through
            barrier.wait()  # BrokenBarrierError unless a second thread comes
            seen.append(threading.current_thread().name)
        return real(html, url, **kw)

    monkeypatch.setattr(batch_mod._core, "extract", slow)
    got = list(extract_many([PAGES[0][1], PAGES[1][1], PAGES[2][1], PAGES[3][1]], workers=2))
    assert len(got) == 4 and all(got)
    assert len(set(seen)) == 2 and all(n.startswith("broadsheet") for n in seen)


def test_empty_input() -> None:
    assert list(extract_many([], workers=2)) == []
    assert list(extract_many(iter(()), workers=1)) == []


def test_docstring_examples() -> None:
    result = doctest.testmod(batch_mod, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
