"""The national office register: every kab/kota has a serving Kanim, sourced or derived
by a named rule, read as of the day asked (a new office's kab/kota answer with the older
office before it opened), and docs/reference-data.md says the sourced share truthfully."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import BACKENDS, backend_settings
from sinergi.cli.main import cli
from sinergi.errors import InputError
from sinergi.questions.registry import run_query
from sinergi.reference.derived import KANWIL, NEAREST, ONLY, RULES, SEAT, derive, read_derived
from sinergi.reference.gazetteer import build_gazetteer, load_gazetteer
from sinergi.reference.load import ReferenceData, load_reference
from sinergi.reference.offices import Jurisdiction, Office, read_offices
from sinergi.stores import GraphStore, open_graph
from test_reference_load import _append, _copy_data

ROOT = Path(__file__).resolve().parents[1]
OPENED = "2026-01-26"  # the 18 offices of KemenPANRB letter B/1621/M.KT.01/2025
TODAY = "2026-12-06"
BEFORE = "2025-01-01"


# --- the rules, on offices made up for the test ------------------------------------------

def _kanim(key: str, seat: str, since: str | None = None) -> Office:
    return Office(key=key, name=key, kind="KANIM", office_class=None, parent_key=None,
                  place=None, located_in=seat, aliases=(), source_url="https://example.org",
                  source_date="2025", note="", line=2, since=since)


# Made-up centroids (lat, lon): 63.01 lies next to 63.10, far from 63.71.
CENTROIDS = {"63.71": (-3.3, 114.6), "63.10": (-3.4, 115.9), "63.01": (-3.5, 115.7),
             "63.03": (-3.3, 115.0)}


def _centroids() -> dict[str, tuple[float, float]]:
    gaz = load_gazetteer()
    return {**{r.code: (0.0, float(i)) for i, r in enumerate(gaz.kabkota("63"))}, **CENTROIDS}


def _rules(rows: list[Any], code: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(d.office_key, d.since, d.until, d.derived_by) for d in rows if d.code == code]


def test_rules_seat_only_nearest_and_a_new_office_takes_its_kabkota_from_its_opening():
    gaz = load_gazetteer()
    centroids = _centroids()
    offices = [_kanim("kanim:a", "63.71"), _kanim("kanim:b", "63.10"),
               _kanim("kanim:new", "63.03", since=OPENED), _kanim("kanim:solo", "64.72")]
    rows = derive(offices, gaz, centroids)
    assert _rules(rows, "63.71") == [("kanim:a", None, None, SEAT)]
    assert _rules(rows, "63.01") == [("kanim:b", None, None, NEAREST)]
    # Before its office opened, 63.03 is served by the nearest older seat; then by its own.
    assert _rules(rows, "63.03") == [("kanim:a", None, OPENED, NEAREST),
                                     ("kanim:new", OPENED, None, SEAT)]
    assert _rules(rows, "64.02") == [("kanim:solo", None, None, ONLY)]
    assert not _rules(rows, "65.01")  # no Kanim in the province: stays unknown


def test_a_province_without_a_kanim_is_served_by_the_nearest_kanim_of_its_kanwil():
    gaz = load_gazetteer()
    kanwil = replace(_kanim("kanwil:64:ditjenim", ""), kind="KANWIL", located_in=None,
                     jurisdiction=[Jurisdiction(p, (), None, None, "https://example.org", "2025")
                                   for p in ("64", "65")])
    tarakan = replace(_kanim("kanim:a", "64.72"), parent_key=kanwil.key)
    centroids = {r.code: (0.0, float(i)) for i, r in enumerate(gaz.kabkota())}
    rows = derive([kanwil, tarakan], gaz, centroids)
    assert _rules(rows, "65.01") == [("kanim:a", None, None, KANWIL)]
    assert not _rules(rows, "63.01")  # no Kanwil of the test covers Kalimantan Selatan


def test_a_sourced_jurisdiction_is_never_overridden_by_a_rule():
    gaz = load_gazetteer()
    data = ReferenceData()
    sourced = replace(_kanim("kanim:b", "63.10"),
                      jurisdiction=[j for o in data.offices if o.key == "kanim:batulicin"
                                    for j in o.jurisdiction])
    rows = derive([_kanim("kanim:a", "63.71"), sourced], gaz, _centroids())
    assert not _rules(rows, "63.02")  # Kotabaru: a source says Batulicin serves it


# --- the committed register ---------------------------------------------------------------

def test_derived_rows_name_their_rule_and_never_shadow_a_source():
    data = ReferenceData()
    offices = {o.key: o for o in data.offices}
    rows = read_derived(resources.files("sinergi").joinpath("data"), data.gazetteer, offices)
    assert rows, "jurisdiction_derived.csv is empty"
    for d in rows:
        assert all(rule in RULES for rule in d.derived_by.split("; ")), d
        office = offices[d.office_key]
        if d.derived_by == SEAT:
            assert office.located_in == d.code, d
        day = d.since or "0000-00-00"
        assert not [j for o in data.offices if o.kind in ("KANIM", "ULP")
                    for j in o.jurisdiction if j.code == d.code and j.provenance == "sourced"
                    and (j.since or "") <= day and (j.until is None or day < j.until)], d


def test_derived_jurisdiction_is_regenerated_after_every_change_to_the_offices():
    # Re-derives from offices.csv and the committed kab/kota boundaries; a stale
    # jurisdiction_derived.csv (an office added without re-running the script) fails here.
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "derive_jurisdiction.py"),
                           "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_reference_data_doc_is_generated_from_the_data():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "reference_coverage.py"),
                           "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


# --- in the graph, on both backends ------------------------------------------------------

@pytest.fixture(scope="module", params=BACKENDS)
def loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[tuple[GraphStore, Any]]:
    settings = backend_settings(request.param, tmp_path_factory.mktemp("register"))
    store = open_graph(settings)
    store.clear()
    load_reference(store)
    try:
        yield store, settings
    finally:
        store.close()


def _row(store: GraphStore, province: str, code: str, as_of: str) -> dict[str, Any]:
    rows = run_query(store, "service-points", {"province": province, "as_of": as_of}).rows
    return next(r for r in rows if r["region"] == code)


def test_a_new_office_answers_only_from_its_opening(loaded: tuple[GraphStore, Any]) -> None:
    store, _ = loaded
    before = _row(store, "61", "61.02", BEFORE)  # Mempawah: Pontianak's, says a source
    assert (before["jurisdiction"], before["provenance"]) == (["kanim:pontianak"], ["sourced"])
    after = _row(store, "61", "61.02", TODAY)
    assert (after["jurisdiction"], after["provenance"]) == (["kanim:mempawah"], ["derived"])
    taput = "12.02"  # Tapanuli Utara: an older Kanim of Sumatera Utara, then its own
    old = _row(store, "12", taput, BEFORE)
    assert old["jurisdiction"] and "kanim:tapanuli-utara" not in old["jurisdiction"]
    assert old["provenance"] == ["derived"] * len(old["jurisdiction"])
    assert _row(store, "12", taput, TODAY)["jurisdiction"] == ["kanim:tapanuli-utara"]


def test_offices_json_gives_seat_parent_source_and_provenance(
    loaded: tuple[GraphStore, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, settings = loaded
    monkeypatch.setenv("SINERGI_BACKEND", settings.backend)
    monkeypatch.setenv("SINERGI_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("SINERGI_NEO4J_URI", settings.neo4j_uri)
    monkeypatch.setenv("SINERGI_NEO4J_USER", settings.neo4j_user)
    monkeypatch.setenv("SINERGI_NEO4J_PASSWORD", settings.neo4j_password)
    result = CliRunner().invoke(cli, ["offices", "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["key"]: r for r in json.loads(result.stdout)}
    garut = rows["kanim:garut"]
    assert (garut["seat"], garut["parent"], garut["provenance"]) == (
        "32.05", "kanwil:32:ditjenim", "sourced")
    assert garut["source_url"].startswith("https://") and garut["source_date"]
    assert f"32.05 Kabupaten Garut since {OPENED} (derived: {SEAT})" in garut["jurisdiction"]
    kanwil = rows["kanwil:11:ditjenim"]
    assert kanwil["provenance"] == "derived" and "Permenimipas" in kanwil["derived_by"]


def _provinces(store: GraphStore) -> list[str]:
    rows = store.run("MATCH (r:Region) WHERE r.level = 'province' RETURN r.key AS key")
    return sorted(r["key"] for r in rows)


@pytest.mark.parametrize("as_of", [TODAY, BEFORE])
def test_every_kabkota_has_a_serving_kanim(loaded: tuple[GraphStore, Any], as_of: str) -> None:
    store, _ = loaded
    rows = [r for p in _provinces(store)
            for r in run_query(store, "service-points", {"province": p, "as_of": as_of}).rows]
    assert len(rows) == 514
    unserved = [r["name"] for r in rows if not r["jurisdiction"] or r["service"] == "unknown"]
    assert not unserved, f"{len(unserved)} kab/kota without a serving office on {as_of}"
    # Every answer says how its office is known (the list holds each kind once).
    assert all(r["provenance"] and set(r["provenance"]) <= {"sourced", "derived"} for r in rows)


def test_jawa_timur_names_the_serving_office_of_all_38(loaded: tuple[GraphStore, Any]) -> None:
    store, _ = loaded
    rows = run_query(store, "service-points", {"province": "Jatim", "as_of": TODAY}).rows
    assert len(rows) == 38
    assert all(r["jurisdiction"] and all(k.startswith("kanim:") or k.startswith("ulp:")
                                         for k in r["jurisdiction"]) for r in rows)
    kediri = next(r for r in rows if r["region"] == "35.06")  # a source names Kanim Kediri
    assert (kediri["jurisdiction"], kediri["provenance"]) == (["kanim:kediri"], ["sourced"])


def test_the_register_lists_every_sourced_kanim_and_kanwil() -> None:
    data = ReferenceData()
    kanim = [o for o in data.offices if o.kind == "KANIM"]
    # Indonesia has 151 Kanim since the 18 offices of January 2026 (133 before), all of
    # them with a dated public source here (docs/reference-data.md says how it was checked).
    assert len(kanim) >= 151
    open_before = [o for o in kanim if (o.since is None or o.since <= BEFORE)
                   and (o.until is None or o.until > BEFORE)]
    assert len(open_before) == 133
    assert all(o.source_url.startswith("http") and o.source_date for o in kanim)
    assert all(o.parent_key and o.parent_key.startswith("kanwil:") for o in kanim)
    kanwil_provinces = {j.code for o in data.offices if o.kind == "KANWIL"
                        and o.key.endswith(":ditjenim") for j in o.jurisdiction}
    assert kanwil_provinces == {p.code for p in data.gazetteer.provinces()}


def test_the_same_kabkota_twice_for_overlapping_days_is_refused(tmp_path: Path) -> None:
    root = _copy_data(tmp_path)
    line = _append(root / "offices.csv", "kanim:kediri,,,,,,,35.71,,https://example.org/x,2024,"
                   "2020-01-01,,a second row for Kota Kediri that overlaps the first,")
    with pytest.raises(InputError) as refused:
        read_offices(root, build_gazetteer(root))
    assert "35.71 is given to kanim:kediri twice" in str(refused.value)
    assert line > 1
