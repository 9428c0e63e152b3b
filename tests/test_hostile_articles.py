"""Hostile input, articles: every door (files for ``extract``/``load``, JSON Lines, the
API) passes the same input gate, so none hangs, none loads garbage, each says why.

The texts are written for these tests.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from api_client import api_client, assert_error
from sinergi.cli.main import cli
from sinergi.errors import InputError
from sinergi.extract import read_articles
from sinergi.ingest import load_articles
from sinergi.settings import Settings
from sinergi.stores import GraphStore

TEXT = ("Kantor Imigrasi Kelas II TPI Batulicin dan Pemerintah Kabupaten Tanah Bumbu "
        "menandatangani nota kesepahaman tentang Timpora pada 4 Maret 2025.\n")
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nBT /F1 12 Tf (MoU Timpora) Tj ET\n"


def _read(paths: list[Path], **settings: object) -> tuple[list[str], list[InputError],
                                                           list[str]]:
    errors: list[InputError] = []
    warnings: list[str] = []
    texts = [a.text for a in read_articles(paths, on_error=errors.append,
                                           on_warning=warnings.append,
                                           settings=Settings(**settings))]  # type: ignore[arg-type]
    return texts, errors, warnings


# (file name, bytes, expected text or None, words the error or warning must contain)
FILES = [
    ("utf16-bom.txt", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT, ""),
    ("utf16-be-bom.txt", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT, ""),
    ("utf8-bom.txt", codecs.BOM_UTF8 + TEXT.encode(), TEXT, ""),
    ("cp1252.txt", "Rapat “Timpora” – Batulicin".encode("cp1252"), None, "cp1252"),
    ("utf16-no-bom.txt", TEXT.encode("utf-16-le"), None, "UTF-16"),
    ("renamed.txt", PDF, None, "PDF"),
    ("office.txt", b"PK\x03\x04\x14\x00\x06\x00word/document.xml", None, "ZIP"),
    ("nul.txt", b"Pemkab\x00Kukar", None, "NUL"),
    ("controls.txt", bytes(range(1, 9)) * 20 + b"teks", None, "control characters"),
    ("empty.txt", b" \n\t\n", None, "empty"),
]


@pytest.mark.parametrize(("name", "data", "text", "words"), FILES,
                         ids=[f[0] for f in FILES])
def test_text_files_are_decoded_or_refused_clearly(tmp_path: Path, name: str, data: bytes,
                                                   text: str | None, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    texts, errors, warnings = _read([path])
    if text is not None:
        assert texts == [text] and not errors and not warnings
    elif name == "cp1252.txt":
        assert texts == ["Rapat “Timpora” – Batulicin"] and words in warnings[0]
    else:
        assert texts == [] and len(errors) == 1, (texts, errors)
        assert errors[0].file == str(path) and words in errors[0].message, errors[0].message


def test_special_files_are_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipa.txt"
    os.mkfifo(fifo)
    texts, errors, _ = _read([fifo, Path("/dev/zero"), tmp_path / "folder.jsonl"])
    assert texts == []
    assert "FIFO" in errors[0].message and "not a regular file" in errors[0].message
    assert "character device" in errors[1].message
    assert "no such file" in errors[2].message


def test_a_special_file_in_a_folder_is_named_not_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "berita"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT)
    os.mkfifo(folder / "b.txt")
    (folder / "c.txt").mkdir()  # a folder named like a file is walked, not read
    texts, errors, _ = _read([folder])
    assert texts == [TEXT]
    assert [e.file for e in errors] == [str(folder / "b.txt")]
    assert "not a regular file" in errors[0].message


@pytest.mark.parametrize("target", ["fifo", "/dev/zero"])
def test_cli_on_a_fifo_or_dev_zero_ends_with_one_line(tmp_path: Path, target: str) -> None:
    path = tmp_path / "pipa.jsonl"
    if target == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to(target)
    done = subprocess.run([str(Path(sys.executable).parent / "sinergi"), "extract", str(path)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "not a regular file" in done.stderr and "Traceback" not in done.stderr


def test_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "besar.txt"
    path.write_text(TEXT * 100)
    _, errors, _ = _read([path], max_article_bytes=1000)
    assert "over the limit of 1000" in errors[0].message


def _jsonl(tmp_path: Path, *objects: object) -> Path:
    path = tmp_path / "berita.jsonl"
    path.write_text("\n".join(json.dumps(o) for o in objects) + "\n")
    return path


@pytest.mark.parametrize("bad_id", [["a", "b"], False, {"x": 1}, 1.5, "  "])
def test_non_text_ids_are_refused(tmp_path: Path, bad_id: object) -> None:
    texts, errors, _ = _read([_jsonl(tmp_path, {"id": bad_id, "text": TEXT})])
    assert texts == [] and "id" in errors[0].message and errors[0].line == 1


def test_a_whole_number_id_is_text(tmp_path: Path) -> None:
    [article] = read_articles([_jsonl(tmp_path, {"id": 7, "text": TEXT})])
    assert article.source == "7"


@pytest.mark.parametrize("published", ["not-a-date", "2026-13-45", "0000-00-00", "2024-02-30"])
def test_bad_published_dates_are_dropped_with_a_warning(tmp_path: Path, published: str
                                                         ) -> None:
    path = _jsonl(tmp_path, {"id": "a", "text": TEXT, "published": published})
    _, errors, warnings = _read([path])
    assert not errors and published in warnings[0] and "unknown" in warnings[0]
    [article] = read_articles([path], on_warning=lambda _: None)
    assert article.published is None
    result = CliRunner().invoke(cli, ["extract", "--json", str(path)])
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["published"] in (None, "2025-03-04")
    assert published in result.stderr


def test_load_never_stores_a_bad_date(store: GraphStore) -> None:
    from sinergi.extract import Article

    load_articles(store, [Article("uji", TEXT, published="2026-13-45")])
    rows = store.run("MATCH (a:Article) RETURN a.published_on AS p")
    assert rows and all(r["p"] in (None, "2025-03-04") for r in rows)


def test_a_line_too_long_is_skipped_without_holding_it(tmp_path: Path) -> None:
    path = tmp_path / "panjang.jsonl"
    path.write_text('{"id": "x", "text": "' + "a" * 10_000 + '"}\n'
                    + json.dumps({"id": "b", "text": TEXT}) + "\n")
    texts, errors, _ = _read([path], max_article_bytes=1000)
    assert texts == [TEXT] and "line longer" in errors[0].message and errors[0].line == 1


# --- the API: the same gate, refused as 422 naming the field ----------------------------

KEY = "kunci-rahasia-untuk-uji-saja"
URL = "/api/v1/ingest/articles"
AUTH = {"Authorization": f"Bearer {KEY}"}

API_CASES = [
    ({"published": "2026-13-45"}, "articles.0.published", "not a real date"),
    ({"published": "0000-00-00"}, "articles.0.published", "not a real date"),
    ({"published": "not-a-date"}, "articles.0.published", ""),
    ({"text": "Pemkab\x00Kukar"}, "articles.0.text", "NUL"),
    ({"text": "   \n  "}, "articles.0.text", "empty"),
    ({"text": PDF.decode()}, "articles.0.text", "PDF"),
    ({"text": TEXT * 40}, "articles.0.text", "over the limit of 2000"),
    ({"id": ["a", "b"]}, "articles.0.id", ""),
    ({"id": False}, "articles.0.id", ""),
]


@pytest.mark.parametrize(("change", "param", "words"), API_CASES)
def test_api_applies_the_same_gate(settings: Settings, store: GraphStore,
                                   change: dict[str, object], param: str, words: str) -> None:
    article = {"id": "uji", "text": TEXT, **change}
    with api_client(settings, store, api_key=KEY, max_article_bytes=2000) as client:
        before = store.counts()
        body = assert_error(client.post(URL, json={"articles": [article]}, headers=AUTH), 422)
        assert store.counts() == before  # nothing written
    assert body["param"] == param and words in str(body["message"]), body


def test_api_checks_the_key_before_reading_the_body(settings: Settings,
                                                    store: GraphStore) -> None:
    broken = '{"articles": [{"id": 1'
    headers = {"Content-Type": "application/json"}
    with api_client(settings, store, api_key=KEY) as client:
        assert_error(client.post(URL, content=broken, headers=headers), 401, "unauthorized")
        assert_error(client.post(URL, json={"articles": [{"id": 1}]}), 401, "unauthorized")
        body = assert_error(client.post(URL, content=broken, headers={**headers, **AUTH}), 422)
    assert body["param"] == "body" and "malformed JSON" in str(body["message"])
