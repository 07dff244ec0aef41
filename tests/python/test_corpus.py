"""The golden corpus: every tests/corpus/<case>/ with source.html and
meta.json ({"url": ..., optional "encoding"}) is extracted and compared
exactly with

    expected.txt   article.text
    expected.md    article.to_markdown()
    expected.json  article.to_json(indent=2)  (``null`` when no article)

``pytest tests/python/test_corpus.py --regen`` rewrites the expected files
instead; review the change with ``git diff tests/corpus``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, Optional

import pytest

import broadsheet
from conftest import corpus_cases, extract_case

CASES = corpus_cases()


def renderings(article: Optional[broadsheet.Article]) -> Dict[str, str]:
    """File name -> exact expected content.  Without an article only
    expected.json exists (``null``)."""
    if article is None:
        return {"expected.json": "null\n"}
    return {
        "expected.txt": article.text,
        "expected.md": article.to_markdown(),
        "expected.json": article.to_json(indent=2) + "\n",
    }


def test_corpus_is_not_empty() -> None:
    assert len(CASES) >= 10


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden(case: Path, regen: bool) -> None:
    got = renderings(extract_case(case))
    if regen:
        for name in ("expected.txt", "expected.md", "expected.json"):
            path = case / name
            if name in got:
                path.write_bytes(got[name].encode("utf-8"))
            elif path.exists():
                path.unlink()
        return
    for name, content in got.items():
        path = case / name
        assert path.exists(), f"{path} is missing: run pytest --regen"
        expected = path.read_bytes().decode("utf-8")
        assert content == expected, f"{case.name}/{name} differs (pytest --regen, then git diff)"
    for name in ("expected.txt", "expected.md"):
        if name not in got:
            assert not (case / name).exists(), f"{case.name}: no article, but {name} exists"

