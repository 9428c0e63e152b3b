"""Who acts in the synthetic news: local bodies per kab/kota, national bodies, officials.

``bench/synth.py`` asks this module for the institutions of a place and for the
person holding a post on a date. Nothing here keeps state between articles: an
institution or an official is a pure function of the seed, the place and (for
officials) the date, so two articles naming the same post in the same term name
the same person, and a generator run from any article index gives the same graph.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from synth_geo import Nation, Place

from sinergi.schema import InstitutionKind as K
from sinergi.schema import institution_key, person_key, short_hash

NEEDS_REVIEW_SHARE = 0.04  # institutions the resolver would be unsure about

# (kind, name template); {full} is "Kabupaten X"/"Kota X", {name} is "X".
LOCAL_BODIES = (
    (K.DINAS, "Dinas Kependudukan dan Pencatatan Sipil {full}"),
    (K.DINAS, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu {full}"),
    (K.DINAS, "Dinas Tenaga Kerja {full}"),
    (K.DINAS, "Dinas Pariwisata {full}"),
    (K.DINAS, "Dinas Komunikasi dan Informatika {full}"),
    (K.KESBANGPOL, "Badan Kesatuan Bangsa dan Politik {full}"),
    (K.BADAN, "Satuan Polisi Pamong Praja {full}"),
    (K.BADAN, "Badan Perencanaan Pembangunan Daerah {full}"),
    (K.SETDA, "Bagian Kerja Sama Sekretariat Daerah {full}"),
    (K.DPRD, "Dewan Perwakilan Rakyat Daerah {full}"),
    (K.POLRI, "Kepolisian Resor {name}"),
    (K.TNI, "Komando Distrik Militer {name}"),
    (K.KEJAKSAAN, "Kejaksaan Negeri {name}"),
    (K.TIMPORA, "Tim Pengawasan Orang Asing {full}"),
    (K.MPP, "Mal Pelayanan Publik {full}"),
)
NATIONAL_BODIES = (
    (K.PUSAT_LAIN, "Badan Narkotika Nasional"),
    (K.PUSAT_LAIN, "Direktorat Jenderal Bea dan Cukai"),
    (K.PUSAT_LAIN, "Kementerian Ketenagakerjaan"),
    (K.PUSAT_LAIN, "Badan Intelijen Negara"),
    (K.PUSAT_LAIN, "Kementerian Dalam Negeri"),
    (K.NON_GOV, "Asosiasi Pemerintah Kabupaten Seluruh Indonesia"),
    (K.NON_GOV, "Kamar Dagang dan Industri Indonesia"),
)

# kind -> (title, years in post); the first title is the head who signs.
TITLES: dict[str, tuple[tuple[str, int], ...]] = {
    K.PEMKAB: (("Bupati", 5), ("Wakil Bupati", 5), ("Sekretaris Daerah", 4),
               ("Asisten Pemerintahan", 3)),
    K.PEMKOT: (("Wali Kota", 5), ("Wakil Wali Kota", 5), ("Sekretaris Daerah", 4),
               ("Asisten Pemerintahan", 3)),
    K.PEMPROV: (("Gubernur", 5), ("Wakil Gubernur", 5), ("Sekretaris Daerah Provinsi", 4),
                ("Kepala Biro Pemerintahan", 3)),
    K.KANIM: (("Kepala Kantor Imigrasi", 2),
              ("Kepala Seksi Intelijen dan Penindakan Keimigrasian", 2),
              ("Kepala Seksi Lalu Lintas Keimigrasian", 2),
              ("Kepala Seksi Izin Tinggal Keimigrasian", 2)),
    K.KANWIL: (("Kepala Kantor Wilayah", 2), ("Kepala Divisi Keimigrasian", 2),
               ("Kepala Bidang Intelijen dan Penindakan", 2)),
    K.ULP: (("Kepala Unit Layanan Paspor", 2),),
    K.IMIGRASI_PUSAT: (("Direktur Jenderal Imigrasi", 3), ("Direktur Pengawasan", 3)),
    K.DINAS: (("Kepala Dinas", 3), ("Sekretaris Dinas", 3), ("Kepala Bidang", 2)),
    K.KESBANGPOL: (("Kepala Badan", 3), ("Kepala Bidang Kewaspadaan", 2)),
    K.BADAN: (("Kepala Badan", 3), ("Sekretaris Badan", 3)),
    K.SETDA: (("Kepala Bagian Kerja Sama", 3), ("Kepala Subbagian Kerja Sama", 2)),
    K.DPRD: (("Ketua DPRD", 5), ("Wakil Ketua DPRD", 5), ("Ketua Komisi I", 5)),
    K.POLRI: (("Kepala Kepolisian Resor", 2), ("Kepala Satuan Intelkam", 2),
              ("Kepala Satuan Reserse Kriminal", 2)),
    K.TNI: (("Komandan Kodim", 2), ("Kepala Staf Kodim", 2)),
    K.KEJAKSAAN: (("Kepala Kejaksaan Negeri", 2), ("Kepala Seksi Intelijen", 2)),
    K.TIMPORA: (("Ketua Tim Pengawasan Orang Asing", 3),),
    K.MPP: (("Kepala Mal Pelayanan Publik", 3),),
    K.PUSAT_LAIN: (("Kepala Perwakilan", 3),),
    K.NON_GOV: (("Ketua", 4), ("Rektor", 4)),
}


def _words(text: str) -> list[str]:
    return text.split()


_FIRST = _words(
    "Agus Ahmad Andi Arif Bambang Budi Dedi Dewi Dian Eko Endang Fajar Fitri Hadi Hendra "
    "Indah Irwan Joko Kartika Lestari Made Mulyadi Nur Nyoman Putri Rahmat Ratna Rizki "
    "Rudi Sari Siti Slamet Sri Taufik Teguh Wahyu Wayan Yanti Yusuf Zainal Abdul Bayu "
    "Citra Dimas Erna Galih Hasan Imam Lukman"
)
_MIDDLE = _words(
    "Adi Bagus Candra Dwi Eka Fadli Gita Hari Indra Jaya Kurnia Nugroho Prasetyo Putra "
    "Rahman Saputra Setiawan Tri Utami Wijaya Hidayat Kusuma Permana Ramadhan Syahputra "
    "Pratama Wibowo Santoso Maulana Firmansyah Anggraini Lubis Siregar Nasution Harahap "
    "Simanjuntak"
)
_LAST = _words(
    "Hakim Halim Iskandar Kurniawan Mahendra Nasrullah Pohan Rangkuti Sembiring Sitompul "
    "Tanjung Tarigan Wirawan Yulianto Zulkarnain Gultom Hutapea Ginting Daulay Batubara "
    "Rusdi Sulaiman Fauzi Hamdani Junaidi Marzuki Rosyid Saleh Thamrin Umar Effendi Anwar "
    "Baharuddin Darmawan Gunawan Haryanto Irawan Kusnadi Purnomo Sutrisno Widodo Yamin"
)


@dataclass(frozen=True)
class Body:
    """An institution an article can name; ``props`` is its node row (None: reference)."""

    key: str
    kind: str
    name: str
    region: str | None
    props: dict[str, Any] | None = None


@dataclass(frozen=True)
class Post:
    person: str  # key
    name: str
    title: str
    since: str


class Actors:
    def __init__(self, nation: Nation, seed: int) -> None:
        self.nation, self.seed = nation, seed
        self._offices = {o.key: o for o in nation.offices}
        self.national = [self._body(k, n, None) for k, n in NATIONAL_BODIES]
        self.universities = [
            self._body(K.NON_GOV, f"Universitas Negeri {p.name}", None) for p in nation.provinces
        ]

    def government(self, place: Place) -> Body:
        kind = {"province": K.PEMPROV, "regency": K.PEMKAB, "city": K.PEMKOT}[place.level]
        return Body(place.government, str(kind), f"Pemerintah {place.full_name}", place.code)

    def office(self, key: str) -> Body:
        o = self._offices[key]
        return Body(o.key, o.kind, o.name, o.seat or o.region)

    def local(self, place: Place, index: int) -> Body:
        return _local(self, place, index % len(LOCAL_BODIES))

    def timpora(self, kecamatan: Place) -> Body:
        """A kecamatan's own Timpora team (key ``timpora:NN.NN.NN``)."""
        return self._body(K.TIMPORA, f"Tim Pengawasan Orang Asing {kecamatan.full_name}",
                          kecamatan)

    def _body(self, kind: str, name: str, place: Place | None) -> Body:
        key = institution_key(kind, place.code if place else None, name)
        h = int(short_hash(self.seed, key), 16) / 16**12
        status = "needs_review" if h < NEEDS_REVIEW_SHARE else "accepted"
        props = {"key": key, "kind": str(kind), "name": name, "status": status,
                 "place": place.name if place else None, "region": place.code if place else None}
        return Body(key, str(kind), name, place.code if place else None, props)

    def post(self, body: Body, title_index: int, day: int) -> Post | None:
        """Who holds the ``title_index``-th post of ``body`` on ``day`` (an ordinal)."""
        titles = TITLES.get(body.kind, ())
        if not titles:
            return None
        title, years = titles[title_index % len(titles)]
        return _post(self.seed, body.key, title, years, day)


@lru_cache(maxsize=200_000)
def _local(actors: Actors, place: Place, index: int) -> Body:
    kind, template = LOCAL_BODIES[index]
    return actors._body(kind, template.format(full=place.full_name, name=place.name), place)


@lru_cache(maxsize=200_000)
def _post(seed: int, body: str, title: str, years: int, day: int) -> Post:
    import datetime as dt

    # Posts change hands at staggered months per body, so terms do not all end at once.
    offset = int(short_hash(body, title), 16) % (years * 12)
    d = dt.date.fromordinal(day)
    term = (d.year * 12 + d.month - 1 + offset) // (years * 12)
    start = term * years * 12 - offset
    rng = random.Random(f"{seed}/person/{body}/{title}/{term}")
    parts = [rng.choice(_FIRST), rng.choice(_MIDDLE)]
    if rng.random() < 0.5:  # four-part names keep namesakes (merged by key) rare
        parts.append(rng.choice(_MIDDLE))
    name = " ".join([*parts, rng.choice(_LAST)])
    since = f"{start // 12:04d}-{start % 12 + 1:02d}-01"
    return Post(person_key(name), name, title, since)
