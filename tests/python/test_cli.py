"""The command line, through main() and as ``python -m broadsheet``."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import List, Optional

import pytest

import broadsheet
from broadsheet import Article
from broadsheet.cli import main

# `python -m broadsheet` must import this very package, installed or not.
ENV = dict(os.environ,
           PYTHONPATH=os.pathsep.join(
               [str(Path(broadsheet.__file__).resolve().parents[1])]
               + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]),
           PYTHONIOENCODING="ascii")  # output must be UTF-8 whatever the locale


def run(args: List[str], stdin: Optional[bytes] = None) -> "subprocess.CompletedProcess[bytes]":
    return subprocess.run([sys.executable, "-m", "broadsheet", *args], input=stdin,
                          capture_output=True, env=ENV, timeout=120)


NO_TEXT_PAGE = b"<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>"


# -- python -m broadsheet --------------------------------------------------------------


def test_sample_prints_the_document(sample: Article) -> None:
    res = run(["--sample"])
    assert res.returncode == 0, res.stderr
    out = res.stdout.decode("utf-8")
    assert out == sample.to_markdown()
    assert out.startswith("# Russia Sent '300 Military Instructors' to C.Africa – Ministry\n\nBy AFP\n")
    assert out.endswith("Original url:\n\n<" + broadsheet.SAMPLE_URL + ">\n")
    assert res.stderr == b""


def test_json(sample: Article) -> None:
    res = run(["--sample", "-f", "json"])
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout.decode("utf-8"))
    assert data == sample.to_dict()
    assert data["authors"] == ["AFP"]


def test_txt_and_html(sample: Article) -> None:
    res = run(["--sample", "-f", "txt"])
    assert res.returncode == 0
    assert res.stdout.decode("utf-8").rstrip("\n") == sample.text.rstrip("\n")
    res = run(["--sample", "--format", "html"])
    assert res.returncode == 0
    assert res.stdout.decode("utf-8").rstrip("\n") == sample.html.rstrip("\n")


def test_stdin(sample_html: bytes, sample: Article) -> None:
    res = run(["-", "--url", broadsheet.SAMPLE_URL], stdin=sample_html)
    assert res.returncode == 0, res.stderr
    assert res.stdout.decode("utf-8") == sample.to_markdown()


def test_stdin_is_read_as_bytes() -> None:
    page = ("<html><head><meta charset='windows-1252'></head><body><article>"
            + "<p>“Quoted” words of the article body, long enough to keep — yes.</p>" * 4
            + "</article></body></html>").encode("windows-1252")
    res = run(["-", "-f", "txt"], stdin=page)
    assert res.returncode == 0, res.stderr
    assert "“Quoted” words" in res.stdout.decode("utf-8")


def test_file_with_options(tmp_path: Path, sample_html: bytes) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(sample_html)
    res = run([str(page), "--url", broadsheet.SAMPLE_URL, "--favor", "precision",
               "--no-links", "--no-images", "-f", "md"])
    assert res.returncode == 0, res.stderr
    out = res.stdout.decode("utf-8")
    assert "](http" not in out and "![" not in out
    assert out.startswith("# ")


def test_missing_file() -> None:
    res = run(["/nonexistent/page.html"])
    assert res.returncode == 2
    assert res.stdout == b""
    assert b"/nonexistent/page.html" in res.stderr
    assert b"No such file" in res.stderr
    assert b"Traceback" not in res.stderr


def test_no_main_text(tmp_path: Path) -> None:
    page = tmp_path / "nav.html"
    page.write_bytes(NO_TEXT_PAGE)
    res = run([str(page)])
    assert res.returncode == 3
    assert res.stdout == b""
    assert b"no main text found" in res.stderr


def test_declared_page_without_text_is_no_main_text(tmp_path: Path) -> None:
    page = tmp_path / "thread.html"
    page.write_bytes(b'<html><head><meta property="og:title" content="A thread">'
                     b'</head><body><div id="app"></div></body></html>')
    res = run([str(page), "-f", "json"])
    assert res.returncode == 3
    assert res.stdout == b""
    assert b"no main text found" in res.stderr


def test_version() -> None:
    res = run(["--version"])
    assert res.returncode == 0
    assert res.stdout.decode().strip() == "broadsheet " + broadsheet.__version__


def test_broken_pipe(tmp_path: Path, sample_html: bytes) -> None:
    """`broadsheet big.html | head -1`: no traceback when the reader leaves."""
    big = sample_html.replace(
        b"<p>The strategy has been seen",
        (b"<p>" + b"More words of the article body to fill the pipe. " * 20 + b"</p>") * 400
        + b"<p>The strategy has been seen", 1)
    page = tmp_path / "big.html"
    page.write_bytes(big)
    proc = subprocess.Popen([sys.executable, "-m", "broadsheet", str(page)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(100)
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(timeout=120)
    assert b"Traceback" not in err
    assert proc.returncode in (0, 1, -13, 120)  # never a crash with a traceback


# -- main() ------------------------------------------------------------------------------


def test_main_sample(capsys: pytest.CaptureFixture[str], sample: Article) -> None:
    assert main(["--sample"]) == 0
    out, err = capsys.readouterr()
    assert out == sample.to_markdown()
    assert err == ""


def test_main_json(capsys: pytest.CaptureFixture[str], sample: Article) -> None:
    assert main(["--sample", "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == sample.to_dict()


def test_main_txt(capsys: pytest.CaptureFixture[str], sample: Article) -> None:
    assert main(["--sample", "-f", "txt"]) == 0
    assert capsys.readouterr().out.rstrip("\n") == sample.text.rstrip("\n")


def test_main_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                    sample_html: bytes, sample: Article) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(sample_html), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["-", "--url", broadsheet.SAMPLE_URL]) == 0
    assert capsys.readouterr().out == sample.to_markdown()


def test_main_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "missing.html")]) == 2
    assert "missing.html" in capsys.readouterr().err

    page = tmp_path / "nav.html"
    page.write_bytes(NO_TEXT_PAGE)
    assert main([str(page)]) == 3
    assert "no main text found" in capsys.readouterr().err

    assert main([str(page), "--encoding", "no-such-encoding"]) == 1
    assert "unknown encoding" in capsys.readouterr().err

    assert main(["https://example.org/news/1"]) == 2
    assert "curl" in capsys.readouterr().err

    assert main([str(tmp_path)]) == 2  # a directory
    assert str(tmp_path) in capsys.readouterr().err


def test_main_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "PAGE" in capsys.readouterr().err
    assert main(["--sample", "page.html"]) == 2
    capsys.readouterr()
    assert main(["--sample", "-f", "pdf"]) == 2
    assert "invalid choice" in capsys.readouterr().err
    assert main(["--sample", "--favor", "speed"]) == 2
    capsys.readouterr()
    assert main(["--help"]) == 0
    assert "--sample" in capsys.readouterr().out
    assert main(["--version"]) == 0
    assert broadsheet.__version__ in capsys.readouterr().out


def test_main_comments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = Path(__file__).resolve().parents[2]
    page = root / "tests" / "corpus" / "comments-page" / "source.html"
    if not page.exists():
        pytest.skip("corpus case missing")
    assert main([str(page), "--comments", "-f", "txt"]) == 0
    out = capsys.readouterr().out
    assert "Comments:" in out
    assert "OldForkGeoff" in out


def test_main_reference_time(capsys: pytest.CaptureFixture[str], sample: Article) -> None:
    assert main(["--sample", "-f", "json", "--reference-time", "2020-12-20"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["date_published"] is None and d["date_modified"] is None
    assert main(["--sample", "-f", "json", "--reference-time", "2020-12-23T08:00:00Z"]) == 0
    assert json.loads(capsys.readouterr().out) == sample.to_dict()
    assert main(["--sample", "--reference-time", "yesterday"]) == 2
    assert "--reference-time" in capsys.readouterr().err
