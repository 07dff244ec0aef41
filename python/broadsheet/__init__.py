"""broadsheet: turn a web page into its article.

Give :func:`extract` the page's HTML (bytes in any encoding, or str) and
its address; get back an :class:`Article` with the text, the Markdown and
the metadata, or ``None`` when the page has no main text (a page whose
OpenGraph, Twitter, meta or JSON-LD title declares it still gives an
Article, with an empty text and its metadata).

>>> import broadsheet
>>> with open(broadsheet.sample_path(), "rb") as f:
...     art = broadsheet.extract(f.read(), broadsheet.SAMPLE_URL)
>>> art.site_name
'The Moscow Times'
>>> print(art.to_markdown().splitlines()[0])
# Russia Sent '300 Military Instructors' to C.Africa – Ministry

The extraction runs in C with the GIL released, so threads scale:
:func:`extract_many` runs many pages on a pool of threads, and
:func:`load` turns a folder, a glob or a WARC file into a pandas DataFrame
(``pip install 'broadsheet[pandas]'``); ``broadsheet.dask.load`` does the
same on a Dask cluster.
"""

from __future__ import annotations

import datetime as _dt
import os
from typing import Optional, Union

from . import _core
from ._core import ExtractError
from .article import Article

__all__ = [
    "Article",
    "ExtractError",
    "SAMPLE_URL",
    "__version__",
    "extract",
    "extract_many",
    "load",
    "sample_path",
]

__version__: str = _core.__version__

#: Address of the bundled sample page (see :func:`sample_path`).
SAMPLE_URL = ("https://www.themoscowtimes.com/2020/12/22/"
              "russia-central-african-republic-military-instructors-a72453")

HTMLInput = Union[bytes, bytearray, memoryview, str]
ReferenceTime = Union[_dt.datetime, _dt.date, int, float, None]


def _epoch_seconds(when: ReferenceTime) -> int:
    """``reference_time`` as whole seconds since 1970 (UTC); 0 for None.

    A datetime without a time zone is taken as UTC; a date stands for the
    end of its day, so that the day itself is plausible.
    """
    if when is None:
        return 0
    if isinstance(when, bool):
        raise TypeError("reference_time must be a datetime, a date or a "
                        "number of seconds, not bool")
    if isinstance(when, _dt.datetime):
        if when.tzinfo is None:
            when = when.replace(tzinfo=_dt.timezone.utc)
        seconds = when.timestamp()
    elif isinstance(when, _dt.date):
        end = _dt.datetime.combine(when, _dt.time(23, 59, 59),
                                   tzinfo=_dt.timezone.utc)
        seconds = end.timestamp()
    elif isinstance(when, (int, float)):
        seconds = when
    else:
        raise TypeError("reference_time must be a datetime, a date or a "
                        f"number of seconds, not {type(when).__name__}")
    if seconds < 1:
        raise ValueError("reference_time must be after 1970-01-01")
    return int(seconds)


def extract(
    html: HTMLInput,
    url: Optional[str] = None,
    *,
    encoding: Optional[str] = None,
    favor: str = "balanced",
    include_comments: bool = False,
    include_tables: bool = True,
    include_images: bool = True,
    include_links: bool = True,
    include_formatting: bool = True,
    reference_time: ReferenceTime = None,
) -> Optional[Article]:
    """Extract the article from a web page.

    Args:
        html: the page.  Bytes (or any bytes-like object) in any encoding:
            the encoding is found from a byte-order mark, ``encoding``,
            ``<meta charset>``, or the bytes themselves.  A ``str`` is taken
            as already decoded (``encoding`` and ``<meta charset>`` are
            then ignored).
        url: the page's address; links and images are made absolute
            against it (or against ``<base href>``).
        encoding: the encoding the caller knows, e.g. from the HTTP
            ``Content-Type`` header.  It wins over ``<meta charset>``.
        favor: ``"balanced"``, ``"precision"`` (less boilerplate, may lose
            some text) or ``"recall"`` (more text, may keep boilerplate).
            ``"balanced"`` reads a page that declares itself something
            other than an article (``og:type`` "website", "product", ...)
            as ``"recall"`` does.
        include_comments: also extract user comments into ``comments``.
            (On a page that declares itself a thread, a
            ``DiscussionForumPosting`` or a ``QAPage``, the replies are
            the body.)
        include_tables: keep tables in the body.
        include_images: keep images and figures in the Markdown.
        include_links: keep links in the Markdown.
        include_formatting: keep bold, italic and code in the Markdown.
        reference_time: the latest plausible date of the page (when it was
            crawled): a datetime (UTC when naive), a date (up to its end)
            or seconds since 1970.  Dates more than a day after it (time
            zones allow one), and dates before 1995, are not taken as the
            page's dates.  Default: now.

    Returns:
        An :class:`Article`, or ``None`` when the page has no main text.
        A page without main text whose metadata declares it (a title from
        OpenGraph, Twitter cards, meta tags or JSON-LD, as a thread or a
        product that script fills in has) gives an Article whose ``text``
        is empty, with that metadata.

    Raises:
        TypeError: ``html`` is not bytes-like or str, or an option has the
            wrong type.
        ValueError: ``favor`` is not one of the three values, or
            ``reference_time`` is before 1970.
        ExtractError: the page cannot be read (larger than 64 MiB, or
            ``encoding`` is unknown).  A subclass of ValueError.

    >>> import broadsheet
    >>> page = ("<html><body><article><h1>Hello</h1>"
    ...         + "<p>A sentence of the article body, long enough to keep.</p>" * 4
    ...         + "</article></body></html>")
    >>> art = broadsheet.extract(page, "https://example.org/hello")
    >>> art.title, art.url
    ('Hello', 'https://example.org/hello')
    >>> art.text.splitlines()[0]
    'A sentence of the article body, long enough to keep.'
    >>> broadsheet.extract(b"") is None
    True
    """
    d = _core.extract(
        html,
        url,
        encoding=encoding,
        favor=favor,
        include_comments=include_comments,
        include_tables=include_tables,
        include_images=include_images,
        include_links=include_links,
        include_formatting=include_formatting,
        reference_time=_epoch_seconds(reference_time),
    )
    if d is None:
        return None
    return Article._from_core(d)


def sample_path() -> str:
    """Path of the bundled sample page, a news article from SAMPLE_URL.

    >>> import broadsheet, os
    >>> os.path.basename(broadsheet.sample_path())
    'sample.html'
    """
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.join(here, "data", "sample.html")


# Defined after extract(), which they use.  `broadsheet.load` is the
# function; its module is broadsheet.load's __module__ (sys.modules).
from .batch import extract_many  # noqa: E402
from .load import load  # noqa: E402
