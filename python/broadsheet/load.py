"""Whole folders, globs and WARC files into a table: :func:`load`.

``broadsheet.load(source)`` extracts every page of `source` on a pool of
threads and returns a pandas DataFrame with one row per page.  The rows
can also be had one at a time, with no pandas, from :func:`iter_rows` (the
command line's batch mode writes them as they come).

Sources
-------
* a folder: every ``.html``, ``.htm``, ``.html.gz``, ``.htm.gz``,
  ``.warc`` and ``.warc.gz`` file below it, in sorted order; other files,
  and hidden files and folders (``.git``), are skipped;
* a file: a WARC file when its name ends in ``.warc`` or ``.warc.gz``,
  else a saved page (gzip-compressed or not) whatever its name;
* a glob (``"crawl/**/*.warc.gz"``): its matches, taken as folders are;
* a list (or any iterable) of those, and of ``(url, html)`` tuples, where
  ``html`` is bytes, str or an ``os.PathLike`` file.

WARC files are read record by record, never whole, with FastWARC when it
is installed, else warcio (``pip install 'broadsheet[warc]'``).  Only HTML
responses are extracted (HTTP status 2xx, ``Content-Type`` ``text/html``
or ``application/xhtml+xml``, or none that the payload looks like HTML),
and ``resource`` records of type ``text/html``; requests, metadata,
revisits, redirects, errors, images and the like are skipped without a row.
The page's address is the record's ``WARC-Target-URI``; the charset of the
HTTP ``Content-Type`` header is passed to :func:`broadsheet.extract` as
``encoding=`` (and dropped if the library does not know it), and its
``WARC-Date`` as ``reference_time=`` unless the caller gives one (a page
crawled in 2020 has no date of 2024); chunked and
gzip/deflate (and brotli, when installed) payloads are decoded.  A record
cut short (the file ends inside it) gives an error row.
"""

from __future__ import annotations

import datetime as _dt
import errno
import os
import re
import zlib
from typing import (Any, Callable, Dict, Iterable, Iterator, List, Optional,
                    Tuple, Union)

from . import _core
from ._core import ExtractError
from ._progress import progress_bar
from .batch import PAGE_ERRORS, check_options, default_workers, imap_bounded, read_page

__all__ = [
    "COLUMNS",
    "WarcError",
    "arrow_schema",
    "empty_frame",
    "iter_rows",
    "load",
    "to_frame",
]

#: The columns of :func:`load`'s DataFrame, in order.
COLUMNS: Tuple[str, ...] = (
    "url", "title", "authors", "date_published", "date_modified", "site_name",
    "language", "description", "image", "tags", "text", "markdown",
    "word_count", "source", "error",
)
STRING_COLUMNS = ("url", "title", "site_name", "language", "description", "image",
                  "text", "markdown", "source", "error")
LIST_COLUMNS = ("authors", "tags")
DATE_COLUMNS = ("date_published", "date_modified")

PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")

#: WARC libraries to try, in this order.
WARC_LIBRARIES: Tuple[str, ...] = ("fastwarc", "warcio")

_HTML_MEDIA_TYPES = ("text/html", "application/xhtml+xml")
_MAGIC = re.compile(r"[*?[]")
_LIMIT = _core.MAX_INPUT

Row = Dict[str, Any]
Source = Union[str, "os.PathLike[str]", Iterable[Any]]


class WarcError(OSError):
    """A WARC file, or one of its records, cannot be read: not a WARC
    file, a record cut short, a payload that does not decode."""


# -- pandas, lazily ---------------------------------------------------------------------


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError("broadsheet.load() needs pandas: pip install 'broadsheet[pandas]' "
                          "(or use broadsheet.extract_many(), which needs nothing)") from None
    return pandas


def _string_dtype(pd: Any) -> Any:
    """pandas' own string dtype: ``str`` from pandas 3 on, else object."""
    try:
        major = int(pd.__version__.split(".")[0])
    except ValueError:
        major = 0
    return "str" if major >= 3 else object


# -- dates ------------------------------------------------------------------------------

_UTC = _dt.timezone.utc


def parse_date(value: Optional[str]) -> Optional[_dt.datetime]:
    """An ISO 8601 date as the library gives it (``2020-12-22``,
    ``2020-12-22T13:45:00+03:00``) as a timezone-aware datetime in UTC: a
    date alone is midnight UTC, a time without an offset is taken as UTC.
    None when it does not parse or is outside what pandas can hold
    (years 1678 to 2261).

    >>> parse_date("2020-12-22T13:45:00+03:00")
    datetime.datetime(2020, 12, 22, 10, 45, tzinfo=datetime.timezone.utc)
    >>> parse_date("2020-12-22")
    datetime.datetime(2020, 12, 22, 0, 0, tzinfo=datetime.timezone.utc)
    >>> parse_date("yesterday") is None
    True
    """
    if not value:
        return None
    s = value.strip()
    if s.endswith(("Z", "z")):
        s = s[:-1] + "+00:00"
    try:
        if len(s) == 10:
            d = _dt.datetime.combine(_dt.date.fromisoformat(s), _dt.time(), _UTC)
        else:
            d = _dt.datetime.fromisoformat(s)
    except ValueError:
        return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=_UTC)
    if not 1678 <= d.year <= 2261:
        return None
    return d.astimezone(_UTC)


# -- rows -------------------------------------------------------------------------------


def _row(url: Optional[str], source: Optional[str], d: Optional[Dict[str, Any]] = None,
         error: Optional[str] = None) -> Row:
    if d is None:
        return {"url": url, "title": None, "authors": [], "date_published": None,
                "date_modified": None, "site_name": None, "language": None,
                "description": None, "image": None, "tags": [], "text": None,
                "markdown": None, "word_count": 0, "source": source, "error": error}
    text = d["text"]
    return {
        "url": d["url"] or url,
        "title": d["title"],
        "authors": list(d["authors"]),
        "date_published": parse_date(d["date_published"]),
        "date_modified": parse_date(d["date_modified"]),
        "site_name": d["site_name"],
        "language": d["language"],
        "description": d["description"],
        "image": d["image"],
        "tags": list(d["tags"]),
        "text": text,
        "markdown": d["markdown"],
        "word_count": len(text.split()),
        "source": source,
        "error": None,
    }


def _describe(e: BaseException) -> str:
    return f"{type(e).__name__}: {e}"


# -- sources ----------------------------------------------------------------------------

# Expanded items: ("page", path), ("warc", path), ("pair", (url, html)),
# ("error", (source, exception)).
Item = Tuple[str, Any]


def kind_of(name: str) -> Optional[str]:
    """``"warc"``, ``"page"`` or None (a file that folders and globs skip)."""
    low = name.lower()
    if low.endswith(WARC_SUFFIXES):
        return "warc"
    if low.endswith(PAGE_SUFFIXES):
        return "page"
    return None


def is_warc_name(path: "Union[str, os.PathLike[str]]") -> bool:
    """Whether `path` is named like a WARC file (.warc, .warc.gz)."""
    return kind_of(os.fsdecode(os.fspath(path))) == "warc"


def has_magic(s: str) -> bool:
    """Whether `s` is a glob pattern (holds ``*``, ``?`` or ``[``)."""
    return _MAGIC.search(s) is not None


def _walk(root: str) -> Iterator[Item]:
    failures: List[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=failures.append):
        while failures:
            e = failures.pop(0)
            yield ("error", (getattr(e, "filename", None) or dirpath, e))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            kind = kind_of(name)
            if kind is not None:
                yield (kind, os.path.join(dirpath, name))
    for e in failures:
        yield ("error", (getattr(e, "filename", None) or root, e))


def _check_top(path: str) -> None:
    """Raise now for a single source that is not there."""
    if os.path.exists(path) or has_magic(path):
        return
    if path.startswith(("http://", "https://")):
        raise ValueError(f"{path}: broadsheet reads saved pages and WARC files and "
                         "does not download")
    if path.lstrip().startswith("<"):
        raise ValueError("load() takes files, folders, globs or (url, html) tuples; "
                         "for one page's HTML use broadsheet.extract(html), for many "
                         "pages' HTML load([(url, html), ...])")
    raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), path)


def _expand_path(p: "Union[str, os.PathLike[str]]") -> Iterator[Item]:
    path = os.fsdecode(os.fspath(p))
    if os.path.isdir(path):
        yield from _walk(path)
    elif os.path.exists(path):
        yield ("warc" if is_warc_name(path) else "page", path)
    elif has_magic(path):
        import glob

        seen = set()  # "**/*" matches folders and the files in them
        for match in sorted(glob.glob(path, recursive=True)):
            found = _walk(match) if os.path.isdir(match) else [(kind_of(match), match)]
            for kind, value in found:
                if kind is None or (kind != "error" and value in seen):
                    continue
                if kind != "error":
                    seen.add(value)
                yield (kind, value)
    else:
        yield ("error", (path, FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT),
                                                 path)))


def _pair(item: Tuple[Any, ...]) -> Item:
    if len(item) != 2:
        raise TypeError(f"a tuple in a source must be (url, html), not a tuple of {len(item)}")
    url, html = item
    if url is not None and not isinstance(url, str):
        raise TypeError("the url of a (url, html) tuple must be a str or None, not "
                        f"{type(url).__name__} (note the order: url first)")
    if not isinstance(html, (bytes, bytearray, memoryview, str, os.PathLike)):
        raise TypeError("the html of a (url, html) tuple must be bytes, str or a path, "
                        f"not {type(html).__name__}")
    return ("pair", (url, html))


def expand(source: Source) -> Iterator[Item]:
    """The items of `source`, lazily: folders walked, globs matched.  A
    single path that does not exist raises FileNotFoundError at once; a
    missing path in a list becomes an error item."""
    if isinstance(source, (str, os.PathLike)):
        path = os.fsdecode(os.fspath(source))
        _check_top(path)
        return _expand_path(path)
    if isinstance(source, (bytes, bytearray, memoryview)):
        raise TypeError("load() takes files, folders, globs or (url, html) tuples, not "
                        "bytes; for one page's HTML use broadsheet.extract(html)")
    if isinstance(source, tuple) and len(source) == 2 and (
            source[0] is None or isinstance(source[1], (bytes, bytearray, memoryview))
            or (isinstance(source[0], str) and "://" in source[0])):
        raise TypeError("a single (url, html) tuple must be put in a list: "
                        "load([(url, html)])")
    try:
        items = iter(source)
    except TypeError:
        raise TypeError("source must be a path, a glob, or an iterable of paths and "
                        f"(url, html) tuples, not {type(source).__name__}") from None

    def gen() -> Iterator[Item]:
        for item in items:
            if isinstance(item, (str, os.PathLike)):
                yield from _expand_path(item)
            elif isinstance(item, tuple):
                yield _pair(item)
            else:
                raise TypeError("each item of a source must be a path or a (url, html) "
                                f"tuple, not {type(item).__name__}")
    return gen()


# -- WARC -------------------------------------------------------------------------------


class _Record:
    """What the reader needs of one WARC record, whichever library read it."""

    __slots__ = ("type", "id", "uri", "date", "content_type", "status", "http")

    def __init__(self) -> None:
        self.type = ""
        self.id: Optional[str] = None
        self.uri: Optional[str] = None
        self.date: Optional[str] = None  # WARC-Date: when it was crawled
        self.content_type: Optional[str] = None  # the WARC header
        self.status: Optional[int] = None
        self.http: Dict[str, str] = {}  # HTTP headers, names in lower case


# (payload, complete): `payload` is at most _LIMIT + 1 bytes; `complete` is
# False when the file ended before the record did.
Payload = Tuple[bytes, bool]
RecordReader = Callable[[Any, Callable[[_Record], bool]],
                        Iterator[Tuple[_Record, Optional[Payload]]]]


def _read_limited(read: Callable[[int], bytes]) -> bytes:
    chunks = []
    left = _LIMIT + 1
    while left > 0:
        chunk = read(min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _fastwarc_records(f: Any, want: Callable[[_Record], bool]
                      ) -> Iterator[Tuple[_Record, Optional[Payload]]]:
    from fastwarc.warc import ArchiveIterator

    stream: Any = f
    head = f.read(2)
    f.seek(0)
    if head == b"\x1f\x8b":
        try:  # FastWARC before 2.0 does not detect compression itself
            from fastwarc.stream_io import GZipStream  # type: ignore[attr-defined]
            stream = GZipStream(f)
        except ImportError:
            pass
    for rec in ArchiveIterator(stream, parse_http=True):
        r = _Record()
        r.type = getattr(rec.record_type, "name", None) or str(rec.record_type).split(".")[-1]
        headers = rec.headers
        r.id = rec.record_id or headers.get("WARC-Record-ID")
        r.uri = headers.get("WARC-Target-URI")
        r.date = headers.get("WARC-Date")
        r.content_type = headers.get("Content-Type")
        http = rec.http_headers if rec.is_http else None
        if http is not None:
            r.status = http.status_code
            r.http = {k.lower(): v for k, v in http.items()}
        if not want(r):
            yield r, None
            continue
        expected = rec.content_length
        body = _read_limited(rec.reader.read)
        yield r, (body, len(body) > _LIMIT or len(body) >= expected)


def _warcio_records(f: Any, want: Callable[[_Record], bool]
                    ) -> Iterator[Tuple[_Record, Optional[Payload]]]:
    from warcio.archiveiterator import ArchiveIterator

    for rec in ArchiveIterator(f, arc2warc=True):
        r = _Record()
        r.type = rec.rec_type or ""
        h = rec.rec_headers
        r.id = h.get_header("WARC-Record-ID")
        r.uri = h.get_header("WARC-Target-URI")
        r.date = h.get_header("WARC-Date")
        r.content_type = h.get_header("Content-Type")
        if rec.http_headers is not None and r.type in ("response", "revisit"):
            try:
                r.status = int(rec.http_headers.get_statuscode())
            except (TypeError, ValueError):
                r.status = None
            r.http = {k.lower(): v for k, v in rec.http_headers.headers}
        if not want(r):
            yield r, None
            continue
        raw = rec.raw_stream
        body = _read_limited(raw.read)
        left = getattr(raw, "limit", 0) or 0
        yield r, (body, len(body) > _LIMIT or left <= 0)


def _warc_reader() -> Tuple[str, RecordReader]:
    for name in WARC_LIBRARIES:
        try:
            if name == "fastwarc":
                import fastwarc.warc  # noqa: F401
                return name, _fastwarc_records
            if name == "warcio":
                import warcio.archiveiterator  # noqa: F401
                return name, _warcio_records
        except ImportError:
            continue
    raise ImportError("reading WARC files needs FastWARC or warcio: "
                      "pip install 'broadsheet[warc]'")


def _warc_seconds(date: Optional[str]) -> int:
    """A WARC-Date ("2020-12-22T10:00:00Z") as seconds since 1970, 0 when
    absent or unreadable (see :func:`parse_date`)."""
    when = parse_date(date)
    return max(0, int(when.timestamp())) if when is not None else 0


def _media_type(content_type: Optional[str]) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _charset(content_type: Optional[str]) -> Optional[str]:
    for param in (content_type or "").split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            value = value.strip().strip("'\"").strip()
            return value or None
    return None


def _wanted(r: _Record) -> bool:
    if r.type == "response":
        if r.status is not None and not 200 <= r.status < 300:
            return False
        media = _media_type(r.http.get("content-type"))
        return media in _HTML_MEDIA_TYPES or media == ""
    if r.type == "resource":
        media = _media_type(r.content_type)
        return media in _HTML_MEDIA_TYPES or media == ""
    return False


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<!--")) or (
        b"<html" in head or b"<body" in head)


def _dechunk(data: bytes) -> bytes:
    out = []
    pos = 0
    n = len(data)
    while pos < n:
        eol = data.find(b"\r\n", pos)
        if eol < 0:
            raise ValueError("bad chunk")
        size = int(data[pos:eol].split(b";", 1)[0].strip() or b"x", 16)
        if size == 0:
            return b"".join(out)
        start = eol + 2
        if start + size > n:
            raise ValueError("short chunk")
        out.append(data[start:start + size])
        pos = start + size + 2
    return b"".join(out)


def _decode_payload(data: bytes, transfer: str, content: str) -> bytes:
    """Undo Transfer-Encoding: chunked and Content-Encoding, when the
    crawler stored them undone; a payload already decoded is left as is."""
    if "chunked" in transfer.lower():
        try:
            data = _dechunk(data)
        except ValueError:
            pass  # stored de-chunked already
    for coding in reversed([c.strip().lower() for c in content.split(",") if c.strip()]):
        if coding in ("gzip", "x-gzip"):
            if data[:2] != b"\x1f\x8b":
                continue  # stored decompressed already
            data = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(data, _LIMIT + 1)
        elif coding == "deflate":
            if _looks_like_html(data):
                continue
            try:  # zlib-wrapped, as the standard says
                data = zlib.decompressobj(zlib.MAX_WBITS).decompress(data, _LIMIT + 1)
            except zlib.error:  # raw deflate, as some servers send
                data = zlib.decompressobj(-zlib.MAX_WBITS).decompress(data, _LIMIT + 1)
        elif coding == "br":
            try:
                import brotli  # type: ignore[import-not-found]
            except ImportError:
                raise WarcError("a brotli-compressed payload needs the brotli "
                                "package") from None
            try:
                data = brotli.decompress(data)
            except brotli.error as e:  # type: ignore[attr-defined]
                if _looks_like_html(data):
                    continue
                raise WarcError(f"brotli: {e}") from None
        elif coding in ("identity", ""):
            continue
        else:
            raise WarcError(f"unsupported Content-Encoding: {coding}")
    return data


class _Job:
    """One page to extract: data in memory or a file to read."""

    __slots__ = ("data", "path", "url", "encoding", "source", "exc", "transfer",
                 "content", "sniff", "crawled")

    def __init__(self, *, data: Any = None, path: Optional[str] = None,
                 url: Optional[str] = None, encoding: Optional[str] = None,
                 source: Optional[str] = None, exc: Optional[BaseException] = None,
                 transfer: str = "", content: str = "", sniff: bool = False,
                 crawled: int = 0) -> None:
        self.data = data
        self.path = path
        self.url = url
        self.encoding = encoding
        self.source = source
        self.exc = exc
        self.transfer = transfer
        self.content = content
        self.sniff = sniff
        self.crawled = crawled  # seconds since 1970 of its WARC-Date, or 0


def _split_http(block: bytes, r: _Record) -> bytes:
    """Parse the HTTP status line and headers at the start of `block` into
    `r`; return the payload after them."""
    end = block.find(b"\r\n\r\n")
    sep = 4
    if end < 0:
        end, sep = block.find(b"\n\n"), 2
    if end < 0:
        return block
    lines = block[:end].decode("latin-1").splitlines()
    try:
        r.status = int(lines[0].split()[1])
    except (IndexError, ValueError):
        r.status = None
    r.http = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if colon:
            r.http[name.strip().lower()] = value.strip()
    return block[end + sep:]


def _starts_like_warc(f: Any) -> bool:
    """Whether the file `f` (at its start) is empty or begins with a WARC
    (or ARC) record, compressed or not; `f` is left at its start."""
    head = f.read(4096)
    f.seek(0)
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    head = head.lstrip(b"\r\n")
    return not head or head.startswith((b"WARC/", b"filedesc://"))


def _warc_jobs(path: str) -> Iterator[_Job]:
    """One job per HTML record of the WARC file at `path`, read as it goes."""
    _, reader = _warc_reader()
    try:
        f = open(path, "rb")
    except OSError as e:
        yield _Job(source=path, exc=e)
        return
    seen = 0
    with f:
        try:
            if not _starts_like_warc(f):
                yield _Job(source=path, exc=WarcError(
                    f"{path}: not a WARC file (it does not start with a WARC record)"))
                return
            for r, payload in reader(f, _wanted):
                seen += 1
                if payload is None:
                    continue
                body, complete = payload
                source = r.id or path
                if r.type == "response" and r.status is None and body[:5] == b"HTTP/":
                    # HTTP the library left unparsed (e.g. warcio, for a
                    # record without a usable WARC-Target-URI)
                    body = _split_http(body, r)
                    if not _wanted(r):
                        continue
                if not complete:
                    yield _Job(url=r.uri, source=source, exc=WarcError(
                        f"{path}: record cut short ({len(body)} bytes of payload read)"))
                    continue
                if len(body) > _LIMIT:
                    yield _Job(url=r.uri, source=source, exc=ExtractError(
                        f"input too large: the payload is over {_LIMIT} bytes"))
                    continue
                if r.type == "resource":
                    ctype, transfer, content = r.content_type, "", ""
                else:
                    ctype = r.http.get("content-type")
                    transfer = r.http.get("transfer-encoding", "")
                    content = r.http.get("content-encoding", "")
                yield _Job(data=body, url=r.uri or None, encoding=_charset(ctype), source=source,
                           transfer=transfer, content=content,
                           sniff=_media_type(ctype) == "", crawled=_warc_seconds(r.date))
        except Exception as e:  # the WARC library gave up on the file
            yield _Job(source=path, exc=WarcError(f"{path}: {_describe(e)}"))
            return
    if seen == 0 and os.path.getsize(path) > 0:
        yield _Job(source=path, exc=WarcError(f"{path}: not a WARC file (no record found)"))


def _jobs(items: Iterable[Item]) -> Iterator[_Job]:
    for kind, value in items:
        if kind == "page":
            yield _Job(path=value, source=value)
        elif kind == "warc":
            yield from _warc_jobs(value)
        elif kind == "pair":
            url, html = value
            url = url or None  # "" is no address
            if isinstance(html, os.PathLike):
                p = os.fsdecode(os.fspath(html))
                yield _Job(path=p, url=url, source=p)
            else:
                yield _Job(data=html, url=url)
        else:  # "error"
            source, exc = value
            yield _Job(source=source, exc=exc)


# -- extraction -------------------------------------------------------------------------


def _worker(options: Dict[str, Any], raise_errors: bool) -> Callable[[_Job], Optional[Row]]:
    default_encoding = options.get("encoding")
    opts = {k: v for k, v in options.items() if k != "encoding"}
    # the caller's reference time, else each WARC record's crawl date
    given_time = bool(opts.get("reference_time"))

    def run(job: _Job) -> Optional[Row]:
        try:
            if job.exc is not None:
                raise job.exc
            if job.path is not None:
                data = read_page(job.path)
            else:
                data = job.data
                if job.transfer or job.content:
                    data = _decode_payload(data, job.transfer, job.content)
                if job.sniff and not _looks_like_html(data):
                    return None  # not HTML after all: no row, as for an image
            encoding = job.encoding or default_encoding
            kw = opts
            if job.crawled and not given_time:
                kw = dict(opts, reference_time=job.crawled)
            try:
                d = _core.extract(data, job.url, encoding=encoding, **kw)
            except ExtractError:
                if not job.encoding or job.encoding == default_encoding:
                    raise
                # A charset from an HTTP header that the library does not know.
                d = _core.extract(data, job.url, encoding=default_encoding, **kw)
        except PAGE_ERRORS as e:
            if raise_errors:
                raise
            return _row(job.url, job.source, error=_describe(e))
        return _row(job.url, job.source, d)

    return run


def _check_errors(errors: str) -> bool:
    if errors not in ("record", "raise"):
        raise ValueError(f"errors must be 'record' or 'raise', not {errors!r}")
    return errors == "raise"


def rows_of_items(items: Iterable[Item], *, workers: Optional[int] = None,
                  errors: str = "record", ordered: bool = True,
                  **options: Any) -> Iterator[Row]:
    """Rows of already expanded items (see :func:`expand`)."""
    raise_errors = _check_errors(errors)
    nworkers = default_workers(workers)
    options = check_options(options)
    results = imap_bounded(_worker(options, raise_errors), _jobs(items), nworkers,
                           ordered=ordered)
    return (row for row in results if row is not None)


def iter_rows(source: Source, *, workers: Optional[int] = None, errors: str = "record",
              ordered: bool = True, **options: Any) -> Iterator[Row]:
    """The rows of :func:`load`, one dict per page, as they come: no pandas
    needed, and memory stays bounded however large `source` is.  Values
    are plain Python: ``authors`` and ``tags`` lists, the dates aware
    :class:`datetime.datetime` in UTC (or None), ``word_count`` an int.

    Arguments as for :func:`load`; `ordered=False` yields rows as their
    pages are done.  A bad argument raises at once.
    """
    _check_errors(errors)
    return rows_of_items(expand(source), workers=workers, errors=errors, ordered=ordered,
                         **options)


# -- tables -----------------------------------------------------------------------------


def _frame_of_columns(cols: Dict[str, List[Any]]) -> Any:
    pd = _pandas()
    sdtype = _string_dtype(pd)
    data: Dict[str, Any] = {}
    for c in COLUMNS:
        values = cols[c]
        if c in DATE_COLUMNS:
            # datetime objects in UTC (or None): no string parsing here.
            idx = pd.to_datetime(pd.Series(values, dtype=object), utc=True)
            data[c] = idx.astype("datetime64[ns, UTC]")
        elif c in LIST_COLUMNS:
            data[c] = pd.Series(values, dtype=object)
        elif c == "word_count":
            data[c] = pd.Series(values, dtype="int64")
        else:
            data[c] = pd.Series(values, dtype=sdtype)
    return pd.DataFrame(data, columns=list(COLUMNS))


_CHUNK = 1000  # rows converted to pandas at a time


def to_frame(rows: Iterable[Row]) -> Any:
    """A DataFrame of rows from :func:`iter_rows`, with :func:`load`'s
    columns and dtypes.  The rows are converted a thousand at a time, so
    that the Python strings of all of them never coexist with the frame:
    this halves the peak memory of a large load."""
    frames = []
    cols: Dict[str, List[Any]] = {c: [] for c in COLUMNS}
    n = 0
    for row in rows:
        for c in COLUMNS:
            cols[c].append(row[c])
        n += 1
        if n == _CHUNK:
            frames.append(_frame_of_columns(cols))
            cols = {c: [] for c in COLUMNS}
            n = 0
    if n or not frames:
        frames.append(_frame_of_columns(cols))
    if len(frames) == 1:
        return frames[0]
    pd = _pandas()
    return pd.concat(frames, ignore_index=True)


def empty_frame() -> Any:
    """A DataFrame with no row and :func:`load`'s columns and dtypes."""
    return to_frame(())


def arrow_schema() -> Any:
    """The pyarrow schema of the rows: strings, lists of strings for
    ``authors`` and ``tags``, ``timestamp[ns, tz=UTC]`` dates, an int64
    ``word_count``.  For Parquet: ``df.to_parquet(path, schema=...)``."""
    try:
        import pyarrow as pa
    except ImportError:
        raise ImportError("Parquet needs pyarrow: pip install 'broadsheet[parquet]'") from None
    fields = []
    for c in COLUMNS:
        if c in LIST_COLUMNS:
            t = pa.list_(pa.string())
        elif c in DATE_COLUMNS:
            t = pa.timestamp("ns", tz="UTC")
        elif c == "word_count":
            t = pa.int64()
        else:
            t = pa.string()
        fields.append(pa.field(c, t, nullable=c != "word_count"))
    return pa.schema(fields)


def load(
    source: Source,
    *,
    workers: Optional[int] = None,
    progress: Optional[bool] = None,
    errors: str = "record",
    **options: Any,
) -> Any:
    """Extract every page of `source` into a pandas DataFrame, one row per
    page, in the order of the source.

    Args:
        source: a file, a folder (recursive), a glob, a WARC file, or a
            list of those and of ``(url, html)`` tuples (see the module's
            help for what is taken from each).  A single path that does not
            exist raises FileNotFoundError; a glob that matches nothing
            gives no row.
        workers: threads (default: ``os.cpu_count()``).
        progress: ``None`` shows a tqdm bar when someone is watching (a
            terminal on stderr, or a notebook) and tqdm is installed;
            ``False`` never; ``True`` always.
        errors: ``"record"`` (the default): a page that cannot be read or
            extracted becomes a row whose ``error`` says why, and the batch
            goes on; ``"raise"``: the first such error is raised.
        **options: the keyword options of :func:`broadsheet.extract`.
            ``encoding=`` is used for the pages whose WARC record names no
            charset.

    Returns:
        A DataFrame with the columns ``url``, ``title``, ``authors`` (a
        list), ``date_published``, ``date_modified`` (``datetime64[ns,
        UTC]``: offsets are converted to UTC, a date alone is midnight
        UTC), ``site_name``, ``language``, ``description``, ``image``,
        ``tags`` (a list), ``text``, ``markdown``, ``word_count`` (int64),
        ``source`` (the file's path, or the WARC record's ID) and
        ``error`` (None, or why the page failed).  String columns have
        pandas' string dtype (``str`` in pandas 3, object before).  A page
        without main text has a row with ``text`` missing and no error:
        ``df[df.text.notna()]`` are the articles.
    """
    raise_errors = _check_errors(errors)
    _pandas()  # fail before the work, not after
    rows = iter_rows(source, workers=workers, errors=errors, **options)
    bar = progress_bar(progress, desc="broadsheet")
    counter = {"errors": 0}

    def watched() -> Iterator[Row]:
        for row in rows:
            if row["error"] is not None and not raise_errors:
                counter["errors"] += 1
                bar.set_postfix_str(f"{counter['errors']} errors", refresh=False)
            bar.update(1)
            yield row

    try:
        return to_frame(watched())
    finally:
        bar.close()

