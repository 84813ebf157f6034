"""scripts/start.sh and test.sh install only when needed, so a second start works offline."""
from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

WORTEL = Path(__file__).resolve().parents[2]

# A stand-in for Python: creates the "venv", logs every pip call, computes the stamp for real
# and answers main.py, so the scripts' decisions can be checked without a package index.
NEP_PYTHON = f"""#!/usr/bin/env bash
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
    mkdir -p "$3/bin" && cp "$0" "$3/bin/python" && exit 0
fi
if [ "$1" = "-m" ] && [ "$2" = "pip" ]; then
    echo "pip ${{*:3}}" >> "$LOGBOEK"; [ -n "$GEEN_INDEX" ] && exit 1; exit 0
fi
if [ "$1" = "-c" ]; then exec {sys.executable} "$@"; fi
echo "start $*"
"""


@pytest.fixture
def kopie(tmp_path):
    if shutil.which("bash") is None:
        pytest.skip("bash is not available")
    (tmp_path / "scripts").mkdir()
    for naam in ("start.sh", "test.sh", "installeer.sh"):
        shutil.copy(WORTEL / "scripts" / naam, tmp_path / "scripts" / naam)
    shutil.copy(WORTEL / "pyproject.toml", tmp_path / "pyproject.toml")
    nep = tmp_path / "nep-python"
    nep.write_text(NEP_PYTHON, encoding="utf-8")
    nep.chmod(nep.stat().st_mode | stat.S_IEXEC)
    return tmp_path


def _draai(map_: Path, script: str, *args: str, geen_index: bool = False):
    omgeving = dict(os.environ, PYTHON=str(map_ / "nep-python"), LOGBOEK=str(map_ / "pip.log"),
                    GEEN_INDEX="1" if geen_index else "")
    omgeving.pop("INFRARAMING_INSTALLEREN", None)
    return subprocess.run(["bash", str(map_ / "scripts" / script), *args], env=omgeving, capture_output=True,
                          text=True, timeout=60)


def _pip(map_: Path) -> list[str]:
    log = map_ / "pip.log"
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def test_second_start_needs_no_package_index(kopie):
    eerste = _draai(kopie, "start.sh", "bereken")
    assert eerste.returncode == 0, eerste.stderr
    assert eerste.stdout.strip() == "start main.py bereken"
    assert _pip(kopie)[-1] == "pip install -q -e ."
    aantal = len(_pip(kopie))
    tweede = _draai(kopie, "start.sh", "bereken", geen_index=True)
    assert tweede.returncode == 0, tweede.stderr
    assert tweede.stdout.strip() == "start main.py bereken"
    assert len(_pip(kopie)) == aantal                              # pip was not called


def test_a_changed_pyproject_installs_again(kopie):
    assert _draai(kopie, "start.sh").returncode == 0
    aantal = len(_pip(kopie))
    with open(kopie / "pyproject.toml", "a", encoding="utf-8") as f:
        f.write("\n# a new dependency\n")
    assert _draai(kopie, "start.sh").returncode == 0
    assert len(_pip(kopie)) > aantal
    uit = _draai(kopie, "start.sh", geen_index=True)                 # the stamp is current now
    assert uit.returncode == 0


def test_a_failed_install_is_tried_again(kopie):
    assert _draai(kopie, "start.sh", geen_index=True).returncode != 0   # new environment, no index
    assert _draai(kopie, "start.sh").returncode == 0
    assert _pip(kopie)[-1] == "pip install -q -e ."


def test_tests_install_the_extras_once_and_then_the_app_needs_nothing(kopie):
    uit = _draai(kopie, "test.sh", "-q")
    assert uit.returncode == 0, uit.stderr
    assert uit.stdout.strip() == "start -m pytest -q"
    assert _pip(kopie)[-1] == "pip install -q -e .[test,build]"
    aantal = len(_pip(kopie))
    assert _draai(kopie, "test.sh", geen_index=True).returncode == 0
    assert _draai(kopie, "start.sh", geen_index=True).returncode == 0
    assert len(_pip(kopie)) == aantal
