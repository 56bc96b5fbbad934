"""Work spread over processes with results in input order: `extract --jobs` and `ingest --jobs`.

The model and tables load once per worker process (the initializer), and items stream through in
small chunks, so memory stays flat on long batches. One process (jobs=1) runs inline, with no pool.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
CHUNK_SIZE = 4  # items handed to a worker at once: enough to amortise the pipe, small enough to balance


def ordered_map(function: Callable[[Item], Result], items: Iterable[Item], jobs: int, *,
                initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = ()) -> Iterator[Result]:
    """`function` over `items` in `jobs` processes, yielding results in input order."""
    if initializer is not None and jobs <= 1:
        initializer(*initargs)
    if jobs <= 1:
        yield from map(function, items)
        return
    # fork: the workers start with the parent's loaded modules and tables, and need no re-import; the
    # parent's objects are frozen out of the garbage collector first, so that no collection in a worker
    # writes to their pages and copies them
    gc.freeze()
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, initializer=initializer, initargs=initargs) as pool:
        yield from pool.imap(function, items, chunksize=CHUNK_SIZE)
