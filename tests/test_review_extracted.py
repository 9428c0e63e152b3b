"""Agreements read with doubt reach `sinergi review` with their reason and evidence
sentence (issue 14), on both backends. The article is written for this test."""

from __future__ import annotations

import json

from click.testing import CliRunner

from sinergi.cli.main import cli
from sinergi.extract import Article, extract_article
from sinergi.news.load import load_articles
from sinergi.reference.load import load_reference
from sinergi.settings import Settings
from sinergi.stores import open_graph

SENTENCE = ("Pemerintah Kota Kendari dan Kantor Imigrasi Kelas I TPI Kendari menyepakati "
            "kerja sama layanan paspor di Mal Pelayanan Publik, Senin (3/3/2025).")
TEXT = SENTENCE + "\nWali Kota Kendari menyebut layanan dimulai bulan depan."


def test_an_unnamed_instrument_is_read_with_doubt_and_a_reason() -> None:
    [a] = extract_article(Article("uji", TEXT)).to_json()["agreements"]
    assert a["kind"] == "PKS" and a["confidence"] < 0.6
    assert any(r.startswith("instrumen tidak disebut") for r in a["reasons"])
    assert a["evidence"] == SENTENCE


def test_a_named_signed_instrument_is_not_in_doubt() -> None:
    text = TEXT.replace("menyepakati kerja sama", "menandatangani perjanjian kerja sama")
    [a] = extract_article(Article("uji", text)).to_json()["agreements"]
    assert a["confidence"] >= 0.6 and "reasons" not in a


def test_every_doubtful_agreement_is_in_sinergi_review(env: Settings) -> None:
    store = open_graph(env)
    try:
        store.clear()
        load_reference(store)
        load_articles(store, [Article("uji", TEXT, "https://contoh.id/2025/03/03/uji")])
    finally:
        store.close()
    listed = CliRunner().invoke(cli, ["review", "--json"])
    assert listed.exit_code == 0, listed.output
    rows = [r for r in json.loads(listed.output) if r["what"] == "Agreement"]
    assert len(rows) == 1
    [row] = rows
    assert row["evidence"] == SENTENCE
    assert "instrumen tidak disebut" in row["reason"]
    assert row["confidence"] < 0.6
