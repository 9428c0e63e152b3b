"""Person names after (or before) a post: honorifics and ranks dropped ("H.", "Dr.", "Ir",
"AKBP", "Kapten Inf."), degrees dropped ("S.H., M.H.", "SE MM"), initials kept ("M.
Diah", "Ramli HS"), particles kept ("bin"), and words that cannot be names refused."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon, places
from .lexicon import words

TOKEN = re.compile(r"\s*(?P<tok>[A-Za-z][\w'’\-]*\.?|[A-Z]\.|\(|,|&)")
_NAME_TOKEN = re.compile(r"(?:[A-Z][a-z'’\-]+[a-z]|[A-Z][a-z]|[A-Z]\.|Mc[A-Z][a-z]+|"
                         r"[A-Z][a-z]*[A-Z][a-z]+)\.?$")
_DEGREE = re.compile(r"^(?:[A-Z][a-zA-Z]{0,3}\.){1,4}[A-Za-z]{0,4}\.?$|^[A-Z]{2,4}\.?$")
# "Moh. Rizal, Kepala Dinas ...": a short form with its full stop may open the name.
_BEFORE_NAME = re.compile(r"([A-Z][\w'’\-]+\.?(?:\s+[A-Z][\w'’\-]*\.?){0,4}),\s*$")
_INITIAL = re.compile(r"[A-Z]\.")
# The name before its post: "Budi Santoso selaku Kepala ...", "Drs. H. Lalu Gita, M.Si,
# selaku Sekda ...", "Rudi, SH, MH, Kepala ...", "Rudi yang merupakan Kepala ...",
# "Rudi yang juga Ketua ...", "Budi Santoso (Kepala ...)": degrees may stand between.
_DEG = r"[A-Z][A-Za-z]{0,3}(?:\.[A-Za-z]{1,4})*\.?"
_SELAKU = re.compile(r"([A-Z][\w'’\-]+\.?(?:\s+[A-Z][\w'’\-]*\.?){0,4})"
                     r"(?P<deg>(?:,\s*" + _DEG + r"(?:\s+" + _DEG + r"){0,3}){0,4})"
                     r"(?:,\s*|,?\s+(?:selaku|sebagai|yang\s+merupakan|yang\s+juga|"
                     r"yang\s+menjabat(?:\s+sebagai)?)\s+|\s*\(\s*)$")
# A degree written without spaces ("M.Si", "S.Ag", "S.H."): glued letters and full stops.
_GLUED_DEGREE = re.compile(r"[A-Z][a-z]{0,2}\.[A-Za-z]{1,4}(?:\.[A-Za-z]{1,4})*\.?")
NON_NAME = words(
    """kantor imigrasi keimigrasian dinas badan bidang seksi divisi bagian kepala informasi
    teknologi komunikasi intelijen penindakan pengawasan pemerintahan administrasi kabupaten
    kota provinsi kecamatan daerah wilayah kementerian direktorat jenderal pemerintah
    sekretariat sekretaris kelas tpi dprd pariwisata pendidikan kesehatan hukum humas protokol
    umum kerja sama kerjasama rombongan tim satuan polisi timpora mpp ulp ukk negeri nasional
    republik indonesia ri aula hotel gedung ruang balai kasi kabid kadiv kabag kakanwil
    kakanim kanwil kanim kemenkumham pemkab pemkot pemko pemprov bupati walikota wali gubernur
    wakil ketua anggota senin selasa rabu kamis jumat sabtu minggu januari februari maret april
    mei juni juli agustus september oktober november desember antara news com id foto
    istimewa dok rapat acara kegiatan sosialisasi penandatanganan audiensi kunjungan layanan
    pelayanan paspor dalam saat hadir turut selain sementara menurut adapun namun untuk
    dengan bersama legislatif dewan perwakilan rakyat no nomor pemasyarakatan subbidang
    pengamanan pemindahan opd instansi jajaran pihak para staf panitia polri tni polda polres
    kuwu babinsa babinkamtibmas bhabinkamtibmas perwakilan perangkat pasi
    wakapolres wakapolresta wadanramil kasat majelis suku pelaksana teknis upt
    internasional forkopimda forkopimcam pusat sistem kampung apalagi agraria pengurus
    manajemen sat si satgas malaysia singapura thailand filipina vietnam australia jepang
    tiongkok china korea india amerika nugini leste brunei darussalam myanmar kamboja laos
    guinea militer distrik bea cukai angkatan udara pangkalan fakultas akademik muspika
    kejaksaan plt lalulintas pos pekerja migran""") | (
    frozenset(w for h in lexicon.TITLE_HEADS for w in h.split())
    | lexicon.UNIT_WORDS | {h for h in lexicon.HONORIFICS if len(h) > 2}
) - words("""bina karya cipta marga daya sumber satu anak putra bangsa
    jaya air kecil tinggal hidup sama utama""")


def clean_name(tokens: list[str], honorifics: list[str]) -> str:
    name = " ".join(tokens).rstrip(".,")
    hm = any(h.lower().replace(".", "") == "hm" for h in honorifics)
    if hm and len(tokens) == 1:  # "HM. Diah" is Haji Muhammad Diah: keep the M.
        name = f"M. {name}"
    return name


def valid_name(tokens: list[str]) -> bool:
    if not tokens:
        return False
    bare = [t.rstrip(".").lower() for t in tokens]
    if len(tokens) > 1 and (tokens[0] in _NAME_OPENERS or tokens[0] in _SASAK):
        bare = bare[1:]  # "I Wayan", "Lalu Firman": checked by name_opener when read
    if any((b in NON_NAME or _NOT_A_NAME.match(b)) and not _INITIAL.fullmatch(t)
           for b, t in zip(bare, tokens[len(tokens) - len(bare):], strict=True)):
        return False
    if all(b.replace(".", "") in lexicon.DEGREES for b in bare):
        return False  # "SAg" left over after "Darwin SAg,": a degree, not a name
    return not all(len(b) == 1 for b in bare)  # initials alone are not a name
# Word forms that are not names: a clitic "-nya" ("Menurutnya", "Sebelumnya"), a
# pe-...-an / ke-...-an noun ("Perizinan", "Pelayanan", "Keimigrasian") and a passive verb
# ("Ditelusuri", "Didampingi", "Dihubungi", "Dijelaskan").
_NOT_A_NAME = re.compile(r"^(?:\w{4,}nya|pe[nmr]?\w{4,}an|ke\w{6,}an|"
                         r"di\w{3,}(?:kan|ngi|ui|uri|iri))$")
_RANK_CORPS = frozenset({"TNI", "Pol", "POL", "Polri", "(Purn)", "Purn"})
_PARTICLES = frozenset({"bin", "binti", "van", "von", "de"})
# Balinese names open with "I" / "Ni" and a birth-order or caste name ("I Wayan Suarjana",
# "Ni Luh Putu Ariani"); Sasak names with "Lalu" / "Baiq" ("Lalu Firman Wijaya").
BALINESE = words("wayan made nyoman ketut putu kadek komang gede gusti luh nengah ayu agung "
                 "bagus")
_NAME_OPENERS = {"I": BALINESE, "Ni": BALINESE}
_SASAK = frozenset({"Lalu", "Baiq"})


def name_opener(t: str, pos: int) -> bool:
    """Whether the word at ``pos`` opens a name rather than a post ("I Wayan", "Lalu Firman")."""
    m = TOKEN.match(t, pos)
    if not m:
        return False
    tok = m.group("tok")
    nxt = TOKEN.match(t, m.end())
    if nxt is None:
        return False
    after = nxt.group("tok")
    if tok in _NAME_OPENERS:
        return after.rstrip(".").lower() in _NAME_OPENERS[tok]
    return tok in _SASAK and _next_is_name(t, m.end()) and after.lower() != "lintas"


def _next_is_name(t: str, pos: int) -> bool:
    m = TOKEN.match(t, pos)
    return bool(m and _NAME_TOKEN.match(m.group("tok"))
                and m.group("tok").rstrip(".").lower() not in NON_NAME)


def _read_name(t: str, pos: int) -> tuple[list[str], list[str], int]:
    """(name tokens, honorifics, end) of the name starting at ``pos``."""
    honorifics: list[str] = []
    tokens: list[str] = []
    end = pos
    for m in TOKEN.finditer(t, pos):
        if m.start() != end:
            break
        tok = m.group("tok")
        bare = tok.rstrip(".").lower()
        if not tokens and bare in lexicon.HONORIFICS and tok[0].isupper() or (
            # "Sekda drg. Ninik", "Kepala Divisi Keimigrasian, bapak Himron": lower case
            not tokens and bare in ("dr", "drg", "drh", "bapak", "ibu")
        ):
            honorifics.append(tok)
            end = m.end()
            continue
        # A degree ends the name; an unknown capitalised pair ("Ramli HS") is initials.
        if tokens and (bare in lexicon.DEGREES or "." in tok.rstrip(".") and _DEGREE.match(tok)
                       or _glued_degree(t, m.start("tok"))):
            break
        if tok.isupper() and 2 <= len(bare) <= 3 and tok.rstrip(".").isalpha() and (
                tokens or bare not in NON_NAME and _next_is_name(t, m.end())):
            tokens.append(tok)  # "Raymond JH. Takasenseran", "AKBP HR Bobby Aria Prakasa"
            end = m.end()
            continue
        if (len(tok) == 1 and tok.isupper() and tok != "I" or _INITIAL.fullmatch(tok)) and \
                _next_is_name(t, m.end()):
            # An initial written without its full stop: "Ronny F Sompie", "W Musyafirin".
            tokens.append(tok)
            end = m.end()
            continue
        if tokens and tok in _PARTICLES and _next_is_name(t, m.end()):
            tokens.append(tok)  # "Muhammad bin Abdullah"
            end = m.end()
            continue
        if not tokens and name_opener(t, m.start()):
            tokens.append(tok)
            end = m.end()
            continue
        if not tokens and honorifics and tok.rstrip(".") in _RANK_CORPS:
            honorifics.append(tok)  # "Brigjen TNI Agus", "Kombes Pol. Budi": the corps
            end = m.end()
            continue
        if tokens and tok == "Hi." and _next_is_name(t, m.end()):
            honorifics.append(tok)  # "Rahmawati Hi. Umar": Haji, inside the name
            end = m.end()
            continue
        if not tokens and _is_caps_word(tok, bare):
            return _caps_name(t, m.start(), honorifics)
        if not _NAME_TOKEN.match(tok) or bare in NON_NAME:
            break
        tokens.append(tok)
        end = m.end()
        if len(tokens) == 5:
            break
    return tokens, honorifics, end


def _glued_degree(t: str, pos: int) -> bool:
    """ "Amir M.Si": "M." glued to "Si" is a degree, not the initial of a next name."""
    g = _GLUED_DEGREE.match(t, pos)
    return g is not None and g.group().replace(".", "").lower() in lexicon.DEGREES


def _is_caps_word(tok: str, bare: str) -> bool:
    return tok.isupper() and tok.rstrip(".").isalpha() and len(bare) >= 3 and \
        bare not in NON_NAME and bare not in lexicon.HONORIFICS


def _caps_name(t: str, pos: int, honorifics: list[str]) -> tuple[list[str], list[str], int]:
    """A caption writes names in capitals ("IBNU SINA"): two or more such words, title-cased.
    One capitalised word alone is more likely an acronym than a name."""
    tokens: list[str] = []
    end = pos
    for m in TOKEN.finditer(t, pos):
        tok = m.group("tok")
        if m.start() != end or not _is_caps_word(tok, tok.rstrip(".").lower()):
            break
        tokens.append(tok.rstrip(".").capitalize())
        end = m.end()
        if len(tokens) == 4:
            break
    return (tokens, honorifics, end) if len(tokens) >= 2 else ([], honorifics, pos)


def _degree(tokens: list[str]) -> bool:
    """ "S. Sos", "M.AP": degrees set off by commas after a name, not a second name."""
    return "".join(t.rstrip(".") for t in tokens).lower().replace(".", "") in lexicon.DEGREES


def paren_name(t: str, pos: int, close: int) -> bool:
    """Whether ``t[pos:close]`` (inside brackets) is a person's name of two or more words:
    "Kepala Kantor Imigrasi Tahuna (Budi Santoso)" rather than "(Kakanim)" or "(Sekot)"."""
    tokens, _, end = _read_name(t, pos)
    return (len(tokens) >= 2 and valid_name(tokens) and not t[end:close].strip()
            and not any(tok.isupper() and len(tok) > 2 for tok in tokens))


def name_after(t: str, pos: int) -> tuple[list[str], list[str], int, bool]:
    """The name after a post: "Post, Name", "Post (Name)" or "Post Name". The last flag
    says the name was written straight after the post (no comma), which is less certain."""
    # "Post, Name", "Post (Name)", "Post yakni Name".
    comma = re.match(r"\s*(?:[,(]|\s(?:yakni|yaitu)\b)\s*", t[pos:])
    start = pos + (comma.end() if comma else 0)
    while start < len(t) and t[start] == " ":
        start += 1
    tokens, hon, end = _read_name(t, start)
    attached = comma is None
    if attached and valid_name(tokens):
        # "... (Inteldakim) Ngurah Rai, Raja Ulul Azmi Syahwali, dalam": the first run was
        # the end of the post; the name is the one set off by commas.
        second = re.match(r"\s*,\s*", t[end:])
        if second:
            t2, h2, e2 = _read_name(t, end + second.end())
            after = t[e2:e2 + 2]
            if valid_name(t2) and not _degree(t2) and (
                    after.startswith(",") or after.startswith(" ") and e2 < len(t)
                    and t[e2 + 1:e2 + 2].islower()):
                return t2, h2, e2, False
    return tokens, hon, end, attached


def _only_degrees(run: str) -> bool:
    return all(w.replace(".", "").lower() in lexicon.DEGREES
               for w in re.split(r"[\s,]+", run) if w)


# Words that open a clause before a name: "Menurut Rudi Hartono, Kepala ...".
_OPENERS = words("menurut selain sementara adapun namun bahkan kemudian sedangkan bersama "
                 "oleh kata ujar ungkap tutur jelas sebut tambah")


def name_before(t: str, title_start: int, since: int = 0) -> tuple[list[str], list[str]]:
    """ "Fransz Tutuarima, Plt. Kepala Seksi ...": a name set off just before its post,
    and not part of the previous official's words."""
    for rx in (_BEFORE_NAME, _SELAKU):
        m = rx.search(t, since, title_start)
        if m is None or rx is _SELAKU and not _only_degrees(m.group("deg")):
            continue  # "Kemenag, BIN, perwakilan ...": a list of bodies, not degrees
        start = m.start(1)
        # "Menurut Rudi Hartono, Kepala ...": a capitalised opening word is no name's.
        opener = re.match(r"(\w+)\s+(?=[A-Z])", t[start:m.end(1)])
        if opener and opener.group(1).lower() in _OPENERS:
            start += opener.end()
        tokens, hon, end = _read_name(t, start)
        if end >= m.end(1) - 1 and valid_name(tokens):
            return tokens, hon
    return [], []


# "Kasi Intel Rudi Lubis", "tutur Fauzi", "Sekcam Dandels Wadui": the end of a post's
# short name or a speech verb read into the name that follows.
_LEADING_WORD = re.compile(r"^(?:(?:Intel|Intelkim|Intelejen|Intelijen|Tutur|Ujar|Ungkap|Kata|"
                           r"Sekcam)(?:\s+|$))+")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")


def strip_leading_words(name: str) -> str:
    return _LEADING_WORD.sub("", name)


def are_names(found: list[str], text: str) -> list[bool]:
    """Whether each name read from the story is a person's: "Kasi Intelijen, Sistem ...",
    "Ketua RT Kampung ...": a one-word "name" the story also writes in lower case, as a
    word of the language, is not; nor is one that is a region's ("..., Konawe")."""
    lower_words: set[str] | None = None  # read once, and only when needed
    out = []
    for name in found:
        one_word = " " not in name and "." not in name
        if one_word and lower_words is None:
            lower_words = set(_LOWER_WORD.findall(text))
        out.append(not (one_word and lower_words is not None and (
            name.lower() in lower_words or places.lookup(name, places.GOV) is not None
            or name.lower() in _region_words())))
    return out


@lru_cache(maxsize=1)
def _region_words() -> frozenset[str]:
    """Words of five letters or more in the names of provinces and kab/kota ("Morotai" of
    Pulau Morotai): written alone after a post they are the region's, not a person's (none
    of the 396 one-word names in the maintainers' and helpers' gold is one)."""
    regions = places.gazetteer().regions.values()
    return frozenset(w.lower() for r in regions if r.level in places.GOV
                     for w in re.findall(r"[A-Za-z]{5,}", r.name))


def one_letter_apart(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter dropped or added (not changed: "Parlindungan"
    is a name, not "Perlindungan" misspelt)."""
    if abs(len(a) - len(b)) != 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
             min(len(a), len(b)))
    return a[i:] == b[i + 1:] or a[i + 1:] == b[i:]


_LONG_UNITS: dict[str, tuple[str, ...]] = {}
for _w in sorted(lexicon.UNIT_WORDS):
    if len(_w) >= 9:
        _LONG_UNITS[_w[0]] = _LONG_UNITS.get(_w[0], ()) + (_w,)


@lru_cache(maxsize=8192)
def unit_word(low: str) -> bool:
    """A word of a post's unit, or a long one with a letter dropped or doubled
    ("Kemigrasian", "Pegawasan"): news typos must not cut a post short."""
    return low in lexicon.UNIT_WORDS or len(low) >= 9 and any(
        one_letter_apart(low, w) for w in _LONG_UNITS.get(low[0], ()))
