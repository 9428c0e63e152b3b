"""``sinergi regions``: the provinces, or one province's kab/kota with the offices that
serve them, read back from the graph so a planner can check what coverage relies on."""

from __future__ import annotations

from typing import Any

import click

from .common import emit, open_store, output_options, province_option_code, require_reference
from .main import cli


@cli.command()
@click.option("--province", help="Province code, name or abbreviation (63, Kalsel, ...).")
@output_options
def regions(province: str | None, as_json: bool, as_csv: bool) -> None:
    """List the provinces, or the kab/kota of one province with the offices serving them.

    Example:

        sinergi regions --province Kalsel
    """
    code = province_option_code(province) if province else None
    with open_store() as store:
        require_reference(store)
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

