#!/usr/bin/env python3
"""Time extractors on the pages of evaluation sets.

Usage::

    python bench/speed.py DATASET_DIR... [--extractors broadsheet,trafilatura]
                          [--passes 3] [--limit N] [--callgrind N]

All pages are read into memory first.  Then, for each extractor, the
extraction call alone is timed over all pages in one thread; the best of
``--passes`` passes is reported as pages per second and MB (of raw HTML) per
second, with the time relative to broadsheet.  When
``broadsheet.extract_many`` exists it is timed too, with one and two workers.
The peak resident memory of the process is printed at the end.

``--callgrind N`` also counts the instructions the C core spends per page
on a fixed sample of N pages spread evenly over the loaded pages, running
``build/bsbench`` (``make all``) under ``valgrind --tool=callgrind``: a
number that does not move with the machine's load.
"""

from __future__ import annotations

import argparse
import gc
import inspect
import re
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
import peers  # noqa: E402
from evaluate import load_set, read_html  # noqa: E402

Page = tuple[bytes, str]


def load_pages(paths: Sequence[Path], limit: Optional[int]) -> list[Page]:
    """``(html_bytes, url)`` of the first ``limit`` pages of every set."""
    pages: list[Page] = []
    for path in paths:
        dataset = load_set(path, limit)
        for page in dataset.pages:
            pages.append((read_html(dataset.html_path(page["id"])), page.get("url") or ""))
    return pages


def time_best(run: Callable[[], int], passes: int) -> tuple[float, int]:
    """Best wall time of ``passes`` calls of ``run``, and the errors ``run``
    reported on its first pass."""
    best = float("inf")
    errors = 0
    for i in range(passes):
        gc.collect()
        start = time.perf_counter()
        failed = run()
        elapsed = time.perf_counter() - start
        best = min(best, elapsed)
        if i == 0:
            errors = failed
    return best, errors


def time_peer(name: str, pages: Sequence[Page], passes: int) -> tuple[float, int]:
    """Best time of one thread running peer ``name`` over all ``pages``."""
    adapter = peers.PEERS[name].adapter
    try:  # import the library and warm its caches outside the timing
        adapter(*pages[0])
    except Exception:
        pass

    def run() -> int:
        failed = 0
        for html, url in pages:
            try:
                adapter(html, url)
            except Exception:
                failed += 1
        return failed

    return time_best(run, passes)


def time_extract_many(pages: Sequence[Page], workers: int, passes: int) -> tuple[float, int]:
    """Best time of ``broadsheet.extract_many`` over all pages.

    Accepts either ``extract_many(htmls, urls=..., workers=N)`` or
    ``extract_many(pairs, workers=N)`` with ``(html, url)`` pairs.
    """
    import broadsheet

    extract_many = broadsheet.extract_many
    try:
        params = inspect.signature(extract_many).parameters
    except (TypeError, ValueError):  # some C functions have no signature
        params = {}
    if "urls" in params:
        htmls = [html for html, _ in pages]
        urls = [url for _, url in pages]

        def call() -> Any:
            return extract_many(htmls, urls=urls, workers=workers)
    else:
        pairs = list(pages)

        def call() -> Any:
            return extract_many(pairs, workers=workers)

    def run() -> int:
        results = list(call())
        return sum(1 for r in results if isinstance(r, BaseException))

    return time_best(run, passes)


def callgrind_per_page(pages: Sequence[Page], count: int, bsbench: Path) -> tuple[int, int]:
    """Instructions per page of ``bsbench`` over ``count`` pages spread evenly
    over ``pages``, with the cost of reading the files and of an empty run
    taken off.  Returns (instructions per page, pages in the sample)."""
    step = max(1, len(pages) // count)
    sample = list(pages[::step])[:count]

    def instructions(listing: Path, outfile: Path) -> int:
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={outfile}",
             str(bsbench), str(listing), "1"],
            capture_output=True, text=True, check=True)
        found = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
        if not found:
            raise RuntimeError("callgrind printed no instruction count")
        return int(found.group(1))

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        lines = []
        for i, (html, url) in enumerate(sample):
            path = folder / f"{i:04d}.html"
            path.write_bytes(html)
            lines.append(f"{path}\t{url}" if url else str(path))
        listing = folder / "pages.txt"
        listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
        empty = folder / "empty.txt"
        empty.write_text("", encoding="utf-8")
        # The empty run counts start-up; reading the files is a small part
        # of the rest and is left in (it is the same for every version).
        total = instructions(listing, folder / "cg.out")
        base = instructions(empty, folder / "cg0.out")
    return (total - base) // len(sample), len(sample)


STREAM_RSS_SCRIPT = r"""
import gzip, resource, sys
import broadsheet

def peak():
    # Linux: VmHWM is this process's own high-water mark (ru_maxrss may
    # carry the parent's across fork and exec).
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale

before = peak()
largest = 0
for line in sys.stdin:
    path, _, url = line.rstrip("\n").partition("\t")
    with gzip.open(path, "rb") as handle:
        html = handle.read()
    largest = max(largest, len(html))
    broadsheet.extract(html, url=url or None)
    del html
print(before, peak(), largest)
"""


def streaming_rss(paths: Sequence[Path], limit: Optional[int]) -> tuple[float, float, float]:
    """Peak RSS (MiB) of a fresh process that imports broadsheet and then
    extracts the pages one at a time as it reads them: (after the import,
    at the end, the largest page in MiB)."""
    listing = []
    for path in paths:
        dataset = load_set(path, limit)
        for page in dataset.pages:
            listing.append(f"{dataset.html_path(page['id'])}\t{page.get('url') or ''}")
    done = subprocess.run([sys.executable, "-c", STREAM_RSS_SCRIPT],
                          input="\n".join(listing) + "\n", capture_output=True,
                          text=True, check=True)
    before, after, largest = (int(x) for x in done.stdout.split())
    return before / 2**20, after / 2**20, largest / 2**20


def peak_rss_mib() -> tuple[float, float]:
    """Peak resident set size of this process and of its reaped children, MiB."""
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes vs KiB
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale / 2**20
    return own, children


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Time extractors on evaluation sets.")
    parser.add_argument("datasets", nargs="+", type=Path, metavar="DATASET_DIR")
    parser.add_argument("--extractors", default=",".join(peers.PEERS),
                        help="comma-separated peers to time (default: all: %(default)s)")
    parser.add_argument("--passes", type=int, default=3, help="passes per extractor (best counts)")
    parser.add_argument("--limit", type=int, metavar="N", help="first N pages of each set")
    parser.add_argument("--callgrind", type=int, metavar="N",
                        help="also count instructions per page on N pages with callgrind")
    parser.add_argument("--bsbench", type=Path,
                        default=Path(__file__).resolve().parent.parent / "build" / "bsbench",
                        help="the bsbench binary for --callgrind (default: %(default)s)")
    args = parser.parse_args(argv)
    if args.passes < 1:
        parser.error("--passes must be at least 1")

    peers.block_network()
    peers.quiet_peer_logging()
    warnings.simplefilter("ignore")

    names = [n.strip() for n in args.extractors.split(",") if n.strip()]
    unknown = [n for n in names if n not in peers.PEERS]
    if unknown:
        parser.error(f"unknown extractor(s) {', '.join(unknown)}; known: {', '.join(peers.PEERS)}")

    pages = load_pages(args.datasets, args.limit)
    if not pages:
        parser.error("no pages")
    megabytes = sum(len(html) for html, _ in pages) / 1e6
    print(f"{len(pages)} pages, {megabytes:.1f} MB of HTML, best of {args.passes} passes, "
          f"one thread")

    rows: list[tuple[str, float, int]] = []
    skipped: dict[str, str] = {}
    for name in names:
        reason = peers.availability(name)
        if reason:
            skipped[name] = reason
            continue
        if sys.stderr.isatty():
            print(f"  timing {name}...", file=sys.stderr, flush=True)
        seconds, errors = time_peer(name, pages, args.passes)
        rows.append((name, seconds, errors))
        if name == "broadsheet":
            import broadsheet

            if hasattr(broadsheet, "extract_many"):
                for workers in (1, 2):
                    label = f"broadsheet.extract_many(workers={workers})"
                    try:
                        seconds, errors = time_extract_many(pages, workers, args.passes)
                    except Exception as exc:
                        skipped[label] = f"{exc.__class__.__name__}: {exc}"
                        continue
                    rows.append((label, seconds, errors))

    reference = next((s for n, s, _ in rows if n == "broadsheet"), None)
    width = max([len(n) for n, _, _ in rows] + [10])
    print(f"{'extractor'.ljust(width)} {'pages/s':>9} {'MB/s':>8} {'time/broadsheet':>16} "
          f"{'errors':>7}")
    for name, seconds, errors in rows:
        ratio = f"{seconds / reference:.2f}x" if reference else "-"
        print(f"{name.ljust(width)} {len(pages) / seconds:9.1f} {megabytes / seconds:8.2f} "
              f"{ratio:>16} {errors:7d}")
    for name, reason in skipped.items():
        print(f"skipped {name}: {reason}")
    if args.callgrind:
        per_page, sampled = callgrind_per_page(pages, args.callgrind, args.bsbench)
        print(f"callgrind: {per_page / 1e6:.2f} M instructions per page "
              f"(bs_extract + HTML + Markdown document, {sampled} pages)")
    if "broadsheet" in names:
        base, peak, largest = streaming_rss(args.datasets, args.limit)
        print(f"streaming RSS (fresh process, one page at a time): {base:.0f} MiB after "
              f"import, peak {peak:.0f} MiB; largest page {largest:.1f} MiB "
              f"(bound 50 MiB + 10 x largest = {50 + 10 * largest:.0f} MiB)")
    own, children = peak_rss_mib()
    timed_many = any(n.startswith("broadsheet.extract_many") for n, _, _ in rows)
    print(f"peak RSS: {own:.0f} MiB" + (f" (worker processes: {children:.0f} MiB)"
                                       if timed_many and children else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
