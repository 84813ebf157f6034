"""The frozen Linux build: build it, run its self-test and compare its numbers with the source.

Slow (a PyInstaller build takes about a minute): CI runs it, developers skip it with
``-m "not slow"``.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

from tests.invoer5 import VERWACHT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle is built on Linux; "
                       "Windows has its own workflow"),
]

WORTEL = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((WORTEL / "pyproject.toml").read_text(encoding="utf-8"))["project"]
# INVOER §5 (REKENREGELS version 2), Basis scenario: the saldo in whole euros
SALDO = VERWACHT["saldo"]
CONTROLES = 8  # cli/zelftest.py: parameterset, werkboek, bekend antwoord, scenario's, PDF, Excel, vertaling, venster


@pytest.fixture(scope="module")
def dist(tmp_path_factory):
    """Build the bundle once into a temporary folder with the script the README documents."""
    map_ = tmp_path_factory.mktemp("bundel")
    omgeving = dict(os.environ, PYTHON=sys.executable, INFRARAMING_DIST=str(map_ / "dist"),
                    INFRARAMING_WERK=str(map_ / "werk"))
    uit = subprocess.run(["bash", "installers/bouw_linux.sh"], cwd=WORTEL, env=omgeving,
                         capture_output=True, text=True)
    assert uit.returncode == 0, uit.stdout[-3000:] + uit.stderr[-5000:]
    return map_ / "dist"


@pytest.fixture(scope="module")
def programma(dist):
    pad = dist / PROJECT["name"] / PROJECT["name"]
    assert pad.is_file() and os.access(pad, os.X_OK)
    return pad


def draai(opdracht, cwd, extra=None, **kw):
    omgeving = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(extra or {}))
    omgeving.pop("PYTHONPATH", None)
    return subprocess.run([str(c) for c in opdracht], cwd=cwd, env=omgeving, capture_output=True, text=True,
                          timeout=300, **kw)


def test_bevroren_zelftest_slaagt(programma, tmp_path):
    # run from an unrelated folder: the bundle finds its resources through sys._MEIPASS
    uit = draai([programma, "--zelftest"], cwd=tmp_path)
    regels = uit.stdout.splitlines()
    assert uit.returncode == 0, uit.stdout + uit.stderr
    assert "bevroren" in regels[0]
    controles = [r for r in regels if r.startswith(("OK ", "FOUT "))]
    assert len(controles) == CONTROLES and all(r.startswith("OK ") for r in controles), uit.stdout
    assert any("hoofdvenster" in r for r in controles)
    assert regels[-1] == "Zelftest geslaagd."


def test_bundel_bevat_resources_en_alleen_nederlandse_qt_vertaling(dist):
    intern = dist / PROJECT["name"] / "_internal"
    for deel in ("parametersets", "voorbeeldgemeente.xlsx", "icons/infraraming.png", "icons/infraraming.ico"):
        assert (intern / "resources" / deel).exists(), deel
    vertalingen = sorted(p.name for p in intern.rglob("*.qm"))
    assert "qtbase_nl.qm" in vertalingen
    assert all(n.endswith("_nl.qm") for n in vertalingen), vertalingen
    for weg in ("pandas", "tkinter", "pytest", "PyInstaller"):
        assert not (intern / weg).exists(), weg
    assert (intern / "numpy").exists()   # the array evaluator of the rules (sensitivity, bandbreedte, risks)
    assert not list(intern.rglob("libQt6Qml*")) and not list(intern.rglob("libQt6WebEngine*"))


def test_tarbal_bevat_de_map(dist):
    tarbal = dist / f"{PROJECT['name']}-{PROJECT['version']}-linux-{os.uname().machine}.tar.gz"
    assert tarbal.is_file()
    with tarfile.open(tarbal) as tar:
        namen = set(tar.getnames())
    assert f"{PROJECT['name']}/{PROJECT['name']}" in namen
    assert f"{PROJECT['name']}/_internal/resources/voorbeeldgemeente.xlsx" in namen


@pytest.mark.parametrize("invoer", [None, "voorbeeldgemeente.xlsx"], ids=["ingebouwd", "werkboek"])
def test_bevroren_bereken_gelijk_aan_bron(programma, tmp_path, invoer):
    args = ["bereken", "--van", "2025", "--tot", "2040", "--json", "-"]
    if invoer:
        args.insert(1, str(WORTEL / "resources" / invoer))
    bevroren = draai([programma, *args], cwd=tmp_path)
    bron = draai([sys.executable, WORTEL / "main.py", *args], cwd=WORTEL)
    assert bevroren.returncode == 0, bevroren.stderr
    assert bron.returncode == 0, bron.stderr
    uit_bundel, uit_bron = json.loads(bevroren.stdout), json.loads(bron.stdout)
    assert uit_bundel == uit_bron
    jaren = uit_bundel["jaren"]
    saldo = {j: int(_half_op(uit_bundel["regels"]["saldo"][jaren.index(j)])) for j in SALDO}
    assert saldo == SALDO


def test_bevroren_cli_meldt_invoerfout_in_het_nederlands(programma, tmp_path):
    uit = draai([programma, "bereken", tmp_path / "bestaat-niet.xlsx"], cwd=tmp_path)
    assert uit.returncode == 2
    assert "bestaat niet" in uit.stderr and "Traceback" not in uit.stderr


def _half_op(waarde: float) -> int:
    from decimal import ROUND_HALF_UP, Decimal
    return int(Decimal(repr(waarde)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def test_bevroren_bijlagen_byte_gelijk_aan_bron(programma, tmp_path):
    """The exports are deterministic, so the frozen program must write the very same files."""
    (tmp_path / "bevroren").mkdir()
    (tmp_path / "bron").mkdir()
    args = ["bereken", str(WORTEL / "resources" / "voorbeeldgemeente.xlsx"), "--pdf", "bijlage.pdf",
            "--xlsx", "bijlage.xlsx"]
    bevroren = draai([programma, *args], cwd=tmp_path / "bevroren")
    bron = draai([sys.executable, WORTEL / "main.py", *args], cwd=tmp_path / "bron")
    assert bevroren.returncode == 0, bevroren.stderr
    assert bron.returncode == 0, bron.stderr
    for naam in ("bijlage.pdf", "bijlage.xlsx"):
        inhoud = (tmp_path / "bevroren" / naam).read_bytes()
        assert inhoud[:4] in (b"%PDF", b"PK\x03\x04")
        assert inhoud == (tmp_path / "bron" / naam).read_bytes(), naam


def test_bevroren_opent_projectbestand_als_argument(programma, tmp_path):
    """What Explorer does after a double-click on a .infraraming file (installers/infraraming.iss)."""
    from model.io.project import schrijf_project
    from model.project import Project
    project = tmp_path / "Voorbeeld.infraraming"
    schrijf_project(project, Project.voorbeeld())
    instellingen = tmp_path / "instellingen.ini"
    omgeving = dict(INFRARAMING_STOP_NA_TEKENEN="1", INFRARAMING_INSTELLINGEN=str(instellingen),
                    INFRARAMING_DATAMAP=str(tmp_path / "data"))
    uit = draai([programma, project], cwd=tmp_path, extra=omgeving)
    assert uit.returncode == 0, uit.stdout + uit.stderr
    assert uit.stdout.startswith("geschilderd"), uit.stdout
    assert str(project.resolve()) in instellingen.read_text(encoding="utf-8")  # opened, so in the recent list


def test_bundel_mist_geen_gedeelde_bibliotheken(dist):
    """Every library a bundled binary links to is in the bundle or on the system (ldd), so the
    xcb platform plugin loads on a desktop. Wayland's client libraries are left to the system
    on purpose (they must match the compositor), as PyInstaller does."""
    intern = dist / PROJECT["name"] / "_internal"
    omgeving = dict(os.environ, LD_LIBRARY_PATH=str(intern))
    ontbrekend = set()
    for pad in intern.rglob("*.so*"):
        if not pad.is_file() or pad.is_symlink():
            continue
        uit = subprocess.run(["ldd", str(pad)], env=omgeving, capture_output=True, text=True)
        for regel in uit.stdout.splitlines():
            naam = regel.strip().split(" ")[0]
            if "not found" in regel and not naam.startswith("libwayland-"):
                ontbrekend.add(f"{pad.relative_to(intern)}: {naam}")
    assert not ontbrekend, "\n".join(sorted(ontbrekend))
    assert list(intern.rglob("libxcb-cursor.so*")) and list(intern.rglob("libxcb-icccm.so*"))


def test_bevroren_zelftest_op_een_x_scherm(programma, tmp_path):
    """The desktop path: the self-test under a virtual X server uses Qt's xcb plugin, as on a
    controller's Linux desktop (CI installs xvfb; the other tests run offscreen)."""
    import shutil
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed (apt-get install xvfb xauth)")
    omgeving = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    uit = subprocess.run(["xvfb-run", "-a", str(programma), "--zelftest"], cwd=tmp_path, env=omgeving,
                         capture_output=True, text=True, timeout=300)
    assert uit.returncode == 0, uit.stdout + uit.stderr
    assert "(xcb)" in uit.stdout and uit.stdout.rstrip().endswith("Zelftest geslaagd.")
