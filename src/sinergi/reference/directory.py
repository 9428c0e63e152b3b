"""Turning the institution and region names planners write into graph keys.

Planners' sheets name institutions the way people write them ("Pemkab Kukar", "Kanim
Batulicin") or by key (``kanim:batulicin``), and regions by name or Kemendagri code.
A ``Directory`` answers from what the graph already holds (keys, names, aliases), then
asks the resolver and the gazetteer for nicknames and abbreviations. Only keys that
exist in the graph (or are added by an offices sheet in the same load) are accepted:
a fact must never point at a node nobody created. Every failure is a sentence naming
the problem (unknown, ambiguous with its candidates, not loaded yet).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..schema import REVIEW_BELOW
from ..sheets import region_code_text
from ..stores import GraphStore
from .gazetteer import Gazetteer, load_gazetteer, norm, short_name

#: Resolutions less sure than this are refused: the planner writes the key instead.
MIN_CONFIDENCE = REVIEW_BELOW


class Unresolved(ValueError):
    """A name that does not lead to exactly one node; the message says why."""


@dataclass(frozen=True)
class InstitutionInfo:
    key: str
    name: str
    kind: str | None
    region: str | None


@dataclass
class Directory:
    institutions: dict[str, InstitutionInfo] = field(default_factory=dict)
    regions: dict[str, str] = field(default_factory=dict)  # code -> name
    gazetteer: Gazetteer | None = None
    resolver: Any = None
    _inst_names: dict[str, set[str]] = field(default_factory=dict)
    _region_names: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def from_store(cls, store: GraphStore, *, use_resolver: bool = True) -> Directory:
        d = cls(gazetteer=load_gazetteer())
        for row in store.run("MATCH (i:Institution) RETURN i.key AS key, i.name AS name, "
                             "i.kind AS kind, i.region AS region, i.aliases AS aliases"):
            d.add_institution(InstitutionInfo(row["key"], row["name"] or row["key"],
                                              row["kind"], row["region"]), row["aliases"] or [])
        for row in store.run("MATCH (r:Region) RETURN r.key AS key, r.name AS name"):
            d.add_region(row["key"], row["name"] or row["key"])
        if use_resolver:
            d.resolver = _make_resolver(d.gazetteer)
        return d

    def add_institution(self, info: InstitutionInfo, aliases: list[str] | tuple = ()) -> None:
        self.institutions[info.key] = info
        for written in (info.name, *aliases):
            if written:
                self._inst_names.setdefault(norm(written), set()).add(info.key)

    def add_region(self, code: str, name: str) -> None:
        self.regions[code] = name
        for written in {name, short_name(name)}:
            self._region_names.setdefault(norm(written), set()).add(code)

    # --- institutions ------------------------------------------------------------------

    def institution(self, written: str) -> str:
        """The key of the institution ``written`` names; ``Unresolved`` otherwise."""
        written = written.strip()
        if written in self.institutions:
            return written
        if written.lower() in self.institutions:
            return written.lower()
        found = self._inst_names.get(norm(written), set())
        if len(found) == 1:
            return next(iter(found))
        if found:
            raise Unresolved(f"{written!r} is ambiguous: it names {self._names(found)}; "
                             "write the key instead")
        return self._resolve(written)

    def _resolve(self, written: str) -> str:
        if self.resolver is None:
            raise Unresolved(f"unknown institution {written!r}: not a key, name or alias in "
                             "the graph (add it on an offices sheet)")
        res = self.resolver.resolve(written)
        key = getattr(res, "key", None)
        candidates = [str(getattr(c, "key", c)) for c in getattr(res, "candidates", []) or []]
        if not key and len(candidates) > 1:
            raise Unresolved(f"{written!r} is ambiguous: it may be {', '.join(candidates[:5])}; "
                             "write the key instead")
        if not key:
            raise Unresolved(f"unknown institution {written!r}: no key, name or alias matches "
                             "(add it on an offices sheet)")
        confidence = float(getattr(res, "confidence", 1.0) or 0.0)
        if key not in self.institutions:
            if confidence < MIN_CONFIDENCE:
                raise Unresolved(f"unknown institution {written!r}: no key, name or alias "
                                 "matches (add it on an offices sheet)")
            raise Unresolved(f"{written!r} means {key}, which is not in the graph yet "
                             "(load the reference data or add it on an offices sheet)")
        if confidence < MIN_CONFIDENCE:
            raise Unresolved(f"{written!r} only probably means {key} (confidence "
                             f"{confidence:.2f}); write the key to confirm")
        return str(key)

    def named(self, written: str) -> set[str]:
        """Keys of the institutions whose name or alias is ``written`` (exactly, any case)."""
        return set(self._inst_names.get(norm(written), set()))

    def _names(self, keys: set[str]) -> str:
        return ", ".join(f"{k} ({self.institutions[k].name})" for k in sorted(keys)[:5])

    # --- regions -----------------------------------------------------------------------

    def region(self, written: Any) -> str:
        """The Kemendagri code of the region ``written`` names; ``Unresolved`` otherwise."""
        text = region_code_text(written) or ""
        if text in self.regions:
            return text
        found = self._region_names.get(norm(text), set())
        if not found and self.gazetteer is not None:
            codes = [r.code for r in self.gazetteer.find_regions(text)]
            found = {c for c in codes if c in self.regions}
            if codes and not found:
                raise Unresolved(f"region {text!r} ({codes[0]}) is not in the graph yet: "
                                 "run `sinergi load reference` first")
        if len(found) == 1:
            return next(iter(found))
        if found:
            listed = ", ".join(f"{c} {self.regions[c]}" for c in sorted(found)[:5])
            raise Unresolved(f"region {text!r} is ambiguous: {listed}; write the code or "
                             "'Kabupaten ...'/'Kota ...'")
        raise Unresolved(f"unknown region {text!r}: write its name or Kemendagri code")


def _make_resolver(gazetteer: Gazetteer | None) -> Any:
    """The shared resolver, when it is installed (it lands separately)."""
    try:
        from .resolver import Resolver
    except ImportError:
        return None
    return Resolver(gazetteer if gazetteer is not None else load_gazetteer())
