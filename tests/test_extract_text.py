"""Page clutter and sentences: what is read, and offsets that point into the original."""

from __future__ import annotations

from sinergi.extract import Article, extract_article
from sinergi.extract.clean import body_lines
from sinergi.extract.sentences import split

PAGE = """Imigrasi Entikong Gelar Sosialisasi di Perbatasan

Imigrasi Entikong Gelar Sosialisasi di Perbatasan
Share: Facebook Twitter WhatsApp
ENTIKONG - Kantor Imigrasi Kelas II TPI Entikong memberikan sosialisasi Pas Lintas Batas, \
Senin (3/6/2024).
Baca juga: Pemkab Sanggau Resmikan Mal Pelayanan Publik
Kepala Subseksi Lalu Lintas Keimigrasian, Fransiska Maria, S.H., menjelaskan syarat PLB.
COPYRIGHT © Suara Perbatasan 2024
Reporter: Dwi Astuti
"""


def test_clutter_lines_are_dropped_and_repeats_read_once() -> None:
    lines = [PAGE[s:e] for s, e in body_lines(PAGE)]
    assert lines[0] == "Imigrasi Entikong Gelar Sosialisasi di Perbatasan"
    assert sum(line.startswith("Imigrasi Entikong Gelar") for line in lines) == 1
    assert not any(line.startswith(("Share", "Baca juga", "COPYRIGHT", "Reporter"))
                   for line in lines)
    assert len(lines) == 3


def test_abbreviations_do_not_end_sentences() -> None:
    text = ("Wali Kota Jambi, Dr. dr. H. Maulana, M.K.M., memotong pita. Kepala Kanwil "
            "Kemenkum HAM Riau HM. Diah SH MH hadir di Jl. Sudirman No. 5 Kab. Kampar. "
            "Danramil Kapten Inf. Sugeng Riyadi juga hadir.")
    sentences = [s.text for s in split(text)]
    assert sentences == [
        "Wali Kota Jambi, Dr. dr. H. Maulana, M.K.M., memotong pita.",
        "Kepala Kanwil Kemenkum HAM Riau HM. Diah SH MH hadir di Jl. Sudirman No. 5 Kab. Kampar.",
        "Danramil Kapten Inf. Sugeng Riyadi juga hadir.",
    ]


def test_sentence_offsets_point_into_the_original_text() -> None:
    for s in split(PAGE):
        assert PAGE[s.start:s.end] == s.text


def test_every_item_evidence_is_the_sentence_at_its_offsets() -> None:
    data = extract_article(Article("page", PAGE)).to_json()
    items = (data["institutions"] + data["officials"] + data["agreements"] + data["meetings"])
    assert items
    for item in items:
        assert PAGE[item["start"]:item["end"]] == item["evidence"]
    assert not any("Sanggau" in (i["place"] or "") for i in data["institutions"])
    assert data["extractor"].startswith("sinergi-rules/")


def test_odd_text_never_raises() -> None:
    for text in ["", "   ", "....", "Kepala", "\"\"\"", "Rabu (31/2)", "Dinas Dinas Dinas",
                 "x" * 5000, "Pemkab " * 200]:
        data = extract_article(Article("odd", text)).to_json()
        assert data["source"] == "odd"


def test_rule_gates_never_hide_a_mention() -> None:
    """Rules run only on sentences holding one of their trigger words; every body the
    lexicons know must still be found when gated."""
    from sinergi.extract import lexicon, mention, mentions  # noqa: F401 (registers the rules)

    names = [name for _, name in lexicon.CENTRAL_BODIES]
    names += list(lexicon.AGENCY_ABBREVIATIONS) + list(lexicon.KNOWN_NON_GOV)
    names += ["BP Batam", "Kemenkum HAM Riau", "Kemenhumkam wilayah Jabar", "TNI-Polri",
              "Kodim 0204/Deliserdang", "Disnaker dan Transmigrasi", "Dinas ESDM Sultra",
              "Posda Deliserdang Binda Sumut", "BNNP Kalteng", "Kapolres Tarakan",
              "Menteri Imigrasi dan Pemasyarakatan", "Pos UKK Imigrasi Tanjung Samak",
              "Konsulat Jenderal Malaysia", "Konsulat Jenderal RI Kuching", "KSOP Banjarmasin",
              "Biro Pemerintahan Setda Provinsi Kalsel", "Kabiro Hukum", "Dinas ESDM Kaltim"]
    for name in names:
        text = f"Kerja sama dengan {name} di Kabupaten Banjar berjalan baik."
        [sent] = split(text)
        low = sent.text.translate(mention.LOWER)
        present = mention.sentence_words(low)
        for trigger, rule in mention.RULES:
            if trigger.isdisjoint(present):
                assert list(rule(sent.text, sent)) == [], (name, rule.__name__)


def test_headlines_listed_under_a_link_heading_are_clutter() -> None:
    page = ("Ende – Kantor Imigrasi Kelas III Non TPI Ende menggelar sosialisasi paspor, "
            "Kamis (5/9/2024).\n"
            "Baca Juga:\n"
            "Dishub Ende Tambah Armada Angkutan Pedesaan\n"
            "- Kejari Sikka Tahan Tersangka Korupsi Dana Desa\n"
            "Sosialisasi diikuti perangkat desa dari lima kecamatan.\n")
    lines = [page[s:e] for s, e in body_lines(page)]
    lead, *_, last = page.splitlines()
    assert lines == [lead, last]
    kinds = {i["kind"] for i in extract_article(Article("t", page)).to_json()["institutions"]}
    assert kinds == {"KANIM"}


def test_text_without_full_stops_is_cut_into_bounded_sentences() -> None:
    from sinergi.extract.sentences import MAX_SENTENCE

    words = ("Kantor Imigrasi Kelas II TPI Entikong dan Pemerintah Kabupaten Sanggau "
             "membahas pengawasan orang asing di perbatasan nomor {} ")
    text = "".join(words.format(i) for i in range(400))  # ~50,000 characters, no stop
    sentences = split(text)
    assert len(sentences) > len(text) // MAX_SENTENCE
    assert all(len(s.text) <= MAX_SENTENCE for s in sentences)
    assert all(text[s.start:s.end] == s.text for s in sentences)
    # Cut at spaces: no word is split between two pieces.
    assert all(text[s.end] == " " for s in sentences[:-1])
    kinds = {(i.kind, i.place) for i in extract_article(Article("long", text)).institutions}
    assert ("KANIM", "Entikong") in kinds and ("PEMKAB", "Sanggau") in kinds


def test_normal_sentences_are_not_cut() -> None:
    long_sentence = "Pemkab Sanggau " + "dan Kanim Entikong " * 60 + "bertemu."
    assert len(long_sentence) < 2000
    assert [s.text for s in split(long_sentence)] == [long_sentence]


def test_a_degree_after_a_name_ends_the_sentence_before_an_opener() -> None:
    from sinergi.extract.sentences import split
    text = ("PKS diteken Kadisdukcapil Hj. Rahmawati, S.Sos. Selain itu Wakil Bupati Barru "
            "menyerahkan surat. Hadir pula Andi S.Sos. Ahmad dari Bappeda.")
    assert [s.text for s in split(text)] == [
        "PKS diteken Kadisdukcapil Hj. Rahmawati, S.Sos.",
        "Selain itu Wakil Bupati Barru menyerahkan surat.",
        "Hadir pula Andi S.Sos. Ahmad dari Bappeda."]
