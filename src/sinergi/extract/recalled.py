"""An earlier event recalled with its own holding clause and attendee list: "Operasi itu
merupakan tindak lanjut rapat koordinasi Timpora Kota Dumai yang digelar kemarin ...
Rapat koordinasi sehari sebelumnya dihadiri Badan Kesbangpol, Dinas Tenaga Kerja ...",
"naskah kesepakatan disusun melalui diskusi kelompok terpumpun (FGD) ..., Senin (29/12)",
"melaporkan hasil Rapat Koordinasi Timpora yang telah dilaksanakan pada Senin (29/12)
... Rapat tersebut dihadiri oleh ...", "pada Senin (8/7) petugas imigrasi bersama personel
Polres Belu telah melakukan operasi gabungan" (the doers named before the event, "petugas
imigrasi" being the story's Kantor Imigrasi).

The article reports one main event (``meetings``); a sentence outside quotes that names
an event of another kind followed by "yang (telah) digelar / dilaksanakan / berlangsung"
recalls a second one. Its date is the sentence's own (after the event's name); its
participants are the bodies named from the event's name on in that sentence, and in
later sentences that say who attended it ("Rapat tersebut dihadiri oleh ...", "Hadir
pada rapat tersebut ..."). Bodies named only there took part in it, not in the main
event. Without two participants nothing is read.
"""

from __future__ import annotations

import re

from .clean import lower
from .dates import DateMention
from .entities import Entity
from .meetings import FoundMeeting, event_after, participants_of
from .mention import Mention
from .sentences import Sentence, in_quote

_NOUN = (r"(?P<noun>rapat\s+koordinasi|rakor|rapat|pertemuan|sosialisasi|fgd|diskusi|"
         r"operasi\s+(?:gabungan|pengawasan|bersama|terpadu))\b")
_HELD = re.compile(
    r"\b" + _NOUN + r"(?:(?!rapat|rakor|pertemuan|sosialisasi|operasi)[^.;]){0,140}?"
    r"\byang\s+(?:telah\s+|sudah\s+)?(?:digelar|dilaksanakan|diselenggarakan|"
    r"berlangsung)\b"
    # "Operasi tersebut didahului rapat koordinasi Timpora ..., Selasa (18/6)."
    r"|\b(?:didahului|diawali)\s+(?:dengan\s+)?" + _NOUN.replace("noun", "noun2")
    # "pada Senin (8/7) petugas imigrasi bersama personel Polres Belu telah melakukan
    # operasi gabungan": the doers are named before the event.
    # "Sebelumnya, pekan lalu, tim gabungan Timpora ... menggelar operasi pengawasan".
    + r"|\b(?:(?:telah|sudah)\s+|sebelumnya\b[^.;]{0,200}?\b)(?:melakukan|melaksanakan|"
    r"menggelar)\s+" + _NOUN.replace("noun", "noun3")
    # "Temuan itu dibahas dalam rapat koordinasi Timpora ..., kemarin"; "Sosialisasi ini
    # merupakan tindak lanjut rapat koordinasi Timpora ..., Selasa (29/12)".
    # "naskah kesepakatan disusun melalui diskusi kelompok terpumpun (FGD) ..., Senin".
    + r"|\b(?:dibahas|dievaluasi|dimatangkan|disusun|dirumuskan)\s+(?:dalam|melalui)\s+"
    + _NOUN.replace("noun", "noun4")
    + r"|\btindak\s+lanjut\s+(?:dari\s+)?(?:hasil\s+)?" + _NOUN.replace("noun", "noun5"))
# "petugas imigrasi", "tim imigrasi": the story's immigration office.
_OUR_OFFICERS = re.compile(r"\b(?:petugas|tim|personel|jajaran)\s+(?:kantor\s+)?imigrasi\b")
# "Rapat koordinasi sehari sebelumnya dihadiri ...", "Hadir pada rapat tersebut ...".
_ATTENDED = re.compile(
    r"^(?:rapat|rakor|pertemuan|sosialisasi|operasi|kegiatan)\b[^;]{0,150}?\b(?:dihadiri|"
    r"diikuti|melibatkan|dibuka|dipimpin)\b|^hadir\s+(?:pada|dalam)\s+(?:rapat|rakor|pertemuan|kegiatan|"
    r"sosialisasi)\s+(?:tersebut|itu)\b")
_WORDS = frozenset({"digelar", "dilaksanakan", "diselenggarakan", "berlangsung", "didahului",
                    "diawali", "melakukan", "melaksanakan", "menggelar", "dibahas",
                    "dievaluasi", "dimatangkan", "disusun", "dirumuskan", "tindak"})
RECALLED = ("peristiwa sebelumnya yang disebut dalam berita / "
            "an earlier event the story recalls")


def recalled_meetings(sentences: list[Sentence], mentions: list[Mention],
                      by_mention: dict[int, Entity], quotes: list[tuple[int, int]],
                      main: FoundMeeting | None, dates: dict[int, list[DateMention]],
                      found: list[FoundMeeting]) -> list[FoundMeeting]:
    """Earlier events recalled with a holding clause (see the module docstring), at most
    one per kind, none of a kind already read (``main``, ``found``)."""
    if main is None:
        return []
    kinds = {main.kind} | {m.kind for m in found}
    # Sentences saying who attended an event, with its kind: read once (long texts).
    attended = [(t, e[0]) for t in sentences if _ATTENDED.match(low := t.low or lower(t.text))
                and (e := event_after(low, 0)) is not None]
    out: list[FoundMeeting] = []
    for s in sentences:
        if s.index == main.sentence.index or (s.words and _WORDS.isdisjoint(s.words)):
            continue
        low = s.low or lower(s.text)
        held = _HELD.search(low)
        if held is None or in_quote(s.start + held.start(), quotes):
            continue
        did = held.group("noun3") is not None
        at = held.start(next(g for g in ("noun", "noun2", "noun3", "noun4", "noun5")
                             if held.group(g)))
        event = event_after(low, at)
        if event is None or event[0] in kinds:
            continue
        kind = event[0]
        later = [t for t, k in attended if t.index > s.index and k == kind]
        named = _named_from(s, 0 if did else at, mentions, by_mention)
        if _OUR_OFFICERS.search(low, 0 if did else at):
            named += [e for e in main.participants if e.kind == "KANIM" and e not in named][:1]
        named += [e for e in participants_of(later, mentions, by_mention) if e not in named]
        if len(named) < 2:
            continue
        wanted = {t.index for t in later} | {s.index}
        main.participants = [e for e in main.participants
                             if not all(m.sentence in wanted for m in e.mentions)]
        own = [d.iso for d in dates.get(s.index, []) if d.iso and (did or d.start >= at)]
        out.append(FoundMeeting(kind, own[0] if own else None, named, s, 0.6, [RECALLED]))
        kinds.add(kind)
    return out


def _named_from(s: Sentence, start: int, mentions: list[Mention],
                by_mention: dict[int, Entity]) -> list[Entity]:
    """The acting bodies of ``s`` named at or after offset ``start`` of it."""
    return [e for e in participants_of([s], mentions, by_mention)
            if any(m.sentence == s.index and m.start - s.start >= start for m in e.mentions)]
