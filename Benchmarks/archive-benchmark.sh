#!/usr/bin/env bash
# Archive benchmark (release build, outside the test suite): a generated archive of 2,000 text protocols
# and 100 PDFs (90 with a text layer, 10 scans); documents/s with --jobs 1 and --jobs 2 (target speed-up
# >= 1.6), an unchanged re-run against the first run (target <= 5 %), and peak memory for 1,000 against
# 4,000 documents (target: at most 1.3 times). Usage: Benchmarks/archive-benchmark.sh [texts] [pdfs]
set -euo pipefail
cd "$(dirname "$0")/.."
texts=${1:-2000}
pdfs=${2:-100}
./scripts/build-release.sh >/dev/null
bin=$(pwd)/.build/release/planwerk
fixtures=Tests/PlanwerkTests/Fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Text protocols: the seeds with the meeting date varied, one meeting each.
generate() {  # folder count
  python3 - "$1" "$2" "$fixtures/seeds" <<'PY'
import os, sys
out, count, seeds = sys.argv[1], int(sys.argv[2]), sys.argv[3]
os.makedirs(out, exist_ok=True)
texts = [open(os.path.join(seeds, n), encoding="utf-8").read() for n in sorted(os.listdir(seeds))]
dates = ["12.05.2023", "13.05.2022", "05.03.2021", "30.11.2018"]
for i in range(count):
    t = texts[i % len(texts)]
    new = "%02d.%02d.%d" % (1 + i % 28, 1 + (i // 28) % 12, 2030 + i // 336)
    for d in dates:
        t = t.replace(d, new)
    with open(os.path.join(out, "protokoll-%05d.txt" % i), "w", encoding="utf-8") as f:
        f.write(t)
PY
}
generate "$work/archiv" "$texts"
# PDFs: the seed PDFs, each copy made unique by a trailing comment (same meetings, distinct files).
mkdir -p "$work/archiv/pdf"
i=0
while [ $i -lt $((pdfs - pdfs / 10)) ]; do
  for f in "$fixtures"/pdf/text/*.pdf; do
    [ $i -lt $((pdfs - pdfs / 10)) ] || break
    { cat "$f"; printf '\n%% Kopie %d\n' $i; } > "$work/archiv/pdf/text-$i.pdf"; i=$((i + 1))
  done
done
for j in $(seq 1 $((pdfs / 10))); do
  { cat "$fixtures"/pdf/scan/003_*.pdf; printf '\n%% Scan %d\n' "$j"; } > "$work/archiv/pdf/scan-$j.pdf"
done
docs=$((texts + pdfs))

run() {  # jobs db -> seconds
  local s e; s=$(date +%s.%N)
  "$bin" archive "$work/archiv" --db "$2" --jobs "$1" >/dev/null 2>&1 || true
  e=$(date +%s.%N); echo "$e - $s" | bc -l
}
echo "Archiv: $texts Textprotokolle, $pdfs PDFs (davon $((pdfs / 10)) Scans)"
t1=$(run 1 "$work/a1.sqlite")
t2=$(run 2 "$work/a2.sqlite")
printf '  --jobs 1: %.1f s (%.1f Dokumente/s)\n  --jobs 2: %.1f s (%.1f Dokumente/s), Beschleunigung %.2fx (Ziel >= 1,6)\n' \
  "$t1" "$(echo "$docs / $t1" | bc -l)" "$t2" "$(echo "$docs / $t2" | bc -l)" "$(echo "$t1 / $t2" | bc -l)"
tr=$(run 2 "$work/a2.sqlite")
printf '  unveränderter Wiederholungslauf: %.2f s = %.1f %% des ersten Laufs (Ziel <= 5 %%)\n' "$tr" "$(echo "$tr / $t2 * 100" | bc -l)"

memory() {  # count -> peak KB (text protocols only)
  rm -rf "$work/m"; generate "$work/m" "$1"
  /usr/bin/time -f "%M" "$bin" archive "$work/m" --db "$work/m.sqlite" --jobs 2 2>&1 >/dev/null | tail -1
  rm -f "$work/m.sqlite"
}
m1=$(memory 1000)
m4=$(memory 4000)
printf '  Spitzenspeicher: 1.000 Dokumente %d MB, 4.000 Dokumente %d MB, Faktor %.2f (Ziel <= 1,3)\n' \
  "$((m1 / 1024))" "$((m4 / 1024))" "$(echo "$m4 / $m1" | bc -l)"
