"""A second event told after the main one: "keesokan harinya, tim gabungan ... menggelar
operasi", "selepas rapat, tim langsung menggelar operasi gabungan", "pada hari yang
sama, Kakanim juga bersilaturahmi ke Polresta", "hasil operasi itu kemudian dibahas dalam
rapat evaluasi Timpora".

An article reports one main event (``meetings``); some go on to a second one the same
day or the next (a Timpora meeting and the joint operation it decided, a new office
head's second courtesy call). A sentence after the main event's that holds such a
sequence cue (or one of an event held just before: "sehari sebelumnya", "tindak lanjut
dari rapat ...") and names an event that is not a plan is a second meeting, when it names
two bodies (the sentence, and the next one when it goes on with who took part:
"Operasi melibatkan ..."). With one body named, the person who acts (an official of
the story, "Yudhistira juga bersilaturahmi ke ...") brings their office. When the
gathering goes on ("usai penandatanganan, kegiatan dilanjutkan dengan rapat koordinasi
...") and names no bodies of its own, who came stays for it (a tour of the rooms does not
count). Its date is the sentence's own, else the main event's day ("hari yang sama",
"selepas rapat"), the day after ("keesokan harinya") or before ("sehari sebelumnya"), or
none ("tindak lanjut dari rapat" without a day).

Last, after every other reading, a sentence after the main event's that gives a day of
its own (a number in it, not the main event's day) and names an event of another kind
with two bodies is a second event too, with no sequence word ("Pada Rabu (15/6/2022),
Kanim bersama Kesbangpol melanjutkan kegiatan dengan sosialisasi ..."); a room ("Ruang
Rapat") is no event.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .clean import lower
from .dates import DateMention
from .entities import Entity
from .meetings import FoundMeeting, event_after, numbered, participants_of
from .mention import Mention
from .people import actor_of
from .sentences import Sentence, in_quote

_EVENT_NOUNS = (r"(?:rapat|rakor|pertemuan|acara|kegiatan|sosialisasi|audiensi|kunjungan|"
                r"peresmian|pengukuhan|pelantikan|penandatanganan|operasi)")
_SEQUENCE = re.compile(
    r"\b(?:keesokan\s+harinya|esok(?:an)?\s+harinya|sehari\s+(?:kemudian|setelahnya|berselang)|"
    r"(?:pada|di)\s+hari\s+yang\s+sama|(?:selepas|usai|seusai|setelah|sesudah)\s+"
    r"(?:(?:prosesi|rangkaian)\s+)?" + _EVENT_NOUNS
    + r"|sebagai\s+tindak\s+lanjut(?:\s+(?:dari\s+)?(?:hasil\s+)?"
    + _EVENT_NOUNS + r")?|menindaklanjuti\s+hasil(?:\s+" + _EVENT_NOUNS + r")?|"
    # "Hasil operasi itu kemudian dibahas dalam rapat evaluasi Timpora ...".
    r"hasil\s+" + _EVENT_NOUNS + r"(?:\s+(?:itu|tersebut|ini))?\s+(?:kemudian\s+|lalu\s+)?"
    r"(?:dibahas|dievaluasi|dilaporkan|dipaparkan)|"
    # Told after the main event, but held before it: "sehari sebelumnya, tim menggelar
    # rapat", "operasi ini merupakan tindak lanjut dari rapat ... yang digelar Senin".
    # "Sebelumnya, pada Selasa (9/7), tim gabungan ... memeriksa dokumen ...".
    r"(?P<before>sehari\s+sebelumnya|tindak\s+lanjut\s+dari|sebelumnya(?=,?\s+(?:pada\s+)?"
    r"(?:senin|selasa|rabu|kamis|jum.?at|sabtu|minggu)\b)|"
    # "Sebelum turun ke lapangan, Timpora lebih dulu menggelar rapat koordinasi ...".
    r"sebelum\s+(?:turun\s+ke\s+lapangan|" + _EVENT_NOUNS + r")))\b")
_CUE_WORDS = frozenset({"keesokan", "esok", "esokan", "sehari", "hari", "selepas", "usai",
                        "seusai", "setelah", "sesudah", "tindak", "menindaklanjuti", "hasil",
                        "sebelumnya", "sebelum"})
# "Usai penandatanganan, kegiatan dilanjutkan dengan Rapat Koordinasi Timpora ...": who
# came stays for it, unless the sentence names its own.
_GOES_ON = re.compile(r"\b(?:kegiatan|acara)\s+(?:kemudian\s+|lalu\s+)?"
                      r"(?:dilanjutkan|berlanjut)\b[^.;]{0,60}?\bdengan\b")
_NEXT_DAY = re.compile(r"\b(?:keesokan|esok(?:an)?\s+harinya|"
                       r"sehari\s+(?:kemudian|setelahnya|berselang))")
# "Sehari sebelum rapat, tim gabungan telah melakukan operasi ...".
_DAY_BEFORE = re.compile(r"\bsehari\s+sebelum\s+" + _EVENT_NOUNS + r"\b")
# "Operasi melibatkan petugas ...": the next sentence goes on with who took part.
_WHO_TOOK_PART = re.compile(r"\b(?:melibatkan|terdiri\s+(?:atas|dari)|beranggotakan|diikuti|"
                            r"dipimpin|dihadiri|disaksikan|hadir\s+(?:pula|juga)|"
                            r"turut\s+hadir|dibuka\s+oleh|menghadirkan|narasumber|"
                            r"materi\s+disampaikan|diselenggarakan|(?:dilaksanakan|digelar)\s+oleh)\b")
SECOND_EVENT = ("peristiwa kedua dalam berita yang sama / "
                "a second event of the same story")


def later_meetings(sentences: list[Sentence], mentions: list[Mention],
                   by_mention: dict[int, Entity], quotes: list[tuple[int, int]],
                   main: FoundMeeting | None, dates: dict[int, list[DateMention]],
                   people: dict[str, Entity], read: list[FoundMeeting] | None = None,
                   by_day: bool = False) -> list[FoundMeeting]:
    """Events after the main one, at most one per sentence (see the module docstring).
    With ``by_day``, instead, those told on a day of their own with no sequence word
    ("Pada Rabu (15/6/2022), Kanim bersama Kesbangpol melanjutkan kegiatan dengan
    sosialisasi ..."), after every other reading (``read``: the events found so far)."""
    if main is None:
        return []
    out: list[FoundMeeting] = []
    for k in range(main.sentence.index + 1, len(sentences)):
        s = sentences[k]
        worth_reading = (_other_day(s, dates, main.date, quotes) if by_day
                         else not (s.words and _CUE_WORDS.isdisjoint(s.words)))
        if not worth_reading:
            continue  # most sentences: no sequence word (or no day of their own), no regex
        low = s.low or lower(s.text)
        cue = _SEQUENCE.search(low)
        if cue is not None and in_quote(s.start + cue.start(), quotes):
            cue = None
        if by_day:
            if cue is not None:
                continue  # the sequence word's reading had it
            start, told, before = 0, "", False
            low = _VENUE.sub(lambda v: " " * len(v.group()), low)  # "Ruang Rapat": a room
        elif cue is None:
            continue
        else:
            start, told, before = cue.end(), cue.group(), cue.group("before") is not None
        kind = _other_event(low, start, main.kind)
        if by_day and any(m.sentence.index == k or (m.kind == kind and m.date in (
                d.iso for d in dates.get(k, []))) for m in read or []):
            continue  # already read
        if kind is None or (before and kind == "AUDIENCE"):
            continue  # an earlier visit is the earlier module's (``earlier``)
        chosen = [s]
        # "Kegiatan dibuka Pj Bupati ... dan diikuti ...", then "Hadir pula ..."; or after
        # one sentence on something else ("Pengukuhan disaksikan ...").
        chosen += [sentences[j] for j in (k + 1, k + 2)
                   if j < len(sentences) and _WHO_TOOK_PART.search(sentences[j].text)]
        named = [e for e in participants_of(chosen, mentions, by_mention)
                 if not _only_in_cue(e, s, start, main)]
        actor = actor_of(s.text[:start + 200], people)
        if actor is not None and actor not in named:
            named.insert(0, actor)
        if len(named) < 2 and kind != "AUDIENCE" and _GOES_ON.search(low, start):
            # The same gathering; a tour ("peninjauan ruang layanan") is part of the event.
            named += [e for e in main.participants if e not in named]
        # Who is named only here took part in this event, not in the main one.
        wanted = {c.index for c in chosen}
        if kind == main.kind == "AUDIENCE":
            # "Usai audiensi dengan wali kota, ... melanjutkan kunjungan ke Polres": who is
            # first named here was visited second, whatever is said of them later.
            wanted |= set(range(k, len(sentences)))
        only_here = [e for e in named if all(m.sentence in wanted for m in e.mentions)]
        if len(named) < 2 or (kind == main.kind and all(
                e in main.participants and e not in only_here for e in named)):
            continue  # a second visit is to someone the main one did not have
        main.participants = [e for e in main.participants if e not in only_here]
        out.append(FoundMeeting(kind, _date(s, low, dates, main.date, told), named, s,
                                0.6, [SECOND_EVENT]))
    return out


_VENUE = re.compile(r"\b(?:ruang(?:an)?|aula|gedung|balai)\s+(?:rapat|pertemuan|sidang)\b")


def _other_day(s: Sentence, dates: dict[int, list[DateMention]], main_date: str | None,
               quotes: list[tuple[int, int]]) -> bool:
    """Whether the sentence gives a day of its own (a number in it), not the main event's."""
    return main_date is not None and any(
        d.iso and d.iso != main_date and numbered(d)
        and not in_quote(s.start + d.start, quotes) for d in dates.get(s.index, []))


def _only_in_cue(e: Entity, s: Sentence, end: int, main: FoundMeeting) -> bool:
    """ "Usai audiensi dengan wali kota, ...": a party of the main event named only in the
    cue that recalls it."""
    here = [m for m in e.mentions if m.sentence == s.index]
    return e in main.participants and bool(here) and all(m.start - s.start < end for m in here)


def _other_event(low: str, start: int, main_kind: str) -> str | None:
    """The kind of the first event named after ``start`` that is not the main one ("usai
    rapat, tim menggelar operasi": the rapat is the main event); a visit may follow a
    visit."""
    while (event := event_after(low, start)) is not None:
        if event[0] != main_kind or main_kind == "AUDIENCE":
            return event[0]
        start = event[1] + 1
    return None


def _date(s: Sentence, low: str, dates: dict[int, list[DateMention]],
          main_date: str | None, cue: str) -> str | None:
    own = [d.iso for d in dates.get(s.index, []) if d.iso]
    if own:
        return own[0]
    if main_date is None:
        return None
    day = date.fromisoformat(main_date)
    if cue.startswith("sehari sebelumnya") or _DAY_BEFORE.search(low):
        return (day - timedelta(days=1)).isoformat()
    if cue.startswith(("tindak lanjut dari", "sebelum")):
        return None  # before the main event, on a day the text does not give
    return (day + timedelta(days=1)).isoformat() if _NEXT_DAY.search(low) else day.isoformat()
