"""Project files and input .json are input too: bounded, typed, finite, validated; refusals are Dutch sentences."""
from __future__ import annotations

import json

import pytest

from model.io.invoerbestand import lees_invoerbestand, schrijf_json
from model.io.project import ProjectbestandFout, lees_project, naar_projectdict
from model.parameters import standaard_parameterset
from model.project import Project
from model.scenario import INVOER, PARAMETER, Override


@pytest.fixture
def projectdict(voorbeeld):
    project = Project.nieuw(voorbeeld)
    return naar_projectdict(project)


PARAM = next(iter(standaard_parameterset().parameters))   # any parameter of the shipped set


def _schrijf(tmp_path, data, naam="p.infraraming") -> str:
    pad = tmp_path / naam
    pad.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return pad


def _fout(pad) -> str:
    with pytest.raises(ProjectbestandFout) as fout:
        lees_project(pad)
    zin = str(fout.value)
    assert zin.endswith(".") or zin.endswith(")"), zin
    for python in ("object is not", "NoneType", "Traceback", "Error", "{'", "dict(", "[{"):
        assert python not in zin, zin
    return zin


def test_goed_project_leest(tmp_path, projectdict):
    assert lees_project(_schrijf(tmp_path, projectdict)).invoer.naam == "Voorbeeldgemeente"


@pytest.mark.parametrize("aanpassing, woord", [
    ({"soort": PARAMETER, "sleutel": PARAM, "waarde": "abc"}, "eindig getal"),
    ({"soort": PARAMETER, "sleutel": PARAM, "waarde": 1, "factor": 2}, "precies één"),
    ({"soort": PARAMETER, "sleutel": PARAM, "waarde": True}, "eindig getal"),
    ({"soort": PARAMETER, "sleutel": PARAM, "waarde": 1, "jaar": "2027"}, "jaartal"),
    ({"soort": INVOER, "sleutel": "contracturen", "waarde": "veel"}, "eindig getal"),
    ({"soort": INVOER, "sleutel": "contracturen", "waarde": -5}, "ongeldige waarde"),
    ({"soort": INVOER, "sleutel": "contracturen", "waarde": 1e308 * 10}, "eindig"),
    ({"soort": INVOER, "sleutel": "naam", "waarde": "x"}, "geen invoerwaarde"),
    ({"soort": "reeks", "sleutel": "taakstelling", "waarden": [1, 2]}, "waarden per jaar"),
    ({"soort": "reeks", "sleutel": "taakstelling", "waarden": {"2027": "x"}}, "eindig getal"),
    ({"soort": "reeks", "sleutel": "taakstelling", "waarden": {"2070": 5}}, "2020–2060"),
    ({"soort": "onzin", "sleutel": "x"}, "onbekende soort"),
    ({"soort": PARAMETER, "sleutel": PARAM, "waarde": 1e11}, "moet tussen"),
    ({"soort": PARAMETER, "sleutel": PARAM, "factor": 1.1, "jaar": 2070}, "buiten de jaren"),
    (5, "geen aanpassing"),
])
def test_ongeldige_scenario_aanpassing(tmp_path, projectdict, aanpassing, woord):
    projectdict["scenarios"][0]["overrides"] = [aanpassing]
    assert woord in _fout(_schrijf(tmp_path, projectdict))


def test_parameter_override_contracturen_abc_laat_de_start_niet_vastlopen(tmp_path, projectdict):
    """The reported case: a saved override "abc" made every later start exit with a traceback."""
    projectdict["scenarios"][0]["overrides"] = [{"soort": PARAMETER, "sleutel": PARAM, "waarde": "abc"}]
    zin = _fout(_schrijf(tmp_path, projectdict))
    assert PARAM in zin and "Basis" in zin


@pytest.mark.parametrize("tekst, woord", [
    ("[" * 100_000 + "]" * 100_000, "diep genest"),
    ('{"a":' * 50 + "1" + "}" * 50, "diep genest"),
    ('{"schema": "infraraming-project", "versie": NaN}', "eindig"),
    ('{"schema": "infraraming-project", "versie": 1e999}', "eindig"),
    ("\udcff", "beschadigd"),
])
def test_onredelijke_json(tmp_path, tekst, woord):
    pad = tmp_path / "p.infraraming"
    pad.write_bytes(tekst.encode("utf-8", "surrogateescape"))
    assert woord in _fout(pad)


@pytest.mark.parametrize("verander", [
    lambda d: d.update(scenarios={"naam": "x"}),
    lambda d: d.update(scenarios=[{"naam": ""}]),
    lambda d: d.update(bron=5),
    lambda d: d.update(bron={"bestandsnaam": 3}),
    lambda d: d["invoer"].update(samenwerkingsverband=5),
    lambda d: d["invoer"].update(reeksen=[1]),
    lambda d: d["invoer"]["gemeente"].update(contracturen=1e300),
])
def test_verkeerde_soorten_geven_een_zin(tmp_path, projectdict, verander):
    verander(projectdict)
    _fout(_schrijf(tmp_path, projectdict))


def test_aanpassing_van_een_parameter_die_niet_meer_bestaat_vervalt_met_melding(tmp_path, projectdict):
    projectdict["scenarios"][0]["overrides"] = [{"soort": PARAMETER, "sleutel": "bestaat_niet_meer", "waarde": 1}]
    project = lees_project(_schrijf(tmp_path, projectdict))
    assert any("bestaat_niet_meer" in m for m in project.meldingen)
    assert not project.toestand.scenarios[0].overrides


@pytest.mark.parametrize("correctie, woord", [
    ({"soort": "taakveld", "sleutel": "lasten_wsw", "waarde": "6,4"}, "'6,4' is geen taakveldcode"),
    ({"soort": "taakveld", "sleutel": "lasten_wsw", "waarde": " 6.4"}, "geen taakveldcode"),
    ({"soort": "taakveld", "sleutel": "lasten_wsw", "waarde": "x" * 5000}, "geen taakveldcode"),
    ({"soort": "taakveld", "sleutel": "lasten_wsw", "waarde": 6.4}, "moet tekst zijn"),
    ({"soort": "taakveld", "sleutel": "lasten_wsw"}, "moet tekst zijn"),
    ({"soort": "taakveld", "sleutel": "saldo", "waarde": "6.4"}, "'saldo' is geen regel met een taakveld"),
    ({"soort": "taakveld", "sleutel": "lasten_wsw", "waarde": "6.4", "jaar": 2027}, "'jaar' hoort niet bij"),
])
def test_ongeldige_taakveldcorrectie_geeft_een_zin(tmp_path, projectdict, correctie, woord):
    """(v3) A taakveld chosen in the app is kept as an invoercorrectie; an old or hostile file with a bad one is
    refused with the reason, like every other correction."""
    projectdict["correcties"] = [correctie]
    zin = _fout(_schrijf(tmp_path, projectdict))
    assert "de invoercorrecties zijn ongeldig" in zin and woord in zin, zin
    assert len(zin) < 300, zin


def test_taakveld_in_een_scenario_wordt_geweigerd(tmp_path, projectdict):
    """A taakveld is the gemeente's classification, the same in every scenario: not an assumption of one."""
    projectdict["scenarios"][0]["overrides"] = [{"soort": "taakveld", "sleutel": "lasten_wsw", "waarde": "6.71"}]
    zin = _fout(_schrijf(tmp_path, projectdict))
    assert "hoort niet in een scenario" in zin and "Basis" in zin, zin


def test_goede_taakveldcorrectie_leest(tmp_path, projectdict):
    projectdict["correcties"] = [{"soort": "taakveld", "sleutel": "besteding_doorstroom", "waarde": "6.10"}]
    project = lees_project(_schrijf(tmp_path, projectdict))
    assert project.taakveld("besteding_doorstroom") == "6.10" and project.ingelezen.taakvelden == {}


def test_ui_staat_houdt_alleen_eenvoudige_waarden(tmp_path, projectdict):
    projectdict["ui"] = {"horizon": "lang", "tab": 2, "diep": {"a": [1]}, "lijst": [1, 2]}
    assert lees_project(_schrijf(tmp_path, projectdict)).ui == {"horizon": "lang", "tab": 2}


def test_projectbestand_te_groot(tmp_path, monkeypatch, projectdict):
    from model.io import project
    monkeypatch.setattr(project, "MAX_PROJECT", 1000)
    assert "te groot" in _fout(_schrijf(tmp_path, projectdict))


@pytest.mark.parametrize("tekst", ['{"gemeente": {"contracturen": NaN}}', '{"gemeente": {"contracturen": Infinity}}',
                                   '{"gemeente": {"contracturen": 1e999}}', '{"gemeente": [], "reeksen": 5}',
                                   '{"gemeente": {}, "samenwerkingsverband": 5}', "[" * 10_000])
def test_invoer_json_weigert_niet_eindige_getallen_en_vreemde_vormen(tmp_path, tekst):
    pad = tmp_path / "invoer.json"
    pad.write_text(tekst, encoding="utf-8")
    invoer, bevindingen = lees_invoerbestand(pad)
    assert invoer is None and bevindingen and bevindingen[0].is_fout
    assert "object is not" not in bevindingen[0].melding and "Error" not in bevindingen[0].melding


def test_invoer_json_heen_en_terug(tmp_path, voorbeeld):
    schrijf_json(voorbeeld, tmp_path / "v.json")
    invoer, _ = lees_invoerbestand(tmp_path / "v.json")
    assert invoer == voorbeeld


def test_elders_gewijzigd(tmp_path, voorbeeld):
    import os

    from model.io.project import elders_gewijzigd, schrijf_project
    pad = tmp_path / "p.infraraming"
    project = Project.nieuw(voorbeeld)
    assert not elders_gewijzigd(project)                    # never saved: nothing to compare
    schrijf_project(pad, project)
    project.pad = str(pad)
    assert not elders_gewijzigd(project)
    ander = lees_project(pad)
    ander.gewijzigd = True
    schrijf_project(pad, ander)                            # another instance saves meanwhile
    os.utime(pad, ns=(1, 1))                               # (even within the same clock tick)
    assert elders_gewijzigd(project) and not elders_gewijzigd(lees_project(pad))


def test_opslaan_van_een_elders_gewijzigd_project_vraagt_eerst(qtbot, tmp_path, voorbeeld):
    import os

    from model.io.project import schrijf_project
    from ui.hoofdvenster import Hoofdvenster
    from ui.instellingen import Instellingen
    vragen = []
    antwoord = {"overschrijven": "nee"}
    venster = Hoofdvenster(Instellingen(tmp_path / "instellingen.ini", tmp_path / "data"),
                           vraag=lambda soort, tekst: (vragen.append(soort), antwoord.get(soort, "nee"))[1],
                           meld=lambda *a: None)
    qtbot.addWidget(venster)
    pad = tmp_path / "p.infraraming"
    schrijf_project(pad, Project.nieuw(voorbeeld))
    assert venster.bestanden.open_project(str(pad))
    schrijf_project(pad, Project.nieuw(voorbeeld.met(naam="Andere gemeente")))
    os.utime(pad, ns=(1, 1))
    assert not venster.bestanden.opslaan() and vragen == ["overschrijven"]
    assert lees_project(pad).invoer.naam == "Andere gemeente"    # not overwritten
    antwoord["overschrijven"] = "ja"
    assert venster.bestanden.opslaan() and lees_project(pad).invoer.naam == "Voorbeeldgemeente"
    assert venster.bestanden.opslaan() and vragen == ["overschrijven", "overschrijven"]   # saved by us: no question
