"""The words that name a meeting, by kind, strongest first: a signing beats an
inauguration, which beats a visit, then a socialisation, an operation, a plain meeting
and a ceremony of no kind above (see ``meetings``)."""

from __future__ import annotations

import re
from functools import lru_cache

# The handover of a grant or a loan ("menyerahkan hibah tanah"), which is its signing.
HANDOVER = r"penyerahan|menyerahkan|diserahkan|serah\s+terima"
# Who was present: "dihadiri", "turut", "peserta" ...
ATTEND = r"hadir|dihadiri|diikuti|bersama\s+dengan|turut|peserta|unsur"

EVENTS = [
    # ("penandatangan", "menandatangi": the misspellings the agreement reader accepts)
    ("SIGNING", re.compile(r"\b(?:penandatanganan|penandantanganan|penandatangan|"
                           r"menandatangani|menandatangi|ditandatangani|ditandatanganinya|"
                           r"teken|meneken|diteken|"
                           r"(?:" + HANDOVER + r")\s+(?:\w+\s+){0,2}?"
                           r"(?:hibah|aset|tanah|lahan|gedung|bangunan|sertifikat|barang\s+milik))\b")),
    ("INAUGURATION", re.compile(r"\b(?:pengukuhan|dikukuhkan|mengukuhkan|kukuhkan|pelantikan|"
                                r"melantik|dilantik|lantik|peresmian|meresmikan|diresmikan|"
                                r"resmikan|launching|peluncuran|diluncurkan|meluncurkan|"
                                r"(?:pelayanan|layanan|operasional)\s+perdana|"
                                # "surat dukungan untuk pembukaan layanan", "PKS tentang
                                # pembukaan gerai": its purpose or its subject.
                                r"(?<!untuk )(?<!usulan )(?<!rencana )(?<!bagi )"
                                r"(?<!persiapan )(?<!tentang )"
                                r"pembukaan\s+(?:layanan|pelayanan|kantor|unit|gerai)|"
                                r"mulai\s+beroperasi|"
                                # "pada pembentukan Tim Pora tingkat kecamatan": the event,
                                # not its topic ("membahas pembentukan Timpora")
                                r"(?:pada|dalam|acara|kegiatan|menggelar|melaksanakan|"
                                r"melakukan|saat)\s+pembentukan\s+(?:tim\s*pora|timpora|"
                                r"tim\s+pengawasan\s+orang\s+asing))\b")),
    ("AUDIENCE", re.compile(r"\b(?:audiensi|beraudiensi|audensi|"
                            r"(?<!visa )(?<!izin )(?<!tinggal )(?<!tujuan )(?<!rata-rata )"
                            r"(?<!jumlah )kunjungan(?!\s+(?:wisata|wisatawan|warga|wna|orang|"
                            r"sosial|keluarga|turis|mancanegara|asing|mencapai|per\s+hari))|"
                            r"kunker|berkunjung|bertandang|"
                            r"courtesy\s+call|(?:ber)?silaturahmi|(?:ber)?silaturahim|menyambangi|"
                            r"disambangi|menerima\s+(?:kepala|kakanim|kakanwil|kadiv|rombongan|"
                            r"jajaran|tim|bupati|wali\s*kota|gubernur|sekda|dirjen|direktur|"
                            r"pimpinan|perwakilan)\b|"
                            r"mengunjungi|dikunjungi|(?:menerima|menyambut)\s+kedatangan|"
                            r"anjangsana|sowan|"
                            # Calling on the ministry's leadership: "menemui Dirjen Imigrasi".
                            r"(?:menemui|bertemu(?:\s+dengan)?|(?:melakukan|mengadakan)\s+"
                            r"pertemuan\s+dengan)\s+(?:(?:pimpinan|pejabat)\s+tinggi\s+)?"
                            r"(?:dirjen|direktur\s+jend[e]?ral|direktorat\s+jend[e]?ral|menteri|"
                            r"sekjen|sekretaris\s+jenderal)|"
                            r"menerima\s+kunjungan|monitoring|monev|meninjau|peninjauan|"
                            r"survei\s+(?:ke\s+)?(?:lokasi|lapangan|lahan|gedung))\b")),
    ("SOCIALIZATION", re.compile(r"\b(?:\w*sialisasi\w*|penyuluhan|bimbingan\s+teknis|"
                                 r"bimtek|seminar|webinar|d[ie]seminasi)\b")),
    ("OPERATION", re.compile(r"\b(?:operasi\s+(?:gabungan|bersama|terpadu|pengawasan|"
                             r"penertiban|yustisi|jagratara|wira\s+waspada)|razia|"
                             r"patroli\s+(?:gabungan|bersama)|pengawasan\s+gabungan|sidak|"
                             r"inspeksi\s+mendadak|pemeriksaan\s+gabungan|penertiban\s+orang"
                             r"\s+asing|operasi\s+(?:tim\s*pora|pengecekan|pemeriksaan|"
                             r"keimigrasian|ini|kali\s+ini)|pengawasan\s+(?:lapangan|bersama|"
                             r"terpadu)|(?:menggelar|menyelenggarakan|"
                             r"melaksanakan|melakukan|gelar)\s+operasi|"
                             # "tim gabungan ... melakukan pemeriksaan dokumen di pabrik"
                             r"tim\s+gabungan\b[^.;]{0,120}?\b(?:melakukan\s+pemeriksaan|"
                             r"memeriksa|menyisir|mendatangi|menyambangi))\b")),
    # A Timpora convenes as a meeting: "menghadiri Tim Pora Tingkat Provinsi".
    ("COORDINATION", re.compile(r"\b(?:rapat|rakor|pertemuan|fgd|focus\s+group\s+discussion|"
                                # "dalam acara dialog Dirjen Imigrasi dengan jajaran Kanim"
                                r"(?:acara|menggelar|gelar|kegiatan|melaksanakan|mengadakan)"
                                r"\s+dialog|dialog\s+(?:terbuka\s+)?(?:digelar|diadakan)|"
                                r"diskusi|koordinasi\s+(?:tersebut|ini|itu)\s+(?:dipimpin|"
                                r"digelar|dilaksanakan|dilakukan|diadakan|berlangsung)|"
                                r"menemui|bertemu|temu|(?<!selalu )(?<!terus )"
                                r"(?<!rutin )(?<!senantiasa )(?:melakukan|melaksanakan|"
                                r"menggelar)\s+koordinasi|(?:hadiri|menghadiri|ikuti|"
                                r"mengikuti|menggelar|menyelenggarakan|melaksanakan)\s+"
                                r"(?:kegiatan\s+)?(?:tim\s*pora|tim\s+pengawasan\s+orang))\b")),
    # A ceremony of no kind above: the first stone of an office's new building.
    ("OTHER", re.compile(r"\b(?:peletakan|peletakkan|meletakkan|meletakan)\s+batu\s+pertama\b|"
                         r"\bground\s?breaking\b")),
]
RANK = {kind: i for i, (kind, _) in enumerate(EVENTS)}
_EVENT_STEMS = re.compile(r"tanda|tangan|teken|neken|serah|yerah|nemu|ukuh|lantik|resmi|"
                          r"launching|lunc|perdana|pembukaan|beroperasi|monitoring|monev|injau|mbentuk|"
                          r"aud|kunj|kunker|tandang|courtesy|silatur|ambang|sialisasi|uluh|"
                          r"bimbingan|bimtek|operasi|razia|patroli|gabungan|sidak|inspeksi|"
                          r"penertiban|rapat|rakor|temu|fgd|focus|diskusi|seminar|webinar|seminasi|"
                          r"dialog|"
                          r"pora|hadiri|ikuti|koordinasi|unjungi|kedatangan|anjang|sowan|menerima|"
                          r"pengawasan|batu|ground|survei")


@lru_cache(maxsize=50_000)
def event_word(word: str) -> bool:
    """Whether a word may belong to an event phrase (cached: words repeat a lot)."""
    return bool(_EVENT_STEMS.search(word))


ANY_EVENT = re.compile("|".join(f"(?:{rx.pattern})" for _, rx in EVENTS))
