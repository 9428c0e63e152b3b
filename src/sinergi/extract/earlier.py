"""Earlier meetings told in passing: "sebelumnya, ia telah bertemu dengan Dirjen Imigrasi".

An article reports one main event (``meetings``), but often recalls an earlier meeting
that led to it. A sentence that puts a meeting verb in the past ("sebelumnya", "telah
bertemu", "sudah beraudiensi", "juga bersilaturahmi"), or calls the event the follow-up
of a visit ("tindak lanjut audiensi ... pada Kamis (9/1)", "berawal dari audiensi ..."),
and names who was met is a second meeting: an ``AUDIENCE`` (a visit to or a meeting with
another body), dated only when the sentence gives a date. Its participants are the
bodies the sentence names; when it names only the one met, the office of the story's
official who is its subject ("Jefry juga bersilaturahmi ke Polresta"), else the main
event's regional government (the subject of such sentences is most often the regent or
mayor the story is about).
Quoted speech does not count (the reporter's own sentence usually repeats it).
"""

from __future__ import annotations

import re

from .dates import DateMention
from .entities import Entity
from .meetings import FoundMeeting, participants_of
from .mention import Mention
from .people import actor_of
from .sentences import Sentence, in_quote

_VISIT = (r"(?:bertemu|menemui|beraudiensi|berkunjung|mengunjungi|bertandang|menyambangi|"
          r"bersilaturahmi|bersilaturahim|melakukan\s+audiensi|mengadakan\s+audiensi)")
_EARLIER = re.compile(
    r"\b(?:sebelumnya|sebelum\s+itu|beberapa\s+(?:hari|waktu|pekan|minggu|bulan)\s+lalu)\b"
    r"[^.;]{0,60}?\b(?:telah\s+|sudah\s+|juga\s+)?" + _VISIT + r"\b"
    r"|\b(?:telah|sudah)\s+(?:" + _VISIT[3:-1] + r")\s+"
    r"(?:dengan|ke|kepada)\b"
    # "Pembukaan ULP tersebut merupakan tindak lanjut audiensi Kakanim dengan Bupati ...",
    # "kerja sama ini berawal dari audiensi jajaran Kanim kepada Bupati pada Senin (19/1)".
    r"|\b(?P<follow>tindak\s+lanjut|bermula|berawal|diawali)\s+(?:dari\s+|dengan\s+)?"
    r"(?:hasil\s+)?(?:audiensi|kunjungan)\b",
    re.IGNORECASE)
_HE = re.compile(r"(?:Ia|Dia|Beliau)\b")
_WORDS = frozenset({"bertemu", "menemui", "beraudiensi", "audiensi", "berkunjung", "mengunjungi",
                    "bertandang", "menyambangi", "bersilaturahmi", "bersilaturahim"})
_REGIONAL = ("PEMKAB", "PEMKOT", "PEMPROV")
IN_PASSING = ("pertemuan sebelumnya, disebut sepintas / "
              "an earlier meeting, mentioned in passing")


def earlier_meetings(sentences: list[Sentence], mentions: list[Mention],
                     by_mention: dict[int, Entity], quotes: list[tuple[int, int]],
                     main: FoundMeeting | None, dates: dict[int, list[DateMention]],
                     people: dict[str, Entity]) -> list[FoundMeeting]:
    """Meetings before the main event, at most one per sentence (see the module doc)."""
    out: list[FoundMeeting] = []
    for s in sentences:
        if _WORDS.isdisjoint(s.words) or (main is not None and s.index == main.sentence.index):
            continue
        m = _EARLIER.search(s.text)
        if m is None or in_quote(s.start + m.start(), quotes) or (
                m.group("follow") and main is not None and main.kind == "AUDIENCE"):
            continue  # "sebagai tindak lanjut audiensi" after the story's own audience
        named = participants_of([s], mentions, by_mention)
        if not named:
            continue
        actor = actor_of(s.text[:m.end()], people)  # "Jefry juga bersilaturahmi ..."
        if actor is None and _HE.match(s.text) and s.index > 0:
            # "Ia menambahkan, ... tindak lanjut dari audiensi yang ia lakukan kepada Bupati":
            # "ia" is who the sentence before named.
            actor = actor_of(sentences[s.index - 1].text, people)
        if actor is not None and actor not in named:
            named.insert(0, actor)
        if len(named) < 2 and main is not None:
            host = next((e for e in main.participants if e.kind in _REGIONAL), None)
            if host is not None and host not in named:
                named = [host, *named]
        if len(named) < 2:
            continue
        found = [d.iso for d in dates.get(s.index, []) if d.iso]
        out.append(FoundMeeting("AUDIENCE", found[0] if found else None, named, s, 0.55,
                                [IN_PASSING]))
    return out
