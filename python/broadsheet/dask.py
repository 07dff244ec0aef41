"""A crawl on a Dask cluster: :func:`load` returns a lazy
``dask.dataframe.DataFrame`` with :func:`broadsheet.load`'s columns and
dtypes, one partition per WARC file (and per `files_per_partition` saved
pages), so the cluster's workers read and extract in parallel and write
Parquet without the whole crawl ever being in one place::

    from dask.distributed import Client
    import broadsheet.dask

    client = Client()                       # or Client("scheduler:8786")
    df = broadsheet.dask.load("crawl/*.warc.gz")
    df.to_parquet("articles/", schema=broadsheet.dask.parquet_schema(),
                  write_index=False)

Needs ``pip install 'broadsheet[dask]'``.  The paths must be readable by
every worker (a shared or network file system).
"""

from __future__ import annotations

import functools
import os
from typing import Any, Iterable, Iterator, List, Optional

from .load import (Item, Source, _check_errors, empty_frame, expand, rows_of_items,
                   to_frame)
from .load import arrow_schema as parquet_schema

try:
    import dask
    import dask.dataframe as dd
except ImportError as _e:  # pragma: no cover - depends on the environment
    raise ImportError("broadsheet.dask needs Dask: pip install 'broadsheet[dask]'") from _e

__all__ = ["load", "parquet_schema", "partitions"]


def partitions(source: Source, files_per_partition: int = 100) -> List[List[Item]]:
    """The partitions :func:`load` makes of `source`: each WARC file alone,
    saved pages and ``(url, html)`` tuples by runs of
    `files_per_partition`, in the order of the source."""
    if files_per_partition < 1:
        raise ValueError(f"files_per_partition must be at least 1, not {files_per_partition}")
    parts: List[List[Item]] = []
    run: List[Item] = []
    for item in expand(source):
        if item[0] == "warc":
            if run:
                parts.append(run)
                run = []
            parts.append([item])
        else:
            run.append(item)
            if len(run) >= files_per_partition:
                parts.append(run)
                run = []
    if run:
        parts.append(run)
    return parts


def _load_partition(items: List[Item], workers: int, errors: str, options: Any) -> Any:
    rows: Iterator[Any] = rows_of_items(items, workers=workers, errors=errors, **options)
    return to_frame(rows)


def load(
    source: Source,
    *,
    files_per_partition: int = 100,
    workers: Optional[int] = 1,
    errors: str = "record",
    **options: Any,
) -> Any:
    """A lazy Dask DataFrame of every page of `source`.

    Args:
        source: as for :func:`broadsheet.load`: a file, a folder, a glob, a
            WARC file, or a list of those and of ``(url, html)`` tuples.
            The folders and globs are listed now (on the client); the
            files are read by the workers.
        files_per_partition: saved pages per partition (1 gives one
            partition per file); each WARC file is a partition of its own.
        workers: threads per partition (default 1: Dask's own workers and
            threads are the parallelism).
        errors: ``"record"`` (an error row per failing page) or ``"raise"``.
        **options: the keyword options of :func:`broadsheet.extract`.

    Returns:
        A ``dask.dataframe.DataFrame`` with the columns and dtypes of
        :func:`broadsheet.load`'s DataFrame; each partition's index starts
        at 0.  For Parquet, pass ``schema=parquet_schema()`` to
        ``to_parquet`` (Dask cannot infer the type of the list columns
        from an empty partition).
    """
    _check_errors(errors)
    from .batch import check_options, default_workers

    nworkers = default_workers(workers)
    options = check_options(options)
    parts = partitions(source, files_per_partition)
    meta = empty_frame()
    # Dask would turn object columns (our lists of authors and tags) into
    # strings; the columns keep load()'s dtypes instead.
    with dask.config.set({"dataframe.convert-string": False}):
        if not parts:
            return dd.from_pandas(meta, npartitions=1)
        func = functools.partial(_load_partition, workers=nworkers, errors=errors,
                                 options=options)
        return dd.from_map(func, parts, meta=meta, label="broadsheet-load",
                           enforce_metadata=False)


def _paths(parts: Iterable[List[Item]]) -> List[str]:  # for debugging and tests
    return [os.fspath(v) for part in parts for k, v in part if k in ("page", "warc")]
