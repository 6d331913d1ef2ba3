#!/usr/bin/env bash
# Set up the project on a fresh machine: a virtual environment in .venv with the package
# (console script `plans`) and its test dependencies. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON="${PYTHON:-python3}"

# System tools for old files: antiword/catdoc read Word 97 .doc, Tesseract with its
# Vietnamese model OCRs scans; chromium and chromium-driver run the browser tests of `plans show`
# pages. Installed from Debian's packages when missing; without them those inputs get a clear error
# naming the missing tool (the browser tests skip, saying what is missing) and everything else works.
SYSTEM_PACKAGES="antiword catdoc tesseract-ocr tesseract-ocr-vie chromium chromium-driver fonts-dejavu-core"
missing=""
command -v antiword >/dev/null || missing="$missing antiword"
command -v catdoc >/dev/null || missing="$missing catdoc"
command -v tesseract >/dev/null || missing="$missing tesseract-ocr"
command -v chromium >/dev/null || missing="$missing chromium"
command -v chromedriver >/dev/null || missing="$missing chromium-driver"
# (DejaVu Serif: the font the test fixtures' PDFs are made with, scripts/make_fixtures.py.)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || missing="$missing fonts-dejavu-core"
[ -f /usr/share/tesseract-ocr/5/tessdata/vie.traineddata ] || [ -f /usr/share/tesseract-ocr/4.00/tessdata/vie.traineddata ] || missing="$missing tesseract-ocr-vie"
if [ -n "$missing" ]; then
    # (A failed install is a warning, not a failed setup: those inputs then get a clear error.)
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        echo "setup: installing Debian packages:$missing"
        { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $SYSTEM_PACKAGES >/dev/null; } \
            || echo "setup: warning: apt-get could not install$missing" >&2
    elif command -v apt-get >/dev/null && command -v sudo >/dev/null; then
        { sudo apt-get update -qq >/dev/null && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $SYSTEM_PACKAGES >/dev/null; } \
            || echo "setup: warning: apt-get could not install$missing" >&2
    else
        echo "setup: warning: cannot install$missing (need root and apt-get); .doc files and scans will be refused, the browser tests skipped" >&2
    fi
fi
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev]"
echo "setup: .venv ready ($(.venv/bin/plans --version))"
