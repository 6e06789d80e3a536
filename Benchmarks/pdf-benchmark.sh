#!/usr/bin/env bash
# PDF and OCR benchmark (release build, outside the test suite). Reports, each from a cold process:
#  1. text-layer PDFs: `planwerk ingest --ocr never` (extraction + parsing + record) against `pdftotext`,
#     on a 50-page PDF and on the five seed PDFs (target: at most 1.5 times pdftotext);
#  2. OCR: pages/s with 1 and 2 workers on the image-only seed PDFs (target speed-up >= 1.7);
#  3. OCR per page against the `tesseract` command on the same page images (target within 1.2 times).
# Needs poppler-utils and tesseract-ocr-deu. Usage: Benchmarks/pdf-benchmark.sh [repetitions]
set -euo pipefail
cd "$(dirname "$0")/.."
reps=${1:-5}
./scripts/build-release.sh >/dev/null
bin=.build/release/planwerk
fixtures=Tests/PlanwerkTests/Fixtures/pdf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
# median wall time of a command over $reps cold runs
timeit() {
  local times=()
  for _ in $(seq "$reps"); do
    local s e; s=$(now); "$@" >/dev/null 2>&1 || true; e=$(now)
    times+=("$(echo "$e - $s" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

pdfunite "$fixtures"/text/*.pdf "$fixtures"/text/000_*.pdf "$work/fifty.pdf"
echo "1. Textebene (Median aus $reps Läufen, je ein neuer Prozess)"
printf '   %-28s %6s %10s %10s %7s\n' Datei Seiten pdftotext planwerk Faktor
for pdf in "$work/fifty.pdf" "$fixtures"/text/*.pdf; do
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  ref=$(timeit pdftotext "$pdf" "$work/out.txt")
  own=$(timeit "$bin" ingest "$pdf" --out "$work/records" --ocr never)
  printf '   %-28s %6s %9.3fs %9.3fs %6.2fx\n' "$(basename "$pdf")" "$pages" "$ref" "$own" "$(echo "$own / $ref" | bc -l)"
done

echo "2. Texterkennung: Bild-PDFs der fünf Seeds"
pages=0
for pdf in "$fixtures"/scan/*.pdf; do pages=$((pages + $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}'))); done
s=$(now); "$bin" ingest "$fixtures/scan" --out "$work/r1" --jobs 1 >/dev/null 2>&1; t1=$(echo "$(now) - $s" | bc -l)
s=$(now); "$bin" ingest "$fixtures/scan" --out "$work/r2" --jobs 2 >/dev/null 2>&1; t2=$(echo "$(now) - $s" | bc -l)
printf '   %d Seiten: 1 Prozess %.1f s (%.2f Seiten/s), 2 Prozesse %.1f s (%.2f Seiten/s), Beschleunigung %.2fx\n' \
  "$pages" "$t1" "$(echo "$pages / $t1" | bc -l)" "$t2" "$(echo "$pages / $t2" | bc -l)" "$(echo "$t1 / $t2" | bc -l)"

echo "3. Je Seite gegen den tesseract-Befehl (dieselben 300-dpi-Seitenbilder, ein Kern)"
for pdf in "$fixtures"/scan/*.pdf; do pdftoppm -r 300 -gray -png "$pdf" "$work/img-$(basename "$pdf" .pdf)"; done
s=$(now)
for png in "$work"/img-*.png; do OMP_THREAD_LIMIT=1 tesseract "$png" - -l deu >/dev/null 2>&1; done
tt=$(echo "$(now) - $s" | bc -l)
printf '   tesseract: %.2f s/Seite, planwerk (mit Rendern, Layout, Auswertung): %.2f s/Seite, Faktor %.2fx\n' \
  "$(echo "$tt / $pages" | bc -l)" "$(echo "$t1 / $pages" | bc -l)" "$(echo "$t1 / $tt" | bc -l)"
