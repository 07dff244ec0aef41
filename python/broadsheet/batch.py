"""Many pages at once: :func:`extract_many`, on native threads.

The C extraction releases the GIL for its whole run, so a pool of plain
threads keeps every core busy with no process start-up and no pickling.
The input is read lazily and at most ``2 * workers`` pages are in flight at
any time, so memory stays bounded however long the input is.
"""

from __future__ import annotations

import collections
import itertools
import os
import zlib
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import (Any, Callable, Deque, Dict, Iterable, Iterator, Optional, Set,
                    Tuple, TypeVar, Union)

from . import _core
from ._core import ExtractError
from .article import Article

__all__ = ["extract_many", "read_page"]

T = TypeVar("T")
R = TypeVar("R")

#: What one item of extract_many's input may be.
Page = Union[bytes, bytearray, memoryview, str, "os.PathLike[str]"]

#: Errors that concern one page, not the program: unreadable or corrupt
#: files (OSError, EOFError, zlib.error) and pages the library refuses
#: (ExtractError).
PAGE_ERRORS = (ExtractError, OSError, EOFError, zlib.error)

_HTML_TYPES = (bytes, bytearray, memoryview, str)


def default_workers(workers: Optional[int]) -> int:
    """``workers``, or the number of CPUs when it is None; at least 1."""
    if workers is None:
        return max(1, os.cpu_count() or 1)
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise TypeError(f"workers must be an int or None, not {type(workers).__name__}")
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    return workers


def check_options(options: Dict[str, Any]) -> Dict[str, Any]:
    """The options as the binding takes them (``reference_time`` in
    seconds); raise TypeError or ValueError now for options extract() would
    refuse on every page (an unknown name, a wrong type, a bad ``favor``)."""
    from . import _epoch_seconds

    options = dict(options)
    if "reference_time" in options:
        options["reference_time"] = _epoch_seconds(options["reference_time"])
    _core.extract(b"", None, **options)
    return options


def read_page(path: "Union[str, os.PathLike[str]]") -> bytes:
    """The bytes of a saved page; gzip-compressed files (``.html.gz``, or
    any file that starts with the gzip magic) are decompressed.  Reading
    stops just past the library's input limit (64 MiB), so a huge file or a
    decompression bomb costs no more memory than that; extract() then
    refuses it as too large."""
    limit = _core.MAX_INPUT + 1
    with open(path, "rb") as f:
        data = f.read(limit)
    if data[:2] != b"\x1f\x8b" or len(data) >= limit:
        return data  # not compressed, or too large even compressed
    # One C call per gzip member (the gzip module's reader loops in Python).
    out = []
    size = 0
    while data[:2] == b"\x1f\x8b" and size < limit:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        chunk = d.decompress(data, limit - size)
        out.append(chunk)
        size += len(chunk)
        if not d.eof:
            if d.unconsumed_tail:
                break  # past the limit: extract() will say it is too large
            raise EOFError("Compressed file ended before the end-of-stream "
                           "marker was reached")
        data = d.unused_data.lstrip(b"\x00")
    return b"".join(out)


def imap_bounded(fn: Callable[[T], R], items: Iterable[T], workers: int,
                 ordered: bool = True, window: Optional[int] = None) -> Iterator[R]:
    """``map(fn, items)`` on a pool of `workers` threads, lazily.

    `items` is consumed from the calling thread, never more than `window`
    (default ``2 * workers``) items ahead of what has been yielded.  Results
    come in input order when `ordered`, else as they complete.  An
    exception raised by `fn` propagates when its result is reached, and
    ends the iteration.  Closing the iterator early cancels what has not
    started and waits for what is running.
    """
    it = iter(items)
    if workers <= 1:
        for item in it:
            yield fn(item)
        return
    window = max(window or 2 * workers, 1)
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="broadsheet")
    try:
        if ordered:
            queue: Deque["Future[R]"] = collections.deque(
                pool.submit(fn, item) for item in itertools.islice(it, window))
            while queue:
                result = queue.popleft().result()
                for item in itertools.islice(it, 1):
                    queue.append(pool.submit(fn, item))
                yield result
        else:
            running: Set["Future[R]"] = {
                pool.submit(fn, item) for item in itertools.islice(it, window)}
            while running:
                done, running = wait(running, return_when=FIRST_COMPLETED)
                for fut in done:
                    result = fut.result()
                    for item in itertools.islice(it, 1):
                        running.add(pool.submit(fn, item))
                    yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _split(item: Any, url: Optional[str]) -> Tuple[Any, Optional[str]]:
    """(page, url) of one input item; TypeError for anything else."""
    if isinstance(item, tuple):
        if len(item) != 2:
            raise TypeError("extract_many: a tuple item must be (html, url), "
                            f"not a tuple of {len(item)}")
        page, page_url = item
        if page_url is not None and not isinstance(page_url, str):
            raise TypeError("extract_many: the url of an (html, url) item must be "
                            f"a str or None, not {type(page_url).__name__}")
    else:
        page, page_url = item, url
    if not isinstance(page, _HTML_TYPES) and not isinstance(page, os.PathLike):
        raise TypeError("extract_many: each page must be bytes, str (HTML), "
                        "an os.PathLike file, or an (html, url) tuple, not "
                        f"{type(page).__name__}")
    return page, page_url


def extract_many(
    pages: Iterable[Any],
    *,
    url: Optional[str] = None,
    workers: Optional[int] = None,
    ordered: bool = True,
    errors: str = "none",
    **options: Any,
) -> Iterator[Optional[Article]]:
    """Extract many pages on a pool of threads; yield one result per page.

    Args:
        pages: an iterable, read lazily, of

            * ``bytes``, ``bytearray`` or ``memoryview``: a page's HTML in
              any encoding;
            * ``str``: a page's HTML, already decoded.  A ``str`` is always
              HTML, never a file name;
            * an ``os.PathLike`` (e.g. :class:`pathlib.Path`): a saved page
              to read, gzip-compressed or not;
            * a tuple ``(html, url)`` of one of the above and its address
              (``str`` or ``None``), in the order of :func:`extract`.

        url: the address of every page that comes without one (not a
            tuple); ``None`` by default.
        workers: threads to use; ``None`` means ``os.cpu_count()``.  With 1,
            pages are extracted one after the other in the calling thread.
        ordered: yield in the order of `pages` (the default), or as each
            page is done (faster when pages differ a lot in size; the
            result of a page without main text, ``None``, then cannot be
            told from another's).
        errors: what a page that cannot be read or extracted (a missing or
            corrupt file, a page over 64 MiB: OSError, EOFError,
            ExtractError) gives: ``"none"`` (the default) yields ``None``
            for it and goes on; ``"raise"`` raises the error when its
            turn comes, which ends the iteration.
        **options: the keyword options of :func:`extract` (``encoding``,
            ``favor``, ``include_comments``, ...), for every page.

    Yields:
        An :class:`Article`, or ``None`` (no main text, or an error with
        ``errors="none"``), per page.

    Raises:
        TypeError, ValueError: at once, for a bad option or argument;
            during the iteration, TypeError for an item of a wrong type.

    At most ``2 * workers`` pages are in flight at a time: memory stays
    bounded however long `pages` is, and nothing is read before the first
    result is asked for.  Closing the iterator early (``break``) cancels
    the pages not started.

    >>> import broadsheet
    >>> body = "<article>" + "<p>A sentence long enough to be kept.</p>" * 4 + "</article>"
    >>> pages = [(body, "https://example.org/a"), b"<nav><a href='/'>Home</a></nav>"]
    >>> [a.url if a else a for a in broadsheet.extract_many(pages, workers=2)]
    ['https://example.org/a', None]
    """
    if errors not in ("none", "raise"):
        raise ValueError(f"errors must be 'none' or 'raise', not {errors!r}")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    nworkers = default_workers(workers)
    options = check_options(options)
    raise_errors = errors == "raise"

    def one(job: Tuple[Any, Optional[str]]) -> Optional[Article]:
        page, page_url = job
        try:
            if isinstance(page, os.PathLike):
                page = read_page(page)
            d = _core.extract(page, page_url, **options)
        except PAGE_ERRORS:
            if raise_errors:
                raise
            return None
        return None if d is None else Article._from_core(d)

    jobs = (_split(item, url) for item in pages)
    return imap_bounded(one, jobs, nworkers, ordered=ordered)
