"""Cooperation topics of an agreement or meeting, read from the words of its sentences
(the spec's list: TIMPORA, WNA_SUPERVISION, PASSPORT_SERVICE, ...)."""

from __future__ import annotations

import re

TOPICS = [
    ("TIMPORA", re.compile(r"\btim\s*pora\b|tim\s+pengawasan\s+orang\s+asing", re.I)),
    ("WNA_SUPERVISION", re.compile(r"pengawasan\s+(?:terhadap\s+)?(?:orang|warga)\s+(?:negara\s+)?"
                                   r"asing|\bWNA\b|warga\s+(?:negara\s+)?asing|orang\s+asing",
                                   re.I)),
    ("PASSPORT_SERVICE", re.compile(r"paspor|passport|\beazy\b|jemput\s+bola|layanan\s+"
                                    r"keimigrasian|pelayanan\s+keimigrasian|mal\s+pelayanan|"
                                    r"\bMPP\b|\bULP\b|\bUKK\b|unit\s+layanan|unit\s+kerja", re.I)),
    ("POPULATION_DATA", re.compile(r"dukcapil|kependudukan|data\s+penduduk|\bNIK\b", re.I)),
    ("BORDER", re.compile(r"perbatasan|\bPLBN\b|lintas\s+batas", re.I)),
    ("INVESTMENT", re.compile(r"investasi|penanaman\s+modal|investor", re.I)),
    ("TOURISM", re.compile(r"pariwisata|wisata", re.I)),
    ("LABOUR", re.compile(r"tenaga\s+kerja|\bTKA\b|pekerja\s+migran|\bPMI\b|ketenagakerjaan",
                          re.I)),
]


def topics_of(text: str) -> list[str]:
    return [name for name, rx in TOPICS if rx.search(text)]
