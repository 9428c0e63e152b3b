"""The story's officials as a way to its offices: "Yusuf menambahkan, ..." names the
Kakanim, so the sentence speaks for the Kantor Imigrasi.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .entities import Entity
from .officials import FoundOfficial


def people_of(officials: list[FoundOfficial]) -> dict[str, Entity]:
    """The offices of the story's officials by each capitalised word of their names (a
    word two officials share is left out: it would not say whose office)."""
    out: dict[str, Entity] = {}
    shared: set[str] = set()
    for o in officials:
        if o.entity is None:
            continue
        for word in re.findall(r"[A-Z][a-z]{2,}", o.name):
            if word in out and out[word] is not o.entity:
                shared.add(word)
            out[word] = o.entity
    return {w: e for w, e in out.items() if w not in shared}


def actor_of(text: str, people: dict[str, Entity],
             wanted: Callable[[Entity], bool] | None = None) -> Entity | None:
    """The office of the first official of the story named in ``text`` by one of their
    names ("Yudhistira juga ..."), if any; with ``wanted``, the first such office it
    accepts."""
    for word in re.findall(r"[A-Z][a-z]{2,}", text):
        if word in people and (wanted is None or wanted(people[word])):
            return people[word]
    return None
