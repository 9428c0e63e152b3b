"""``sinergi offices``: immigration offices with class, parent, jurisdiction and sources."""

from __future__ import annotations

from typing import Any

import click

from .common import emit, open_store, output_options, province_option_code, require_reference
from .main import cli

_OFFICE_KINDS = ["IMIGRASI_PUSAT", "KANWIL", "KANIM", "ULP", "MPP"]


@cli.command()
@click.option("--province", help="Only offices serving this province (code, name or abbreviation).")
@output_options
def offices(province: str | None, as_json: bool, as_csv: bool) -> None:
    """List immigration offices with class, seat, parent, jurisdiction and sources.

    Jurisdiction items read "64.08 Kabupaten Kutai Timur [64.08.05 64.08.02]" when an
    office serves only some kecamatan, carry "until"/"since" dates when known, and end
    with "(derived: <rule>)" when no source states them (docs/reference-data.md).
    ``provenance`` says whether the office row itself is sourced or derived.

    Example:

        sinergi offices --province Kaltim --json
    """
    code = province_option_code(province) if province else None
    with open_store() as store:
        require_reference(store)
        rows = _office_rows(store, code)
    emit(rows, as_json=as_json, as_csv=as_csv,
         columns=["key", "name", "kind", "office_class", "seat", "parent", "jurisdiction",
                  "source_url", "source_date", "provenance", "derived_by"])


def _office_rows(store: Any, province: str | None) -> list[dict[str, Any]]:
    found = store.run(
        "MATCH (o:Institution) WHERE o.kind IN $kinds "
        "OPTIONAL MATCH (o)-[:PART_OF]->(p:Institution) "
        "OPTIONAL MATCH (o)-[:LOCATED_IN]->(s:Region) "
        "RETURN o.key AS key, o.name AS name, o.kind AS kind, o.office_class AS office_class, "
        "s.key AS seat, p.key AS parent, o.region AS region, o.source_url AS source_url, "
        "o.source_date AS source_date, o.derived_by AS derived_by ORDER BY key",
        {"kinds": _OFFICE_KINDS})
    edges = store.run(
        "MATCH (o:Institution)-[j:JURISDICTION_OVER]->(r:Region) WHERE o.kind IN $kinds "
        "RETURN o.key AS key, r.key AS code, r.name AS name, r.province AS province, "
        "j.districts AS districts, j.since AS since, j.until AS until, "
        "j.derived_by AS derived_by ORDER BY code, since",
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
        if e["derived_by"]:
            text += f" (derived: {e['derived_by']})"
        juris.setdefault(e["key"], []).append(text)
        provinces.setdefault(e["key"], set()).add(e["province"])
    rows = []
    for o in found:
        in_province = province in provinces.get(o["key"], set()) or (
            o["region"] or "").split(".")[0] == province
        if province and not in_province:
            continue
        rows.append({**{k: v for k, v in o.items() if k != "region"},
                     "jurisdiction": juris.get(o["key"], []),
                     "provenance": "derived" if o["derived_by"] else "sourced"})
    return rows
