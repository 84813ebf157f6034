#!/usr/bin/env bash
# Build the Linux bundle: dist/infraraming/ and dist/infraraming-<versie>-linux-<arch>.tar.gz
#
#   bash installers/bouw_linux.sh
#
# Uses $PYTHON when set (it must have the project's dependencies), otherwise the project's
# .venv (created and filled like scripts/start.sh). PyInstaller comes from the `build` extra.
# INFRARAMING_DIST and INFRARAMING_WERK move the output and work folders (used by the tests).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${PYTHON:-}" ]; then
  PY=$PYTHON
else
  [ -x .venv/bin/python ] || python3 -m venv .venv
  PY=.venv/bin/python
  "$PY" -m pip install -q --upgrade pip
  "$PY" -m pip install -q -e ".[build]"
fi
"$PY" -c "import PyInstaller" 2>/dev/null || "$PY" -m pip install -q -e ".[build]"

DIST=${INFRARAMING_DIST:-dist}
WERK=${INFRARAMING_WERK:-build/pyinstaller}
NAAM=$("$PY" -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['name'])")
VERSIE=$("$PY" -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])")
ARCH=$(uname -m)

"$PY" -m PyInstaller --noconfirm --clean --log-level "${PYINSTALLER_LOG:-WARN}" \
  --distpath "$DIST" --workpath "$WERK" installers/infraraming.spec

TARBAL="$DIST/$NAAM-$VERSIE-linux-$ARCH.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner -C "$DIST" -czf "$TARBAL" "$NAAM"
echo "Gebouwd: $DIST/$NAAM/ ($(du -sh "$DIST/$NAAM" | cut -f1)) en $TARBAL ($(du -h "$TARBAL" | cut -f1))"
