#!/usr/bin/env python3
"""Score extractors against evaluation sets.

Usage::

    python bench/evaluate.py DATASET_DIR... [--extractors broadsheet,trafilatura]
                             [--json OUT] [--limit N] [--jobs N]
    python bench/evaluate.py DATASET_DIR... --gate [--floors bench/floors.json]
    python bench/evaluate.py --selftest

A data set is a directory holding ``truth.jsonl`` (one JSON object per page:
``id``, ``url`` and whichever truth the set has) and ``html/<id>.html.gz``
(the page bytes, gzipped).  The set is named after its directory.

Metrics (see ``bench/README.md``):

* body: ScrapingHub article-extraction-benchmark shingle matching on the
  ``body`` truth; per-page precision and recall are averaged over pages and
  F1 is taken of the two means;
* snippets: ``with`` snippets found in the output are true positives, missed
  ones false negatives, ``without`` snippets found are false positives,
  summed over the set;
* title, author, date: accuracy over the pages whose truth has a value.

With ``--gate`` only broadsheet is run, and the script exits 1 when any of its
metrics is below the floor given for that set in the floors file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, NamedTuple, Optional, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
import peers  # noqa: E402  (sibling module, importable from any working directory)

DEFAULT_FLOORS = Path(__file__).resolve().parent / "floors.json"

#: Metric names accepted in a floors file, as reported by :func:`flat_metrics`.
GATE_METRICS = (
    "body_precision", "body_recall", "body_f1",
    "snippet_precision", "snippet_recall", "snippet_f1",
    "title", "author", "date",
)

# --------------------------------------------------------------------------
# Scoring: pure functions
# --------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"\w+")
_SPACE_RE = re.compile(r"\s+")
_DATE_RE = re.compile(r"^\s*(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)")
# Separators between the names of one author string ("A, B and C",
# "A und B", "A; B", "A & B", "A / B", "A | B").
_NAME_SPLIT_RE = re.compile(r"[,;/|&]|\band\b|\bund\b", re.IGNORECASE)

SHINGLE_SIZE = 4


def tokenize(text: Optional[str]) -> list[str]:
    """Word tokens of ``text``: ``re.findall(r"\\w+")``, case kept."""
    return _TOKEN_RE.findall(text or "")


def shingles(text: Optional[str], size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of the runs of ``size`` consecutive tokens of ``text``.

    A text with fewer than ``size`` tokens (but at least one) is one shingle;
    an empty text has none.
    """
    tokens = tokenize(text)
    runs = (tuple(tokens[i:i + size]) for i in range(max(1, len(tokens) - size + 1)))
    return Counter(run for run in runs if run)


class BodyScore(NamedTuple):
    """Shingle counts of one page, divided by ``tp + fp + fn``.

    ``precision`` is ``None`` when the page does not count towards the mean
    precision (``tp + fp == 0``), ``recall`` likewise (``tp + fn == 0``).
    """

    tp: float
    fp: float
    fn: float
    precision: Optional[float]
    recall: Optional[float]


def score_body(pred: Optional[str], truth: Optional[str]) -> BodyScore:
    """Compare predicted and true body text of one page by 4-token shingles."""
    pred_shingles = shingles(pred)
    true_shingles = shingles(truth)
    tp = float(sum((pred_shingles & true_shingles).values()))
    fp = float(sum((pred_shingles - true_shingles).values()))
    fn = float(sum((true_shingles - pred_shingles).values()))
    total = tp + fp + fn
    if total > 0:
        tp, fp, fn = tp / total, fp / total, fn / total
    precision = recall = None
    if tp + fp > 0:
        precision = 1.0 if fp == fn == 0 else tp / (tp + fp)
    if tp + fn > 0:
        recall = 1.0 if fp == fn == 0 else tp / (tp + fn)
    return BodyScore(tp, fp, fn, precision, recall)


def _mean(values: Sequence[float]) -> Optional[float]:
    return sum(values) / len(values) if values else None


def f1_score(precision: Optional[float], recall: Optional[float]) -> Optional[float]:
    """Harmonic mean of ``precision`` and ``recall`` (0 when both are 0)."""
    if precision is None or recall is None:
        return None
    if precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def aggregate_body(scores: Iterable[BodyScore]) -> dict[str, Optional[float]]:
    """Mean precision and mean recall over pages, and F1 of the two means."""
    scores = list(scores)
    precision = _mean([s.precision for s in scores if s.precision is not None])
    recall = _mean([s.recall for s in scores if s.recall is not None])
    return {
        "pages": len(scores),
        "precision": precision,
        "recall": recall,
        "f1": f1_score(precision, recall),
    }


def normalize_space(text: Optional[str]) -> str:
    """NFKC, then every run of white space to one space, ends stripped."""
    return _SPACE_RE.sub(" ", unicodedata.normalize("NFKC", text or "")).strip()


class SnippetCounts(NamedTuple):
    """Snippet outcomes of one page (or, summed, of a set)."""

    tp: int
    fp: int
    fn: int


def snippet_counts(output: Optional[str], with_: Sequence[str] = (),
                   without: Sequence[str] = ()) -> SnippetCounts:
    """Count ``with`` snippets found (TP) or missed (FN) in ``output``, and
    ``without`` snippets found (FP), after :func:`normalize_space` on both.

    Snippets that are empty after normalisation are ignored.
    """
    text = normalize_space(output)
    tp = fn = fp = 0
    for snippet in with_ or ():
        snippet = normalize_space(snippet)
        if not snippet:
            continue
        if snippet in text:
            tp += 1
        else:
            fn += 1
    for snippet in without or ():
        snippet = normalize_space(snippet)
        if snippet and snippet in text:
            fp += 1
    return SnippetCounts(tp, fp, fn)


def aggregate_snippets(counts: Iterable[SnippetCounts]) -> dict[str, Any]:
    """Sum snippet counts over a set; precision, recall and F1 of the sums."""
    tp = fp = fn = 0
    for c in counts:
        tp, fp, fn = tp + c.tp, fp + c.fp, fn + c.fn
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision,
            "recall": recall, "f1": f1_score(precision, recall)}


def meta_tokens(text: Optional[str]) -> list[str]:
    """``\\w+`` tokens of ``text`` after NFKC and casefold."""
    return _TOKEN_RE.findall(unicodedata.normalize("NFKC", text or "").casefold())


def title_match(pred: Optional[str], truth: str) -> bool:
    """True when both titles have the same tokens (see :func:`meta_tokens`)."""
    return pred is not None and meta_tokens(pred) == meta_tokens(truth)


def split_names(authors: str) -> list[str]:
    """Split an author string into names at ``, ; / | &``, "and" and "und"."""
    return [name.strip() for name in _NAME_SPLIT_RE.split(authors) if name.strip()]


def author_match(pred: Optional[Sequence[str]], truth: str | Sequence[str]) -> bool:
    """True when every token of every true name is among the predicted tokens.

    ``truth`` is a string of one or more names (see :func:`split_names`) or a
    list of names; ``pred`` is the list of predicted authors, whose tokens
    are pooled.
    """
    names = split_names(truth) if isinstance(truth, str) else list(truth)
    wanted = [meta_tokens(name) for name in names]
    wanted = [tokens for tokens in wanted if tokens]
    if not wanted:
        return False
    have = {token for author in pred or () for token in meta_tokens(author)}
    return all(token in have for tokens in wanted for token in tokens)


def to_ymd(value: Optional[str]) -> Optional[str]:
    """The ``YYYY-MM-DD`` at the start of a date or date-time string.

    One-digit months and days are padded and ``.`` or ``/`` accepted as
    separators; a string without a full date gives ``None``.
    """
    match = _DATE_RE.match(value or "")
    if not match:
        return None
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def date_match(pred: Optional[str], truth: str) -> bool:
    """True when both dates name the same day (see :func:`to_ymd`)."""
    true_day = to_ymd(truth)
    return true_day is not None and to_ymd(pred) == true_day


def _truth_value(value: Any) -> bool:
    """Whether a metadata truth value is present (non-empty)."""
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, tuple)):
        return any(isinstance(v, str) and v.strip() for v in value)
    return False


# --------------------------------------------------------------------------
# Data sets
# --------------------------------------------------------------------------


@dataclass
class DataSet:
    """One evaluation set: its name, directory and truth records."""

    name: str
    path: Path
    pages: list[dict[str, Any]] = field(default_factory=list)

    @property
    def has_body(self) -> bool:
        return any("body" in page for page in self.pages)

    @property
    def has_page_type(self) -> bool:
        return any(page.get("page_type") for page in self.pages)

    def html_path(self, page_id: str) -> Path:
        return self.path / "html" / f"{page_id}.html.gz"


def load_set(path: str | Path, limit: Optional[int] = None) -> DataSet:
    """Read ``truth.jsonl`` of a set (the first ``limit`` pages if given)."""
    path = Path(path)
    truth_file = path / "truth.jsonl"
    if not truth_file.is_file():
        raise SystemExit(f"error: {truth_file} not found (is {path} a data set?)")
    dataset = DataSet(path.resolve().name, path)
    with truth_file.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                dataset.pages.append(json.loads(line))
                if limit is not None and len(dataset.pages) >= limit:
                    break
    return dataset


def read_html(path: Path) -> bytes:
    """The raw bytes of a gzipped page."""
    with gzip.open(path, "rb") as handle:
        return handle.read()


# --------------------------------------------------------------------------
# Running extractors
# --------------------------------------------------------------------------


class Task(NamedTuple):
    extractor: str
    html_path: str
    url: str


class Result(NamedTuple):
    output: dict[str, Any]
    error: Optional[str]
    seconds: float


def run_task(task: Task) -> Result:
    """Read one page and run one extractor on it (also in worker processes)."""
    html = read_html(Path(task.html_path))
    start = time.perf_counter()
    output, error = peers.run_peer(task.extractor, html, task.url)
    return Result(output, error, time.perf_counter() - start)


def run_extractor(dataset: DataSet, extractor: str, jobs: int = 1,
                  progress: bool = False) -> list[Result]:
    """Run ``extractor`` on every page of ``dataset``, in page order."""
    tasks = [Task(extractor, str(dataset.html_path(p["id"])), p.get("url") or "")
             for p in dataset.pages]
    label = f"{dataset.name} / {extractor}"

    def report(done: int) -> None:
        if progress:
            end = "\n" if done == len(tasks) else ""
            print(f"\r  {label}: {done}/{len(tasks)}", end=end, file=sys.stderr, flush=True)

    results: list[Result] = []
    if jobs <= 1:
        for task in tasks:
            results.append(run_task(task))
            report(len(results))
        return results

    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for result in pool.map(run_task, tasks, chunksize=4):
            results.append(result)
            report(len(results))
    return results


# --------------------------------------------------------------------------
# Scoring a set
# --------------------------------------------------------------------------


def score_results(dataset: DataSet, extractor: str, results: Sequence[Result]) -> dict[str, Any]:
    """All metrics of one extractor on one set, plus per-page numbers."""
    fields = peers.PEERS[extractor].fields
    body_scores: list[BodyScore] = []
    by_type: dict[str, list[BodyScore]] = defaultdict(list)
    snippets: list[SnippetCounts] = []
    meta_hits: dict[str, list[bool]] = {"title": [], "author": [], "date": []}
    errors: Counter[str] = Counter()
    per_page = []

    for page, result in zip(dataset.pages, results):
        out = result.output
        record: dict[str, Any] = {"id": page["id"], "seconds": round(result.seconds, 6)}
        if result.error:
            errors[result.error] += 1
            record["error"] = result.error
        if "text" in fields:
            text = out.get("text", "")
            if "body" in page:
                body = score_body(text, page["body"])
                body_scores.append(body)
                if page.get("page_type"):
                    by_type[page["page_type"]].append(body)
                record["body"] = body._asdict()
            if page.get("with") or page.get("without"):
                counts = snippet_counts(text, page.get("with") or (), page.get("without") or ())
                snippets.append(counts)
                record["snippets"] = counts._asdict()
        checks = (
            ("title", "title", title_match),
            ("author", "authors", author_match),
            ("date", "date", date_match),
        )
        for truth_key, out_key, match in checks:
            if out_key in fields and _truth_value(page.get(truth_key)):
                hit = match(out.get(out_key), page[truth_key])
                meta_hits[truth_key].append(hit)
                record[truth_key] = hit
        per_page.append(record)

    def accuracy(hits: list[bool]) -> Optional[dict[str, Any]]:
        if not hits:
            return None
        return {"correct": sum(hits), "pages": len(hits), "accuracy": sum(hits) / len(hits)}

    return {
        "pages": len(results),
        "errors": sum(errors.values()),
        "error_kinds": dict(errors.most_common(20)),
        "seconds": sum(r.seconds for r in results),
        "body": aggregate_body(body_scores) if body_scores else None,
        "snippets": aggregate_snippets(snippets) if snippets else None,
        "title": accuracy(meta_hits["title"]),
        "author": accuracy(meta_hits["author"]),
        "date": accuracy(meta_hits["date"]),
        "page_types": {pt: aggregate_body(scores) for pt, scores in sorted(by_type.items())},
        "per_page": per_page,
    }


def flat_metrics(scores: dict[str, Any]) -> dict[str, Optional[float]]:
    """The headline numbers of :func:`score_results`, keyed as in floors files."""
    body = scores.get("body") or {}
    snip = scores.get("snippets") or {}
    out: dict[str, Optional[float]] = {
        "body_precision": body.get("precision"),
        "body_recall": body.get("recall"),
        "body_f1": body.get("f1"),
        "snippet_precision": snip.get("precision"),
        "snippet_recall": snip.get("recall"),
        "snippet_f1": snip.get("f1"),
    }
    for key in ("title", "author", "date"):
        out[key] = (scores.get(key) or {}).get("accuracy")
    return out


# --------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------


def _fmt(value: Optional[float]) -> str:
    return "-" if value is None else f"{value:.3f}"


def truth_summary(dataset: DataSet) -> str:
    """One line saying how much truth of each kind the set has."""
    parts = [f"{len(dataset.pages)} pages"]
    if dataset.has_body:
        parts.append(f"body {sum(1 for p in dataset.pages if 'body' in p)}")
    parts.append("snippets with {} / without {}".format(
        sum(len(p.get("with") or ()) for p in dataset.pages),
        sum(len(p.get("without") or ()) for p in dataset.pages)))
    for key in ("title", "author", "date"):
        parts.append(f"{key} {sum(1 for p in dataset.pages if _truth_value(p.get(key)))}")
    return ", ".join(parts)


def format_table(report: dict[str, Any], datasets: Sequence[DataSet]) -> str:
    """The human-readable table of a whole run."""
    header = ("extractor", "pages", "err", "body P", "R", "F1", "snip P", "R", "F1",
              "title", "author", "date", "s/page")
    widths = (12, 5, 4, 6, 5, 5, 6, 5, 5, 6, 6, 5, 7)
    lines: list[str] = []

    def row(cells: Sequence[str]) -> str:
        return " ".join(
            str(cell).ljust(w) if i == 0 else str(cell).rjust(w)
            for i, (cell, w) in enumerate(zip(cells, widths)))

    for dataset in datasets:
        entry = report["sets"][dataset.name]
        lines.append(f"== {dataset.name}: {entry['truth']}")
        lines.append(row(header))
        for name, scores in entry["extractors"].items():
            metrics = flat_metrics(scores)
            per_page = scores["seconds"] / scores["pages"] if scores["pages"] else 0.0
            lines.append(row((
                name, scores["pages"], scores["errors"],
                _fmt(metrics["body_precision"]), _fmt(metrics["body_recall"]),
                _fmt(metrics["body_f1"]),
                _fmt(metrics["snippet_precision"]), _fmt(metrics["snippet_recall"]),
                _fmt(metrics["snippet_f1"]),
                _fmt(metrics["title"]), _fmt(metrics["author"]), _fmt(metrics["date"]),
                f"{per_page:.4f}",
            )))
        if dataset.has_page_type and dataset.has_body:
            counts = Counter(p["page_type"] for p in dataset.pages
                             if p.get("page_type") and "body" in p)
            types = [pt for pt, _ in counts.most_common()]
            type_widths = [max(len(pt), len(str(counts[pt])) + 2, 5) for pt in types]
            lines.append("")
            lines.append(f"   body F1 by page type ({dataset.name})")
            lines.append("".join(["extractor".ljust(13)]
                                 + [pt.rjust(w + 1) for pt, w in zip(types, type_widths)]))
            lines.append("".join(["(pages)".ljust(13)]
                                 + [f"({counts[pt]})".rjust(w + 1)
                                    for pt, w in zip(types, type_widths)]))
            for name, scores in entry["extractors"].items():
                if not scores["page_types"]:
                    continue
                cells = [_fmt((scores["page_types"].get(pt) or {}).get("f1")).rjust(w + 1)
                         for pt, w in zip(types, type_widths)]
                lines.append(name.ljust(13) + "".join(cells))
        lines.append("")
    if report["skipped"]:
        lines.append("skipped: " + "; ".join(f"{k} ({v})" for k, v in report["skipped"].items()))
    errors = [(s, n, sc["error_kinds"]) for s, e in report["sets"].items()
              for n, sc in e["extractors"].items() if sc["errors"]]
    for set_name, name, kinds in errors:
        top = "; ".join(f"{count}x {msg[:100]}" for msg, count in list(kinds.items())[:3])
        lines.append(f"errors {set_name} / {name}: {top}")
    return "\n".join(lines).rstrip() + "\n"


# --------------------------------------------------------------------------
# Gate
# --------------------------------------------------------------------------


def load_floors(path: Path) -> dict[str, dict[str, float]]:
    """Read and check a floors file; exits 2 when it is missing or invalid."""
    if not path.is_file():
        print(f"gate: floors file {path} not found; create it from measured numbers "
              f"(evaluate.py ... --json OUT) first", file=sys.stderr)
        raise SystemExit(2)
    try:
        floors = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"gate: cannot read floors file {path}: {exc}", file=sys.stderr)
        raise SystemExit(2)
    problems = []
    if not isinstance(floors, dict):
        problems.append("top level must be an object {set_name: {metric: floor}}")
    else:
        for set_name, metrics in floors.items():
            if not isinstance(metrics, dict):
                problems.append(f"{set_name}: must be an object {{metric: floor}}")
                continue
            for metric, floor in metrics.items():
                if metric not in GATE_METRICS:
                    problems.append(f"{set_name}.{metric}: unknown metric "
                                    f"(known: {', '.join(GATE_METRICS)})")
                elif not isinstance(floor, (int, float)) or isinstance(floor, bool):
                    problems.append(f"{set_name}.{metric}: floor must be a number")
    if problems:
        print(f"gate: invalid floors file {path}:\n  " + "\n  ".join(problems), file=sys.stderr)
        raise SystemExit(2)
    return floors


def check_floors(report: dict[str, Any], floors: dict[str, dict[str, float]],
                 extractor: str = "broadsheet") -> list[str]:
    """Every metric of ``extractor`` below its floor, as readable lines.

    A floor whose metric could not be measured counts as a failure too.
    """
    failures = []
    for set_name, entry in report["sets"].items():
        set_floors = floors.get(set_name)
        if not set_floors or extractor not in entry["extractors"]:
            continue
        metrics = flat_metrics(entry["extractors"][extractor])
        for metric, floor in set_floors.items():
            value = metrics.get(metric)
            if value is None:
                failures.append(f"{set_name}: {metric} not measured (floor {floor:.4f})")
            elif value < floor:
                failures.append(f"{set_name}: {metric} = {value:.4f} < floor {floor:.4f}"
                                f" ({value - floor:+.4f})")
    return failures


# --------------------------------------------------------------------------
# Self-test
# --------------------------------------------------------------------------


def selftest() -> None:
    """Check the scoring functions on small hand-made examples."""
    text = "The quick brown fox jumps over the lazy dog"
    s = score_body(text, text)
    assert (s.tp, s.fp, s.fn, s.precision, s.recall) == (1.0, 0.0, 0.0, 1.0, 1.0), s

    # Empty prediction: no precision for the page, recall 0.
    s = score_body("", text)
    assert s.precision is None and s.recall == 0.0 and s.fn == 1.0, s
    # Empty truth, non-empty output: precision 0, no recall.
    s = score_body(text, "")
    assert s.precision == 0.0 and s.recall is None, s
    # Both empty: the page counts for neither mean.
    s = score_body("", "")
    assert s.precision is None and s.recall is None, s

    # Fewer than four tokens make one shingle; punctuation is not a token.
    assert shingles("Hello, world!") == Counter({("Hello", "world"): 1})
    assert shingles("") == Counter()
    assert sum(shingles("a b c d e").values()) == 2
    s = score_body("Hello world", "Hello, world.")
    assert s.precision == 1.0 and s.recall == 1.0, s
    # Case is kept.
    assert score_body("hello world", "Hello world").tp == 0.0

    # Overlap: 6 true shingles, 6 predicted, 3 common -> P = R = 1/2.
    truth = "one two three four five six seven eight nine"
    pred = "four five six seven eight nine ten eleven twelve"
    s = score_body(pred, truth)
    assert abs(s.precision - 1 / 2) < 1e-9 and abs(s.recall - 1 / 2) < 1e-9, s
    assert abs(s.tp - 1 / 3) < 1e-9, s
    # Repeated shingles are a multiset.
    s = score_body("a b c d a b c d a b c d", "a b c d")
    assert s.recall == 1.0 and s.precision < 1.0, s

    agg = aggregate_body([score_body(text, text), score_body("", text), score_body("", "")])
    assert agg["precision"] == 1.0 and agg["recall"] == 0.5, agg
    assert abs(agg["f1"] - 2 / 3) < 1e-9, agg

    # Snippets: NFKC and white space collapsed on both sides.
    assert normalize_space(" a\u00a0 b\n\tc ") == "a b c"
    assert normalize_space("\ufb01ne") == "fine"
    c = snippet_counts("Main  text here.\nMore\u00a0main text. Footer",
                       ["Main text here. More main", "absent"], ["Footer", "Header"])
    assert c == SnippetCounts(tp=1, fp=1, fn=1), c
    assert snippet_counts("", ["x"], ["y"]) == SnippetCounts(0, 0, 1)
    agg = aggregate_snippets([SnippetCounts(3, 1, 1), SnippetCounts(1, 0, 3)])
    assert agg["precision"] == 0.8 and agg["recall"] == 0.5, agg

    # Titles: NFKC, casefold, \w+ tokens.
    assert title_match("JSON parsing: simdjson vs. JSON!", "json parsing simdjson vs json")
    assert title_match("Stra\u00dfe", "STRASSE")
    assert not title_match("JSON parsing", "JSON parsing | Blog")
    assert not title_match(None, "x")

    # Authors: every token of every true name among the predicted tokens.
    assert split_names("A. Smith, B. Jones and C. Brown") == ["A. Smith", "B. Jones", "C. Brown"]
    assert author_match(["Benjamin Fischer", "Marcus Theurer"], "Benjamin Fischer und Marcus Theurer")
    assert author_match(["Dylan Bailey, MS, RD, FAND"], "Dylan Bailey, MS, RD, FAND")
    assert not author_match(["Benjamin Fischer"], "Benjamin Fischer und Marcus Theurer")
    assert author_match(["daniel lemire"], "Daniel Lemire")
    assert not author_match([], "Daniel Lemire")
    assert author_match(["By Daniel Lemire"], "Daniel Lemire")
    assert author_match(["X Y"], ["X", "Y"])

    # Dates: same YYYY-MM-DD.
    assert date_match("2019-08-02T10:11:12+02:00", "2019-08-02")
    assert date_match("2022-11-01", "2022-11-1")
    assert not date_match("2019-08-03", "2019-08-02")
    assert not date_match(None, "2019-08-02")
    assert not date_match("2003-11-05", "2003-11")
    assert to_ymd("2022-01.26") == "2022-01-26"

    # Peers: charset sniffing and error isolation.
    assert peers.sniff_charset(b'<meta charset="ISO-8859-1">') == "cp1252"
    assert peers.sniff_charset(
        b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">') == "cp1251"
    assert peers.sniff_charset(b"<html>") is None
    assert peers.decode_html(b'<meta charset="latin-1">\xe9') == '<meta charset="latin-1">\u00e9'
    assert peers.decode_html(b"\xff") == "\ufffd"
    assert peers.decode_html(b"a\x00b\x1dc\n") == "abc\n"
    print("selftest: all checks passed")


# --------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------


def parse_args(argv: Optional[Sequence[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Score extractors on evaluation sets (body shingle F1, "
                    "snippets, metadata accuracy).")
    parser.add_argument("datasets", nargs="*", type=Path, metavar="DATASET_DIR",
                        help="directory with truth.jsonl and html/<id>.html.gz")
    parser.add_argument("--extractors", default=",".join(peers.PEERS),
                        help="comma-separated peers to run (default: all: %(default)s)")
    parser.add_argument("--json", type=Path, metavar="OUT",
                        help="write all numbers, with per-page scores, to this file")
    parser.add_argument("--limit", type=int, metavar="N",
                        help="use only the first N pages of each set")
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="worker processes (default 1)")
    parser.add_argument("--gate", action="store_true",
                        help="run broadsheet only; exit 1 if a metric is below its floor")
    parser.add_argument("--floors", type=Path, default=DEFAULT_FLOORS,
                        help="floors file for --gate (default: bench/floors.json)")
    parser.add_argument("--selftest", action="store_true",
                        help="check the scoring functions and exit")
    args = parser.parse_args(argv)
    if not args.selftest and not args.datasets:
        parser.error("give at least one DATASET_DIR (or --selftest)")
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    return args


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_args(argv)
    if args.selftest:
        selftest()
        return 0

    floors = load_floors(args.floors) if args.gate else None
    peers.block_network()
    peers.quiet_peer_logging()
    names = ["broadsheet"] if args.gate else [
        n.strip() for n in args.extractors.split(",") if n.strip()]
    unknown = [n for n in names if n not in peers.PEERS]
    if unknown:
        print(f"error: unknown extractor(s) {', '.join(unknown)}; "
              f"known: {', '.join(peers.PEERS)}", file=sys.stderr)
        return 2

    skipped: dict[str, str] = {}
    runnable = []
    for name in names:
        reason = peers.availability(name)
        if reason:
            skipped[name] = reason
        else:
            runnable.append(name)
    if args.gate and skipped:
        print(f"gate: broadsheet cannot run: {skipped['broadsheet']}", file=sys.stderr)
        return 2

    datasets = [load_set(path, args.limit) for path in args.datasets]
    if len({d.name for d in datasets}) != len(datasets):
        print("error: two data sets have the same directory name", file=sys.stderr)
        return 2
    progress = sys.stderr.isatty()
    report: dict[str, Any] = {
        "extractors": runnable,
        "skipped": skipped,
        "limit": args.limit,
        "sets": {},
    }
    for dataset in datasets:
        entry = {"path": str(dataset.path), "pages": len(dataset.pages),
                 "truth": truth_summary(dataset), "extractors": {}}
        report["sets"][dataset.name] = entry
        for name in runnable:
            results = run_extractor(dataset, name, args.jobs, progress)
            entry["extractors"][name] = score_results(dataset, name, results)

    print(format_table(report, datasets), end="")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n",
                             encoding="utf-8")

    if args.gate:
        assert floors is not None
        missing = [d.name for d in datasets if d.name not in floors]
        for name in missing:
            print(f"gate: no floors for set {name} (not checked)", file=sys.stderr)
        failures = check_floors(report, floors)
        if failures:
            print("gate FAILED: broadsheet is below its floor on:\n  " + "\n  ".join(failures),
                  file=sys.stderr)
            return 1
        print("gate passed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
