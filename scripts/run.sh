#!/usr/bin/env bash
# The main job: installs what is missing, builds Planwerk (release) and runs it on inputs/ into outputs/.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build-release.sh
exec .build/release/planwerk run "$@"
