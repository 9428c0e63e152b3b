"""Sentence splitting with character offsets into the original article.

A full stop ends a sentence unless it closes an abbreviation or an initial
("H.", "S.H.", "M.Si.", "Kab.", "No.", "PT.", "M. Diah") or sits inside a number or
a date. Lines are split first: headlines, captions and paragraphs never share a
sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .clean import _CLUTTER, body_lines, lower
from .lexicon import HONORIFICS, NAME_ABBREVIATIONS, words

ABBREVIATIONS = words(
    "h hj hi hm dr drs dra ir prof st kh ust no nomor jl jln kab kec kel prov pt cv tbk plt plh pj "
    "sdr sdri bpk yth dkk dll dsb tsb spt kol let jend brigjen kombes ir amd sh mh se mm msi "
    "spd mpd sos ssos sip skom mkes sked skm sag mag mba mt st sst sstp stp mkm map ak kapt "
    "lettu letda serka serma aiptu aipda bripka brigpol iptu ipda akp kompol akbp kab kota "
    "wib wita wit tgl vol hal ttd an a.n u.p tj tg")
# Degrees written after a name ("Rahmawati Sultan, S.Sos."): a sentence may end with
# one, and does when the next word can only open a sentence ("S.Sos. Selain itu ...").
_POST_NOMINAL = words("sh mh se mm msi spd mpd sos ssos sip skom mkes sked skm sag mag mba mt "
                      "sst sstp stp mkm map ak amd si pd ag kom ip")
_OPENERS = words("selain sementara dalam pada usai kemudian menurut ia dia acara kegiatan hal "
                 "turut sedangkan adapun setelah sebelumnya selanjutnya tak tidak hadir tampak "
                 "para mereka kami kita saat ketika sejak bahkan namun tetapi sebab karena "
                 "dengan untuk melalui atas pks mou nota perjanjian kesepakatan penandatanganan "
                 "rapat peresmian pengukuhan penyerahan")
_NEXT_WORD = re.compile(r"\s+[\"“‘(]?([A-Za-z]+)")
_BOUNDARY = re.compile(r"[.!?]+[\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])|[.!?]+[\"”’)]*$")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_WORDS = re.compile(r"[a-z0-9]+")
_QUOTE = re.compile(r"[\"“][^\"”\n]{2,800}[\"”]")
# No real sentence is this long (the longest of 75 real articles: ~1,000 characters).
# Text without full stops (a pasted table, a scraped page without punctuation) is cut
# into pieces of at most this size at a space, so that every per-sentence step, which
# looks back from a word to the sentence start, stays linear in the article's length.
MAX_SENTENCE = 2000


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    index: int
    line: int  # index of the body line it comes from
    line_start: bool  # first sentence of its line
    low: str = ""  # the text in lower case (same offsets)
    words: frozenset[str] = frozenset()  # its lower-case words, for quick gating


def _is_abbreviation(chunk: str) -> bool:
    m = _WORD_BEFORE.search(chunk)
    if not m:
        return False
    word = m.group(1)
    bare = word.rstrip(".").lower()
    if len(bare) == 1 and bare.isalpha():  # an initial: "M. Diah"
        return True
    if "." in word.rstrip("."):  # "S.H", "A.Md.IM", "2.008"
        return True
    return bare in ABBREVIATIONS or bare in HONORIFICS or bare in NAME_ABBREVIATIONS


def split(text: str) -> list[Sentence]:
    """Sentences of the body lines of ``text``, in order."""
    out: list[Sentence] = []
    for line_no, (ls, le) in enumerate(body_lines(text)):
        line = text[ls:le]
        pos, first = 0, True
        for m in _BOUNDARY.finditer(line):
            end = m.end()
            if end < len(line) and _is_abbreviation(line[pos:m.start() + 1]) \
                    and not _degree_then_opener(line, pos, m.start() + 1, end):
                continue
            _emit(out, text, ls + pos, ls + end, line_no, first)
            first = False
            pos = end
        if pos < len(line):
            _emit(out, text, ls + pos, le, line_no, first)
    return out


def _degree_then_opener(line: str, pos: int, stop: int, end: int) -> bool:
    """A degree after a name closes the sentence when an opener follows."""
    m = _WORD_BEFORE.search(line[pos:stop])
    nxt = _NEXT_WORD.match(line, end)
    if m is None or nxt is None or nxt.group(1).lower() not in _OPENERS:
        return False
    last = m.group(1).rstrip(".").lower().split(".")
    return "".join(last) in _POST_NOMINAL or last[-1] in _POST_NOMINAL


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``start:end`` cut at spaces into pieces of at most ``MAX_SENTENCE`` characters."""
    out: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut < 0:  # no space in the second half: cut inside the word
            cut = start + MAX_SENTENCE
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def _emit(out: list[Sentence], text: str, start: int, end: int, line: int, first: bool) -> None:
    if end - start > MAX_SENTENCE:
        for k, (a, b) in enumerate(_pieces(text, start, end)):
            _emit_one(out, text, a, b, line, first and k == 0)
        return
    _emit_one(out, text, start, end, line, first)


def _emit_one(out: list[Sentence], text: str, start: int, end: int, line: int, first: bool
              ) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 2:
        return
    chunk = text[start:end]
    low = lower(chunk)
    if _CLUTTER.match(low):  # a "Baca juga:" inside a paragraph
        return
    out.append(Sentence(start, end, chunk, len(out), line, first, low,
                        frozenset(_WORDS.findall(low))))


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech: what people said, not what the reporter reports."""
    return [m.span() for m in _QUOTE.finditer(text)]


def in_quote(pos: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in one of ``quotes`` (sorted, not overlapping)."""
    return quote_at(pos, quotes) is not None


def quote_at(pos: int, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quote ``pos`` lies in, if any: bisected, as long texts hold thousands."""
    k = bisect.bisect_right(quotes, (pos, float("inf"))) - 1
    return quotes[k] if k >= 0 and pos < quotes[k][1] else None
