"""``extract_article``: one article in, the contract's facts out.

Order of work: body sentences (clutter dropped), institution mentions, entities
(places resolved, mentions merged), officials, dates, agreements, the main meeting;
then the JSON-ready dataclasses with the evidence sentence and its offsets.

Why rules and not spaCy: no Indonesian model with NER weights exists offline, and
``spacy.blank("id")`` only tokenises, which compiled regexes do as well at a tiny
fraction of the 3.5 s cold start; the gazetteer and the grammar of titles carry the
accuracy. dateparser is not used either: it ignores weekdays, and the few date forms
of news text are parsed faster and more predictably by ``dates``.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from functools import lru_cache

from ..settings import Settings
from . import dates as D
from .agreement_found import SIGNED_LATER
from .agreements import FoundAgreement, find_agreements
from .clean import credit_spans, lower
from .datecues import anniversary_years, combine, office_bounds
from .earlier import earlier_meetings
from .entities import Entity, build_entities
from .meetings import PRESS, FoundMeeting, dateline, find_meeting
from .mention import Mention
from .mentions import find_mentions
from .model import (
    Agreement,
    Article,
    ArticleExtraction,
    Evidence,
    Institution,
    InstitutionRef,
    Meeting,
    Official,
)
from .officials import find_officials
from .people import people_of
from .recalled import recalled_meetings
from .sentences import Sentence, quote_spans, split
from .sequel import later_meetings
from .topics import topics_of

# "Kanim X, Kemenkumham", "Kanim X Kementerian Hukum dan HAM", "Kementerian ... (Kemenkumham)"
_APPOSITION = re.compile(r"\s*[,(]?\s*")


def _publication(article: Article, warnings: list[str], today: date
                 ) -> tuple[date | None, date]:
    published = D.parse_iso(article.published)
    if article.published and published is None:
        warnings.append(f"published {article.published!r} is not an ISO date; ignored")
    full, month_end = D.published_from_url(article.url)
    published = published or full or D.published_from_dateline(article.text)
    return published, published or month_end or today


@lru_cache(maxsize=1)
def _default_today() -> date:
    return D.parse_iso(Settings().today) or date.today()


def _today(settings: Settings | None) -> date:
    """'Today' for undated articles: SINERGI_TODAY when set (reproducible runs)."""
    if settings is None:
        return _default_today()
    return D.parse_iso(settings.today) or date.today()


_LONG_BEFORE_DAYS = 60


def _signed_long_before(agreements: list[FoundAgreement],
                        dates: dict[int, list[D.DateMention]], published: date | None) -> None:
    """An instrument whose sentence dates its signing months before the article ("PKS
    ... yang ditandatangani pada 28 Agustus 2017", in a story of July 2019) was signed
    before the reported event: no signing ceremony is reported by it."""
    if published is None:
        return
    for a in agreements:
        if a.status != "signed" or a.past:
            continue
        signed_on = _signed_on(a, dates)  # "perjanjian hibah yang telah ditandatangani pada"
        day = D.parse_iso(signed_on) if signed_on else next(
            (D.parse_iso(d.iso) for s in a.sentences for d in dates.get(s.index, [])
             if d.iso and d.explicit_year), None) or _month_end(a.sentences)
        if day is not None and (published - day).days > _LONG_BEFORE_DAYS:
            a.past = True


# "... meneken perjanjian kerja sama dengan kantor imigrasi itu pada Oktober 2018": a month
# and a year, no day.
_MONTH_YEAR = re.compile(r"\bpada\s+(?:bulan\s+)?(?P<mon>[a-z]+)\s+(?P<y>(?:19|20)\d\d)\b")


def _month_end(sentences: list[Sentence]) -> date | None:
    """The last day of the first month-and-year a sentence of an instrument dates it to."""
    for s in sentences:
        for m in _MONTH_YEAR.finditer(s.low):
            month = D.MONTHS.get(m.group("mon"))
            if month:
                year = int(m.group("y"))
                return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return None


def _latest(dates: dict[int, list[D.DateMention]], reference: date) -> date | None:
    """With no publication date, the story is at least as recent as the latest day it
    names up to the reading date (a day to come, "berakhir Maret mendatang", is not it)."""
    days = [d for found in dates.values() for m in found if m.iso
            if (d := D.parse_iso(m.iso)) is not None and d <= reference]
    return max(days, default=None)


def _outside(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions outside every span (a page's credits)."""
    if not spans:
        return mentions
    starts = [a for a, _ in spans]  # in text order, not overlapping (one regex's matches)

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < spans[i][1]

    return [m for m in mentions if not inside(m.start)]


def _flag_appositions(mentions: list[Mention], text: str) -> None:
    """ "Kantor Imigrasi X, Kementerian Hukum dan HAM": the ministry only describes X."""
    for prev, m in zip(mentions, mentions[1:], strict=False):
        if (m.kind == "IMIGRASI_PUSAT" and prev.kind in ("KANIM", "KANWIL", "ULP", "IMIGRASI_PUSAT")
                and m.sentence == prev.sentence
                and _APPOSITION.fullmatch(text[prev.end:m.start] or "-")):
            m.flags.add("apposition")


def _ref(e: Entity) -> InstitutionRef:
    place = None if e.kind == "NON_GOV" or e.place is None else e.place.name
    return InstitutionRef(e.name, e.kind, place)


def _evidence(s: Sentence, confidence: float) -> Evidence:
    return Evidence(s.text, s.start, s.end, confidence)


def extract_article(article: Article, settings: Settings | None = None) -> ArticleExtraction:
    """Read one article (see the module docstring); never raises on odd text."""
    text = article.text
    warnings: list[str] = []
    published, reference = _publication(article, warnings, _today(settings))
    sentences = split(text)
    quotes = quote_spans(text)
    mentions = _outside(find_mentions(text, sentences, quotes), credit_spans(text))
    _flag_appositions(mentions, text)
    entities, by_mention, _ = build_entities(text, sentences, mentions)
    officials = find_officials(text, sentences, mentions, by_mention, entities)
    not_before, not_after = combine([D.era_bounds(text), office_bounds(text)])
    cues = D.year_cues(text, reference) + tuple(y for y in anniversary_years(text)
                                                 if y <= reference.year)
    ctx = D.DateContext(reference, published, tuple(sorted(set(cues))), not_before, not_after)
    dates = {s.index: D.find_dates(s.text, ctx, warnings, s.low, s.words) for s in sentences}
    people = people_of(officials)
    agreements = find_agreements(sentences, mentions, by_mention, quotes, people)
    _signed_long_before(agreements, dates, published or _latest(dates, reference))
    _signed_after(agreements, dates, published)
    meeting = find_meeting(sentences, mentions, by_mention, quotes, agreements, dates)
    earlier = earlier_meetings(sentences, mentions, by_mention, quotes, meeting, dates, people)
    earlier += later_meetings(sentences, mentions, by_mention, quotes, meeting, dates, people)
    earlier += recalled_meetings(sentences, mentions, by_mention, quotes, meeting, dates, earlier)
    earlier += later_meetings(sentences, mentions, by_mention, quotes, meeting, dates, people,
                              earlier, by_day=True)
    for o in officials:
        if o.entity is not None and o.entity.weak:
            o.entity.keep = True
    for a in agreements:
        for e in a.parties:
            e.keep = e.keep or e.weak or e.kind == "NON_GOV"
    for found in ([meeting] if meeting else []) + earlier:
        for e in found.participants:
            e.keep = e.keep or e.weak
    result = ArticleExtraction(source=article.source,
                               published=published.isoformat() if published else None)
    result.institutions = [_institution(e, sentences, text) for e in entities if e.keep]
    result.officials = [
        Official(o.name, o.title, _ref(o.entity) if o.entity and o.entity.keep else None,
                 _evidence(o.sentence, o.confidence))
        for o in officials
    ]
    meeting_date = meeting.date if meeting and meeting.signing_within else None
    result.agreements = [_agreement(a, dates, meeting_date, text) for a in agreements
                         if any(e.keep for e in a.parties)]
    for a in agreements:
        if not any(e.keep for e in a.parties):  # said, not dropped silently
            warnings.append(f"{a.kind} tanpa pihak yang disebut, tidak dicatat / {a.kind} "
                            f"without a named party, left out: {a.sentences[0].text[:120]!r}")
    result.meetings = [_meeting(m) for m in _held(([meeting] if meeting else []) + earlier,
                                                  published, warnings)]
    result.warnings = list(dict.fromkeys(warnings))
    return result


def _institution(e: Entity, sentences: list[Sentence], text: str) -> Institution:
    first = next((m for m in e.mentions if not m.generic), e.mentions[0])
    surfaces = list(dict.fromkeys(text[m.start:m.end].strip() for m in e.mentions))
    confidence = 0.5 if e.implicit else 0.9 if len(e.mentions) > 1 else 0.75
    return Institution(e.name, e.kind, _ref(e).place, text[first.start:first.end].strip(),
                       [s for s in surfaces if s != text[first.start:first.end].strip()],
                       _evidence(sentences[first.sentence], confidence))


def _signed_after(agreements: list[FoundAgreement], dates: dict[int, list[D.DateMention]],
                  published: date | None) -> None:
    """An instrument whose sentence dates its signing after the story was published ("MoU
    ... ditandatangani pada 15 Desember 2017" in a story of November) is still to come."""
    if published is None:
        return
    for a in agreements:
        day = a.status == "signed" and not a.existing and _day_told(a, dates)
        if day and day > published.isoformat():
            a.status = "planned"
            a.doubt(0.55, SIGNED_LATER)


def _agreement(a: FoundAgreement, dates: dict[int, list[D.DateMention]],
               meeting_date: str | None, text: str) -> Agreement:
    date_ = _signed_on(a, dates) if a.existing or a.past else None
    if a.status == "signed" and not a.existing and date_ is None:
        # "Surat dukungan yang ditandatangani Bupati ... pada 5 Januari itu diterima ...
        # Selasa (13/1)": the day it was signed, not the day it was handed over.
        date_ = _day_told(a, dates) or (None if a.past else meeting_date)
    topics = a.topics or topics_of(text[:600])[:1] or ["OTHER"]
    parties = [_ref(e) for e in a.parties if e.keep]
    evidence = _evidence(a.sentences[0], a.confidence)
    evidence.reasons = list(a.reasons)
    return Agreement(a.kind, a.status, date_, parties, topics, evidence)


def _day_told(a: FoundAgreement, dates: dict[int, list[D.DateMention]]) -> str | None:
    """The day the instrument's sentences give its signing, else their first day."""
    return _signed_on(a, dates, explicit=False) or _first_day(a, dates)


def _first_day(a: FoundAgreement, dates: dict[int, list[D.DateMention]]) -> str | None:
    """The first day its sentences give, but a press release's ("sebagaimana keterangan
    tertulis yang diterima di Kendari, Jumat (16/5)") or a dateline's."""
    for s in a.sentences:
        found = [d.iso for d in dates.get(s.index, [])
                 if d.iso and not PRESS.search(s.text, max(0, d.start - 80), d.start)
                 and not dateline(s, d)]
        if found:
            return found[0]
    return None


def _signed_before(stops: str, reach: int) -> re.Pattern[str]:
    """A signing verb, then up to ``reach`` characters holding none of ``stops``, just
    before a date ("... ditandatangani Bupati X dan Kakanim Y pada ")."""
    return re.compile(rf"\b(?:di)?(?:tandatangani|teken)(?:\s+(?:(?!{stops})[^.;]){{0,{reach}}}?)?"
                      r"\s+(?:pada\s+)?(?:hari\s+)?(?:tanggal\s+)?$")


# "PKS tersebut ditandatangani pada 9 September 2021", "... ditandatangani Bupati Sanggau
# dan Kepala Kantor Imigrasi Entikong pada 12 April 2016": a running instrument's own day
# (not the day it runs until).
_SIGNED_ON = _signed_before("hingga|sampai|berlaku|berakhir", 160)
# The same, close by and with no other event between, when the year is left to the
# publication: "Surat dukungan yang ditandatangani Bupati X pada 5 Januari itu ...", not
# "... yang ditandatangani ketiga pihak merupakan tindak lanjut audiensi pada Senin (29/12)".
_SIGNED_ON_NEAR = _signed_before("hingga|sampai|berlaku|berakhir|tindak|lanjut|audiensi|"
                                 "rapat|kunjungan|pertemuan|acara|kegiatan", 80)
_DAY = re.compile(r"\b\d{1,2}\b")


def _signed_on(a: FoundAgreement, dates: dict[int, list[D.DateMention]],
               explicit: bool = True) -> str | None:
    """The day a running instrument was signed, when a sentence of it says so with the
    date after the signing verb and its signers (a day, a month and a year: "diteken oleh
    Wali Kota ... dan Kepala Kantor Imigrasi ... pada 25 Agustus 2021"; with ``explicit``
    false, also a day whose year the text leaves to the publication)."""
    for s in a.sentences:
        for d in dates.get(s.index, []):
            before = lower(s.text[max(0, d.start - 200):d.start])
            if d.iso and _DAY.search(d.text) and (
                    (d.explicit_year and _SIGNED_ON.search(before))
                    or (not explicit and _SIGNED_ON_NEAR.search(before))):
                return d.iso
    return None


def _held(meetings: list[FoundMeeting], published: date | None,
          warnings: list[str]) -> list[FoundMeeting]:
    """The meetings held by the day the story was published: one dated after it ("saat
    berkunjung di Wakatobi pada 20 Februari 2015", told in January) is still to come."""
    day = published.isoformat() if published else None
    held = []
    for m in meetings:
        if day and m.date and m.date > day:
            warnings.append(f"{m.kind} bertanggal sesudah berita terbit, belum terjadi / dated "
                            f"after publication, not yet held: {m.sentence.text[:120]!r}")
        else:
            held.append(m)
    return held


def _meeting(m: FoundMeeting) -> Meeting:
    evidence = _evidence(m.sentence, m.confidence)
    evidence.reasons = list(m.reasons)
    return Meeting(m.kind, m.date, [_ref(e) for e in m.participants], evidence)
