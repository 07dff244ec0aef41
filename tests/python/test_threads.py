"""Extraction in many threads gives the serial results, and the GIL is
released while the C core works."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Dict, List, Optional, Tuple

import pytest

import broadsheet
from broadsheet import _core
from conftest import corpus_cases, load_case

THREADS = 8
ROUNDS = 25

Job = Tuple[Any, Optional[str], Dict[str, Any]]


def _jobs(sample_html: bytes) -> List[Job]:
    jobs: List[Job] = [(sample_html, broadsheet.SAMPLE_URL, {})]
    for case in corpus_cases():
        c = load_case(case)
        jobs.append((c["html"], c["url"], {"encoding": c["encoding"]}))  # type: ignore[arg-type]
    # Other options, and other kinds of input, in the same mix.
    jobs.append((sample_html, broadsheet.SAMPLE_URL, {"include_links": False, "favor": "recall"}))
    jobs.append((sample_html.decode("utf-8"), None, {"include_comments": True}))
    jobs.append((bytearray(sample_html), broadsheet.SAMPLE_URL, {"favor": "precision"}))
    return jobs


def _run(job: Job) -> Optional[Dict[str, Any]]:
    html, url, opts = job
    return _core.extract(html, url, **opts)


def test_threads_match_serial(sample_html: bytes) -> None:
    jobs = _jobs(sample_html)
    serial = [_run(j) for j in jobs]
    assert any(r is not None for r in serial)
    work = [i for _ in range(ROUNDS) for i in range(len(jobs))]
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(lambda i: (i, _run(jobs[i])), work))
    assert len(results) == len(work)
    for i, got in results:
        assert got == serial[i], f"job {i} differs when run in threads"


def test_threads_share_one_bytearray(sample_html: bytes) -> None:
    """Many threads reading one mutable buffer at once (each call copies it)."""
    data = bytearray(sample_html)
    want = broadsheet.extract(data, broadsheet.SAMPLE_URL)
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        got = list(pool.map(lambda _: broadsheet.extract(data, broadsheet.SAMPLE_URL),
                            range(THREADS * 4)))
    assert all(g == want for g in got)


def _big_page(sample_html: bytes, size: int = 20 * 1024 * 1024) -> bytes:
    """The sample with ~20 MB of paragraphs inside its body."""
    para = (b"<p>" + b"Filler words of a long page that pad the body of it. " * 10
            + b"</p>\n")
    filler = b'<div class="filler">' + para * (size // len(para)) + b"</div>"
    marker = b'<footer class="site-footer"'
    assert marker in sample_html
    return sample_html.replace(marker, filler + marker, 1)


def test_gil_is_released(sample_html: bytes) -> None:
    """While one thread extracts a 20 MB page, a pure-Python loop in this
    thread keeps running: no pause in it comes near the extraction's
    length.  (If the GIL were held, the loop would stop for all of it.)"""
    big = _big_page(sample_html)
    window: Dict[str, float] = {}
    started = threading.Event()

    def worker() -> None:
        started.set()
        window["start"] = time.perf_counter()
        _core.extract(big, broadsheet.SAMPLE_URL)
        window["end"] = time.perf_counter()

    thread = threading.Thread(target=worker)
    thread.start()
    started.wait()
    count = 0
    max_gap = 0.0
    last = time.perf_counter()
    while thread.is_alive():
        now = time.perf_counter()
        if now - last > max_gap:
            max_gap = now - last
        last = now
        count += 1
    thread.join()

    duration = window["end"] - window["start"]
    if duration < 0.1:
        pytest.skip(f"extraction too fast to measure ({duration:.3f} s)")
    assert max_gap < duration / 2, (
        f"the counter stopped for {max_gap:.3f} s of a {duration:.3f} s extraction")
    assert count > 1000


def test_gil_released_for_other_extractions(sample_html: bytes) -> None:
    """Small extractions in other threads finish while a big one runs."""
    big = _big_page(sample_html)
    done_small: List[float] = []
    big_done = threading.Event()

    def run_big() -> None:
        _core.extract(big, broadsheet.SAMPLE_URL)
        big_done.set()

    thread = threading.Thread(target=run_big)
    thread.start()
    time.sleep(0.01)
    while not big_done.is_set() and len(done_small) < 5:
        broadsheet.extract(sample_html, broadsheet.SAMPLE_URL)
        done_small.append(time.perf_counter())
    finished_first = not big_done.is_set()
    thread.join()
    if not finished_first and len(done_small) < 2:
        pytest.skip("the big page finished too fast to measure")
    assert len(done_small) >= 2
