"""The Windows installer script and workflow agree with the spec and the repository.

They only run on Windows (.github/workflows/windows.yml); these checks catch the mistakes
that would otherwise surface there first: paths, names, the per-user promise.
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path, PureWindowsPath

WORTEL = Path(__file__).resolve().parents[2]
ISS = (WORTEL / "installers" / "infraraming.iss").read_text(encoding="utf-8")
WORKFLOW = (WORTEL / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
NAAM = tomllib.loads((WORTEL / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]


def sectie(naam: str) -> list[str]:
    blok = re.search(rf"^\[{naam}\]\n(.*?)(?=^\[|\Z)", ISS, re.M | re.S).group(1)
    return [r for r in blok.splitlines() if r.strip() and not r.lstrip().startswith(";")]


def setup() -> dict[str, str]:
    return dict(r.split("=", 1) for r in sectie("Setup"))


def definities() -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', ISS, re.M))


def vanuit_installers(pad: str) -> Path:
    return (WORTEL / "installers" / Path(*PureWindowsPath(pad).parts)).resolve()


def test_per_gebruiker_zonder_beheerder():
    s = setup()
    assert s["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in s
    assert s["DefaultDirName"].startswith("{autopf}\\")
    registry = sectie("Registry")
    assert registry and all(r.startswith("Root: HKCU; Subkey: \"Software\\Classes\\") for r in registry)
    assert s["ChangesAssociations"] == "yes"
    assert any(r.startswith('Name: "{autoprograms}') for r in sectie("Icons"))


def test_nederlands():
    assert sectie("Languages") == ['Name: "dutch"; MessagesFile: "compiler:Languages\\Dutch.isl"']


def test_paden_en_namen_passen_bij_spec_en_repository():
    s = setup()
    assert vanuit_installers(s["SetupIconFile"]).is_file()
    assert vanuit_installers(s["OutputDir"]) == WORTEL / "dist"
    bron = re.search(r'^Source: "([^"]+)"', ISS, re.M).group(1)
    assert vanuit_installers(bron.removesuffix("\\*")) == WORTEL / "dist" / NAAM  # the spec's COLLECT name
    assert definities()["AppExe"] == f"{NAAM}.exe"  # the windowed program from the spec
    assert s["OutputBaseFilename"] == "infraraming-{#AppVersion}-windows-setup"


def test_workflow_bouwt_test_en_levert_het_installatieprogramma():
    assert "runs-on: windows-2022" in WORKFLOW and 'python-version: "3.11"' in WORKFLOW
    assert 'pip install -e ".[build]"' in WORKFLOW
    assert "PyInstaller --noconfirm --clean installers/infraraming.spec" in WORKFLOW
    assert f"dist\\{NAAM}\\{NAAM}-cli.exe --zelftest" in WORKFLOW
    assert "choco install innosetup" in WORKFLOW and "installers\\infraraming.iss" in WORKFLOW
    assert "/DAppVersion=" in WORKFLOW
    assert "actions/upload-artifact@v4" in WORKFLOW
    assert "path: dist/infraraming-*-windows-setup.exe" in WORKFLOW
    for pad in ("installers/infraraming.spec", "installers/infraraming.iss", "main.py"):
        assert (WORTEL / pad).is_file()
