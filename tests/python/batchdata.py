"""Pages, folders and WARC files for the batch tests, made on the spot from
the bundled sample, the golden corpus and synthetic articles: nothing is
downloaded and nothing binary is committed.

WARC files are written with no WARC library: the format is plain text
headers and a block, each record its own gzip member when compressed (as
crawlers write them).

    python tests/python/batchdata.py OUT.warc.gz PAGE.html...   # a quick WARC
"""

from __future__ import annotations

import gzip
import hashlib
import sys
import uuid
from pathlib import Path
from typing import Iterable, List, Optional, Sequence, Tuple

__all__ = ["Record", "response", "request", "warcinfo", "resource", "write_warc",
           "article_html", "SITES", "synthetic_pages", "NO_TEXT_PAGE", "corpus_pages"]

ROOT = Path(__file__).resolve().parents[2]

NO_TEXT_PAGE = (b"<html><head><title>x</title></head><body><nav><a href='/'>Home</a>"
                b"</nav></body></html>")

WORDS = ("harbour council budget river school museum bridge festival library market "
         "railway station garden election hospital theatre factory orchard island "
         "archive").split()


def _sentence(seed: int, n: int) -> str:
    words = [WORDS[(seed * 7 + i * 3 + i * i) % len(WORDS)] for i in range(n)]
    return " ".join(words).capitalize()


def article_html(title: str, *, site: str = "The Daily Example", date: str = "2024-03-05",
                 author: str = "Ann Lee", url: Optional[str] = None, seed: int = 0,
                 paragraphs: int = 5, tags: Sequence[str] = (), lang: str = "en",
                 extra_body: str = "") -> str:
    """A news article page with its metadata in meta tags, some navigation
    and a footer around it."""
    head = ['<meta charset="utf-8">',
            f"<title>{title} | {site}</title>",
            f'<meta property="og:site_name" content="{site}">',
            f'<meta property="article:published_time" content="{date}">',
            '<script type="application/ld+json">{"@context": "https://schema.org", '
            f'"@type": "NewsArticle", "headline": "{title}", "datePublished": "{date}", '
            f'"author": {{"@type": "Person", "name": "{author}"}}}}</script>']
    head += [f'<meta property="article:tag" content="{t}">' for t in tags]
    if url:
        head.append(f'<link rel="canonical" href="{url}">')
    body = "".join(
        f"<p>{_sentence(seed + i, 14)}, and the {WORDS[(seed + i) % len(WORDS)]} "
        f"report number {seed}-{i} said so in plain words for everyone.</p>"
        for i in range(paragraphs))
    return (f'<!DOCTYPE html><html lang="{lang}"><head>{"".join(head)}</head><body>'
            '<nav><a href="https://example.org/">Home</a> '
            '<a href="https://example.org/news">News</a></nav>'
            f"<article><h1>{title}</h1>{body}{extra_body}</article>"
            f"<footer>Copyright {site}</footer></body></html>")


SITES = ("The Daily Example", "Harbour Herald", "Valley Times")
AUTHORS = ("Ann Lee", "Bruno Keller", "Chiara Rossi", "Dev Patel")


def synthetic_pages(n: int, base: str = "https://news.example.org/") -> List[Tuple[str, str]]:
    """`n` distinct (url, html) articles over three sites and a few days;
    each page names its own canonical URL and has only absolute links, so
    it extracts the same with or without its address."""
    pages = []
    for i in range(n):
        url = f"{base}{2024}/{i:04d}"
        html = article_html(f"Story number {i}", site=SITES[i % 3],
                            date=f"2024-03-{1 + i % 5:02d}T{8 + i % 9:02d}:30:00+02:00",
                            author=AUTHORS[i % len(AUTHORS)], url=url, seed=i,
                            tags=("local", f"t{i % 2}"))
        pages.append((url, html))
    return pages


def corpus_pages() -> List[Tuple[Path, dict]]:
    """(source.html, meta) of each golden corpus case."""
    import json

    out = []
    for case in sorted((ROOT / "tests" / "corpus").iterdir()):
        src, meta = case / "source.html", case / "meta.json"
        if src.is_file() and meta.is_file():
            out.append((src, json.loads(meta.read_text(encoding="utf-8"))))
    return out

Record = bytes
#: the WARC-Date of the records (when they were crawled)
CRAWLED = "2024-05-01T12:00:00Z"


def _record(warc_type: str, headers: Sequence[Tuple[str, str]], block: bytes,
            record_id: Optional[str] = None, date: str = CRAWLED) -> Record:
    rid = record_id or "<urn:uuid:%s>" % uuid.uuid4()
    lines = ["WARC/1.0",
             "WARC-Type: " + warc_type,
             "WARC-Record-ID: " + rid,
             "WARC-Date: " + date]
    lines += ["%s: %s" % kv for kv in headers]
    lines += ["WARC-Block-Digest: sha1:" + hashlib.sha1(block).hexdigest(),
              "Content-Length: %d" % len(block)]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + block + b"\r\n\r\n"


def response(url: str, body: bytes, content_type: str = "text/html",
             status: str = "200 OK", record_id: Optional[str] = None,
             extra_http: Sequence[Tuple[str, str]] = (), date: str = CRAWLED) -> Record:
    """An HTTP response record for `url`, its payload `body`."""
    http = ["HTTP/1.1 " + status]
    if content_type:
        http.append("Content-Type: " + content_type)
    http += ["%s: %s" % kv for kv in extra_http]
    http.append("Content-Length: %d" % len(body))
    block = ("\r\n".join(http) + "\r\n\r\n").encode("latin-1") + body
    return _record("response", [("WARC-Target-URI", url),
                                ("Content-Type", "application/http; msgtype=response")],
                   block, record_id, date)


def request(url: str) -> Record:
    block = b"GET / HTTP/1.1\r\nHost: example.org\r\n\r\n"
    return _record("request", [("WARC-Target-URI", url),
                               ("Content-Type", "application/http; msgtype=request")], block)


def warcinfo() -> Record:
    block = b"software: broadsheet tests\r\nformat: WARC File Format 1.0\r\n"
    return _record("warcinfo", [("Content-Type", "application/warc-fields")], block)


def resource(url: str, body: bytes, content_type: str = "text/html") -> Record:
    return _record("resource", [("WARC-Target-URI", url), ("Content-Type", content_type)], body)


def write_warc(path: Path, records: Iterable[Record], compress: Optional[bool] = None,
               truncate_last: int = 0) -> Path:
    """Write `records` to `path` (gzip per record when `compress`, by
    default when the name ends in .gz).  `truncate_last` cuts that many
    bytes off the end of the last record (before compression), as a crawl
    cut short leaves it."""
    path = Path(path)
    if compress is None:
        compress = path.name.endswith(".gz")
    recs: List[bytes] = list(records)
    if truncate_last and recs:
        recs[-1] = recs[-1][:-truncate_last]
    with open(path, "wb") as f:
        for r in recs:
            f.write(gzip.compress(r, mtime=0) if compress else r)
    return path


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: batchdata.py OUT.warc[.gz] PAGE.html...")
    out = Path(sys.argv[1])
    pages = [Path(p) for p in sys.argv[2:]]
    write_warc(out, [warcinfo()] + [response("https://example.org/" + p.name, p.read_bytes())
                                    for p in pages])
    print(out)
