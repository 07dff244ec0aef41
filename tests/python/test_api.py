"""The public API on the bundled sample page: fields, renderings, the
Article object."""

from __future__ import annotations

import copy
import datetime
import doctest
import json
import pickle
import re
from pathlib import Path
from types import MappingProxyType
from typing import List

import pytest

import broadsheet
from broadsheet import Article

SEED = Path(__file__).parent / "data" / "seed.md"

FIRST_PARAGRAPH = (
    "Moscow said Tuesday it had dispatched 300 Russian military instructors "
    "to the Central African Republic at the CAR's request after an alleged "
    "attempted coup ahead of upcoming elections."
)
LAST_PARAGRAPH = (
    "The strategy has been seen in the context of a Russian bid to expand its "
    "influence in Africa, where the former Soviet Union used arms sales and "
    "military training to wield clout in the Cold War."
)
RELATED_LINK = (
    "[Kremlin Voices 'Serious Concern' Over C.Africa Crisis]"
    "(https://www.themoscowtimes.com/2020/12/21/"
    "kremlin-voices-serious-concern-over-cafrica-crisis-a72441)"
)

# Boilerplate of the sample page that must not reach the article.
BOILERPLATE = [
    # cookie notice
    "We use cookies to improve your experience",
    "use of cookies",
    # newsletter box
    "The Daily Brief",
    "Get the day's top stories from Russia delivered to your inbox",
    "By subscribing, you agree",
    # contribution box
    "Support independent journalism",
    "Our reporting depends on readers like you",
    # footer
    "All rights reserved",
    "Reproduction of materials without written permission",
    "Terms of Use",
    # related articles and most read
    "Related Articles",
    "Moscow Court Extends Detention of Regional Journalist",
    "Russia Lines Up New Vaccine Buyers in Latin America",
    "Arctic Shipping Route Posts Record Year Despite Pandemic",
    "Most Read",
    "Ruble Slides on Fresh Sanctions Talk",
    "Siberian Town Left Without Heating",
    # header, navigation, sharing, ads, tags line
    "Independent News From Russia",
    "Ukraine War",
    "Share on Facebook",
    "Telegram",
    "Advertisement",
    "Read more about:",
    "Listen to this week's episode",
]


# -- metadata ----------------------------------------------------------------


def test_title(sample: Article) -> None:
    assert sample.title == "Russia Sent '300 Military Instructors' to C.Africa – Ministry"


def test_authors(sample: Article) -> None:
    assert sample.authors == ("AFP",)


def test_dates(sample: Article) -> None:
    assert sample.date_published is not None
    assert sample.date_published.startswith("2020-12-22")
    assert sample.date_modified is None or sample.date_modified >= sample.date_published


def test_site_and_page(sample: Article) -> None:
    assert sample.site_name == "The Moscow Times"
    assert sample.url == broadsheet.SAMPLE_URL  # the canonical link
    assert sample.language is not None and sample.language.startswith("en")
    assert sample.encoding == "UTF-8"
    assert sample.description and sample.description.startswith("Moscow said Tuesday")


def test_image_is_absolute(sample: Article) -> None:
    assert sample.image is not None
    assert re.match(r"https://static\.themoscowtimes\.com/.+\.jpg$", sample.image)


def test_tags(sample: Article) -> None:
    assert len(sample.tags) > 0
    assert all(isinstance(t, str) and t for t in sample.tags)
    assert "Africa" in sample.tags


def test_sources(sample: Article) -> None:
    assert isinstance(sample.sources, MappingProxyType)
    assert set(sample.sources) >= {"title", "authors", "date_published", "url"}
    # Only filled fields have a source.
    for name in sample.sources:
        assert getattr(sample, name) not in (None, ())
    assert "license" not in sample.sources
    assert all(isinstance(v, str) and v for v in sample.sources.values())


# -- body --------------------------------------------------------------------


def test_text_has_the_body(sample: Article) -> None:
    assert FIRST_PARAGRAPH in sample.text
    assert LAST_PARAGRAPH in sample.text
    assert sample.text.index(FIRST_PARAGRAPH) < sample.text.index(LAST_PARAGRAPH)
    # The paragraph the in-article ad split stays in the text.
    assert "the situation was \"under control,\"" in sample.text


@pytest.mark.parametrize("phrase", BOILERPLATE)
def test_no_boilerplate(sample: Article, phrase: str) -> None:
    assert phrase not in sample.text
    assert phrase not in sample.markdown
    assert phrase not in sample.html


def test_related_article_kept_once(sample: Article) -> None:
    assert RELATED_LINK in sample.markdown
    assert sample.text.count("Kremlin Voices 'Serious Concern' Over C.Africa Crisis") == 1


def test_markdown_and_html(sample: Article) -> None:
    assert "**Related article:**" in sample.markdown
    assert "googletag" not in sample.markdown
    assert sample.html.startswith("<")
    assert "<p>" + FIRST_PARAGRAPH + "</p>" in sample.html
    assert "<script" not in sample.html
    assert sample.comments == ""


# -- the document (to_markdown) ------------------------------------------------


def test_document_layout(sample: Article) -> None:
    doc = sample.to_markdown()
    assert doc.startswith("# Russia Sent '300 Military Instructors' to C.Africa – Ministry\n\n")
    assert doc.endswith("Original url:\n\n<" + broadsheet.SAMPLE_URL + ">\n")
    assert "\n\nBy AFP\n\n" in doc
    assert "\n\nDecember 22, 2020\n\n" in doc
    assert sample.markdown in doc
    assert "\n\n\n" not in doc


def _paragraphs(markdown: str) -> List[str]:
    """Paragraphs of a Markdown text with links reduced to their text."""
    markdown = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", markdown)
    markdown = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    return [p.strip() for p in markdown.split("\n\n") if p.strip()]


def test_document_matches_the_seed(sample: Article) -> None:
    """Every paragraph of the seed (the output we owe users; its links were
    replaced by '#', its URL line is cut) is in the document, in order."""
    seed = _paragraphs(SEED.read_text(encoding="utf-8"))
    seed = seed[:seed.index("Original url:")]
    doc = _paragraphs(sample.to_markdown())
    pos = 0
    for para in seed:
        assert para in doc[pos:], f"seed paragraph missing or out of order: {para!r}"
        pos = doc.index(para, pos) + 1


# -- the Article object ----------------------------------------------------------


def test_to_dict(sample: Article) -> None:
    d = sample.to_dict()
    assert list(d) == [
        "title", "authors", "date_published", "date_modified", "site_name",
        "description", "language", "url", "image", "tags", "section",
        "license", "page_type", "encoding", "sources", "text", "markdown",
        "html", "comments",
    ]
    assert d["authors"] == ["AFP"]
    assert isinstance(d["tags"], list)
    assert type(d["sources"]) is dict
    assert d["text"] == sample.text


def test_json_round_trip(sample: Article) -> None:
    assert json.loads(sample.to_json()) == sample.to_dict()
    assert json.loads(sample.to_json(indent=2)) == sample.to_dict()
    assert "\n  \"title\"" in sample.to_json(indent=2)
    assert "–" in sample.to_json()  # not escaped
    assert Article(**sample.to_dict()).to_dict() == sample.to_dict()


def test_immutable(sample: Article) -> None:
    with pytest.raises(AttributeError, match="immutable"):
        sample.title = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del sample.text
    with pytest.raises(AttributeError):
        sample.new_attribute = 1  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        sample.sources["title"] = "x"  # type: ignore[index]
    assert isinstance(sample.authors, tuple)
    assert isinstance(sample.tags, tuple)
    assert not hasattr(sample, "__dict__")


def test_equality_hash_pickle_copy(sample: Article, sample_html: bytes) -> None:
    again = broadsheet.extract(sample_html, broadsheet.SAMPLE_URL)
    assert again == sample
    assert hash(again) == hash(sample)
    assert again is not sample
    restored = pickle.loads(pickle.dumps(sample))
    assert restored == sample
    assert restored.to_markdown() == sample.to_markdown()
    assert isinstance(restored.sources, MappingProxyType)
    assert copy.copy(sample) is sample
    assert copy.deepcopy(sample) is sample
    assert sample != broadsheet.extract(sample_html, None)  # other url
    assert sample != "text"


def test_str_and_repr(sample: Article) -> None:
    assert str(sample) == sample.text
    r = repr(sample)
    assert r.startswith("<Article title=") and r.endswith(">")
    assert len(r) < 250
    assert sample._repr_markdown_() == sample.to_markdown()


def test_constructor_defaults() -> None:
    a = Article(title="T", text="body")
    assert a.authors == () and a.tags == () and dict(a.sources) == {}
    assert a.markdown == "" and a.to_markdown() == ""
    assert str(a) == "body"


# -- options -------------------------------------------------------------------


def test_options_change_markdown(sample_html: bytes) -> None:
    url = broadsheet.SAMPLE_URL
    plain = broadsheet.extract(sample_html, url, include_links=False,
                               include_formatting=False, include_images=False)
    assert plain is not None
    assert "](http" not in plain.markdown
    assert "**" not in plain.markdown
    assert "![" not in plain.markdown
    assert FIRST_PARAGRAPH in plain.text
    for favor in ("balanced", "precision", "recall"):
        art = broadsheet.extract(sample_html, url, favor=favor)
        assert art is not None and FIRST_PARAGRAPH in art.text


def test_without_url(sample_html: bytes) -> None:
    art = broadsheet.extract(sample_html)
    assert art is not None
    assert art.url == broadsheet.SAMPLE_URL  # from the canonical link
    assert art.to_markdown().endswith("<" + broadsheet.SAMPLE_URL + ">\n")
    assert FIRST_PARAGRAPH in art.text


@pytest.mark.xfail(reason="C: links are not resolved against the canonical URL "
                          "when no url is given")
def test_relative_links_resolved_against_canonical_url(sample_html: bytes) -> None:
    art = broadsheet.extract(sample_html)
    assert art is not None
    assert RELATED_LINK in art.markdown


def test_title_from_title_tag() -> None:
    """No meta title and no <h1>: the <title> tag, without the site name."""
    page = ("<html><head><title>Council Votes to Extend the Night Bus Service | Some Site"
            "</title></head><body><article>"
            + "<p>A sentence of the article body, long enough to keep.</p>" * 4
            + "</article></body></html>")
    art = broadsheet.extract(page, "https://example.org/a")
    assert art is not None
    assert art.title == "Council Votes to Extend the Night Bus Service"
    assert art.sources["title"] == "title-tag"


# -- package ---------------------------------------------------------------------


def test_package_attributes() -> None:
    assert broadsheet.__version__ == "0.1.0"
    assert broadsheet._core.__version__ == broadsheet.__version__
    assert issubclass(broadsheet.ExtractError, ValueError)
    assert broadsheet.ExtractError is broadsheet._core.ExtractError
    assert Path(broadsheet.sample_path()).is_file()
    assert broadsheet.SAMPLE_URL.startswith("https://www.themoscowtimes.com/")
    assert set(broadsheet.__all__) <= set(dir(broadsheet))


def test_installed_version_matches() -> None:
    try:
        from importlib.metadata import PackageNotFoundError, version
    except ImportError:  # pragma: no cover
        pytest.skip("no importlib.metadata")
    try:
        installed = version("broadsheet")
    except PackageNotFoundError:
        pytest.skip("broadsheet is not installed (built in place)")
    assert installed == broadsheet.__version__


def test_typing_files_shipped() -> None:
    pkg = Path(broadsheet.__file__).parent
    assert (pkg / "py.typed").is_file()
    assert (pkg / "_core.pyi").is_file()


@pytest.mark.parametrize("module", ["broadsheet", "broadsheet.article", "broadsheet.cli"])
def test_docstring_examples(module: str) -> None:
    import importlib

    mod = importlib.import_module(module)
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


def test_sanitizer_build_when_expected() -> None:
    """`make pytest-asan` sets BROADSHEET_EXPECT_ASAN=1: make sure the
    extension under test really is the instrumented one."""
    import os

    if not os.environ.get("BROADSHEET_EXPECT_ASAN"):
        pytest.skip("not an ASan run")
    so = Path(broadsheet._core.__file__).read_bytes()
    assert b"__asan_report" in so, f"{broadsheet._core.__file__} is not built with ASan"
    with open("/proc/self/maps") as maps:
        assert "libasan" in maps.read()


# The sample's dates: published 2020-12-22T13:45+03:00, changed at 14:02.
BEFORE_THE_SAMPLE = (datetime.date(2020, 12, 20), datetime.datetime(2020, 12, 20, 12),
                     datetime.datetime(2020, 12, 20, 10, 0,
                                       tzinfo=datetime.timezone(datetime.timedelta(hours=-5))),
                     1608422400, 1608422400.5)
AFTER_THE_SAMPLE = (None, datetime.date(2020, 12, 22), datetime.datetime(2021, 6, 1),
                    1640995200)


@pytest.mark.parametrize("when", BEFORE_THE_SAMPLE)
def test_reference_time_before_the_dates(sample_html: bytes, sample: Article,
                                         when: object) -> None:
    art = broadsheet.extract(sample_html, broadsheet.SAMPLE_URL, reference_time=when)
    assert art is not None
    assert art.date_published is None and art.date_modified is None
    assert "date_published" not in art.sources
    assert art.title == sample.title and art.text == sample.text


@pytest.mark.parametrize("when", AFTER_THE_SAMPLE)
def test_reference_time_after_the_dates(sample_html: bytes, sample: Article,
                                        when: object) -> None:
    art = broadsheet.extract(sample_html, broadsheet.SAMPLE_URL, reference_time=when)
    assert art is not None
    assert art.date_published == sample.date_published == "2020-12-22T13:45:00+03:00"
    assert art.date_modified == sample.date_modified


@pytest.mark.parametrize("when, error", [("2020-12-22", TypeError), (True, TypeError),
                                         ([2020], TypeError), (-5, ValueError),
                                         (0.5, ValueError),
                                         (datetime.datetime(1960, 1, 1), ValueError)])
def test_reference_time_refused(sample_html: bytes, when: object,
                                error: type) -> None:
    with pytest.raises(error, match="reference_time"):
        broadsheet.extract(sample_html, reference_time=when)
