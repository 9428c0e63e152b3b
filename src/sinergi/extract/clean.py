"""Page clutter: which lines of an article are its body.

News pages come with "Baca juga:" link lines, repeated headlines and captions,
copyright footers, share buttons, tag lists and bylines. Nothing is deleted from
the text (offsets must stay those of the original article): ``body_lines`` returns
the character spans of the lines worth reading, in order.
"""

from __future__ import annotations

import re

_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# Matched on lower-cased lines (no re.IGNORECASE, which is slow).
_CLUTTER = re.compile(
    r"^(?:baca(?:\s+juga)?\s*:|baca\s+juga\b|lihat\s+juga|simak\s+juga|artikel\s+terkait|"
    r"berita\s+terkait|tonton\s+juga|copyright|hak\s+cipta|©|editor\s*:|reporter\s*:|"
    r"penulis\s*:|pewarta\s*:|redaktur\s*:|laporan\s+wartawan|oleh\s*[,:]|share\b|bagikan\b|"
    r"ikuti\s+(?:kami|berita)|follow\s+us|dapatkan\s+(?:update|berita)|klik\s+(?:di\s*sini|link)|"
    r"cari\s+blog\s+ini|breaking\s+news|beranda\b|\d+\s+komentar|komentar\b|tags?\s*:|"
    r"kata\s+kunci\s*:|ringkasan\s+artikel|iklan\b|advertisement|scroll\s+to\s+continue|"
    r"\d+\s+(?:menit|jam|hari|bulan|tahun)\s+yang\s+lalu|\d+x\s+dibaca)"
)
_COPYRIGHT_ANYWHERE = re.compile(r"copyright\s*©|©\s*\d{4}|all rights reserved")
_TAG_LINE = re.compile(r"^id\s+[a-z0-9 ,\-]+$")  # "id timpora, kecamatan, palu"
_CREDIT = re.compile(r"^[A-Z0-9 .&'-]+/[A-Z0-9 .&'/-]+$")  # "TRIBUN KALTIM/MARGARET SARITA"
_SPACE = re.compile(r"\s+")
# A link heading on its own line ("Baca juga:") and the headline lines listed under it.
_LINK_HEADING = re.compile(r"^(?:baca\s+juga|lihat\s+juga|simak\s+juga|artikel\s+terkait|"
                           r"berita\s+terkait|berita\s+lainnya|baca\s+selengkapnya)\s*:?\s*$")
_LINK_ITEM = re.compile(r"^(?:[-•*>\d.)]+\s*)?[^\n]{3,140}$")
_SENTENCE_END = re.compile(r"[.!?\"”’]\s*$")
_LINE = re.compile(r"[^\n]+")
_NEAR = 12


# Credits inside a line: "(Diskominfo Kampar/rzk)", "(Foto: Humas Pemkab X)", a
# dateline's source, "BANGKINANG (Diskominfo) –", and a publishing office named alone.
# Who is named there wrote or photographed the story; it is no actor of it.
_CREDIT_SPAN = re.compile(
    r"\((?:foto|sumber|ist|istimewa|dok|dokumentasi)\s*[:.][^()\n]{1,60}\)"
    r"|\([^()/\n]{2,60}/[a-z]{2,5}(?:[-/][^()\n]{1,20})?\)"
    r"|(?:^|\n)[A-Z][A-Z .'-]{1,40}\s*\([^()\n]{2,40}\)(?=\s*[–—-])"
    # The publishing office at a paragraph's end, "(Prokopim Setda Kab. Bintan / Diskominfo
    # Bintan)", "... di MPP. (Diskominfo)", or after the dateline, "Ternate, Diskominfo –".
    r"|\([^()\n]{0,40}?\b(?:diskominfo|kominfo|prokopim|humas|protokol)\b[^()\n]{0,60}\)"
    r"(?=[ \t]*(?:\n|$))"
    r"|(?<=, )(?:diskominfo|prokopim|humas)\b[^–—\n-]{0,30}(?=\s*[–—-])", re.IGNORECASE)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Where a line credits its writer or photographer (see ``_CREDIT_SPAN``)."""
    if "(" not in text:
        return []
    return [m.span() for m in _CREDIT_SPAN.finditer(text)]


def lower(s: str) -> str:
    """Lower case of the same length, so offsets stay valid: ``str.lower`` (fast) unless a
    character changes length under it (the Turkish dotted I), then ASCII letters only."""
    low = s.lower()
    return low if len(low) == len(s) else s.translate(_LOWER)


def _key(line: str) -> str:
    return " ".join(lower(line).split())


def is_clutter(line: str) -> bool:
    s = line.strip()
    low = lower(s)
    return bool(
        not s
        or _CLUTTER.match(low)
        or (("©" in s or "copyright" in low or "rights" in low)
            and _COPYRIGHT_ANYWHERE.search(low))
        or _TAG_LINE.match(s)
        or (len(s) < 60 and _CREDIT.match(s))
    )


# Words that open an office's or a post's name and never end a line of their own.
_OPENS_NAME = frozenset({"kantor", "kepala", "dinas", "badan", "kementerian", "pemerintah",
                         "direktorat", "sekretariat"})


def _broken_name(text: str, prev: tuple[int, int], start: int) -> bool:
    gap = text[prev[1]:start]
    if gap.count("\n") != 1 or gap.strip() or not text[start:start + 1].isalpha():
        return False
    if _broken_sentence(text, prev):
        return True
    if not text[start].isupper():
        return False
    last = text[max(prev[0], prev[1] - 20):prev[1]].split()
    return bool(last) and last[-1].lower() in _OPENS_NAME and last[-1][0].isupper()


_RUN_ON = 100  # a line this long is a paragraph, not a headline or a caption


def _broken_sentence(text: str, prev: tuple[int, int]) -> bool:
    """ "... melalui penandatanganan Naskah Perjanjian" / "Hibah Daerah (NPHD) ...": a
    paragraph that stops mid-sentence at a line break goes on on the next line."""
    return prev[1] - prev[0] >= _RUN_ON and (text[prev[1] - 1].isalnum()
                                               or text[prev[1] - 1] == ",")


# A by-line run into the story on one line, as pages flattened by a scraper give it:
# "Penulis: A B Editor: C D Direktorat ... sosialisasikan ...". Only the names are credit.
_BYLINE_LABEL = re.compile(r"(?:penulis|editor|reporter|pewarta|redaktur|fotografer)\s*:\s*",
                           re.IGNORECASE)
_LONG_LINE = 300
_NAME_WORDS = 4


def _byline_end(line: str) -> int:
    """Where the story starts after the by-lines that open ``line`` (0: none), each
    label followed by at most four capitalised words, none of them a post's or an
    office's first word."""
    end = 0
    while m := _BYLINE_LABEL.match(line, end):
        end = m.end()
        for _ in range(_NAME_WORDS):
            word = re.match(r"[A-Z][\w.'-]*\s*", line[end:])
            if not word or word.group().strip().lower() in _OPENS_NAME \
                    or _BYLINE_LABEL.match(line, end):
                break
            end += word.end()
    return end


def body_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the body lines: clutter dropped, and each line only once (repeated
    headlines, captions and pasted paragraphs appear once, at their first place)."""
    kept: list[tuple[int, int]] = []
    keys: list[str] = []
    seen: set[str] = set()
    in_links = False
    for m in _LINE.finditer(text):
        line = m.group()
        if not line.strip():
            continue
        if in_links and _LINK_ITEM.match(line.strip()) and not _SENTENCE_END.search(line):
            continue  # a headline listed under "Baca juga:"
        in_links = bool(_LINK_HEADING.match(_key(line)))
        skip = 0
        if is_clutter(line):
            # A long line that only opens with by-lines is the story itself.
            skip = _byline_end(line) if len(line) > _LONG_LINE else 0
            if not skip:
                continue
            line = line[skip:]
        key = _key(line)
        if key in seen:
            continue
        # A truncated copy of a longer line (a cut caption) adds nothing. Copies sit
        # close together, so only nearby lines are compared (linear on long texts).
        if len(key) >= 30 and any(other.startswith(key) for other in keys[-_NEAR:]):
            continue
        # Trim surrounding spaces so the span is exactly the line's words.
        start = m.start() + skip + (len(line) - len(line.lstrip()))
        end = m.end() - (len(line) - len(line.rstrip()))
        if kept and _broken_name(text, kept[-1], start):
            # "Kepala Kantor" / "Imigrasi Tanjung Balai ...": a scraper broke the line
            # inside a name; the two lines are one.
            kept[-1] = (kept[-1][0], end)
            keys[-1] = _key(text[kept[-1][0]:end])
            seen.add(keys[-1])
            continue
        seen.add(key)
        keys.append(key)
        kept.append((start, end))
    # A line that a later, longer line starts with was a cut copy: drop it too.
    return [span for i, span in enumerate(kept)
            if len(keys[i]) < 30 or not any(
                k.startswith(keys[i]) for k in keys[i + 1:i + 1 + _NEAR])]
