#!/usr/bin/env bash
# Extraction quality on the dev articles: runs `sinergi extract --json` on
# ../shared/eval/dev/articles.jsonl (relative to the repository) and the shared scorer,
# and prints the per-category scores. Skips with a message when the eval set is absent.
#
# Usage: bench/extract_quality.sh [--per-article]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dev="$repo/../shared/eval/dev"
scorer="$repo/../shared/eval/score.py"
if [[ ! -f "$dev/articles.jsonl" || ! -f "$scorer" ]]; then
    echo "skipped: $dev/articles.jsonl or $scorer not found"
    exit 0
fi
sinergi="$repo/.venv/bin/sinergi"
[[ -x "$sinergi" ]] || sinergi="sinergi"
python="$repo/.venv/bin/python"
[[ -x "$python" ]] || python="python3"
out="$(mktemp)"
scores="$(mktemp)"
trap 'rm -f "$out" "$scores"' EXIT
"$sinergi" extract --json "$dev/articles.jsonl" > "$out"
"$python" "$scorer" "$dev" "$out" "$@" > "$scores"
"$python" - "$scores" <<'PY'
import json
import sys

text = open(sys.argv[1], encoding="utf-8").read()
body, _, last = text.rpartition("score:")
data = json.loads(body)
for cat in ("institutions", "officials", "agreements", "meetings"):
    c = data[cat]
    print(f"{cat:13} P={c['precision']:.3f} R={c['recall']:.3f} F1={c['f1']:.3f} "
          f"({c['matched']} matched, {c['gold']} gold, {c['predicted']} predicted)")
print(f"date accuracy {data['date_accuracy']}")
for stem, row in data.get("per_article", {}).items():
    print(stem, row)
print("score:" + last.rstrip())
PY
