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

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from types import TracebackType

from ..errors import SinergiError
from .extract import Article, ArticleExtraction, extract_article

# What one article became: its extraction, or the problem that stopped it (a message,
# because a SinergiError with keyword arguments does not survive pickling intact).
Extracted = ArticleExtraction | str


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_one(article: Article) -> Extracted:
    try:
        return extract_article(article)
    except SinergiError as exc:
        return exc.message


def _extract_chunk(articles: list[Article]) -> tuple[list[Extracted], float]:
    started = time.process_time()
    found = [extract_one(a) for a in articles]
    return found, time.process_time() - started


@dataclass
class Timings:
    """Seconds the writing process spent on each part of a load; ``extract_cpu`` is
    the CPU the extraction itself took, wherever it ran."""

    reading: float = 0.0
    lookup: float = 0.0  # asking the store which articles it already holds
    extracting: float = 0.0  # waiting for extraction (all of it, with one worker)
    writing: float = 0.0
    extract_cpu: float = 0.0

    def as_dict(self) -> dict[str, float]:
        return {k: round(v, 2) for k, v in vars(self).items()}


class Extraction:
    """``run(batches)`` yields ``(batch, extracted)`` pairs in input order."""

    def __init__(self, workers: int = 1, *, ahead: int = 2,
                 timings: Timings | None = None) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers, self.ahead = workers, ahead
        self.timings = timings if timings is not None else Timings()
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Extraction:
        if self.workers > 1:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["sinergi.news.extract"])
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def run(self, batches: Iterable[list[Article]]
            ) -> Iterator[tuple[list[Article], list[Extracted]]]:
        pending: deque[tuple[list[Article], list[Future[tuple[list[Extracted], float]]]]] = \
            deque()
        for batch in batches:
            pending.append((batch, self._submit(batch)))
            if len(pending) > self.ahead:
                yield self._collect(*pending.popleft())
        while pending:
            yield self._collect(*pending.popleft())

    def _submit(self, batch: list[Article]) -> list[Future[tuple[list[Extracted], float]]]:
        if self._pool is None:
            return []  # extracted in this process when collected
        # A few chunks per worker: fewer round trips than one article at a time, and
        # still work for every worker when articles differ in length.
        size = max(1, -(-len(batch) // (self.workers * 2)))
        return [self._pool.submit(_extract_chunk, batch[i:i + size])
                for i in range(0, len(batch), size)]

    def _collect(self, batch: list[Article], futures: list[Future[tuple[list[Extracted], float]]]
                 ) -> tuple[list[Article], list[Extracted]]:
        started = time.perf_counter()
        if self._pool is None:
            found, cpu = _extract_chunk(batch)
            chunks = [(found, cpu)]
        else:
            chunks = [f.result() for f in futures]
        self.timings.extracting += time.perf_counter() - started
        self.timings.extract_cpu += sum(cpu for _, cpu in chunks)
        return batch, [item for found, _ in chunks for item in found]


__all__ = ["Extracted", "Extraction", "Timings", "default_workers", "extract_one"]
