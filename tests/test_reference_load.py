"""``load_reference`` on both backends: what it writes, idempotence, refusal of bad rows."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from sinergi.errors import InputError, InputErrors
from sinergi.reference.gazetteer import load_gazetteer
from sinergi.reference.load import load_reference
from sinergi.reference.offices import read_offices

KALIMANTAN = ("61", "62", "63", "64", "65")


def _copy_data(tmp_path: Path) -> Path:
    """The package data copied to a folder a test may corrupt."""
    root = tmp_path / "refdata"
    src = resources.files("sinergi").joinpath("data")
    (root / "regions").mkdir(parents=True)
    for name in ("aliases.csv", "offices.csv", "succession.csv"):
        (root / name).write_text(src.joinpath(name).read_text(encoding="utf-8"), encoding="utf-8")
    for name in ("provinces.csv", "kabkota.csv", "kecamatan.csv"):
        text = src.joinpath("regions", name).read_text(encoding="utf-8")
        (root / "regions" / name).write_text(text, encoding="utf-8")
    return root


def _append(path: Path, line: str) -> int:
    """Append a row; returns its line number."""
    text = path.read_text(encoding="utf-8")
    path.write_text(text + line + "\n", encoding="utf-8")
    return text.count("\n") + 1


def test_every_kalimantan_kabkota_has_an_office_with_jurisdiction():
    gaz = load_gazetteer()
    covered = {j.code for o in read_offices(resources.files("sinergi").joinpath("data"), gaz)
               for j in o.jurisdiction if o.kind in ("KANIM", "ULP")}
    for province in KALIMANTAN:
        missing = [r.name for r in gaz.kabkota(province) if r.code not in covered]
        assert not missing, f"{province}: no office serves {missing}"


def test_offices_are_sourced_and_kanwil_kaltim_covers_kaltara():
    offices = {o.key: o for o in read_offices(resources.files("sinergi").joinpath("data"),
                                              load_gazetteer())}
    assert all(o.source_url.startswith("http") and o.source_date for o in offices.values())
    assert {j.code for j in offices["kanwil:64:ditjenim"].jurisdiction} == {"64", "65"}
    assert offices["kanim:tarakan"].parent_key == "kanwil:64:ditjenim"
    redeb = {j.code: j for j in offices["kanim:tanjung-redeb"].jurisdiction}
    assert redeb["64.08"].districts == ("64.08.05", "64.08.02")


def test_load_writes_the_reference_layer(store):
    counts = load_reference(store)
    assert counts["Region"] == 38 + 514 + 7285
    assert counts["Program"] == 9
    graph = store.counts()
    assert graph["Region"] == 7837 and graph["Program"] == 9
    assert graph["Institution"] == counts["Institution"]
    # every kab/kota has its Pemkab/Pemkot with jurisdiction over it
    rows = store.run(
        "MATCH (i:Institution)-[:JURISDICTION_OVER]->(r:Region) "
        "WHERE i.kind IN ['PEMKAB', 'PEMKOT'] AND i.region = r.key RETURN count(i) AS n")
    assert rows[0]["n"] == 514
    pemko = store.run("MATCH (i:Institution {key: 'pemkot:63.71'}) "
                      "RETURN i.name AS name, i.place AS place, i.aliases AS aliases")[0]
    assert pemko["name"] == "Pemerintah Kota Banjarmasin" and pemko["place"] == "Banjarmasin"
    assert "Pemko Banjarmasin" in pemko["aliases"]


def test_offices_in_the_graph(store):
    load_reference(store)
    chain = store.run(
        "MATCH (u:Institution {key: 'ulp:barabai'})-[:PART_OF]->(k:Institution)"
        "-[:PART_OF]->(w:Institution)-[:PART_OF]->(d:Institution) "
        "RETURN k.key AS kanim, w.key AS kanwil, d.key AS ditjen")
    assert chain == [{"kanim": "kanim:banjarmasin", "kanwil": "kanwil:63:ditjenim",
                      "ditjen": "imigrasi_pusat:-:direktorat-jenderal-imigrasi"}]
    partial = store.run(
        "MATCH (:Institution {key: 'kanim:tanjung-redeb'})-[j:JURISDICTION_OVER]->"
        "(r:Region {key: '64.08'}) RETURN j.partial AS partial, j.districts AS districts, "
        "j.source_url AS url")
    assert partial[0]["partial"] is True
    assert sorted(partial[0]["districts"]) == ["64.08.02", "64.08.05"]
    assert partial[0]["url"].startswith("https://")
    succ = store.run(
        "MATCH (a:Institution {key: 'kanwil:63:kemenkumham'})-[s:SUCCEEDED_BY]->(b:Institution) "
        "RETURN b.key AS b, s.on_date AS on_date")
    assert succ == [{"b": "kanwil:63:ditjenim", "on_date": "2024-10-20"}]
    unserved = store.run(
        "MATCH (r:Region) WHERE r.province IN ['61', '62', '63', '64', '65'] "
        "AND r.level IN ['regency', 'city'] "
        "OPTIONAL MATCH (o:Institution)-[:JURISDICTION_OVER]->(r) "
        "WHERE o.kind IN ['KANIM', 'ULP'] "
        "WITH r, count(o) AS n WHERE n = 0 RETURN r.key AS key")
    assert unserved == []


def test_loading_twice_changes_nothing(store):
    load_reference(store)
    first = store.counts()
    load_reference(store)
    assert store.counts() == first


def test_bad_region_code_in_offices_refused_and_nothing_loaded(store, tmp_path):
    root = _copy_data(tmp_path)
    line = _append(root / "offices.csv",
                   "kanim:khayalan,Kantor Imigrasi Khayalan,KANIM,,kanwil:63:ditjenim,Khayalan,"
                   "63.99,63.99,,https://example.org/a,2025-01-01,,,")
    with pytest.raises((InputError, InputErrors)) as err:
        load_reference(store, root)
    errors = err.value.errors if isinstance(err.value, InputErrors) else [err.value]
    assert all(e.file.endswith("offices.csv") and e.line == line for e in errors)
    assert any("'63.99' is not a kab/kota code" in e.message for e in errors)
    assert store.counts()["Region"] == 0 and store.counts()["Institution"] == 0


def test_unknown_province_in_kabkota_refused_and_nothing_loaded(store, tmp_path):
    root = _copy_data(tmp_path)
    line = _append(root / "regions" / "kabkota.csv", "99.01,Kabupaten Khayalan,kabupaten,99")
    with pytest.raises(InputError) as err:
        load_reference(store, root)
    assert err.value.file.endswith("kabkota.csv") and err.value.line == line
    assert "unknown parent region 99" in err.value.message
    assert sum(store.counts().values()) == 0


def test_unknown_parent_and_bad_date_are_all_reported(tmp_path, store):
    root = _copy_data(tmp_path)
    _append(root / "offices.csv",
            "ulp:khayalan,ULP Khayalan,ULP,,kanim:tidak-ada,Khayalan,63.01,,,"
            "https://example.org/b,kemarin,,,")
    with pytest.raises(InputErrors) as err:
        load_reference(store, root)
    messages = " | ".join(e.message for e in err.value.errors)
    assert "unknown office key 'kanim:tidak-ada'" in messages
    assert "source_date" in messages
    assert store.counts()["Institution"] == 0


def test_unknown_key_in_succession_refused(tmp_path, store):
    root = _copy_data(tmp_path)
    line = _append(root / "succession.csv",
                   "kanwil:63:kemenkumham,kanwil:63:tidak-ada,2024-10-20,https://example.org/c,")
    with pytest.raises(InputError) as err:
        load_reference(store, root)
    assert err.value.file.endswith("succession.csv") and err.value.line == line
    assert sum(store.counts().values()) == 0


def test_loader_reads_another_folder(tmp_path, store):
    root = _copy_data(tmp_path)
    shutil.copy(root / "offices.csv", root / "offices.bak")
    counts = load_reference(store, root)
    assert counts["Region"] == 7837


def test_cli_load_regions_offices(env, store):
    # ``store`` empties the (shared) database first.
    from click.testing import CliRunner

    from sinergi.cli.main import cli

    runner = CliRunner()
    empty = runner.invoke(cli, ["offices"])
    assert empty.exit_code != 0 and "sinergi load reference" in empty.output
    loaded = runner.invoke(cli, ["load", "reference"])
    assert loaded.exit_code == 0, loaded.output
    assert "7837 Region" in loaded.output
    again = runner.invoke(cli, ["load", "reference"])
    assert again.exit_code == 0 and "7837 Region" in again.output
    result = runner.invoke(cli, ["regions", "--province", "Kalsel", "--json"])
    assert result.exit_code == 0, result.output
    import json

    rows = json.loads(result.output)
    assert len(rows) == 13
    banjarmasin = next(r for r in rows if r["code"] == "63.71")
    assert banjarmasin["government"] == "pemkot:63.71"
    assert banjarmasin["offices"] == ["kanim:banjarmasin"]
    offices = json.loads(runner.invoke(cli, ["offices", "--province", "64", "--json"]).output)
    assert {"kanim:samarinda", "kanim:balikpapan", "kanim:tanjung-redeb"} <= {
        o["key"] for o in offices}
    bad = runner.invoke(cli, ["regions", "--province", "Atlantis"])
    assert bad.exit_code == 2 and "no province 'Atlantis'" in bad.output
