"""The reference layer of the synthetic national graph: regions and immigration offices.

``bench/synth.py`` builds its articles on top of this. Everything here is derived
from one seed, so a seed names one imaginary Indonesia: 38 provinces with the real
Kemendagri province codes, 416 kabupaten (``NN.01``..) and 98 kota (``NN.71``..)
spread over them, a few kecamatan per kab/kota, and about 150 immigration offices
(a Kanwil per province, Kanim with a class, ULP) whose jurisdictions cover every
kab/kota. Place names are invented from syllables; real names are not needed.

Rows follow ``docs/graph-model.md`` exactly (the labels, keys and properties the
reference loader writes).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sinergi.schema import InstitutionKind as K
from sinergi.schema import RegionLevel, Topic, institution_key, program_key

PROVINCE_CODES = (
    [str(c) for c in range(11, 20)] + ["21"] + [str(c) for c in range(31, 37)]
    + ["51", "52", "53"] + [str(c) for c in range(61, 66)] + [str(c) for c in range(71, 77)]
    + ["81", "82"] + [str(c) for c in range(91, 97)]
)
KABUPATEN, KOTA = 416, 98
KANIM_PER_KABKOTA = 5.4  # about 96 Kanim for 514 kab/kota
ULP_COUNT = 16
SPLIT_SHARE = 0.1  # of kab/kota without a Kanim of their own: served by two, each for part
SOURCE_URL = "https://synthetic.invalid/reference/offices.csv"
SOURCE_DATE = "2025-01-15"
RENAMED_ON = "2024-10-20"  # immigration left Kemenkumham for Kemenimipas
KANIM_CLASSES = ("Kelas I TPI", "Kelas I Non TPI", "Kelas II TPI", "Kelas II Non TPI")

def _words(text: str) -> list[str]:
    return text.split()


_SYLLABLES = _words(
    "ba tu li cin ma ra ka wa ngi so lo pa da ja ta si bo ne ge mu ri sa la an te gal pu "
    "ru nu sa ke ban jar ma sin ku tai tan bu lan gor ron go sum ba"
)
_DIRECTIONS = ("Utara", "Selatan", "Barat", "Timur", "Tengah")


class NodeRow(NamedTuple):
    label: str
    props: dict[str, Any]


class RelRow(NamedTuple):
    type: str
    src: tuple[str, str]
    dst: tuple[str, str]
    props: dict[str, Any] | None = None
    qualifier: str | None = None


Row = NodeRow | RelRow


@dataclass(frozen=True)
class Place:
    code: str
    name: str  # without "Kabupaten/Kota/Provinsi"
    level: str
    province: str
    parent: str | None

    @property
    def government(self) -> str:
        kind = {"province": K.PEMPROV, "regency": K.PEMKAB, "city": K.PEMKOT}[self.level]
        return institution_key(kind, self.code)

    @property
    def region_name(self) -> str:
        """The Region node's name, as in the gazetteer: "Aceh", "Kabupaten X", "Kota Y"."""
        return self.name if self.level == "province" else self.full_name

    @property
    def full_name(self) -> str:
        prefix = {"province": "Provinsi", "regency": "Kabupaten", "city": "Kota"}
        return f"{prefix.get(self.level, 'Kecamatan')} {self.name}"


@dataclass(frozen=True)
class Office:
    key: str
    kind: str
    name: str
    place: str
    seat: str | None  # code of the kab/kota it sits in (LOCATED_IN), when known
    parent: str | None = None
    office_class: str | None = None
    region: str | None = None  # the place's code, for offices without a seat


@dataclass
class Nation:
    provinces: list[Place] = field(default_factory=list)
    kabkota: list[Place] = field(default_factory=list)
    districts: dict[str, list[Place]] = field(default_factory=dict)  # kab/kota -> kecamatan
    offices: list[Office] = field(default_factory=list)
    kanwil: dict[str, str] = field(default_factory=dict)  # province code -> Kanwil key
    predecessor: dict[str, str] = field(default_factory=dict)  # successor -> predecessor key
    served_by: dict[str, list[str]] = field(default_factory=dict)  # kab/kota -> Kanim keys
    partial: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (kanim, kk)
    pusat: str = ""

    def place(self, code: str) -> Place:
        return self._by_code[code]

    def index(self) -> None:
        self._by_code = {p.code: p for p in self.provinces + self.kabkota}


class _Names:
    """Invented place names, unique across the country (Kanim keys use their slugs)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng, self.used = rng, set[str]()

    def word(self) -> str:
        return "".join(self.rng.choice(_SYLLABLES) for _ in range(self.rng.randint(2, 3)))

    def new(self, words: int = 1, direction: float = 0.0) -> str:
        while True:
            name = " ".join(self.word().title() for _ in range(words))
            if self.rng.random() < direction:
                name += " " + self.rng.choice(_DIRECTIONS)
            if name not in self.used:
                self.used.add(name)
                return name


def _spread(rng: random.Random, total: int, bins: int, base: int, limit: int) -> list[int]:
    """``total`` items over ``bins``, each at least ``base`` and at most ``limit``,
    unevenly (a few provinces hold many kabupaten, as in Java and Papua)."""
    counts = [base] * bins
    weights = [rng.paretovariate(1.6) for _ in range(bins)]
    for _ in range(total - base * bins):
        while True:
            i = rng.choices(range(bins), weights)[0]
            if counts[i] < limit:
                counts[i] += 1
                break
    return counts


def build_nation(seed: int) -> Nation:
    rng = random.Random(f"{seed}/nation")
    names, nation = _Names(rng), Nation()
    n = len(PROVINCE_CODES)
    kab_counts = _spread(rng, KABUPATEN, n, 3, 60)
    kota_counts = _spread(rng, KOTA, n, 1, 9)
    for code, kabs, kotas in zip(PROVINCE_CODES, kab_counts, kota_counts, strict=True):
        nation.provinces.append(Place(code, names.new(2, 0.3), "province", code, None))
        codes = [(f"{code}.{i:02d}", "regency") for i in range(1, kabs + 1)]
        codes += [(f"{code}.{70 + i:02d}", "city") for i in range(1, kotas + 1)]
        for kk, level in codes:
            place = Place(kk, names.new(1 + (rng.random() < 0.3)), level, code, code)
            nation.kabkota.append(place)
            nation.districts[kk] = [
                Place(f"{kk}.{d:02d}", names.new(), "district", code, kk)
                for d in range(1, rng.randint(6, 22) + 1)
            ]
    nation.index()
    _offices(rng, nation)
    return nation


def _offices(rng: random.Random, nation: Nation) -> None:
    # Keys and names as in src/sinergi/data/offices.csv: the ministries, the Ditjen,
    # kanwil:NN:ditjenim succeeding kanwil:NN:kemenkumham, kanim:<place>, ulp:<place>.
    old_ministry = _office(K.IMIGRASI_PUSAT, "Kementerian Hukum dan Hak Asasi Manusia", None)
    ministry = _office(K.IMIGRASI_PUSAT, "Kementerian Imigrasi dan Pemasyarakatan", None)
    pusat = _office(K.IMIGRASI_PUSAT, "Direktorat Jenderal Imigrasi", None, parent=ministry.key)
    nation.pusat = pusat.key
    nation.offices += [old_ministry, ministry, pusat]
    nation.predecessor[ministry.key] = old_ministry.key
    for prov in nation.provinces:
        kks = [p for p in nation.kabkota if p.province == prov.code]
        capital = next((p for p in kks if p.level == "city"), kks[0])
        kanwil = _office(K.KANWIL, f"Kantor Wilayah Direktorat Jenderal Imigrasi {prov.name}",
                         prov, parent=pusat.key, key=f"kanwil:{prov.code}:ditjenim")
        old = _office(K.KANWIL, f"Kantor Wilayah Kementerian Hukum dan HAM {prov.name}", prov,
                      capital.code, old_ministry.key, key=f"kanwil:{prov.code}:kemenkumham")
        nation.kanwil[prov.code], nation.predecessor[kanwil.key] = kanwil.key, old.key
        nation.offices += [kanwil, old]
        seats = [capital] + rng.sample([p for p in kks if p is not capital],
                                       max(0, round(len(kks) / KANIM_PER_KABKOTA) - 1))
        kanims = []
        for i, seat in enumerate(seats):
            cls = "Kelas I TPI" if i == 0 else rng.choice(KANIM_CLASSES)
            kanims.append(_office(K.KANIM, f"Kantor Imigrasi {cls} {seat.name}", seat,
                                  seat.code, kanwil.key, cls))
            nation.served_by[seat.code] = [kanims[-1].key]
        nation.offices += kanims
        _serve(rng, nation, kks, kanims)
    unseated = [p for p in nation.kabkota if p.code not in {o.seat for o in nation.offices}]
    for seat in rng.sample(unseated, ULP_COUNT):
        nation.offices.append(_office(K.ULP, f"Unit Layanan Paspor {seat.name}", seat,
                                      seat.code, nation.served_by[seat.code][0]))


def _serve(rng: random.Random, nation: Nation, kks: list[Place], kanims: list[Office]) -> None:
    """Every kab/kota of a province gets a Kanim; a few are split between two."""
    for kk in kks:
        if kk.code in nation.served_by:
            continue
        if len(kanims) > 1 and rng.random() < SPLIT_SHARE:
            two = rng.sample(kanims, 2)
            nation.served_by[kk.code] = [o.key for o in two]
            kec = [d.code for d in nation.districts[kk.code]]
            cut = len(kec) // 2
            nation.partial[(two[0].key, kk.code)] = kec[:cut]
            nation.partial[(two[1].key, kk.code)] = kec[cut:]
        else:
            nation.served_by[kk.code] = [rng.choice(kanims).key]


def _office(kind: str, name: str, place: Place | None, seat: str | None = None,
            parent: str | None = None, office_class: str | None = None,
            key: str | None = None) -> Office:
    key = key or institution_key(kind, place.name if place else None, name)
    return Office(key, str(kind), name, place.name if place else "", seat, parent, office_class,
                  place.code if place else None)


def reference_rows(nation: Nation) -> Iterator[Row]:
    """The reference layer, as ``sinergi load reference`` writes it; nodes first."""
    for p in nation.provinces + nation.kabkota:
        yield NodeRow("Region", {"key": p.code, "name": p.region_name, "level": p.level,
                                 "parent": p.parent, "province": p.province})
    for kec in (d for ds in nation.districts.values() for d in ds):
        yield NodeRow("Region", {"key": kec.code, "name": kec.name,
                                 "level": RegionLevel.DISTRICT.value, "parent": kec.parent,
                                 "province": kec.province})
    for p in nation.kabkota + [d for ds in nation.districts.values() for d in ds]:
        yield RelRow("PART_OF", ("Region", p.code), ("Region", str(p.parent)))
    for p in nation.provinces + nation.kabkota:
        kind = {"province": K.PEMPROV, "regency": K.PEMKAB, "city": K.PEMKOT}[p.level]
        short = {"province": "Pemprov", "regency": "Pemkab", "city": "Pemkot"}[p.level]
        yield NodeRow("Institution", {"key": p.government, "kind": str(kind), "name":
                                      f"Pemerintah {p.full_name}", "place": p.name,
                                      "region": p.code, "aliases": [f"{short} {p.name}"]})
        yield RelRow("JURISDICTION_OVER", ("Institution", p.government), ("Region", p.code),
                     {"partial": False})
    yield from _office_rows(nation)
    for topic in Topic:
        yield NodeRow("Program", {"key": program_key(topic), "topic": topic.value,
                                  "name": topic.value.replace("_", " ").title()})


def _office_rows(nation: Nation) -> Iterator[Row]:
    sourced = {"source_url": SOURCE_URL, "source_date": SOURCE_DATE}
    for o in nation.offices:
        yield NodeRow("Institution", {"key": o.key, "kind": o.kind, "name": o.name,
                                      "place": o.place or None, "region": o.seat or o.region,
                                      "office_class": o.office_class,
                                      "aliases": _aliases(o), **sourced})
    for o in nation.offices:
        if o.parent:
            yield RelRow("PART_OF", ("Institution", o.key), ("Institution", o.parent))
        if o.seat:
            yield RelRow("LOCATED_IN", ("Institution", o.key), ("Region", o.seat))
    for successor, predecessor in nation.predecessor.items():
        yield RelRow("SUCCEEDED_BY", ("Institution", predecessor), ("Institution", successor),
                     {"on_date": RENAMED_ON, "note": "immigration left Kemenkumham"})
    for prov, key in nation.kanwil.items():
        for office, dates in ((key, {"since": RENAMED_ON}),
                              (nation.predecessor[key], {"until": RENAMED_ON})):
            yield RelRow("JURISDICTION_OVER", ("Institution", office), ("Region", prov),
                         {"partial": False, **dates, **sourced})
    for kk, kanims in nation.served_by.items():
        for kanim in kanims:
            districts = nation.partial.get((kanim, kk))
            yield RelRow("JURISDICTION_OVER", ("Institution", kanim), ("Region", kk),
                         {"partial": districts is not None, "districts": districts, **sourced})


def _aliases(o: Office) -> list[str] | None:
    if o.kind == K.KANIM:
        return [f"Kanim {o.place}", f"Imigrasi {o.place}"]
    if o.kind == K.ULP:
        return [f"ULP {o.place}"]
    if o.kind == K.KANWIL:
        ministry = "Imigrasi" if o.key.endswith(":ditjenim") else "Kemenkumham"
        return [f"Kanwil {ministry} {o.place}"]
    return None
