"""Command line: ``broadsheet PAGE`` prints the article of a saved web page;
``broadsheet DIR|GLOB|WARC... [-o OUT]`` extracts a whole batch.

    broadsheet --sample                       # the bundled sample page
    broadsheet page.html --url https://...    # a saved page, as Markdown
    curl -sL URL | broadsheet - --url URL -f json
    broadsheet crawl/ -o articles.parquet     # a batch: .parquet, .jsonl, .csv
    broadsheet 'pages/**/*.html' crawl.warc.gz > articles.jsonl

One page (a single file, ``-`` or ``--sample``): exit status 0 on success,
1 when the page cannot be read (ExtractError), 2 on a usage error or a file
that cannot be opened, 3 when the page has no main text.

A batch (a folder, a glob, a WARC file, several inputs, or ``-o``): one row
per page, written as it comes (JSON Lines on standard output without
``-o``), a progress bar on a terminal, and a summary line on stderr.  Exit
status 0 when at least one article was found (a page that fails is a row
with its error, not a failure), 2 on a usage error, an input that is not
there, or when no article was found at all.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import glob
import io
import json
import os
import sys
import time
from typing import IO, Any, Dict, List, Optional, Sequence, Union

from . import SAMPLE_URL, ExtractError, __version__, extract, sample_path
from .article import Article
from .batch import read_page

__all__ = ["main"]

EXIT_OK = 0
EXIT_EXTRACT_ERROR = 1
EXIT_USAGE = 2
EXIT_NO_TEXT = 3

FORMATS = ("md", "txt", "json", "html")

#: Batch outputs, by the suffix of -o.
OUTPUTS = {".parquet": "parquet", ".pq": "parquet", ".jsonl": "jsonl",
           ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv"}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="broadsheet",
        description="Print the article of a saved web page: Markdown (the "
                    "default), plain text, JSON or clean HTML.",
        epilog="examples:\n"
               "  broadsheet --sample\n"
               "  broadsheet page.html --url https://example.org/news/1\n"
               "  curl -sL URL | broadsheet - --url URL -f json\n"
               "  broadsheet crawl/ 'more/*.warc.gz' -o articles.parquet -j 4\n"
               "\n"
               "one page: a single file, - or --sample; a batch: a folder, a glob,\n"
               "a .warc or .warc.gz file, several inputs, or -o.  A batch writes one\n"
               "row per page (JSON Lines on stdout without -o) and a summary on stderr.\n"
               "\n"
               "exit status: 0 ok, 1 unreadable page, 2 usage or file error, "
               "3 no main text;\n"
               "a batch: 0 when an article was found, else 2",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("page", nargs="*", metavar="PAGE",
                   help="HTML file to read, or - for standard input; for a "
                        "batch: folders, globs, WARC files")
    p.add_argument("--sample", action="store_true",
                   help="run on the bundled sample page (a news article)")
    p.add_argument("--url", help="address of the page, for absolute links "
                                 "and the 'Original url' line")
    p.add_argument("--encoding", metavar="ENC",
                   help="encoding of the page when known (e.g. from the "
                        "HTTP header); wins over <meta charset>")
    p.add_argument("-f", "--format", choices=FORMATS, default=None,
                   help="md: the whole document (default); txt: body text; "
                        "json: every field; html: body as clean HTML "
                        "(one page only)")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="batch: write the rows to OUT, a .parquet, .jsonl or "
                        ".csv file (default: JSON Lines on standard output)")
    p.add_argument("-j", "--workers", type=int, metavar="N",
                   help="batch: threads to use (default: the number of CPUs)")
    p.add_argument("--no-progress", action="store_true",
                   help="batch: no progress bar (shown on a terminal)")
    p.add_argument("--favor", choices=("balanced", "precision", "recall"),
                   default="balanced",
                   help="precision drops doubtful blocks, recall keeps them")
    p.add_argument("--reference-time", type=_reference_time, metavar="WHEN",
                   help="the latest plausible date of the pages (when "
                        "they were crawled): YYYY-MM-DD or an ISO 8601 "
                        "date-time (default: now)")
    p.add_argument("--comments", action="store_true",
                   help="also extract user comments")
    p.add_argument("--no-tables", action="store_true", help="drop tables")
    p.add_argument("--no-images", action="store_true", help="drop images")
    p.add_argument("--no-links", action="store_true",
                   help="drop links from the Markdown")
    p.add_argument("--no-formatting", action="store_true",
                   help="drop bold, italic and code from the Markdown")
    p.add_argument("--version", action="version",
                   version="broadsheet " + __version__)
    return p


def _reference_time(text: str) -> Union[datetime.date, datetime.datetime]:
    """--reference-time: an ISO 8601 date or date-time."""
    try:
        if len(text) == 10:
            return datetime.date.fromisoformat(text)
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO 8601 date or date-time: {text!r}") from None


def _read_stdin() -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read() if stream is not None else sys.stdin.read()
    return data.encode("utf-8") if isinstance(data, str) else bytes(data)


def _render(article: Article, fmt: str) -> str:
    if fmt == "json":
        out = article.to_json(indent=2)
    elif fmt == "txt":
        out = article.text
    elif fmt == "html":
        out = article.html
    else:
        out = article.to_markdown()
    if not out.endswith("\n"):
        out += "\n"
    return out


def _write(text: str) -> None:
    """Write UTF-8 whatever the locale says, so that a pipe to a file is
    the same on every machine."""
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    sys.stdout.flush()
    stream.write(text.encode("utf-8"))
    stream.flush()


def _error(message: str, status: int) -> int:
    sys.stderr.write("broadsheet: " + message + "\n")
    return status


def _page_path(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str:
    """The file to read ("-" for standard input); exits on a usage error."""
    if args.sample:
        if args.page:
            parser.error("give either PAGE or --sample, not both")
        return sample_path()
    if not args.page:
        parser.error("a PAGE is needed (a file, or - for standard input), "
                     "or --sample")
    return str(args.page[0])


def _extract_options(args: argparse.Namespace) -> Dict[str, Any]:
    """The keyword arguments of ``extract`` that the command line sets."""
    return dict(
        encoding=args.encoding,
        favor=args.favor,
        include_comments=args.comments,
        include_tables=not args.no_tables,
        include_images=not args.no_images,
        include_links=not args.no_links,
        include_formatting=not args.no_formatting,
        reference_time=args.reference_time,
    )


def _is_batch(parser: argparse.ArgumentParser, args: argparse.Namespace) -> bool:
    """Whether the arguments ask for a batch; exits on a usage error."""
    from .load import has_magic, is_warc_name

    if args.sample:
        if args.output is not None:
            parser.error("--sample prints one page; -o is for batches")
        return False
    if not args.page:
        return False  # _page_path says what is missing
    if args.output is not None or len(args.page) > 1:
        return True
    page = args.page[0]
    if page == "-":
        return False
    if os.path.isdir(page) or is_warc_name(page):
        return True
    return not os.path.exists(page) and has_magic(page)


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line with `argv` (default: sys.argv[1:]); return the
    exit status.

    >>> main(["--sample", "-f", "txt"])  # doctest: +ELLIPSIS
    Moscow said Tuesday it had dispatched ...
    0
    """
    parser = _parser()
    try:
        args = parser.parse_args(None if argv is None else list(argv))
        batch = _is_batch(parser, args)
        path = "" if batch else _page_path(parser, args)
    except SystemExit as e:  # --help, --version, usage errors
        if e.code is None or isinstance(e.code, int):
            return e.code or EXIT_OK
        return EXIT_USAGE

    if batch:
        return _batch(parser, args)

    url = args.url
    if args.sample and url is None:
        url = SAMPLE_URL

    if path == "-":
        data = _read_stdin()
        path = "<stdin>"
    elif path.startswith(("http://", "https://")) and not os.path.exists(path):
        return _error(f"{path}: broadsheet reads saved pages and does not "
                      f"download; try: curl -sL '{path}' | broadsheet - "
                      f"--url '{path}'", EXIT_USAGE)
    else:
        try:
            data = read_page(path)  # gzip-compressed files are decompressed
        except (OSError, EOFError) as e:
            return _error(f"{path}: {getattr(e, 'strerror', None) or e}", EXIT_USAGE)

    try:
        article = extract(data, url, **_extract_options(args))
    except ExtractError as e:
        return _error(f"{path}: {e}", EXIT_EXTRACT_ERROR)
    if article is None or not article.text:
        return _error(f"{path}: no main text found", EXIT_NO_TEXT)

    fmt = args.format or "md"
    out = _render(article, fmt)
    if args.comments and article.comments and fmt in ("md", "txt"):
        out += "\n---\n\nComments:\n\n" + article.comments
        if not out.endswith("\n"):
            out += "\n"
    try:
        _write(out)
    except BrokenPipeError:
        # `broadsheet ... | head`: the reader left; that is not an error.
        # Point stdout at devnull so the interpreter's final flush is quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return EXIT_OK


# -- batches ----------------------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


class _JsonLinesWriter:
    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream

    def write(self, row: Dict[str, Any]) -> None:
        line = json.dumps(row, ensure_ascii=False, default=_json_value) + "\n"
        self.stream.write(line.encode("utf-8"))

    def close(self) -> None:
        self.stream.flush()


class _CsvWriter:
    def __init__(self, stream: IO[bytes], columns: Sequence[str]) -> None:
        self.stream = stream
        self.text = io.TextIOWrapper(stream, encoding="utf-8", newline="",
                                     write_through=True)
        self.columns = list(columns)
        self.csv = csv.writer(self.text)
        self.csv.writerow(self.columns)

    def write(self, row: Dict[str, Any]) -> None:
        out: List[Any] = []
        for c in self.columns:
            v = row[c]
            if v is None:
                v = ""
            elif isinstance(v, list):
                v = json.dumps(v, ensure_ascii=False)  # unambiguous, and read back easily
            elif isinstance(v, datetime.datetime):
                v = v.isoformat()
            out.append(v)
        self.csv.writerow(out)

    def close(self) -> None:
        self.text.flush()
        self.text.detach()


class _ParquetWriter:
    """Rows to a Parquet file, a row group at a time."""

    ROWS = 1000
    BYTES = 8 << 20  # characters of text and Markdown: bounds the memory

    def __init__(self, path: str) -> None:
        import pyarrow.parquet as pq

        from .load import COLUMNS, arrow_schema

        self.columns = COLUMNS
        self.schema = arrow_schema()
        self.writer = pq.ParquetWriter(path, self.schema, compression="zstd")
        self.buf: Dict[str, List[Any]] = {c: [] for c in COLUMNS}
        self.n = 0
        self.size = 0

    def write(self, row: Dict[str, Any]) -> None:
        for c in self.columns:
            self.buf[c].append(row[c])
        self.n += 1
        self.size += len(row["text"] or "") + len(row["markdown"] or "")
        if self.n >= self.ROWS or self.size >= self.BYTES:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if self.n:
            batch = pa.RecordBatch.from_pydict(self.buf, schema=self.schema)
            self.writer.write_batch(batch)
            self.buf = {c: [] for c in self.columns}
            self.n = self.size = 0

    def close(self) -> None:
        self.flush()
        self.writer.close()


def _open_writer(path: Optional[str]) -> Any:
    """A writer for -o PATH (JSON Lines on stdout for None or "-")."""
    from .load import COLUMNS

    if path is None or path == "-":
        sys.stdout.flush()
        return _JsonLinesWriter(getattr(sys.stdout, "buffer", None) or _StdoutBytes())
    fmt = _output_format(path)
    if fmt == "parquet":
        try:
            import pyarrow.parquet  # noqa: F401
        except ImportError:
            raise _UsageError("writing Parquet needs pyarrow: "
                              "pip install 'broadsheet[parquet]'") from None
        return _ParquetWriter(path)
    stream = open(path, "wb")
    if fmt == "csv":
        return _ClosingWriter(_CsvWriter(stream, COLUMNS), stream)
    return _ClosingWriter(_JsonLinesWriter(stream), stream)


class _StdoutBytes:
    """sys.stdout without a .buffer (as under some test harnesses)."""

    def write(self, data: bytes) -> None:
        sys.stdout.write(data.decode("utf-8"))

    def flush(self) -> None:
        sys.stdout.flush()


class _ClosingWriter:
    def __init__(self, writer: Any, stream: IO[bytes]) -> None:
        self.writer = writer
        self.stream = stream

    def write(self, row: Dict[str, Any]) -> None:
        self.writer.write(row)

    def close(self) -> None:
        try:
            self.writer.close()
        finally:
            self.stream.close()


class _UsageError(Exception):
    pass


def _output_format(path: str) -> str:
    low = path.lower()
    for suffix, fmt in OUTPUTS.items():
        if low.endswith(suffix):
            return fmt
    raise _UsageError(f"{path}: the output's name must end in .parquet, .jsonl or .csv")


def _check_inputs(inputs: Sequence[str]) -> Optional[str]:
    """Why the batch cannot start, or None."""
    from .load import has_magic

    for p in inputs:
        if p == "-":
            return "- (standard input) is for one page, not for a batch"
        if os.path.exists(p):
            continue
        if has_magic(p):
            if not glob.glob(p, recursive=True):
                return f"{p}: no file matches"
            continue
        if p.startswith(("http://", "https://")):
            return (f"{p}: broadsheet reads saved pages and WARC files and does "
                    "not download")
        return f"{p}: No such file or directory"
    return None


def _batch(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from ._progress import progress_bar
    from .batch import check_options, default_workers
    from .load import iter_rows

    if args.format is not None:
        return _error("-f is for one page; a batch's format follows the suffix "
                      "of -o (.parquet, .jsonl, .csv), JSON Lines by default", EXIT_USAGE)
    if args.url is not None:
        return _error("--url is for one page; a batch takes each page's address "
                      "from its WARC record or from the page", EXIT_USAGE)
    options = _extract_options(args)
    try:
        workers = default_workers(args.workers)
        check_options(options)
        problem = _check_inputs(args.page)
        if problem:
            return _error(problem, EXIT_USAGE)
        if args.output not in (None, "-"):
            _output_format(args.output)
        rows = iter_rows(list(args.page), workers=workers, errors="record", **options)
        writer = _open_writer(args.output)
    except (_UsageError, ValueError, TypeError, ImportError, OSError) as e:
        return _error(str(e), EXIT_USAGE)

    pages = articles = errors = 0
    start = time.perf_counter()
    bar = progress_bar(False if args.no_progress else None, desc="broadsheet")
    status = EXIT_OK
    try:
        try:
            for row in rows:
                pages += 1
                if row["error"] is not None:
                    errors += 1
                    bar.set_postfix_str(f"{errors} errors", refresh=False)
                elif row["text"]:
                    articles += 1
                writer.write(row)
                bar.update(1)
        finally:
            bar.close()
            writer.close()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_OK
    except KeyboardInterrupt:
        status = 130
    except ImportError as e:  # a WARC file and no WARC library
        return _error(str(e), EXIT_USAGE)
    secs = time.perf_counter() - start
    rate = pages / secs if secs > 0 else 0.0
    where = "" if args.output in (None, "-") else f" -> {args.output}"
    sys.stderr.write(f"broadsheet: {pages} pages, {articles} articles, {errors} errors "
                     f"in {secs:.1f} s ({rate:.1f} pages/s){where}\n")
    if status == EXIT_OK and articles == 0:
        return _error(f"{' '.join(args.page)}: no article found", EXIT_USAGE)
    return status


def run() -> None:
    """Entry point for ``python -m broadsheet``."""
    sys.exit(main())


if __name__ == "__main__":
    run()
