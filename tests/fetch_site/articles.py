"""The news of the fixture site: texts written for these tests (no real article)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    published: str  # what the page's metadata says
    paragraphs: tuple[str, ...]
    #: how the page states its date: "meta" (article:published_time), "jsonld",
    #: "itemprop" or "dateline" (only in the text's first line)
    dated_by: str = "meta"
    layout: str = "portal"


STORIES = (
    Story(
        "2025/05/kanim-tanah-laut-pks",
        "Imigrasi dan Pemkab Tanah Laut Teken PKS Pengawasan Orang Asing",
        "2025-05-14",
        (
            "Pelaihari - Kantor Imigrasi Kelas II TPI Batulicin dan Pemerintah Kabupaten "
            "Tanah Laut menandatangani Perjanjian Kerja Sama (PKS) tentang pengawasan orang "
            "asing di Aula Sekretariat Daerah Tanah Laut, Rabu (14/5).",
            "Bupati Tanah Laut, Rahmat Trianto, mengatakan kerja sama ini memudahkan "
            "pertukaran data orang asing yang bekerja di perkebunan dan pertambangan di "
            "wilayahnya.",
            "Kepala Kantor Imigrasi Batulicin, Yosef Manurung, menambahkan bahwa Tim "
            "Pengawasan Orang Asing (Timpora) kabupaten akan rapat setiap tiga bulan untuk "
            "membahas temuan di lapangan.",
        ),
    ),
    Story(
        "2025/06/timpora-kotabaru-rapat",
        "Timpora Kotabaru Gelar Rapat Koordinasi Awal Tahun",
        "2025-06-03",
        (
            "Kotabaru - Tim Pengawasan Orang Asing (Timpora) Kabupaten Kotabaru menggelar "
            "rapat koordinasi di kantor Bupati Kotabaru, Selasa (3/6).",
            "Rapat dipimpin Sekretaris Daerah Kotabaru dan dihadiri Kantor Imigrasi Kelas II "
            "TPI Batulicin, Polres Kotabaru, Kodim 1004/Kotabaru serta Dinas Tenaga Kerja.",
            "Peserta sepakat memperketat pendataan tenaga kerja asing di pelabuhan khusus "
            "dan melaporkan hasilnya kepada kantor imigrasi setiap bulan.",
        ),
        dated_by="jsonld",
        layout="wordpress",
    ),
    Story(
        "2025/07/mpp-banjarbaru-paspor",
        "Layanan Paspor Hadir di Mal Pelayanan Publik Banjarbaru",
        "2025-07-21",
        (
            "Banjarbaru - Pemerintah Kota Banjarbaru bersama Kantor Imigrasi Kelas I TPI "
            "Banjarmasin membuka gerai layanan paspor di Mal Pelayanan Publik Banjarbaru, "
            "Senin (21/7).",
            "Wali Kota Banjarbaru, Lisa Halaby, berharap warga tidak perlu lagi antre jauh ke "
            "Banjarmasin untuk mengurus paspor.",
            "Gerai tersebut melayani permohonan paspor baru dan penggantian setiap hari kerja "
            "dengan kuota empat puluh pemohon per hari.",
        ),
        dated_by="itemprop",
    ),
    Story(
        "2025/08/kanwil-kalsel-mou-pemprov",
        "Kanwil Imigrasi Kalsel dan Pemprov Kalsel Tandatangani MoU",
        "2025-08-12",
        (
            "Banjarmasin, 12 Agustus 2025 - Kantor Wilayah Direktorat Jenderal Imigrasi "
            "Kalimantan Selatan dan Pemerintah Provinsi Kalimantan Selatan menandatangani nota "
            "kesepahaman (MoU) tentang pelayanan keimigrasian dan pengawasan orang asing.",
            "Gubernur Kalimantan Selatan menyebut kesepakatan itu menjadi dasar bagi "
            "pemerintah kabupaten dan kota untuk menyusun perjanjian kerja sama turunan.",
            "Penandatanganan berlangsung di Gedung Mahligai Pancasila dan disaksikan para "
            "kepala daerah se-Kalimantan Selatan.",
        ),
        dated_by="dateline",
        layout="wordpress",
    ),
)

#: Text of menus, related-link lists, share buttons and comments on every page: none of
#: it may reach the extractor.
CLUTTER = (
    "Harga Cabai Rawit Melonjak Jelang Idul Adha",
    "Pemkot Banjarmasin Resmikan Taman Siring Baru",
    "Dinas Pariwisata Gelar Festival Pasar Terapung",
    "Mantap, semoga orang asing ilegal cepat ditindak",
    "Kapan gerai di Martapura dibuka, Pak?",
    "Bagikan ke WhatsApp",
    "Olahraga",
    "Indeks Berita",
    "Redaksi Kabar Banua",
)
