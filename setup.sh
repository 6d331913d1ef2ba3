#!/usr/bin/env bash
# Set up the project on a fresh machine: a virtual environment in .venv with the package
# (console script `plans`) and its test dependencies. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev]"
echo "setup: .venv ready ($(.venv/bin/plans --version))"
