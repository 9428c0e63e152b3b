"""Dates in Indonesian news: "Kamis (12/2/2026)", "Rabu (21/5)", "Senin, 18 Desember 2023",
"kemarin", plus the publication date from a URL or a dateline.

A small own parser instead of dateparser: the forms are few, the weekday must be
checked (dateparser ignores it) and the year of "Rabu (21/5)" must be inferred by
the spec's rule: the latest year, not after the reference day (publication date,
else today), on which 21 May is a Wednesday, unless a cue in the text (a year named
with the event, an office name valid only in some years) says otherwise.
Impossible dates are reported as warnings and never invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _lc(pattern: str) -> re.Pattern[str]:
    """A pattern for lower-cased text: case-blind without re.IGNORECASE, which would
    switch off the regex engine's fast literal search."""
    assert not re.search(r"\\[A-Z]", pattern), pattern
    return re.compile(re.sub(r"\(\?p([<=])", r"(?P\1", pattern.lower()))


MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3,
    "mar": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "september": 9, "sep": 9,
    "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12,
}
WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum’at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
}
_WD = r"(?P<wd>Senin|Selasa|Rabu|Kamis|Jum(?:'|’)?at|Sabtu|Minggu|Ahad)"
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
_TOD = r"(?:\s+(?:pagi|siang|sore|malam|petang|lalu|kemarin))?"
_NUMERIC = _lc(
    _WD + _TOD + r"\s*[,.]?\s*\(?\s*(?:tanggal\s+|tgl\.?\s*)?"
    r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})"
    r"(?:\s*[/.-]\s*(?P<y>\d{4}|\d{2}))?(?!\d)\s*\)?",
)
_WORDY = _lc(
    r"(?:" + _WD + _TOD + r"\s*[,(]?\s*)?(?:tanggal\s+)?(?P<d>\d{1,2})\s+" + _MON
    + r"\.?(?:\s+(?P<y>\d{4}))?\b",
)
# "Hari ini (6/9)", "pada (6/9)": day/month in brackets without a weekday.
_PAREN_DM = _lc(r"\b(?:hari\s+ini|kemarin|pada|tanggal)\s*\(\s*(?P<d>\d{1,2})\s*/\s*"
                r"(?P<m>\d{1,2})\s*\)")
_BARE_NUMERIC = re.compile(r"(?<![\d/.])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?![\d/])")
_ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)")
_WEEKDAY_ONLY = _lc(
    r"(?:,\s*|\bpada\s+(?:hari\s+)?|\bhari\s+)" + _WD
    + r"(?=\s*(?:[,.;)]|\s+(?:pagi|siang|sore|malam|lalu|kemarin|dan|di|ini)\b))"
    # "digelar Senin kemarin": the Monday before, not the day before publication
    + r"|\b" + _WD.replace("?P<wd>", "?P<wd2>") + r"\s+(?:lalu|kemarin)\b",
)
_PAST_DAY = re.compile(r"\s+(?:lalu|kemarin)\b")
_WEEKDAY_END = _lc(_WD.replace("?P<wd>", "?:") + r"\s+$")
_RELATIVE = _lc(r"\b(?P<rel>kemarin lusa|kemarin|hari ini|besok)\b")
_URL_COMPACT = re.compile(r"/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=/)")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})(?:/(\d{1,2}))?(?=/|$|[^\d])")
_DATELINE = _lc(
    r"(?P<iso>(?:19|20)\d\d-\d\d-\d\d)[ T]\d\d:\d\d"
    r"|(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>(?:19|20)\d\d)[,\s|-]+\d{1,2}[:.]\d\d"
    r"|(?P<d2>\d{1,2})\s+" + _MON.replace("?P<mon>", "?P<mon2>")
    + r"\s+(?P<y2>(?:19|20)\d\d)[,\s|-]+(?:pukul\s+)?\d{1,2}[:.]\d\d")
_POSTED = _lc(
    r"(?:(?:dipublikasikan|diterbitkan|diposting|dipublish|diunggah|published|posted)"
    r"(?:\s+pada)?\s*:?\s*(?:\w+,\s*)?|^[a-z][a-z .]{1,30},\s*)"
    r"(?P<d>\d{1,2})\s+" + _MON + r"\s+(?P<y>(?:19|20)\d\d)(?=\s*(?:[—–|-]|$|\n|oleh|pukul))"
)
# Regulation references name years that are not the event's: "Nomor 6 Tahun 2011".
_REG_YEAR = _lc(
    r"(?:nomor|no\.?)\s*[\w./-]+\s+tahun\s+(?:19|20)\d\d|tahun\s+anggaran\s+(?:19|20)\d\d"
    r"|periode\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d|sejak\s+(?:tahun\s+)?(?:19|20)\d\d"
    # "sepanjang tahun 2023 tercatat ...": a period counted, most often the year before.
    r"|(?:sepanjang|selama)\s+(?:tahun\s+)?(?:19|20)\d\d"
    # "akibat gempa bumi 28 September 2018 silam": the year of an earlier event.
    r"|(?:19|20)\d\d\s+silam")
_YEAR = re.compile(r"(?<![\d./-])((?:19|20)\d\d)(?![\d/-])")
_FUTURE_YEAR = _lc(r"(?:mulai|hingga|sampai|pada|di)\s+(?:\w+\s+)?tahun\s+((?:19|20)\d\d)"
                          r"\s+(?:nanti|mendatang)|tahun\s+((?:19|20)\d\d)\s+nanti|"
                          # "pembangunan akan diusulkan dalam anggaran tahun 2023"
                          r"\b(?:akan|direncanakan|diusulkan|dianggarkan)\s+[^.;]{0,40}?"
                          r"\btahun\s+((?:19|20)\d\d)")

# Office names that only existed in some years bound the year of an undated event.
REORG = date(2024, 10, 20)
_NEW_NAMES = _lc(
    r"Kantor\s+Wilayah\s+(?:Direktorat\s+Jenderal|Ditjen)\s+Imigrasi|Kanwil\s+(?:Ditjen\s*)?Imigrasi"
    r"|Ditjenim|Imigrasi\s+dan\s+Pemasyarakatan|\bImipas\b|Kemenimipas")
_OLD_NAMES = _lc(r"Kem\w*\s?(?:kum|hum)\s?(?:ham|kam)\b|Hukum\s+dan\s+(?:HAM|Hak\s+Asasi)")


# "19-21 Desember 2024", "dari 1 Januari 2022 sampai 31 Desember 2023": a span of days,
# not the day of one event; its ends are not event dates (the spec's date is one day).
_RANGE_LINK = r"(?:[-–—]|s\.?\s?d\.?|sampai(?:\s+dengan)?|hingga)"
# ... followed by another day: "(2/6) - (4/6)", "sampai 31 Desember", "hingga Rabu" (not
# a clock time: "Senin (2/6/2025) - 10.00 WIB").
_RANGE_AFTER = re.compile(r"\s*" + _RANGE_LINK + r"\s*(?:tanggal\s+)?(?:" + _WD.replace(
    "?P<wd>", "?:").lower() + r"|\(?\d{1,2}\s*/\s*\d{1,2}|\d{1,2}\s+" + _MON.replace(
    "?P<mon>", "?:") + r")")
# "10 dan 11 Desember": two days, too.
_RANGE_BEFORE = re.compile(r"(?:\b\d{1,2}\)?|\b" + _MON.replace("?P<mon>", "?:")
                           + r"\.?(?:\s+\d{4})?)\s*" + _RANGE_LINK
                           + r"\s*(?:tanggal\s+)?$|\b\d{1,2}\s+dan\s+$")


def _in_range(low: str, start: int, end: int) -> bool:
    return (_RANGE_AFTER.match(low, end) is not None
            or _RANGE_BEFORE.search(low, max(0, start - 30), start) is not None)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    iso: str | None  # None: weekday only, or impossible
    explicit_year: bool
    text: str


@dataclass
class DateContext:
    """What year inference needs to know about the article."""

    reference: date  # the publication date, or the end of its month, or today
    published: date | None
    year_cues: tuple[int, ...] = ()
    not_before: date | None = None
    not_after: date | None = None


_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)$")


def parse_iso(value: str | None) -> date | None:
    """An ISO date ("2024-10-05", also with a time after it), or "05/10/2024" (D/M/Y)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        m = _DMY.match(value.strip()[:10])
        return _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


def published_from_url(url: str | None) -> tuple[date | None, date | None]:
    """(full publication date, end of the month) from ``/2024/10/05/``, ``/2024/10/`` or
    ``/20241005/`` (``read/20180212/535/756903``, ``baca/254531/20211120/185300``)."""
    if not url:
        return None, None
    m = _URL_DATE.search(url) or _URL_COMPACT.search(url)
    if not m:
        return None, None
    y, mo = int(m.group(1)), int(m.group(2))
    if not 1 <= mo <= 12:
        return None, None
    month_end = (date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1))
    if m.group(3):
        day = _safe_date(y, mo, int(m.group(3)))
        return day, month_end
    return None, month_end


def published_from_dateline(text: str) -> date | None:
    """A publication date near the top: a timestamp ("2021-03-04 11:23:25", "4/3/2021
    10:00"), a "Dipublikasikan 12 Juni 2024" line, or a press-release dateline
    ("Jakarta, 5 Maret 2025 —")."""
    head = _lower(text[:600])
    m = _DATELINE.search(head)
    if not m:
        p = _POSTED.search(head)
        if p is None:
            return None
        return _safe_date(int(p.group("y")), MONTHS[p.group("mon")], int(p.group("d")))
    if m.group("iso"):
        return parse_iso(m.group("iso"))
    if m.group("d"):
        return _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return _safe_date(int(m.group("y2")), MONTHS[m.group("mon2").lower()], int(m.group("d2")))


def _lower(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_LOWER)


@lru_cache(maxsize=16)
def era_bounds(text: str) -> tuple[date | None, date | None]:
    """(not before, not after) implied by which immigration office names the text uses."""
    low = _lower(text)
    new = ("imigrasi" in low or "imipas" in low) and bool(_NEW_NAMES.search(low))
    old = ("hukum" in low or "kum" in low) and bool(_OLD_NAMES.search(low))
    if new and not old:
        return REORG, None
    if old and not new:
        return None, REORG - timedelta(days=1)  # the spec: Kemenkumham *before* 20 Oct 2024
    return None, None


def year_cues(text: str, reference: date) -> tuple[int, ...]:
    """Years the text names that can be the event's (not regulation or future years)."""
    if not _YEAR.search(text):
        return ()
    masked = _REG_YEAR.sub(lambda m: " " * len(m.group()), _lower(text))
    masked = _FUTURE_YEAR.sub(lambda m: " " * len(m.group()), masked)
    years = {int(y) for y in _YEAR.findall(masked)}
    return tuple(sorted(y for y in years if 1990 <= y <= reference.year))


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year(y: str) -> int:
    n = int(y)
    return n + 2000 if n < 100 else n


def infer_year(day: int, month: int, weekday: int | None, ctx: DateContext,
               warnings: list[str], written: str) -> date | None:
    """The spec's rule for a date written without its year (see the module docstring)."""
    if not 1 <= month <= 12 or _safe_date(2024, month, day) is None:
        warnings.append(f"impossible date {written!r}: no such day")
        return None
    if ctx.published and weekday is not None:
        # "Sabtu (23/8)" in the month before publication is the event's day, whatever
        # the office names say (old names linger in the news after a reorganisation) and
        # whatever year the text names elsewhere ("sepanjang 2025" dates something else).
        near = _candidates(day, month, weekday, ctx.published, None)
        if near and (ctx.published - near[0]).days <= _RECENT_DAYS:
            return near[0]
    latest = ctx.reference
    if ctx.not_after and ctx.not_after < latest:
        latest = ctx.not_after
    candidates = _candidates(day, month, weekday, latest, ctx.not_before)
    if not candidates and (ctx.not_before or latest < ctx.reference):
        # The text's cues and the weekday disagree: the weekday and publication decide.
        candidates = _candidates(day, month, weekday, ctx.reference, None)
    cued = [d for d in candidates if d.year in ctx.year_cues]
    if cued:
        return cued[0]
    if len(ctx.year_cues) == 1 and weekday is not None:
        # One year named in the text beats the weekday: writers slip on weekdays.
        # Not against the office names, though: "Kanwil Kemenkumham" and a day after
        # October 2024 is a slip of the year, not of the weekday.
        d = _safe_date(ctx.year_cues[0], month, day)
        if d is not None and d <= latest and not (ctx.not_before and d < ctx.not_before):
            warnings.append(f"weekday of {written!r} does not match {d.isoformat()}")
            return d
    if candidates:
        return candidates[0]
    warnings.append(f"impossible date {written!r}: no year puts it on that weekday")
    return None


_RECENT_DAYS = 31  # a weekday and day that fit the month before publication are the event's


def _candidates(day: int, month: int, weekday: int | None, latest: date,
                not_before: date | None) -> list[date]:
    out = []
    for y in range(latest.year, latest.year - 29, -1):
        d = _safe_date(y, month, day)
        if d is None or d > latest or (not_before and d < not_before):
            continue
        if weekday is None or d.weekday() == weekday:
            out.append(d)
    return out


def _check_weekday(d: date, weekday: int | None, written: str, warnings: list[str]) -> None:
    if weekday is not None and d.weekday() != weekday:
        warnings.append(f"weekday of {written!r} does not match {d.isoformat()}")


_WORD = re.compile(r"[a-z0-9]+")
_RELATIVE_WORDS = frozenset({"kemarin", "ini", "besok"})


# "Hari Bakti Imigrasi ke-69 pada 26 Januari mendatang": a day to come dates no event told.
_TO_COME = re.compile(r"\s+(?:mendatang|yang\s+akan\s+datang|nanti)\b")


def find_dates(text: str, ctx: DateContext, warnings: list[str], low: str = "",
               words: frozenset[str] | set[str] = frozenset()) -> list[DateMention]:
    """Every date mention in ``text`` (a sentence), resolved to ISO where possible.
    ``low``/``words``: the sentence's lower case and words when already known."""
    if not low:
        low = text.lower()
        if len(low) != len(text):
            low = text.translate(_LOWER)
    if not words:
        words = set(_WORD.findall(low))
    weekday = not words.isdisjoint(WEEKDAYS) or "jum" in low
    month = not words.isdisjoint(MONTHS)
    if not (weekday or month or "/" in low or not words.isdisjoint(_RELATIVE_WORDS)):
        return []
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], iso: date | None, explicit: bool) -> None:
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        if iso is not None and (_in_range(low, s, e) or _TO_COME.match(low, e)):
            iso = None
        found.append(DateMention(s, e, iso.isoformat() if iso else None, explicit, text[s:e]))

    for m in _NUMERIC.finditer(low) if weekday else ():
        wd = WEEKDAYS[m.group("wd").lower().replace("’", "'")]
        d, mo = int(m.group("d")), int(m.group("m"))
        if m.group("y"):
            full = _safe_date(_year(m.group("y")), mo, d)
            if full is None:
                warnings.append(f"impossible date {text[m.start():m.end()].strip()!r}")
            else:
                full = _slipped_year(full, wd, ctx.published)
                _check_weekday(full, wd, text[m.start():m.end()].strip(), warnings)
            add(m, full, True)
        else:
            add(m, infer_year(d, mo, wd, ctx, warnings, text[m.start():m.end()].strip()), False)
    for m in _WORDY.finditer(low) if month else ():
        wd2 = WEEKDAYS[m.group("wd").lower().replace("’", "'")] if m.group("wd") else None
        d, mo = int(m.group("d")), MONTHS[m.group("mon").lower()]
        if m.group("y"):
            full = _safe_date(int(m.group("y")), mo, d)
            if full is None:
                warnings.append(f"impossible date {text[m.start():m.end()].strip()!r}")
            else:
                full = _slipped_year(full, wd2, ctx.published)
                _check_weekday(full, wd2, text[m.start():m.end()].strip(), warnings)
            add(m, full, True)
        else:
            add(m, infer_year(d, mo, wd2, ctx, warnings, text[m.start():m.end()].strip()), False)
    for m in _PAREN_DM.finditer(low) if "(" in low else ():
        add(m, infer_year(int(m.group("d")), int(m.group("m")), None, ctx, warnings,
                          text[m.start():m.end()].strip()), False)
    for m in _BARE_NUMERIC.finditer(low):
        add(m, _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d"))), True)
    for m in _WEEKDAY_ONLY.finditer(low) if weekday else ():
        name = (m.group("wd") or m.group("wd2")).lower().replace("’", "'")
        past = m.group("wd2") or _PAST_DAY.match(low, m.end())
        before = ctx.published - timedelta(days=1) if ctx.published and past \
            else ctx.published  # "Senin lalu" said on a Monday is a week before
        add(m, _weekday_before(before, WEEKDAYS[name]), False)
    for m in _RELATIVE.finditer(low):
        if _WEEKDAY_END.search(low, max(0, m.start() - 12), m.start()):
            continue  # "pada Senin kemarin": the weekday's, read above
        add(m, _relative(ctx.published, m.group("rel").lower()), False)
    found.sort(key=lambda x: x.start)
    return found


def _slipped_year(full: date, weekday: int | None, published: date | None) -> date:
    """ "Rabu 3 Januari 2023" in a story published on 3 January 2024, a Wednesday: the
    writer kept last year's number. The same day of the publication year, when the
    weekday fits it and not the year written and it is not after publication (within
    a month), is the day meant."""
    if weekday is None or published is None or full.weekday() == weekday \
            or full.year != published.year - 1:
        return full
    meant = _safe_date(published.year, full.month, full.day)
    if meant is None or meant.weekday() != weekday or not 0 <= (published - meant).days <= 31:
        return full
    return meant


def _weekday_before(published: date | None, weekday: int) -> date | None:
    # "Rabu" alone in a dated article is the last Wednesday up to the publication day.
    if published is None:
        return None
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _relative(published: date | None, rel: str) -> date | None:
    if published is None:
        return None
    offset = {"kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1}[rel]
    return published + timedelta(days=offset)
