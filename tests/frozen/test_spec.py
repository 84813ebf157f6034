"""The spec's decisions per platform, checked by running it with stand-ins for PyInstaller's
build classes (the real Windows build runs in .github/workflows/windows.yml)."""
from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from types import SimpleNamespace

import pytest

pytest.importorskip("PyInstaller", reason="the build extra is not installed (pip install -e .[build])")

WORTEL = Path(__file__).resolve().parents[2]
SPEC = WORTEL / "installers" / "infraraming.spec"
PROJECT = tomllib.loads((WORTEL / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def voer_spec_uit(monkeypatch, tmp_path, platform: str) -> dict:
    monkeypatch.setattr(sys, "platform", platform)
    gemaakt: dict = {"EXE": []}

    def analysis(scripts, **kw):
        gemaakt["Analysis"] = kw
        return SimpleNamespace(
            scripts=["main"], pure=["pure"],
            datas=[("PySide6/Qt/translations/qtbase_nl.qm", "x", "DATA"),
                   ("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA"),
                   ("resources/voorbeeldgemeente.xlsx", "x", "DATA")],
            binaries=[("PySide6/Qt/plugins/platforms/libqxcb.so", "x", "BINARY"),
                      ("PySide6/Qt/plugins/platforms/libqvnc.so", "x", "BINARY")])

    def exe(*args, **kw):
        gemaakt["EXE"].append(SimpleNamespace(args=args, **kw))
        return kw["name"]

    def collect(*args, **kw):
        gemaakt["COLLECT"] = SimpleNamespace(args=args, **kw)

    naamruimte = {"SPECPATH": str(SPEC.parent), "workpath": str(tmp_path / "werk"), "__file__": str(SPEC),
                  "Analysis": analysis, "PYZ": lambda pure: "pyz", "EXE": exe, "COLLECT": collect}
    saved_path = list(sys.path)
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), naamruimte)
    finally:
        sys.path[:] = saved_path
    gemaakt["ns"] = naamruimte
    return gemaakt


def test_windows_twee_programmas_in_een_map(monkeypatch, tmp_path):
    gemaakt = voer_spec_uit(monkeypatch, tmp_path, "win32")
    programmas = {e.name: e for e in gemaakt["EXE"]}
    assert set(programmas) == {"infraraming", "infraraming-cli"}
    assert programmas["infraraming"].console is False and programmas["infraraming-cli"].console is True
    for e in programmas.values():
        assert e.exclude_binaries is True  # onedir: the binaries go to COLLECT
        assert Path(e.icon).name == "infraraming.ico" and Path(e.icon).is_file()
        versie = Path(e.version).read_text(encoding="utf-8")
        assert versie.count(PROJECT["version"]) == 2
        assert f"StringStruct('OriginalFilename', '{e.name}.exe')" in versie
        assert ("X utf8", None, "OPTION") in e.args[2]
    assert gemaakt["COLLECT"].name == PROJECT["name"]
    assert gemaakt["COLLECT"].args[:2] == ("infraraming", "infraraming-cli")


def test_linux_een_programma_met_console(monkeypatch, tmp_path):
    gemaakt = voer_spec_uit(monkeypatch, tmp_path, "linux")
    assert [(e.name, e.console, e.icon, e.version, e.strip) for e in gemaakt["EXE"]] == \
        [("infraraming", True, None, None, True)]


def test_analysis_met_resources_vertaling_en_uitsluitingen(monkeypatch, tmp_path):
    gemaakt = voer_spec_uit(monkeypatch, tmp_path, "linux")
    kw = gemaakt["Analysis"]
    doelen = dict((doel, bron) for bron, doel in kw["datas"])
    assert Path(doelen["resources"]) == WORTEL / "resources"
    vertaling = [bron for bron, doel in kw["datas"] if bron.endswith("qtbase_nl.qm")]
    assert len(vertaling) == 1 and Path(vertaling[0]).is_file()
    assert {"pandas", "tkinter", "PySide6.QtQml", "PySide6.QtNetwork"} <= set(kw["excludes"])
    assert "numpy" not in kw["excludes"]   # the array evaluator of the rules runs in the app
    assert kw["hiddenimports"] == []  # PyInstaller follows our imports (test_bundelinhoud checks they reach all)
    a = gemaakt["ns"]["a"]
    assert [d[0] for d in a.datas] == ["PySide6/Qt/translations/qtbase_nl.qm", "resources/voorbeeldgemeente.xlsx"]
    assert [b[0] for b in a.binaries] == ["PySide6/Qt/plugins/platforms/libqxcb.so"]
