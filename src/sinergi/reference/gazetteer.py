"""A read-only, cached view of the region CSVs and the alias table (no graph access).

The extractor and the resolver use it to turn a written place ("Kukar", "Batulicin",
"Kota Bekasi", "Kalsel") into Kemendagri region codes and canonical place names, and an
institution abbreviation ("Pemko", "Disdukcapil") into its kind and expansion.

Matching ignores case, spaces and punctuation ("Batu Licin" == "Batulicin",
"Deli Serdang" == "Deliserdang"). A name that can mean several regions returns all of
them: settling the ambiguity is the caller's job.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from ..errors import InputError
from ..schema import InstitutionKind, RegionLevel

#: Pseudo-kind in aliases.csv for "Pemda": PEMKAB, PEMKOT or PEMPROV depending on the place.
PEMDA = "PEMDA"
REGION_ALIAS = "region"

_LEVEL_ORDER = {
    RegionLevel.PROVINCE: 0, RegionLevel.REGENCY: 1, RegionLevel.CITY: 1, RegionLevel.DISTRICT: 2
}
_NAME_PREFIX = re.compile(
    r"^(kabupaten administrasi|kota administrasi|kabupaten|kota|provinsi)\s+", re.IGNORECASE
)
# Written designations that restrict the level of what follows ("Kab. Bekasi").
_WRITTEN_PREFIX = re.compile(
    r"^(?P<p>kabupaten administrasi|kota administrasi|kota adm|kabupaten|kab|kota|kot|"
    r"provinsi|prov|kecamatan|kec|distrik)\b\.?\s*",
    re.IGNORECASE,
)
_PREFIX_LEVELS = {
    "kabupaten": (RegionLevel.REGENCY,),
    "kab": (RegionLevel.REGENCY,),
    "kota": (RegionLevel.CITY,),
    "kot": (RegionLevel.CITY,),
    "provinsi": (RegionLevel.PROVINCE,),
    "prov": (RegionLevel.PROVINCE,),
    "kecamatan": (RegionLevel.DISTRICT,),
    "kec": (RegionLevel.DISTRICT,),
    "distrik": (RegionLevel.DISTRICT,),
}
_CODE = re.compile(r"\d{2}(\.\d{2}(\.\d{2})?)?")


def norm(text: str) -> str:
    """Case-, accent-, space- and punctuation-insensitive form used for matching."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", ascii_.lower())


# Names whose short form is not the name without its prefix: the capital is "DKI
# Jakarta" in office names ("Kanwil ... DKI Jakarta") and in how people write it.
_SHORT = {"Daerah Khusus Ibukota Jakarta": "DKI Jakarta"}


def short_name(name: str) -> str:
    """'Kabupaten Tanah Bumbu' -> 'Tanah Bumbu', 'Kota Administrasi Jakarta Pusat' ->
    'Jakarta Pusat', 'Daerah Khusus Ibukota Jakarta' -> 'DKI Jakarta'."""
    return _SHORT.get(name) or _NAME_PREFIX.sub("", name).strip()


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    short_name: str
    level: str  # a RegionLevel value
    province_code: str
    parent_code: str | None


@dataclass(frozen=True)
class Alias:
    alias: str
    target: str  # region code, or the expansion of an institution abbreviation
    kind: str  # "region", an InstitutionKind value, or "PEMDA"
    place: str | None
    note: str


@dataclass
class Gazetteer:
    """Regions by code plus match indexes; build with ``load_gazetteer()``."""

    regions: dict[str, Region]
    aliases: list[Alias]
    _by_name: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _by_alias: dict[str, list[Alias]] = field(default_factory=dict, repr=False)
    _abbrev: dict[str, Alias] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for region in self.regions.values():
            for written in {region.name, region.short_name}:
                self._by_name.setdefault(norm(written), []).append(region.code)
        for alias in self.aliases:
            if alias.kind == REGION_ALIAS:
                self._by_alias.setdefault(norm(alias.alias), []).append(alias)
            else:
                self._abbrev[norm(alias.alias)] = alias

    # --- lookup ---------------------------------------------------------------------

    def region(self, code: str) -> Region | None:
        return self.regions.get(code)

    def provinces(self) -> list[Region]:
        return [r for r in self.regions.values() if r.level == RegionLevel.PROVINCE]

    def kabkota(self, province_code: str | None = None) -> list[Region]:
        return [
            r
            for r in self.regions.values()
            if r.level in (RegionLevel.REGENCY, RegionLevel.CITY)
            and (province_code is None or r.province_code == province_code)
        ]

    def districts(self, regency_code: str) -> list[Region]:
        return [
            r for r in self.regions.values()
            if r.level == RegionLevel.DISTRICT and r.parent_code == regency_code
        ]

    def find_regions(
        self, text: str, *, level: str | None = None, province: str | None = None
    ) -> list[Region]:
        """Every region ``text`` can mean, provinces first, then kab/kota, then kecamatan.

        ``level`` keeps one level; a written "Kota"/"Kabupaten"/"Kec." prefix does the
        same. ``province`` (code, name or alias) keeps regions of that province.
        """
        found = [self.regions[c] for c in self._codes(text)]
        if level is not None:
            found = [r for r in found if r.level == level]
        if province is not None:
            prov = self.province_code(province)
            found = [r for r in found if r.province_code == prov]
        return sorted(found, key=lambda r: (_LEVEL_ORDER[RegionLevel(r.level)], r.code))

    def province_code(self, text: str) -> str | None:
        """Province code for a code, name or alias ("63", "Kalsel", "Kalimantan Selatan")."""
        text = text.strip()
        if text in self.regions and self.regions[text].level == RegionLevel.PROVINCE:
            return text
        provs = [r for r in self.find_regions(text) if r.level == RegionLevel.PROVINCE]
        return provs[0].code if provs else None

    def place_name(self, text: str) -> str | None:
        """Canonical place to write for a written place ("Kukar" -> "Kutai Kartanegara")."""
        body, _ = _strip_prefix(text)
        for alias in self._by_alias.get(norm(body), []):
            if alias.place:
                return alias.place
        found = self.find_regions(text)
        return found[0].short_name if found else None

    def expand_abbreviation(self, word: str) -> tuple[str, str] | None:
        """(kind, expansion) of an institution abbreviation: Pemko -> (PEMKOT, "Pemerintah Kota").
        The kind is an ``InstitutionKind`` value, or ``"PEMDA"`` for Pemda."""
        alias = self._abbrev.get(norm(word))
        return (alias.kind, alias.target) if alias else None

    def abbreviations(self) -> list[Alias]:
        return list(self._abbrev.values())

    # --- internals ------------------------------------------------------------------

    def _codes(self, text: str) -> list[str]:
        if _CODE.fullmatch(text.strip()) and text.strip() in self.regions:
            return [text.strip()]
        body, levels = _strip_prefix(text)
        if levels:
            kept = [c for c in self._match(norm(body)) if self.regions[c].level in levels]
            if kept:
                return kept
        # No designation, or one that is part of the name: "Kota Baru" is Kabupaten Kotabaru.
        return self._match(norm(text))

    def _match(self, key: str) -> list[str]:
        codes = list(self._by_name.get(key, []))
        codes += [a.target for a in self._by_alias.get(key, [])]
        return list(dict.fromkeys(codes))

    def written_forms(self) -> Iterator[tuple[str, str]]:
        """(written form, region code) for every name and alias: for phrase matchers."""
        for region in self.regions.values():
            yield region.short_name, region.code
            if region.name != region.short_name:
                yield region.name, region.code
        for aliases in self._by_alias.values():
            for alias in aliases:
                yield alias.alias, alias.target


def _strip_prefix(text: str) -> tuple[str, tuple[str, ...]]:
    m = _WRITTEN_PREFIX.match(text.strip())
    if not m:
        return text.strip(), ()
    rest = text.strip()[m.end():]
    if not rest:
        return text.strip(), ()
    word = m.group("p").lower().split()[0]
    return rest, _PREFIX_LEVELS.get(word, ())


# --- reading the CSVs ------------------------------------------------------------------


def data_root() -> Traversable:
    """The package data folder (``sinergi/data``), also inside an installed wheel."""
    return resources.files("sinergi").joinpath("data")


def read_csv(
    source: Traversable | Path, required: list[str]
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each data row; refuses a file without the required columns."""
    name = str(source)
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", file=name) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"missing column(s) {', '.join(missing)}", file=name, line=1)
    for row in reader:
        if None in row:
            raise InputError("more cells than columns", file=name, line=reader.line_num)
        yield reader.line_num, {k: (v or "").strip() for k, v in row.items()}


def _regions(root: Traversable | Path) -> dict[str, Region]:
    regions: dict[str, Region] = {}
    folder = root.joinpath("regions")

    def add(file: str, line: int, region: Region, pattern: str) -> None:
        problem = None
        if not re.fullmatch(pattern, region.code):
            problem = f"bad region code {region.code!r}"
        elif region.code in regions:
            problem = f"duplicate region code {region.code}"
        elif region.parent_code and region.parent_code not in regions:
            problem = f"unknown parent region {region.parent_code}"
        elif not region.name:
            problem = "empty name"
        if problem:
            raise InputError(problem, file=str(folder.joinpath(file)), line=line)
        regions[region.code] = region

    for line, row in read_csv(folder.joinpath("provinces.csv"), ["code", "name"]):
        add("provinces.csv", line,
            Region(row["code"], row["name"], short_name(row["name"]), RegionLevel.PROVINCE.value,
                   row["code"], None), r"\d{2}")
    for line, row in read_csv(
        folder.joinpath("kabkota.csv"), ["code", "name", "type", "province_code"]
    ):
        if row["type"] not in ("kabupaten", "kota"):
            raise InputError(f"type must be kabupaten or kota, not {row['type']!r}",
                             file=str(folder.joinpath("kabkota.csv")), line=line)
        level = RegionLevel.REGENCY if row["type"] == "kabupaten" else RegionLevel.CITY
        add("kabkota.csv", line,
            Region(row["code"], row["name"], short_name(row["name"]), level.value,
                   row["province_code"], row["province_code"]), r"\d{2}\.\d{2}")
    for line, row in read_csv(
        folder.joinpath("kecamatan.csv"), ["code", "name", "regency_code"]
    ):
        add("kecamatan.csv", line,
            Region(row["code"], row["name"], row["name"], RegionLevel.DISTRICT.value,
                   row["code"][:2], row["regency_code"]), r"\d{2}\.\d{2}\.\d{2}")
    return regions


def _aliases(root: Traversable | Path, regions: dict[str, Region]) -> list[Alias]:
    source = root.joinpath("aliases.csv")
    kinds = {k.value for k in InstitutionKind} | {PEMDA, REGION_ALIAS}
    out = []
    for line, row in read_csv(source, ["alias", "target", "kind", "place", "note"]):
        problem = None
        if not row["alias"] or not row["target"]:
            problem = "alias and target are required"
        elif row["kind"] not in kinds:
            problem = f"unknown kind {row['kind']!r}"
        elif row["kind"] == REGION_ALIAS and row["target"] not in regions:
            problem = f"unknown region code {row['target']!r}"
        if problem:
            raise InputError(problem, file=str(source), line=line)
        out.append(Alias(row["alias"], row["target"], row["kind"], row["place"] or None,
                         row["note"]))
    return out


def build_gazetteer(root: Traversable | Path) -> Gazetteer:
    """Read and validate the CSVs under ``root`` (``regions/*.csv`` and ``aliases.csv``)."""
    regions = _regions(root)
    return Gazetteer(regions, _aliases(root, regions))


@lru_cache(maxsize=4)
def load_gazetteer(root: Path | None = None) -> Gazetteer:
    """The gazetteer of the package data (or of another folder laid out the same way)."""
    return build_gazetteer(root if root is not None else data_root())


def province_code(text: str) -> str | None:
    """The code of the one province ``text`` names (a code, name or alias such as
    "Kalsel"), from the package data; None when it names none or several."""
    gaz = load_gazetteer()
    text = text.strip()
    if text in gaz.regions and gaz.regions[text].level == RegionLevel.PROVINCE:
        return text
    codes = {r.code for r in gaz.find_regions(text, level=RegionLevel.PROVINCE)}
    return codes.pop() if len(codes) == 1 else None
