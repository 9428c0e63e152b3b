"""Extraction of batches of articles in worker processes, handed back in input order.

Extraction is pure CPU work on one article's text, so it parallelises across processes
(threads would share one interpreter lock); writing stays in the calling process, the
one writer. Batches come back in the order they were given, whatever finishes first,
so what the writer sees — and therefore the graph — does not depend on the number of
workers. At most ``ahead`` batches are in flight beyond the one being written, so
memory stays bounded however long the input is.

``workers=1`` extracts in the calling process, as before there were workers.
Workers start from a fork server (a fresh process, not a fork of the caller), because
the caller holds database connections and their threads, which a plain ``fork`` would
copy half-way through whatever they were doing.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from ..errors import SinergiError
from ..extract import Article, ArticleExtraction, extract_article

# What one article became: its extraction, or the problem that stopped it (a message,
# because a SinergiError with keyword arguments does not survive pickling intact).
Extracted = ArticleExtraction | str
# The work done per article away from the writer: ``work(article, context)``, a
# module-level function (sent to the workers by name); its result must pickle.
Work = Callable[[Article, Any], Any]


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_one(article: Article, context: object = None) -> Extracted:
    try:
        return extract_article(article)
    except SinergiError as exc:
        return exc.message


# What ``work`` is given besides the article (the load's resolver), set once per worker
# process by the pool's initializer rather than sent with every chunk.
_context: object = None


# Workers run at a lower priority than the writer. The load waits for the one writer,
# while the workers only need to stay ``ahead`` batches in front of it; at equal
# priority, two workers and the writer share two cores in thirds, and the writer's
# 16 s of CPU took 30 s (10,000 articles).
WORKER_NICENESS = 10


def _set_context(context: object) -> None:
    global _context
    _context = context
    with contextlib.suppress(OSError):  # not allowed here: run at the same priority
        os.nice(WORKER_NICENESS)


def _work_chunk(work: Work, articles: list[Article], context: object = None
                ) -> tuple[list[Any], float]:
    started = time.process_time()
    context = _context if context is None else context
    found = [work(a, context) for a in articles]
    return found, time.process_time() - started


@dataclass
class Timings:
    """Seconds the writing process spent on each part of a load; ``extract_cpu`` is
    the CPU the work per article took (extraction, and for a load resolving and
    building its rows), wherever it ran."""

    reading: float = 0.0
    lookup: float = 0.0  # asking the store which articles it already holds
    extracting: float = 0.0  # waiting for extraction (all of it, with one worker)
    writing: float = 0.0  # adding the gathered rows and sending them
    extract_cpu: float = 0.0

    def as_dict(self) -> dict[str, float]:
        return {k: round(v, 2) for k, v in vars(self).items()}


class Extraction:
    """``run(batches)`` yields ``(batch, results)`` pairs in input order: by default
    each article's extraction; with ``work`` whatever ``work(article, context)`` makes
    of it (the load also resolves and builds the article's rows there)."""

    def __init__(self, workers: int = 1, *, ahead: int = 2,
                 timings: Timings | None = None, work: Work = extract_one,
                 context: object = None) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers, self.ahead = workers, ahead
        self.work, self.context = work, context
        self.timings = timings if timings is not None else Timings()
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Extraction:
        if self.workers > 1:
            mp = multiprocessing.get_context("forkserver")
            mp.set_forkserver_preload(["sinergi.extract", self.work.__module__])
            self._pool = ProcessPoolExecutor(self.workers, mp_context=mp,
                                             initializer=_set_context,
                                             initargs=(self.context,))
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def run(self, batches: Iterable[list[Article]]
            ) -> Iterator[tuple[list[Article], list[Any]]]:
        pending: deque[tuple[list[Article], list[Future[tuple[list[Any], float]]]]] = deque()
        for batch in batches:
            pending.append((batch, self._submit(batch)))
            if len(pending) > self.ahead:
                yield self._collect(*pending.popleft())
        while pending:
            yield self._collect(*pending.popleft())

    def _submit(self, batch: list[Article]) -> list[Future[tuple[list[Any], float]]]:
        if self._pool is None:
            return []  # extracted in this process when collected
        # A few chunks per worker: fewer round trips than one article at a time, and
        # still work for every worker when articles differ in length.
        size = max(1, -(-len(batch) // (self.workers * 2)))
        return [self._pool.submit(_work_chunk, self.work, batch[i:i + size])
                for i in range(0, len(batch), size)]

    def _collect(self, batch: list[Article], futures: list[Future[tuple[list[Any], float]]]
                 ) -> tuple[list[Article], list[Any]]:
        started = time.perf_counter()
        if self._pool is None:
            found, cpu = _work_chunk(self.work, batch, self.context)
            chunks = [(found, cpu)]
        else:
            chunks = [f.result() for f in futures]
        self.timings.extracting += time.perf_counter() - started
        self.timings.extract_cpu += sum(cpu for _, cpu in chunks)
        return batch, [item for found, _ in chunks for item in found]


__all__ = ["Extracted", "Extraction", "Timings", "default_workers", "extract_one"]
