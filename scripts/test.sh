#!/usr/bin/env bash
# Set up a virtual environment with the test dependencies (once, and again when pyproject.toml
# changes; a clean clone always installs) and run every test; arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/installeer.sh
installeer "test,build"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
