"""Copy the gold with two conventions of ../shared's gold applied.

1. A Timpora is never a meeting participant. The maintainers' gold (dev and dev2) lists a
   Timpora as an institution in 22 articles and as a meeting's participant in none; the
   helpers who wrote this set's gold listed it as a participant in 18 of 20.
2. One meeting a day. No article of the maintainers' gold has two meetings on one day,
   and "rapat koordinasi Timpora sekaligus pembentukan Desa Binaan" (dev 057) is one
   COORDINATION; the helpers split such days into two or three. The first meeting of the
   day is kept, with the participants of the others.

Scoring against the maintainers' conventions is the fairer estimate of their measure; both
figures are reported.

    python bench/realnews/normalise.py GOLD_DIR OUT_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(src: str, out: str) -> None:
    Path(out).mkdir(parents=True, exist_ok=True)
    for f in sorted(Path(src).glob("*.json")):
        gold = json.loads(f.read_text(encoding="utf-8"))
        for meeting in gold.get("meetings", []):
            meeting["participants"] = [p for p in meeting["participants"]
                                       if p.get("kind") != "TIMPORA"]
        gold["meetings"] = _one_a_day(gold.get("meetings", []))
        (Path(out) / f.name).write_text(json.dumps(gold, ensure_ascii=False, indent=1),
                                        encoding="utf-8")


def _one_a_day(meetings: list[dict]) -> list[dict]:
    kept: list[dict] = []
    by_day: dict[str, dict] = {}
    for meeting in meetings:
        first = by_day.get(meeting.get("date") or "")
        if first is None:
            kept.append(meeting)
            if meeting.get("date"):
                by_day[meeting["date"]] = meeting
            continue
        seen = {(p.get("kind"), p.get("place"), p.get("name")) for p in first["participants"]}
        first["participants"] += [p for p in meeting["participants"]
                                  if (p.get("kind"), p.get("place"), p.get("name")) not in seen]
    return kept


if __name__ == "__main__":
    main(*sys.argv[1:3])
