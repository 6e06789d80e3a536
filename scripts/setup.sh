#!/usr/bin/env bash
# Installs what Planwerk needs on Debian 12 (as root): system libraries, and with --test the test tools.
set -euo pipefail
packages=(libxml2-dev libpoppler-glib-dev pkg-config libsqlite3-dev tesseract-ocr tesseract-ocr-deu libtesseract-dev libreoffice-writer-nogui)
if [ "${1:-}" = "--test" ]; then
  packages+=(poppler-utils chromium chromium-driver)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installiere Systempakete: ${missing[*]}"
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null
fi
if [ "${1:-}" = "--test" ]; then
  python3 -c "import jsonschema" 2>/dev/null || python3 -m pip install -q jsonschema
  python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q selenium
  python3 -c "import markdown_it" 2>/dev/null || python3 -m pip install -q markdown-it-py
  python3 -c "import axe_selenium_python" 2>/dev/null || python3 -m pip install -q axe-selenium-python
  python3 -c "import icalendar" 2>/dev/null || python3 -m pip install -q icalendar
  command -v schemathesis >/dev/null 2>&1 || python3 -m pip install -q schemathesis
fi
