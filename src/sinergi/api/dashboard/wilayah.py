"""``/wilayah/{code}``: one kab/kota, where a click on the map leads.

Its status for every topic on the day (the ``coverage`` question, as on the map), the
Kanim serving it and how that is known, and its Pemkab/Pemkot's officials, agreements
and meetings (the ``institution`` question), each fact linked to its evidence page.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from ...errors import NotFound, ParameterError
from ...maps.boundaries import for_province
from ...maps.page import province_names
from ...maps.status import checked, office_names
from ...questions.vocabulary import (
    AGREEMENT_KIND,
    AGREEMENT_STATUS,
    COVERAGE_STATUS,
    MEETING_KIND,
    PROVENANCE,
    TOPIC,
    Vocabulary,
)
from ...schema import Topic
from ..deps import StoreDep
from ..questions import ask
from ..routers.common import KEYED_ERRORS
from .render import Lang, page

router = APIRouter(tags=["dashboard"])

WORDS = {
    "id": {"title": "Kabupaten/kota", "back": "Kembali ke peta", "as_of": "per tanggal",
           "province": "Provinsi", "status": "Status per topik", "topic": "Topik",
           "agreements": "Perjanjian", "offices": "Kantor Imigrasi yang melayani",
           "basis": "Dasar", "none_known": "Belum diketahui kantor mana yang melayani.",
           "officials": "Pejabat", "meetings": "Pertemuan", "evidence": "bukti",
           "government": "Pemerintah daerah", "network": "Peta jaringan",
           "no_government": "Pemerintah daerah ini belum ada di graf.",
           "nothing": "Belum ada.", "date": "Tanggal", "timeline": "Linimasa kab/kota",
           "agreement": "Perjanjian", "meeting": "Pertemuan", "position": "Jabatan",
           "event": "Peristiwa", "name": "Nama", "kind": "Jenis",
           "detail": "Keterangan", "language": "English", "api": "Dokumentasi API",
           "not_in_graph": "Kab/kota ini belum ada di graf: statusnya tidak diketahui. "
                           "Muat data rujukan dengan: sinergi load reference"},
    "en": {"title": "Regency/city", "back": "Back to the map", "as_of": "as of",
           "province": "Province", "status": "Status per topic", "topic": "Topic",
           "agreements": "Agreements", "offices": "Serving immigration office",
           "basis": "Basis", "none_known": "No serving office is known.",
           "officials": "Officials", "meetings": "Meetings", "evidence": "evidence",
           "government": "Regional government", "network": "Network view",
           "no_government": "This regional government is not in the graph.",
           "nothing": "None yet.", "date": "Date", "timeline": "Timeline of the regency/city",
           "agreement": "Agreement", "meeting": "Meeting", "position": "Position",
           "event": "Event", "name": "Name", "kind": "Kind",
           "detail": "Detail", "language": "Bahasa Indonesia", "api": "API documentation",
           "not_in_graph": "This regency/city is not in the graph: its status is unknown. "
                           "Load the reference data with: sinergi load reference"},
}


#: How each profile section's kind and detail columns are labelled (officials: as written).
_KIND = {"agreement": AGREEMENT_KIND, "meeting": MEETING_KIND}
_DETAIL = {"agreement": AGREEMENT_STATUS, "meeting": TOPIC}


def _labeller(table: dict[str, Vocabulary], lang: str) -> Any:
    def label(section: str, value: Any) -> str:
        if value is None:
            return ""
        vocab = table.get(section)
        return vocab.label(str(value), lang) if vocab else str(value)
    return label


def _names(profile: dict[str, list[dict[str, Any]]] | None, lang: str) -> dict[str, str]:
    """Readable names for agreements and meetings without a title or venue: kind and date
    (a key such as agreement:6ac4529b4e2e means nothing to a planner)."""
    out: dict[str, str] = {}
    for section in ("agreement", "meeting"):
        label = _labeller(_KIND, lang)
        for r in (profile or {}).get(section, []):
            if not r.get("name") and r.get("kind"):
                out[r["item"]] = f"{label(section, r['kind'])} {r.get('date') or ''}".strip()
            elif r.get("name"):
                out[r["item"]] = str(r["name"])
    return out


def _timeline(store: Any, code: str, as_of: str, lang: str) -> list[dict[str, str]]:
    """The kab/kota's dated events up to ``as_of`` (the ``timeline`` question), labelled."""
    rows = ask(store, "timeline", {"region": code, "to": as_of}).rows
    words = WORDS[lang]
    out = []
    for r in rows:
        event, _, status = str(r["event"]).partition(" ")
        if event == "agreement":
            what = f"{words['agreement']}: {AGREEMENT_STATUS.label(status, lang)}"
            kind, detail = AGREEMENT_KIND.label(str(r["kind"]), lang), r.get("detail") or ""
        elif event == "meeting":
            what, kind = words["meeting"], MEETING_KIND.label(str(r["kind"]), lang)
            detail = TOPIC.label(str(r["detail"]), lang) if r.get("detail") else ""
        else:
            what, kind, detail = words["position"], r.get("kind") or "", r.get("detail") or ""
        out.append({"day": r.get("day") or "", "what": what, "kind": kind,
                    "detail": str(detail), "item": r["item"]})
    return out


def _statuses(store: Any, code: str, province: str, as_of: str) -> list[dict[str, Any]]:
    out = []
    for topic in Topic:
        rows = ask(store, "coverage", {"topic": topic.value, "province": province,
                                       "as_of": as_of}).rows
        row = next((r for r in rows if r["region"] == code), None)
        if row is not None:
            out.append({"topic": topic.value, **row})
    return out


def _profile(store: Any, key: str) -> dict[str, list[dict[str, Any]]] | None:
    try:
        rows = ask(store, "institution", {"key": key}).rows
    except (ParameterError, NotFound):
        return None
    sections: dict[str, list[dict[str, Any]]] = {"official": [], "agreement": [], "meeting": []}
    for r in rows:
        if r["section"] in sections:
            sections[r["section"]].append(r)
    return sections


@router.get("/wilayah/{code}", response_class=HTMLResponse, responses=KEYED_ERRORS)
def region_page(
    store: StoreDep,
    request: Request,
    code: Annotated[str, Path(pattern=r"^\d{2}\.\d{2}$", description="Kab/kota code (63.10).")],
    topic: Annotated[str | None, Query(max_length=60, description="Topic of the map.")] = None,
    as_of: Annotated[str | None, Query(max_length=10, description="Day (YYYY-MM-DD).")] = None,
    lang: Lang = None,
) -> HTMLResponse:
    """One kab/kota: status per topic, serving office, its government's facts, evidence."""
    chosen = lang if lang in WORDS else "id"
    t = WORDS[chosen]
    shape = next((b for b in for_province(code[:2]) if b.code == code), None)
    if shape is None:
        raise NotFound(f"no kabupaten/kota {code!r}")
    topic_v, _, day = checked(topic or "TIMPORA", None, as_of, request.app.state.settings)
    statuses = _statuses(store, code, shape.province, day)
    gov = ("pemkot:" if shape.name.startswith("Kota") else "pemkab:") + code
    back = {"topic": topic_v, "province": shape.province, "as_of": day, "lang": chosen}
    first = statuses[0] if statuses else None
    profile = _profile(store, gov)
    return page(
        "wilayah.html", t=t, lang=chosen, shape=shape, as_of=day,
        province=province_names().get(shape.province, shape.province),
        statuses=statuses, first=first,
        office_name=office_names(store, ask).get if first else None,
        profile=profile, gov=gov, names=_names(profile, chosen),
        timeline=_timeline(store, code, day, chosen) if statuses else [],
        status_label=lambda v: COVERAGE_STATUS.label(v, chosen),
        topic_label=lambda v: TOPIC.label(v, chosen),
        basis_label=lambda v: PROVENANCE.label(v, chosen),
        kind_label=_labeller(_KIND, chosen), detail_label=_labeller(_DETAIL, chosen),
        back="/?" + urlencode(back),
        network="/api/v1/viz/region?" + urlencode({"region": code}),
        switch=f"/wilayah/{code}?" + urlencode({**back, "lang": "en" if chosen == "id" else "id"}),
    )
