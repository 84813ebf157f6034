"""What the spec puts into the bundle, checked without building it."""
from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

WORTEL = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(WORTEL / "installers"))
import bundel  # noqa: E402

PROJECT = tomllib.loads((WORTEL / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_versienummers():
    assert bundel.versienummers("0.1.0") == (0, 1, 0, 0)
    assert bundel.versienummers("1.2.3.4") == (1, 2, 3, 4)
    assert bundel.versienummers("2.0rc1") == (2, 1, 0, 0)  # '0rc1' keeps its digits: 01 -> 1
    assert bundel.versienummers("3") == (3, 0, 0, 0)


def _versioninfo():
    """PyInstaller's version-file reader; its module imports Windows-only helpers that the
    parser does not use, so on other systems those two imports are stubbed."""
    import importlib.util
    import types
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install -e .[build])")
    spec = importlib.util.find_spec("PyInstaller.utils.win32.versioninfo")
    bron = Path(spec.origin).read_text(encoding="utf-8")
    bron = bron.replace("import pefile\n", "pefile = None\n", 1)
    bron = bron.replace("from PyInstaller.compat import win32api\n", "win32api = None\n", 1)
    module = types.ModuleType("versioninfo")
    exec(compile(bron, spec.origin, "exec"), module.__dict__)
    return module


def test_versiebestand_wordt_door_pyinstaller_gelezen(tmp_path):
    versioninfo = _versioninfo()
    pad = tmp_path / "versie.txt"
    pad.write_text(bundel.versiebestand(PROJECT, "infraraming.exe"), encoding="utf-8")
    info = versioninfo.load_version_info_from_text_file(str(pad))
    nummers = bundel.versienummers(PROJECT["version"])
    assert (info.ffi.fileVersionMS >> 16, info.ffi.fileVersionMS & 0xFFFF,
            info.ffi.fileVersionLS >> 16, info.ffi.fileVersionLS & 0xFFFF) == nummers
    tabel = info.kids[0].kids[0]
    waarden = {s.name: s.val for s in tabel.kids}
    assert tabel.name == "041304B0"  # Dutch, Unicode
    assert waarden["ProductVersion"] == PROJECT["version"]
    assert waarden["OriginalFilename"] == "infraraming.exe"
    assert len(info.toRaw()) > 0


@pytest.mark.parametrize("doel, houden", [
    ("PySide6/Qt/translations/qtbase_nl.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_help_fr.qm", False),
    ("resources/parametersets/landelijk-2026-11.toml", True),
    ("resources/voorbeeldgemeente.xlsx", True),
])
def test_alleen_nederlandse_vertalingen(doel, houden):
    assert bundel.houd_data(doel) is houden


@pytest.mark.parametrize("doel, houden", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
])
def test_qt_plugins(doel, houden):
    assert bundel.houd_binair(doel) is houden


def test_niets_uitgesloten_wat_het_programma_importeert():
    """The exclusions must not cover a package that model/, cli/, ui/ or weergave/ import."""
    import ast
    uitgesloten = {m.split(".")[0] for m in bundel.BUITEN_GESLOTEN} | set(bundel.QT_MODULES_NIET)
    gevonden = []
    for map_ in ("model", "cli", "ui", "weergave"):
        for pad in (WORTEL / map_).rglob("*.py"):
            for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
                namen = []
                if isinstance(knoop, ast.Import):
                    namen = [a.name for a in knoop.names]
                elif isinstance(knoop, ast.ImportFrom) and knoop.module and not knoop.level:
                    namen = [knoop.module] + [f"{knoop.module}.{a.name}" for a in knoop.names]
                for naam in namen:
                    if naam.split(".")[0] in uitgesloten or naam in uitgesloten:
                        gevonden.append(f"{pad.relative_to(WORTEL)}: {naam}")
    assert not gevonden, "\n".join(gevonden)


def _eigen_modules() -> dict[str, Path]:
    modules = {"main": WORTEL / "main.py"}
    for map_ in ("model", "cli", "ui", "weergave"):
        for pad in (WORTEL / map_).rglob("*.py"):
            delen = pad.relative_to(WORTEL).with_suffix("").parts
            modules[".".join(delen[:-1] if delen[-1] == "__init__" else delen)] = pad
    return modules


def _geimporteerd(naam: str, pad: Path):
    """Every module name an import statement in the file names (also inside functions)."""
    import ast
    pakket = naam if pad.name == "__init__.py" else naam.rpartition(".")[0]
    for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
        if isinstance(knoop, ast.Import):
            yield from (a.name for a in knoop.names)
        elif isinstance(knoop, ast.ImportFrom):
            basis = knoop.module or ""
            if knoop.level:
                delen = pakket.split(".")[:len(pakket.split(".")) - knoop.level + 1]
                basis = ".".join(delen + ([knoop.module] if knoop.module else []))
            yield basis
            yield from (f"{basis}.{a.name}" for a in knoop.names)


def test_elke_eigen_module_is_bereikbaar_vanuit_main():
    """The spec lists none of our modules: PyInstaller must find each one by following the
    import statements from main.py, so nothing may be imported only by a name in a string."""
    modules = _eigen_modules()
    gezien, te_doen = set(), ["main"]
    while te_doen:
        naam = te_doen.pop()
        if naam in gezien:
            continue
        gezien.add(naam)
        for geimporteerd in _geimporteerd(naam, modules[naam]):
            delen = geimporteerd.split(".")
            te_doen += [m for m in (".".join(delen[:i]) for i in range(1, len(delen) + 1)) if m in modules]
    assert sorted(set(modules) - gezien) == []
    for pad in modules.values():
        tekst = pad.read_text(encoding="utf-8")
        assert "import_module(" not in tekst and "__import__(" not in tekst, pad
