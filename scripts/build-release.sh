#!/usr/bin/env bash
# Builds the release binaries: planwerk and its two worker programs, with the Swift runtime linked in
# statically (fewer shared libraries: every process, and every PDF worker, starts faster).
# Product by product, because a plain `swift build` would also build GRDB's dynamic library product,
# which cannot link against a static runtime.
set -euo pipefail
cd "$(dirname "$0")/.."
for product in planwerk planwerk-pdf-text planwerk-ocr; do
  swift build -c release --static-swift-stdlib --product "$product"
done
