"""Meetings in unseen news (issue 14): event words for openings and monitoring visits,
service units as participants, bodies at a provincial event, a graha as a venue.
Every text is written for these tests."""

from __future__ import annotations

from typing import Any

from sinergi.extract import Article, extract_article


def _extract(text: str) -> dict[str, Any]:
    return extract_article(Article("t", text)).to_json()


def _refs(items: list[dict[str, Any]]) -> set[tuple[str, str | None]]:
    return {(i["kind"], i["place"]) for i in items}


def test_the_first_day_of_a_service_is_an_inauguration() -> None:
    text = ("Pelayanan perdana di Unit Layanan Terbatas Keimigrasian Sikka oleh Kantor Imigrasi "
            "Kelas II TPI Maumere berlangsung Senin (2/6/2025). Bupati Sikka hadir bersama "
            "jajaran Pemerintah Kabupaten Sikka.")
    data = _extract(text)
    [meeting] = data["meetings"]
    assert meeting["kind"] == "INAUGURATION"
    assert ("ULP", "Sikka") in _refs(meeting["participants"])


def test_a_monitoring_visit_is_an_audience() -> None:
    text = ("Kantor Wilayah Kementerian Hukum dan HAM Nusa Tenggara Timur melakukan monitoring "
            "layanan di Kantor Imigrasi Kelas II TPI Maumere, Selasa (3/6/2025).")
    [meeting] = _extract(text)["meetings"]
    assert meeting["kind"] == "AUDIENCE"


def test_a_unit_introduced_as_working_stays_an_actor_when_plans_follow() -> None:
    text = ("Tim Kantor Wilayah Kementerian Hukum dan HAM Nusa Tenggara Timur memantau layanan "
            "di Unit Kerja Kantor (UKK) Sikka, Selasa (3/6/2025). Kepala UKK Sikka menyambut "
            "tim. Layanan e-paspor di UKK Sikka akan segera dibuka.")
    assert ("ULP", "Sikka") in _refs(_extract(text)["institutions"])


def test_a_unit_introduced_as_planned_is_not_an_actor() -> None:
    text = ("Pemerintah Kabupaten Sikka mengusulkan pembentukan Unit Kerja Kantor (UKK) "
            "Keimigrasian Sikka. UKK itu berada di pusat kota.")
    assert ("ULP", "Sikka") not in _refs(_extract(text)["institutions"])


def test_bodies_named_bare_at_a_provincial_event_are_the_provinces() -> None:
    text = ("KUPANG - Kantor Wilayah Direktorat Jenderal Imigrasi Nusa Tenggara Timur menggelar "
            "rapat koordinasi Timpora tingkat Provinsi Nusa Tenggara Timur di Kota Kupang, "
            "Kamis (5/6/2025). Rapat dihadiri TNI, Polri, Kejaksaan dan Kesbangpol.")
    places = {i["place"] for i in _extract(text)["institutions"]
              if i["kind"] in ("TNI", "POLRI", "KEJAKSAAN", "KESBANGPOL")}
    assert places == {"Nusa Tenggara Timur"}


def test_an_office_named_as_the_graha_of_a_venue_is_not_an_actor() -> None:
    text = ("Kantor Imigrasi Kelas II TPI Maumere mengukuhkan Timpora Kabupaten Sikka di Graha "
            "Kompleks Setda Sikka, Rabu (4/6/2025).")
    assert "SETDA" not in {i["kind"] for i in _extract(text)["institutions"]}


EARLIER = ("MAMUJU - Bupati Mamuju Tengah berkunjung ke Kantor Wilayah Kementerian Hukum dan HAM "
           "Sulawesi Barat, Rabu (14/8/2024), membahas rencana kantor imigrasi. Ia menyebut, "
           "sebelumnya ia telah bertemu dengan Direktur Jenderal (Dirjen) Imigrasi di Jakarta.")


def test_an_earlier_meeting_told_in_passing_is_a_second_meeting() -> None:
    first, second = _extract(EARLIER)["meetings"]
    assert first["kind"] == "AUDIENCE" and first["date"] == "2024-08-14"
    assert second["kind"] == "AUDIENCE" and second["date"] is None
    assert _refs(second["participants"]) == {("PEMKAB", "Mamuju Tengah"),
                                             ("IMIGRASI_PUSAT", None)}
    assert second["confidence"] < 0.6 and second["reasons"]


def test_a_meeting_in_quoted_speech_is_not_a_second_meeting() -> None:
    text = EARLIER.replace("Ia menyebut, sebelumnya ia telah bertemu dengan Direktur Jenderal "
                           "(Dirjen) Imigrasi di Jakarta.",
                           '"Kami sudah bertemu dengan Dirjen Imigrasi," katanya.')
    assert len(_extract(text)["meetings"]) == 1


def test_national_branches_named_without_a_place_are_the_provinces() -> None:
    text = ("KUPANG - Kantor Wilayah Direktorat Jenderal Imigrasi Nusa Tenggara Timur menggelar "
            "rapat Timpora Provinsi Nusa Tenggara Timur, Kamis (5/6/2025). Hadir Badan Intelijen "
            "Negara Daerah (BINDA) dan Badan Narkotika Nasional Provinsi (BNNP).")
    branches = {(i["name"], i["place"]) for i in _extract(text)["institutions"]
                if i["kind"] == "PUSAT_LAIN"}
    assert branches == {("Badan Intelijen Negara Daerah Provinsi Nusa Tenggara Timur",
                         "Nusa Tenggara Timur"),
                        ("Badan Narkotika Nasional Provinsi Nusa Tenggara Timur",
                         "Nusa Tenggara Timur")}


def test_a_headline_verb_after_an_office_is_not_its_town() -> None:
    text = ("Kantor Imigrasi Bentuk Tim Pengawasan Orang Asing di Lumajang\n"
            "Kantor Imigrasi Kelas I TPI Malang membentuk Timpora Kabupaten Lumajang.")
    places = {i["place"] for i in _extract(text)["institutions"] if i["kind"] == "KANIM"}
    assert "Bentuk" not in places


def test_beraudiensi_is_an_audience() -> None:
    text = ("MASAMBA - Kepala Kantor Imigrasi Kelas II Non TPI Palopo beraudiensi dengan Bupati "
            "Luwu Utara di rumah jabatan bupati, Senin (22/7/2024). Dalam pertemuan itu "
            "dibahas rencana unit layanan paspor.")
    assert [m["kind"] for m in _extract(text)["meetings"]] == ["AUDIENCE"]
