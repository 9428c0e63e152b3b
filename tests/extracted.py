"""What `extract_article` reads from a text written for a test, in the shapes the extraction
tests compare: the article's JSON, and its agreements as (kind, status, date, parties)."""

from __future__ import annotations

from typing import Any

from sinergi.extract import Article, extract_article

AgreementKey = tuple[str, str, str | None, frozenset[tuple[str, str | None]]]


def read(text: str, published: str | None = "2023-05-12") -> dict[str, Any]:
    return extract_article(Article("t", text, published=published)).to_json()


def agreement_keys(text: str, published: str | None = "2023-05-12") -> set[AgreementKey]:
    return {(a["kind"], a["status"], a["date"],
             frozenset((p["kind"], p["place"]) for p in a["parties"]))
            for a in read(text, published)["agreements"]}
