"""Score the extractor on the real-news set, by split, against raw and aligned gold.

The texts are third-party pages and are not in the repository: ``TEXTS`` is a folder
holding the harvesters' ``raw-*/manifest.jsonl`` files (``{"id", "url", "text", ...}``
per line; see HARVEST.md). This builds each split's ``articles.jsonl`` and gold folders in
a temporary directory (raw gold; aligned: ``gold-aligned/`` over the gold, then
``normalise.py``), runs ``sinergi extract --json`` and ``../shared/eval/score.py`` on each,
and prints one line per split and gold. Splits: ``measure`` (round 1 odd ids),
``second-measure`` (round 2), ``unseen`` (the two pooled), ``fourth-measure`` (round 4 odd
ids), ``sixth-measure``, ``seventh-measure`` and ``eighth-measure`` (rounds 6, 7 and 8, all
of each),
``unseen-all`` (every measure split pooled), ``development`` (round 1 even ids),
``third-development`` (round 3), ``fourth-development`` (round 4 even ids),
``fifth-development`` (round 5), ``ninth-development`` (round 9), as in urls.tsv.

    python bench/realnews/measure.py /work/realnews [--sinergi .venv/bin/sinergi]
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = HERE.parents[1].parent / "shared" / "eval" / "score.py"
CATEGORIES = ("institutions", "officials", "agreements", "meetings")


def splits() -> dict[str, list[str]]:
    with (HERE / "urls.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    out: dict[str, list[str]] = {}
    for row in rows:
        out.setdefault(row["half"], []).append(row["id"])
    measured = [ids for half, ids in out.items() if half.endswith("measure")]
    out["unseen"] = out.get("measure", []) + out.get("second-measure", [])
    # Every measure split of every round, so a new round joins without an edit here.
    out["unseen-all"] = [i for ids in measured for i in ids]
    return out


def texts(folder: Path) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for manifest in sorted(folder.glob("raw-*/manifest.jsonl")):
        for line in manifest.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            found[item["id"]] = {"id": item["id"], "url": item["url"], "title": "",
                                 "text": item["text"]}
    return found


def gold_copies(work: Path) -> dict[str, Path]:
    raw = HERE / "gold"
    aligned = work / "aligned-in"
    shutil.copytree(raw, aligned)
    for f in (HERE / "gold-aligned").glob("r*.json"):
        shutil.copy(f, aligned / f.name)
    normalised = work / "aligned"
    subprocess.run([sys.executable, str(HERE / "normalise.py"), str(aligned), str(normalised)],
                   check=True)
    return {"raw": raw, "aligned": normalised}


def split_folder(ids: list[str], gold: Path, articles: dict[str, dict[str, str]],
                 work: Path) -> Path:
    """A folder under ``work`` with the split's ``articles.jsonl`` and its gold files."""
    folder = Path(tempfile.mkdtemp(dir=work))
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as f:
        for i in ids:
            f.write(json.dumps(articles[i], ensure_ascii=False) + "\n")
            shutil.copy(gold / f"{i}.json", folder / f"{i}.json")
    return folder


def extract(folder: Path, sinergi: str) -> Path:
    """``sinergi extract --json`` on the folder's articles, into ``pred.jsonl``."""
    pred = folder / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        subprocess.run([sinergi, "extract", "--json", str(folder / "articles.jsonl")],
                       stdout=out, check=True)
    return pred


def scored(folder: Path, pred: Path) -> dict:
    """The scorer's summary of ``pred`` against the folder's gold."""
    printed = subprocess.run([sys.executable, str(SCORER), str(folder), str(pred)],
                             capture_output=True, text=True, check=True).stdout
    return json.loads(printed[printed.index("{"):printed.rindex("}") + 1])


def score(ids: list[str], gold: Path, articles: dict[str, dict[str, str]], work: Path,
          sinergi: str) -> str:
    folder = split_folder(ids, gold, articles, work)
    result = scored(folder, extract(folder, sinergi))
    cells = [f"{c[:4]} {result[c]['f1']:.3f} ({result[c]['matched']}/{result[c]['gold']}/"
             f"{result[c]['predicted']})" for c in CATEGORIES]
    macro = sum(result[c]["f1"] for c in CATEGORIES) / len(CATEGORIES)
    return f"macro {macro:.3f}  " + "  ".join(cells) + f"  dates {result['date_accuracy']:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", type=Path, help="folder with raw-*/manifest.jsonl")
    parser.add_argument("--sinergi", default="sinergi")
    args = parser.parse_args()
    if not SCORER.exists():
        print(f"no scorer at {SCORER}", file=sys.stderr)
        return 2
    articles = texts(args.texts)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        golds = gold_copies(work)
        for name, ids in splits().items():
            missing = [i for i in ids if i not in articles]
            if missing:
                print(f"{name}: {len(missing)} texts missing (e.g. {missing[0]}), not scored")
                continue
            unannotated = [i for i in ids if not (HERE / "gold" / f"{i}.json").exists()]
            if unannotated:
                print(f"{name}: {len(unannotated)} items without gold (e.g. {unannotated[0]}),"
                      " not scored")
                continue
            for kind, gold in golds.items():
                print(f"{name:18} {len(ids):3} {kind:7} "
                      f"{score(ids, gold, articles, work, args.sinergi)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
