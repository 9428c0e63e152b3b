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

Articles stream through: read, checked against the store ``PER_TRANSACTION`` at a time,
extracted, resolved and turned into checked rows (``gather``: in worker processes with
``workers`` > 1, ``sinergi.news.parallel``) and written by this process in input order,
so the graph is the same whatever the number of workers, the one writer does little
but send the rows, and memory holds a few batches, not the archive.

An institution the resolver is unsure about (ambiguous, or below
``REVIEW_BELOW``) is still written, under its own deterministic key, but with
``status = needs_review`` on the node and on its ``REPORTS`` edges, so that
``sinergi review`` lists it instead of it being merged silently.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .. import facts
from ..errors import SinergiError
from ..extract import (
    Agreement,
    Article,
    ArticleExtraction,
    InstitutionRef,
    Meeting,
    Official,
)
from ..extract.model import Evidence
from ..facts import AgreementFact, MeetingFact, Party, PositionFact
from ..reference.gazetteer import load_gazetteer
from ..reference.resolver import Resolver
from ..schema import (
    InstitutionKind,
    Topic,
    article_key,
    institution_key,
    review_status,
)
from ..stores import GraphStore, Writer
from ..stores.base import Gathered
from .parallel import Extraction, Timings, extract_one

_HEAD_TITLES = ("bupati", "wali kota", "walikota", "gubernur", "kepala", "pj", "plt", "direktur")


@dataclass
class LoadReport:
    articles_loaded: int = 0
    articles_unchanged: int = 0
    errors: list[str] = field(default_factory=list)
    created: dict[str, int] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)
    timings: Timings = field(default_factory=Timings)


@dataclass(frozen=True)
class Resolved:
    key: str
    kind: str
    name: str
    place: str | None
    region: str | None
    confidence: float
    reference: bool  # the key names a node of the reference layer


class ArticleWriter:
    """Writes one article's typed extraction through a writer; see the module docstring."""

    def __init__(self, w: Writer, resolver: Resolver, article: Article,
                 found: ArticleExtraction) -> None:
        self.w, self.resolver, self.article, self.found = w, resolver, article, found
        self.key = article_key(article.text)
        # Only the date the extractor checked: a raw ``published`` may be garbage.
        self.published = found.published
        self._cache: dict[InstitutionRef, Resolved] = {}

    # -- institutions ------------------------------------------------------------------

    def resolve(self, ref: InstitutionRef) -> Resolved:
        if ref not in self._cache:
            self._cache[ref] = self._resolve(ref.name, ref.kind, ref.place)
        return self._cache[ref]

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

    def institution(self, ref: InstitutionRef, evidence: Evidence | None = None) -> str:
        r = self.resolve(ref)
        props: dict[str, object] = {"key": r.key, "kind": r.kind}
        if not r.reference:  # never overwrite the reference layer's names with an article's
            props.update(name=r.name, place=r.place, region=r.region,
                         status=review_status(r.confidence).value)
        self.w.node("Institution", props)
        if evidence is not None:
            self.reports("Institution", r.key, r.key, evidence, r.confidence)
        return r.key

    # -- provenance --------------------------------------------------------------------

    def reports(self, label: str, target: str, fact: str, evidence: Evidence,
                confidence: float) -> None:
        # The contract rounds an item's confidence to 2 places; the graph keeps that.
        conf = min(confidence, round(evidence.confidence, 2) or 1.0)
        facts.report(self.w, ("Article", self.key), label, target, fact, facts.Evidence(
            evidence.sentence, self.found.extractor, conf, evidence.start, evidence.end,
            "; ".join(evidence.reasons) or None))

    # -- facts -------------------------------------------------------------------------

    def write(self) -> None:
        a = self.article
        self.w.node("Article", {
            "key": self.key, "url": a.url, "title": a.title, "published_on": self.published,
            "sha256": hashlib.sha256(a.text.encode()).hexdigest(), "source": a.source,
        })
        for inst in self.found.institutions:
            self.institution(inst.ref, inst.evidence)
        for official in self.found.officials:
            self.official(official)
        for agreement in self.found.agreements:
            self.agreement(agreement)
        for meeting in self.found.meetings:
            self.meeting(meeting)

    def official(self, item: Official) -> None:
        if not item.name or item.institution is None:
            return
        conf = self.resolve(item.institution).confidence
        shape = facts.position(PositionFact(
            item.name, self.institution(item.institution), item.title or "",
            seen_on=self.published, review=review_status(conf).value))
        shape.write(self.w)
        self.reports("Person", shape.target, shape.fact, item.evidence, conf)

    def _signatory(self, party_key: str) -> str | None:
        for o in self.found.officials:
            title = (o.title or "").lower()
            if o.institution and self.resolve(o.institution).key == party_key and \
                    title.startswith(_HEAD_TITLES):
                return o.name
        return None

    def agreement(self, item: Agreement) -> None:
        parties = [self.resolve(p) for p in item.parties]
        for ref in item.parties:
            self.institution(ref)
        status = item.status or "signed"
        # Doubt about how it was read (the evidence) counts as much as doubt about who.
        conf = min([p.confidence for p in parties] + [round(item.evidence.confidence, 2)])
        shape = facts.agreement(AgreementFact(
            item.kind or "OTHER", status, item.date,
            tuple(Party(p.key, p.kind, p.region, self._signatory(p.key)) for p in parties),
            _topics(item.topics), signed_on=item.date if status == "signed" else None,
            review=review_status(conf).value))
        shape.write(self.w)
        self.reports("Agreement", shape.target, shape.fact, item.evidence, conf)

    def meeting(self, item: Meeting) -> None:
        parts = [self.resolve(p) for p in item.participants]
        keys = [self.institution(p) for p in item.participants]
        conf = min([p.confidence for p in parts] or [0.5])
        shape = facts.meeting(MeetingFact(
            item.kind or "OTHER", item.date, tuple(keys), _topics(self._article_topics()),
            review=review_status(conf).value))
        shape.write(self.w)
        self.reports("Meeting", shape.target, shape.fact, item.evidence, conf)

    def _article_topics(self) -> list[str]:
        return [t for a in self.found.agreements for t in a.topics]


def _topics(topics: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({t for t in topics if t in Topic.__members__}))


PER_TRANSACTION = 200


def _stored(store: GraphStore, keys: list[str]) -> set[str]:
    rows = store.run("UNWIND $keys AS k MATCH (a:Article {key: k}) RETURN a.key AS k",
                     {"keys": keys})
    return {str(r["k"]) for r in rows}


def load_articles(
    store: GraphStore, articles: Iterable[Article], *, resolver: Resolver | None = None,
    workers: int = 1,
) -> LoadReport:
    """Extract, resolve and write the articles not stored yet; see the module docstring.

    With ``workers`` > 1 the extraction runs in that many processes while this one
    writes; the graph is the same whatever the number (``sinergi.news.parallel``)."""
    resolver = resolver or Resolver(load_gazetteer())
    report = LoadReport()
    before = store.counts()
    with Extraction(workers, timings=report.timings, work=gather,
                    context=resolver) as extraction:
        for batch, found in extraction.run(_fresh(store, articles, report)):
            started = time.perf_counter()
            _write(store, list(zip(batch, found, strict=True)), report)
            report.timings.writing += time.perf_counter() - started
    after = store.counts()
    report.created = {k: after[k] - before[k] for k in after if after[k] != before[k]}
    return report


def _fresh(store: GraphStore, articles: Iterable[Article], report: LoadReport
           ) -> Iterator[list[Article]]:
    """Per ``PER_TRANSACTION`` articles read, those neither stored nor seen before in
    this load. Asking ahead of the writer is safe: whatever this load writes was seen."""
    seen: set[str] = set()
    for batch in _batches(_timed(articles, report.timings), PER_TRANSACTION):
        started = time.perf_counter()
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
        report.timings.lookup += time.perf_counter() - started
        yield fresh


def _timed(articles: Iterable[Article], timings: Timings) -> Iterator[Article]:
    it = iter(articles)
    while True:
        started = time.perf_counter()
        article = next(it, None)
        timings.reading += time.perf_counter() - started
        if article is None:
            return
        yield article


def gather(article: Article, resolver: Resolver) -> Gathered | str:
    """Extract, resolve and build one article's rows (checked, with their keys), or
    the problem that stopped it. This is the work of the extraction workers: the one
    writer then only adds the rows to its transaction and sends them."""
    found = extract_one(article)
    if isinstance(found, str):  # extraction stopped on bad input
        return found
    w = Writer.collector()
    try:
        ArticleWriter(w, resolver, article, found).write()
    except SinergiError as exc:
        return exc.message
    return w.gathered()


def _write(store: GraphStore, batch: list[tuple[Article, Gathered | str]],
           report: LoadReport) -> None:
    """Write ``batch`` in one transaction; if the database refuses it, one by one."""
    if not batch:
        return
    loaded, errors = 0, []
    try:
        with store.writer() as w:
            for article, found in batch:
                try:
                    with w.savepoint():
                        if isinstance(found, str):  # stopped on bad input while gathered
                            raise SinergiError(found)
                        w.take(found)
                    loaded += 1
                except SinergiError as exc:
                    errors.append(f"{article.source}: {exc.message}")
    except SinergiError as exc:
        if len(batch) == 1:
            report.errors.append(f"{batch[0][0].source}: {exc.message}")
            return
        for item in batch:
            _write(store, [item], report)
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
