"""The store protocol shared by both backends, and the batching writer.

A store answers Cypher (``run``), hands out a writer that gathers upserts into
batches (``NodeBatch``, ``RelBatch``: a label or type, the properties set, the rows),
and knows its own DDL. Each store renders a batch in its own dialect (Neo4j as
``UNWIND $rows ... MERGE``; see ``_upsert``). Labels, relationship types and
property names come only from ``sinergi.schema``; values are always parameters. A row
naming anything the schema does not declare is refused here, before it reaches the
database.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ..errors import SchemaError
from ..schema import NODES, RELS, node_spec, rel_key, rel_spec

Row = dict[str, Any]
# Rows a writer gathered and has not sent: nodes by label, relationships by (type, from
# label, to label), each row complete and checked (``Writer.gathered``, ``Writer.take``).
Gathered = tuple[dict[str, list[Row]], dict[tuple[str, str, str], list[Row]]]


class Tx(ABC):
    """An open transaction: statements run in it commit or roll back together."""

    @abstractmethod
    def run(self, query: str, params: Mapping[str, Any] | None = None) -> list[Row]: ...


@dataclass(frozen=True)
class NodeBatch:
    """Rows to upsert as ``label`` nodes, merged on ``key``; ``props`` are the other
    properties some row sets. Each store renders this in its own dialect."""

    label: str
    props: tuple[str, ...]
    rows: list[Row]


@dataclass(frozen=True)
class RelBatch:
    """Rows to upsert as ``type`` relationships from ``src`` to ``dst`` nodes (rows name
    the end keys in ``src``/``dst``), merged on ``key``."""

    type: str
    src: str
    dst: str
    props: tuple[str, ...]
    rows: list[Row]


Batch = NodeBatch | RelBatch


def present(rows: list[Row]) -> tuple[str, ...]:
    """Properties (other than the key) some row of the batch sets. A column that is
    null in every row is left out: the embedded engine cannot type an all-null column,
    and an upsert keeps the stored value for a null anyway."""
    return tuple(p for p in rows[0] if p not in ("key", "src", "dst")
                 and any(r[p] is not None for r in rows))


def _complete(props: Mapping[str, Any], allowed: Mapping[str, str], what: str) -> Row:
    if not props.keys() <= allowed.keys():
        unknown = set(props) - set(allowed)
        raise SchemaError(f"{what} has no propert{'y' if len(unknown) == 1 else 'ies'} "
                          f"{', '.join(sorted(unknown))}")
    # Every row of one batch carries every declared property: the embedded engine
    # needs uniform rows, and a missing property there is an error, not a null.
    # (fromkeys + update: this runs once per row of a bulk load, so it stays in C.)
    row = dict.fromkeys(allowed)
    row.update(props)
    return row


@dataclass
class Writer:
    """Collects upserts and sends them in batches; see ``GraphStore.writer``."""

    store: GraphStore | None  # None: a collector (``Writer.collector``), never sends
    batch_size: int
    atomic: bool
    _nodes: dict[str, list[Row]] = field(default_factory=dict)
    _rels: dict[tuple[str, str, str], list[Row]] = field(default_factory=dict)
    written: int = 0
    _count: int = 0  # rows pending, kept as a number: it is checked on every row
    _pool: ThreadPoolExecutor | None = None
    _inflight: Future[int] | None = None

    @classmethod
    def collector(cls) -> Writer:
        """A writer with no store: it checks and gathers rows, for work done away from
        the store (the extraction workers of a load), handed over by ``take``."""
        return cls(None, 1, atomic=True)

    def gathered(self) -> Gathered:
        return self._nodes, self._rels

    def take(self, rows: Gathered) -> None:
        """Add rows another writer gathered (already checked), as if written here."""
        nodes, rels = rows
        for label, node_rows in nodes.items():
            self._nodes.setdefault(label, []).extend(node_rows)
            self._count += len(node_rows)
        for kind, rel_rows in rels.items():
            self._rels.setdefault(kind, []).extend(rel_rows)
            self._count += len(rel_rows)
        if not self.atomic and self._count >= self.batch_size:
            self.flush()

    def _target(self) -> GraphStore:
        if self.store is None:
            raise SchemaError("a collecting writer has no store to write to")
        return self.store

    def node(self, label: str, props: Mapping[str, Any]) -> str:
        spec = NODES.get(label) or node_spec(label)  # node_spec raises the clear error
        if not props.get("key"):
            raise SchemaError(f"{label} row without a key: {dict(props)!r}")
        self._nodes.setdefault(label, []).append(_complete(props, spec.props, label))
        self._maybe_flush()
        return str(props["key"])

    def rel(
        self,
        type_: str,
        src: tuple[str, str],
        dst: tuple[str, str],
        props: Mapping[str, Any] | None = None,
        qualifier: str | None = None,
    ) -> str:
        """Upsert ``(src)-[type_]->(dst)``; ``src``/``dst`` are ``(label, key)`` pairs."""
        spec = RELS.get(type_) or rel_spec(type_)
        if (src[0], dst[0]) not in spec.pairs:
            raise SchemaError(f"{type_} does not go from {src[0]} to {dst[0]}")
        row = dict(props or {})
        row.setdefault("key", rel_key(src[1], type_, dst[1], qualifier))
        full = _complete(row, spec.props, type_)
        full.update(src=src[1], dst=dst[1])
        self._rels.setdefault((type_, src[0], dst[0]), []).append(full)
        self._maybe_flush()
        return str(full["key"])

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """Rows added in the block are dropped again if it raises, so one writer can
        gather many records and leave out a bad one whole (atomic writers only: bulk
        ones may already have sent part of the block)."""
        if not self.atomic:
            raise SchemaError("savepoint() needs an atomic writer")
        nodes = {k: len(v) for k, v in self._nodes.items()}
        rels = {k: len(v) for k, v in self._rels.items()}
        count = self._count
        try:
            yield
        except BaseException:
            self._nodes = {k: v[: nodes[k]] for k, v in self._nodes.items() if k in nodes}
            self._rels = {k: v[: rels[k]] for k, v in self._rels.items() if k in rels}
            self._count = count
            raise

    def _pending(self) -> int:
        return self._count

    def _maybe_flush(self) -> None:
        self._count += 1
        if not self.atomic and self._count >= self.batch_size:
            self.flush()

    def batches(self) -> Iterator[Batch]:
        """Nodes before relationships, so every relationship finds its ends."""
        for label, rows in self._nodes.items():
            for chunk in _chunks(rows, self.batch_size):
                yield NodeBatch(label, present(chunk), chunk)
        for (type_, src, dst), rows in self._rels.items():
            for chunk in _chunks(rows, self.batch_size):
                yield RelBatch(type_, src, dst, present(chunk), chunk)

    def flush_into(self, tx: Tx) -> int:
        """Write what is pending inside ``tx`` (a transaction that also deletes, say),
        by the same path as every other write; see ``GraphStore.stage``."""
        store = self._target()
        batches = list(self.batches())
        self._nodes, self._rels, self._count = {}, {}, 0
        return store.write(tx, batches)

    def flush(self) -> None:
        """Send what is pending. In bulk mode the batch is written by a background
        thread while the caller goes on making rows (the database and Python then use
        both cores); batches still commit one after the other, in order, so a
        relationship always finds nodes sent before it. ``close`` waits for the last."""
        if not self._pending():
            return
        store = self._target()
        batches = list(self.batches())
        self._nodes, self._rels, self._count = {}, {}, 0
        if self.atomic:
            self.written += store._write_batches(batches)
            return
        self._wait()  # one batch in flight at most: memory stays bounded
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="sinergi-writer")
        self._inflight = self._pool.submit(store._write_batches, batches)

    def _wait(self) -> None:
        if self._inflight is not None:
            inflight, self._inflight = self._inflight, None
            self.written += inflight.result()  # re-raises the batch's error here

    def close(self, failed: bool = False) -> None:
        """Flush (unless the block failed) and wait for the batch in flight."""
        try:
            if not failed:
                self.flush()
            self._wait()
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=True)
                self._pool = None


def _chunks(rows: list[Row], size: int) -> Iterator[list[Row]]:
    for i in range(0, len(rows), size):
        yield _dedupe(rows[i : i + size])


def _dedupe(rows: list[Row]) -> list[Row]:
    """Last row wins per key: two MERGEs of one new key in one batch would race."""
    by_key: dict[str, Row] = {}
    for row in rows:
        key = row["key"]
        if key in by_key:
            merged = {k: v if v is not None else by_key[key].get(k) for k, v in row.items()}
            by_key[key] = merged
        else:
            by_key[key] = row
    return list(by_key.values())


class GraphStore(ABC):
    """What every backend offers. Build one with ``sinergi.stores.open_graph``."""

    backend: str = ""
    batch_size: int = 1000

    @abstractmethod
    def run(self, query: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        """Run one Cypher statement with parameters; rows as plain dicts."""

    def read(self, query: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        """Run one statement that only reads (a question); a backend may run it more
        cheaply than ``run``."""
        return self.run(query, params)

    @abstractmethod
    def transaction(self) -> Any:
        """Context manager yielding a ``Tx``; commits on success, rolls back on error."""

    @abstractmethod
    def ensure_schema(self) -> None:
        """Create the tables/constraints the schema declares (idempotent)."""

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def ping(self) -> None:
        """Raise ``StoreUnavailable`` unless the store answers."""

    @abstractmethod
    def _upsert(self, tx: Tx, batch: Batch) -> int:
        """Merge one batch on its keys, in this store's dialect; a relationship whose end
        is missing raises ``SchemaError`` (``check_written``)."""

    def write(self, tx: Tx, batches: Iterable[Batch]) -> int:
        """Write batches inside ``tx``: the one path every write to the graph takes."""
        return sum(self._upsert(tx, batch) for batch in batches)

    def _write_batches(self, batches: list[Batch]) -> int:
        """Write batches in a transaction of their own."""
        with self.transaction() as tx:
            return self.write(tx, batches)

    def stage(self) -> Writer:
        """A writer that only collects (it never flushes by itself), for writes that must
        commit together with deletes: open ``transaction()``, delete, ``flush_into(tx)``."""
        return Writer(self, self.batch_size, atomic=True)

    @contextmanager
    def writer(self, atomic: bool = True, batch_size: int | None = None) -> Iterator[Writer]:
        """Batching writer. ``atomic=True``: everything written in the block commits
        together on exit or not at all. ``atomic=False``: each full batch commits on
        its own (bulk loads that would not fit one transaction)."""
        w = Writer(self, batch_size or self.batch_size, atomic)
        try:
            yield w
        except BaseException as exc:
            # Atomic: nothing was sent. Bulk: let the batch in flight finish, then
            # re-raise what went wrong in the block (noting the batch's error, if any).
            try:
                w.close(failed=True)
            except Exception as flight:
                exc.add_note(f"a batch sent before it failed too: {flight}")
            raise
        w.close()

    def counts(self) -> dict[str, int]:
        """Number of nodes per label and relationships per type."""
        out = {}
        for label in NODES:
            out[label] = int(self.run(f"MATCH (n:{label}) RETURN count(n) AS n")[0]["n"])
        for type_ in RELS:
            out[type_] = int(self.run(f"MATCH ()-[r:{type_}]->() RETURN count(r) AS n")[0]["n"])
        return out

    def clear(self) -> None:
        """Delete everything (tests and benchmarks only)."""
        for label in NODES:
            self.run(f"MATCH (n:{label}) DETACH DELETE n")

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def check_written(tx: Tx, batch: Batch, written: int) -> int:
    """Raise ``SchemaError`` naming the missing ends when a relationship batch wrote fewer
    rows than it holds (an end node is absent); else return ``written``."""
    if written >= len(batch.rows) or not isinstance(batch, RelBatch):
        return written
    missing = "unknown"
    for label, end in ((batch.src, "src"), (batch.dst, "dst")):
        keys = sorted({r[end] for r in batch.rows})
        found = tx.run(f"MATCH (n:{label}) WHERE n.key IN $keys RETURN n.key AS k", {"keys": keys})
        absent = sorted(set(keys) - {r["k"] for r in found})
        if absent:
            missing = f"{label} {', '.join(absent[:5])}"
            break
    raise SchemaError(f"{len(batch.rows) - written} relationship row(s) name a missing node: "
                      f"{missing}")
