"""Phrasings read from the misses of bench/heldout18 (issue 14): an instrument that is an
umbrella for others to come ("menjadi payung bagi perjanjian kerja sama teknis"), a
dateline with the date in brackets and the publisher after it, a running instrument's day
told after its signers without "oleh", the handover record (BAST) of a grant already
signed, "ketiga PKS" for the instruments already read, and "draf PKS yang baru" renewing
the running one. Every text is written for these tests."""

from __future__ import annotations

from extracted import agreement_keys as _keys
from extracted import read as _read

_SIGNING = ("Pekalongan - Wali Kota Pekalongan dan Kepala Kantor Wilayah Kementerian Hukum "
            "dan HAM Jawa Tengah menandatangani nota kesepahaman tentang pelayanan "
            "keimigrasian, Selasa (9/5/2023). ")


def test_the_instruments_an_umbrella_serves_are_not_one_more() -> None:
    text = _SIGNING + ("Kepala Kanwil menjelaskan, nota kesepahaman itu berlaku tiga tahun dan "
                       "menjadi payung hukum bagi perjanjian kerja sama teknis di tingkat "
                       "kantor imigrasi.")
    assert _keys(text) == {("MOU", "signed", "2023-05-09", frozenset(
        {("PEMKOT", "Pekalongan"), ("KANWIL", "Jawa Tengah")}))}


def test_whom_an_umbrella_serves_is_not_a_party_of_the_instrument() -> None:
    text = _SIGNING + ("Kepala Kanwil menjelaskan, nota kesepahaman yang diteken berlaku tiga "
                       "tahun dan menjadi payung bagi kerja sama Kantor Imigrasi Kelas II TPI "
                       "Pemalang dengan perangkat daerah.")
    assert _keys(text) == {("MOU", "signed", "2023-05-09", frozenset(
        {("PEMKOT", "Pekalongan"), ("KANWIL", "Jawa Tengah")}))}


def test_a_pks_named_before_the_umbrella_is_still_read() -> None:
    text = ("Pemalang - Kantor Imigrasi Kelas II TPI Pemalang dan Pemerintah Kabupaten "
            "Pemalang menandatangani perjanjian kerja sama layanan paspor, Selasa (9/5/2023). "
            "Perjanjian itu, kata Bupati, menjadi payung bagi layanan paspor keliling.")
    assert [(k[0], k[1]) for k in _keys(text)] == [("PKS", "signed")]


def test_a_dateline_in_brackets_with_its_publisher_is_not_the_signing_day() -> None:
    text = ("Semarang (10/05/2023) jatengprov.example – Bertempat di Gedung Gradhika, pada "
            "Selasa (9/5) telah dilaksanakan penandatanganan nota kesepahaman antara "
            "Pemerintah Provinsi Jawa Tengah dengan Kantor Wilayah Kementerian Hukum dan HAM "
            "Jawa Tengah tentang pengawasan orang asing.")
    read = _read(text)
    assert [a["date"] for a in read["agreements"]] == ["2023-05-09"]
    assert [m["date"] for m in read["meetings"]] == ["2023-05-09"]


def test_a_running_instrument_signed_by_named_signers_keeps_its_day() -> None:
    text = ("Sanggau - Pemkab Sanggau dan Kantor Imigrasi Kelas II TPI Entikong mengevaluasi "
            "perjanjian kerja sama pengawasan orang asing, Senin (8/5/2023). Perjanjian kerja "
            "sama tersebut ditandatangani Bupati Sanggau dan Kepala Kantor Imigrasi Entikong "
            "pada 4 Maret 2020.")
    assert [(k[0], k[1], k[2]) for k in _keys(text)] == [("PKS", "signed", "2020-03-04")]


def test_the_day_a_running_instrument_runs_until_is_not_its_signing_day() -> None:
    text = ("Sanggau - Pemkab Sanggau dan Kantor Imigrasi Kelas II TPI Entikong mengevaluasi "
            "perjanjian kerja sama pengawasan orang asing, Senin (8/5/2023). Perjanjian kerja "
            "sama yang ditandatangani kedua pihak itu berlaku hingga 31 Desember 2024.")
    assert [(k[0], k[1], k[2]) for k in _keys(text)] == [("PKS", "signed", None)]


def test_the_handover_record_to_come_of_a_grant_signed_is_that_grant() -> None:
    text = ("Mamuju - Pemerintah Provinsi Sulawesi Barat menandatangani naskah perjanjian "
            "hibah tanah dengan Kantor Imigrasi Kelas II TPI Mamuju, Selasa (9/5/2023). "
            "Kepala Kantor Imigrasi Mamuju menyebut berita acara serah terima aset akan "
            "dilakukan setelah sertifikat selesai dibalik nama.")
    assert [(k[0], k[1]) for k in _keys(text)] == [("OTHER", "signed")]


_THREE = ("Pematangsiantar - Kantor Imigrasi Kelas II Non TPI Pematangsiantar menandatangani "
          "perjanjian kerja sama layanan paspor masing-masing dengan Pemerintah Kabupaten "
          "Simalungun, Pemerintah Kabupaten Samosir dan Pemerintah Kabupaten Toba, Selasa "
          "(9/5/2023). ")


def test_the_three_pks_read_are_not_one_more_with_the_parties_of_their_mou() -> None:
    text = _THREE + ("Ketiga PKS merupakan penjabaran dari nota kesepahaman antara Kantor "
                     "Wilayah Kementerian Hukum dan HAM Sumatera Utara dan Pemerintah Provinsi "
                     "Sumatera Utara yang telah ditandatangani tahun lalu.")
    kinds = sorted((k[0], len(k[3])) for k in _keys(text))
    assert kinds == [("MOU", 2), ("PKS", 2), ("PKS", 2), ("PKS", 2)]
    assert not any(k[0] == "PKS" and ("PEMPROV", "Sumatera Utara") in k[3] for k in _keys(text))


_RUNNING = ("Sorong - Kantor Imigrasi Kelas I TPI Sorong dan Pemerintah Kabupaten Sorong "
            "mengevaluasi perjanjian kerja sama layanan paspor, Selasa (9/5/2023). PKS itu "
            "akan berakhir pada Agustus 2023 dan kedua pihak sepakat memperpanjangnya. ")


def test_a_new_pks_drafted_by_a_secretariat_unit_renews_the_running_one() -> None:
    text = _RUNNING + ('"Draf PKS yang baru sedang disusun Bagian Kerja Sama Sekretariat Daerah '
                       'Kabupaten Sorong," kata Asisten Pemerintahan.')
    planned = [k for k in _keys(text) if k[1] == "planned"]
    assert [k[3] for k in planned] == [frozenset({("KANIM", "Sorong"), ("PEMKAB", "Sorong")})]


def test_a_new_pks_of_another_body_is_its_own() -> None:
    text = _RUNNING + ("Selain itu, Dinas Tenaga Kerja Kabupaten Sorong dan Kantor Imigrasi "
                       "Sorong tengah merampungkan draf PKS yang baru tentang data tenaga kerja "
                       "asing.")
    planned = [k for k in _keys(text) if k[1] == "planned"]
    assert any(("DINAS", "Sorong") in k[3] for k in planned)


_PKS = ("Parigi - Pemerintah Kabupaten Pangandaran dan Kantor Imigrasi Kelas II Non TPI "
        "Tasikmalaya menandatangani perjanjian kerja sama layanan paspor, Selasa (9/5/2023). ")


def test_a_loan_drafted_as_the_follow_up_of_the_pks_is_its_own_plan() -> None:
    text = _PKS + ("Kepala Kantor Imigrasi menambahkan, sebagai tindak lanjut PKS pihaknya "
                   "bersama Pemkab tengah menyusun perjanjian pinjam pakai gedung eks kantor "
                   "UPTD untuk unit kerja kantor imigrasi.")
    assert sorted((k[0], k[1]) for k in _keys(text)) == [("OTHER", "planned"), ("PKS", "signed")]


def test_a_letter_recalled_is_not_a_letter_to_come() -> None:
    text = _PKS + ("Pada kesempatan itu Bupati menyerahkan surat dukungan Pemkab Pangandaran "
                   "kepada Kepala Kantor Imigrasi Tasikmalaya. Surat dukungan tersebut akan "
                   "diteruskan ke Direktorat Jenderal Imigrasi.")
    assert sorted((k[0], k[1]) for k in _keys(text)) == [("OTHER", "signed"), ("PKS", "signed")]


def test_the_draft_of_its_extension_being_discussed_is_a_planned_renewal() -> None:
    text = ("Bagansiapiapi - Pemerintah Kabupaten Rokan Hilir dan Kantor Imigrasi Kelas II "
            "Non TPI Bagansiapiapi mengevaluasi nota kesepahaman pengawasan orang asing, Selasa "
            "(9/5/2023). Nota kesepahaman itu berakhir pada Maret 2023. Draf perpanjangannya "
            "sedang dibahas bagian hukum kedua belah pihak.")
    assert sorted((k[0], k[1]) for k in _keys(text)) == [("MOU", "planned"), ("MOU", "signed")]


def test_a_kanim_town_with_its_reduplication_hyphenated_is_that_town() -> None:
    text = ("Ujung Tanjung - Pemkab Rokan Hilir menandatangani nota kesepahaman dengan "
            "Imigrasi Bagansiapi-api tentang pengawasan orang asing, Selasa (9/5/2023).")
    assert ("KANIM", "Bagansiapiapi") in next(iter(_keys(text)))[3]


_EACH = ("Parapat - Bupati Samosir, Bupati Toba dan Bupati Simalungun menandatangani perjanjian "
         "kerja sama dengan Kantor Imigrasi Kelas II Non TPI Pematang Siantar, Rabu "
         "(10/5/2023). Masing-masing kepala daerah menandatangani naskah PKS tersendiri dengan "
         "Kepala Kantor Imigrasi Pematang Siantar, Tumpal Hutagalung, S.H., M.Si. PKS ini "
         "merupakan tindak lanjut dari nota kesepahaman antara Kantor Wilayah Kementerian "
         "Hukum dan HAM Sumatera Utara dengan Pemkab Samosir, Pemkab Toba dan Pemkab Simalungun "
         "yang telah ditandatangani tahun lalu. ")


def test_each_signing_its_own_pks_does_not_split_the_mou_they_follow_up() -> None:
    keys = _keys(_EACH)
    assert sorted(k[0] for k in keys) == ["MOU", "PKS", "PKS", "PKS"]
    mou = next(k for k in keys if k[0] == "MOU")
    assert len(mou[3]) == 4 and ("KANIM", "Pematangsiantar") not in mou[3]


def test_the_scope_of_the_pks_read_is_that_pks_and_a_speaker_is_no_party() -> None:
    text = _EACH + ("Adapun ruang lingkup PKS meliputi layanan paspor jemput bola dan verifikasi "
                    "permohonan paspor. Sementara itu Kepala Kantor Wilayah Kementerian Hukum dan "
                    "HAM Sumatera Utara berharap PKS ini tidak berhenti di atas kertas.")
    pks = [k for k in _keys(text) if k[0] == "PKS"]
    assert [k[1] for k in pks] == ["signed"] * 3
    assert not any(("KANWIL", "Sumatera Utara") in k[3] for k in pks)


def test_three_separate_pks_each_signed_with_a_government_take_the_announced_host() -> None:
    text = ("MALANG - Kantor Imigrasi Kelas I TPI Malang meneken perjanjian kerja sama dengan "
            "tiga pemerintah daerah di Malang Raya, Kamis (11/5/2023). Tiga PKS terpisah "
            "masing-masing di tandatangani bersama Pemerintah Kabupaten Malang, Pemerintah Kota "
            "Malang dan Pemerintah Kota Batu.")
    assert _keys(text) == {("PKS", "signed", "2023-05-11", frozenset({("KANIM", "Malang"), p}))
                           for p in (("PEMKAB", "Malang"), ("PEMKOT", "Malang"),
                                     ("PEMKOT", "Batu"))}


def test_both_sides_evaluating_a_running_pks_are_the_storys_two_sides() -> None:
    text = ("Bangkinang - Pemerintah Kabupaten Kampar dan Kantor Imigrasi Kelas I TPI Pekanbaru "
            "menandatangani perjanjian pinjam pakai gedung, Selasa (9/5/2023). Gedung itu akan "
            "dipakai mulai Juni. Dalam kesempatan yang sama, kedua pihak "
            "juga mengevaluasi perjanjian kerja sama konter paspor di MPP yang sudah berjalan "
            "sejak 2019.")
    pks = [k for k in _keys(text) if k[0] == "PKS"]
    assert [(k[1], k[3]) for k in pks] == [
        ("signed", frozenset({("PEMKAB", "Kampar"), ("KANIM", "Pekanbaru")}))]


def test_pks_with_several_partners_each_about_its_own_subject_are_one_per_partner() -> None:
    text = ("Bandung - Pj Bupati Garut menandatangani perjanjian kerja sama dengan Kantor "
            "Imigrasi Kelas I TPI Bandung, Selasa (9/5/2023).\n\nPada hari itu Kanim Bandung "
            "sekaligus meneken tiga Perjanjian Kerjasama (PKS) dengan tiga mitra, masing-masing "
            "Pemerintah Kabupaten Garut (Garut) tentang layanan paspor, Pemerintah Kota Cimahi "
            "tentang pengawasan orang asing, serta Universitas Pasundan (Unpas) tentang izin "
            "tinggal mahasiswa asing.")
    partners = sorted(next(p for p in k[3] if p[0] != "KANIM") for k in _keys(text))
    assert partners == [("NON_GOV", None), ("PEMKAB", "Garut"), ("PEMKOT", "Cimahi")]


def test_a_list_of_instruments_by_ordinal_keeps_a_dinas_pks_apart() -> None:
    text = ("Tanjung - Tiga dokumen ditandatangani di Pendopo Bupati Tabalong, Selasa (9/5/2023). "
            "Pertama, kesepakatan bersama antara Pemkab Tabalong dan Kanwil Kemenkumham Kalsel. "
            "Kedua, perjanjian kerja sama antara Pemkab Tabalong dengan Kantor Imigrasi Kelas I "
            "TPI Banjarmasin. Ketiga, PKS antara Dinas Kependudukan dan Pencatatan Sipil Tabalong "
            "dan Kantor Imigrasi Banjarmasin tentang data kependudukan.")
    pks = sorted(tuple(sorted(p[0] for p in k[3])) for k in _keys(text) if k[0] == "PKS")
    assert pks == [("DINAS", "KANIM"), ("KANIM", "PEMKAB")]


def test_a_grant_deed_being_processed_that_can_be_signed_next_year_is_planned() -> None:
    text = ("Polewali - Bupati Polewali Mandar meresmikan unit kerja Kantor Imigrasi Mamuju, "
            "Selasa (9/5/2023). Pemkab juga akan menghibahkan lahan kepada Kementerian Hukum dan "
            "HAM. \"Dokumen hibahnya sedang kami proses, mudah-mudahan tahun depan sudah bisa "
            "ditandatangani,\" kata Bupati.")
    assert [(k[0], k[1]) for k in _keys(text) if k[0] == "OTHER"] == [("OTHER", "planned")]


def test_an_umbrella_for_bodies_to_draft_pks_is_no_pks() -> None:
    text = _SIGNING + ("Kepala Kanwil menjelaskan, nota kesepahaman ini menjadi payung bagi kantor "
                       "imigrasi dan pemerintah kabupaten/kota untuk menyusun perjanjian kerja "
                       "sama teknis.")
    assert [k[0] for k in _keys(text)] == ["MOU"]


def test_a_headline_grant_is_read_in_its_own_clause() -> None:
    text = ("Pemprov Bengkulu Hibahkan Lahan untuk Kantor Imigrasi, Rejang Lebong Siap "
            "Menyusul\n\nBENGKULU - Pemerintah Provinsi Bengkulu menandatangani naskah "
            "perjanjian hibah lahan dengan Kantor Imigrasi Kelas I TPI Bengkulu, Senin "
            "(8/5/2023).")
    assert [(k[0], k[1]) for k in _keys(text)] == [("OTHER", "signed")]


def test_the_first_and_second_pks_of_one_sentence_keep_their_own_signers() -> None:
    text = ("Bandar Lampung - Dua perjanjian kerja sama layanan paspor ditandatangani di "
            "Bandar Lampung, Selasa (9/5/2023). PKS pertama ditandatangani oleh Wali Kota Bandar "
            "Lampung dan Kepala Kantor Imigrasi Kelas I TPI Bandar Lampung, sedangkan PKS "
            "kedua ditandatangani oleh Bupati Lampung Utara dan Kepala Kantor Imigrasi Kelas "
            "II Non TPI Kotabumi.")
    pairs = sorted(tuple(sorted(p[1] for p in k[3])) for k in _keys(text) if k[0] == "PKS")
    assert pairs == [("Bandar Lampung", "Bandar Lampung"), ("Kotabumi", "Lampung Utara")]


def test_governments_in_general_are_no_party_of_the_mou() -> None:
    text = ("Gubernur Lampung Saksikan Penandatanganan Nota Kesepahaman antara Pemerintah "
            "Provinsi Lampung dengan Kantor Wilayah Kementerian Hukum dan HAM Lampung serta "
            "Perjanjian Kerja Sama Kantor Imigrasi dengan Pemerintah Kabupaten/Kota\n\n"
            "Bandar Lampung - Nota kesepahaman ditandatangani Gubernur Lampung dan Kepala "
            "Kanwil Kemenkumham Lampung, Selasa (9/5/2023). Dalam acara yang sama "
            "ditandatangani pula PKS antara Kantor Imigrasi Kelas II Non TPI Kotabumi dengan "
            "Pemerintah Kabupaten Lampung Utara.")
    mou = [k[3] for k in _keys(text) if k[0] == "MOU"]
    assert len(mou) == 1 and {("PEMPROV", "Lampung"), ("KANWIL", "Lampung")} <= mou[0]
    assert not [p for p in mou[0] if p[0] in ("PEMKAB", "PEMKOT")]


def test_an_mou_signed_jointly_by_four_stays_one_beside_pks_made_separately() -> None:
    text = ("Cilacap - Kantor Wilayah Kementerian Hukum dan HAM Jawa Tengah, Pemerintah "
            "Kabupaten Cilacap, Pemerintah Kabupaten Banyumas dan Pemerintah Kabupaten "
            "Purbalingga menandatangani nota kesepahaman pengawasan orang asing bersama Kantor "
            "Imigrasi Kelas II TPI Cilacap, Rabu (10/5/2023). Satu naskah MoU ditandatangani "
            "bersama oleh empat pihak, sedangkan PKS dibuat terpisah untuk masing-masing "
            "kabupaten.")
    assert [k[0] for k in _keys(text)].count("MOU") == 1
