"""An official as read from one story, and one official per person when the story names
them twice ("Kasmidi Bulang", then "Wabup Kasmidi Bulang"; "M. Diah" and "Muhammad
Diah"; "Zulkifi" and "Zulkifli")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .entities import Entity
from .names import one_letter_apart
from .sentences import Sentence


@dataclass
class FoundOfficial:
    name: str
    title: str
    entity: Entity | None
    sentence: Sentence
    confidence: float


@lru_cache(maxsize=4096)  # asked for every pair of officials of an article
def _key(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.sub(r"[^a-z ]", " ", name.lower()).split() if w)


def _one_typo(a: str, b: str) -> bool:
    """Equal but for one letter left out: "Zulkifi" / "Zulkifli"."""
    return min(len(a), len(b)) >= 5 and one_letter_apart(a, b)


def _initialled(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same words but where one name writes a word as its initial ("m" for "muhammad");
    the last word (the family or main name) must be written out in both."""
    if len(a) != len(b) or len(a) < 2 or a == b or a[-1] != b[-1]:
        return False
    return all(x == y or (len(x) == 1 or len(y) == 1) and x[0] == y[0]
               for x, y in zip(a, b, strict=True))


def _only_bearer(word: str, found: list[FoundOfficial]) -> bool:
    """ "Makalalag yang juga wakil ketua Tim Pora" after "Teddy Makalalag": one word that
    only one longer name of the article holds refers back to that person."""
    return len({" ".join(_key(f.name)) for f in found if len(_key(f.name)) > 1
                and word in _key(f.name)}) == 1


def merge(found: list[FoundOfficial]) -> list[FoundOfficial]:
    """One official per person: "Kasmidi Bulang" and "Wabup Kasmidi Bulang" are one."""
    out: list[FoundOfficial] = []
    for f in found:
        k = _key(f.name)
        same = None
        typo = False
        for o in out:
            ok = _key(o.name)
            short, long = (k, ok) if len(k) <= len(ok) else (ok, k)
            if short == long or (len(short) >= 2 and all(w in long for w in short)) or (
                # "Bupati Aulia" after "Bupati HST, H. Aulia Oktafiandi": one person.
                len(short) == 1 and short[0] in long and len(short[0]) > 3
                and (o.entity is f.entity or _only_bearer(short[0], found))
            ):
                same = o
                break
            if len(k) == len(ok) and o.entity is f.entity and all(
                x == y or _one_typo(x, y) for x, y in zip(k, ok, strict=True)
            ):
                same, typo = o, True
                break
            if _initialled(k, ok):  # "M. Diah" and "Muhammad Diah": one person
                same, typo = o, True  # like a typo: the longer writing wins
                break
        if same is None:
            out.append(f)
            continue
        if typo:
            # A slip of the keyboard drops letters more often than it adds them.
            if len(f.name) > len(same.name):
                same.name = f.name
        elif len(_key(f.name)) > len(_key(same.name)):
            same.name = f.name
        if len(f.title) > len(same.title) and f.entity is not None:
            same.title, same.entity = f.title, f.entity
        same.confidence = max(same.confidence, f.confidence)
    return out
