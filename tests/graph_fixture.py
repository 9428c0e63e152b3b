"""A small hand-made graph for the question tests: a slice of Kalimantan Selatan (63)
and Kalimantan Timur (64) written the way docs/graph-model.md says loaders write facts.

Every fact here is invented for the tests (names of officials included). The
questions are asked "as of" ``AS_OF``; what each kab/kota should show is noted
next to the facts so a failing test points at the fact it relies on.
"""

from __future__ import annotations

from typing import Any

from sinergi.schema import Topic, program_key, rel_key
from sinergi.stores import GraphStore

AS_OF = "2025-06-30"

KALSEL, KALTIM = "63", "64"
KOTABARU, BANJAR, TANBU, BANJARMASIN, BANJARBARU = "63.02", "63.03", "63.10", "63.71", "63.72"
KUKAR, BALIKPAPAN, SAMARINDA = "64.02", "64.71", "64.72"

KANWIL_KALSEL = "kanwil:imigrasi-kalsel"
KANWIL_KEMENKUMHAM = "kanwil:kemenkumham-kalsel"  # predecessor, succeeded 2024-10-20
KANIM_BJM, KANIM_BATULICIN, ULP_KOTABARU = "kanim:banjarmasin", "kanim:batulicin", "ulp:kotabaru"
MPP_BANJARBARU, DITJEN = "mpp:banjarbaru", "imigrasi_pusat:-:direktorat-jenderal-imigrasi"
KANWIL_KALTIM, KANIM_SAMARINDA, KANIM_BPN = (
    "kanwil:imigrasi-kaltim", "kanim:samarinda", "kanim:balikpapan"
)
TIMPORA_BANJAR = "timpora:63.03"

# Agreements (keys are readable here; loaders hash theirs).
AG_BJM_MOU = "agreement:bjm-mou-2025"  # signed TIMPORA + WNA, Banjarmasin, 2 sources
AG_BJM_PKS = "agreement:bjm-pks-2025"  # signed PASSPORT_SERVICE, Banjarmasin, 2 sources
AG_TANBU = "agreement:tanbu-timpora-2022"  # signed TIMPORA; its Bupati changed since
AG_KOTABARU = "agreement:kotabaru-paspor-planned"  # planned PASSPORT_SERVICE, stalled
AG_PROV = "agreement:kalsel-prov-2021"  # by the predecessor Kanwil with the Pemprov
AG_BANJARBARU_OLD = "agreement:banjarbaru-paspor-2019"  # expired 2022-01-10
AG_SMD_OLD = "agreement:samarinda-timpora-2020"  # renewed in 2024
AG_SMD_NEW = "agreement:samarinda-timpora-2024"
AG_KUKAR = "agreement:kukar-eazy-passport-2024"  # periodic passport service

M_KOTABARU = "meeting:kotabaru-audience"  # AUDIENCE 2025-01-15, stalled
M_BJM_SIGNING = "meeting:bjm-signing"
M_BANJAR_TIMPORA = "meeting:banjar-timpora-rakor"
M_BANJARBARU_LATE = "meeting:banjarbaru-after-as-of"  # after AS_OF: must not count
M_TANBU_AUDIENCE = "meeting:tanbu-audience-2022"  # followed by AG_TANBU: not stalled

P_WALIKOTA_BJM = "person:rahmat-hidayat"
P_BUPATI_OLD, P_BUPATI_NEW = "person:ahmad-fauzan", "person:surya-darmawan"
P_KAKANIM = "person:dewi-lestari"

_REGIONS = [
    (KALSEL, "Kalimantan Selatan", "province", None, KALSEL),
    (KALTIM, "Kalimantan Timur", "province", None, KALTIM),
    (KOTABARU, "Kabupaten Kotabaru", "regency", KALSEL, KALSEL),
    (BANJAR, "Kabupaten Banjar", "regency", KALSEL, KALSEL),
    (TANBU, "Kabupaten Tanah Bumbu", "regency", KALSEL, KALSEL),
    (BANJARMASIN, "Kota Banjarmasin", "city", KALSEL, KALSEL),
    (BANJARBARU, "Kota Banjarbaru", "city", KALSEL, KALSEL),
    (KUKAR, "Kabupaten Kutai Kartanegara", "regency", KALTIM, KALTIM),
    (BALIKPAPAN, "Kota Balikpapan", "city", KALTIM, KALTIM),
    (SAMARINDA, "Kota Samarinda", "city", KALTIM, KALTIM),
    ("63.10.01", "Kusan Hilir", "district", TANBU, KALSEL),
]

_OFFICES: list[tuple[str, str, str, str | None, str | None, list[str]]] = [
    # key, kind, name, parent office, located in, jurisdiction
    (DITJEN, "IMIGRASI_PUSAT", "Direktorat Jenderal Imigrasi", None, None, []),
    (KANWIL_KALSEL, "KANWIL", "Kantor Wilayah Ditjen Imigrasi Kalimantan Selatan", DITJEN,
     BANJARMASIN, [KALSEL]),
    (KANWIL_KEMENKUMHAM, "KANWIL", "Kantor Wilayah Kemenkumham Kalimantan Selatan", None,
     BANJARMASIN, [KALSEL]),
    (KANIM_BJM, "KANIM", "Kantor Imigrasi Kelas I TPI Banjarmasin", KANWIL_KALSEL,
     BANJARMASIN, [BANJARMASIN, BANJARBARU, BANJAR]),
    (KANIM_BATULICIN, "KANIM", "Kantor Imigrasi Kelas II TPI Batulicin", KANWIL_KALSEL,
     TANBU, [TANBU, KOTABARU]),
    (ULP_KOTABARU, "ULP", "Unit Layanan Paspor Kotabaru", KANIM_BATULICIN, KOTABARU, [KOTABARU]),
    (MPP_BANJARBARU, "MPP", "Mal Pelayanan Publik Banjarbaru", KANIM_BJM, BANJARBARU, []),
    (KANWIL_KALTIM, "KANWIL", "Kantor Wilayah Ditjen Imigrasi Kalimantan Timur", DITJEN,
     SAMARINDA, [KALTIM]),
    (KANIM_SAMARINDA, "KANIM", "Kantor Imigrasi Kelas I TPI Samarinda", KANWIL_KALTIM,
     SAMARINDA, [SAMARINDA, KUKAR]),
    (KANIM_BPN, "KANIM", "Kantor Imigrasi Kelas I TPI Balikpapan", KANWIL_KALTIM,
     BALIKPAPAN, [BALIKPAPAN]),
]

# key, kind, status, signed_on, valid_until, topics, parties {key: signatory}, covers, sources
_AGREEMENTS: list[tuple[Any, ...]] = [
    (AG_BJM_MOU, "MOU", "signed", "2025-02-10", "2030-02-10", ["TIMPORA", "WNA_SUPERVISION"],
     {"pemkot:63.71": "Rahmat Hidayat", KANWIL_KALSEL: None}, [BANJARMASIN], ["a1", "a2"]),
    (AG_BJM_PKS, "PKS", "signed", "2025-02-10", "2027-02-10", ["PASSPORT_SERVICE"],
     {"pemkot:63.71": "Rahmat Hidayat", KANIM_BJM: None}, [BANJARMASIN], ["a1", "r1"]),
    (AG_TANBU, "PKS", "signed", "2022-05-20", None, ["TIMPORA"],
     {"pemkab:63.10": None, KANIM_BATULICIN: None}, [TANBU], ["a3"]),
    (AG_KOTABARU, "PKS", "planned", None, None, ["PASSPORT_SERVICE"],
     {"pemkab:63.02": None, KANIM_BATULICIN: None}, [KOTABARU], ["a4"]),
    (AG_PROV, "MOU", "signed", "2021-06-01", None, ["TIMPORA", "WNA_SUPERVISION"],
     {"pemprov:63": None, KANWIL_KEMENKUMHAM: None}, [KALSEL], ["a5"]),
    (AG_BANJARBARU_OLD, "PKS", "signed", "2019-01-10", "2022-01-10", ["PASSPORT_SERVICE"],
     {"pemkot:63.72": None, KANIM_BJM: None}, [BANJARBARU], ["a6"]),
    (AG_SMD_OLD, "MOU", "signed", "2020-03-01", None, ["TIMPORA"],
     {"pemkot:64.72": None, KANIM_SAMARINDA: None}, [SAMARINDA], ["a7"]),
    (AG_SMD_NEW, "MOU", "signed", "2024-08-01", "2029-08-01", ["TIMPORA"],
     {"pemkot:64.72": None, KANIM_SAMARINDA: None}, [SAMARINDA], ["a7"]),
    (AG_KUKAR, "PKS", "signed", "2024-11-05", "2026-11-05", ["PASSPORT_SERVICE"],
     {"pemkab:64.02": None, KANIM_SAMARINDA: None}, [KUKAR], ["a8"]),
]

# key, kind, date, topic, located in, institutions, source
_MEETINGS: list[tuple[Any, ...]] = [
    (M_KOTABARU, "AUDIENCE", "2025-01-15", "PASSPORT_SERVICE", KOTABARU,
     ["pemkab:63.02", KANIM_BATULICIN], "a4"),
    (M_BJM_SIGNING, "SIGNING", "2025-02-10", "TIMPORA", BANJARMASIN,
     ["pemkot:63.71", KANWIL_KALSEL, KANIM_BJM], "a1"),
    (M_BANJAR_TIMPORA, "COORDINATION", "2024-09-12", "TIMPORA", BANJAR,
     [TIMPORA_BANJAR, "pemkab:63.03", KANIM_BJM], "a9"),
    (M_BANJARBARU_LATE, "AUDIENCE", "2025-08-01", "PASSPORT_SERVICE", BANJARBARU,
     ["pemkot:63.72", KANIM_BJM], "a9"),
    (M_TANBU_AUDIENCE, "AUDIENCE", "2022-03-01", "TIMPORA", TANBU,
     ["pemkab:63.10", KANIM_BATULICIN], "a3"),
]

# person, name, institution, title, seen_on, source
_POSITIONS = [
    (P_WALIKOTA_BJM, "Rahmat Hidayat", "pemkot:63.71", "Wali Kota", "2025-02-10", "a1"),
    (P_BUPATI_OLD, "Ahmad Fauzan", "pemkab:63.10", "Bupati", "2022-05-20", "a3"),
    (P_BUPATI_NEW, "Surya Darmawan", "pemkab:63.10", "Bupati", "2025-03-01", "a10"),
    (P_KAKANIM, "Dewi Lestari", KANIM_BATULICIN, "Kepala Kantor Imigrasi", "2025-01-15", "a4"),
]

_ARTICLES = {
    "a1": "2025-02-11", "a2": "2025-02-12", "a3": "2022-05-21", "a4": "2025-01-16",
    "a5": "2021-06-02", "a6": "2019-01-11", "a7": "2024-08-02", "a8": "2024-11-06",
    "a9": "2024-09-13", "a10": "2025-03-02",
}


def _gov_key(code: str, level: str) -> str:
    return {"province": "pemprov", "regency": "pemkab", "city": "pemkot"}[level] + f":{code}"


def _reference(w: Any) -> None:
    for code, name, level, parent, province in _REGIONS:
        w.node("Region", {"key": code, "name": name, "level": level, "parent": parent,
                          "province": province})
        if parent:
            w.rel("PART_OF", ("Region", code), ("Region", parent))
        if level == "district":
            continue
        gov = _gov_key(code, level)
        place = name.removeprefix("Kabupaten ").removeprefix("Kota ")
        kind = gov.split(":")[0].upper()
        title = f"Pemerintah Provinsi {name}" if level == "province" else f"Pemerintah {name}"
        w.node("Institution", {"key": gov, "kind": kind, "region": code, "place": place,
                               "name": title})
        w.rel("JURISDICTION_OVER", ("Institution", gov), ("Region", code))
    for key, kind, name, parent, located, jurisdiction in _OFFICES:
        w.node("Institution", {"key": key, "kind": kind, "name": name,
                               "source_url": "https://example.org/offices.csv"})
        if parent:
            w.rel("PART_OF", ("Institution", key), ("Institution", parent))
        if located:
            w.rel("LOCATED_IN", ("Institution", key), ("Region", located))
        for code in jurisdiction:
            w.rel("JURISDICTION_OVER", ("Institution", key), ("Region", code),
                  {"partial": key == ULP_KOTABARU})
    w.rel("SUCCEEDED_BY", ("Institution", KANWIL_KEMENKUMHAM), ("Institution", KANWIL_KALSEL),
          {"on_date": "2024-10-20"})
    w.node("Institution", {"key": TIMPORA_BANJAR, "kind": "TIMPORA", "region": BANJAR,
                           "name": "Tim Pengawasan Orang Asing Kabupaten Banjar"})
    for topic in Topic:
        w.node("Program", {"key": program_key(topic), "name": topic.value, "topic": topic.value})


def _report(w: Any, source: str, label: str, target: str, fact: str | None = None) -> None:
    src = ("Record", "record:fixture:sheet1:2") if source.startswith("r") else (
        "Article", f"article:{source}")
    w.rel("REPORTS", src, (label, target),
          {"fact": fact or target, "evidence": "(invented for tests)", "status": "accepted",
           "confidence": 0.9, "extractor": "fixture/1"}, qualifier=fact or target)


def _facts(w: Any) -> None:
    for art, published in _ARTICLES.items():
        w.node("Article", {"key": f"article:{art}", "url": f"https://example.org/{art}",
                           "title": f"Artikel {art}", "published_on": published})
    w.node("Record", {"key": "record:fixture:sheet1:2", "file": "rencana.xlsx",
                      "sheet": "sheet1", "row": 2, "loaded_at": "2025-03-01"})
    for key, kind, status, signed, until, topics, parties, covers, sources in _AGREEMENTS:
        w.node("Agreement", {"key": key, "kind": kind, "status": status, "signed_on": signed,
                             "valid_until": until, "topics": topics,
                             "title": f"{kind} {key.split(':')[1]}"})
        for party, signatory in parties.items():
            w.rel("PARTY_TO", ("Institution", party), ("Agreement", key),
                  {"role": "party", "signatory": signatory})
        for code in covers:
            w.rel("COVERS", ("Agreement", key), ("Region", code))
        for topic in topics:
            w.rel("ABOUT", ("Agreement", key), ("Program", program_key(topic)))
        for source in sources:
            _report(w, source, "Agreement", key)
    for key, kind, date, topic, located, institutions, source in _MEETINGS:
        w.node("Meeting", {"key": key, "kind": kind, "date": date, "topic": topic})
        w.rel("LOCATED_IN", ("Meeting", key), ("Region", located))
        w.rel("ABOUT", ("Meeting", key), ("Program", program_key(topic)))
        for inst in institutions:
            w.rel("ATTENDED", ("Institution", inst), ("Meeting", key))
        _report(w, source, "Meeting", key)
    for person, name, inst, title, seen, source in _POSITIONS:
        w.node("Person", {"key": person, "name": name})
        w.rel("HOLDS_POSITION", ("Person", person), ("Institution", inst),
              {"title": title, "seen_on": seen}, qualifier=title)
        _report(w, source, "Person", person, rel_key(person, "HOLDS_POSITION", inst, title))


def write_fixture(store: GraphStore) -> None:
    """Write the whole fixture graph in one atomic block."""
    with store.writer() as w:
        _reference(w)
        _facts(w)
