"""The command line's batch mode: folders, globs and WARC files to JSON
Lines, CSV and Parquet, the summary line, and which arguments pick it."""

from __future__ import annotations

import csv
import gzip
import importlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import List

import pytest

import broadsheet
from broadsheet.cli import main
from batchdata import NO_TEXT_PAGE, response, synthetic_pages, warcinfo, write_warc

PAGES = synthetic_pages(8)
SUMMARY = re.compile(r"broadsheet: (\d+) pages, (\d+) articles, (\d+) errors in [\d.]+ s "
                     r"\(([\d.]+) pages/s\)")
HAS_WARC = any(importlib.util.find_spec(m) for m in ("fastwarc", "warcio"))
HAS_PYARROW = importlib.util.find_spec("pyarrow") is not None
HAS_PANDAS = importlib.util.find_spec("pandas") is not None

ENV = dict(os.environ,
           PYTHONPATH=os.pathsep.join(
               [str(Path(broadsheet.__file__).resolve().parents[1])]
               + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]))

needs_warc = pytest.mark.skipif(not HAS_WARC, reason="neither FastWARC nor warcio")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """Four good pages (one gzipped), one broken, one without main text,
    and junk."""
    root = tmp_path / "site"
    (root / "sub").mkdir(parents=True)
    for i in range(3):
        (root / f"{i}.html").write_text(PAGES[i][1], encoding="utf-8")
    (root / "sub" / "3.html.gz").write_bytes(gzip.compress(PAGES[3][1].encode()))
    (root / "sub" / "4-broken.html.gz").write_bytes(gzip.compress(PAGES[4][1].encode())[:-30])
    (root / "sub" / "5-nav.htm").write_bytes(NO_TEXT_PAGE)
    (root / "notes.txt").write_text("junk")
    return root


def _summary(err: str) -> List[int]:
    m = SUMMARY.search(err)
    assert m, err
    return [int(m.group(1)), int(m.group(2)), int(m.group(3))]


def _jsonl(text: str) -> List[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_folder_to_stdout(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(site), "-j", "2"]) == 0
    out, err = capsys.readouterr()
    rows = _jsonl(out)
    assert [Path(r["source"]).name for r in rows] == [
        "0.html", "1.html", "2.html", "3.html.gz", "4-broken.html.gz", "5-nav.htm"]
    assert rows[0]["title"] == "Story number 0"
    assert rows[0]["authors"] == ["Ann Lee"]
    assert rows[0]["date_published"] == "2024-03-01T06:30:00+00:00"
    assert rows[3]["title"] == "Story number 3"
    assert rows[4]["error"].startswith("EOFError")
    assert rows[5]["text"] is None and rows[5]["error"] is None
    assert list(rows[0]) == list(importlib.import_module("broadsheet.load").COLUMNS)
    assert _summary(err) == [6, 4, 1]
    assert err.count("\n") == 1, "a summary line, and no progress bar off a terminal"


def test_jsonl_and_csv_files(site: Path, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    assert main([str(site), "-o", str(out)]) == 0
    stdout, err = capsys.readouterr()
    assert stdout == ""
    assert str(out) in err and _summary(err) == [6, 4, 1]
    rows = _jsonl(out.read_text(encoding="utf-8"))
    assert len(rows) == 6

    out = tmp_path / "out.csv"
    assert main([str(site), "-o", str(out), "-j", "1"]) == 0
    capsys.readouterr()
    with open(out, newline="", encoding="utf-8") as f:
        table = list(csv.DictReader(f))
    assert len(table) == 6
    assert table[0]["title"] == "Story number 0"
    assert json.loads(table[0]["authors"]) == ["Ann Lee"]
    assert json.loads(table[0]["tags"]) == ["local", "t0"]
    assert table[0]["date_published"] == "2024-03-01T06:30:00+00:00"
    assert table[5]["text"] == "" and table[4]["error"].startswith("EOFError")
    assert "\n" in table[0]["text"], "multi-line text survives the CSV quoting"
    if HAS_PANDAS:
        import pandas as pd

        df = pd.read_csv(out)
        assert len(df) == 6 and list(df.columns)[0] == "url"


@pytest.mark.skipif(not (HAS_PYARROW and HAS_PANDAS), reason="pyarrow and pandas needed")
def test_parquet_matches_load(site: Path, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    import pandas as pd
    import pyarrow.parquet as pq

    from broadsheet import cli

    monkeypatch.setattr(cli._ParquetWriter, "ROWS", 2)  # row groups as it goes
    out = tmp_path / "out.parquet"
    assert main([str(site), "-o", str(out)]) == 0
    _, err = capsys.readouterr()
    assert _summary(err) == [6, 4, 1]
    assert pq.ParquetFile(out).num_row_groups == 3
    got = pd.read_parquet(out)
    want = broadsheet.load(site, progress=False)
    assert got.dtypes.equals(want.dtypes)
    for c in ("authors", "tags"):  # lists come back from Parquet as arrays
        got[c] = got[c].map(list)
    pd.testing.assert_frame_equal(got, want)


@needs_warc
def test_warc_and_glob_and_several_inputs(site: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    warc = write_warc(tmp_path / "crawl.warc.gz", [warcinfo()] + [
        response(u, h.encode(), "text/html; charset=utf-8") for u, h in PAGES[5:8]]
        + [response("https://example.org/img.png", b"\x89PNG", "image/png")],
        truncate_last=0)
    assert main([str(warc)]) == 0  # one WARC: a batch
    out, err = capsys.readouterr()
    rows = _jsonl(out)
    assert [r["url"] for r in rows] == [u for u, _ in PAGES[5:8]]
    assert all(r["source"].startswith("<urn:uuid:") for r in rows)
    assert _summary(err) == [3, 3, 0]

    assert main([str(site / "*.html")]) == 0  # a glob: a batch
    out, err = capsys.readouterr()
    assert len(_jsonl(out)) == 3

    assert main([str(site / "0.html"), str(warc), str(site / "sub")]) == 0
    out, err = capsys.readouterr()
    assert _summary(err) == [1 + 3 + 3, 1 + 3 + 1, 1]


def test_single_page_mode_is_kept(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(site / "0.html")]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("# Story number 0\n") and err == ""
    assert main([str(site / "sub" / "3.html.gz"), "-f", "txt"]) == 0  # gzip read too
    out, _ = capsys.readouterr()
    assert "report number 3-0" in out and not out.startswith("#")
    assert main(["--sample", "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["site_name"] == "The Moscow Times"


def test_batch_usage_errors(site: Path, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    cases = [
        ([str(site), str(tmp_path / "missing")], "No such file"),
        ([str(tmp_path / "nothing-*.html")], "no file matches"),
        ([str(site), "-f", "md"], "-f is for one page"),
        ([str(site), "--url", "https://example.org/"], "--url is for one page"),
        ([str(site), "-o", str(tmp_path / "out.xlsx")], ".parquet, .jsonl or .csv"),
        ([str(site), "-j", "0"], "at least 1"),
        ([str(site), "--encoding", "no-such-encoding"], "unknown encoding"),
        (["-", str(site)], "standard input"),
        (["--sample", "-o", str(tmp_path / "x.jsonl")], "-o is for batches"),
    ]
    for argv, message in cases:
        assert main(argv) == 2, argv
        out, err = capsys.readouterr()
        assert message in err, (argv, err)
        assert "Traceback" not in err
    assert not (tmp_path / "out.xlsx").exists()


def test_no_article_at_all(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "nav.html").write_bytes(NO_TEXT_PAGE)
    assert main([str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert len(_jsonl(out)) == 1
    assert "no article found" in err and _summary(err) == [1, 0, 0]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main([str(empty), "-o", str(tmp_path / "x.jsonl")]) == 2
    assert _summary(capsys.readouterr().err) == [0, 0, 0]


def test_no_progress_flag(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(site), "--no-progress", "-o", "-"]) == 0
    out, err = capsys.readouterr()
    assert len(_jsonl(out)) == 6 and err.count("\n") == 1


def test_as_a_program(site: Path, tmp_path: Path) -> None:
    """`python -m broadsheet DIR -o out.jsonl -j 2`, and JSON Lines on a pipe."""
    out = tmp_path / "out.jsonl"
    res = subprocess.run([sys.executable, "-m", "broadsheet", str(site), "-o", str(out),
                          "-j", "2"], capture_output=True, env=ENV, timeout=120)
    assert res.returncode == 0, res.stderr
    assert res.stdout == b""
    assert _summary(res.stderr.decode()) == [6, 4, 1]
    assert len(_jsonl(out.read_text(encoding="utf-8"))) == 6
    res = subprocess.run([sys.executable, "-m", "broadsheet", str(site)],
                         capture_output=True, env=dict(ENV, PYTHONIOENCODING="ascii"),
                         timeout=120)
    assert res.returncode == 0
    rows = _jsonl(res.stdout.decode("utf-8"))
    assert len(rows) == 6


def test_help_mentions_batches(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for word in ("-o OUT", "-j N", ".parquet", "WARC", "--no-progress"):
        assert word in out


def test_single_broken_gzip_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "cut.html.gz"
    page.write_bytes(gzip.compress(PAGES[0][1].encode())[:-30])
    assert main([str(page)]) == 2
    err = capsys.readouterr().err
    assert "cut.html.gz" in err and "Traceback" not in err
