"""Officials: post + name introductions, names without honorifics or degrees, expanded
titles, links to an institution of the article; reporters are not officials.

All sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sinergi.extract import Article, extract_article


def _officials(text: str) -> dict[str, dict[str, Any]]:
    data = extract_article(Article("test", text)).to_json()
    return {o["name"]: o for o in data["officials"]}


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Kepala Kantor Imigrasi Kelas I TPI Kupang, Nanang Mustofa, membuka rapat.",
         "Nanang Mustofa", "Kepala Kantor Imigrasi Kelas I TPI Kupang"),
        ("Pj Bupati Muba, Apriyadi, menerima rombongan imigrasi.",
         "Apriyadi", "Penjabat Bupati Musi Banyuasin"),
        ("Bupati Lebak Iti Octavia Jayabaya bersama pejabat imigrasi meninjau lokasi.",
         "Iti Octavia Jayabaya", "Bupati Lebak"),
        ("Wali Kota Jambi, Dr. dr. H. Maulana, M.K.M, memotong pita peresmian.",
         "Maulana", "Wali Kota Jambi"),
        ("Bupati Tanah Bumbu, H. Zairullah Azhar, S.H., M.H., hadir di acara itu.",
         "Zairullah Azhar", "Bupati Tanah Bumbu"),
        ("Walikota Prabumulih Ir H Ridho Yahya MM menyambut rombongan.",
         "Ridho Yahya", "Wali Kota Prabumulih"),
        ("Kakanim Kendari, Samuel Toba, menjelaskan jumlah tenaga kerja asing.",
         "Samuel Toba", "Kepala Kantor Imigrasi Kendari"),
        ("Kapolres Tarakan AKBP Ronaldo Siregar menyebut razia akan rutin digelar.",
         "Ronaldo Siregar", "Kepala Kepolisian Resor Tarakan"),
        ("Kepala Bidang Destinasi Dinas Pariwisata Kota Surakarta, Retno Wulan, hadir.",
         "Retno Wulan", "Kepala Bidang Destinasi Dinas Pariwisata Kota Surakarta"),
        ("Kepala Dinas Pariwisata Kota Solo, Retno Wulan, hadir.",
         "Retno Wulan", "Kepala Dinas Pariwisata Kota Surakarta"),
        ("Direktur Intelijen dan Keamanan Polda Aceh, Kombes Pol Andi Pratama, hadir.",
         "Andi Pratama", "Direktur Intelijen dan Keamanan Kepolisian Daerah Aceh"),
        # Ninth session of issue 14: a police unit's short name, "pada" before the office,
        # a misspelt "Divisi".
        ("Hadir Kasat Intel Polres Konawe IPTU Rudi Hartono dalam rapat itu.",
         "Rudi Hartono", "Kepala Satuan Intel Kepolisian Resor Konawe"),
        ("Kasubbid Perizinan pada Kanwil Kemenkumham Jatim, Sarwo Utomo, menjadi narasumber.",
         "Sarwo Utomo",
         "Kepala Subbidang Perizinan Kantor Wilayah Kementerian Hukum dan HAM Jawa Timur"),
        ("Rombongan dipimpin Kepala Bidang Intelijen dan Penindakan Keimigrasian yakni Sonny "
         "Wijaya, yang disambut Asisten.",
         "Sonny Wijaya", "Kepala Bidang Intelijen dan Penindakan Keimigrasian"),
        ("Kepala Kantor Kementerian Agama Kabupaten Batang Drs. H. Muqorrobin, M.Sy hadir.",
         "Muqorrobin", "Kepala Kantor Kementerian Agama Kabupaten Batang"),
        ("Hadir Kabaghumas Setkab Kutim Muchlis dalam audiensi.",
         "Muchlis", "Kepala Bagian Hubungan Masyarakat Sekretariat Daerah Kabupaten Kutai Timur"),
        ("Kadisdukcapil Kota Bogor, Sujatmiko Baliarto, hadir.",
         "Sujatmiko Baliarto", "Kepala Dinas Kependudukan dan Pencatatan Sipil Bogor"),
        ("Kasatintelkam Polres Bogor, AKP Dede Rusli, hadir.",
         "Dede Rusli", "Kepala Satuan Intelijen Keamanan Kepolisian Resor Bogor"),
        ("Rapat dipimpin Asisten Pemerintahan Kabupaten Humbang Hasundutan Jailum Simanullang.",
         "Jailum Simanullang", "Asisten Pemerintahan Kabupaten Humbang Hasundutan"),
        ("Hadir Wakapolda Kepri Brigjen Pol Asep Safrudin dalam rapat.",
         "Asep Safrudin", "Wakil Kepala Kepolisian Daerah Kepulauan Riau"),
        ("Acara dihadiri Pj. Bupati Muara Enim Kurniawan AP beserta jajaran.",
         "Kurniawan", "Penjabat Bupati Muara Enim"),
        ("Kepala Divisi Yankumham Hajerati hadir.", "Hajerati", "Kepala Divisi Yankumham"),
        ("ujar Kepala Divisi Keimigrasian Kanwil Kemenkumham Sumsel Palembang Herdaus, SH.",
         "Herdaus",
         "Kepala Divisi Keimigrasian Kantor Wilayah Kementerian Hukum dan HAM Sumatera Selatan"),
        ("Wali Kota Bogor Bima Arya menerima kunjungan.", "Bima Arya", "Wali Kota Bogor"),
        ("Rencana itu disambut baik Sekda drg. Ninik Ira Wibawati.",
         "Ninik Ira Wibawati", "Sekretaris Daerah"),
        ("Tim Pora dibentuk, dihadiri Kapolres Aceh Barat AKBP HR Bobby Aria Prakasa, dan Dandim.",
         "HR Bobby Aria Prakasa", "Kepala Kepolisian Resor Aceh Barat"),
        ("Rapat dibuka oleh Sekretaris Satgas PPLN Kemenkopolhukam Hadi Gunawan.",
         "Hadi Gunawan", "Sekretaris Satgas PPLN Kementerian Koordinator Bidang Politik, Hukum, "
         "dan Keamanan"),
        ("Rombongan didampingi Konsul Muda Imigresen Jesica Olivia, Penolong Atase Imigresen "
         "Dayang Melur.", "Jesica Olivia", "Konsul Muda Imigresen"),
        ("Kepala DPM PTSP Kabupaten Pekalongan Edy Herijanto, menerangkan hal itu.",
         "Edy Herijanto",
         "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Pekalongan"),
        ("Ronny F Sompie selaku Dirjen Imigrasi menandatangani naskah.",
         "Ronny F Sompie", "Direktur Jenderal Imigrasi"),
        ("Kepala Subseksi Intelejen Keimigrasian (Kasubsi Intelkim), Ahmad Sholahuddin, hadir.",
         "Ahmad Sholahuddin", "Kepala Subseksi Intelejen Keimigrasian"),
        ("Hadir Kabid Pembinaan Hubungan Industrial dan Pengawasan Ketenagakerjaan, Joko "
         "Pranowo.", "Joko Pranowo",
         "Kepala Bidang Pembinaan Hubungan Industrial dan Pengawasan Ketenagakerjaan"),
        ("Dukungan juga disampaikan Kepala Biro BMN Ditjen Imigrasi, Jayanta Surbakti.",
         "Jayanta Surbakti", "Kepala Biro BMN Direktorat Jenderal Imigrasi"),
        ("SK Desa Binaan diserahkan kepada Sekretaris Desa Mukuvoka, Nikolaus Redo.",
         "Nikolaus Redo", "Sekretaris Desa Mukuvoka"),
        ("Sosialisasi dibuka oleh Kepala Desa Masbagik Selatan Wiryawan itu.",
         "Wiryawan", "Kepala Desa Masbagik Selatan"),
        ("Lurah Kelurahan Sungai Pinang Dalam, Budi Santoso, hadir.",
         "Budi Santoso", "Lurah Kelurahan Sungai Pinang Dalam"),
        ("Kepala Devisi Imigrasi Kanwil Kemenkumham Sumsel Herman Lubis SH MH mengatakan itu.",
         "Herman Lubis",
         "Kepala Devisi Imigrasi Kantor Wilayah Kementerian Hukum dan HAM Sumatera Selatan"),
    ],
)
def test_post_and_name(sentence: str, name: str, title: str) -> None:
    found = _officials(sentence)
    assert name in found, found
    assert found[name]["title"] == title


def test_official_links_to_an_institution_of_the_article() -> None:
    text = ("Kepala Kantor Wilayah Kementerian Hukum dan HAM Riau, HM. Diah, SH, MH, memimpin "
            "rapat koordinasi bersama Sekda Kepulauan Meranti H. Yulian Norwis SE MM di "
            "Selatpanjang.")
    found = _officials(text)
    assert found["M. Diah"]["institution"]["kind"] == "KANWIL"
    assert found["M. Diah"]["institution"]["place"] == "Riau"
    assert found["Yulian Norwis"]["title"] == "Sekretaris Daerah Kabupaten Kepulauan Meranti"
    assert found["Yulian Norwis"]["institution"]["kind"] == "SETDA"


def test_representation_chain_gives_both_officials() -> None:
    text = ("Wali Kota Kotamobagu Ir. Tatong Bara yang diwakili oleh Sekretaris Kota, Adnan "
            "Masinae, menerima kunjungan DPRD Kota Palopo.")
    found = _officials(text)
    assert set(found) == {"Tatong Bara", "Adnan Masinae"}
    assert found["Adnan Masinae"]["institution"]["kind"] == "PEMKOT"


def test_name_before_its_post() -> None:
    text = ("Kantor Imigrasi Kelas I TPI Ambon menggelar rapat. Diskusi dipandu oleh Fransz "
            "Tutuarima, Plt. Kepala Seksi Intelijen dan Penindakan Keimigrasian Kanim Ambon, yang "
            "juga menjadi moderator.")
    found = _officials(text)
    assert found["Fransz Tutuarima"]["title"].startswith("Pelaksana Tugas Kepala Seksi Intelijen")
    assert found["Fransz Tutuarima"]["institution"]["kind"] == "KANIM"


def test_reporters_places_and_headlines_are_not_officials() -> None:
    text = ("Wali Kota Banjarbaru Terima Audiensi Kakanim Banjarmasin\n"
            "Laporan Wartawan Banjar Post, Dewi Lestari\n"
            "Banjarbaru - Wali Kota Banjarbaru, Aditya Mufti Ariffin, menerima Kepala Kantor "
            "Imigrasi Banjarmasin, Farid Hidayat. Sejumlah pejabat Imigrasi Sumbawa ikut hadir.\n"
            "Reporter: Dewi Lestari | Editor: Yusuf Hamdani")
    assert set(_officials(text)) == {"Aditya Mufti Ariffin", "Farid Hidayat"}


def test_one_official_per_person() -> None:
    text = ("Wakil Bupati Kutai Timur Kasmidi Bulang melantik tim pengawasan orang asing. "
            "\"Tim harus aktif,\" kata Wabup Kasmidi Bulang.")
    found = _officials(text)
    assert list(found) == ["Kasmidi Bulang"]
    assert found["Kasmidi Bulang"]["title"] == "Wakil Bupati Kutai Timur"


def test_an_article_cut_inside_a_name_gives_no_official() -> None:
    assert _officials("Rapat dibuka oleh Kepala Bidang Ase") == {}


def test_posts_of_councils_forces_and_units() -> None:
    text = ("Ketua Komisi I DPRD Kota Banjarmasin, Muhammad Isnaini, menyambut baik rencana itu. "
            "Acara dihadiri Kapolresta Banjarmasin Kombes Pol Cuncun Kurniadi, Dandim "
            "1007/Banjarmasin Kolonel Inf Nurul Hadi dan Kajari Banjarmasin Indah Laila.")
    found = _officials(text)
    assert set(found) == {"Muhammad Isnaini", "Cuncun Kurniadi", "Nurul Hadi", "Indah Laila"}
    assert found["Muhammad Isnaini"]["institution"]["kind"] == "DPRD"
    assert found["Cuncun Kurniadi"]["institution"]["kind"] == "POLRI"
    assert found["Nurul Hadi"]["institution"]["kind"] == "TNI"
    assert found["Indah Laila"]["institution"]["kind"] == "KEJAKSAAN"


def test_initials_after_a_name_are_kept_and_degrees_dropped() -> None:
    text = ("Kepala Divisi Keimigrasian Kanwil Kemenkumham Sultra, Ramli HS, dan Kepala Dinas "
            "ESDM Sultra, Andi Azis, S.T., M.T., hadir.")
    assert set(_officials(text)) == {"Ramli HS", "Andi Azis"}


def test_names_in_capitals_in_captions() -> None:
    text = ("FOTO: Wali Kota Banjarmasin H IBNU SINA saat menandatangani MoU dengan Kepala "
            "Kantor Imigrasi Banjarmasin, FARID HIDAYAT.")
    assert set(_officials(text)) == {"Ibnu Sina", "Farid Hidayat"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Kepala Dinas Pariwisata Kabupaten Tabanan, I Nyoman Sudiarta, S.E., M.Si., hadir.",
         "I Nyoman Sudiarta"),
        ("Hadir pula Kepala Disdukcapil Kabupaten Buleleng Ni Luh Made Ariani dalam rapat.",
         "Ni Luh Made Ariani"),
        ("Wakil Bupati Lombok Timur, H. Lalu Sahrul Hadi, S.Pd., membuka acara.",
         "Lalu Sahrul Hadi"),
        ("Sekretaris Dinas Sosial Kota Tidore Kepulauan, Nurhayati Hi. Yusuf, memaparkan data.",
         "Nurhayati Yusuf"),
        ("Kepala Kantor Imigrasi Kelas II TPI Tanjung Balai Karimun yang baru dilantik, "
         "Dimas Aryo Prakoso, memperkenalkan diri.", "Dimas Aryo Prakoso"),
    ],
)
def test_names_of_many_regions(sentence: str, name: str) -> None:
    assert list(_officials(sentence)) == [name]


def test_a_post_word_that_is_a_name_opener_ends_the_post() -> None:
    text = ("Sekda Lalu Hamdan menerima Kepala Seksi Lalu Lintas Keimigrasian Kantor Imigrasi "
            "Kelas I TPI Mataram, Ratih Kusuma, di Kantor Bupati Lombok Barat, Gerung, Selasa.")
    found = _officials(text)
    assert set(found) == {"Lalu Hamdan", "Ratih Kusuma"}
    assert found["Lalu Hamdan"]["title"].startswith("Sekretaris Daerah")
    assert "Lalu Lintas" in found["Ratih Kusuma"]["title"]


@pytest.mark.parametrize(("text", "name"), [
    ("Direktur Jenderal Imigrasi Dodi R Pranata meninjau kantor itu.", "Dodi R Pranata"),
    ("Bupati Sikka, Y Wedho, membuka acara.", "Y Wedho"),
    ("Kepala Divisi Administrasi Benny TR Sitompul hadir.", "Benny TR Sitompul"),
])
def test_initials_without_full_stop_stay_in_the_name(text: str, name: str) -> None:
    names = [o["name"] for o in extract_article(Article("t", text)).to_json()["officials"]]
    assert names == [name]


@pytest.mark.parametrize("text", [
    "Menurutnya, anggota tim terdiri dari camat dan kapolsek.",
    "Kegiatan dipimpin Kepala Bidang Perizinan dan Informasi Keimigrasian.",
    "Kepala Kantor Imigrasi Blitar selaku Ketua Panitia melaporkan kegiatan.",
])
def test_words_that_cannot_be_names_make_no_official(text: str) -> None:
    names = [o["name"] for o in extract_article(Article("t", text)).to_json()["officials"]]
    assert not any(n in ("Menurutnya", "Perizinan", "Panitia") for n in names), names


# --- issue 14, round 2 (phrasings read in dev2 half B; sentences written for the tests) ---

@pytest.mark.parametrize(("text", "name"), [
    # a short form of Muhammad with its full stop is part of the name
    ("Rapat itu dibuka oleh Moh. Rizal, Kepala Dinas Sosial Kabupaten Bima.", "Moh. Rizal"),
    ("Sementara itu, Kepala Kantor Imigrasi Ternate, Moch. Hendra Saputra menambahkan bahwa "
     "layanan dibuka.", "Moch. Hendra Saputra"),
    # an initial after the comma is not the Roman numeral of a unit
    ("Dalam kesempatan ini, Kepala Divisi Keimigrasian Kemenkumham Bali, I. Hartono "
     "menyebutkan hal itu.", "I. Hartono"),
])
def test_short_forms_and_initials_open_a_name(text: str, name: str) -> None:
    names = [o["name"] for o in extract_article(Article("t", text)).to_json()["officials"]]
    assert names == [name]


def test_glued_degrees_are_dropped_and_are_no_name() -> None:
    found = _officials("Bupati Sumbawa, Drs. H. Amir M.Si, membuka rapat. Hadir pula Kepala "
                       "Kantor Kementerian Agama Sumbawa, Darwin SAg, Kepala Kantor Imigrasi "
                       "Sumbawa Besar, dan para camat.")
    assert set(found) == {"Amir", "Darwin"}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Hadir Kepala Kantor Imigrasi Kelas II TPI Tahuna (Budi Santoso) beserta pejabat.",
     "Budi Santoso", "Kepala Kantor Imigrasi Kelas II TPI Tahuna"),
    ("Tim Kanwil Kemenkumham Sulsel yang terdiri dari Kepala Subbidang Perizinan "
     "Keimigrasian, Rahmawati, serta pelaksana lain datang ke MPP Sinjai.",
     "Rahmawati", "Kepala Subbidang Perizinan Keimigrasian"),
    ("Tim itu diterima oleh Kepala Dinas MPP Kabupaten Sinjai, Harun, di ruang kerjanya.",
     "Harun", "Kepala Dinas Mal Pelayanan Publik Kabupaten Sinjai"),
    ("Kantor itu diresmikan pada masaBupati Asahan H Taufan Gama SE MSi pada tahun 2018.",
     "Taufan Gama", "Bupati Asahan"),
])
def test_posts_written_in_other_shapes(text: str, name: str, title: str) -> None:
    found = _officials(text)
    assert list(found) == [name], found
    assert found[name]["title"] == title


def test_a_name_after_kakanim_is_not_the_office_town() -> None:
    data = extract_article(Article("t", "Dalam pertemuan itu, Kakanim Hendra Gunawan "
                                        "meminta dukungan Pemprov Aceh.")).to_json()
    assert [o["name"] for o in data["officials"]] == ["Hendra Gunawan"]
    assert not any("Gunawan" in (i["place"] or "") for i in data["institutions"])


def test_an_initial_and_the_written_out_name_are_one_official() -> None:
    found = _officials("Kerja sama itu ditandatangani Kepala Kanwil Kemenkumham Riau M. Diah SH "
                       "MH dan Bupati Siak. Dijelaskan Kepala Kanwil Kemenkumham Riau Muhammad "
                       "Diah, SH, MH, kerja sama itu strategis.")
    assert list(found) == ["Muhammad Diah"]


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Rapat dipimpin Budi Santoso selaku Kepala Kantor Imigrasi Kelas I TPI Ambon.",
     "Budi Santoso", "Kepala Kantor Imigrasi Kelas I TPI Ambon"),
    ("Drs. H. Lalu Gita Ariadi, M.Si, selaku Sekretaris Daerah Provinsi NTB, membuka acara.",
     "Lalu Gita Ariadi", "Sekretaris Daerah Provinsi Nusa Tenggara Barat"),
    # a rank, its corps, then the name
    ("Kombes Pol Budi Hermawan, Direktur Intelkam Polda NTB, memaparkan data orang asing.",
     "Budi Hermawan", "Direktur Intelkam Kepolisian Daerah Nusa Tenggara Barat"),
    ("Hadir pula Danrem 162/WB Brigjen TNI Agus Bhakti.", "Agus Bhakti",
     "Komandan Korem 162/WB"),
    ("Ketua Komnas HAM, Atnike Nova Sigiro, hadir dalam penandatanganan itu.",
     "Atnike Nova Sigiro", "Ketua Komisi Nasional Hak Asasi Manusia"),
    # a clause's opening word before the name set off by a comma
    ("Menurut Rudi Hartono, Kepala Kantor Imigrasi Sanggau, layanan paspor dibuka setiap hari.",
     "Rudi Hartono", "Kepala Kantor Imigrasi Sanggau"),
    # "Jenderal" is a rank after "Kapolri", part of the post after "Direktur"
    ("Kapolri Jenderal Pol Budi Gunawan membuka rapat koordinasi.", "Budi Gunawan",
     "Kepala Kepolisian Negara Republik Indonesia"),
    ("Sekretaris Jenderal Kementerian Imigrasi dan Pemasyarakatan Asep Kurnia membuka rapat.",
     "Asep Kurnia", "Sekretaris Jenderal Kementerian Imigrasi dan Pemasyarakatan"),
])
def test_name_in_the_capacity_of_and_ranks(text: str, name: str, title: str) -> None:
    found = _officials(text)
    assert list(found) == [name], found
    assert found[name]["title"] == title


def test_a_passive_verb_before_the_post_is_no_name() -> None:
    names = [o["name"] for o in extract_article(Article("t", (
        "Ditelusuri Harian Pos, Kepala Kantor Imigrasi Asahan membenarkan hal itu."
    ))).to_json()["officials"]]
    assert names == []


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Kalapas Kelas IIA Ambon, Rudi Hartono, turut hadir dalam rapat Timpora.",
     "Rudi Hartono", "Kepala Lembaga Pemasyarakatan Kelas IIA Kota Ambon"),
    ("Dirut PT Pelabuhan Indonesia (Persero), Arif Suhartono, menandatangani MoU dengan Ditjen "
     "Imigrasi.", "Arif Suhartono", "Direktur Utama PT Pelabuhan Indonesia"),
    # "Utama" may be a name even though "Direktur Utama" is a post
    ("Kepala Bagian Tata Pemerintahan Setdako Banjarbaru Rian Utama hadir.", "Rian Utama",
     "Kepala Bagian Tata Pemerintahan Sekretariat Daerah Kota Banjarbaru"),
])
def test_heads_of_prisons_and_companies(text: str, name: str, title: str) -> None:
    found = _officials(text)
    assert list(found) == [name], found
    assert found[name]["title"] == title


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Kegiatan dibuka Budi Santoso (Kepala Kantor Imigrasi Ambon) di aula kantor.",
     "Budi Santoso", "Kepala Kantor Imigrasi Ambon"),
    ("Rudi Hartono yang merupakan Kepala Seksi Intelijen Kantor Imigrasi Ambon menjelaskan "
     "hal itu.", "Rudi Hartono", "Kepala Seksi Intelijen Kantor Imigrasi Ambon"),
    ("Budi Santoso, SH, MH, Kepala Kantor Imigrasi Parepare, menyambut rombongan.",
     "Budi Santoso", "Kepala Kantor Imigrasi Parepare"),
    ("Kepala Unit Kerja Kantor Imigrasi Kelas II Non TPI Sinjai, Rahmat Hidayat, hadir.",
     "Rahmat Hidayat", "Kepala Unit Kerja Kantor Imigrasi Sinjai"),
    ("Kepala Bidang Pelayanan Dinas Penanaman Modal dan PTSP Kota Parepare, Sukma, hadir.",
     "Sukma", "Kepala Bidang Pelayanan Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu "
     "Kota Parepare"),
])
def test_name_before_its_post_and_longer_posts(text: str, name: str, title: str) -> None:
    found = _officials(text)
    assert list(found) == [name], found
    assert found[name]["title"] == title


def test_a_list_of_bodies_before_a_post_is_no_name() -> None:
    names = [o["name"] for o in extract_article(Article("t", (
        "Rapat dihadiri Kesbangpol, TNI, Polri, Kemenag, BIN, perwakilan UNHCR dan IOM."
    ))).to_json()["officials"]]
    assert names == []


def test_a_surname_alone_refers_back_to_its_only_bearer() -> None:
    found = _officials("Asisten I Setda Kotamobagu, Teddy Rumengan, membuka rapat. Hal itu "
                       "dijelaskan Rumengan yang juga wakil ketua Tim Pora Kotamobagu.")
    assert list(found) == ["Teddy Rumengan"]


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Anggota Komisi A DPRD Sulsel, Andi Rachmatika Dewi, mendukung pembentukan UKK.",
     "Andi Rachmatika Dewi",
     "Anggota Komisi A Dewan Perwakilan Rakyat Daerah Provinsi Sulawesi Selatan"),
    ("Kapolrestabes Makassar Kombes Pol Mokhamad Ngajib menyampaikan dukungan.",
     "Mokhamad Ngajib", "Kepala Kepolisian Resor Kota Besar Makassar"),
])
def test_committee_letters_and_big_city_police(text: str, name: str, title: str) -> None:
    found = _officials(text)
    assert list(found) == [name], found
    assert found[name]["title"] == title


def test_a_line_broken_inside_an_office_name_is_one_line() -> None:
    found = _officials("Menurut keterangan, Kepala Kantor\nImigrasi Tanjung Balai Asahan Wawan "
                       "Hartono melalui Kasubsi Infokim Rina Caniago mengatakan layanan ditutup.")
    assert set(found) == {"Wawan Hartono", "Rina Caniago"}
    assert found["Wawan Hartono"]["institution"]["place"] == "Tanjung Balai Asahan"


@pytest.mark.parametrize("field", ["Operasional", "Keuangan", "Pemasaran"])
def test_a_company_director_of_a_field_is_read_with_the_company(field: str) -> None:
    text = (f"Perjanjian itu diteken Direktur {field} PT Sinar Laut Nusantara, Yohana Sitompul, "
            "dan Bupati Lebak, Selasa (4/3/2025).")
    found = _officials(text)
    assert "Yohana Sitompul" in found
    assert found["Yohana Sitompul"]["title"].startswith(f"Direktur {field} PT Sinar Laut")
    assert not any(field in name for name in found)


def test_the_items_of_a_numbered_attendee_list_are_officials() -> None:
    text = ("KENDARI - Peresmian gerai paspor dihadiri oleh:\n"
            "1. Kapolres Kendari, AKBP Wahyu Nugroho;\n"
            "2. Wakil Ketua I DPRD Kota Kendari, Muhammad Arsyad Sabara;\n"
            "3. Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Kendari, Lukman Syaiful;\n"
            "4. Para camat dan lurah.")
    assert {"Wahyu Nugroho", "Muhammad Arsyad Sabara", "Lukman Syaiful"} <= set(_officials(text))


def test_a_bureau_named_with_dan_keeps_its_whole_name() -> None:
    text = ("WAMENA - Rapat dibuka Kepala Biro Pemerintahan dan Otonomi Khusus Sekretariat "
            "Daerah Provinsi Papua Pegunungan, Yulianus Lani.")
    found = _officials(text)
    assert list(found) == ["Yulianus Lani"]
    assert found["Yulianus Lani"]["title"].startswith("Kepala Biro Pemerintahan dan Otonomi Khusus")


def test_a_stand_in_named_by_rank_alone_is_no_official() -> None:
    text = ("MEDAN - Turut hadir Kapolres Samosir yang diwakili Wakapolres, Dandim "
            "0210/Tapanuli Utara yang diwakili Pasi Intel, Kepala Dinas Pariwisata Kabupaten "
            "Samosir Ombang Siboro dan para camat.")
    assert set(_officials(text)) == {"Ombang Siboro"}


@pytest.mark.parametrize("text", [
    "Direktur Jenderal Imigrasi Indonesia dan Malaysia bertemu di Batam.",
    "Hadir pula Konsul Papua Nugini di Jayapura dalam rapat itu.",
])
def test_a_country_is_no_persons_name(text: str) -> None:
    assert extract_article(Article("t", text)).to_json()["officials"] == []


def test_a_region_before_a_comma_is_no_official() -> None:
    found = _officials("Hadir para Camat se-Kabupaten Pesisir Selatan, Kepala OPD terkait serta "
                       "tamu undangan lainnya.")
    assert "Pesisir Selatan" not in found


def test_the_law_ministrys_kanwil_under_its_name_since_2024() -> None:
    data = extract_article(Article("t", "Kepala Kantor Wilayah Kementerian Hukum Kalimantan "
                                        "Barat, Jonny Pesta Simamora, membuka rapat.")).to_json()
    [official] = data["officials"]
    assert official["name"] == "Jonny Pesta Simamora"
    assert (official["institution"]["kind"], official["institution"]["place"]) == (
        "KANWIL", "Kalimantan Barat")


@pytest.mark.parametrize("text", [
    # unit words left after a post with no name
    "Hadir Komandan Distrik Militer, Kepala Kantor Pelayanan Utama Bea Cukai, dan Komandan "
    "Pangkalan Angkatan Udara Hang Nadim.",
    # a region's word after a post, not a person
    "Rapat dihadiri Kepala Satuan Intelijen Kepolisian Resor Pulau Morotai, Morotai, dan "
    "Kepala Kantor Imigrasi Tobelo.",
    "Tim Pora tingkat Kota Payakumbuh yakni Kepolisian, TNI, Kejaksaan, Kepala Dinas "
    "Kependudukan dan Catatan Sipil Kota Payakumbuh.",
])
def test_unit_and_region_words_are_no_names(text: str) -> None:
    assert _officials(text) == {}


@pytest.mark.parametrize(("text", "name", "title"), [
    # "Wabub", a short form of Wakil Bupati
    ("Rapat itu dibuka Wabub Madina Atika Azmi Utammi di aula.",
     "Atika Azmi Utammi", "Wakil Bupati Mandailing Natal"),
    # a lower-case "bapak" before the name
    ("Narasumber adalah Kepala Divisi Keimigrasian, bapak Himron, SH.", "Himron",
     "Kepala Divisi Keimigrasian"),
    # the province after the office's town, between commas
    ("Kepala Kantor Imigrasi Kelas I Padang, Sumatera Barat, Esti Winahyu, mengatakan hal itu.",
     "Esti Winahyu", "Kepala Kantor Imigrasi Kelas I Padang"),
    # a unit word written with a letter dropped
    ("Hal itu disampaikan Kepala Divisi Kemigrasian, Junita Sitorus.", "Junita Sitorus",
     "Kepala Divisi Kemigrasian"),
    # a name one letter away from a unit word is still a name
    ("Kepala Kantor Wilayah Kementerian Hukum dan HAM Sulawesi Barat Parlindungan Siregar hadir.",
     "Parlindungan Siregar", "Kepala Kantor Wilayah Kementerian Hukum dan HAM Sulawesi Barat"),
])
def test_posts_with_typos_and_lower_case_honorifics(text: str, name: str, title: str) -> None:
    found = _officials(text)
    assert list(found) == [name], found
    assert found[name]["title"] == title


def test_an_attache_for_migrant_workers_is_no_person() -> None:
    assert _officials("Kolaborasi antara Atase Imigrasi dan Atase Pelindungan Pekerja Migran "
                      "diperkuat.") == {}
