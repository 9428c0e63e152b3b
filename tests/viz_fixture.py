"""A small cooperation network for the view tests, written the way loaders write facts
(docs/graph-model.md). Names and sentences are made up for the tests; two of them are
hostile on purpose (markup in a name, a title and an evidence sentence).
"""

from __future__ import annotations

from sinergi.schema import rel_key
from sinergi.stores import GraphStore

HOSTILE_NAME = "<img src=x onerror=alert(1)>"
HOSTILE_TITLE = '"><script>alert(1)</script>'
HOSTILE_EVIDENCE = "Dinas <script>window.__xss=1</script> menandatangani naskah kerja sama."

REGIONS = [
    ("63", "Kalimantan Selatan", "province", None, "63"),
    ("63.02", "Kotabaru", "regency", "63", "63"),
    ("63.10", "Tanah Bumbu", "regency", "63", "63"),
    ("63.71", "Banjarmasin", "city", "63", "63"),
    ("64", "Kalimantan Timur", "province", None, "64"),
    ("64.72", "Samarinda", "city", "64", "64"),
]

INSTITUTIONS = [
    ("pemprov:63", "Pemerintah Provinsi Kalimantan Selatan", "PEMPROV", "63"),
    ("pemkab:63.10", "Pemerintah Kabupaten Tanah Bumbu", "PEMKAB", "63.10"),
    ("pemkab:63.02", "Pemerintah Kabupaten Kotabaru", "PEMKAB", "63.02"),
    ("pemkot:63.71", "Pemerintah Kota Banjarmasin", "PEMKOT", "63.71"),
    ("kanim:batulicin", "Kantor Imigrasi Batulicin", "KANIM", "63.10"),
    ("kanim:banjarmasin", "Kantor Imigrasi Banjarmasin", "KANIM", "63.71"),
    ("kanwil:63:kanwil-imigrasi-kalsel", "Kanwil Ditjen Imigrasi Kalsel", "KANWIL", "63"),
    ("kanwil:63:divisi-imigrasi-kalsel", "Divisi Keimigrasian Kanwil Kalsel", "KANWIL", "63"),
    ("timpora:63.10", "Timpora Kabupaten Tanah Bumbu", "TIMPORA", "63.10"),
    ("dinas:63.10:hostile", HOSTILE_NAME, "DINAS", "63.10"),
    ("pemkot:64.72", "Pemerintah Kota Samarinda", "PEMKOT", "64.72"),
    ("kanim:samarinda", "Kantor Imigrasi Samarinda", "KANIM", "64.72"),
]

# key, kind, date, topics, title, parties, covered regions, evidence, url
AGREEMENTS = [
    ("agreement:a1", "PKS", "2023-05-12", ["PASSPORT_SERVICE"], "PKS layanan paspor",
     ["kanim:batulicin", "pemkab:63.10"], ["63.10"],
     "Kanim Batulicin dan Pemkab Tanah Bumbu meneken PKS layanan paspor.",
     "https://news.example.org/a1"),
    ("agreement:a2", "MOU", "2024-02-01", ["TIMPORA"], "MoU pengawasan orang asing",
     ["kanim:banjarmasin", "pemkot:63.71"], ["63.71"],
     "Kota Banjarmasin dan Kanim Banjarmasin sepakat mengawasi orang asing.",
     "https://news.example.org/a2"),
    ("agreement:a3", "PKS", "2024-06-30", ["OTHER"], HOSTILE_TITLE,
     ["dinas:63.10:hostile", "kanim:batulicin"], [], HOSTILE_EVIDENCE,
     "javascript:alert(1)"),
    ("agreement:x1", "MOU", "2022-09-09", ["TIMPORA"], "MoU di provinsi lain",
     ["kanim:samarinda", "pemkot:64.72"], ["64.72"],
     "Kanim Samarinda dan Pemkot Samarinda meneken MoU.", "https://news.example.org/x1"),
]

JURISDICTION = [
    ("pemprov:63", "63", None), ("pemkab:63.10", "63.10", None),
    ("pemkab:63.02", "63.02", None), ("pemkot:63.71", "63.71", None),
    ("kanim:batulicin", "63.10", None), ("kanim:batulicin", "63.02", "2019-01-01"),
    ("kanim:banjarmasin", "63.71", None), ("pemkot:64.72", "64.72", None),
    ("kanim:samarinda", "64.72", None),
]


def _article(w, key: str, url: str) -> None:
    w.node("Article", {"key": key, "url": url, "title": f"Berita {key}",
                       "publisher": "Contoh", "published_on": "2024-07-01"})


def build_fixture(store: GraphStore) -> None:
    """Write the fixture network into ``store`` (one atomic writer block)."""
    with store.writer() as w:
        for code, name, level, parent, province in REGIONS:
            w.node("Region", {"key": code, "name": name, "level": level, "parent": parent,
                              "province": province})
        for key, name, kind, region in INSTITUTIONS:
            w.node("Institution", {"key": key, "name": name, "kind": kind, "region": region})
        for key, _, _, region in INSTITUTIONS:
            if key.startswith(("kanim:", "timpora:", "dinas:")):
                w.rel("LOCATED_IN", ("Institution", key), ("Region", region))
        for src, code, since in JURISDICTION:
            w.rel("JURISDICTION_OVER", ("Institution", src), ("Region", code),
                  {"since": since, "partial": src == "kanim:batulicin" and code == "63.02",
                   "source_url": "https://imigrasi.example.go.id/wilayah"})
        for key, kind, date, topics, title, parties, covers, evidence, url in AGREEMENTS:
            w.node("Agreement", {"key": key, "kind": kind, "status": "signed", "title": title,
                                 "signed_on": date, "topics": topics, "review": "accepted"})
            for party in parties:
                w.rel("PARTY_TO", ("Institution", party), ("Agreement", key), {"role": "party"})
            for code in covers:
                w.rel("COVERS", ("Agreement", key), ("Region", code))
            art = f"article:{key[-2:]}"
            _article(w, art, url)
            w.rel("REPORTS", ("Article", art), ("Agreement", key),
                  {"fact": key, "evidence": evidence, "confidence": 0.9,
                   "status": "accepted"})
        w.node("Meeting", {"key": "meeting:m1", "kind": "COORDINATION", "date": "2024-03-05",
                           "venue": "Batulicin", "topic": "TIMPORA", "review": "accepted"})
        for who in ("timpora:63.10", "kanim:batulicin", "pemkab:63.10"):
            w.rel("ATTENDED", ("Institution", who), ("Meeting", "meeting:m1"))
        w.rel("LOCATED_IN", ("Meeting", "meeting:m1"), ("Region", "63.10"))
        _article(w, "article:m1", "https://news.example.org/m1")
        w.rel("REPORTS", ("Article", "article:m1"), ("Meeting", "meeting:m1"),
              {"fact": "meeting:m1", "evidence": "Rapat Timpora digelar di Batulicin.",
               "confidence": 0.8, "status": "accepted"})
        w.node("Person", {"key": "person:budi-santoso", "name": "Budi Santoso"})
        w.rel("HOLDS_POSITION", ("Person", "person:budi-santoso"),
              ("Institution", "kanim:batulicin"),
              {"title": "Kepala Kantor", "seen_on": "2024-01-10"}, qualifier="Kepala Kantor")
        position = rel_key("person:budi-santoso", "HOLDS_POSITION", "kanim:batulicin",
                           "Kepala Kantor")
        w.rel("REPORTS", ("Article", "article:a1"), ("Person", "person:budi-santoso"),
              {"fact": position, "evidence": "Kepala Kantor Imigrasi Batulicin, Budi Santoso.",
               "confidence": 0.9, "status": "accepted"})
        w.rel("SUCCEEDED_BY", ("Institution", "kanwil:63:divisi-imigrasi-kalsel"),
              ("Institution", "kanwil:63:kanwil-imigrasi-kalsel"), {"on_date": "2024-10-20"})
        w.rel("PART_OF", ("Institution", "kanim:batulicin"),
              ("Institution", "kanwil:63:kanwil-imigrasi-kalsel"))
        w.rel("PART_OF", ("Institution", "kanim:banjarmasin"),
              ("Institution", "kanwil:63:kanwil-imigrasi-kalsel"))
