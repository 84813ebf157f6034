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
    assert set(data) == {"gemeente", "parameterset", "scenario", "jaren", "regels", "waarschuwingen", "bevindingen",
                         "taakvelden"}
    assert list(data["regels"]) == list(SLEUTELS)
    # every §5 key, the v3 ones too, and the taakveld of every line that has one (v3)
    for sleutel in ("besteding_organisatiestructuur", "besteding_doorstroom", "besteding_operationeel_resultaat",
                    "besteding_duurzame_werkplekken", "besteding_overig", "doorbetaling_aan_leden",
                    "reserve_impulsbudget_begin", "besteding_zonder_dekking", "reserve_impulsbudget_leden"):
        assert sleutel in data["regels"], sleutel
    assert data["taakvelden"]["besteding_doorstroom"] == "6.5" and data["taakvelden"]["iu_wsw"] == "0.7"
    assert data["taakvelden"]["toevoeging_reserve_impulsbudget"] == "0.10"
    assert set(data["taakvelden"]) <= set(data["regels"]) and "saldo" not in data["taakvelden"]
    # INVOER §5 v3 over 2025–2040: the reserve runs out in 2037, € 185.255 has no cover
    j = data["jaren"].index(2037)
    assert round(data["regels"]["besteding_zonder_dekking"][j]) == 185_255
    assert data["regels"]["reserve_impulsbudget"][j] == 0
    assert data["jaren"] == list(range(2025, 2041))
    i = data["jaren"].index(2026)
    assert round(data["regels"]["iu_beschut_lks_overbrugging"][i], 2) == 43867.97  # unrounded: 36.7m x 15.3 / 12800
    assert data["gemeente"] == "Voorbeeldgemeente" and data["scenario"] == "Basis"


def test_taakveld_kiezen_op_de_opdrachtregel():
    uit = draai("bereken", "--taakveld", "besteding_doorstroom=6.10", "--taakveld", "Duurzame werkplekken=6.71",
                "--json", "-")
    assert uit.returncode == 0, uit.stderr
    taakvelden = json.loads(uit.stdout)["taakvelden"]
    assert taakvelden["besteding_doorstroom"] == "6.10" and taakvelden["besteding_duurzame_werkplekken"] == "6.71"
    assert taakvelden["besteding_overig"] == "6.4"
    tabel = draai("bereken", "--taakveld", "lasten_wsw=6.71").stdout
    assert any(r.startswith("6.71") and "Wsw (netto kosten)" in r for r in tabel.splitlines())
    for fout, zin in (("onbekend=6.4", "geen regel met een taakveld"), ("lasten_wsw=6,4", "geen taakveldcode"),
                      ("lasten_wsw", "SLEUTEL=CODE")):
        uit = draai("bereken", "--taakveld", fout)
        assert uit.returncode == 2 and zin in uit.stderr and "Traceback" not in uit.stderr


def test_taakvelden_in_de_json_volgen_de_invoer_van_het_scenario():
    """--zet ontvangt_impulsbudget=nee makes the gemeente a member: the DU line is its doorbetaling, on 6.4, in the
    JSON as in the table."""
    uit = draai("bereken", "--zet", "ontvangt_impulsbudget=nee", "--json", "-")
    assert uit.returncode == 0, uit.stderr
    assert json.loads(uit.stdout)["taakvelden"]["du_impulsbudget"] == "6.4"
    tabel = draai("bereken", "--zet", "ontvangt_impulsbudget=nee").stdout
    assert any(r.startswith("6.4") and "Doorbetaling impulsbudget" in r for r in tabel.splitlines())


def test_taakveld_gekozen_in_de_app_staat_in_de_json_van_het_project(tmp_path):
    """A taakveld chosen in the app (an invoercorrectie of the project) is what ``bereken PROJECT`` uses;
    ``--taakveld`` still goes on top."""
    from model.io.project import schrijf_project
    from model.project import Project
    p = Project.voorbeeld()
    p.toestand = p.met_taakveld("besteding_doorstroom", "6.10")
    schrijf_project(tmp_path / "p.infraraming", p)
    uit = draai("bereken", str(tmp_path / "p.infraraming"), "--taakveld", "lasten_wsw=6.71", "--json", "-")
    assert uit.returncode == 0, uit.stderr
    taakvelden = json.loads(uit.stdout)["taakvelden"]
    assert taakvelden["besteding_doorstroom"] == "6.10" and taakvelden["lasten_wsw"] == "6.71"
    assert taakvelden["besteding_overig"] == "6.4"


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
