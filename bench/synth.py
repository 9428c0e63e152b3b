"""A synthetic national-scale Sinergi graph, seeded and reproducible, for the benchmarks.

``rows(articles=, seed=)`` yields node and relationship rows exactly as the
loaders write them (``docs/graph-model.md``): first the reference layer of
``synth_geo`` (38 provinces, 514 kab/kota, kecamatan, governments, about 150
immigration offices, programs), then ``articles`` news articles, each reporting a
few facts: agreements (MoU/PKS with parties, ``COVERS`` and ``ABOUT``), meetings
(``ATTENDED``, ``LOCATED_IN``, ``ABOUT``), officials (``HOLDS_POSITION``) and
other institutions, every fact with a ``REPORTS`` edge carrying its provenance.

Agreements are drawn from a small pool per place, so popular agreements are
reported by several articles (as in real news) and merge into one node by key.
Within one article, nodes come before the relationships that use them, so rows
can be written in independent batches (``store.writer(atomic=False)``).

Used by the benchmarks (load, queries, api, viz), never by the demo.

    python bench/synth.py --articles 20000 --seed 7     # into the SINERGI_* store
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # siblings, also when imported

from synth_actors import LOCAL_BODIES, Actors, Body, Post  # noqa: E402
from synth_geo import (  # noqa: E402
    Nation,
    NodeRow,
    Place,
    RelRow,
    Row,
    build_nation,
    reference_rows,
)

from sinergi.schema import (  # noqa: E402
    InstitutionKind as K,
)
from sinergi.schema import (  # noqa: E402
    agreement_key,
    agreement_type,
    article_key,
    meeting_key,
    program_key,
    slug,
)
from sinergi.settings import Settings  # noqa: E402
from sinergi.stores import GraphStore, open_graph  # noqa: E402

BULK_BATCH = 50_000  # rows per committed batch: see docs/benchmarks.md, "Load"
FIRST_DAY, LAST_DAY = dt.date(2019, 1, 1).toordinal(), dt.date(2025, 6, 30).toordinal()
AGREEMENT_SLOTS = 6  # agreements per place and year the news draws on: some recur
EXTRACTOR = "sinergi-rules/synthetic"
PUBLISHERS = [f"{w} {s}" for w in ("Kabar", "Warta", "Suara", "Berita", "Harian")
              for s in ("Nusantara", "Daerah", "Kita", "Rakyat", "Timur", "Barat")]
TOPICS = {"TIMPORA": 30, "WNA_SUPERVISION": 20, "PASSPORT_SERVICE": 20, "POPULATION_DATA": 10,
          "BORDER": 4, "INVESTMENT": 5, "TOURISM": 5, "LABOUR": 4, "OTHER": 2}
MEETINGS = {"COORDINATION": 35, "AUDIENCE": 20, "SOCIALIZATION": 15, "OPERATION": 12,
            "INAUGURATION": 8, "OTHER": 5}
AGREEMENT_WORDS = {"MOU": "nota kesepahaman", "PKS": "perjanjian kerja sama",
                   "OTHER": "piagam kerja sama"}
KECAMATAN_MEETINGS = ("COORDINATION", "OPERATION", "SOCIALIZATION")
# Local bodies by index in LOCAL_BODIES, per meeting kind (who turns up).
_LOCAL = {k: i for i, (k, _) in enumerate(LOCAL_BODIES)}
GUESTS = {
    "OPERATION": [_LOCAL[K.POLRI], _LOCAL[K.TNI], _LOCAL[K.TIMPORA], 6],
    "COORDINATION": [_LOCAL[K.TIMPORA], _LOCAL[K.KESBANGPOL], _LOCAL[K.POLRI],
                     _LOCAL[K.KEJAKSAAN], _LOCAL[K.TNI], 0, 2],
    "SOCIALIZATION": [0, 1, 2, 3, _LOCAL[K.KESBANGPOL]],
    "INAUGURATION": [_LOCAL[K.MPP], 1, _LOCAL[K.DPRD]],
    "AUDIENCE": [_LOCAL[K.SETDA], 4],
    "OTHER": list(range(len(LOCAL_BODIES))),
    "SIGNING": [_LOCAL[K.SETDA]],
}


def iso(day: int) -> str:
    return dt.date.fromordinal(day).isoformat()


class _Generator:
    """Shared, read-only context of one run: the nation, its actors, place weights."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.nation: Nation = build_nation(seed)
        self.actors = Actors(self.nation, seed)
        rng = random.Random(f"{seed}/newsworthy")
        # A few places make most of the news.
        self.cum = list(accumulate(rng.paretovariate(2.5) for _ in self.nation.kabkota))


class _Article:
    """The rows of one article: its nodes first, then its relationships."""

    def __init__(self, g: _Generator, index: int) -> None:
        self.g, self.a, self.n = g, g.actors, g.nation
        self.rng = rng = random.Random(f"{g.seed}/article/{index}")
        self.day = rng.randint(FIRST_DAY, LAST_DAY)
        self.place: Place = rng.choices(g.nation.kabkota, cum_weights=g.cum)[0]
        self.province = g.nation.place(self.place.province)
        self.kanim = self.a.office(rng.choice(g.nation.served_by[self.place.code]))
        self.nodes: list[Row] = []
        self.rels: list[Row] = []
        self.mentioned: dict[str, Body] = {}
        self.cursor = rng.randint(80, 300)
        text = f"synthetic article {g.seed}/{index}"
        self.key = article_key(text)
        publisher = rng.choice(PUBLISHERS)
        title = f"Kerja sama keimigrasian di {self.place.full_name} ({index})"
        d = dt.date.fromordinal(self.day)
        self.nodes.append(NodeRow("Article", {
            "key": self.key, "title": title, "publisher": publisher, "published_on": iso(self.day),
            "url": f"https://{slug(publisher)}.invalid/{d:%Y/%m/%d}/{index}-{slug(title)}",
            "sha256": hashlib.sha256(text.encode()).hexdigest(), "source": "synthetic",
        }))

    def build(self) -> list[Row]:
        rng = self.rng
        for _ in range(rng.choices((0, 1, 2), (30, 50, 20))[0]):
            self.agreement()
        for _ in range(rng.choices((0, 1, 2, 3), (15, 45, 28, 12))[0]):
            self.meeting()
        for _ in range(rng.randint(0, 2)):
            self.mention(self.a.local(self.place, rng.randrange(len(LOCAL_BODIES))))
        if rng.random() < 0.6:  # a quote from the Kanim's section heads
            self.official(self.kanim, rng.randint(1, 3), self.day)
        for body in self.mentioned.values():
            self.report("Institution", body.key, body.key, f"Turut hadir perwakilan {body.name}.")
        return self.nodes + self.rels

    # -- provenance --------------------------------------------------------------------

    def report(self, label: str, target: str, fact: str, sentence: str) -> None:
        rng = self.rng
        start = self.cursor + rng.randint(1, 400)
        self.cursor = start + len(sentence)
        conf = round(1 - 0.55 * rng.random() ** 2, 3)  # mostly sure, 15% below 0.6
        status = "rejected" if rng.random() < 0.01 else (
            "needs_review" if conf < 0.6 else "accepted")
        self.rels.append(RelRow(
            "REPORTS", ("Article", self.key), (label, target),
            {"fact": fact, "evidence": sentence, "char_start": start, "char_end": self.cursor,
             "extractor": EXTRACTOR, "confidence": conf, "status": status},
            qualifier=hashlib.sha256(fact.encode()).hexdigest()[:10],
        ))

    def mention(self, body: Body) -> str:
        if body.key not in self.mentioned:
            self.mentioned[body.key] = body
            if body.props is not None:  # article-made institutions; the reference is loaded
                self.nodes.append(NodeRow("Institution", body.props))
        return body.key

    def official(self, body: Body, title: int, day: int) -> Post | None:
        post = self.a.post(body, title, day)
        if post is None:
            return None
        self.mention(body)
        self.nodes.append(NodeRow("Person", {"key": post.person, "name": post.name}))
        since = post.since if self.rng.random() < 0.4 else None
        rel = RelRow("HOLDS_POSITION", ("Person", post.person), ("Institution", body.key),
                     {"title": post.title, "seen_on": iso(self.day), "since": since},
                     qualifier=post.title)
        self.rels.append(rel)
        fact = f"{post.person}|HOLDS_POSITION|{body.key}|{slug(post.title)}"
        self.report("Person", post.person, fact, f"{post.title} {body.name}, {post.name}.")
        return post

    # -- facts -------------------------------------------------------------------------

    def agreement(self) -> None:
        local = self.rng.random() < 0.8
        scope = self.place if local else self.province
        # The pool is per place and year: articles report that year's agreements.
        year = dt.date.fromordinal(self.day).year
        a = random.Random(f"{self.g.seed}/agreement/{scope.code}/{year}/"
                          f"{self.rng.randrange(AGREEMENT_SLOTS)}")
        kind = a.choices(list(AGREEMENT_WORDS), (45, 50, 5))[0]
        status = a.choices(("signed", "planned", "expired"), (70, 25, 5))[0]
        first = dt.date(year - (status == "expired") * 4, 1, 1).toordinal()
        day = a.randint(first, first + 364)
        date = None if status == "planned" else iso(day)
        topics = _topics(a)
        partner = self.kanim if local else self.a.office(self.n.kanwil[scope.code])
        parties = [self.a.government(scope), partner]
        covered = [scope.code]
        if a.random() < 0.3:
            third = self._third_party(a, scope, local)
            parties.append(third)
            covered += [third.region] if third.key.startswith("pemk") and third.region else []
        if not local and a.random() < 0.3:
            covered += [p.code for p in a.sample(self._kabkota_of(scope), 2)]
        keys = [self.mention(p) for p in parties]
        key = agreement_key(kind, status, date, keys, topics)
        review = "needs_review" if any(p.props and p.props["status"] != "accepted"
                                       for p in parties) else "accepted"
        until = iso(day + 365 * a.randint(2, 3 if status == "expired" else 5)) if date else None
        self.nodes.append(NodeRow("Agreement", {
            "key": key, "kind": kind, "status": status, "signed_on": date, "valid_until": until,
            "topics": topics, "review": review,
            "coop_type": agreement_type(p.kind for p in parties).value,
            "title": f"{AGREEMENT_WORDS[kind].capitalize()} tentang {_phrase(topics)}",
        }))
        for party in parties:
            head = self.official(party, 0, day) if date else None
            self.rels.append(RelRow("PARTY_TO", ("Institution", party.key), ("Agreement", key),
                                    {"role": "party", "signatory": head.name if head else None}))
        for code in dict.fromkeys(covered):
            self.rels.append(RelRow("COVERS", ("Agreement", key), ("Region", code)))
        self._about("Agreement", key, topics)
        verb = "berencana menjalin" if date is None else "menandatangani"
        self.report("Agreement", key, key, f"{parties[0].name} {verb} {AGREEMENT_WORDS[kind]} "
                    f"dengan {parties[1].name} tentang {_phrase(topics)}.")
        if status == "signed" and self.rng.random() < 0.5:
            self.meeting("SIGNING", day, parties, topics)

    def _third_party(self, a: random.Random, scope: Place, local: bool) -> Body:
        if not local:
            return self.a.government(a.choice(self._kabkota_of(scope)))
        if a.random() < 0.2:
            return a.choice(self.a.universities)
        return self.a.local(scope, a.choice((0, 1, 2, _LOCAL[K.POLRI], _LOCAL[K.MPP])))

    def _kabkota_of(self, province: Place) -> list[Place]:
        return [p for p in self.n.kabkota if p.province == province.code]

    def meeting(self, kind: str | None = None, day: int | None = None,
                participants: Sequence[Body] | None = None,
                topics: list[str] | None = None) -> None:
        rng = self.rng
        kind = kind or rng.choices(list(MEETINGS), list(MEETINGS.values()))[0]
        day = day if day is not None else self.day - rng.randint(0, 4)
        bodies = list(participants or [self.kanim])
        if participants is None and (kind != "OPERATION" or rng.random() < 0.5):
            bodies.append(self.a.government(self.place))
        for i in rng.sample(GUESTS[kind], min(len(GUESTS[kind]), rng.randint(0, 3))):
            bodies.append(self.a.local(self.place, i))
        if rng.random() < 0.05:
            bodies.append(rng.choice(self.a.national))
        where = self.place.code
        if kind in KECAMATAN_MEETINGS and rng.random() < 0.35:  # down at the kecamatan
            kecamatan = rng.choice(self.n.districts[where])
            bodies.append(self.a.timpora(kecamatan))
            where = kecamatan.code
        topics = topics or _topics(rng)
        keys = [self.mention(b) for b in bodies]
        key = meeting_key(kind, iso(day), keys)
        review = "needs_review" if any(b.props and b.props["status"] != "accepted"
                                       for b in bodies) else "accepted"
        venue = f"Aula {bodies[-1].name}" if rng.random() < 0.7 else None
        self.nodes.append(NodeRow("Meeting", {"key": key, "kind": kind, "date": iso(day),
                                              "venue": venue, "topic": topics[0],
                                              "review": review}))
        for b in bodies:
            self.rels.append(RelRow("ATTENDED", ("Institution", b.key), ("Meeting", key),
                                    {"role": "participant"}))
        for b in rng.sample(bodies, min(len(bodies), rng.randint(1, 3))):
            post = self.official(b, rng.choices((0, 1, 2, 3), (55, 25, 12, 8))[0], day)
            if post is not None:
                self.rels.append(RelRow("ATTENDED", ("Person", post.person), ("Meeting", key),
                                        {"role": "speaker"}))
        if rng.random() < 0.85:
            self.rels.append(RelRow("LOCATED_IN", ("Meeting", key), ("Region", where)))
        self._about("Meeting", key, topics)
        self.report("Meeting", key, key, f"{bodies[0].name} menggelar pertemuan ({kind.lower()}) "
                    f"bersama {len(bodies) - 1} instansi tentang {_phrase(topics)}.")

    def _about(self, label: str, key: str, topics: list[str]) -> None:
        for t in topics:
            self.rels.append(RelRow("ABOUT", (label, key), ("Program", program_key(t))))


def _topics(rng: random.Random) -> list[str]:
    first = rng.choices(list(TOPICS), list(TOPICS.values()))[0]
    second = rng.choices(list(TOPICS), list(TOPICS.values()))[0] if rng.random() < 0.35 else first
    return sorted({first, second})


def _phrase(topics: list[str]) -> str:
    return " dan ".join(t.replace("_", " ").lower() for t in topics)


def rows(*, articles: int = 20_000, seed: int = 7) -> Iterator[Row]:
    """Every row of the synthetic graph: the reference layer, then article by article."""
    g = _Generator(seed)
    yield from reference_rows(g.nation)
    for i in range(articles):
        yield from _Article(g, i).build()


def write_synthetic(
    store: GraphStore, *, articles: int = 20_000, seed: int = 7, batch_size: int | None = None
) -> dict[str, int]:
    """Bulk-load the synthetic graph (batches commit on their own); rows per label/type,
    plus ``rows`` in all. Loading the same seed again changes nothing."""
    counts: Counter[str] = Counter()
    with store.writer(atomic=False, batch_size=batch_size or BULK_BATCH) as w:
        for row in rows(articles=articles, seed=seed):
            if isinstance(row, NodeRow):
                w.node(row.label, row.props)
                counts[row.label] += 1
            else:
                w.rel(row.type, row.src, row.dst, row.props, row.qualifier)
                counts[row.type] += 1
    counts["rows"] = sum(counts.values())
    return dict(counts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Load the synthetic national graph into the store SINERGI_* configures.",
        epilog="Example:\n  SINERGI_DATA_DIR=/tmp/synth python bench/synth.py --articles 2000 "
               "--seed 7\n  python bench/synth.py --dry-run   # rows only, no store",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--articles", type=int, default=20_000, help="news articles to make")
    parser.add_argument("--seed", type=int, default=7, help="same seed, same graph")
    parser.add_argument("--batch-size", type=int, default=None,
                        help=f"rows per committed batch (default {BULK_BATCH})")
    parser.add_argument("--clear", action="store_true", help="empty the store first")
    parser.add_argument("--dry-run", action="store_true", help="count rows, write nothing")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    if args.dry_run:
        counts = Counter(r.label if isinstance(r, NodeRow) else r.type
                         for r in rows(articles=args.articles, seed=args.seed))
        out: dict[str, object] = {"rows": sum(counts.values()), "written": dict(counts)}
    else:
        with open_graph(Settings()) as store:
            if args.clear:
                store.clear()
            written = write_synthetic(store, articles=args.articles, seed=args.seed,
                                      batch_size=args.batch_size)
            out = {"rows": written.pop("rows"), "written": written, "stored": store.counts()}
    seconds = time.perf_counter() - start
    out.update(seconds=round(seconds, 1), rows_per_s=round(int(str(out["rows"])) / seconds))
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
