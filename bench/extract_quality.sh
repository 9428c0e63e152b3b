#!/usr/bin/env bash
# Extraction quality: runs `sinergi extract --json` and the shared scorer on
#   - the dev articles, ../shared/eval/dev/articles.jsonl (relative to the repository;
#     the extractor's rules were built on these), and
#   - the second real set, ../shared/eval/dev2 (tuned on since issue 14's first round),
#   - the held-out articles, bench/heldout/ and bench/heldout2/ .. bench/heldout23/
#     (invented texts with gold written before the extractor was run on them; see the
#     README.md beside each and docs/benchmarks.md for which were spent on rules),
# and prints the per-category scores of each. A set whose files are absent is skipped
# with a message; without the shared scorer nothing can be scored.
#
# Usage: bench/extract_quality.sh [--per-article]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
scorer="$repo/../shared/eval/score.py"
if [[ ! -f "$scorer" ]]; then
    echo "skipped: $scorer not found"
    exit 0
fi
sinergi="$repo/.venv/bin/sinergi"
[[ -x "$sinergi" ]] || sinergi="sinergi"
python="$repo/.venv/bin/python"
[[ -x "$python" ]] || python="python3"
out="$(mktemp)"
scores="$(mktemp)"
trap 'rm -f "$out" "$scores"' EXIT

score_set() {
    local label="$1" dir="$2"
    shift 2
    echo "== $label ($dir)"
    if [[ ! -f "$dir/articles.jsonl" ]]; then
        echo "skipped: $dir/articles.jsonl not found"
        return 0
    fi
    "$sinergi" extract --json "$dir/articles.jsonl" > "$out"
    "$python" "$scorer" "$dir" "$out" "$@" > "$scores"
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
}

score_set dev "$repo/../shared/eval/dev" "$@"
score_set dev2 "$repo/../shared/eval/dev2" "$@"
score_set held-out "$repo/bench/heldout" "$@"
for n in $(seq 2 23); do
    score_set "held-out-$n" "$repo/bench/heldout$n" "$@"
done
