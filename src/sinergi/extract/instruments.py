"""The words of agreements: those that name an MoU, a PKS or another instrument
(``KINDS``, one list for every module that asks), those of agreements not named so, and
the cues of their status.

Rules by category of phrasing (not by article), each with a lexicon:

- *unnamed instruments*: a grant agreement (hibah, NPHD, perjanjian hibah, a handover
  deed), a loan of land or a building (pinjam pakai), a letter of support. A grant is
  an instrument only when the sentence treats it as one: it is signed, handed over or
  written down ("penandatanganan hibah", "naskah perjanjian hibah"), or proposed
  ("berencana menghibahkan lahan kepada ...", a planned instrument as the spec has it);
  a grant only mentioned ("tanah yang nantinya berupa hibah") is not. Kind ``OTHER``
  unless the sentence calls it an MoU or a PKS (then that instrument is the grant).
- *a signed "kerja sama"*: "penandatanganan kerja sama", "menyepakati kerja sama",
  "kerja sama ini telah ditandatangani": the instrument is not named, and the
  convention is a ``PKS``.
- *lifetime cues*: an instrument that runs, ends, is evaluated or is extended exists,
  so it is signed even when the sentence speaks of the future ("akan berakhir").
- *extensions*: "perpanjangan PKS" being prepared is a second, planned agreement beside
  the existing, signed one.
- *umbrellas*: "MoU ini menjadi payung bagi perjanjian kerja sama teknis di tingkat
  kantor imigrasi" speaks of instruments of that kind to come, not of one of them, and
  whom the umbrella serves are not its parties.
- *absence*: "belum adanya PKS", "tanpa MoU", "tidak memiliki perjanjian kerja sama"
  says that no instrument exists: no agreement. "PKS itu belum ditandatangani" is one
  that is not signed yet: planned.
"""

from __future__ import annotations

import re

# The named instruments: their kind and the words that name them.
KINDS = [
    # "-nya": "draf perjanjian kerja samanya sedang disusun", "MoU-nya".
    ("MOU", re.compile(r"\b(?i:nota\s+kesepahaman(?:nya)?|nota\s+kesepakatan(?:\s+bersama)?|"
                       r"kesepakatan\s+bersama(?:nya)?|memorandum\s+of\s+understanding)\b|"
                       r"\bM[Oo][Uu](?:-?nya)?\b")),
    # A Memorandum of Agreement implements an MoU, as a PKS does.
    # "Perjanjian antara Pemkab Toba dan Kantor Imigrasi ...": an unnamed instrument, a PKS.
    ("PKS", re.compile(r"\b(?i:perjanjian\s+kerja\s*sama(?:nya)?|memorandum\s+of\s+agreement|"
                       r"perjanjian(?=\s+(?:itu\s+|tersebut\s+)?antara\s))\b|"
                       r"\bPKS(?:-?nya)?\b|\bMo[Aa]\b")),
    # "penandatanganan komitmen bersama" closing a rakor: a written pact of its members.
    ("OTHER", re.compile(r"\b(?i:piagam\s+kerja\s*sama|surat\s+keputusan\s+bersama|"
                         r"letter\s+of\s+intent|surat\s+dukungan|"
                         r"(?:(?<=penandatanganan\s)|(?<=menandatangani\s))komitmen\s+bersama)"
                         r"\b|\bLoI\b|\bSKB\b")),
]

# A grant, a loan or a letter that is an instrument in its own right.
GRANT = re.compile(
    r"\b(?:naskah\s+perjanjian\s+hibah|perjanjian\s+hibah|naskah\s+hibah|nphd|"
    r"berita\s+acara\s+serah\s+terima|bast|perjanjian\s+pinjam\s+pakai|pinjam\s+pakai|"
    r"(?:di|me)pinjam\s*pakaikan|dipinjam\s*pakai|"
    r"surat\s+dukungan|letter\s+of\s+support|hibah)(?:nya)?\b")
_WEAK_GRANT = re.compile(r"hibah|pinjam\s+pakai")
# "Pemkab juga berencana menghibahkan lahan kepada ...": a grant proposed is an instrument
# to come (the spec: "to be signed or proposed"); one merely "berupa hibah" is not. Read
# only where the sentence names no grant instrument itself ("... yang dihibahkan
# berdasarkan Naskah Perjanjian Hibah": the deed).
# "Pemkab hanya bisa pinjam pakai aset tanah itu": a loan offered is an instrument to come;
# "(belum) merealisasikan hibah tanah": a grant promised, carried out or not; "memperoleh
# kepastian hibah tanah": one assured.
OFFER_WORDS = r"dapat|bisa|akan|bersedia|siap|kepastian"  # also read by agreement_status
_GRANT_OFFER = re.compile(rf"\b(?:{OFFER_WORDS}|merealisasikan|direalisasikan|realisasi)\s+$")
_GRANT_VERB = re.compile(r"\b(?:meng|di)?hibahkan(?:nya)?\b")
_GRANT_PLAN = re.compile(r"\b(?:berencana|rencana\w*|akan|siap|bersedia|resmi|berkomitmen|"
                         r"berjanji)\b")
# "lahan dan bangunan kantor itu telah sepenuhnya dihibahkan", "atas dihibahkannya tanah":
# a grant done.
_GRANT_DONE = re.compile(r"\b(?:telah|sudah)\s+(?:sepenuhnya\s+|resmi\s+)?(?:di|meng)hibahkan\b|"
                         r"\batas\s+dihibahkannya\b")
# "menghibahkan lahan seluas 5.000 meter persegi kepada Kantor Imigrasi": land or a
# building given to someone (a grant of a ship or of money is not an office's instrument).
_GRANT_TO = re.compile(r"\s+(?:sebidang\s+|sebuah\s+|satu\s+)?(?:lahan|tanah|gedung|"
                       r"bangunan|aset|ruang\w*|kantor)\b(?:\s+[\w.,]+){0,6}?\s+kepada\b")
_DENIED = re.compile(r"\b(?:tidak|tak|belum|bukan|batal|enggan)\s+(?:\w+\s+)?$")
# What makes a grant word an instrument: signing, handing over, a written deed.
_GRANT_ACT = re.compile(
    r"\b(?:penandatanganan|penandatangan|menandatangani|ditandatangani|teken|meneken|"
    r"diteken|serah\s+terima|menyerahkan|diserahkan|penyerahan|naskah|perjanjian|nphd|"
    r"bast|berita\s+acara|surat)\b")
# A grant given, got or drawn on, named right after its verb: "sudah memberikan hibah
# tanah", "diperoleh melalui hibah", "akan memanfaatkan hibah lahan dari Pemkab" (not
# "memberikan tanah ... berupa hibah", a promise; not "memperoleh kepastian hibah").
# "mendapat jatah tanah hibah dari Pemprov": what is given may come between.
_GRANT_GIVEN = re.compile(r"\b(?:memberikan|pemberian|diperoleh\s+(?:melalui|dari)|"
                          r"memperoleh|mendapat(?:kan)?|menerima|memanfaatkan|"
                          r"melalui\s+skema)\s+"
                          r"(?:(?:jatah|sebidang|lahan|tanah|aset|gedung|bangunan)\s+){0,2}$")
GRANT_WORDS = frozenset({"hibah", "hibahnya", "pinjam", "dipinjam", "dipinjampakaikan",
                        "meminjampakaikan", "nphd", "bast", "serah", "dukungan",
                        "support", "menghibahkan", "dihibahkan", "hibahkan"})
# A grant or a loan being written: "bagian aset yang siapkan perjanjian pinjam pakainya",
# "naskah hibahnya sedang kami susun". Said in a quote, it is still the plan of an instrument.
PREPARING = re.compile(
    r"\b(?:siapkan|menyiapkan|disiapkan|dipersiapkan|susun|menyusun|disusun|penyusunan|"
    r"draf|draft|finalkan|finalisasi|merampungkan|rumuskan|merumuskan|dirumuskan|perumusan|"
    r"konsep|"
    r"rancangan|(?:akan|segera|bisa|dapat)\s+(?:segera\s+)?(?:kami\s+|kita\s+)?"
    r"(?:di)?(?:tandatangani|teken))\b")

# "penandatanganan kerja sama", "menyepakati kerja sama", "kerja sama ini telah
# ditandatangani": a signing of an unnamed instrument.
_SIGN_VERB = (r"(?:penandatanganan|penandatangan|penandantanganan|menandatangani|"
              r"ditandatangani|teken|meneken|diteken|menyepakati|disepakati|"
              r"menandatangi)")
COOPERATION = re.compile(
    r"\b" + _SIGN_VERB + r"\s+(?:(?:nota|naskah|dokumen|komitmen|kesepakatan|perpanjangan|"
    r"pembaruan|adendum)\s+)?kerja\s*sama\b"
    r"|\bkerja\s*sama\b[^.;,]{0,60}?\b(?:telah|sudah|resmi|secara\s+resmi)\s+"
    r"(?:di)?(?:tandatangani|teken|sepakati)\b"
    # "kerja sama antara A dan B yang diteken tahun 2021": a signed one, named by its clause
    r"|\bkerja\s*sama\s+antara\b[^.;]{0,120}?\byang\s+(?:telah\s+|sudah\s+)?"
    r"(?:ditandatangani|diteken)\b")
COOPERATION_WORDS = frozenset({"penandatanganan", "penandatangan", "penandantanganan",
                               "menandatangani", "ditandatangani", "teken", "meneken",
                               "diteken", "menyepakati", "disepakati", "menandatangi"})

# An instrument that runs, ends or is evaluated exists: it was signed.
LIFETIME = re.compile(
    r"\b(?:berakhir|berakhirnya|masa\s+berlaku(?:nya)?|berlaku|habis|jatuh\s+tempo|"
    r"dievaluasi|evaluasi|mengevaluasi|monev|berjalan|pelaksanaan|implementasi|"
    r"menindaklanjuti\s+(?:pks|mou|perjanjian|nota)|tindak\s+lanjut\s+(?:dari\s+)?"
    r"(?:pks|mou|perjanjian|nota))\b")
# "perpanjangan PKS", "adendum perjanjian kerja sama": a new instrument for an old one.
EXTENSION = re.compile(r"\b(?:perpanjangan|memperpanjang|diperpanjang|pembaruan|pembaharuan|"
                       r"memperbarui|diperbarui|adendum|addendum|amandemen|revisi)\s+"
                       r"(?:(?:dari|atas|terhadap)\s+)?$")
# An extension is a planned instrument only while it is being prepared, not when it is
# a mere possibility ("jika memang akan dilakukan perpanjangan").
EXTENSION_PREPARED = re.compile(
    r"\b(?:penyusunan|menyusun|disusun|draf|draft|rancangan|pembahasan|membahas|dibahas|"
    r"rapat|proses|rencana\w*|akan\s+ditandatangani|diusulkan|mengusulkan|usulan)\b")
# "belum adanya PKS", "tidak ada MoU", "tanpa perjanjian": no instrument exists. Matched
# on the lower-cased text just before the instrument's name.
ABSENT = re.compile(
    r"\b(?:belum|tidak|tak|bukan)\s+(?:ada(?:nya)?|memiliki|mempunyai|punya|terdapat|"
    r"(?:pernah\s+)?(?:dibuat|dibuatkan|dijalin|menjalin))\s+(?:\w+\s+){0,2}?$"
    r"|\b(?:tanpa(?:\s+adanya)?|ketiadaan|absennya)\s+(?:\w+\s+){0,2}?$")
# "PKS tersebut belum ditandatangani", "belum menandatangani MoU": not signed yet.
NOT_YET_SIGNED = re.compile(
    r"\b(?:belum|tidak\s+kunjung|tak\s+kunjung)\s+(?:juga\s+|dapat\s+|bisa\s+|sempat\s+)?"
    r"(?:di)?(?:tandatangani|"
    r"menandatangani|teken|meneken|sepakati|menyepakati|disahkan|rampung|selesai|final|"
    # "belum bisa merealisasikan hibah tanah", "belum jelasnya status pinjam pakai"
    r"merealisasikan|direalisasikan|terealisasi|diserahkan|menyerahkan|jelas\w*)\b")
CONDITIONAL = re.compile(r"\b(?:jika|apabila|bila|kalau|seandainya|andaikan)\b")
# "PKS perpanjangan", "nota kesepahaman pembaruan": the instrument named as the extension,
# matched where the instrument's name begins.
EXTENSION_NAMED = re.compile(
    r"(?:pks|mou|moa|nota\s+kesepahaman|nota\s+kesepakatan|kesepakatan\s+bersama|"
    r"perjanjian\s+kerja\s*sama|perjanjian)\s+(?:perpanjangan|pembaruan|pembaharuan|adendum|"
    r"addendum)\b(?!\s+(?:izin|paspor|masa))")
# "PKS itu berlaku hingga Juni, dan saat ini sedang disusun perpanjangannya": the
# extension named after the instrument, with the work on it close by.
_EXTENSION_NOUN = re.compile(r"\b(?:perpanjangan|pembaruan|pembaharuan|adendum|addendum)(?:nya)?\b")


def extension_later(low: str, pos: int) -> bool:
    """Whether the lower-cased sentence, after the instrument named at ``pos``, says an
    extension of it is being prepared (not merely possible: "jika ... perpanjangan")."""
    for m in _EXTENSION_NOUN.finditer(low, pos):
        if CONDITIONAL.search(low, pos, m.start()):
            return False
        near = low[max(pos, m.start() - 40):m.end() + 40]
        if EXTENSION_PREPARED.search(near):
            return True
    return False


# "draf adendum perpanjangan sedang disusun", "perpanjangannya masih dibahas": the
# extension of an instrument the story told of, being prepared, with no instrument named.
EXTENSION_DRAFTED = re.compile(
    r"\b(?:draf|draft|rancangan|naskah|penyusunan)\s+(?:\w+\s+)?(?:adendum|addendum|"
    r"perpanjangan|pembaruan|pembaharuan)(?:nya)?\b|\b(?:adendum|addendum|perpanjangan|pembaruan|"
    r"pembaharuan)(?:nya)?\s+(?:\w+\s+){0,3}?(?:sedang|tengah|masih)\s+(?:disusun|dibahas|"
    r"disiapkan|dirancang|difinalkan)\b")


# The extension itself signed at the event: then it is one signed agreement.
EXTENSION_SIGNED = re.compile(
    r"\b(?:penandatanganan|menandatangani|ditandatangani|meneken|diteken)\s+"
    r"(?:\w+\s+){0,2}?(?:perpanjangan|pembaruan|pembaharuan|adendum|addendum|amandemen)\b")


# "MoU itu akan ditindaklanjuti dengan PKS teknis": the instrument followed up exists,
# the one it is followed up with is still to come.
# "acara dilanjutkan dengan penandatanganan PKS": the day's programme went on with the
# signing; that is no follow-up instrument.
_FOLLOW_UP = re.compile(r"\b(?<!acara )(?<!kegiatan )(?<!agenda )(?<!prosesi )(?<!rapat )"
                        r"(?:akan\s+)?(?:ditindaklanjuti|dilanjutkan)\s+(?:dengan|melalui|lewat)"
                        r"\s+(?:\w+\s+){0,2}?$")
_FOLLOWED = re.compile(r"^[^.;]{0,60}?\b(?:akan\s+)?(?:ditindaklanjuti|dilanjutkan)\s+"
                       r"(?:dengan|melalui|lewat)\b")


def followed_up(low: str, pos: int) -> str | None:
    """ "signed" for an instrument named before "ditindaklanjuti dengan", "planned" for
    the one named right after it, None when the sentence says neither."""
    if _FOLLOW_UP.search(low[max(0, pos - 50):pos]):
        return "planned"
    if _FOLLOWED.match(low, pos):
        return "signed"
    return None


def grant_instrument(low: str) -> re.Match[str] | None:
    """The first grant/loan/letter word of a lower-cased sentence that names an
    instrument (see the module docstring), else None."""
    m = GRANT.search(low)
    if m is None:
        verb = _GRANT_VERB.search(low)
        if verb is None:
            return None
        given_to = _GRANT_TO.match(low, verb.end()) and not _DENIED.search(
            low, max(0, verb.start() - 25), verb.start())
        return verb if (_GRANT_ACT.search(low) or _GRANT_PLAN.search(low)
                        or _GRANT_DONE.search(low) or given_to) else None
    if _WEAK_GRANT.fullmatch(m.group()) and not _GRANT_ACT.search(low) \
            and not _GRANT_OFFER.search(low, max(0, m.start() - 20), m.start()) \
            and not _GRANT_GIVEN.search(low, max(0, m.start() - 30), m.start()):
        # "tanah yang akan diberikan berupa hibah", "kantor kami masih bersifat pinjam
        # pakai": a promise or a state of affairs, not a deed being reported.
        return None
    return m


_FORMS = (("pinjam pakai", re.compile(r"pinjam")),
          ("surat dukungan", re.compile(r"surat|letter")),
          ("hibah", re.compile(r"hibah|nphd")),
          ("", re.compile(r"bast|serah")))


def form_of(word: str) -> str:
    """Which instrument a grant word names: a grant ("hibah", its deed), a loan ("pinjam
    pakai") or a letter of support; other words name themselves ("piagam kerja sama").
    Two instruments of different forms are two agreements, even between the same parties
    on the same day. A handover record (BAST) belongs to whatever it hands over: no form."""
    low = word.lower()
    return next((form for form, rx in _FORMS if rx.search(low)), " ".join(low.split()))


def cooperation_signed(low: str) -> re.Match[str] | None:
    """ "penandatanganan kerja sama" and its kin in a lower-cased sentence."""
    return COOPERATION.search(low)


# "menjadi payung (hukum) bagi ...": what follows is what the instrument serves.
UMBRELLA = re.compile(r"\bpayung\b", re.IGNORECASE)
# "... payung bagi perjanjian kerja sama teknis": instruments of that kind to come.
UMBRELLA_FOR = re.compile(r"\bpayung\s+(?:hukum\s+)?(?:kerja\s*sama\s+)?(?:bagi|untuk)\s+"
                          # "... payung bagi kantor imigrasi dan pemkab untuk menyusun PKS"
                          r"(?:[^.;]{0,80}?\s+untuk\s+(?:menyusun|membuat|merumuskan)\s+)?"
                          r"(?:(?:penyusunan|pelaksanaan|pembuatan)\s+)?"
                          r"(?:berbagai\s+|sejumlah\s+|setiap\s+)?$", re.IGNORECASE)
