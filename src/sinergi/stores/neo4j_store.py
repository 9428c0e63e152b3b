"""The Neo4j 5 store, through the official driver. The only module that imports ``neo4j``.

Writes run as managed transactions (the driver retries transient failures);
every driver exception is translated here into a ``SinergiError`` so that no
caller ever sees a driver type.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import neo4j
from neo4j import exceptions as neo4j_errors

from ..errors import ConstraintViolation, SinergiError, StoreError, StoreUnavailable
from ..schema import NODES, RELS
from .base import Batch, GraphStore, NodeBatch, Row, Tx, check_written

# Secondary indexes the questions filter on; keys get uniqueness constraints.
_INDEXES = {
    "Institution": ("kind", "region"),
    "Region": ("level", "province", "parent"),
    "Agreement": ("status",),
    "Meeting": ("date",),
}
# Composite indexes: coverage's Timpora team of a kab/kota is {kind, region}; the
# region index alone returned every institution of the kab/kota (about 16) to filter.
_COMPOSITE = {"institution_kind_region": ("Institution", ("kind", "region"))}


def _ddl() -> list[str]:
    stmts = [
        f"CREATE CONSTRAINT {label.lower()}_key IF NOT EXISTS "
        f"FOR (n:{label}) REQUIRE n.key IS UNIQUE"
        for label in NODES
    ]
    for label, props in _INDEXES.items():
        stmts += [
            f"CREATE INDEX {label.lower()}_{p} IF NOT EXISTS FOR (n:{label}) ON (n.{p})"
            for p in props
        ]
    for name, (label, props) in _COMPOSITE.items():
        on = ", ".join(f"n.{p}" for p in props)
        stmts.append(f"CREATE INDEX {name} IF NOT EXISTS FOR (n:{label}) ON ({on})")
    # No index on relationship keys: with one, the planner (estimating from an empty
    # store) answers the writer's MERGE with a relationship-index seek, which turns
    # quadratic in the relationships created in the same transaction (7,838 PART_OF
    # rows took 200 s instead of 1 s on a fresh store). Edges are found from their
    # indexed end nodes instead; ``evidence`` finds REPORTS by ``fact``, indexed here.
    stmts += [f"DROP INDEX {t.lower()}_key IF EXISTS" for t in RELS]
    stmts.append("CREATE INDEX reports_fact IF NOT EXISTS FOR ()-[r:REPORTS]-() ON (r.fact)")
    return stmts


@lru_cache(maxsize=512)
def _node_merge(label: str, props: tuple[str, ...]) -> str:
    # coalesce: a source that does not know a property must not erase what another set.
    sets = ", ".join(f"n.{p} = coalesce(row.{p}, n.{p})" for p in props)
    return (f"UNWIND $rows AS row MERGE (n:{label} {{key: row.key}})"
            f"{f' SET {sets}' if sets else ''} RETURN count(n) AS n")


@lru_cache(maxsize=512)
def _rel_merge(type_: str, src: str, dst: str, props: tuple[str, ...]) -> str:
    sets = ", ".join(f"r.{p} = coalesce(row.{p}, r.{p})" for p in props)
    return (f"UNWIND $rows AS row MATCH (a:{src} {{key: row.src}}) "
            f"MATCH (b:{dst} {{key: row.dst}}) MERGE (a)-[r:{type_} {{key: row.key}}]->(b)"
            f"{f' SET {sets}' if sets else ''} RETURN count(r) AS n")


def merge_query(batch: Batch) -> str:
    """The ``UNWIND $rows ... MERGE`` statement that upserts ``batch``."""
    if isinstance(batch, NodeBatch):
        return _node_merge(batch.label, batch.props)
    return _rel_merge(batch.type, batch.src, batch.dst, batch.props)


def _translate(exc: Exception) -> SinergiError:
    if isinstance(exc, neo4j_errors.ConstraintError):
        return ConstraintViolation(f"Neo4j refused a duplicate key: {exc.message}")
    unreachable = (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired,
                   neo4j_errors.AuthError, OSError)
    if isinstance(exc, unreachable):
        # One line: the driver's message spans several and repeats the address.
        why = " ".join(str(exc).split())
        return StoreUnavailable(f"Neo4j is unreachable ({type(exc).__name__}: {why})")
    if isinstance(exc, neo4j_errors.Neo4jError):
        return StoreError(f"Neo4j: {exc.code}: {exc.message}")
    return StoreError(f"Neo4j driver: {type(exc).__name__}: {exc}")


_SCALARS = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    """Driver values to plain Python: nodes and relationships become property dicts,
    temporal values ISO strings."""
    # Plain lists and scalars first, without a call per element: a question may return
    # thousands of keys in lists (brokers), and the checks below cost 5 ms per 10,000.
    if type(value) is list:
        return _plain_list(value)
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, neo4j.graph.Node | neo4j.graph.Relationship):
        return dict(value)
    if isinstance(value, list):
        return _plain_list(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def _plain_list(value: list[Any]) -> list[Any]:
    # Lists of plain values are kept as they are, checked in C (map, issuperset): a
    # province's network holds thousands of small lists (an event's members), and
    # converting each in Python was 20 of the 25 ms its rows took.
    if _PLAIN_TYPES.issuperset(map(type, value)):
        return value
    return [v if _is_plain(v) else _plain(v) for v in value]


def _is_plain(value: Any) -> bool:
    kind = type(value)
    return kind in _PLAIN_TYPES or (kind is list and _PLAIN_TYPES.issuperset(map(type, value)))


_PLAIN_TYPES = frozenset(_SCALARS)
_MAX_STATEMENTS = 1024


def _collected(query: str, keys: tuple[str, ...]) -> str:
    """``query`` answering in one record: its rows, in order, as one list of lists.
    The statement runs unchanged inside a subquery, so any read question can be wrapped.
    """
    body = query.strip().rstrip(";")
    columns = ", ".join(f"`{k}`" for k in keys)
    return f"CALL () {{\n{body}\n}}\nRETURN collect([{columns}]) AS rows"


def _rows(result: neo4j.Result) -> list[Row]:
    return _as_rows(result.keys(), result)


def _as_rows(keys: Sequence[str], records: Iterable[Sequence[Any]]) -> list[Row]:
    # A record is a tuple of values: zipping it with the keys skips the driver's lookup
    # per field (about 20 of 190 ms on a 7,000-row answer).
    return [{k: v if type(v) in _PLAIN_TYPES else _plain(v)
             for k, v in zip(keys, rec, strict=True)}
            for rec in records]


class _Neo4jTx(Tx):
    def __init__(self, tx: neo4j.Transaction | neo4j.ManagedTransaction) -> None:
        self.tx = tx

    def run(self, query: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        try:
            return _rows(self.tx.run(query, dict(params or {})))
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as exc:
            raise _translate(exc) from exc


class Neo4jStore(GraphStore):
    backend = "neo4j"

    def __init__(
        self,
        uri: str,
        user: str,
        password: str,
        *,
        database: str = "neo4j",
        timeout: float = 2.0,
        batch_size: int = 1000,
    ) -> None:
        self.batch_size = batch_size
        self.database = database
        self._reached = False
        self._columns: dict[str, tuple[str, ...]] = {}  # read statement -> its columns
        try:
            self._driver = neo4j.GraphDatabase.driver(
                uri,
                auth=(user, password),
                connection_timeout=timeout,
                connection_acquisition_timeout=timeout * 2,
                # The whole failure stays within about twice the timeout: a server
                # down at the start is found by one connectivity check (``_session``),
                # one lost later is retried for ``timeout`` seconds, not longer.
                max_transaction_retry_time=timeout,
                # Optional properties (``since``, ``review``) are absent on many nodes;
                # Neo4j's "unknown property" notices about them are noise, not errors.
                notifications_disabled_classifications=[
                    neo4j.NotificationDisabledClassification.UNRECOGNIZED
                ],
            )
        except (ValueError, neo4j_errors.ConfigurationError) as exc:
            raise StoreUnavailable(f"bad Neo4j URI {uri!r}: {exc}") from exc

    def _session(self) -> neo4j.Session:
        if not self._reached:
            # Fail fast and once: without this the first write of a command retried
            # a refused connection with back-off (4 warnings, 14-18 s) before failing.
            self.ping()
            self._reached = True
        return self._driver.session(database=self.database)

    def run(self, query: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        try:
            with self._session() as session:
                return session.execute_write(
                    lambda tx: _rows(tx.run(query, dict(params or {})))
                )
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError, OSError) as exc:
            raise _translate(exc) from exc

    def read(self, query: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        # An auto-commit transaction: one round trip instead of begin, run and commit,
        # which on this 2-core machine saved about 0.2 ms of server and 0.2 ms of driver
        # CPU per question (the uncached API answers hundreds a second). A read has
        # nothing to retry on a single server; a failure is reported as ``run`` does.
        #
        # Once a statement's columns are known (from its first run), its rows come back
        # as one record holding a list (see ``_collected``): the driver spends about 45
        # microseconds of CPU on every record it receives, which was 430 of the 490 ms it
        # took to read a 9,671-row province network (54 ms collected) and 0.55 of the
        # 1.3 ms of a 12-row coverage answer.
        keys = self._columns.get(query)
        try:
            with self._session() as session:
                if keys is None:
                    result = session.run(query, dict(params or {}))
                    rows = _rows(result)
                    self._remember(query, tuple(result.keys()))
                    return rows
                record = session.run(_collected(query, keys), dict(params or {})).single()
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError, OSError) as exc:
            raise _translate(exc) from exc
        return _as_rows(keys, record[0] if record is not None else [])

    def _remember(self, query: str, keys: tuple[str, ...]) -> None:
        if len(self._columns) >= _MAX_STATEMENTS:  # ad-hoc statements: start over
            self._columns.clear()
        self._columns[query] = keys

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        try:
            with self._session() as session, session.begin_transaction() as tx:
                yield _Neo4jTx(tx)
                tx.commit()
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError, OSError) as exc:
            raise _translate(exc) from exc

    def _upsert(self, tx: Tx, batch: Batch) -> int:
        result = tx.run(merge_query(batch), {"rows": batch.rows})
        return check_written(tx, batch, int(result[0]["n"]) if result else 0)

    def _write_batches(self, batches: list[Batch]) -> int:
        # A managed transaction: the driver retries the whole unit on transient errors.
        def work(tx: neo4j.ManagedTransaction) -> int:
            return self.write(_Neo4jTx(tx), batches)

        try:
            with self._session() as session:
                return session.execute_write(work)
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError, OSError) as exc:
            raise _translate(exc) from exc

    def ensure_schema(self) -> None:
        for stmt in _ddl():
            self.run(stmt)

    def ping(self) -> None:
        try:
            self._driver.verify_connectivity()
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError, OSError) as exc:
            raise _translate(exc) from exc

    def clear(self) -> None:
        # CALL ... IN TRANSACTIONS needs an auto-commit transaction: session.run.
        # Edges first: DETACH DELETE of 10,000 nodes takes their edges along in the same
        # inner transaction, which for hubs (a Program with 60,000 ABOUT edges) overran
        # the server's transaction memory pool on the default 512 MiB heap.
        queries = (
            "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
        )
        try:
            with self._session() as session:
                for query in queries:
                    session.run(query).consume()
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError, OSError) as exc:
            raise _translate(exc) from exc

    def close(self) -> None:
        self._driver.close()
