"""Shared fixtures of the Python suites, and the --regen option of the
golden corpus (tests/corpus/<case>/expected.*)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Dict, List, Optional

import pytest

import broadsheet

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen",
        action="store_true",
        default=False,
        help="rewrite tests/corpus/*/expected.{txt,md,json} from the library "
             "instead of comparing (review the result with git diff)",
    )


@pytest.fixture(scope="session")
def regen(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--regen"))


@pytest.fixture(scope="session")
def sample_html() -> bytes:
    with open(broadsheet.sample_path(), "rb") as f:
        return f.read()


@pytest.fixture(scope="session")
def sample(sample_html: bytes) -> broadsheet.Article:
    art = broadsheet.extract(sample_html, broadsheet.SAMPLE_URL)
    assert art is not None
    return art


def corpus_cases() -> List[Path]:
    """Every case directory with a source page and its meta.json."""
    return sorted(p for p in CORPUS.iterdir()
                  if (p / "source.html").is_file() and (p / "meta.json").is_file())


def load_case(case: Path) -> Dict[str, object]:
    """{"html": bytes, "url": str | None, "encoding": str | None}"""
    meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
    return {
        "html": (case / "source.html").read_bytes(),
        "url": meta.get("url"),
        "encoding": meta.get("encoding"),
    }


def extract_case(case: Path) -> Optional[broadsheet.Article]:
    c = load_case(case)
    return broadsheet.extract(c["html"], c["url"], encoding=c["encoding"])  # type: ignore[arg-type]
