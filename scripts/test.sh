#!/usr/bin/env bash
# The tests: installs what is missing, builds Planwerk and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --test
if [ -n "${UPDATE_GOLDEN:-}" ] && [ -n "${CI:-}" ]; then
  echo "UPDATE_GOLDEN ist in CI nicht erlaubt." >&2
  exit 2
fi
swift build
swift test --disable-swift-testing
