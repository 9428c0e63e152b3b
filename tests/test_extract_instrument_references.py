"""How a story refers to instruments besides the one signed at its event (issue 14, read
from the misses of bench/heldout11): an earlier instrument dated by month and year only,
a grant deed signed long before the handover, "melalui PKS ..." about an instrument
already read, a count of governments ("dengan tiga pemerintah kabupaten") that is not
one of them, two parties joined by a hyphen in a headline, and the Dinas whose building
holds a room lent. Every text is written for these tests."""

from __future__ import annotations

from extracted import agreement_keys as _keys
from extracted import read as _read


def test_an_instrument_signed_in_an_earlier_month_does_not_take_the_ceremony_day() -> None:
    text = ("Sigli - Pemerintah Kabupaten Pidie dan Kantor Imigrasi Kelas II TPI Lhokseumawe "
            "menandatangani perjanjian kerja sama layanan paspor, Selasa (9/5/2023). "
            "Pidie merupakan daerah kedua yang menjalin kerja sama serupa, setelah Pemerintah "
            "Kabupaten Bireuen meneken perjanjian kerja sama dengan kantor imigrasi itu pada "
            "Januari 2023.")
    earlier = [k for k in _keys(text) if ("PEMKAB", "Bireuen") in k[3]]
    assert [(kind, status, day) for kind, status, day, _ in earlier] == [("PKS", "signed", None)]


def test_a_grant_deed_signed_long_before_its_handover_keeps_its_own_day() -> None:
    text = ("Kebumen - Bupati Kebumen menyerahkan berita acara serah terima hibah tanah "
            "kepada Kantor Imigrasi Kelas II Non TPI Kebumen, Rabu (10/5/2023). Penyerahan "
            "itu tindak lanjut perjanjian hibah yang telah ditandatangani kedua belah pihak "
            "pada tanggal 3 Agustus 2022 lalu.")
    assert ("OTHER", "signed", "2022-08-03",
            frozenset({("PEMKAB", "Kebumen"), ("KANIM", "Kebumen")})) in _keys(text)


def test_through_an_instrument_already_read_is_no_second_plan() -> None:
    text = ("Luwuk - Kantor Imigrasi Kelas II TPI Luwuk dan Dinas Tenaga Kerja Kabupaten "
            "Banggai menandatangani perjanjian kerja sama pertukaran data, Selasa (9/5/2023). "
            "Kepala Kantor Imigrasi Luwuk mengatakan, melalui PKS dengan Disnaker, data "
            "tenaga kerja asing akan dicocokkan setiap bulan.")
    assert [(k[0], k[1]) for k in _keys(text)] == [("PKS", "signed")]


def test_through_an_instrument_signed_earlier_is_still_that_instrument() -> None:
    text = ("Luwuk - Kantor Imigrasi Kelas II TPI Luwuk dan Pemerintah Kabupaten Banggai "
            "sedang menyusun perjanjian kerja sama layanan paspor. Kerja sama serupa sudah "
            "terjalin dengan Pemerintah Kabupaten Morowali Utara melalui perjanjian kerja sama "
            "yang diteken pada Maret 2021 lalu.")
    statuses = {(k[1], ("PEMKAB", "Morowali Utara") in k[3]) for k in _keys(text)}
    assert statuses == {("planned", False), ("signed", True)}


SEVERAL = ("Pekanbaru - Kantor Imigrasi Kelas I TPI Pekanbaru menandatangani perjanjian "
           "kerja sama layanan paspor dengan tiga pemerintah kabupaten di Riau, Selasa "
           "(9/5/2023). Ketiga daerah itu adalah Kabupaten Kampar, Siak dan Pelalawan. "
           "Masing-masing kabupaten menandatangani naskah perjanjian tersendiri. Naskah "
           "diteken Bupati Kampar Rudi Hartono, Bupati Siak Alfian Syah dan Wakil Bupati "
           "Pelalawan Nasrul Hakim. Pemerintah "
           "Kabupaten Rokan Hulu turut hadir, namun belum ikut menandatangani. Draf "
           "perjanjian kerja sama antara Pemkab Rokan Hulu dan Kanim Pekanbaru masih dibahas.")


def test_a_count_of_governments_is_not_the_one_named_most() -> None:
    signed = {p for _, status, _, parties in _keys(SEVERAL) if status == "signed"
              for p in parties if p[0] == "PEMKAB"}
    assert signed == {("PEMKAB", "Kampar"), ("PEMKAB", "Siak"), ("PEMKAB", "Pelalawan")}


def test_two_parties_joined_by_a_hyphen_in_a_headline_keep_their_names() -> None:
    text = ("Pemkab Lampung Selatan-Imigrasi Bandar Lampung teken PKS layanan paspor\n\n"
            "Kalianda - Pemerintah Kabupaten Lampung Selatan dan Kantor Imigrasi Kelas I "
            "TPI Bandar Lampung menandatangani perjanjian kerja sama, Selasa (9/5/2023).")
    places = {i["place"] for i in _read(text)["institutions"] if i["kind"] == "PEMKAB"}
    assert places == {"Lampung Selatan"}


def test_a_hyphenated_regency_name_is_still_read_whole() -> None:
    text = ("Tolitoli - Pemerintah Kabupaten Toli-Toli dan Kantor Imigrasi Kelas II TPI "
            "Tolitoli menandatangani perjanjian kerja sama, Selasa (9/5/2023).")
    assert {i["place"] for i in _read(text)["institutions"] if i["kind"] == "PEMKAB"} \
        == {"Toli-Toli"}


def test_a_room_lent_in_a_dinas_building_is_lent_by_the_government() -> None:
    text = ("Purbalingga - Pemerintah Kabupaten Purbalingga dan Kantor Imigrasi Kelas II "
            "Non TPI Wonosobo menandatangani perjanjian pinjam pakai ruangan di Gedung "
            "Pelayanan Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten "
            "Purbalingga, Selasa (9/5/2023), setelah mendapat persetujuan DPRD Kabupaten "
            "Purbalingga.")
    assert _keys(text) == {("OTHER", "signed", "2023-05-09",
                            frozenset({("PEMKAB", "Purbalingga"), ("KANIM", "Wonosobo")}))}


EXTENSION = ("Bangkinang - Pemerintah Kabupaten Kampar dan Kantor Imigrasi Kelas I TPI "
             "Pekanbaru menggelar rapat evaluasi perjanjian kerja sama pengawasan orang asing, "
             "Selasa (9/5/2023). PKS yang ditandatangani pada 2 Februari 2021 itu akan berakhir "
             "Februari 2024. Kedua pihak sepakat memperpanjang kerja sama tersebut dan draf "
             "adendum perpanjangan sedang disusun bersama Bagian Hukum Setda Kampar.")


def test_an_extension_drafted_without_an_instrument_word_is_a_second_plan() -> None:
    got = {(k[0], k[1]) for k in _keys(EXTENSION)}
    assert got == {("PKS", "signed"), ("PKS", "planned")}


def test_a_new_instrument_with_another_government_is_not_the_extension() -> None:
    text = EXTENSION + (" Kabag Pemerintahan Setda Siak mengakui PKS antara Pemkab Siak dan "
                        "Kanim Pekanbaru yang diteken pada tahun 2019 sudah habis masa "
                        "berlakunya. \"Dalam waktu dekat Pemkab "
                        "Siak akan mengajukan draf PKS baru ke imigrasi,\" kata Kabag "
                        "Pemerintahan Setda Siak.")
    planned = {frozenset(p for p in k[3] if p[0] == "PEMKAB") for k in _keys(text)
               if k[1] == "planned"}
    assert planned == {frozenset({("PEMKAB", "Kampar")}), frozenset({("PEMKAB", "Siak")})}


def test_a_new_instrument_to_be_signed_before_the_old_one_runs_out() -> None:
    text = ("Kupang - Pemerintah Provinsi Nusa Tenggara Timur dan Kantor Imigrasi Kelas I TPI "
            "Kupang menggelar rapat evaluasi perjanjian kerja sama pengawasan orang asing, "
            "Selasa (9/5/2023). PKS antara Pemprov NTT dan Kanim Kupang ditandatangani pada 2 "
            "Juni 2021 dan berlaku dua tahun. Asisten I Setda NTT menargetkan PKS baru dapat "
            "ditandatangani pada akhir Mei, sebelum PKS lama habis masa berlakunya.")
    assert {(k[0], k[1]) for k in _keys(text)} == {("PKS", "signed"), ("PKS", "planned")}


def test_a_headlines_instrument_to_follow_is_planned() -> None:
    text = ("Pemkab Sarolangun Hibahkan Lahan untuk Kantor Imigrasi, PKS Layanan Paspor "
            "Menyusul\n\nSarolangun - Pemerintah Kabupaten Sarolangun dan Kantor Imigrasi "
            "Kelas I TPI Jambi menandatangani naskah perjanjian hibah tanah, Selasa "
            "(9/5/2023). Kepala Kantor Imigrasi Jambi menyebut pihaknya tengah menyusun "
            "draf perjanjian kerja sama layanan paspor dengan Pemkab Sarolangun.")
    assert {(k[0], k[1]) for k in _keys(text)} == {("OTHER", "signed"), ("PKS", "planned")}


def test_following_a_signing_is_no_plan() -> None:
    text = ("Jambi - Menyusul penandatanganan nota kesepahaman dengan Kantor Imigrasi Kelas I "
            "TPI Jambi, Pemerintah Kabupaten Sarolangun membentuk tim teknis, Selasa "
            "(9/5/2023).")
    assert {(k[0], k[1]) for k in _keys(text)} == {("MOU", "signed")}


def test_a_three_party_agreement_signed_by_a_teungku_is_one_and_dated() -> None:
    text = ("Lhokseumawe - Kantor Imigrasi Kelas II TPI Lhokseumawe, Pemerintah Kota "
            "Lhokseumawe dan Pemerintah Kabupaten Aceh Utara menandatangani kesepakatan bersama "
            "pengawasan orang asing. Kesepakatan bersama tiga pihak itu ditandatangani Wali Kota "
            "Lhokseumawe dan Bupati Aceh Utara Tgk. Muhammad Thaib di aula kantor wali kota, "
            "Jumat (28/9).")
    assert _keys(text, "2018-10-01") == {("MOU", "signed", "2018-09-28", frozenset({
        ("KANIM", "Lhokseumawe"), ("PEMKOT", "Lhokseumawe"), ("PEMKAB", "Aceh Utara")}))}


def test_a_headline_of_two_stories_gives_each_instrument_its_own_parties() -> None:
    text = ("Imigrasi Tarakan dan Pemkab Bulungan Teken PKS Layanan Paspor, Pemprov Kaltara "
            "Usulkan Kesepakatan Bersama\n\nTanjung Selor - Kantor Imigrasi Kelas II TPI "
            "Tarakan dan Pemerintah Kabupaten Bulungan menandatangani perjanjian kerja sama "
            "layanan paspor, Selasa (9/5/2023). Pemerintah Provinsi Kalimantan Utara tengah "
            "mengusulkan kesepakatan bersama dengan Kantor Wilayah Kementerian Hukum dan HAM "
            "Kalimantan Utara.")
    assert {(k[0], k[1], k[3]) for k in _keys(text)} == {
        ("PKS", "signed", frozenset({("KANIM", "Tarakan"), ("PEMKAB", "Bulungan")})),
        ("MOU", "planned", frozenset({("PEMPROV", "Kalimantan Utara"),
                                      ("KANWIL", "Kalimantan Utara")}))}


def test_the_instrument_followed_up_with_was_signed_when_its_clause_says_so() -> None:
    text = ("Binjai - Pemerintah Kota Binjai dan Kantor Imigrasi Kelas I TPI Medan "
            "menandatangani nota kesepahaman layanan keimigrasian, Selasa (9/5/2023). Usai "
            "penandatanganan MoU, kerja sama itu langsung ditindaklanjuti dengan perjanjian "
            "kerja sama (PKS) tentang gerai paspor di Mal Pelayanan Publik (MPP) Kota Binjai "
            "yang diteken Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota "
            "Binjai dan Kepala Kantor Imigrasi Medan.")
    assert {(k[0], k[1]) for k in _keys(text)} == {("MOU", "signed"), ("PKS", "signed")}


def test_an_instrument_to_be_signed_next_month_is_still_planned() -> None:
    text = ("Binjai - Kantor Imigrasi Kelas I TPI Medan beraudiensi dengan Wali Kota Binjai, "
            "Selasa (9/5/2023). Keduanya membahas perjanjian kerja sama (PKS) layanan paspor "
            "yang ditandatangani bulan depan.")
    assert {(k[0], k[1]) for k in _keys(text)} == {("PKS", "planned")}


def test_a_pks_drafted_as_the_follow_up_of_a_mou_is_planned_with_the_kanim() -> None:
    text = ("Painan - Kantor Imigrasi Kelas I TPI Padang dan Pemerintah Kabupaten Pesisir "
            "Selatan menandatangani nota kesepahaman pengawasan orang asing, Selasa "
            "(9/5/2023). Kepala Kantor Imigrasi Padang menambahkan, sebagai tindak lanjut MoU, "
            "saat ini tengah disusun perjanjian kerja sama dengan Dinas Pariwisata Pesisir "
            "Selatan tentang pelaporan tamu asing.")
    pks = [k for k in _keys(text) if k[0] == "PKS"]
    assert [(k[1], k[3]) for k in pks] == [
        ("planned", frozenset({("DINAS", "Pesisir Selatan"), ("KANIM", "Padang")}))]


def test_an_instrument_named_with_the_possessive_nya() -> None:
    text = ("Sampit - Bupati Kotawaringin Timur meresmikan gerai paspor Kantor Imigrasi Kelas II "
            "TPI Sampit di Mal Pelayanan Publik, Selasa (9/5/2023). \"Ke depan kami akan bekerja "
            "sama dengan Disdukcapil Kabupaten Kotawaringin Timur. Saat ini draf perjanjian "
            "kerja samanya sedang disusun,\" kata Kepala Kantor Imigrasi Sampit.")
    assert {(k[0], k[1]) for k in _keys(text)} == {("PKS", "planned")}


def test_a_signing_we_will_do_with_another_regency_said_in_a_quote_is_planned() -> None:
    text = ("Pacitan - Kantor Imigrasi Kelas II Non TPI Ponorogo dan Pemerintah Kabupaten "
            "Pacitan menandatangani nota kesepahaman, Selasa (9/5/2023). Kepala kantor "
            "imigrasi menjelaskan wilayah kerjanya. \"Wilayah kerja kami enam kabupaten. "
            "Setelah Pacitan, nota kesepahaman serupa akan kami tandatangani dengan Pemerintah "
            "Kabupaten Magetan pada bulan Agustus,\" terangnya.")
    assert ("MOU", "planned", None, frozenset({("KANIM", "Ponorogo"), ("PEMKAB", "Magetan")})) \
        in _keys(text)


def test_the_new_instrument_prepared_after_the_old_one_ended_is_planned() -> None:
    text = ("Makassar - Nota kesepahaman antara Pemerintah Provinsi Sulawesi Selatan dan Kantor "
            "Wilayah Kementerian Hukum dan HAM Sulawesi Selatan berakhir pada September 2018, "
            "dan kedua pihak kini menyiapkan naskah nota kesepahaman yang baru.")
    assert {(k[0], k[1]) for k in _keys(text, "2018-10-04")} == {("MOU", "signed"),
                                                                  ("MOU", "planned")}


def test_a_quoted_hope_that_an_instrument_can_be_signed_is_a_plan() -> None:
    text = ("Jambi - Wali Kota Jambi meresmikan gerai paspor Kantor Imigrasi Kelas I TPI Jambi "
            "di Mal Pelayanan Publik, Selasa (9/5/2023). Kepala kantor imigrasi menyebut "
            "kabupaten tetangga ikut berminat. \"Kami harap PKS dengan Pemkab Batanghari bisa "
            "ditandatangani sebelum akhir tahun,\" ujarnya.")
    assert ("PKS", "planned", None, frozenset({("KANIM", "Jambi"), ("PEMKAB", "Batanghari")})) \
        in _keys(text)


def test_a_title_counting_the_governments_announces_one_instrument_each() -> None:
    text = ("Tiga Pemkab Teken PKS dengan Kanim Cilacap, Layanan Paspor Jemput Bola Dimulai\n\n"
            "Cilacap - Kantor Imigrasi Kelas II TPI Cilacap meneken perjanjian kerja sama "
            "dengan tiga pemerintah kabupaten sekaligus, yakni Pemkab Banyumas, Pemkab "
            "Purbalingga dan Pemkab Banjarnegara, Rabu (10/5/2023). Penandatanganan berlangsung "
            "di aula kantor imigrasi. Ketiga PKS itu ditandatangani terpisah.")
    pemkabs = sorted(p[1] for k in _keys(text) for p in k[3] if p[0] == "PEMKAB")
    assert len(_keys(text)) == 3 and pemkabs == ["Banjarnegara", "Banyumas", "Purbalingga"]


def test_the_day_a_press_release_was_received_does_not_date_the_signing() -> None:
    text = ("Kendari - Kantor Imigrasi Kelas I TPI Kendari menandatangani perjanjian kerja sama "
            "dengan Pemerintah Kabupaten Konawe, sebagaimana keterangan tertulis yang diterima "
            "di Kendari, Jumat (16/5). Penandatanganan berlangsung di Aula Kantor Gubernur, "
            "Kamis (15/5).")
    assert {k[2] for k in _keys(text, "2025-05-16")} == {"2025-05-15"}


def test_a_dinas_pks_signed_too_after_one_per_government_is_one_more() -> None:
    text = ("Kanim Kotabumi Teken PKS dengan Dua Pemkab, Layanan Paspor Mendekat\n\n"
            "Kotabumi - Kantor Imigrasi Kelas II Non TPI Kotabumi menandatangani perjanjian "
            "kerja sama dengan dua pemerintah kabupaten, yakni Pemkab Lampung Utara dan Pemkab "
            "Way Kanan, Rabu (10/5/2023). Masing-masing PKS ditandatangani bupati. Dalam "
            "kesempatan yang sama, Imigrasi Kotabumi juga meneken PKS pemanfaatan data "
            "kependudukan dengan Dinas Kependudukan dan Pencatatan Sipil Lampung Utara.")
    parties = {frozenset(p[0] for p in k[3]) for k in _keys(text)}
    assert frozenset({"KANIM", "DINAS"}) in parties and len(_keys(text)) == 3


def test_an_instrument_the_regent_recalls_signing_on_a_day_is_read_from_his_quote() -> None:
    text = ("Pringsewu - Pemerintah Kabupaten Pringsewu dan Kantor Imigrasi Kelas I TPI Bandar "
            "Lampung menandatangani perjanjian pinjam pakai ruangan di Mal Pelayanan Publik, "
            "Selasa (9/3/2021). Dalam sambutannya, Bupati Pringsewu mengatakan ruangan itu "
            "dipinjamkan tanpa biaya. \"Pinjam pakai ini tindak lanjut dari nota kesepahaman "
            "yang kita tandatangani bersama Kantor Imigrasi pada 12 November 2020 lalu,\" "
            "ujarnya.")
    assert ("MOU", "signed", "2020-11-12",
            frozenset({("PEMKAB", "Pringsewu"), ("KANIM", "Bandar Lampung")})) \
        in _keys(text, "2021-03-10")


def test_the_mou_recalled_before_the_pks_signing_does_not_take_the_pks_partners() -> None:
    text = ("Sofifi - Pemerintah Provinsi Maluku Utara dan Kantor Wilayah Direktorat Jenderal "
            "Imigrasi Maluku Utara menandatangani nota kesepahaman, Selasa (20/5/2025). Usai "
            "penandatanganan Nota Kesepahaman, kegiatan dilanjutkan dengan penandatanganan "
            "perjanjian kerja sama antara Kantor Imigrasi Kelas I TPI Ternate dengan tiga "
            "pemerintah daerah, masing-masing Pemerintah Kota Ternate, Pemerintah Kota Tidore "
            "Kepulauan dan Pemerintah Kabupaten Halmahera Barat.")
    mous = [k[3] for k in _keys(text, "2025-05-21") if k[0] == "MOU"]
    assert mous == [frozenset({("PEMPROV", "Maluku Utara"), ("KANWIL", "Maluku Utara")})]
