"""The result of an extraction: :class:`Article`."""

from __future__ import annotations

import json
from types import MappingProxyType
from typing import Any, Dict, Mapping, Optional, Tuple

__all__ = ["Article"]

# Public fields, in the order of to_dict() and of the JSON output.
_FIELDS: Tuple[str, ...] = (
    "title",
    "authors",
    "date_published",
    "date_modified",
    "site_name",
    "description",
    "language",
    "url",
    "image",
    "tags",
    "section",
    "license",
    "page_type",
    "encoding",
    "sources",
    "text",
    "markdown",
    "html",
    "comments",
)


class Article:
    """An article extracted from a web page.  Immutable.

    Metadata fields are ``str`` or ``None`` when the page does not give
    them; ``authors`` and ``tags`` are tuples of ``str``; ``sources`` maps
    each filled field to where its value came from (``"json-ld"``,
    ``"opengraph"``, ``"meta"``, ...); ``text``, ``markdown``, ``html`` and
    ``comments`` are always ``str``.

    >>> import broadsheet
    >>> with open(broadsheet.sample_path(), "rb") as f:
    ...     art = broadsheet.extract(f.read(), broadsheet.SAMPLE_URL)
    >>> art.title
    "Russia Sent '300 Military Instructors' to C.Africa – Ministry"
    >>> art.authors
    ('AFP',)
    >>> art.date_published[:10]
    '2020-12-22'
    >>> art.text.split("\\n")[0][:40]
    'Moscow said Tuesday it had dispatched 30'
    >>> art.title = "x"
    Traceback (most recent call last):
        ...
    AttributeError: Article is immutable: cannot set 'title'
    """

    __slots__ = _FIELDS + ("_document",)

    title: Optional[str]
    authors: Tuple[str, ...]
    date_published: Optional[str]
    date_modified: Optional[str]
    site_name: Optional[str]
    description: Optional[str]
    language: Optional[str]
    url: Optional[str]
    image: Optional[str]
    tags: Tuple[str, ...]
    section: Optional[str]
    license: Optional[str]
    page_type: Optional[str]
    encoding: Optional[str]
    sources: Mapping[str, str]
    text: str
    markdown: str
    html: str
    comments: str
    _document: str

    def __init__(
        self,
        *,
        title: Optional[str] = None,
        authors: Tuple[str, ...] = (),
        date_published: Optional[str] = None,
        date_modified: Optional[str] = None,
        site_name: Optional[str] = None,
        description: Optional[str] = None,
        language: Optional[str] = None,
        url: Optional[str] = None,
        image: Optional[str] = None,
        tags: Tuple[str, ...] = (),
        section: Optional[str] = None,
        license: Optional[str] = None,
        page_type: Optional[str] = None,
        encoding: Optional[str] = None,
        sources: Optional[Mapping[str, str]] = None,
        text: str = "",
        markdown: str = "",
        html: str = "",
        comments: str = "",
        document: str = "",
    ) -> None:
        put = object.__setattr__
        put(self, "title", title)
        put(self, "authors", tuple(authors))
        put(self, "date_published", date_published)
        put(self, "date_modified", date_modified)
        put(self, "site_name", site_name)
        put(self, "description", description)
        put(self, "language", language)
        put(self, "url", url)
        put(self, "image", image)
        put(self, "tags", tuple(tags))
        put(self, "section", section)
        put(self, "license", license)
        put(self, "page_type", page_type)
        put(self, "encoding", encoding)
        put(self, "sources", MappingProxyType(dict(sources or {})))
        put(self, "text", text)
        put(self, "markdown", markdown)
        put(self, "html", html)
        put(self, "comments", comments)
        put(self, "_document", document)

    @classmethod
    def _from_core(cls, d: Dict[str, Any]) -> "Article":
        """Build an Article from the dict that ``_core.extract`` returns."""
        return cls(**{name: d[name] for name in _FIELDS}, document=d["document"])

    # -- immutability ------------------------------------------------------

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"Article is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Article is immutable: cannot delete {name!r}")

    def __reduce__(self) -> Tuple[Any, ...]:
        state = {name: getattr(self, name) for name in _FIELDS}
        state["sources"] = dict(self.sources)
        state["document"] = self._document
        return (_restore, (state,))

    def __copy__(self) -> "Article":
        return self

    def __deepcopy__(self, memo: Dict[int, Any]) -> "Article":
        return self

    # -- comparison --------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Article):
            return NotImplemented
        return (self._document == other._document and
                all(getattr(self, n) == getattr(other, n) for n in _FIELDS))

    def __hash__(self) -> int:
        return hash((self.url, self.title, self.text, self._document))

    # -- renderings --------------------------------------------------------

    def to_dict(self) -> Dict[str, Any]:
        """Every field as a plain, JSON-able dict (tuples become lists).

        >>> import broadsheet
        >>> art = broadsheet.extract(open(broadsheet.sample_path(), "rb").read(),
        ...                          broadsheet.SAMPLE_URL)
        >>> d = art.to_dict()
        >>> d["authors"], d["sources"]["title"]
        (['AFP'], 'json-ld')
        """
        d: Dict[str, Any] = {}
        for name in _FIELDS:
            value = getattr(self, name)
            if isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, Mapping):
                value = dict(value)
            d[name] = value
        return d

    def to_json(self, indent: Optional[int] = None) -> str:
        """:meth:`to_dict` as a JSON string (UTF-8 text, not escaped).

        >>> import broadsheet, json
        >>> art = broadsheet.extract(open(broadsheet.sample_path(), "rb").read(),
        ...                          broadsheet.SAMPLE_URL)
        >>> json.loads(art.to_json())["site_name"]
        'The Moscow Times'
        """
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        """The whole article as a Markdown document to read: ``# Title``,
        the byline, the date, the body, and the original address.

        >>> import broadsheet
        >>> art = broadsheet.extract(open(broadsheet.sample_path(), "rb").read(),
        ...                          broadsheet.SAMPLE_URL)
        >>> print(art.to_markdown().splitlines()[0])
        # Russia Sent '300 Military Instructors' to C.Africa – Ministry
        >>> print(art.to_markdown().splitlines()[2])
        By AFP
        """
        return self._document

    def __str__(self) -> str:
        return self.text

    def _repr_markdown_(self) -> str:
        """Jupyter shows an Article as its Markdown document."""
        return self.to_markdown()

    def __repr__(self) -> str:
        title = self.title
        if title is not None and len(title) > 60:
            title = title[:57] + "..."
        return (f"<Article title={title!r} url={self.url!r} "
                f"chars={len(self.text)}>")


def _restore(state: Dict[str, Any]) -> Article:
    return Article(**state)
