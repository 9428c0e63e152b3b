"""``sinergi load reference``, ``sinergi regions`` and ``sinergi offices``.

The first writes the reference layer (regions, regional governments, immigration
offices, succession, programs); the other two read it back from the graph so a
planner can check what the coverage questions will rely on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..errors import NotFound, ParameterError
from .common import emit, open_store, output_options
from .main import cli, load

_OFFICE_KINDS = ["IMIGRASI_PUSAT", "KANWIL", "KANIM", "ULP", "MPP"]
_EMPTY = "no reference data in the graph: run `sinergi load reference` first"


@load.command("reference")
@click.option("--dir", "folder", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Read the CSVs from this folder instead of the package data "
                   "(same layout: regions/*.csv, aliases.csv, offices.csv, succession.csv).")
def load_reference_cmd(folder: Path | None) -> None:
    """Load regions, Pemprov/Pemkab/Pemkot, immigration offices and programs.

    Every file is checked first; a bad row stops the load with its file, line and
    problem, and nothing is written. Loading twice changes nothing.

    Example:

        sinergi load reference
    """
    import time

    from ..reference.load import load_reference

    started = time.perf_counter()
    with open_store() as store:
        counts = load_reference(store, folder)
        backend = store.backend
    click.echo(f"Reference data loaded into {backend} in {time.perf_counter() - started:.1f}s:")
    for what, n in counts.items():
        click.echo(f"  {n} {what}")


def _province(text: str) -> str:
    from ..reference.gazetteer import province_code

    code = province_code(text)
    if code is None:
        raise ParameterError(
            f"no province {text!r}; give a code (63), a name (Kalimantan Selatan) "
            "or an abbreviation (Kalsel)", param="province")
    return code


def _require_reference(store: Any) -> None:
    if not store.run("MATCH (r:Region) RETURN count(r) AS n")[0]["n"]:
        raise NotFound(_EMPTY)


@cli.command()
@click.option("--province", help="Province code, name or abbreviation (63, Kalsel, ...).")
@output_options
def regions(province: str | None, as_json: bool, as_csv: bool) -> None:
    """List the provinces, or the kab/kota of one province with the offices serving them.

    Example:

        sinergi regions --province Kalsel
    """
    code = _province(province) if province else None
    with open_store() as store:
        _require_reference(store)
        if code is None:
            rows = store.run(
                "MATCH (p:Region) WHERE p.level = 'province' "
                "OPTIONAL MATCH (k:Region)-[:PART_OF]->(p) "
                "WHERE k.level IN ['regency', 'city'] "
                "RETURN p.key AS code, p.name AS name, count(k) AS kabkota ORDER BY code")
            emit(rows, as_json=as_json, as_csv=as_csv, columns=["code", "name", "kabkota"])
            return
        rows = _kabkota_rows(store, code)
    emit(rows, as_json=as_json, as_csv=as_csv,
         columns=["code", "name", "level", "government", "offices"])


def _kabkota_rows(store: Any, province: str) -> list[dict[str, Any]]:
    regions_ = store.run(
        "MATCH (k:Region)-[:PART_OF]->(p:Region {key: $p}) "
        "WHERE k.level IN ['regency', 'city'] "
        "RETURN k.key AS code, k.name AS name, k.level AS level ORDER BY code", {"p": province})
    served = store.run(
        "MATCH (o:Institution)-[j:JURISDICTION_OVER]->(k:Region {province: $p}) "
        "WHERE o.kind IN ['KANIM', 'ULP'] "
        "RETURN k.key AS code, o.key AS office, j.partial AS partial, j.until AS until",
        {"p": province})
    by_code: dict[str, list[str]] = {}
    for s in served:
        label = s["office"] + (" (part)" if s["partial"] else "")
        label += f" (until {s['until']})" if s["until"] else ""
        by_code.setdefault(s["code"], []).append(label)
    for r in regions_:
        kind = "pemkab" if r["level"] == "regency" else "pemkot"
        r["government"] = f"{kind}:{r['code']}"
        r["offices"] = sorted(by_code.get(r["code"], []))
    return list(regions_)


@cli.command()
@click.option("--province", help="Only offices serving this province (code, name or abbreviation).")
@output_options
def offices(province: str | None, as_json: bool, as_csv: bool) -> None:
    """List immigration offices with class, parent, jurisdiction and sources.

    Jurisdiction items read "64.08 Kabupaten Kutai Timur [64.08.05 64.08.02]" when an
    office serves only some kecamatan, and carry "until"/"since" dates when known.

    Example:

        sinergi offices --province Kaltim --json
    """
    code = _province(province) if province else None
    with open_store() as store:
        _require_reference(store)
        rows = _office_rows(store, code)
    emit(rows, as_json=as_json, as_csv=as_csv,
         columns=["key", "name", "kind", "office_class", "parent", "jurisdiction",
                  "source_url", "source_date"])


def _office_rows(store: Any, province: str | None) -> list[dict[str, Any]]:
    found = store.run(
        "MATCH (o:Institution) WHERE o.kind IN $kinds "
        "OPTIONAL MATCH (o)-[:PART_OF]->(p:Institution) "
        "RETURN o.key AS key, o.name AS name, o.kind AS kind, o.office_class AS office_class, "
        "p.key AS parent, o.region AS region, o.source_url AS source_url, "
        "o.source_date AS source_date ORDER BY key", {"kinds": _OFFICE_KINDS})
    edges = store.run(
        "MATCH (o:Institution)-[j:JURISDICTION_OVER]->(r:Region) WHERE o.kind IN $kinds "
        "RETURN o.key AS key, r.key AS code, r.name AS name, r.province AS province, "
        "j.districts AS districts, j.since AS since, j.until AS until ORDER BY code",
        {"kinds": _OFFICE_KINDS})
    juris: dict[str, list[str]] = {}
    provinces: dict[str, set[str]] = {}
    for e in edges:
        text = f"{e['code']} {e['name']}"
        if e["districts"]:
            text += f" [{' '.join(e['districts'])}]"
        if e["since"]:
            text += f" since {e['since']}"
        if e["until"]:
            text += f" until {e['until']}"
        juris.setdefault(e["key"], []).append(text)
        provinces.setdefault(e["key"], set()).add(e["province"])
    rows = []
    for o in found:
        in_province = province in provinces.get(o["key"], set()) or (
            o["region"] or "").split(".")[0] == province
        if province and not in_province:
            continue
        rows.append({**{k: v for k, v in o.items() if k != "region"},
                     "jurisdiction": juris.get(o["key"], [])})
    return rows
