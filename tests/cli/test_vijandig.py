"""Hostile files and paths on the command line: exit 0 or 2 with one Dutch sentence, never a traceback
or exit 1; the command line never writes over its own inputs. Every file is generated here."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cli import main
from model.io.project import naar_projectdict, schrijf_project
from model.project import Project


def _fout(capsys, *args) -> str:
    code = main(list(args))
    uit = capsys.readouterr()
    assert code == 2, (code, uit.err)
    assert "Traceback" not in uit.err and "Onverwachte fout" not in uit.err and "Error" not in uit.err, uit.err
    return uit.err


def _scenario(tmp_path, *overrides, naam="Eigen") -> str:
    pad = tmp_path / "scenario.json"
    pad.write_text(json.dumps({"naam": naam, "overrides": list(overrides)}), encoding="utf-8")
    return str(pad)


def _project(tmp_path, wijzig=None) -> Path:
    d = json.loads(json.dumps(naar_projectdict(Project.voorbeeld())))
    if wijzig:
        wijzig(d)
    pad = tmp_path / "p.infraraming"
    pad.write_text(json.dumps(d), encoding="utf-8")
    return pad


# ---------------------------------------------------------------- one set of rules for a scenario file

@pytest.mark.parametrize("aanpassing, woord", [
    ({"soort": "invoer", "sleutel": "ontvangt_impulsbudget", "waarde": "nee"}, "ja of nee"),
    ({"soort": "reeks", "sleutel": "taakstelling", "waarden": {"2027": 1e300}}, "kan niet"),
    ({"soort": "reeks", "sleutel": "circ_beschut", "waarden": {"2027": 1e11}}, "kan niet"),
    ({"soort": "reeks", "sleutel": "taakstelling", "waarden": {"0": 5}}, "2020–2060"),
    ({"soort": "reeks", "sleutel": "taakstelling", "waarden": {"99999": 5}}, "2020–2060"),
    ({"soort": "reeks", "sleutel": "taakstelling", "waarden": "abc"}, "waarden per jaar"),
    ({"soort": "parameter", "sleutel": "lpo", "factor": 1e300}, "factor"),
    ({"soort": "parameter", "sleutel": "lpo", "waarde": 0.02, "waarden": "abc"}, "hoort niet bij"),
    ({"soort": "invoer", "sleutel": "arbeidsmarktregio", "waarde": 1}, "tekst"),
    ({"soort": "invoer", "sleutel": "dgr_gemeente", "waarde": 5000}, "Doelgroepenregister"),
])
def test_scenariobestand_volgt_de_regels_van_een_aanpassing(tmp_path, capsys, aanpassing, woord):
    assert woord in _fout(capsys, "bereken", "--scenario", _scenario(tmp_path, aanpassing))


def test_scenariobestand_en_projectbestand_en_aanpassing_zijn_het_eens(tmp_path):
    """The same override is refused (or accepted) by a scenario file, a project file and an edit alike."""
    from model.io.project import ProjectbestandFout, lees_project
    from model.scenario import Override, Scenario, ScenarioFout, controleer_scenario
    from model.parameters import standaard_parameterset
    project = Project.voorbeeld()
    gevallen = [{"soort": "invoer", "sleutel": "ontvangt_impulsbudget", "waarde": w} for w in ("nee", "ja", 0, 1, False)]
    gevallen += [{"soort": "reeks", "sleutel": "gerealiseerd", "waarden": {j: w}}
                 for j in ("2019", "2020", "2060", "2061") for w in (-1, 0, 1e6, 1e6 + 1, 1e13)]
    gevallen += [{"soort": "invoer", "sleutel": "dgr_samenwerkingsverband", "waarde": w} for w in (0, 719, 2000, 1e6)]
    for ruw in gevallen:
        def wijzig(d):
            d["scenarios"][0]["overrides"] = [ruw]
        try:
            lees_project(_project(tmp_path, wijzig))
            project_goed = True
        except ProjectbestandFout:
            project_goed = False
        try:
            s = Scenario.uit_dict({"naam": "x", "overrides": [ruw]})
            controleer_scenario(s, project.invoer, standaard_parameterset())
            bestand_goed = True
        except ScenarioFout:
            bestand_goed = False
        try:
            o = Override.uit_dict(ruw)
            if o.soort == "invoer":
                project.met_invoerveld(o.sleutel, o.waarde)
            else:
                (jaar, waarde), = o.waarden.items()
                project.met_reekswaarde(o.sleutel, jaar, waarde)
            bewerking_goed = True
        except ScenarioFout:
            bewerking_goed = False
        assert project_goed == bestand_goed == bewerking_goed, (ruw, project_goed, bestand_goed, bewerking_goed)


# ---------------------------------------------------------------- hostile files

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="geen FIFO op dit platform")
@pytest.mark.parametrize("optie", ["invoer", "project", "--scenario", "--parameterset", "--logo", "controleer",
                                   "wat-verandert"])
def test_fifo_blokkeert_niet(tmp_path, capsys, optie):
    naam = {"project": "p.infraraming", "--scenario": "s.json", "--parameterset": "s.toml", "--logo": "l.png",
            "controleer": "x.json", "wat-verandert": "x.json", "invoer": "x.json"}[optie]
    pijp = tmp_path / naam
    os.mkfifo(pijp)
    argumenten = {"invoer": ["bereken", str(pijp)], "project": ["bereken", str(pijp)],
                  "controleer": ["controleer", str(pijp)], "wat-verandert": ["wat-verandert", str(pijp), str(pijp)],
                  "--logo": ["bereken", "--pdf", str(tmp_path / "b.pdf"), "--logo", str(pijp)]
                  }.get(optie, ["bereken", optie, str(pijp)])
    code = main(argumenten)
    uit = capsys.readouterr()
    assert code == 2 and "gewoon bestand" in uit.out + uit.err, uit


def test_project_met_vierduizend_cijfers_en_tekst_waar_een_getal_hoort(tmp_path, capsys):
    def groot(d):
        d["invoer"]["gemeente"]["contracturen"] = 10 ** 3999
    assert "onredelijk groot" in _fout(capsys, "bereken", str(_project(tmp_path, groot)))

    def abc(d):
        d["scenarios"][0]["overrides"] = [{"soort": "parameter", "sleutel": "lpo", "waarde": 0.02, "waarden": "abc"}]
    assert "beschadigd" in _fout(capsys, "bereken", str(_project(tmp_path, abc)))


def test_parameterset_met_enorme_jaren(tmp_path, capsys):
    pad = tmp_path / "set.toml"
    pad.write_text('[set]\nid = "x"\neerste_jaar = -1000000000\nlaatste_jaar = 1000000000\n')
    assert "2000–2100" in _fout(capsys, "bereken", "--parameterset", str(pad))


# ---------------------------------------------------------------- never over an input

def _werkboek(tmp_path) -> Path:
    from model.invoer import voorbeeldgemeente
    from model.io.sjabloon import schrijf_sjabloon
    pad = tmp_path / "w.xlsx"
    schrijf_sjabloon(pad, voorbeeldgemeente())
    return pad


def test_uitvoer_over_de_invoer_wordt_geweigerd(tmp_path, capsys):
    w = _werkboek(tmp_path)
    inhoud = w.read_bytes()
    for optie in ("--xlsx", "--json", "--pdf"):
        assert "het invoerbestand" in _fout(capsys, "bereken", str(w), optie, str(w))
        assert w.read_bytes() == inhoud
    # the same file under another name (a relative path, a symbolic link)
    os.chdir(tmp_path)
    assert "overschrijven" in _fout(capsys, "bereken", str(w), "--xlsx", "w.xlsx")
    if os.name != "nt":
        (tmp_path / "link.xlsx").symlink_to(w)
        assert "overschrijven" in _fout(capsys, "bereken", str(w), "--xlsx", str(tmp_path / "link.xlsx"))
    assert w.read_bytes() == inhoud


def test_uitvoer_over_project_logo_scenario_en_parameterset(tmp_path, capsys):
    from tests.export.hulp import maak_png
    project = tmp_path / "p.infraraming"
    schrijf_project(project, Project.voorbeeld())
    assert "het invoerbestand" in _fout(capsys, "bereken", str(project), "--pdf", str(project))
    logo = tmp_path / "logo.png"
    logo.write_bytes(maak_png())
    assert "het logo" in _fout(capsys, "bereken", "--logo", str(logo), "--pdf", str(logo))
    scenario = _scenario(tmp_path, {"soort": "parameter", "sleutel": "lpo", "waarde": 0.02})
    assert "het scenariobestand" in _fout(capsys, "bereken", "--scenario", scenario, "--json", scenario)
    assert "de parameterset" in _fout(capsys, "bereken", "--parameterset", str(logo), "--xlsx", str(logo))
    assert logo.read_bytes() == maak_png() and project.stat().st_size > 1000


def test_twee_uitvoerbestanden_op_een_pad(tmp_path, capsys):
    f = tmp_path / "f"
    assert "hetzelfde bestand" in _fout(capsys, "bereken", "--pdf", str(f), "--xlsx", str(f))
    assert not f.exists()
    oud = tmp_path / "oud.json"
    main(["bereken", "--json", str(oud)])
    capsys.readouterr()
    assert "overschrijven" in _fout(capsys, "wat-verandert", str(oud), str(oud), "--json", str(oud))


def test_sjabloon_vervangt_geen_bestaand_bestand(tmp_path, capsys):
    gevuld = _werkboek(tmp_path)
    inhoud = gevuld.read_bytes()
    assert "--overschrijven" in _fout(capsys, "sjabloon", str(gevuld))
    assert gevuld.read_bytes() == inhoud
    assert main(["sjabloon", str(gevuld), "--overschrijven"]) == 0
    assert gevuld.read_bytes() != inhoud


# ---------------------------------------------------------------- text fields, dates

@pytest.mark.parametrize("zet", ["naam=1", "arbeidsmarktregio=1", "cbs_code=1", "arbeidsmarktregio=Nergensland",
                                 "cbs_code=XX12", "ontvangt_impulsbudget=2"])
def test_tekstvelden_nooit_uit_een_getal(capsys, zet):
    _fout(capsys, "bereken", "--zet", zet)


def test_tekstveld_wel_uit_tekst(capsys):
    assert main(["bereken", "--zet", "arbeidsmarktregio=Twente", "--zet", "ontvangt_impulsbudget=nee",
                 "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("datum", ["2108-01-01", "1979-12-31", "9999-12-31"])
def test_datum_buiten_wat_excel_bewaart(tmp_path, capsys, datum):
    assert "1980 tot en met 2107" in _fout(capsys, "bereken", "--xlsx", str(tmp_path / "b.xlsx"), "--datum", datum)
    assert not (tmp_path / "b.xlsx").exists()


def test_scenariobestand_met_de_naam_basis_houdt_zijn_aanpassingen_in_de_bijlage(tmp_path, capsys, monkeypatch):
    """The reported case: the table showed 22.894 and the annex 22.349 for the same scenario file."""
    import model.export
    scenario = _scenario(tmp_path, {"soort": "parameter", "sleutel": "lpo_rijk", "waarde": 0.03}, naam="Basis")
    assert main(["bereken", "--scenario", scenario, "--json", "-"]) == 0
    tabel = json.loads(capsys.readouterr().out)
    gezien = []
    monkeypatch.setattr(model.export, "schrijf_excel", lambda pad, resultaat, opties: gezien.append(resultaat))
    assert main(["bereken", "--scenario", scenario, "--xlsx", str(tmp_path / "b.xlsx")]) == 0
    (resultaat,), jaren = gezien, tabel["jaren"]
    regel = "iu_beschut_werk"
    assert [resultaat.waarde(regel, j) for j in jaren] == pytest.approx(tabel["regels"][regel])
    assert main(["bereken", "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["regels"][regel] != tabel["regels"][regel]   # the edit matters


def test_een_onredelijk_groot_getal_wordt_kort_genoemd(tmp_path, capsys):
    fout = _fout(capsys, "bereken", "--scenario", _scenario(
        tmp_path, {"soort": "invoer", "sleutel": "contracturen", "waarde": -1e300}))
    assert "−1,0 × 10^300 kan niet" in fout and len(fout) < 200, fout
