#!/usr/bin/env bash
# Set up a virtual environment with Infraraming (once, and again when pyproject.toml changes)
# and start it; arguments go to main.py.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/installeer.sh
installeer ""
exec .venv/bin/python main.py "$@"
