"""Extractor adapters used by the benchmark scripts.

Every adapter is a function ``(html_bytes, url) -> dict`` that runs one
extraction library on the raw bytes of a page and returns a plain dict with
the keys the library supports:

``text``
    the main body as plain text (``str``),
``title``
    the page title (``str`` or ``None``),
``authors``
    the authors (``list[str]``),
``date``
    the publication date, ``YYYY-MM-DD`` or an ISO 8601 date-time
    (``str`` or ``None``).

Libraries are imported lazily, inside the adapters, so a peer that is not
installed only makes :func:`availability` report it as missing.  Which keys
an adapter provides is declared in its :class:`Peer` entry: a key a peer does
not produce is reported as "not applicable" by the evaluation, while a key it
produces but leaves empty is scored as a miss.

Use :func:`run_peer` to call an adapter safely: any exception inside a peer
becomes an empty output plus an error message.

Example::

    >>> out, error = run_peer("trafilatura", html_bytes, "https://example.org/a")
    >>> out["text"][:40]
"""

from __future__ import annotations

import codecs
import datetime as _dt
import importlib
import logging
import re
import socket
import warnings
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Optional

__all__ = [
    "Peer",
    "PEERS",
    "ALL_FIELDS",
    "availability",
    "block_network",
    "decode_html",
    "empty_output",
    "normalize_output",
    "quiet_peer_logging",
    "run_peer",
    "sniff_charset",
]

#: Every output key an adapter may provide.
ALL_FIELDS: frozenset[str] = frozenset({"text", "title", "authors", "date"})

Adapter = Callable[[bytes, str], dict[str, Any]]


# --------------------------------------------------------------------------
# Decoding helpers
# --------------------------------------------------------------------------

_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE
)

# Labels that browsers decode with a superset codec (WHATWG Encoding
# Standard): pages labelled Latin-1 or ASCII are really windows-1252.
_CHARSET_ALIASES = {
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    # A <meta> that claims UTF-16 is read as UTF-8 by browsers.
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}


def sniff_charset(html: bytes, limit: int = 4096) -> Optional[str]:
    """Return the Python codec name declared by the page, or ``None``.

    Looks at a byte-order mark first, then at a ``<meta charset>`` or
    ``<meta http-equiv="Content-Type" content="...; charset=...">`` in the
    first ``limit`` bytes.  Unknown labels are ignored.
    """
    if html.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if html.startswith(codecs.BOM_UTF16_LE) or html.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    match = _META_CHARSET_RE.search(html[:limit])
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace").strip().lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


# C0 control characters other than tab, line feed and carriage return: lxml
# refuses strings that contain them, and browsers do not render them.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def decode_html(html: bytes) -> str:
    """Decode page bytes for peers that need ``str``.

    Uses the declared charset (see :func:`sniff_charset`), else UTF-8;
    undecodable bytes become U+FFFD and control characters are dropped.
    """
    charset = sniff_charset(html) or "utf-8"
    return _CONTROL_RE.sub("", html.decode(charset, errors="replace"))


# --------------------------------------------------------------------------
# Output normalisation
# --------------------------------------------------------------------------


def _as_str(value: Any) -> Optional[str]:
    """Turn a scalar metadata value into a stripped string or ``None``."""
    if value is None:
        return None
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    text = str(value).strip()
    return text or None


def _as_list(value: Any) -> list[str]:
    """Turn an author value (``None``, a string or a sequence) into a list."""
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    out = []
    for item in value:
        text = _as_str(item)
        if text:
            out.append(text)
    return out


def empty_output(fields: frozenset[str] = ALL_FIELDS) -> dict[str, Any]:
    """The output of a peer that found nothing, restricted to ``fields``."""
    full: dict[str, Any] = {"text": "", "title": None, "authors": [], "date": None}
    return {key: value for key, value in full.items() if key in fields}


def normalize_output(raw: Optional[dict[str, Any]], fields: frozenset[str]) -> dict[str, Any]:
    """Coerce an adapter's dict to the documented types, keeping ``fields``."""
    out = empty_output(fields)
    if not raw:
        return out
    if "text" in fields:
        out["text"] = str(raw.get("text") or "")
    if "title" in fields:
        out["title"] = _as_str(raw.get("title"))
    if "authors" in fields:
        out["authors"] = _as_list(raw.get("authors"))
    if "date" in fields:
        out["date"] = _as_str(raw.get("date"))
    return out


# --------------------------------------------------------------------------
# Adapters
# --------------------------------------------------------------------------


def _broadsheet(html: bytes, url: str) -> dict[str, Any]:
    """broadsheet, this project: ``broadsheet.extract(html, url)``."""
    import broadsheet

    article = broadsheet.extract(html, url)
    if article is None:
        return {}
    return {
        "text": article.text,
        "title": article.title,
        "authors": list(article.authors or ()),
        "date": article.date_published,
    }


def _trafilatura(html: bytes, url: str) -> dict[str, Any]:
    """trafilatura ``bare_extraction`` with metadata, defaults otherwise."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return {}
    if not isinstance(doc, dict):
        doc = doc.as_dict()
    author = doc.get("author") or ""
    return {
        "text": doc.get("text") or "",
        "title": doc.get("title"),
        # trafilatura joins several authors with "; ".
        "authors": [name.strip() for name in author.split(";") if name.strip()],
        "date": doc.get("date"),
    }


# Elements after which readability's summary needs a line break, so that
# text_content() does not glue the last word of a block to the next one.
_BLOCK_TAGS = (
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
    "td", "th", "tr", "ul",
)


def _readability(html: bytes, url: str) -> dict[str, Any]:
    """readability-lxml: ``Document(html).summary()`` as text, short title."""
    import lxml.html
    from readability import Document

    doc = Document(decode_html(html), url=url)
    summary = doc.summary()
    text = ""
    if summary and summary.strip():
        tree = lxml.html.fromstring(summary)
        for element in tree.iter(*_BLOCK_TAGS):
            element.tail = "\n" + (element.tail or "")
        text = tree.text_content()
    try:
        title = doc.short_title()
    except Exception:  # short_title() fails on some odd <title>s
        title = doc.title()
    return {"text": text, "title": title}


def _resiliparse(html: bytes, url: str) -> dict[str, Any]:
    """Resiliparse ``extract_plain_text(..., main_content=True)``."""
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    from resiliparse.parse.html import HTMLTree

    tree = HTMLTree.parse(bytes_to_str(html, detect_encoding(html)))
    return {"text": extract_plain_text(tree, main_content=True)}


def _newspaper4k(html: bytes, url: str) -> dict[str, Any]:
    """newspaper4k ``Article``, parsed from the given HTML (no download)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "nltk is not installed" on import
        import newspaper

    # fetch_images=False: otherwise parse() downloads images to rank them.
    article = newspaper.Article(url, fetch_images=False, memoize_articles=False)
    article.download(input_html=decode_html(html))
    article.parse()
    return {
        "text": article.text,
        "title": article.title,
        "authors": list(article.authors or []),
        "date": article.publish_date,
    }


@lru_cache(maxsize=1)
def _goose_instance() -> Any:
    """One ``Goose`` per process: building it loads its configuration."""
    from goose3 import Goose

    return Goose()


def _goose3(html: bytes, url: str) -> dict[str, Any]:
    """goose3 ``Goose().extract(raw_html=...)``."""
    article = _goose_instance().extract(raw_html=decode_html(html))
    return {
        "text": article.cleaned_text,
        "title": article.title,
        "authors": list(article.authors or []),
        "date": article.publish_date,
    }


_HTML_LANG_RE = re.compile(rb"""<html[^>]*?\blang\s*=\s*["']?\s*([A-Za-z]{2,3})""", re.IGNORECASE)

# ISO 639-1 codes of the languages most common in the data sets, mapped to
# jusText stoplist names.
_JUSTEXT_LANGUAGES = {
    "ar": "Arabic", "bg": "Bulgarian", "ca": "Catalan", "cs": "Czech",
    "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "es": "Spanish", "et": "Estonian", "fi": "Finnish", "fr": "French",
    "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "it": "Italian",
    "lt": "Lithuanian", "lv": "Latvian", "nl": "Dutch", "no": "Norwegian_Bokmal",
    "nb": "Norwegian_Bokmal", "nn": "Norwegian_Nynorsk", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak",
    "sl": "Slovenian", "sr": "Serbian", "sv": "Swedish", "tr": "Turkish",
    "uk": "Ukrainian", "vi": "Vietnamese",
}


def _justext_language(html: bytes) -> str:
    """The jusText stoplist for the page's ``<html lang>``, else English."""
    import justext

    match = _HTML_LANG_RE.search(html[:8192])
    if match:
        name = _JUSTEXT_LANGUAGES.get(match.group(1).decode("ascii").lower())
        if name and name in justext.get_stoplists():
            return name
    return "English"


def _justext(html: bytes, url: str) -> dict[str, Any]:
    """jusText: the non-boilerplate paragraphs, one per line."""
    import justext

    stoplist = justext.get_stoplist(_justext_language(html))
    paragraphs = justext.justext(html, stoplist)
    return {"text": "\n".join(p.text for p in paragraphs if not p.is_boilerplate)}


def _htmldate(html: bytes, url: str) -> dict[str, Any]:
    """htmldate ``find_date(..., extensive_search=True)`` (dates only)."""
    import htmldate

    return {"date": htmldate.find_date(decode_html(html), extensive_search=True, url=url)}


# --------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Peer:
    """One extractor: its adapter, the modules it needs, the keys it returns."""

    name: str
    adapter: Adapter
    modules: tuple[str, ...]
    fields: frozenset[str]


#: All adapters, by name, in the order the reports list them.
PEERS: dict[str, Peer] = {
    peer.name: peer
    for peer in (
        Peer("broadsheet", _broadsheet, ("broadsheet",), ALL_FIELDS),
        Peer("trafilatura", _trafilatura, ("trafilatura",), ALL_FIELDS),
        Peer("readability", _readability, ("readability", "lxml.html"),
             frozenset({"text", "title"})),
        Peer("resiliparse", _resiliparse,
             ("resiliparse.extract.html2text", "resiliparse.parse.html"),
             frozenset({"text"})),
        Peer("newspaper4k", _newspaper4k, ("newspaper",), ALL_FIELDS),
        Peer("goose3", _goose3, ("goose3",), ALL_FIELDS),
        Peer("justext", _justext, ("justext",), frozenset({"text"})),
        Peer("htmldate", _htmldate, ("htmldate",), frozenset({"date"})),
    )
}


_PEER_LOGGERS = ("newspaper", "goose3", "trafilatura", "htmldate", "readability",
                 "justext", "courlan", "charset_normalizer")


def quiet_peer_logging() -> None:
    """Silence the peers' own log messages (warnings about odd dates etc.)."""
    for name in _PEER_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _no_network(*args: Any, **kwargs: Any) -> Any:
    raise OSError("network access is disabled while benchmarking")


def block_network() -> None:
    """Make any connection attempt in this process fail at once.

    Extraction must work offline; without this a peer that tries to fetch
    something (robots.txt, images, ...) would wait for DNS time-outs.
    """
    socket.getaddrinfo = _no_network  # type: ignore[assignment]
    socket.create_connection = _no_network  # type: ignore[assignment]
    socket.socket.connect = _no_network  # type: ignore[method-assign]
    socket.socket.connect_ex = _no_network  # type: ignore[method-assign]


def availability(name: str) -> Optional[str]:
    """Return ``None`` when peer ``name`` can run, else the reason it cannot.

    Imports the peer's modules, so a package that is installed but broken
    (for example a missing compiled extension) is reported too.
    """
    peer = PEERS.get(name)
    if peer is None:
        return f"unknown extractor (known: {', '.join(PEERS)})"
    for module in peer.modules:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                loaded = importlib.import_module(module)
        except Exception as exc:  # ImportError, or a module that fails on import
            return f"cannot import {module}: {exc.__class__.__name__}: {exc}"
        if name == "broadsheet" and not hasattr(loaded, "extract"):
            return "broadsheet has no extract() (extension not built?)"
    return None


def run_peer(name: str, html: bytes, url: str) -> tuple[dict[str, Any], Optional[str]]:
    """Run peer ``name`` on one page.

    Returns ``(output, error)``: the normalised output, and ``None`` or a
    one-line description of the exception the peer raised (the output is
    then empty).
    """
    peer = PEERS[name]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            raw = peer.adapter(html, url)
        return normalize_output(raw, peer.fields), None
    except Exception as exc:  # a peer failing on one page must not stop the run
        message = f"{exc.__class__.__name__}: {exc}".splitlines()[0][:300]
        return empty_output(peer.fields), message
