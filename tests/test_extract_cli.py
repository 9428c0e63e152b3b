"""``sinergi extract``: the --json contract, the readable summary, stderr and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from sinergi.cli.main import cli

ARTICLE = ("TENGGARONG – Pemerintah Kabupaten Kutai Kartanegara (Pemkab Kukar) dan Kantor Imigrasi "
           "Samarinda menggelar pertemuan di Kantor Bupati Kukar, Rabu (21/5/2025). Kepala Kantor "
           "Imigrasi Samarinda, Yudistira Yudha Permana, hadir bersama timnya.\n")
CONTRACT = {"source", "published", "institutions", "officials", "agreements", "meetings"}


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["extract", *args])
    return result.exit_code, result.stdout, result.stderr


def test_json_lines_in_input_order_with_the_contract_shape(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.jsonl"
    a.write_text(ARTICLE)
    b.write_text(json.dumps({"id": "berita-2", "text": ARTICLE, "published": "2025-05-22"}) + "\n")
    code, out, err = _run("--json", str(b), str(a))
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["source"] for r in rows] == ["berita-2", str(a)]
    for row in rows:
        assert set(row) >= CONTRACT
        for inst in row["institutions"]:
            assert set(inst) >= {"name", "kind", "place"}
        for o in row["officials"]:
            assert set(o["institution"]) == {"name", "kind", "place"}
        for m in row["meetings"]:
            assert m["kind"] == "COORDINATION" and m["date"] == "2025-05-21"
            assert {p["kind"] for p in m["participants"]} == {"PEMKAB", "KANIM"}
    assert rows[0]["published"] == "2025-05-22"


def test_summary_without_json(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE)
    code, out, _ = _run(str(a))
    assert code == 0
    assert "Pemerintah Kabupaten Kutai Kartanegara [PEMKAB]" in out
    assert "Yudistira Yudha Permana" in out


def test_bad_inputs_go_to_stderr_and_exit_1(tmp_path: Path) -> None:
    good, empty, bad = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.jsonl"
    good.write_text(ARTICLE)
    empty.write_text("")
    bad.write_text('{"id": "x"\n')
    code, out, err = _run("--json", str(good), str(empty), str(bad))
    assert code == 1
    assert len(out.splitlines()) == 1
    assert f"{empty}: empty article" in err
    assert f"{bad}:1: malformed JSON" in err


def test_help_has_an_example() -> None:
    code, out, _ = _run("--help")
    assert code == 0 and "Example:" in out
