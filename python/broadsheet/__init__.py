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

    Returns:
        An :class:`Article`, or ``None`` when the page has no main text.
        A page without main text whose metadata declares it (a title from
        OpenGraph, Twitter cards, meta tags or JSON-LD, as a thread or a
        product that script fills in has) gives an Article whose ``text``
        is empty, with that metadata.

    Raises:
        TypeError: ``html`` is not bytes-like or str, or an option has the
            wrong type.
        ValueError: ``favor`` is not one of the three values.
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
