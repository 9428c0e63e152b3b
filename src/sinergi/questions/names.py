"""What keys are called: the name (or title, or kind and date) of the nodes an answer
names by key, so pages can show names instead of ``agreement:b5d49e59f54b``.

One query per label for all the keys of a page at once, values always as parameters;
the same Cypher runs on both backends.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

#: Region codes (63, 63.10, 63.10.01); other keys have a ``prefix:``.
REGION_CODE = re.compile(r"\d{2}(\.\d{2}){0,2}(\.\d{4})?")

_QUERIES = {
    "Institution": "MATCH (n:Institution) WHERE n.key IN $keys "
                   "RETURN n.key AS key, n.name AS name, n.kind AS kind, '' AS date",
    "Agreement": "MATCH (n:Agreement) WHERE n.key IN $keys "
                 "RETURN n.key AS key, n.title AS name, n.kind AS kind, n.signed_on AS date",
    "Meeting": "MATCH (n:Meeting) WHERE n.key IN $keys "
               "RETURN n.key AS key, n.venue AS name, n.kind AS kind, n.date AS date",
    "Person": "MATCH (n:Person) WHERE n.key IN $keys "
              "RETURN n.key AS key, n.name AS name, '' AS kind, '' AS date",
    "Region": "MATCH (n:Region) WHERE n.key IN $keys "
              "RETURN n.key AS key, n.name AS name, n.level AS kind, '' AS date",
    "Article": "MATCH (n:Article) WHERE n.key IN $keys "
               "RETURN n.key AS key, n.title AS name, n.url AS kind, n.published_on AS date",
}
#: Key prefix -> label, for keys whose prefix says what they are.
_PREFIXES = {"agreement": "Agreement", "meeting": "Meeting", "person": "Person",
             "article": "Article", "record": "Record", "decision": "Decision"}


@dataclass(frozen=True)
class Named:
    key: str
    label: str  # Institution, Agreement, Meeting, Person, Region, Article
    name: str | None
    kind: str | None
    date: str | None


def label_of(key: str) -> str:
    """The label a key belongs to, from its shape (institutions have many prefixes)."""
    if REGION_CODE.fullmatch(key):
        return "Region"
    return _PREFIXES.get(key.split(":", 1)[0], "Institution")


def names(store: Any, keys: Iterable[str]) -> dict[str, Named]:
    """The nodes behind ``keys`` that exist, by key (unknown keys are left out)."""
    by_label: dict[str, set[str]] = {}
    for key in keys:
        by_label.setdefault(label_of(key), set()).add(key)
    found: dict[str, Named] = {}
    for label, wanted in sorted(by_label.items()):
        if label not in _QUERIES:  # records and decisions have no name to show
            continue
        for row in store.run(_QUERIES[label], {"keys": sorted(wanted)}):
            found[row["key"]] = Named(row["key"], label, row.get("name") or None,
                                      row.get("kind") or None, row.get("date") or None)
    return found
