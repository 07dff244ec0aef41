"""Command line: ``broadsheet PAGE`` prints the article of a saved web page.

    broadsheet --sample                       # the bundled sample page
    broadsheet page.html --url https://...    # a saved page, as Markdown
    curl -sL URL | broadsheet - --url URL -f json

Exit status: 0 on success, 1 when the page cannot be read (ExtractError),
2 on a usage error or a file that cannot be opened, 3 when the page has no
main text.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Optional, Sequence

from . import SAMPLE_URL, ExtractError, __version__, extract, sample_path
from .article import Article

__all__ = ["main"]

EXIT_OK = 0
EXIT_EXTRACT_ERROR = 1
EXIT_USAGE = 2
EXIT_NO_TEXT = 3

FORMATS = ("md", "txt", "json", "html")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="broadsheet",
        description="Print the article of a saved web page: Markdown (the "
                    "default), plain text, JSON or clean HTML.",
        epilog="examples:\n"
               "  broadsheet --sample\n"
               "  broadsheet page.html --url https://example.org/news/1\n"
               "  curl -sL URL | broadsheet - --url URL -f json\n"
               "\n"
               "exit status: 0 ok, 1 unreadable page, 2 usage or file error, "
               "3 no main text",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("page", nargs="?", metavar="PAGE",
                   help="HTML file to read, or - for standard input")
    p.add_argument("--sample", action="store_true",
                   help="run on the bundled sample page (a news article)")
    p.add_argument("--url", help="address of the page, for absolute links "
                                 "and the 'Original url' line")
    p.add_argument("--encoding", metavar="ENC",
                   help="encoding of the page when known (e.g. from the "
                        "HTTP header); wins over <meta charset>")
    p.add_argument("-f", "--format", choices=FORMATS, default="md",
                   help="md: the whole document (default); txt: body text; "
                        "json: every field; html: body as clean HTML")
    p.add_argument("--favor", choices=("balanced", "precision", "recall"),
                   default="balanced",
                   help="precision drops doubtful blocks, recall keeps them")
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
        if args.page is not None:
            parser.error("give either PAGE or --sample, not both")
        return sample_path()
    if args.page is None:
        parser.error("a PAGE is needed (a file, or - for standard input), "
                     "or --sample")
    return str(args.page)


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
        path = _page_path(parser, args)
    except SystemExit as e:  # --help, --version, usage errors
        if e.code is None or isinstance(e.code, int):
            return e.code or EXIT_OK
        return EXIT_USAGE

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
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            return _error(f"{path}: {e.strerror or e}", EXIT_USAGE)

    try:
        article = extract(
            data,
            url,
            encoding=args.encoding,
            favor=args.favor,
            include_comments=args.comments,
            include_tables=not args.no_tables,
            include_images=not args.no_images,
            include_links=not args.no_links,
            include_formatting=not args.no_formatting,
        )
    except ExtractError as e:
        return _error(f"{path}: {e}", EXIT_EXTRACT_ERROR)
    if article is None:
        return _error(f"{path}: no main text found", EXIT_NO_TEXT)

    out = _render(article, args.format)
    if args.comments and article.comments and args.format in ("md", "txt"):
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


def run() -> None:
    """Entry point for ``python -m broadsheet``."""
    sys.exit(main())


if __name__ == "__main__":
    run()
