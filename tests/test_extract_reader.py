"""Reading inputs: .txt files, folders, .jsonl lines; every bad input is reported with its
file (and line) and the rest is still read."""

from __future__ import annotations

import json
from pathlib import Path

from sinergi.errors import InputError
from sinergi.extract import read_articles
from sinergi.settings import Settings

TEXT = "Kantor Imigrasi Kelas II TPI Batulicin menggelar rapat Timpora, Senin (3/6/2024).\n"


def _read(paths: list[Path], settings: Settings | None = None
          ) -> tuple[list[str], list[InputError], list[str]]:
    errors: list[InputError] = []
    warnings: list[str] = []
    articles = list(read_articles(paths, on_error=errors.append, on_warning=warnings.append,
                                  settings=settings))
    return [a.source for a in articles], errors, warnings


def test_folder_is_read_recursively_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(TEXT)
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "c.md").write_text(TEXT)  # not an article file
    sources, errors, _ = _read([tmp_path])
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt")]
    assert errors == []


def test_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "berita.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "text": TEXT, "url": "https://x.id/2024/06/03/a",
                    "published": "2024-06-03"}),
        "{not json",
        json.dumps({"id": "no-text"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": "ok-2", "text": TEXT}),
    ]
    path.write_text("\n".join(lines) + "\n")
    errors: list[InputError] = []
    articles = list(read_articles([path], on_error=errors.append))
    assert [a.source for a in articles] == ["ok-1", "ok-2"]
    assert articles[0].published == "2024-06-03"
    assert articles[0].url == "https://x.id/2024/06/03/a"
    assert [(e.file, e.line) for e in errors] == [(str(path), 2), (str(path), 3), (str(path), 4)]
    assert "malformed JSON" in errors[0].message
    assert "missing text" in errors[1].message


def test_empty_binary_and_too_large_files_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "1-empty.txt").write_text("  \n")
    (tmp_path / "2-binary.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
    (tmp_path / "3-large.txt").write_text("Pemkab Kukar. " * 100)
    (tmp_path / "4-good.txt").write_text(TEXT)
    sources, errors, _ = _read([tmp_path], Settings(max_article_bytes=1000))
    assert sources == [str(tmp_path / "4-good.txt")]
    messages = {Path(e.file or "").name: e.message for e in errors}
    assert "empty" in messages["1-empty.txt"]
    assert "NUL" in messages["2-binary.txt"]
    assert "over the limit of 1000" in messages["3-large.txt"]


def test_non_utf8_text_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "lama.txt"
    path.write_bytes("Kantor Imigrasi Kelas I TPI Banjarmasin – rapat “Timpora”.".encode("cp1252"))
    sources, errors, warnings = _read([path])
    assert sources == [str(path)] and errors == []
    assert len(warnings) == 1 and str(path) in warnings[0] and "cp1252" in warnings[0]
    [article] = read_articles([path], on_warning=lambda _: None)
    assert "“Timpora”" in article.text


def test_missing_path_is_an_error_and_the_rest_is_read(tmp_path: Path) -> None:
    good = tmp_path / "ok.txt"
    good.write_text(TEXT)
    sources, errors, _ = _read([tmp_path / "nope.txt", good])
    assert sources == [str(good)]
    assert errors[0].file == str(tmp_path / "nope.txt")
