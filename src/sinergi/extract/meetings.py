"""Meetings: the event an article reports (a signing, an audiensi, a rapat, a
sosialisasi, a pengukuhan, a joint operation), its date and who took part.

One article reports one main event. Its kind is the strongest event word outside
quoted speech (a signing beats an inauguration, which beats a visit, then a
socialisation, an operation and a plain meeting); with no event word, a dated
lead naming institutions of two different families is an OTHER event. The date is
the first explicit date of the event's sentences, else of the lead; a date that only
dates a press release is not the event's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .agreement_found import FoundAgreement
from .clean import lower
from .dates import DateMention
from .entities import Entity
from .listed import PARTY_KINDS, sentence_mentions
from .meeting_words import ANY_EVENT, ATTEND, EVENTS, HANDOVER, RANK, event_word
from .mention import Mention
from .sentences import Sentence, in_quote

_DEICTIC = re.compile(r"^\s+(?:ini|tadi|tersebut|hari\s+ini)\b", re.I)
# "akan menggelar rapat", and an event asked for or prepared: "meminta jajarannya menyiapkan
# operasi gabungan", "rapat persiapan peresmian" (the rapat is held, the peresmian is not).
_FUTURE = re.compile(r"\b(?:akan|rencana\w*|berencana|direncanakan|nantinya|bakal|meminta|"
                     r"menginstruksikan|mengimbau|menyiapkan|mempersiapkan|persiapan|"
                     r"perlu)\b[^.,;]{0,40}$", re.I)
PRESS = re.compile(r"\b(?:siaran\s+pers|rilis|press\s+release|keterangan\s+(?:tertulis|pers))\b",
                    re.I)
_ATTEND = re.compile(rf"\b(?:{ATTEND})\b", re.I)
_ATTEND_WORDS = frozenset({"hadir", "dihadiri", "diikuti", "bersama", "turut", "peserta", "unsur"})
_FAMILY = {"KANIM": "imm", "KANWIL": "imm", "ULP": "imm", "IMIGRASI_PUSAT": "imm",
           "PEMPROV": "reg", "PEMKAB": "reg", "PEMKOT": "reg", "DPRD": "reg", "SETDA": "reg",
           "DINAS": "reg", "KESBANGPOL": "reg", "BADAN": "reg", "MPP": "reg"}


@dataclass
class FoundMeeting:
    kind: str
    date: str | None
    participants: list[Entity]
    sentence: Sentence
    confidence: float
    reasons: list[str] = field(default_factory=list)  # why the confidence is lowered
    signing_within: bool = False  # an instrument was signed during it (its day is theirs)


def _in_quote(pos: int, quotes: list[tuple[int, int]]) -> bool:
    return in_quote(pos, quotes)


def _event_words(sentences: list[Sentence], quotes: list[tuple[int, int]],
                 agreements: list[FoundAgreement]) -> list[tuple[str, Sentence, int]]:
    # A letter of support is signed by its issuer at a desk, not at a ceremony: the meeting
    # where it is handed over or told of stays what it is (an audience, a rapat).
    signing_sentences = {s.index for a in agreements if a.status == "signed" and not a.past
                         and a.form != "surat dukungan" for s in a.sentences}
    hits: list[tuple[str, Sentence, int]] = []
    for s in sentences:
        low = s.low or lower(s.text)
        if s.words and not any(event_word(w) for w in s.words):
            continue
        if not ANY_EVENT.search(low):
            continue
        for kind, rx in EVENTS:
            for m in rx.finditer(low):
                pos = s.start + m.start()
                if _in_quote(pos, quotes) and not _DEICTIC.match(s.text[m.end():]) \
                        and not _TODAY_BEFORE.search(low, max(0, m.start() - 30), m.start()):
                    continue  # said in passing, unless of this day ("Hari ini dilakukan ...")
                if kind == "SIGNING" and (s.index not in signing_sentences
                                          or _LETTER_AFTER.match(low, m.end())
                                          or _IN_A_YEAR.match(low, m.end())
                                          or _HANDOVER.match(m.group())
                                          and not _DAY_TOLD.search(low)):
                    # "Bupati Teken Surat Dukungan", "PKS yang ditandatangani pada 2023":
                    # a letter signed at a desk, a signing recalled by its year
                    continue
                if kind != "SIGNING" and _FUTURE.search(s.text[:m.start()]):
                    continue  # "akan mengintensifkan sosialisasi": a plan, not the event
                if _background(low, m.start(), m.end()) or _not_held(
                        kind, low, m.start(), m.end()) or (
                        kind == "AUDIENCE" and _FORUM_FOR.search(low, max(0, m.start() - 40),
                                                                 m.start())):
                    continue
                hits.append((kind, s, m.start()))
                break
    return hits


# "sebagai wadah komunikasi dan silaturahmi antara Imigrasi dan insan pers": what an
# event is for, not a visit.
_FORUM_FOR = re.compile(r"\b(?:wadah|ajang|sarana|momentum|momen)\s+(?:\w+\s+){0,3}$")
_TODAY_BEFORE = re.compile(r"\b(?:hari\s+ini|pada\s+hari\s+ini)\s+(?:\w+\s+){0,2}$")
# A handover ("menyerahkan hibah tanah") is a ceremony when the sentence tells its day;
# "penyerahan aset itu telah dilakukan secara administrasi" tells a state of affairs.
_HANDOVER = re.compile(HANDOVER)
_DAY_TOLD = re.compile(r"\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|hari\s+ini|"
                       r"(?:pagi|siang|sore|malam)\s+ini|kemarin)\b|\(\d{1,2}/\d{1,2}")
_IN_A_YEAR = re.compile(r"\s+pada\s+(?:tahun\s+)?(?:19|20)\d\d\b")
_LETTER_AFTER = re.compile(r"\s+(?:sebuah\s+|selembar\s+)?surat\s+dukungan\b")


# "kata Bupati saat itu dalam peresmian", "ULP yang diresmikan pada tahun 2018": an
# event recalled as background, not the one reported.
_BACKGROUND_BEFORE = re.compile(r"\b(?:saat|ketika|waktu|kala)\s+itu\b[^.;]{0,30}$"
                                r"|\byang\s+(?:dulu\s+|dahulu\s+)?$")
_BACKGROUND_AFTER = re.compile(r"^\w*\s+(?:pada\s+)?(?:masa\s*(?:jabatan\s+|kepemimpinan\s+)?"
                               r"(?:bupati|wali|gubernur|kepala|pj|almarhum)|tahun\s+"
                               r"(?:19|20)\d\d\s+(?:silam|lalu)|(?:beberapa|\d+)\s+tahun\s+"
                               r"(?:silam|lalu))|^\w*\s+(?:dulu|dahulu|silam)\b"
                               # "Mobil paspor yang diluncurkan pada awal 2023 ini ...": a
                               # launch dated by its year only, recalled.
                               r"|^\w*\s+pada\s+(?:awal\s+|akhir\s+|pertengahan\s+)?"
                               r"(?:tahun\s+)?(?:19|20)\d\d\b")


def _background(low: str, start: int, end: int) -> bool:
    before = _BACKGROUND_BEFORE.search(low, max(0, start - 50), start)
    if before is None:
        return False
    if before.group().startswith("yang"):
        # "yang diresmikan pada masa Bupati ...": only with a time in the past after it;
        # "kantor yang diresmikan hari ini" is the event.
        return _BACKGROUND_AFTER.search(low[end - 1:end + 60]) is not None
    return True


_DATELINE_BEFORE = re.compile(r"^[A-Z][\w .()]{0,40}(?:,\s*|\s\(\s*)$")
# The dash, or the publisher then the dash: "Yogyakarta (15/08/2024) jogjaprov.go.id –".
_DATELINE_AFTER = re.compile(r"^\s*\)?\s*(?:\(?[\w.]{1,30}\)?\s*)?[–—-]")


def dateline(s: Sentence, d: DateMention) -> bool:
    """ "SORONG, 14 Agustus 2024 – ...", "Yogyakarta (15/08/2024) jogjaprov.go.id – ...":
    the day of the report, not of the event."""
    return (s.line_start and _DATELINE_BEFORE.match(s.text[:d.start]) is not None
            and _DATELINE_AFTER.match(s.text[d.end:]) is not None)


# "..., tanya seorang warga, Rabu (12/6/2024) kepada wartawan": the day someone spoke
# to the press. With no event word, such a date does not make the story an event.
_INTERVIEW = re.compile(r"\b(?:kepada|pada|kpd)\s+(?:para\s+)?(?:wartawan|awak\s+media|"
                        r"jurnalis|reporter|media\s+ini)\b|\b(?:saat|ketika|waktu)\s+"
                        r"(?:di)?(?:konfirmasi|hubungi|temui|wawancarai)\b", re.I)


def _interview(s: Sentence, d: DateMention) -> bool:
    return _INTERVIEW.search(s.text, max(0, d.start - 40), d.end + 40) is not None


# "Sosialisasi ini merupakan tindak lanjut rapat koordinasi ..., Selasa (29/12)": the day
# after it is the earlier event's.
_FOLLOWED_UP = re.compile(r"\btindak\s+lanjut\s+(?:dari\s+)?(?:hasil\s+)?(?:rapat|rakor|"
                          r"pertemuan|audiensi|kunjungan)\b", re.IGNORECASE)
# "PKS ... yang telah berakhir pada (15/05/2023)": the day an instrument ends or runs to
# dates no event.
_ENDS_ON = re.compile(r"\b(?:berakhir|habis|berlaku|jatuh\s+tempo|hingga|sampai)\b"
                      r"(?:\s+(?:pada|tanggal|dengan))*\s*\(?\s*$", re.IGNORECASE)
_EARLIER_EVENT = re.compile(r"\b(?:telah|sudah|sebelumnya|tindak\s+lanjut|dibahas\s+dalam)\b")


def _pick_date(event_sentences: list[Sentence], sentences: list[Sentence],
               dates: dict[int, list[DateMention]], no_event: bool = False,
               own_kind: frozenset[int] = frozenset()) -> tuple[str | None, float]:
    def usable(s: Sentence, numeric: bool) -> list[DateMention]:
        if PRESS.search(s.text) or _stamp(s, dates.get(s.index, [])):
            return []
        return [d for d in dates.get(s.index, []) if d.iso and not dateline(s, d)
                and not (no_event and _interview(s, d))
                and not _FOLLOWED_UP.search(s.text, 0, d.start)
                and not _ENDS_ON.search(s.text, max(0, d.start - 30), d.start)
                and (numbered(d) or not numeric)]

    # Dates with a number in the event's sentences, then any there ("menggelar rapat ...,
    # kemarin", over "PKS tersebut ditandatangani pada 9 Juni 2022" next), then near the
    # top; last, those of sentences telling an earlier event of another kind ("usai rapat
    # koordinasi ..., Rabu", then "pada Senin (8/7) ... telah melakukan operasi gabungan").
    others = [s for s in event_sentences if s.index not in own_kind
              and _EARLIER_EVENT.search(s.low or lower(s.text))]
    same = [s for s in event_sentences if s not in others]
    top = [s for s in sentences[:3] if s not in others]
    for s in same:
        if found := usable(s, True):
            return found[0].iso, 0.9
    # "Layanan ... resmi dibuka di MPP pada hari yang sama. Peresmian ditandai ...": the day
    # of a sentence before (the event's, or the one just before it).
    told = {i for s in same for i in (s.index - 1, s.index) if i >= 0}
    for i in sorted(i for i in told if _SAME_DAY.search(sentences[i].low
                                                        or lower(sentences[i].text))):
        back = (usable(p, True) for p in reversed(sentences[:i]))
        if before := next((f for f in back if f), None):
            return before[-1].iso, 0.8
    # "Sejak Senin (10/9/2018), warga bisa mengurus paspor di gerai ... Gerai tersebut
    # diresmikan ...": an event told of what the sentence before introduced, on its day.
    for s in same:
        before_it = sentences[s.index - 1] if s.index > 0 else None
        if (before_it is not None and before_it not in others
                and _BACK_REFERENCE.match(s.text) and (found := usable(before_it, True))):
            return found[0].iso, 0.7
    # "..., ujar Kakanim, Selasa (16/9/2025)": the day a speaker told of it, early in the
    # story, is the day of the event reported.
    said = [s for s in sentences[3:6] if s not in others and _SAID_ON.search(s.text)]
    # "Bertempat di Hotel Rinra Makassar, Kamis (27/05).", "Pada Kamis, 18 September 2025,
    # bertempat di Desa Malenggang, dilaksanakan ...": where and when the event was; "...,"
    # kata Ramli di lokasi acara, Kamis (15/3/2018)": the day someone spoke at it.
    venue = (s for s in sentences if s.index in dates and s not in others and (
        _VENUE.match(s.text) or _VENUE_IN.search(s.text)
        or (_AT_EVENT.search(s.text) and _SAID.search(s.text))))  # read only if reached
    for group, numeric, confidence in ((same, False, 0.6), (top, True, 0.7), (venue, True, 0.6),
                                       (top, False, 0.5), (said, True, 0.55),
                                       (others, True, 0.5), (others, False, 0.5)):
        for s in group:
            if found := usable(s, numeric):
                return found[0].iso, confidence
    return None, 0.5


_VENUE = re.compile(r"\W*(?:Bertempat|Berlokasi|(?:Acara|Kegiatan|Rapat|Pertemuan)\s+"
                    r"(?:(?:ini|tersebut|itu)\s+)?(?:berlangsung|digelar|dilaksanakan|diadakan|"
                    r"diselenggarakan))\b")
_VENUE_IN = re.compile(r"^\W*Pada\b[^.]{0,60}?,\s*(?:bertempat|berlokasi)\s+di\b")
_AT_EVENT = re.compile(r"\b(?:di\s+lokasi\s+(?:acara|kegiatan)|(?:pada|dalam|di\s+sela-?sela)\s+"
                       r"(?:acara|kegiatan)|usai\s+(?:acara|kegiatan|membuka|menghadiri)|"
                       r"saat\s+(?:membuka|menghadiri|memberikan\s+sambutan))\b", re.I)
_SAID = re.compile(r"\b(?:ujar|kata|ungkap|jelas|tutur|ucap|terang|tegas)(?:nya)?\b")
_SAID_ON = re.compile(_SAID.pattern + r"[^.]{0,80}?,"
                      r"\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b")
_SAME_DAY = re.compile(r"\b(?:pada\s+)?hari\s+yang\s+sama\b")
# "Gerai tersebut diresmikan ...", "Layanan itu diluncurkan ...": a subject of the sentence
# before.
_BACK_REFERENCE = re.compile(r"\W*(?:\w+\s+){1,3}?(?:tersebut|itu)\s+(?:di|ber|resmi\b)",
                             re.IGNORECASE)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b(?:wib|wita|wit)\b|[|/,-]", re.I)
_LETTERS = re.compile(r"[A-Za-z]{2,}")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")


def _stamp(s: Sentence, found: list[DateMention]) -> bool:
    """ "Kamis 07 Mar 2019 19:30 WIB": a line that is only the page's time stamp dates
    the publication, not the event."""
    if not found or len(s.text) > 60 or not _TIME.search(s.text):
        return False  # a date alone on its line may finish the lead: "Kamis, 14/04/2022."
    rest = s.text
    for d in found:
        rest = rest.replace(d.text, " ")
    rest = _CLOCK.sub(" ", rest)
    return len(_LETTERS.findall(rest)) <= 1


def numbered(d: DateMention) -> bool:
    """Whether the date is written with a number ("Selasa (9/7)", not "kemarin")."""
    return any(ch.isdigit() for ch in d.text)


# "menggelar rapat koordinasi Timpora sekaligus meresmikan dua desa binaan": the event
# named first is the one reported; what follows "sekaligus" is done on the side.
_ALONGSIDE = re.compile(r"\b(?:sekaligus|dirangkai(?:kan)?\s+dengan|dilanjutkan(?:\s+dengan)?|"
                        r"(?:lalu\s+|kemudian\s+)?(?:ber)?lanjut(?:kan)?\b|"
                        r"disertai(?:\s+dengan)?|diiringi(?:\s+dengan)?)\b")


def _lead_kinds(first: Sentence, found: list[tuple[str, int]]) -> list[str]:
    low = first.low or lower(first.text)
    m = _ALONGSIDE.search(low)
    if m is not None:
        main = [k for k, pos in found if pos < m.start()]
        if main:
            return main
    return [k for k, _ in found]


def find_meeting(sentences: list[Sentence], mentions: list[Mention],
                 by_mention: dict[int, Entity], quotes: list[tuple[int, int]],
                 agreements: list[FoundAgreement], dates: dict[int, list[DateMention]]
                 ) -> FoundMeeting | None:
    hits = _event_words(sentences, quotes, agreements)
    if hits:
        # The lead reports the event; later event words are background or plans. A
        # signing reported anywhere is the event, though.
        first = hits[0][1]
        lead = _lead_kinds(first, [(k, pos) for k, s, pos in hits if s.index == first.index])
        signed = [s for k, s, _ in hits if k == "SIGNING"]
        kind = "SIGNING" if signed and not all(_PART_OF.search(s.text) for s in signed) \
            else min(lead, key=lambda k: RANK[k])
        event_sentences = ([s for k, s, _ in hits if k == kind]
                           + [s for k, s, _ in hits if k != kind])
        confidence = 0.8
    elif _service_day(sentences[:3]):
        kind, event_sentences, confidence = "OTHER", [], 0.5
    else:
        return None  # no event told: a plan, figures, a decision
    own_kind = frozenset(s.index for k, s, _ in hits if k == kind)
    date, date_conf = _pick_date(event_sentences, sentences, dates, not hits, own_kind)
    pool = {s.index for s in event_sentences} | {s.index for s in sentences[:2]}
    pool |= {s.index for s in sentences
             if not _ATTEND_WORDS.isdisjoint(s.words) and _ATTEND.search(s.text)}
    participants: list[Entity] = []
    taken: set[int] = set()
    for i, m in enumerate(mentions):
        e = by_mention.get(i)
        if e is None or id(e) in taken or "quote" in m.flags:
            continue
        # Every actor of the story took part; a national body cited once only if it
        # is named where the event is told.
        if e.weak and m.sentence not in pool:
            continue
        if e.kind not in PARTY_KINDS or "apposition" in m.flags:
            continue
        if not (e.keep or e.weak) or (e.kind == "NON_GOV" and not e.keep):
            continue
        participants.append(e)
        taken.add(id(e))
    if kind == "SIGNING":
        # Who signs at the ceremony attends it, a campus or a commission included.
        for a in agreements:
            if a.status == "signed" and not a.past:
                participants += [e for e in a.parties if id(e) not in taken]
                taken |= {id(e) for e in a.parties}
    if kind == "OTHER":
        # A ceremony of one family (the ministry lays the first stone of its own office)
        # is no meeting between institutions; with no event word, neither is an undated
        # story.
        families = {_FAMILY.get(e.kind, "other") for e in participants if e.keep or hits}
        if len(families) < 2 or (not hits and (date is None or date_conf < 0.7)):
            return None
    if not participants:
        return None
    anchor = event_sentences[0] if event_sentences else sentences[0]
    return FoundMeeting(kind, date, participants, anchor, min(confidence, 0.5 + date_conf / 2),
                        signing_within=any(k == "SIGNING" for k, _, _ in hits))


# "Masih rangkaian Rakor, juga dilakukan penandatanganan ...", "di sela-sela rapat": a
# signing held within the reported event, which keeps its own kind.
_PART_OF = re.compile(r"\b(?:(?:masih\s+)?(?:dalam\s+)?rangkaian|di\s*sela(?:-sela)?)\s+"
                      r"(?:acara\s+|kegiatan\s+)?(?:rakor|rapat|kunjungan|audiensi|"
                      r"sosialisasi|pertemuan|peresmian|acara|kegiatan)\b"
                      # "Kegiatan ditutup dengan penandatanganan komitmen bersama"
                      r"|\b(?:ditutup|diakhiri)\s+dengan\s+penandatanganan\b", re.IGNORECASE)


# "Pemkab bekerja sama dengan Kanim membuka layanan pembuatan paspor pada hari libur, Rabu
# (1/5)": a service held on a day, with no event word, is an event of its own kind.
_SERVICE = re.compile(r"\b(?:membuka|menggelar|melaksanakan|mengadakan|menyelenggarakan|"
                      r"membawa)\s+(?:\w+\s+){0,2}?(?:layanan|pelayanan)\b", re.I)


def _service_day(lead: list[Sentence]) -> bool:
    return any((m := _SERVICE.search(s.text)) is not None
               and not _FUTURE.search(s.text[:m.start()]) for s in lead)


def event_after(low: str, start: int) -> tuple[str, int] | None:
    """The kind and position of the first event word at or after ``start`` of a
    lower-cased sentence, a signing and a planned event excepted."""
    best: tuple[str, int] | None = None
    for kind, rx in EVENTS:
        if kind == "SIGNING":
            continue
        m = rx.search(low, start)
        if m is not None and (best is None or m.start() < best[1]) \
                and not _FUTURE.search(low[:m.start()]) and not _not_held(kind, low, m.start()):
            best = (kind, m.start())
    return best


# "menjadi kunci pengawasan terpadu di lapangan", "guna mendukung pengawasan bersama":
# joint supervision as an aim, not an operation held.
_AIM = re.compile(r"\b(?:kunci|mendukung|memperkuat|penguatan|pentingnya|optimalisasi|"
                  r"meningkatkan)\b[^.,;]{0,30}$")
# "guna memudahkan koordinasi dan sosialisasi": what something is for, of any kind.
_FOR = re.compile(r"\b(?:memudahkan|mempermudah|memperlancar|mendukung|menunjang)\s+"
                  r"(?:\w+\s+){0,3}$")
# "Penundaan launching UKK", "sempat tertunda untuk diresmikan": not held (yet).
_PUT_OFF = re.compile(r"\b(?:penundaan|ditunda|tertunda|batal|dibatalkan)\b")
# "setiap setahun sekali melakukan rapat Tim Pora", "lokasi wisata yang sering dikunjungi":
# a habit, not the event told.
# "terus melakukan sosialisasi", "mengoptimalkan sosialisasi": an effort that goes on.
_HABIT = re.compile(r"\b(?:setiap|tiap|sering|kerap|ramai|biasanya|\w+\s+sekali|terus|tetap|gencar|"
                    r"mengoptimalkan|mengintensifkan|menggencarkan)\s+(?:\w+\s+){0,2}$")
# "Operasi gabungan akan dilakukan ...", "... bakal digelar": an event to come.
_TO_COME = re.compile(r"\s+(?:\w+\s+){0,3}?(?:akan|bakal|segera|rencananya|direncanakan)\s+"
                      r"(?:di|ber|me)\w+")


def _not_held(kind: str, low: str, start: int, end: int | None = None) -> bool:
    """Whether the event word at ``start`` (ending at ``end``) names an aim, a habit, an
    event put off or one to come, not an event held."""
    before = low[max(0, start - 40):start]
    return (kind == "OPERATION" and _AIM.search(before) is not None) or (
        kind != "SIGNING" and (_FOR.search(before) is not None
                               or _HABIT.search(before) is not None
                               or _PUT_OFF.search(before) is not None
                               or end is not None and _TO_COME.match(low, end) is not None))


def participants_of(chosen: list[Sentence], mentions: list[Mention],
                    by_mention: dict[int, Entity]) -> list[Entity]:
    """The acting bodies named in ``chosen`` sentences, in text order, once each."""
    out: list[Entity] = []
    for s in sorted(chosen, key=lambda c: c.index):
        for i, m in sentence_mentions(s.index, mentions):
            e = by_mention.get(i)
            if (e is None or e in out or "quote" in m.flags or "apposition" in m.flags
                    or e.kind not in PARTY_KINDS or not (e.keep or e.weak)):
                continue
            out.append(e)
    return out
