"""Signed or planned: how an instrument's status is read from its sentence.

The cue nearest the instrument's name decides ("akan menandatangani PKS" is planned,
"PKS yang akan ditempatkan ..." is not); a draft, a follow-up, a "belum
ditandatangani" or a running lifetime ("berlaku hingga") decide before that. With no
cue at all the instrument is read as signed with a low confidence (``NO_CUE``), which
sends it to the review queue.
"""

from __future__ import annotations

import re

from . import instruments as I

_SIGNED = re.compile(
    r"\b(?:menandatangani|di\s?tandatangani|ditandatanganinya|penandatanganan|penandatangan|"
    r"penandantanganan|menandatangi|tandatangan|tanda\s+tangan|teken|meneken|diteken|"
    r"menyepakati|disepakati|hari\s+ini|memperpanjang|memperbarui|"
    r"telah|sudah(?!\s+(?:bisa|dapat|akan|harus))|resmi|(?:tahun|bulan|pekan|minggu|beberapa\s+waktu)\s+lalu|sebelumnya)\b",
    re.IGNORECASE)
# ("Perlu diketahui, ...": a stock opening, "be it known", plans nothing.)
_PLANNED = re.compile(
    r"\b(?:akan|rencana\w*|berencana|direncanakan|segera|ditindaklanjuti|menindaklanjuti|"
    r"dalam\s+proses|usulan|mengusulkan|diusulkan|usulkan|draf|draft|rancangan|"
    r"menyiapkan|disiapkan|siapkan|dipersiapkan|mempersiapkan|persiapan|susun|menjajaki|dijajaki|penjajakan|nantinya|nanti|bakal|dasar|siap|bersedia|ingin|"
    r"hendak|berkomitmen|berjanji|menjanjikan|menawarkan|ditawarkan|tawarkan|tawaran|mengajukan|diajukan|mendorong|dijadwalkan|ditargetkan|menargetkan|syarat\w*|persyaratan|"
    r"mensyaratkan|disyaratkan|prasyarat|"
    r"diharapkan|dapat\s+dilakukan|permohonan(?!\s+(?:paspor|izin|visa|dokumen))|penyusunan|disusun|menyusun|finalisasi|"
    r"difinalisasi|digodok|penggodokan|pematangan|dimatangkan|pembahasan|dibahas|menyangkut|"
    r"perlu(?!\s+(?:diketahui|dicatat|disampaikan|diingat|dijelaskan))|diperlukan|dibutuhkan|membutuhkan|bahas|membahas|"
    r"(?:sedang|tengah|masih)\s+(?:kami\s+|kita\s+)?(?:di)?proses|"
    # "Pembaruan PKS merupakan kebutuhan mendesak": a need; "Kami sepakat untuk melakukan
    # perjanjian kerja sama": agreed to make one.
    r"(?:merupakan|menjadi)\s+kebutuhan|mendesak|(?:ber)?sepakat\s+untuk)\b",
    re.IGNORECASE)
# The signing itself put in the future: "Penandatanganan MoU ... direncanakan bulan depan".
_SIGNING_PLANNED = re.compile(
    r"\bpenandatanganan\b[^.;]{0,120}?\b(?:direncanakan|dijadwalkan|ditargetkan|"
    r"akan\s+(?:dilaksanakan|dilakukan|digelar|berlangsung))\b"
    r"|\b(?:rencana\w*|jadwal\w*)\s+penandatanganan\b"
    # "tahapan selanjutnya meliputi penerbitan SK Bupati, penandatanganan Naskah Hibah".
    r"|\b(?:tahap(?:an)?|langkah)\s+(?:selanjutnya|berikutnya|lanjutan)\b[^.;]{0,160}?"
    r"\bpenandatanganan\b"
    # "Kami memohon dukungan Bapak Gubernur untuk penandatanganan Nota Kesepahaman ...".
    r"|\b(?:memohon|mohon|meminta|minta|mendorong)\b[^.;]{0,60}?\b(?:untuk|agar)\s+"
    r"(?:segera\s+)?(?:dilakukan\s+|dilaksanakan\s+)?penandatanganan\b", re.IGNORECASE)
# An instrument still being written: "draf PKS", "rancangan nota kesepahaman".
_DRAFT = re.compile(r"\b(?:draf|draft|drafting|rancangan|konsep)\s+$", re.IGNORECASE)
PAST = re.compile(r"\b(?:(?:tahun|bulan|pekan|minggu|beberapa\s+waktu)\s+lalu|sebelumnya|"
                  r"yang\s+(?:sudah|telah)\s+(?:pula\s+|juga\s+)?(?:dilakukan|dilaksanakan)|"
                  r"pada\s+(?:tahun\s+)?(?:19|20)\d\d(?!\s*(?:ini|[-/]))|"
                  r"(?:di)?(?:teken|tandatangani)\s+pada\s+(?:tanggal\s+)?(?:\d{1,2}\s+)?"
                  r"(?:bulan\s+)?(?:januari|februari|"
                  r"maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+"
                  r"(?:19|20)\d\d|"
                  r"(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|"
                  r"november|desember)(?:\s+(?:19|20)\d\d)?\s+lalu)\b", re.IGNORECASE)
# "PKS dapat ditandatangani sebelum akhir tahun", "agar segera diteken": a signing to come.
_MODAL = re.compile(r"\b(?:dapat|bisa|akan|agar|supaya)\s+(?:segera\s+)?$", re.IGNORECASE)
# "Pemkab hanya bisa pinjam pakai aset tanah selama 5 tahun", "yang akan menghibahkan
# sebidang tanah", "kepastian hibah tanah": the instrument offered, promised or assured,
# whatever lifetime it is given.
_OFFERED = re.compile(rf"\b(?:{I.OFFER_WORDS})\s+(?:segera\s+)?$", re.IGNORECASE)
NO_CUE = 0.55  # the confidence of a status read from no cue at all
_RELATIVE = re.compile(r"\byang\s+(?:\w+\s+)?$", re.IGNORECASE)
# "PKS dengan Disnakertrans akan memudahkan ...": what the instrument will do, after its
# name, plans nothing about the instrument itself ("PKS akan menyusul" does).
_EFFECT = re.compile(r"akan\s+(?:sangat\s+|lebih\s+)?(?!menandatangani|meneken|menyusul|"
                     r"menyepakati|mengajukan|menyiapkan|menyusun)me\w+", re.IGNORECASE)


# "setelah perjanjian pinjam pakai diteken, pihaknya akan ...": a signing still to come,
# when the sentence plans what follows it and the story reported no signing of it.
AFTER_SIGNING = re.compile(r"\bsetelah\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def after_signing(t: str, pos: int) -> bool:
    """Whether the instrument at ``pos`` is the condition of a plan ("setelah PKS
    ditandatangani, layanan akan dibuka")."""
    return bool(AFTER_SIGNING.search(t[max(0, pos - 30):pos])) and bool(_PLANNED.search(t))


# "menyerahkan Surat Dukungan ... tertanggal 7 November 2022": a document handed over, or
# dated, exists, whatever plan it supports ("atas rencana pembentukan Unit Kerja").
_HANDED = re.compile(r"\b(?:menyerahkan|diserahkan|menyerahterimakan|penyerahan)\s+"
                     r"(?:\w+\s+){0,2}$", re.IGNORECASE)
_DATED = re.compile(r"[^.;]{0,80}?\b(?:tertanggal|bertanggal)\s+\d", re.IGNORECASE)


# "MoU yang akan dibuat mengacu pada Nota Kesepahaman antara A dengan B tentang ... yang
# telah ditandatangani pada tahun 2020": the instrument's own clause says it was signed,
# whatever plans the sentence tells of another one.
# "... ditindaklanjuti dengan PKS tentang ... yang diteken Kepala Dinas dan Kakanim": so too
# its own "yang diteken", unless a day to come follows.
_OWN_CLAUSE_SIGNED = re.compile(
    r"\S+(?:\s+kerja\s*sama)?(?:\s*\([^()]{1,12}\))?"
    r"(?:(?!\b(?:mou|pks|nota|perjanjian|kesepakatan|akan)\b)[^.;]){0,160}?\byang\s+"
    r"(?:(?:telah|sudah)\s+(?:di)?(?:tandatangani|teken)|(?:ditandatangani|diteken)"
    r"(?![^.;]{0,40}\b(?:nanti|besok|kelak|mendatang|depan)\b))\b", re.IGNORECASE)


# "PKS baru dapat ditandatangani pada awal Maret, sebelum PKS lama habis masa berlakunya":
# the instrument's own signing is to come, whatever the sentence says of the old one.
_OWN_SIGNING_TO_COME = re.compile(
    r"[^.;,]{0,40}?\b(?:dapat|bisa|akan|harus|ditargetkan|dijadwalkan)\s+(?:segera\s+)?"
    r"(?:di)?(?:tandatangani|teken)\b", re.IGNORECASE)


# "..., PKS Layanan Paspor di MPP Menyusul": the instrument is to follow (after its name;
# "menyusul penandatanganan MoU" before one means "after the signing").
_TO_FOLLOW = re.compile(r"[^.;,]{0,60}?\bmenyusul\b", re.IGNORECASE)


# "sebagai tindak lanjut MoU, tengah disusun perjanjian kerja sama ...": the follow-up of
# an instrument named before this one says that one exists, not this one.
_OTHERS_FOLLOW_UP = re.compile(r"(?:menindaklanjuti|tindak\s+lanjut)\b")


def status(t: str, pos: int) -> tuple[str, float]:
    """The status of the instrument named at ``pos`` of sentence ``t``, and how sure."""
    if _OWN_CLAUSE_SIGNED.match(t, pos):
        return "signed", 0.8
    if _DRAFT.search(t[max(0, pos - 20):pos]) or _SIGNING_PLANNED.search(t) \
            or _OWN_SIGNING_TO_COME.match(t, pos) or _TO_FOLLOW.match(t, pos):
        return "planned", 0.8
    if _OFFERED.search(t, max(0, pos - 20), pos):
        return "planned", 0.8
    if _HANDED.search(t[max(0, pos - 40):pos]) or _DATED.match(t, pos):
        return "signed", 0.8
    low = t.lower()
    follow_up = I.followed_up(low, pos)
    if follow_up is not None:
        return follow_up, 0.8  # "MoU itu akan ditindaklanjuti dengan PKS teknis"
    if I.NOT_YET_SIGNED.search(low):
        return "planned", 0.8  # "PKS itu belum ditandatangani"
    if any(not _OTHERS_FOLLOW_UP.match(m.group()) or m.end() > pos
           for m in I.LIFETIME.finditer(low)):
        return "signed", 0.8  # it runs, ends or is evaluated: it exists
    # "PKS pembentukan UKK yang akan ditempatkan ...": a plan of what the clause
    # after the instrument describes, not of the instrument.
    planned = [m.start() for m in _PLANNED.finditer(t)
               if not (m.start() > pos and (_RELATIVE.search(t[max(0, m.start() - 12):m.start()])
                                            or _EFFECT.match(t, m.start())))]
    signed: list[int] = []
    for m in _SIGNED.finditer(t):
        at = m.start()
        (planned if _MODAL.search(t[max(0, at - 20):at]) else signed).append(at)
    if not planned:
        return "signed", 0.9 if signed else NO_CUE
    if not signed:
        return "planned", 0.8
    # The marker nearest the instrument's name decides ("akan menandatangani PKS").
    near_p = min(abs(p - pos) for p in planned)
    near_s = min(abs(s - pos) for s in signed)
    before_s = [s for s in signed if s < pos]
    if before_s and any(p < max(before_s) for p in planned if max(before_s) - p < 30):
        return "planned", 0.8  # "akan menandatangani"
    return ("planned", 0.7) if near_p < near_s else ("signed", 0.7)
