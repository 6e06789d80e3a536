#!/usr/bin/env bash
# Council papers as PDF/A (release build, outside the test suite): seconds per paper for one paper and for a
# batch of 100 papers of one meeting (one LibreOffice process per batch), each from a cold `planwerk vorlage`.
# Needs LibreOffice (libreoffice-writer-nogui). Usage: Benchmarks/paper-pdf-benchmark.sh [repetitions]
set -euo pipefail
cd "$(dirname "$0")/.."
reps=${1:-3}
./scripts/build-release.sh >/dev/null
bin=$PWD/.build/release/planwerk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r inputs "$work/inputs"
rm -rf "$work/inputs/protocols"/*
{
  echo "Protokoll der Steuerungsgruppe Sozialplanung am 10.05.2030 im Kreishaus"
  echo
  for i in $(seq 1 100); do
    echo "Die Handlungsempfehlung „Empfehlung $i für gute Teilhabe im Kreis“ wird als steuerungsrelevant eingeschätzt und in das Planungsdossier „Sozialplanung Fokus 2030“ aufgenommen."
  done
} > "$work/inputs/protocols/hundert.txt"
export SOURCE_DATE_EPOCH=1893456000
(cd "$work" && "$bin" ingest inputs/protocols/hundert.txt --out records >/dev/null)
record=$work/records/2030-05-10-steuerungsgruppe-sozialplanung.json

now() { date +%s.%N; }
best() {  # fastest wall time of a command over $reps runs, each into a fresh folder
  local best=""
  for r in $(seq "$reps"); do
    rm -rf "$work/out" "$work/inputs/vorlagen-register.json"
    local s e t; s=$(now); (cd "$work" && "$@" >/dev/null 2>&1) || true; e=$(now)
    t=$(echo "$e - $s" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  done
  echo "$best"
}
one=$(best "$bin" vorlage "$record" --recommendation "Empfehlung 7 für" --draft --format pdf --out out --config-dir inputs)
hundred=$(best "$bin" vorlage "$record" --draft --format pdf --out out --config-dir inputs)
count=$(ls "$work/out"/*.pdf | wc -l)
printf 'Eine Vorlage als PDF/A:  %.2f s\n' "$one"
printf '%d Vorlagen als PDF/A:   %.2f s = %.3f s je Vorlage\n' "$count" "$hundred" "$(echo "$hundred / $count" | bc -l)"
