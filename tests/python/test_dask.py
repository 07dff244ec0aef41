"""broadsheet.dask.load: the partitions, the columns and dtypes, and the
same rows as broadsheet.load on a local cluster of 2 workers."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any, Iterator

import pytest

pd = pytest.importorskip("pandas")
pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import broadsheet  # noqa: E402
import broadsheet.dask as bdask  # noqa: E402
from batchdata import (NO_TEXT_PAGE, response, synthetic_pages, warcinfo,  # noqa: E402
                       write_warc)

PAGES = synthetic_pages(12)


@pytest.fixture
def crawl(tmp_path: Path) -> Path:
    """Five saved pages (one broken, one without text) and two WARC files."""
    root = tmp_path / "crawl"
    root.mkdir()
    for i in range(3):
        (root / f"p{i}.html").write_text(PAGES[i][1], encoding="utf-8")
    (root / "p3.html.gz").write_bytes(gzip.compress(PAGES[3][1].encode())[:-30])
    (root / "p4.html").write_bytes(NO_TEXT_PAGE)
    write_warc(root / "w1.warc.gz", [warcinfo()] + [
        response(u, h.encode(), "text/html; charset=utf-8") for u, h in PAGES[4:8]])
    write_warc(root / "w2.warc", [response(u, h.encode()) for u, h in PAGES[8:12]])
    return root


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        with distributed.Client(cluster) as c:
            yield c


def test_partitions(crawl: Path) -> None:
    parts = bdask.partitions(crawl, files_per_partition=2)
    kinds = [[k for k, _ in p] for p in parts]
    assert kinds == [["page", "page"], ["page", "page"], ["page"], ["warc"], ["warc"]]
    assert len(bdask.partitions(crawl, files_per_partition=1)) == 7
    with pytest.raises(ValueError):
        bdask.partitions(crawl, files_per_partition=0)


def test_meta_matches_load(crawl: Path) -> None:
    ddf = bdask.load(crawl, files_per_partition=2)
    assert ddf.npartitions == 5
    ref = broadsheet.load(crawl, progress=False)
    assert list(ddf.columns) == list(ref.columns)
    assert ddf.dtypes.equals(ref.dtypes)


def test_same_rows_on_a_cluster(crawl: Path, client: Any, tmp_path: Path) -> None:
    assert len(client.scheduler_info()["workers"]) == 2
    ref = broadsheet.load(crawl, progress=False)
    ddf = bdask.load(crawl, files_per_partition=2)
    got = ddf.compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(got, ref)
    assert got.error.notna().sum() == 1
    assert len(got) == 5 + 8
    # a query runs on the workers too
    per_site = ddf[ddf.text.notnull()].groupby("site_name").size().compute()
    assert per_site.sum() == 3 + 8
    # and Parquet, as the README says
    out = tmp_path / "articles"
    ddf.to_parquet(out, schema=bdask.parquet_schema(), write_index=False,
                   name_function=lambda i: f"part.{i:05d}.parquet")
    back = pd.read_parquet(out)
    assert len(back) == len(ref)
    assert list(back.url.fillna("")) == list(ref.url.fillna(""))
    assert str(back.date_published.dtype) == "datetime64[ns, UTC]"
    assert list(back.authors.iloc[0]) == ref.authors.iloc[0]


def test_pairs_and_options(client: Any) -> None:
    pairs = [(u, h) for u, h in PAGES[:5]]
    ddf = bdask.load(pairs, files_per_partition=2, include_links=False)
    assert ddf.npartitions == 3
    got = ddf.compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(got, broadsheet.load(pairs, include_links=False,
                                                       progress=False))


def test_empty_source(tmp_path: Path) -> None:
    ddf = bdask.load(tmp_path)
    got = ddf.compute()
    assert len(got) == 0
    assert got.dtypes.equals(broadsheet.load([], progress=False).dtypes)


def test_bad_arguments(crawl: Path) -> None:
    with pytest.raises(ValueError):
        bdask.load(crawl, errors="skip")
    with pytest.raises(ValueError):
        bdask.load(crawl, favor="fast")
    with pytest.raises(FileNotFoundError):
        bdask.load(crawl / "missing")
