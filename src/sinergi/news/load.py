"""Turn what the extractor read in one article into graph facts, and write them.

Each article becomes its node, the institutions it mentions (resolved against the
reference layer), officials with ``HOLDS_POSITION``, agreements with
``PARTY_TO``/``COVERS``/``ABOUT``, meetings with ``ATTENDED``/``ABOUT``, and a
``REPORTS`` edge per fact carrying the sentence, its offsets, the extractor and a
confidence. Keys are deterministic (see ``sinergi.schema``), so loading the same
article twice changes nothing; an article whose text is already stored is skipped.

Articles are written ``PER_TRANSACTION`` at a time (a round trip per article made
loading 10,000 of them into Neo4j twice as slow), yet each stays all-or-nothing: an
article that fails while being read or resolved is left out whole (a writer
savepoint), and a transaction the database refuses is retried one article at a time,
so only the article at fault is left out.

An institution the resolver is unsure about (ambiguous, or below
``REVIEW_BELOW``) is still written, under its own deterministic key, but with
``status = needs_review`` on the node and on its ``REPORTS`` edges, so that
``sinergi review`` lists it instead of it being merged silently.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import SinergiError
from ..reference.gazetteer import load_gazetteer
from ..reference.resolver import Resolver
from ..schema import (
    InstitutionKind,
    ReviewStatus,
    Topic,
    agreement_key,
    article_key,
    institution_key,
    meeting_key,
    person_key,
    program_key,
)
from ..stores import GraphStore, Writer
from .extract import Article, extract_article

REVIEW_BELOW = 0.6
_GOVERNMENTS = {InstitutionKind.PEMPROV, InstitutionKind.PEMKAB, InstitutionKind.PEMKOT}
_HEAD_TITLES = ("bupati", "wali kota", "walikota", "gubernur", "kepala", "pj", "plt", "direktur")


@dataclass
class LoadReport:
    articles_loaded: int = 0
    articles_unchanged: int = 0
    errors: list[str] = field(default_factory=list)
    created: dict[str, int] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Resolved:
    key: str
    kind: str
    name: str
    place: str | None
    region: str | None
    confidence: float
    reference: bool  # the key names a node of the reference layer

    @property
    def status(self) -> str:
        if self.confidence < REVIEW_BELOW:
            return ReviewStatus.NEEDS_REVIEW
        return ReviewStatus.ACCEPTED


class ArticleWriter:
    """Writes one article's extraction through a writer; see the module docstring."""

    def __init__(self, w: Writer, resolver: Resolver, article: Article, data: Mapping[str, Any]):
        self.w, self.resolver, self.article, self.data = w, resolver, article, data
        self.key = article_key(article.text)
        self.extractor = str(data.get("extractor") or "sinergi-rules")
        self.published = data.get("published") or article.published
        self._cache: dict[tuple[str, str, str], Resolved] = {}

    # -- institutions ------------------------------------------------------------------

    def resolve(self, ref: Mapping[str, Any]) -> Resolved:
        name, kind, place = str(ref.get("name") or ""), str(ref.get("kind") or ""), ref.get("place")
        cache_key = (name, kind, str(place))
        if cache_key not in self._cache:
            self._cache[cache_key] = self._resolve(name, kind, place)
        return self._cache[cache_key]

    def _resolve(self, name: str, kind: str, place: str | None) -> Resolved:
        res = self.resolver.resolve(name, kind=kind or None, context=place)
        kind = str(res.kind or kind or InstitutionKind.NON_GOV)
        if res.key:
            return Resolved(res.key, kind, res.name or name, res.place or place, res.region_code,
                            float(res.confidence), res.rule.startswith("reference"))
        # Ambiguous or unknown: a key of its own, flagged for review.
        key = institution_key(kind, res.region_code or place, name)
        return Resolved(key, kind, name, place, res.region_code, min(float(res.confidence), 0.5),
                        False)

    def institution(self, ref: Mapping[str, Any], item: Mapping[str, Any] | None = None) -> str:
        r = self.resolve(ref)
        props: dict[str, Any] = {"key": r.key, "kind": r.kind}
        if not r.reference:  # never overwrite the reference layer's names with an article's
            props.update(name=r.name, place=r.place, region=r.region, status=r.status)
        self.w.node("Institution", props)
        if item is not None:
            self.reports("Institution", r.key, r.key, item, r.confidence)
        return r.key

    # -- provenance --------------------------------------------------------------------

    def reports(
        self, label: str, target: str, fact: str, item: Mapping[str, Any], confidence: float
    ) -> None:
        conf = min(confidence, float(item.get("confidence") or 1.0))
        status = ReviewStatus.NEEDS_REVIEW if conf < REVIEW_BELOW else ReviewStatus.ACCEPTED
        self.w.rel(
            "REPORTS", ("Article", self.key), (label, target),
            {"fact": fact, "evidence": item.get("evidence"), "char_start": item.get("start"),
             "char_end": item.get("end"), "extractor": self.extractor,
             "confidence": round(conf, 3), "status": status},
            qualifier=hashlib.sha256(fact.encode()).hexdigest()[:10],
        )

    # -- facts -------------------------------------------------------------------------

    def write(self) -> None:
        a = self.article
        self.w.node("Article", {
            "key": self.key, "url": a.url, "title": a.title, "published_on": self.published,
            "sha256": hashlib.sha256(a.text.encode()).hexdigest(), "source": a.source,
        })
        for inst in self.data.get("institutions", []):
            self.institution(inst, inst)
        for official in self.data.get("officials", []):
            self.official(official)
        for agreement in self.data.get("agreements", []):
            self.agreement(agreement)
        for meeting in self.data.get("meetings", []):
            self.meeting(meeting)

    def official(self, item: Mapping[str, Any]) -> None:
        if not item.get("name") or not item.get("institution"):
            return
        inst = self.institution(item["institution"])
        person = person_key(item["name"])
        self.w.node("Person", {"key": person, "name": item["name"]})
        title = str(item.get("title") or "")
        rel = self.w.rel("HOLDS_POSITION", ("Person", person), ("Institution", inst),
                         {"title": title, "seen_on": self.published}, qualifier=title)
        self.reports("Person", person, rel, item, self.resolve(item["institution"]).confidence)

    def _signatory(self, party_key: str) -> str | None:
        for o in self.data.get("officials", []):
            inst = o.get("institution")
            title = str(o.get("title") or "").lower()
            if inst and self.resolve(inst).key == party_key and title.startswith(_HEAD_TITLES):
                return str(o["name"])
        return None

    def agreement(self, item: Mapping[str, Any]) -> None:
        parties = [self.resolve(p) for p in item.get("parties", [])]
        topics = sorted({t for t in item.get("topics", []) if t in Topic.__members__})
        keys = [self.institution(p) for p in item.get("parties", [])]
        status, date = str(item.get("status") or "signed"), item.get("date")
        key = agreement_key(str(item.get("kind") or "OTHER"), status, date, keys, topics)
        conf = min([p.confidence for p in parties] or [0.5])
        review = ReviewStatus.NEEDS_REVIEW if conf < REVIEW_BELOW else ReviewStatus.ACCEPTED
        self.w.node("Agreement", {
            "key": key, "kind": item.get("kind") or "OTHER", "status": status,
            "signed_on": date if status == "signed" else None, "topics": topics,
            "title": item.get("title"), "review": review,
        })
        for party in parties:
            self.w.rel("PARTY_TO", ("Institution", party.key), ("Agreement", key),
                       {"role": "party", "signatory": self._signatory(party.key)})
            if party.region and InstitutionKind(party.kind) in _GOVERNMENTS:
                self.w.rel("COVERS", ("Agreement", key), ("Region", party.region))
        self._about("Agreement", key, topics)
        self.reports("Agreement", key, key, item, conf)

    def meeting(self, item: Mapping[str, Any]) -> None:
        parts = [self.resolve(p) for p in item.get("participants", [])]
        keys = [self.institution(p) for p in item.get("participants", [])]
        kind, date = str(item.get("kind") or "OTHER"), item.get("date")
        key = meeting_key(kind, date, keys)
        topics = sorted({t for t in item.get("topics") or self._article_topics()
                         if t in Topic.__members__})
        conf = min([p.confidence for p in parts] or [0.5])
        review = ReviewStatus.NEEDS_REVIEW if conf < REVIEW_BELOW else ReviewStatus.ACCEPTED
        self.w.node("Meeting", {"key": key, "kind": kind, "date": date,
                                "topic": topics[0] if topics else None, "review": review})
        for k in keys:
            self.w.rel("ATTENDED", ("Institution", k), ("Meeting", key), {"role": "participant"})
        self._about("Meeting", key, topics)
        self.reports("Meeting", key, key, item, conf)

    def _article_topics(self) -> list[str]:
        return [t for a in self.data.get("agreements", []) for t in a.get("topics", [])]

    def _about(self, label: str, key: str, topics: Iterable[str]) -> None:
        for t in topics:
            self.w.node("Program", {"key": program_key(t), "name": t.replace("_", " ").title(),
                                    "topic": t})
            self.w.rel("ABOUT", (label, key), ("Program", program_key(t)))


PER_TRANSACTION = 200


def _stored(store: GraphStore, keys: list[str]) -> set[str]:
    rows = store.run("UNWIND $keys AS k MATCH (a:Article {key: k}) RETURN a.key AS k",
                     {"keys": keys})
    return {str(r["k"]) for r in rows}


def load_articles(
    store: GraphStore, articles: Iterable[Article], *, resolver: Resolver | None = None
) -> LoadReport:
    """Extract, resolve and write the articles not stored yet; see the module docstring."""
    resolver = resolver or Resolver(load_gazetteer())
    report = LoadReport()
    before = store.counts()
    seen: set[str] = set()
    for batch in _batches(articles, PER_TRANSACTION):
        keys = [article_key(a.text) for a in batch]
        report.keys.extend(keys)
        stored = _stored(store, list(set(keys) - seen))
        fresh = []
        for key, article in zip(keys, batch, strict=True):
            if key in seen or key in stored:
                report.articles_unchanged += 1
            else:
                seen.add(key)
                fresh.append(article)
        _write(store, resolver, fresh, report)
    after = store.counts()
    report.created = {k: after[k] - before[k] for k in after if after[k] != before[k]}
    return report


def _write(store: GraphStore, resolver: Resolver, batch: list[Article], report: LoadReport
           ) -> None:
    """Write ``batch`` in one transaction; if the database refuses it, one by one."""
    if not batch:
        return
    loaded, errors = 0, []
    try:
        with store.writer() as w:
            for article in batch:
                try:
                    with w.savepoint():
                        data = extract_article(article).to_json()
                        ArticleWriter(w, resolver, article, data).write()
                    loaded += 1
                except SinergiError as exc:
                    errors.append(f"{article.source}: {exc.message}")
    except SinergiError as exc:
        if len(batch) == 1:
            report.errors.append(f"{batch[0].source}: {exc.message}")
            return
        for article in batch:
            _write(store, resolver, [article], report)
        return
    report.articles_loaded += loaded
    report.errors.extend(errors)


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


__all__ = ["ArticleWriter", "LoadReport", "load_articles"]
