#!/usr/bin/env bash
# Set up a virtual environment with the test dependencies and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test,build]"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
