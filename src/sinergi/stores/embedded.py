"""The embedded default store: LadybugDB, in-process, one file under ``SINERGI_DATA_DIR``.

LadybugDB (the maintained MIT fork of Kùzu) needs its tables declared up front,
so the DDL is generated from ``sinergi.schema``: a node table per label with
``key`` as primary key (which is also the uniqueness constraint), and one
relationship table per type listing every allowed (from, to) pair. Only one
process may write the file at a time; a second one gets ``StoreUnavailable``.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import ladybug

from ..errors import ConstraintViolation, SinergiError, StoreError, StoreUnavailable
from ..schema import NODES, RELS
from .base import Batch, GraphStore, NodeBatch, RelBatch, Row, Tx, check_written, present
from .signature import Sig, signature

# The engine folds its write-ahead log into the database file (a checkpoint) whenever
# the log passes this size, at a cost that grows with the database: at the engine's
# 16 MiB default a bulk load spent a third of its time in checkpoints. But what was
# written since the last checkpoint is slow to read (a walk from a node scans it), so
# lookups slow down as the log grows: at 256 MiB the writer of a 30,000-article load
# spent 26 s of CPU on its last 10,000 articles, at 64 MiB 22 s.
CHECKPOINT_BYTES = 64 * 1024 * 1024
# The engine's memory for pages of the file and for the working memory of queries
# (SINERGI_EMBEDDED_BUFFER_MB). Its own default is 80 % of the machine's memory, which a
# long load fills: 2.6 GiB for 100,000 articles (a file of about 450 MB). Each question
# alone runs in 128 MiB on the test graph; what used up 512 MiB there was the statements
# the connection keeps prepared (see ``_execute``).
DEFAULT_BUFFER_MB = 1024


def _ddl() -> list[str]:
    stmts = []
    for spec in NODES.values():
        cols = ", ".join(f"{p} {t}" for p, t in spec.props.items())
        stmts.append(f"CREATE NODE TABLE IF NOT EXISTS {spec.label}({cols}, PRIMARY KEY(key))")
    for rel in RELS.values():
        pairs = ", ".join(f"FROM {a} TO {b}" for a, b in rel.pairs)
        cols = ", ".join(f"{p} {t}" for p, t in rel.props.items())
        stmts.append(f"CREATE REL TABLE IF NOT EXISTS {rel.type}({pairs}, {cols})")
    return stmts


def _plain(value: Any) -> Any:
    """Engine values to what the Neo4j store returns: ints for INT128 sums, nodes
    as property dicts (internal ``_ID``/``_LABEL`` fields dropped)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if not k.startswith("_")}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


class _OutOfMemory(StoreError):
    """The buffer pool could not give a statement the memory it needed."""


def _translate(exc: Exception) -> SinergiError:
    text = str(exc)
    if "duplicated primary key" in text.lower() or "violates" in text.lower():
        return ConstraintViolation(f"embedded store refused a duplicate key: {text}")
    if "buffer pool is full" in text.lower():
        return _OutOfMemory(f"embedded store: not enough memory for this statement ({text}); "
                          "raise SINERGI_EMBEDDED_BUFFER_MB")
    if "lock" in text.lower():
        return StoreUnavailable(
            f"the embedded database is in use by another process ({text}); "
            "stop it or use SINERGI_BACKEND=neo4j"
        )
    return StoreError(f"embedded store: {text}")


def _columns(var: str, props: tuple[str, ...]) -> str:
    return "".join(f", {var}.{p} AS c{i}" for i, p in enumerate(props))


def _split(rows: list[Row], props: tuple[str, ...], found: list[Row]) -> tuple[list[Row], ...]:
    """Rows not stored yet, and stored rows that would change something (a null keeps
    the stored value, as ``coalesce`` does in the MERGE)."""
    stored = {f["key"]: [f[f"c{i}"] for i in range(len(props))] for f in found}
    new = [r for r in rows if r["key"] not in stored]
    changed = [r for r in rows if r["key"] in stored and any(
        r[p] is not None and r[p] != old for p, old in zip(props, stored[r["key"]], strict=True))]
    return new, changed


def _near(t: str, src: str, dst: str, rows: list[Row]) -> str:
    """Each row's stored edge (``r``, null if none), found by key from one end: the end
    is looked up by its primary key, then its edges walked by an OPTIONAL MATCH that
    keeps the one whose key is the row's. A plain pattern MATCH after UNWIND is planned
    as a hash join over the whole relationship table (200 ms against 500,000 edges); the
    walk costs the degree of the end, so it starts from the end whose keys recur least in
    the batch: the end of low degree (Articles, not the Kanim thousands of them name)."""
    srcs, dsts = Counter(r["src"] for r in rows), Counter(r["dst"] for r in rows)
    walk = (f"(e:{src} {{key: row.src}}) OPTIONAL MATCH (e)-[r:{t}]->(:{dst})"
            if max(srcs.values()) <= max(dsts.values())
            else f"(e:{dst} {{key: row.dst}}) OPTIONAL MATCH (:{src})-[r:{t}]->(e)")
    return f"UNWIND $rows AS row MATCH {walk} WHERE r.key = row.key"


def _coalesce(var: str, rows: list[Row]) -> str:
    return ", ".join(f"{var}.{p} = coalesce(row.{p}, {var}.{p})" for p in present(rows))


class _EmbeddedTx(Tx):
    def __init__(self, store: EmbeddedStore) -> None:
        self.store = store

    def run(self, query: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        return self.store._execute(query, params)


class EmbeddedStore(GraphStore):
    backend = "embedded"

    def __init__(self, path: Path | None, batch_size: int = 1000,
                 buffer_mb: int = DEFAULT_BUFFER_MB) -> None:
        self.batch_size = batch_size
        try:
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
            self._db = ladybug.Database(str(path) if path else ":memory:",
                                        buffer_pool_size=buffer_mb * 2**20,
                                        checkpoint_threshold=CHECKPOINT_BYTES)
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as exc:
            raise _translate(exc) from exc
        # One connection serves every thread (the API's worker pool): statements
        # and transactions must not interleave on it.
        self._lock = threading.RLock()
        self._in_tx = False
        # Nodes and edges this transaction created, by (label or type, key): an edge
        # with an end created in this transaction cannot be stored yet unless this
        # transaction wrote it, so it needs no lookup (most edges of a load hang on the
        # article just created).
        self._created: set[tuple[str, str]] = set()
        # Statements prepared on this connection, by query and parameter signature.
        self._prepared: dict[tuple[str, Sig], ladybug.PreparedStatement] = {}

    def _execute(self, query: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        with self._lock:
            try:
                return self._rows(query, params)
            except _OutOfMemory:
                if self._in_tx:
                    raise
                # The engine's Connection keeps every statement it has prepared, with
                # memory from the buffer pool, until it is closed: after a few different
                # questions a long-running server could answer none. A fresh connection
                # gives that memory back; the statement is tried once more on it.
                self._reconnect()
                return self._rows(query, params)

    def _rows(self, query: str, params: Mapping[str, Any] | None) -> list[Row]:
        try:
            result = self._run(query, dict(params or {}))
        except RuntimeError as exc:
            raise _translate(exc) from exc
        results = result if isinstance(result, list) else [result]
        rows = []
        for res in results:
            names = res.get_column_names()
            rows = [
                {n: _plain(v) for n, v in zip(names, values, strict=True)}
                for values in res.get_all()
            ]
        return rows

    def _run(self, query: str, params: dict[str, Any]) -> Any:
        # The binding would compute the same signature a value at a time (see
        # ``signature``); where this knows it, the statement is looked up here.
        sig = signature(params) if params else None
        if sig is None:
            return self._conn.execute(query, params)
        prepared = self._prepared.get((query, sig))
        if prepared is None:
            prepared = ladybug.PreparedStatement(self._conn, query, params)
            self._prepared[(query, sig)] = prepared
        return self._conn.execute(prepared, params)

    def _reconnect(self) -> None:
        self._prepared.clear()
        self._conn.close()
        self._conn = ladybug.Connection(self._db)

    def run(self, query: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        return self._execute(query, params)

    def _write_batches(self, batches: list[Batch]) -> int:
        # Statements prepared for earlier questions can hold the memory a write needs,
        # and inside a transaction it cannot be given back: the transaction is rolled
        # back, so it is written once more, whole, on a fresh connection.
        try:
            return super()._write_batches(batches)
        except _OutOfMemory:
            with self._lock:
                self._reconnect()
            return super()._write_batches(batches)

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        with self._lock:
            if self._in_tx:  # nested use joins the open transaction
                yield _EmbeddedTx(self)
                return
            self._execute("BEGIN TRANSACTION")
            self._in_tx = True
            try:
                yield _EmbeddedTx(self)
            except BaseException:
                self._rollback()
                raise
            finally:
                self._in_tx = False
                self._created.clear()
            self._execute("COMMIT")

    def _upsert(self, tx: Tx, batch: Batch) -> int:
        # The engine's MERGE costs time in proportion to the table for nodes (a 2,000-row
        # batch took 7 s against 100,000 nodes) and writes every property again for
        # relationships, while key lookups, CREATE and MATCH..SET are cheap: so upserts
        # look up what is stored first, CREATE the new rows, SET the changed ones and
        # skip the rest (which also makes re-loading cheap). Same outcome as the MERGE.
        if isinstance(batch, NodeBatch):
            return self._upsert_nodes(batch)
        return self._upsert_rels(tx, batch)

    def _upsert_nodes(self, batch: NodeBatch) -> int:
        label, props, rows = batch.label, batch.props, batch.rows
        found = self._execute(f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) "
                              f"RETURN n.key AS key{_columns('n', props)}",
                              {"keys": [r["key"] for r in rows]})
        new, changed = _split(rows, props, found)
        if new:
            values = "".join(f", {p}: row.{p}" for p in present(new))
            self._execute(f"UNWIND $rows AS row CREATE (n:{label} {{key: row.key{values}}})",
                          {"rows": new})
            if self._in_tx:
                self._created.update((label, r["key"]) for r in new)
        if changed:
            self._execute(f"UNWIND $rows AS row MATCH (n:{label} {{key: row.key}}) "
                          f"SET {_coalesce('n', changed)}", {"rows": changed})
        return len(rows)

    def _upsert_rels(self, tx: Tx, batch: RelBatch) -> int:
        t, src, dst, props, rows = batch.type, batch.src, batch.dst, batch.props, batch.rows
        created = self._created
        unseen: list[Row] = []  # an end is new in this transaction, the edge is not
        asked: list[Row] = []
        for r in rows:
            fresh = (t, r["key"]) not in created and (
                (src, r["src"]) in created or (dst, r["dst"]) in created)
            (unseen if fresh else asked).append(r)
        found = self._execute(
            f"{_near(t, src, dst, asked)} RETURN r.key AS key{_columns('r', props)}",
            {"rows": [{"key": r["key"], "src": r["src"], "dst": r["dst"]} for r in asked]},
        ) if asked else []
        new, changed = _split(asked, props, [f for f in found if f["key"] is not None])
        new += unseen
        if self._in_tx:
            created.update((t, r["key"]) for r in new)
        if new:
            values = "".join(f", {p}: row.{p}" for p in present(new))
            made = tx.run(f"UNWIND $rows AS row MATCH (a:{src} {{key: row.src}}) "
                          f"MATCH (b:{dst} {{key: row.dst}}) CREATE (a)-[r:{t} "
                          f"{{key: row.key{values}}}]->(b) RETURN count(r) AS n", {"rows": new})
            check_written(tx, RelBatch(t, src, dst, props, new), int(made[0]["n"]) if made else 0)
        if changed:
            self._execute(f"{_near(t, src, dst, changed)} SET {_coalesce('r', changed)}",
                          {"rows": changed})
        return len(rows)

    def _rollback(self) -> None:
        # A failed statement may already have rolled the transaction back.
        try:
            self._conn.execute("ROLLBACK")
        except RuntimeError as exc:
            if "no active transaction" not in str(exc).lower():
                raise _translate(exc) from exc

    def ensure_schema(self) -> None:
        for stmt in _ddl():
            self._execute(stmt)
        self._add_new_columns()

    def _add_new_columns(self) -> None:
        # A database made by an older Sinergi lacks properties added to the schema
        # since; CREATE ... IF NOT EXISTS leaves existing tables alone, so add them.
        tables = [(n.label, n.props) for n in NODES.values()]
        tables += [(r.type, r.props) for r in RELS.values()]
        for table, props in tables:
            have = {r["name"] for r in self._execute(f"CALL table_info('{table}') RETURN *")}
            for prop, type_ in props.items():
                if prop not in have:
                    self._execute(f"ALTER TABLE {table} ADD {prop} {type_}")

    def ping(self) -> None:
        self._execute("RETURN 1 AS ok")

    def close(self) -> None:
        with self._lock:
            self._prepared.clear()
            self._conn.close()
            self._db.close()
