"""The headless CLI as a user runs it: exit codes, Dutch table, JSON contract."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from model.regels import SLEUTELS

WORTEL = Path(__file__).resolve().parents[2]


def draai(*args, **kw):
    return subprocess.run([sys.executable, "main.py", *args], cwd=WORTEL, capture_output=True, text=True, **kw)


def test_bereken_json_heeft_precies_de_sleutels():
    uit = draai("bereken", "--van", "2025", "--tot", "2040", "--json", "-")
    assert uit.returncode == 0, uit.stderr
    data = json.loads(uit.stdout)
    assert set(data) == {"gemeente", "parameterset", "scenario", "jaren", "regels", "waarschuwingen", "bevindingen"}
    assert list(data["regels"]) == list(SLEUTELS)
    assert data["jaren"] == list(range(2025, 2041))
    i = data["jaren"].index(2026)
    assert round(data["regels"]["iu_beschut_lks_overbrugging"][i], 2) == 43867.97  # unrounded: 36.7m x 15.3 / 12800
    assert data["gemeente"] == "Voorbeeldgemeente" and data["scenario"] == "Basis"


def test_bereken_tabel_in_nederlandse_notatie():
    uit = draai("bereken")
    assert uit.returncode == 0
    assert "Geraamd resultaat (+ = voordelig)".upper() in uit.stdout
    assert "-38.502" in uit.stdout and "3.495.750" in uit.stdout and "Waarschuwingen" in uit.stdout


def test_bereken_met_scenario_en_jsonbestand(tmp_path):
    pad = tmp_path / "uit.json"
    uit = draai("bereken", "--scenario", "Wetswijziging forfaitaire LKS een jaar later", "--json", str(pad))
    assert uit.returncode == 0, uit.stderr
    data = json.loads(pad.read_text("utf-8"))
    assert data["scenario"] == "Wetswijziging forfaitaire LKS een jaar later"
    assert data["regels"]["iu_beschut_lks_overbrugging"][data["jaren"].index(2028)] > 0


def test_invoerfouten_geven_exit_2_zonder_traceback(tmp_path):
    kapot = tmp_path / "kapot.json"
    kapot.write_text(json.dumps({"gemeente": {"naam": "X", "basisjaar": 2050}, "reeksen": {}}), "utf-8")
    for args in (("bereken", str(kapot)), ("bereken", "bestaat-niet.json"), ("bereken", "--tot", "2041"),
                 ("bereken", "--scenario", "Onbekend"), ("bereken", "--json", str(tmp_path / "geen" / "map.json"))):
        uit = draai(*args)
        assert uit.returncode == 2, (args, uit.stderr)
        assert "Traceback" not in uit.stderr and uit.stderr.strip()
    uit = draai("bereken", str(kapot))
    assert "Basisjaar" in uit.stderr and "taakstelling" in uit.stderr


def test_scenarios_en_versie():
    uit = draai("scenarios")
    assert uit.returncode == 0 and "Wsw-uitstroom sneller" in uit.stdout
    versie = draai("--version")
    assert versie.returncode == 0 and "Infraraming" in versie.stdout


def test_eigen_scenariobestand(tmp_path):
    pad = tmp_path / "mijn.json"
    pad.write_text(json.dumps({"naam": "Mijn scenario", "overrides": [
        {"soort": "parameter", "sleutel": "lpo", "waarde": 0.03}]}), "utf-8")
    uit = draai("bereken", "--scenario", str(pad), "--json", "-")
    assert uit.returncode == 0 and json.loads(uit.stdout)["scenario"] == "Mijn scenario"
