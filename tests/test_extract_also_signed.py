"""Others who also signed with the same host, listed by their regions after the main
signing (ninth session of issue 14, rule written from the development splits of the
real-news set). Every text is written for these tests."""

from __future__ import annotations

from typing import Any

from extracted import read

_MAIN = ("Pemerintah Kabupaten Ngawi dengan Pemerintah Kota Surabaya melaksanakan "
         "penandatanganan nota kesepahaman di Balai Kota Surabaya, Rabu (9/5/2018). ")


def _pairs(data: dict[str, Any]) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(p["place"] for p in a["parties"])) for a in data["agreements"])


def test_governments_listed_as_also_signing_each_sign_with_the_host() -> None:
    text = _MAIN + ("Hadir dan juga melaksanakan penandatanganan MoU yaitu Kota Kediri, Kab. "
                    "Maros, Kabupaten Tebo dan Kab. Nias.")
    data = read(text, None)
    assert _pairs(data) == sorted([("Kediri", "Surabaya"), ("Maros", "Surabaya"),
                                   ("Nias", "Surabaya"), ("Ngawi", "Surabaya"),
                                   ("Surabaya", "Tebo")])
    assert {a["date"] for a in data["agreements"]} == {"2018-05-09"}
    assert all(a["status"] == "signed" and a["kind"] == "MOU" for a in data["agreements"])


def test_a_misspelt_region_in_the_list_is_passed_over_not_the_rest() -> None:
    text = _MAIN + ("Hadir dan juga melaksanakan penandatanganan MoU yaitu Kota Makasarr, Kab. "
                    "Maros dan Kab. Nias.")
    assert _pairs(read(text, None)) == sorted([("Maros", "Surabaya"), ("Nias", "Surabaya"),
                                          ("Ngawi", "Surabaya")])


def test_a_list_of_attendees_who_did_not_sign_adds_no_agreement() -> None:
    text = _MAIN + "Hadir pula perwakilan Kabupaten Maros dan Kabupaten Tebo."
    assert _pairs(read(text, None)) == [("Ngawi", "Surabaya")]
