"""broadsheet.load: every kind of source, the columns and their dtypes,
error rows, and WARC files read with FastWARC and with warcio."""

from __future__ import annotations

import datetime
import doctest
import gzip
import importlib
import sys
from pathlib import Path
from typing import Any, List, Tuple

import pytest

import broadsheet
from batchdata import (NO_TEXT_PAGE, corpus_pages, request, resource, response,
                       synthetic_pages, warcinfo, write_warc)

pd = pytest.importorskip("pandas")
load_mod = importlib.import_module("broadsheet.load")

COLUMNS = ["url", "title", "authors", "date_published", "date_modified", "site_name",
           "language", "description", "image", "tags", "text", "markdown", "word_count",
           "source", "error"]
STRINGS = ["url", "title", "site_name", "language", "description", "image", "text",
           "markdown", "source", "error"]

PAGES = synthetic_pages(6)

WARC_LIBS = [name for name, module in (("fastwarc", "fastwarc.warc"),
                                       ("warcio", "warcio.archiveiterator"))
             if importlib.util.find_spec(module.split(".")[0]) is not None]


def load(*args: Any, **kw: Any) -> Any:
    kw.setdefault("progress", False)
    return broadsheet.load(*args, **kw)


@pytest.fixture(params=WARC_LIBS or ["none"])
def warc_lib(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "none":
        pytest.skip("neither FastWARC nor warcio is installed")
    monkeypatch.setattr(load_mod, "WARC_LIBRARIES", (request.param,))
    return request.param


# -- a folder with everything in it -----------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path, sample_html: bytes) -> Path:
    """Pages plain and gzip-compressed, in sub-folders, among junk files,
    with a bad file in the middle."""
    root = tmp_path / "site"
    (root / "a" / "deep").mkdir(parents=True)
    (root / "b").mkdir()
    (root / ".git").mkdir()
    (root / "a" / "01-sample.html").write_bytes(sample_html)
    (root / "a" / "02-story.htm").write_text(PAGES[0][1], encoding="utf-8")
    (root / "a" / "03-story.html.gz").write_bytes(gzip.compress(PAGES[1][1].encode()))
    (root / "a" / "04-broken.html.gz").write_bytes(gzip.compress(PAGES[2][1].encode())[:-40])
    (root / "a" / "05-nav.html").write_bytes(NO_TEXT_PAGE)
    (root / "a" / "deep" / "06-STORY.HTML").write_text(PAGES[3][1], encoding="utf-8")
    (root / "b" / "07-story.html").write_text(PAGES[4][1], encoding="utf-8")
    (root / "b" / "08-empty.html").write_bytes(b"")
    # skipped: not pages, or hidden
    (root / "a" / "notes.txt").write_text("not a page")
    (root / "a" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "b" / "data.json").write_text("{}")
    (root / "README").write_text("hello")
    (root / ".git" / "index.html").write_text(PAGES[5][1])
    (root / "b" / ".hidden.html").write_text(PAGES[5][1])
    return root


def test_folder(folder: Path) -> None:
    df = load(folder, workers=2)
    names = [Path(s).name for s in df.source]
    assert names == ["01-sample.html", "02-story.htm", "03-story.html.gz",
                     "04-broken.html.gz", "05-nav.html", "06-STORY.HTML", "07-story.html",
                     "08-empty.html"]
    assert list(df.columns) == COLUMNS
    by = dict(zip(names, df.itertuples(index=False)))
    assert by["01-sample.html"].site_name == "The Moscow Times"
    assert by["01-sample.html"].authors == ["AFP"]
    assert by["02-story.htm"].title == "Story number 0"
    assert by["03-story.html.gz"].title == "Story number 1"
    assert by["06-STORY.HTML"].title == "Story number 3"
    broken = by["04-broken.html.gz"]
    assert broken.error.startswith("EOFError: ")
    assert pd.isna(broken.title) and pd.isna(broken.text) and broken.word_count == 0
    for name in ("05-nav.html", "08-empty.html"):  # no main text: a row, no error
        assert pd.isna(by[name].text) and pd.isna(by[name].error)
        assert by[name].authors == [] and by[name].tags == []
    assert df.error.notna().sum() == 1
    assert df.text.notna().sum() == 5


def test_folder_same_with_one_worker(folder: Path) -> None:
    pd.testing.assert_frame_equal(load(folder, workers=1), load(folder, workers=3))


def test_dtypes(folder: Path) -> None:
    df = load(folder)
    sdtype = "str" if int(pd.__version__.split(".")[0]) >= 3 else "object"
    for c in STRINGS:
        assert str(df[c].dtype) == sdtype, c
    for c in ("authors", "tags"):
        assert df[c].dtype == object
        assert all(isinstance(v, list) for v in df[c])
    for c in ("date_published", "date_modified"):
        assert str(df[c].dtype) == "datetime64[ns, UTC]", c
    assert str(df.word_count.dtype) == "int64"
    empty = load(folder / "b" / "data.json.nothing*")  # a glob matching nothing
    assert len(empty) == 0 and list(empty.columns) == COLUMNS
    assert empty.dtypes.equals(df.dtypes)


def test_values(folder: Path) -> None:
    df = load(folder)
    row = df[df.title == "Story number 0"].iloc[0]
    # "2024-03-01T08:30:00+02:00": the offset is kept by converting to UTC
    assert row.date_published == pd.Timestamp("2024-03-01 06:30:00", tz="UTC")
    assert row.authors == ["Ann Lee"]
    assert row.tags == ["local", "t0"]
    assert row.site_name == "The Daily Example"
    assert row.language == "en"
    assert row.url == PAGES[0][0]
    assert row.word_count == len(row.text.split()) > 50
    assert row.markdown.startswith(row.text.split()[0])
    assert pd.isna(row.date_modified)


def test_date_only_is_midnight_utc(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(PAGES[0][1].replace("2024-03-01T08:30:00+02:00", "2023-11-05"))
    [date] = load(page).date_published
    assert date == pd.Timestamp("2023-11-05 00:00:00", tz="UTC")
    assert load_mod.parse_date("2020-01-02T03:04:05Z") == load_mod.parse_date(
        "2020-01-02T04:04:05+01:00")
    assert load_mod.parse_date("2020-01-02T03:04:05").tzinfo is not None
    assert load_mod.parse_date("3000-01-01") is None  # beyond datetime64[ns]
    assert load_mod.parse_date("not a date") is None


def test_single_file_glob_and_list(folder: Path, tmp_path: Path) -> None:
    one = load(folder / "a" / "02-story.htm")
    assert list(one.title) == ["Story number 0"]
    # a file named explicitly is read whatever its name
    odd = tmp_path / "page.txt"
    odd.write_text(PAGES[1][1])
    assert list(load(str(odd)).title) == ["Story number 1"]
    # globs take what folders take
    g = load(str(folder / "**" / "*"))
    assert len(g) == 8
    g = load(str(folder / "a" / "0[23]-*"))
    assert list(g.title) == ["Story number 0", "Story number 1"]
    # a list of sources, in order; a missing one is an error row
    lst = load([folder / "b", str(odd), str(folder / "a" / "nope.html")])
    assert [Path(s).name for s in lst.source] == ["07-story.html", "08-empty.html",
                                                  "page.txt", "nope.html"]
    assert lst.error.iloc[3].startswith("FileNotFoundError")


def test_pairs(sample_html: bytes, tmp_path: Path) -> None:
    rel = PAGES[0][1].replace("</article>", '<p>Read <a href="/more">more</a> about the '
                              "harbour and the council in this sentence.</p></article>")
    f = tmp_path / "sample.html"
    f.write_bytes(sample_html)
    df = load([("https://example.org/x/", rel), (broadsheet.SAMPLE_URL, f),
               (None, b"<p>short</p>"), ("https://example.org/nav", NO_TEXT_PAGE)])
    assert "](https://example.org/more)" in df.markdown.iloc[0]
    assert df.site_name.iloc[1] == "The Moscow Times"
    assert df.source.iloc[1] == str(f)
    assert pd.isna(df.source.iloc[0])
    assert df.url.iloc[3] == "https://example.org/nav"  # the address, even with no text
    assert pd.isna(df.text.iloc[3])
    # a generator works too, and is read lazily
    gen = ((u, h) for u, h in PAGES)
    assert list(load(gen).title) == [f"Story number {i}" for i in range(6)]


def test_options_reach_extract(tmp_path: Path) -> None:
    page = ("<html><body><article>" + "<p>Caf\xe9 cr\xe8me is a long enough sentence "
            "to keep in the body of this article.</p>" * 4 + "</article></body></html>")
    f = tmp_path / "cp.html"
    f.write_bytes(page.encode("cp1252"))
    assert "Café crème" in load(f, encoding="windows-1252").text.iloc[0]
    md = load([("https://example.org/", PAGES[0][1].replace(
        "</article>", '<p>See <a href="/a">this</a> long sentence about the river '
        "and the bridge.</p></article>"))], include_links=False).markdown.iloc[0]
    assert "](" not in md


def test_errors_raise(folder: Path) -> None:
    with pytest.raises(EOFError):
        load(folder, errors="raise")
    with pytest.raises(FileNotFoundError):
        load([folder / "a" / "02-story.htm", folder / "nope.html"], errors="raise")


def test_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load(tmp_path / "missing")
    with pytest.raises(ValueError, match="download"):
        load("https://example.org/page.html")
    with pytest.raises(ValueError, match="extract"):
        load("<html><body>a page</body></html>")
    with pytest.raises(TypeError):
        load(b"<html></html>")
    with pytest.raises(TypeError, match="list"):
        load(("https://example.org/", "<html></html>"))
    with pytest.raises(TypeError):
        load(42)
    with pytest.raises(TypeError):
        load([("https://example.org/", 42)])
    with pytest.raises(TypeError, match="url first"):
        load([(b"<html></html>", "https://example.org/")])
    with pytest.raises(TypeError):
        load([42])
    with pytest.raises(ValueError):
        load([], errors="ignore")
    with pytest.raises(ValueError):
        load([], favor="fast")
    with pytest.raises(ValueError):
        load([], workers=0)


def test_pandas_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"broadsheet\[pandas\]"):
        broadsheet.load([])
    # extract_many and iter_rows need no pandas
    assert list(load_mod.iter_rows([(None, PAGES[0][1])]))[0]["title"] == "Story number 0"


def test_iter_rows_plain_python(folder: Path) -> None:
    rows = list(load_mod.iter_rows(folder, workers=2))
    assert len(rows) == 8
    r = next(r for r in rows if r["title"] == "Story number 0")
    assert set(r) == set(COLUMNS)
    assert isinstance(r["authors"], list) and isinstance(r["word_count"], int)
    assert r["date_published"].isoformat() == "2024-03-01T06:30:00+00:00"
    unordered = list(load_mod.iter_rows(folder, workers=2, ordered=False))
    assert sorted(map(str, (r["source"] for r in unordered))) == sorted(
        str(r["source"]) for r in rows)


def test_progress(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    load(folder, progress=False)
    assert capsys.readouterr().err == ""
    load(folder, progress=None)  # stderr is not a terminal here
    assert capsys.readouterr().err == ""
    if importlib.util.find_spec("tqdm") is None:
        with pytest.raises(ImportError, match="tqdm"):
            load(folder, progress=True)
    else:
        load(folder, progress=True)
        err = capsys.readouterr().err
        assert "8page" in err.replace(" ", "") or "8/" in err or "8 page" in err, err


# -- WARC -------------------------------------------------------------------------------


def _chunked(data: bytes, n: int = 97) -> bytes:
    return b"".join(b"%x\r\n" % len(data[i:i + n]) + data[i:i + n] + b"\r\n"
                    for i in range(0, len(data), n)) + b"0\r\n\r\n"


CP1252 = ("<html><head><title>Caf\xe9</title></head><body><article>"
          + "<p>\u201cCaf\xe9 cr\xe8me\u201d \u2013 a sentence long enough to be kept "
            "in this article, yes.</p>" * 4 + "</article></body></html>")


def _records() -> Tuple[List[bytes], List[Tuple[str, str]]]:
    """Records of every kind, and the (url, title) of the rows they give."""
    recs = [
        warcinfo(),
        request(PAGES[0][0]),
        response(PAGES[0][0], PAGES[0][1].encode(), record_id="<urn:uuid:rec-0>"),
        # the charset from the HTTP header; the page itself does not say
        response("https://example.org/cafe", CP1252.encode("cp1252"),
                 "text/html; charset=windows-1252"),
        response("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
        response("https://example.org/gone", PAGES[1][1].encode(), status="404 Not Found"),
        response("https://example.org/moved", b"<html>Moved</html>",
                 status="301 Moved Permanently"),
        response("https://example.org/data.json", b'{"a": 1}', "application/json"),
        # chunked and gzip-compressed, as the server sent it
        response(PAGES[1][0], _chunked(gzip.compress(PAGES[1][1].encode())),
                 extra_http=[("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")]),
        # no Content-Type: taken when it looks like HTML
        response(PAGES[2][0], PAGES[2][1].encode(), content_type=""),
        response("https://example.org/blob", b"\x00\x01binary", content_type=""),
        # a charset the library does not know: dropped
        response(PAGES[3][0], PAGES[3][1].encode(), "text/html; charset=bogus-8"),
        resource(PAGES[4][0], PAGES[4][1].encode()),
        response(PAGES[5][0], PAGES[5][1].encode(), "application/xhtml+xml"),
    ]
    rows = [(PAGES[0][0], "Story number 0"), ("https://example.org/cafe", "Café"),
            (PAGES[1][0], "Story number 1"), (PAGES[2][0], "Story number 2"),
            (PAGES[3][0], "Story number 3"), (PAGES[4][0], "Story number 4"),
            (PAGES[5][0], "Story number 5")]
    return recs, rows


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc(tmp_path: Path, warc_lib: str, name: str) -> None:
    recs, want = _records()
    path = write_warc(tmp_path / name, recs)
    df = load(path, workers=2)
    assert list(zip(df.url, df.title)) == want
    assert df.error.isna().all()
    assert df.source.iloc[0] == "<urn:uuid:rec-0>"
    assert all(s.startswith("<urn:uuid:") for s in df.source)
    assert "“Café crème” – a sentence" in df.text.iloc[1]
    assert df.dtypes.equals(load([]).dtypes)


def dated_page(day: str) -> bytes:
    """A news page whose JSON-LD says it was published on `day`."""
    return ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Dated", "datePublished": "%s"}</script></head><body><article>'
            '<h1>Dated</h1>%s</article></body></html>'
            % (day, "<p>A sentence of the story, long enough to be kept as text.</p>" * 4)
            ).encode()


def test_warc_date_bounds_the_dates(tmp_path: Path, warc_lib: str) -> None:
    """A record's WARC-Date is the reference time of its dates, unless the
    caller gives one: a page crawled in 2024 was not published in 2025."""
    recs = [response("https://example.org/a", dated_page("2024-04-30"),
                     date="2024-05-01T12:00:00Z"),
            response("https://example.org/b", dated_page("2025-01-10"),
                     date="2024-05-01T12:00:00Z"),
            response("https://example.org/c", dated_page("2025-01-10"),
                     date="2025-02-01T00:00:00Z")]
    path = write_warc(tmp_path / "dated.warc", recs)
    rows = list(broadsheet.load(path).date_published)
    assert [None if r is None or r != r else r.date().isoformat() for r in rows] == \
        ["2024-04-30", None, "2025-01-10"]
    given = broadsheet.load(path, reference_time=datetime.date(2026, 1, 1))
    assert [r.date().isoformat() for r in given.date_published] == \
        ["2024-04-30", "2025-01-10", "2025-01-10"]
    early = list(load_mod.iter_rows(path, reference_time=datetime.date(2023, 1, 1)))
    assert [r["date_published"] for r in early] == [None, None, None]


@pytest.mark.parametrize("name", ["cut.warc", "cut.warc.gz"])
def test_warc_truncated_record(tmp_path: Path, warc_lib: str, name: str) -> None:
    recs = [warcinfo()] + [response(u, h.encode()) for u, h in PAGES[:3]]
    path = write_warc(tmp_path / name, recs, truncate_last=200)
    df = load(path)
    assert list(df.title.iloc[:2]) == ["Story number 0", "Story number 1"]
    assert df.url.iloc[2] == PAGES[2][0]
    assert df.error.iloc[2].startswith("WarcError: ") and "cut short" in df.error.iloc[2]
    with pytest.raises(load_mod.WarcError):
        load(path, errors="raise")


def test_warc_compressed_file_cut(tmp_path: Path, warc_lib: str) -> None:
    recs = [warcinfo()] + [response(u, h.encode()) for u, h in PAGES]
    path = write_warc(tmp_path / "full.warc.gz", recs)
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) * 2 // 3])
    df = load(cut)
    assert len(df) >= 2
    assert df.title.iloc[0] == "Story number 0"
    assert df.error.notna().iloc[-1], "the last row says the file was cut"
    assert df.error.iloc[:-1].isna().all()


def test_not_a_warc(tmp_path: Path, warc_lib: str) -> None:
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"this is not a WARC file\n" * 20)
    gz = tmp_path / "junk.warc.gz"
    gz.write_bytes(gzip.compress(b"<html>not a WARC file either</html>"))
    empty = tmp_path / "empty.warc.gz"
    empty.write_bytes(b"")
    df = load([junk, gz, empty])
    assert len(df) == 2
    assert all("not a WARC file" in e for e in df.error)
    assert list(df.source) == [str(junk), str(gz)]


def test_folder_with_warcs_and_a_bad_one(tmp_path: Path, warc_lib: str) -> None:
    root = tmp_path / "crawl"
    root.mkdir()
    write_warc(root / "1.warc.gz", [warcinfo()] + [response(u, h.encode()) for u, h in PAGES[:2]])
    (root / "2.warc").write_bytes(b"garbage\n")
    write_warc(root / "3.warc", [response(u, h.encode()) for u, h in PAGES[2:4]])
    (root / "4.html").write_text(PAGES[4][1])
    df = load(root)
    assert list(df.title.fillna("-")) == ["Story number 0", "Story number 1", "-",
                                          "Story number 2", "Story number 3",
                                          "Story number 4"]
    assert df.error.notna().tolist() == [False, False, True, False, False, False]


def test_folder_and_warc_give_the_same_frame(tmp_path: Path, warc_lib: str) -> None:
    """The same pages as files and as WARC records give the same rows (but
    for `source`): here the pages name their own canonical address."""
    root = tmp_path / "pages"
    root.mkdir()
    pages = synthetic_pages(9)
    for i, (url, html) in enumerate(pages):
        data = html.encode()
        if i % 2:
            (root / f"{i:02d}.html.gz").write_bytes(gzip.compress(data))
        else:
            (root / f"{i:02d}.html").write_bytes(data)
    warc = write_warc(tmp_path / "pages.warc.gz", [warcinfo()] + [
        response(url, html.encode(), "text/html; charset=utf-8") for url, html in pages])
    a = load(root).drop(columns="source")
    b = load(warc).drop(columns="source")
    pd.testing.assert_frame_equal(a, b)


def test_corpus_as_files_and_as_warc(tmp_path: Path, warc_lib: str) -> None:
    """The golden corpus, given with its addresses and charsets, the same
    as files and as a WARC."""
    cases = corpus_pages()
    if not cases:
        pytest.skip("no corpus")
    recs = []
    for src, meta in cases:
        ctype = "text/html" + (f"; charset={meta['encoding']}" if meta.get("encoding") else "")
        recs.append(response(meta.get("url") or "https://example.org/", src.read_bytes(), ctype))
    warc = write_warc(tmp_path / "corpus.warc", recs)
    from_warc = load(warc).drop(columns="source")
    from_files = pd.concat([load([(meta.get("url") or "https://example.org/", src)],
                                 encoding=meta.get("encoding")) for src, meta in cases],
                           ignore_index=True).drop(columns="source")
    pd.testing.assert_frame_equal(from_warc, from_files)


def test_warc_library_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_warc(tmp_path / "a.warc", [response(PAGES[0][0], PAGES[0][1].encode())])
    monkeypatch.setattr(load_mod, "WARC_LIBRARIES", ())
    with pytest.raises(ImportError, match=r"broadsheet\[warc\]"):
        load(path)


def test_decode_payload() -> None:
    html = PAGES[0][1].encode()
    import zlib

    dec = load_mod._decode_payload
    assert dec(_chunked(html), "chunked", "") == html
    assert dec(html, "chunked", "") == html  # stored de-chunked already
    assert dec(gzip.compress(html), "", "gzip") == html
    assert dec(html, "", "gzip") == html  # stored decompressed already
    assert dec(zlib.compress(html), "", "deflate") == html
    raw = zlib.compressobj(wbits=-15)
    assert dec(raw.compress(html) + raw.flush(), "", "deflate") == html
    with pytest.raises(load_mod.WarcError):
        dec(html, "", "compress")


def test_docstring_examples() -> None:
    result = doctest.testmod(load_mod, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


def test_warc_record_without_address(tmp_path: Path, warc_lib: str) -> None:
    """A response record with an empty WARC-Target-URI (warcio then leaves
    the HTTP headers unparsed): the same row with either library."""
    path = write_warc(tmp_path / "a.warc", [
        response("", PAGES[0][1].encode(), "text/html; charset=utf-8"),
        response("", b"\x89PNG\r\n", "image/png"),
        response("", PAGES[1][1].encode(), status="500 Server Error")])
    df = load(path)
    assert list(df.title) == ["Story number 0"]
    assert df.url.iloc[0] == PAGES[0][0]  # its canonical address
    assert "HTTP/1.1" not in df.text.iloc[0] and "Content-Type" not in df.text.iloc[0]
    assert df.text.iloc[0] == load([(None, PAGES[0][1])]).text.iloc[0]


def test_frame_built_in_chunks(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = load(folder)
    monkeypatch.setattr(load_mod, "_CHUNK", 3)  # 8 rows: three frames, concatenated
    chunked = load(folder)
    pd.testing.assert_frame_equal(chunked, whole)
    assert isinstance(chunked.index, pd.RangeIndex)


def test_warc_payload_too_large(tmp_path: Path, warc_lib: str) -> None:
    huge = b"<html><body><p>" + b"word " * (broadsheet._core.MAX_INPUT // 5 + 10)
    path = write_warc(tmp_path / "big.warc", [response("https://example.org/huge", huge),
                                              response(PAGES[0][0], PAGES[0][1].encode())])
    df = load(path)
    assert df.error.iloc[0].startswith("ExtractError: ") and "too large" in df.error.iloc[0]
    assert df.url.iloc[0] == "https://example.org/huge"
    assert df.title.iloc[1] == "Story number 0"
