"""Maps a written institution (or region) name to a graph key, without touching the graph.

"Pemkab Kukar" -> ``pemkab:64.02``, "Kanim Kelas II TPI Batulicin" -> ``kanim:batulicin``,
"Kanwil Kemenkumham Kalsel" -> ``kanwil:63:kemenkumham``, "Setdako Banjarmasin" ->
``setda:63.71:sekretariat-daerah-kota-banjarmasin``. It reads the gazetteer and the
offices table only, so the extractor can use it offline.

Rules, in order: an exact name or alias of a reference office; a designation
("Pemkab", "Kanim", "Kanwil Kemenkumham", "Disdukcapil", ...) followed by a place;
a bare place (a region, or with ``kind`` its regional government). A place that can
mean several regions ("Pemda Bekasi") is settled by the text or by ``context`` (an
explicit Kota/Kabupaten, "Wali Kota"/"Bupati", a province); otherwise the answer is
``key=None, rule="ambiguous"`` with the candidates: never a silent guess. A body that
is not in the reference layer gets a deterministic ``schema.institution_key`` with low
confidence. Rules whose key names a reference-layer node start with ``reference``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..schema import InstitutionKind, RegionLevel, institution_key
from .gazetteer import PEMDA, Gazetteer, Region, data_root, norm
from .offices import Office, read_offices
from .resolver_rules import DESIGNATORS, Designator, guess_kind, strip_class

K = InstitutionKind
_KABKOTA = (RegionLevel.REGENCY.value, RegionLevel.CITY.value)
_PEMDA_KIND = {RegionLevel.PROVINCE: K.PEMPROV, RegionLevel.REGENCY: K.PEMKAB,
               RegionLevel.CITY: K.PEMKOT}
_PEMDA_NAME = {K.PEMPROV: "Pemerintah Provinsi", K.PEMKAB: "Pemerintah Kabupaten",
               K.PEMKOT: "Pemerintah Kota"}
_CITY_CUE = re.compile(r"\b(kota|wali\s*kota|walikota|pemkot|pemko|setdako)\b", re.I)
_REGENCY_CUE = re.compile(r"\b(kabupaten|kab\.|bupati|pemkab|setdakab)\b", re.I)


@dataclass(frozen=True)
class Resolution:
    key: str | None
    kind: str | None
    name: str | None
    place: str | None
    region_code: str | None
    confidence: float
    rule: str
    candidates: tuple[str, ...] = ()


class Resolver:
    """Resolves written names; build once (it indexes the offices) and reuse."""

    def __init__(self, gazetteer: Gazetteer, offices: list[Office] | None = None) -> None:
        self.gaz = gazetteer
        self.offices = offices if offices is not None else read_offices(data_root(), gazetteer)
        self.by_key = {o.key: o for o in self.offices}
        self._exact: dict[str, Office] = {}
        self._by_place: dict[tuple[str, str], Office] = {}
        for o in self.offices:
            for written in (o.name, strip_class(o.name), *o.aliases):
                self._exact.setdefault(norm(written), o)
            places = [o.place or ""] + [_alias_place(a) for a in o.aliases]
            for place in filter(None, places):
                self._by_place.setdefault((o.kind, norm(place)), o)

    # --- entry point ------------------------------------------------------------------

    def resolve(
        self, text: str, *, kind: str | None = None, context: str | None = None
    ) -> Resolution:
        text = " ".join((text or "").split())
        if not text:
            return Resolution(None, kind, None, None, None, 0.0, "empty")
        office = self._exact.get(norm(strip_class(text)))
        if office and (kind is None or office.kind == kind or kind not in K.__members__):
            return self._office(office, 0.95, "reference:office")
        for designator in DESIGNATORS:
            m = designator.pattern.match(text)
            if m:
                rest = text[m.end():].strip(" ,.-")
                return self._designated(designator, text, rest, kind, context)
        abbrev = self._abbreviation(text)
        if abbrev:
            return self._named(abbrev[0], abbrev[1], abbrev[2], text, context)
        return self._bare(text, kind, context)

    # --- rules --------------------------------------------------------------------------

    def _designated(
        self, d: Designator, text: str, rest: str, kind: str | None, context: str | None
    ) -> Resolution:
        place_text = rest or (context or "")
        if d.kind in ("PEMPROV", "PEMKAB", "PEMKOT", PEMDA):
            return self._pemda(d.levels, place_text, text, context)
        if d.kind == "SETDA":
            return self._setda(d.levels, place_text, text, context)
        if d.kind in ("KANIM", "ULP"):
            return self._office_at(d.kind, strip_class(rest), text, context)
        if d.kind == "MPP":
            return self._mpp(place_text, text, context)
        if d.kind == "KANWIL":
            return self._kanwil(d.ministry, rest, text, context)
        if d.kind in ("TIMPORA", "DPRD", "KESBANGPOL"):
            return self._regional_body(d.kind, place_text, text, context)
        return self._unknown(text, kind, context)

    def _pemda(
        self, levels: tuple[str, ...], place_text: str, text: str, context: str | None
    ) -> Resolution:
        found = self._regions(place_text, levels, text, context)
        if isinstance(found, Resolution):
            single = _PEMDA_KIND[RegionLevel(levels[0])].value if len(levels) == 1 else None
            return _with_kind(found, single) if single else found
        region, confidence = found
        kind = _PEMDA_KIND[RegionLevel(region.level)]
        key = institution_key(kind, region.code)
        name = f"{_PEMDA_NAME[kind]} {region.short_name}"
        return Resolution(key, kind.value, name, region.short_name, region.code, confidence,
                          "reference:pemda")

    def _setda(
        self, levels: tuple[str, ...], place_text: str, text: str, context: str | None
    ) -> Resolution:
        found = self._regions(place_text, levels, text, context)
        if isinstance(found, Resolution):
            return _with_kind(found, K.SETDA.value)
        region, confidence = found
        name = f"Sekretariat Daerah {region.name}"
        return Resolution(institution_key(K.SETDA, region.code, name), K.SETDA.value, name,
                          region.short_name, region.code, round(confidence * 0.95, 2),
                          "derived:setda")

    def _office_at(self, kind: str, place: str, text: str, context: str | None) -> Resolution:
        if not place and context:
            place = context
        canonical = self.gaz.place_name(place) or place
        for candidate in (place, canonical):
            office = self._by_place.get((kind, norm(candidate)))
            if office:
                return self._office(office, 0.9, "reference:office")
        if not place:
            return self._unknown(text, kind, context)
        regions = self.gaz.find_regions(place)
        region = regions[0].code if len(regions) == 1 else None
        prefix = "Kantor Imigrasi" if kind == "KANIM" else "Unit Layanan Paspor"
        return Resolution(institution_key(kind, canonical), kind, f"{prefix} {canonical}",
                          canonical, region, 0.6, "derived:office")

    def _mpp(self, place_text: str, text: str, context: str | None) -> Resolution:
        found = self._regions(place_text, _KABKOTA, text, context)
        if isinstance(found, Resolution):
            return _with_kind(found, K.MPP.value)
        region, confidence = found
        key = institution_key(K.MPP, region.code)
        if key in self.by_key:
            return self._office(self.by_key[key], confidence, "reference:office")
        name = f"Mal Pelayanan Publik {region.name}"
        return Resolution(key, K.MPP.value, name, region.short_name, region.code, 0.7,
                          "derived:mpp")

    def _kanwil(self, ministry: str, rest: str, text: str, context: str | None) -> Resolution:
        m = re.match(r"(?P<min>(ditjen|direktorat jenderal|ditjenim|kemenkumham|kementerian"
                     r" hukum dan (ham|hak asasi manusia)|kumham|imigrasi|kemenimipas)\b"
                     r"( imigrasi)?)\s*", rest, re.I)
        if m and not ministry:
            word = m.group("min").lower()
            ministry = "kemenkumham" if ("hukum" in word or "kumham" in word) else "ditjenim"
            rest = rest[m.end():]
        elif not ministry:
            return self._other_kanwil(rest, text, context)
        found = self._regions(rest or (context or ""), (RegionLevel.PROVINCE.value,), text,
                              context)
        if isinstance(found, Resolution):
            return _with_kind(found, K.KANWIL.value)
        province, confidence = found
        key = f"kanwil:{province.code}:{ministry}"
        if key in self.by_key:
            return self._office(self.by_key[key], confidence, "reference:office")
        what = ("Kementerian Hukum dan HAM" if ministry == "kemenkumham"
                else "Direktorat Jenderal Imigrasi")
        return Resolution(key, K.KANWIL.value, f"Kantor Wilayah {what} {province.name}",
                          province.name, province.code, 0.6, "derived:kanwil")

    def _other_kanwil(self, rest: str, text: str, context: str | None) -> Resolution:
        # "Kanwil Kemenag Kalsel": another ministry's regional office; the name keys it.
        words = rest.split()
        for i in range(len(words)):
            provinces = self.gaz.find_regions(" ".join(words[i:]), level="province")
            if len(provinces) == 1:
                body, province = " ".join(words[:i]), provinces[0]
                if not body:
                    return Resolution(None, K.KANWIL.value, text, province.name, province.code,
                                      0.3, "ambiguous", (f"kanwil:{province.code}:ditjenim",
                                                         f"kanwil:{province.code}:kemenkumham"))
                name = f"Kantor Wilayah {body} {province.name}"
                return Resolution(institution_key(K.KANWIL, province.code, name),
                                  K.KANWIL.value, name, province.name, province.code, 0.6,
                                  "derived:kanwil")
        return self._unknown(text, K.KANWIL.value, context)

    def _regional_body(
        self, kind: str, place_text: str, text: str, context: str | None
    ) -> Resolution:
        levels = ("province", "regency", "city", "district") if kind == "TIMPORA" else (
            "province", "regency", "city")
        found = self._regions(place_text, levels, text, context)
        if isinstance(found, Resolution):
            return _with_kind(found, kind)
        region, confidence = found
        names = {"TIMPORA": "Tim Pengawasan Orang Asing", "DPRD": "DPRD",
                 "KESBANGPOL": "Badan Kesatuan Bangsa dan Politik"}
        name = f"{names[kind]} {region.name}"
        return Resolution(institution_key(kind, region.code), kind, name, region.short_name,
                          region.code, round(confidence * 0.9, 2), "derived:regional")

    def _named(
        self, kind: str, expansion: str, place_text: str, text: str, context: str | None
    ) -> Resolution:
        # "Disdukcapil Kukar", "Dinas Pariwisata Kota Banjarmasin": the body's name plus
        # its region make the key, so every written form of one Dinas meets in one node.
        found = self._regions(place_text or (context or ""), (
            "province", "regency", "city"), text, context)
        if isinstance(found, Resolution):
            return _with_kind(found, kind)
        region, confidence = found
        name = f"{expansion} {region.name}"
        return Resolution(institution_key(kind, region.code, name), kind, name,
                          region.short_name, region.code, round(confidence * 0.9, 2),
                          "derived:named")

    def _bare(self, text: str, kind: str | None, context: str | None) -> Resolution:
        if kind in ("PEMPROV", "PEMKAB", "PEMKOT"):
            levels = {"PEMPROV": ("province",), "PEMKAB": ("regency",), "PEMKOT": ("city",)}
            return self._pemda(levels[kind], text, text, context)
        if kind in ("KANIM", "ULP"):
            return self._office_at(kind, strip_class(text), text, context)
        if kind is None:
            regions = self.gaz.find_regions(text)
            rank = _rank(regions[0]) if regions else 0
            top = [r for r in regions if _rank(r) == rank]
            if len(top) == 1:
                r = top[0]
                return Resolution(r.code, None, r.name, r.short_name, r.code, 0.9, "region")
            if top:
                return Resolution(None, None, text, top[0].short_name, None, 0.3, "ambiguous",
                                  tuple(r.code for r in top))
        return self._unknown(text, kind, context)

    def _unknown(
        self, text: str, kind: str | None, context: str | None, place_hint: str | None = None
    ) -> Resolution:
        kind_ = kind if kind and kind in K.__members__ else guess_kind(text)
        region = self._trailing_region(text) or (
            self._unique_region(context) if context else None)
        place = region.short_name if region else (place_hint or None)
        code = region.code if region else None
        key = institution_key(kind_, code or place, text)
        return Resolution(key, kind_, text, place, code, 0.4, "unknown")

    def _unique_region(self, text: str) -> Region | None:
        found = [r for r in self.gaz.find_regions(text) if r.level != "district"]
        return found[0] if len(found) == 1 else None

    def _trailing_region(self, text: str) -> Region | None:
        # "Dinas Perhubungan Kota Banjarmasin": the longest tail naming one region.
        words = text.split()
        for i in range(1, len(words)):
            region = self._unique_region(" ".join(words[i:]))
            if region:
                return region
        return None

    # --- helpers --------------------------------------------------------------------

    def _office(self, o: Office, confidence: float, rule: str) -> Resolution:
        region = o.located_in or next((j.code for j in o.jurisdiction if "." not in j.code), None)
        return Resolution(o.key, o.kind, o.name, o.place, region, confidence, rule)

    def _abbreviation(self, text: str) -> tuple[str, str, str] | None:
        """(kind, expansion, rest) when ``text`` starts with a known body abbreviation or
        its expansion ("Disdukcapil Kukar", "Dinas Kependudukan dan Pencatatan Sipil ...")."""
        words = text.split()
        for n in range(min(len(words), 9), 0, -1):
            head = " ".join(words[:n])
            found = self.gaz.expand_abbreviation(head)
            if not found:
                found = next(((a.kind, a.target) for a in self.gaz.abbreviations()
                              if norm(a.target) == norm(head)), None)
            if found and found[0] in K.__members__ and found[0] not in ("KANIM", "ULP"):
                return found[0], found[1], " ".join(words[n:])
        return None

    def _regions(
        self, place_text: str, levels: tuple[str, ...], text: str, context: str | None
    ) -> tuple[Region, float] | Resolution:
        """The one region ``place_text`` means at ``levels``, with a confidence, or a
        Resolution saying why not (unknown place, or ambiguous with candidates)."""
        place_text = " ".join(re.sub(r"[\d/]+", " ", place_text).split())
        found = [r for r in self.gaz.find_regions(place_text) if r.level in levels]
        if not found:
            return self._unknown(text, None, context, place_text)
        if len(found) == 1:
            return found[0], 0.95
        narrowed = _settle(found, text, context, self.gaz)
        if len(narrowed) == 1:
            return narrowed[0], 0.85
        keys = tuple(institution_key(_PEMDA_KIND[RegionLevel(r.level)], r.code)
                     if r.level != "district" else r.code for r in narrowed)
        return Resolution(None, None, text, found[0].short_name, None, 0.3, "ambiguous", keys)


def _settle(found: list[Region], text: str, context: str | None, gaz: Gazetteer) -> list[Region]:
    """Narrow candidate regions with cues in the text and then in the context."""
    for cue_text in (text, context or ""):
        city, regency = bool(_CITY_CUE.search(cue_text)), bool(_REGENCY_CUE.search(cue_text))
        if city != regency:
            level = "city" if city else "regency"
            kept = [r for r in found if r.level == level]
            if kept:
                found = kept
    if len(found) > 1 and context:
        provinces = {r.province_code for r in found}
        for r in gaz.find_regions(context):
            if r.province_code in provinces and r.level == "province":
                found = [f for f in found if f.province_code == r.province_code]
                break
        else:
            named = [p for p in gaz.provinces() if norm(p.name) in norm(context)]
            if named:
                found = [f for f in found if f.province_code == named[0].code] or found
    return found


def _with_kind(res: Resolution, kind: str) -> Resolution:
    """A failed place lookup keeps the kind the designation made certain."""
    if res.key is None:
        return replace(res, kind=kind)
    return replace(res, kind=kind,
                   key=institution_key(kind, res.region_code or res.place, res.name))


def _rank(region: Region) -> int:
    return 0 if region.level == "province" else 2 if region.level == "district" else 1


def _alias_place(alias: str) -> str:
    m = re.match(r"(imigrasi|kanim|kantor imigrasi|ulp|ukk|pos imigrasi|mpp)\s+(.+)", alias,
                 re.I)
    return m.group(2) if m else ""
