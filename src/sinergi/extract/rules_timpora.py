"""Rules for Timpora teams (Tim Pengawasan Orang Asing) of a province, kab/kota or
kecamatan: one per listed kecamatan ("Timpora empat kecamatan yakni A, B, C dan D"); and,
once all mentions are read, the place of a team named without one (``timpora_places``)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from . import places
from .mention import Mention, new_mention, place_at, rule, skip
from .places import ANY, DISTRICT, KABKOTA, Place
from .sentences import Sentence

_TIMPORA = re.compile(
    r"\b(?i:tim\s+pengawasan\s+orang\s+asing|tim\s*pora)\b"
    r"(?:\s*\((?i:tim\s*pora)\))?(?:\s+(?:19|20)\d\d)?"
)
_TINGKAT = re.compile(r"\s+(?i:tingkat)\b")
_WHERE = re.compile(r"\b(?:di|wilayah|se-?)\s+(?=[A-Z]|(?i:kabupaten|kota|provinsi)\b)")
_KEC_AFTER = re.compile(r"^[^.;]{0,40}?\bkecamatan\b", re.IGNORECASE)
_KEC_BEFORE = re.compile(r"\bkecamatan\b[^.;]{0,40}$", re.IGNORECASE)
_LIST_START = re.compile(
    r"(?:\b(?:yakni|yaitu|meliputi|antara\s+lain|di\s*antaranya)\b\s*:?\s*)+", re.IGNORECASE
)
_SETEMPAT_PROV = re.compile(r"\bprovinsi\s+setempat\b", re.IGNORECASE)


@rule("tim timpora")
def timpora(t: str, sent: Sentence) -> Iterator[Mention]:
    for m in _TIMPORA.finditer(t):
        pos = skip(t, m.end(), _TINGKAT)
        place, end, written = place_at(t, pos, ANY)
        if place is None:
            place, end = _timpora_where(t, m.end())
            flags = {"where"} if place else set()
            if place is None and _SETEMPAT_PROV.search(t):
                flags = {"province"}
            mention = new_mention(
                "TIMPORA",
                "Tim Pengawasan Orang Asing",
                place,
                m.start(),
                m.end(),
                sent,
                flags=flags,
            )
        else:
            mention = new_mention(
                "TIMPORA",
                "Tim Pengawasan Orang Asing",
                place,
                m.start(),
                end,
                sent,
                written=written,
            )
        if _KEC_AFTER.match(t[m.end() :]) or _KEC_BEFORE.search(
            t[max(0, m.start() - 40) : m.start()]
        ):
            mention.flags.add("kecamatan-list")
        yield mention


def _timpora_where(t: str, pos: int) -> tuple[Place | None, int]:
    """The kab/kota named in the clause after "Timpora" ("... di Kabupaten X")."""
    for w in _WHERE.finditer(t, pos):
        if w.start() - pos > 80:
            break
        place, end, _ = place_at(t, w.end(), KABKOTA | {DISTRICT})
        if place is not None:
            return place, end
    return None, pos


def kecamatan_list(text: str) -> list[Place]:
    """Places of a list "yakni A, B, C dan D" / "Meliputi Kecamatan A, B dan C"."""
    m = _LIST_START.search(text)
    if not m:
        return []
    found: list[Place] = []
    for item in re.split(r",|\bdan\b|\bserta\b|/", text[m.end() :]):
        item = re.sub(r"^\s*(?i:kecamatan|kec\.)\s+", "", item).strip(" .;:")
        item = re.sub(r"\s+(?i:kota|kabupaten)$", "", item)
        if not item or not item[0].isupper():
            continue
        hit = places.scan(item, 0, ANY, max_words=4, bare_district=True)
        if hit and hit[1] >= len(item) - 1:
            found.append(hit[0])
    return found


# --- after all mentions are read ----------------------------------------------------------

def timpora_places(mentions: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    """Timpora of listed kecamatan ("Timpora empat kecamatan yakni A, B, C dan D") become one
    team each; a Timpora without a place takes the kab/kota named after it in its clause."""
    out: list[Mention] = []
    for m in mentions:
        if m.kind != "TIMPORA":
            out.append(m)
            continue
        if "kecamatan-list" in m.flags and (m.generic or "where" in m.flags):
            sent = sentences[m.sentence]
            listed = kecamatan_list(sent.text[m.end - sent.start:])
            if not listed and m.sentence + 1 < len(sentences):
                nxt = sentences[m.sentence + 1]
                if re.match(r"\s*(?:meliputi|yakni|yaitu|antara\s+lain|di\s*antaranya)\b",
                            nxt.text, re.IGNORECASE):
                    listed = kecamatan_list(nxt.text)
            for place in listed:
                out.append(Mention("TIMPORA", m.body, place, m.start, m.end, m.sentence,
                                   written="kecamatan" if place.level == DISTRICT else None))
            continue
        if m.generic:
            after = _place_after(m, mentions, sentences)
            if after is not None:
                m.place, m.generic = after, False
        out.append(m)
    return out


def _place_after(m: Mention, mentions: list[Mention], sentences: list[Sentence]
                 ) -> Place | None:
    sent = sentences[m.sentence]
    t = sent.text
    start = m.end - sent.start
    clause = re.split(r"[.;]|\s-\s", t[start:start + 120])[0]
    # Mentions are in sentence order: bisect to this sentence's run (linear on long texts).
    lo = bisect.bisect_left(mentions, m.sentence, key=lambda x: x.sentence)
    hi = bisect.bisect_right(mentions, m.sentence, lo=lo, key=lambda x: x.sentence)
    others = [(x.start - sent.start, x.end - sent.start) for x in mentions[lo:hi]
              if x is not m]
    for w in re.finditer(r"\b(?=[A-Z])", clause):
        pos = start + w.start()
        if any(a <= pos < b for a, b in others):
            continue
        hit = places.scan(t, pos, KABKOTA)
        if hit is not None:
            return hit[0]
    return None
