#!/usr/bin/env bash
# Rebuilds the PDF fixtures of the tests from the seed protocols (needs libreoffice-writer-nogui,
# poppler-utils, img2pdf and python3-pil). The fixtures are committed; this script documents how
# they were made:
#   Tests/PlanwerkTests/Fixtures/pdf/text/   text-layer PDFs: soffice --convert-to pdf of each seed text
#   Tests/PlanwerkTests/Fixtures/pdf/scan/   image-only PDFs: those pages rasterised at 200 dpi (1 bit)
#   Tests/PlanwerkTests/Fixtures/pdf/encrypted/  seed 004 as PDF with the open password "geheim"
set -euo pipefail
cd "$(dirname "$0")/.."
out=Tests/PlanwerkTests/Fixtures/pdf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out/text" "$out/scan" "$out/encrypted"
soffice --headless "-env:UserInstallation=file://$work/lo" --convert-to pdf --outdir "$out/text" inputs/protocols/*.txt
soffice --headless "-env:UserInstallation=file://$work/lo" \
  --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"geheim"}}' \
  --outdir "$out/encrypted" inputs/protocols/004_*.txt
for pdf in "$out"/text/*.pdf; do
  name=$(basename "$pdf")
  rm -rf "$work/img" && mkdir "$work/img"
  pdftoppm -r 200 -gray -png "$pdf" "$work/img/p"
  /usr/bin/python3 - "$work"/img/*.png <<'PY'
import sys
from PIL import Image
for path in sys.argv[1:]:
    Image.open(path).convert("1", dither=Image.NONE).save(path, optimize=True, dpi=(200, 200))
PY
  img2pdf "$work"/img/p-*.png -o "$out/scan/$name"
done
ls -l "$out"/*/
