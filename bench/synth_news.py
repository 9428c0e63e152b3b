"""Synthetic news texts in Bahasa Indonesia about real places, for ``bench/load_articles.py``.

``bench/synth.py`` writes graph rows directly; this module writes *articles*, so that
a benchmark can time the whole path a planner's folder of news takes: read, extract,
resolve against the reference layer, write. Each article tells one event (a signed
MoU, a planned PKS, an audience, a Timpora coordination meeting) between the
government of a real kab/kota and a real immigration office serving it, with the
officials introduced as the press writes them, a dated dateline and some page clutter.
Texts are made from templates written for this project; none comes from a news site.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
FIRST = str.split("Ahmad Rizal Andi Budi Dedi Eko Fajar Gusti Hendra Irwan Joko Kurniawan Lukman "
         "Muhammad Nur Rahmat Siti Sri Taufik Wahyu Yusuf Zainal Dewi Ratna Yuliana")
LAST = str.split("Hidayat Saputra Santoso Wibowo Harahap Nasution Siregar Pratama Kusuma Rahman "
        "Setiawan Gunawan Syahputra Lubis Simanjuntak Wijaya Halim Sembiring Maulana")
TOPICS = (
    ("pengawasan orang asing melalui Tim Pengawasan Orang Asing (Timpora)", "Timpora"),
    ("pelayanan paspor jemput bola Eazy Passport", "Eazy Passport"),
    ("pembukaan gerai layanan keimigrasian di Mal Pelayanan Publik (MPP)", "MPP"),
    ("pertukaran data kependudukan dan data orang asing", "data"),
)
# Background paragraphs with no new fact, as news pads an event: real articles average
# about 2,000 characters (the dev set: 2,032), and extraction time grows with length.
FILLER = (
    "Menurut data yang dihimpun, jumlah warga negara asing yang tinggal di daerah itu "
    "meningkat dibanding tahun sebelumnya, terutama pekerja di sektor perkebunan dan "
    "pertambangan.",
    "Ia menambahkan, masyarakat diimbau melapor apabila mengetahui keberadaan orang asing "
    "yang mencurigakan di lingkungan tempat tinggalnya.",
    "Pelayanan permohonan paspor kini dapat diajukan secara daring melalui aplikasi, "
    "sehingga warga tidak perlu antre sejak pagi di kantor pelayanan.",
    "Kegiatan tersebut juga diisi dengan sesi tanya jawab antara peserta dan narasumber "
    "mengenai prosedur izin tinggal serta sanksi bagi pelanggar aturan keimigrasian.",
    "Sepanjang tahun ini petugas telah melakukan pemeriksaan dokumen di sejumlah "
    "perusahaan dan tempat penginapan, dan hasilnya akan dievaluasi bersama.",
    "Warga yang hadir menyambut baik kegiatan itu karena dapat mengurus dokumen perjalanan "
    "tanpa harus bepergian jauh ke ibu kota provinsi.",
    "Selain itu, koordinasi lintas sektor dinilai penting agar penanganan orang asing "
    "berjalan cepat dan tidak tumpang tindih antarlembaga.",
    "Pihaknya berkomitmen meningkatkan kualitas pelayanan publik yang cepat, mudah, dan "
    "transparan bagi seluruh lapisan masyarakat.",
)


@dataclass(frozen=True)
class Place:
    code: str
    name: str  # "Kabupaten Banjar", "Kota Banjarmasin"
    short: str  # "Banjar", "Banjarmasin"
    is_city: bool


@dataclass(frozen=True)
class Office:
    name: str
    serves: tuple[str, ...]


def _reference() -> tuple[list[Place], list[Office]]:
    data = resources.files("sinergi") / "data"
    with (data / "regions" / "kabkota.csv").open(encoding="utf-8") as f:
        places = [
            Place(r["code"], r["name"], r["name"].split(" ", 1)[1], r["type"] == "kota")
            for r in csv.DictReader(f)
        ]
    with (data / "offices.csv").open(encoding="utf-8") as f:
        offices = [
            Office(r["name"], tuple(c for c in r["jurisdiction"].split(";") if c))
            for r in csv.DictReader(f)
            if r["kind"] == "KANIM" and not r["until"]
        ]
    return places, offices


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _day(rng: random.Random) -> dt.date:
    return dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(1_300))


def _event(rng: random.Random, place: Place, office: Office, day: dt.date) -> str:
    gov = f"Pemerintah {place.name}"
    head = "Wali Kota" if place.is_city else "Bupati"
    when = f"{WEEKDAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})"
    topic, short = rng.choice(TOPICS)
    kind = rng.randrange(4)
    who = f"{head} {place.short}, {_person(rng)},"
    chief = f"Kepala {office.name}, {_person(rng)},"
    if kind == 0:
        return (f"{gov} menandatangani Nota Kesepahaman dengan {office.name} tentang "
                f"{topic} di kantor {head.lower()}, {when}. {who} mengatakan kerja sama ini "
                f"memperkuat {short} di daerahnya. {chief} menyebut penandatanganan ini "
                "tindak lanjut rapat koordinasi sebelumnya.")
    if kind == 1:
        return (f"{gov} dan {office.name} akan menandatangani Perjanjian Kerja Sama tentang "
                f"{topic}. Rencana itu dibahas dalam audiensi di kantor {head.lower()}, {when}. "
                f"{chief} berharap naskah kerja sama segera rampung.")
    if kind == 2:
        return (f"{chief} melakukan audiensi dengan {head} {place.short} di rumah jabatan, "
                f"{when}. Pertemuan itu membahas {topic}. {who} menyambut baik rencana "
                f"{office.name} tersebut.")
    return (f"{office.name} menggelar rapat koordinasi Tim Pengawasan Orang Asing "
            f"{place.name} di aula kantor bupati, {when}. {chief} mengatakan rapat membahas "
            f"keberadaan pekerja asing. Rapat dihadiri perwakilan {gov} dan unsur kepolisian.")


def articles(n: int, seed: int = 11) -> Iterator[dict[str, str]]:
    """``n`` articles as the JSON Lines reader expects them (id, text, url, published)."""
    rng = random.Random(seed)
    places, offices = _reference()
    serving = {p.code: [o for o in offices if p.code in o.serves] for p in places}
    served = [p for p in places if serving[p.code]]
    for i in range(n):
        place = rng.choice(served)
        office = rng.choice(serving[place.code])
        day = _day(rng)
        city = place.short.upper()
        padding = rng.sample(FILLER, len(FILLER))
        text = (f"{city} – {_event(rng, place, office, day)}\n\n"
                f"{' '.join(padding[:3])}\n\n{' '.join(padding[3:6])}\n\n"
                f"{' '.join(padding[6:])}\n\n"
                f"Baca juga: Layanan Paspor Dibuka Hari Sabtu (arsip {i})\n\n"
                f"Copyright © {day.year} Contoh Berita {i}. All rights reserved.")
        yield {"id": f"synthetic-{i}", "text": text, "published": day.isoformat(),
               "url": f"https://contoh.sinergi.example/{day:%Y/%m/%d}/berita-{i}"}


def write_jsonl(path: Path, n: int, seed: int = 11) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for item in articles(n, seed):
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path
