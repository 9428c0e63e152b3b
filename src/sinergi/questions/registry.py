"""The questions planners ask: one named, documented Cypher file each, run the same way.

``registry()`` reads every ``cypher/NAME.cypher`` of the package (its header says
what it asks, its parameters and its columns; see ``header``), and
``run_query(store, name, params)``:

1. refuses an unknown name (``NotFound``) or a bad parameter (``ParameterError``
   naming it) before anything reaches the database;
2. runs the question's *prepare* step, if any (derived values such as a cut-off
   date: the embedded dialect has no date arithmetic);
3. resolves institution/region names to keys in the store (an institution rejected
   in review is refused: questions leave rejected facts out);
4. runs the Cypher (or the ``cypher/embedded/NAME.cypher`` override on the
   embedded store), values always as parameters;
5. runs the question's *post* step, if any (e.g. betweenness for ``brokers``),
   sorts the ``sets`` columns, drops repeated rows and orders the rows as the
   header says, so both backends give identical rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from ..errors import NoReferenceData, NotFound, SchemaError
from ..settings import Settings
from . import (
    lifecycle,  # noqa: F401  (registers the lifecycle questions' steps)
    post,
    scorecard,  # noqa: F401  (registers its step)
)
from .header import Header, Param, parse_header
from .params import check_params, resolve_in_store

CYPHER = "cypher"
EMBEDDED = "embedded"


@dataclass(frozen=True)
class Query:
    """One question: its name, header, Cypher and (rarely) an embedded-dialect override."""

    name: str
    header: Header
    cypher: str
    embedded: str | None = None

    @property
    def title(self) -> str:
        return self.header.title

    @property
    def description(self) -> str:
        return self.header.description

    @property
    def params(self) -> tuple[Param, ...]:
        return self.header.params

    @property
    def columns(self) -> tuple[str, ...]:
        return self.header.columns

    def text_for(self, backend: str) -> str:
        return self.embedded if backend == EMBEDDED and self.embedded else self.cypher


@dataclass
class Result:
    """A question's answer. A list question (one with ``limit``/``offset`` parameters and
    a ``total`` column) also says how many rows match in all and which page this is."""

    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)
    total: int | None = None
    limit: int | None = None
    offset: int = 0

    @property
    def paged(self) -> bool:
        return self.total is not None

    @property
    def truncated(self) -> bool:
        """More rows match than this page holds."""
        return self.total is not None and self.offset + len(self.rows) < self.total

    @property
    def next_offset(self) -> int | None:
        return self.offset + len(self.rows) if self.truncated else None


def _body(text: str) -> str:
    """The Cypher without its header comment lines."""
    lines = text.splitlines()
    while lines and (not lines[0].strip() or lines[0].strip().startswith("//")):
        lines.pop(0)
    return "\n".join(lines).strip()


def _read(entry: Traversable, overrides: Traversable) -> Query:
    name = entry.name.removesuffix(".cypher")
    text = entry.read_text(encoding="utf-8")
    header = parse_header(text, f"queries/cypher/{entry.name}")
    override = overrides / entry.name
    embedded = _body(override.read_text(encoding="utf-8")) if override.is_file() else None
    return Query(name, header, _body(text), embedded)


@lru_cache(maxsize=1)
def registry() -> dict[str, Query]:
    """Every question of the package, by name."""
    root = resources.files(__package__) / CYPHER
    overrides = root / EMBEDDED
    queries = {}
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.is_file() and entry.name.endswith(".cypher"):
            query = _read(entry, overrides)
            queries[query.name] = query
    if overrides.is_dir():
        orphans = [e.name for e in overrides.iterdir()
                   if e.name.endswith(".cypher") and e.name.removesuffix(".cypher") not in queries]
        if orphans:
            raise SchemaError(f"embedded overrides without a question: {orphans}")
    return queries


def get(name: str) -> Query:
    try:
        return registry()[name]
    except KeyError:
        known = ", ".join(sorted(registry()))
        raise NotFound(f"no question {name!r}; known: {known}") from None


_NUMBERS = (bool, int, float)  # a tuple: isinstance checks it faster than a union


def _sort_key(value: Any) -> tuple[int, Any]:
    # None sorts first, then values of one type; mixed types fall back to their text.
    if value is None:
        return (0, "")
    if type(value) is str:  # the common case, first
        return (2, value)
    if isinstance(value, _NUMBERS):
        return (1, value)
    return (2, str(value))


def _finish(query: Query, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    # Identical rows say nothing more; parts of a UNION ALL may repeat one event. Rows
    # are told apart by their first column, and only rows sharing it by their whole
    # text: repr() of every row was half of this step on a province network.
    seen: dict[str, Any] = {}
    columns, needed = list(query.columns), set(query.columns)
    for row in rows:
        if len(row) == len(columns) and list(row) == columns:
            clean = dict(row)  # already the columns in their order: a plain copy is faster
        elif needed <= row.keys():
            clean = {c: row[c] for c in columns}
        else:
            missing = [c for c in columns if c not in row]
            raise SchemaError(f"question {query.name} returned no column(s) {missing}")
        for c in query.header.sets:
            value = clean[c]
            if value is not None:
                clean[c] = list(value) if len(value) < 2 else sorted(set(value), key=_sort_key)
        if _unseen(seen, clean, columns[0]):
            out.append(clean)
    if query.header.order:
        _order(out, query.header.order)
    return out


def _unseen(seen: dict[str, Any], row: dict[str, Any], first: str) -> bool:
    """Whether no row identical to ``row`` came before. ``seen`` maps each first value
    met (its repr: 1, 1.0 and True differ) to the row kept with it, or, once that value
    comes again, to the set of the whole texts of its rows."""
    head = repr(row[first])
    kept = seen.get(head)
    if kept is None:
        seen[head] = row
        return True
    if not isinstance(kept, set):
        kept = seen[head] = {repr(kept)}
    ident = repr(row)
    if ident in kept:
        return False
    kept.add(ident)
    return True


def _order(rows: list[dict[str, Any]], order: tuple[tuple[str, bool], ...]) -> None:
    """Sort by the declared order; rows tied under it by the whole row, because each
    backend would otherwise keep its own order among them."""
    if len({desc for _, desc in order}) == 1:
        # One direction: a single sort on all the columns orders as the sorts one
        # column at a time below do (both stable), with each key computed once.
        columns, desc = [c for c, _ in order], order[0][1]
        keyed = sorted(((tuple(_sort_key(row[c]) for c in columns), row) for row in rows),
                       key=_first, reverse=desc)
        rows[:] = [row for _, row in keyed]
        keys = [key for key, _ in keyed]
    else:
        for column, desc in reversed(order):
            rows.sort(key=_by(column), reverse=desc)
        keys = [tuple(_sort_key(row[c]) for c, _ in order) for row in rows]
    start = 0
    for end in range(1, len(rows) + 1):
        if end == len(rows) or keys[end] != keys[start]:
            if end - start > 1:
                rows[start:end] = sorted(rows[start:end], key=_whole)
            start = end


def _first(pair: tuple[Any, Any]) -> Any:
    return pair[0]


def _whole(row: dict[str, Any]) -> list[tuple[int, Any]]:
    return [_sort_key(v) for v in row.values()]


def _by(column: str) -> Any:
    return lambda row: _sort_key(row[column])


def run_query(
    store: Any,
    name: str,
    params: Mapping[str, Any] | None = None,
    *,
    settings: Settings | None = None,
) -> Result:
    """Answer question ``name`` with ``params`` on ``store``; see the module docstring."""
    query = get(name)
    values = check_params(query.params, dict(params or {}), settings)
    cypher_params = post.prepare(query.name, values)
    resolve_in_store(store, query.params, cypher_params)
    paged = "total" in query.columns and "limit" in cypher_params
    if paged and int(cypher_params.get("offset") or 0) > 0:
        past_end = _past_the_end(store, query, cypher_params)
        if past_end is not None:
            return past_end
    rows = _reader(store)(query.text_for(store.backend), cypher_params)
    rows = post.process(query.name, rows, cypher_params,
                        lambda name, given: run_query(store, name, given, settings=settings).rows)
    if not rows:
        _require_reference(store)
    result = Result(list(query.columns), _finish(query, rows))
    if paged:
        _page(store, query, cypher_params, result)
    return result


def _reader(store: Any) -> Any:
    """How to ask the store a question: its ``read`` (cheaper on Neo4j), else ``run``."""
    return getattr(store, "read", store.run)


def _past_the_end(store: Any, query: Query, params: dict[str, Any]) -> Result | None:
    """The empty last page when ``offset`` is past every match, without running it: the
    embedded engine crashes on a SKIP far beyond its rows (ladybug 0.22)."""
    total = _total(store, query, params)
    if int(params["offset"]) < total:
        return None
    if total == 0:
        _require_reference(store)
    return Result(list(query.columns), [], total=total, limit=int(params["limit"]),
                  offset=int(params["offset"]))


def _require_reference(store: Any) -> None:
    """An empty answer from a graph without its reference layer would mislead ("no
    gaps"): say what is missing instead."""
    if not _reader(store)("MATCH (r:Region) RETURN r.key AS k LIMIT 1"):
        raise NoReferenceData()


def _page(store: Any, query: Query, params: dict[str, Any], result: Result) -> None:
    result.limit, result.offset = int(params["limit"]), int(params.get("offset") or 0)
    result.total = int(result.rows[0]["total"]) if result.rows else 0


def _total(store: Any, query: Query, params: dict[str, Any]) -> int:
    """How many rows a list question matches in all (its first row carries the total)."""
    probe = _reader(store)(query.text_for(store.backend), {**params, "limit": 1, "offset": 0})
    return int(probe[0]["total"]) if probe else 0
