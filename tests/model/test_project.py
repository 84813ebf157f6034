"""Project state and the .infraraming file, without Qt."""
from __future__ import annotations

import json

import pytest

from model.berekening import bereken
from model.io.project import ProjectbestandFout, lees_project, project_bytes, schrijf_project
from model.project import Bron, Project, ProjectFout
from model.scenario import BASIS, preset
from tests.invoer5 import VERWACHT


def test_voorbeeld_basis_matches_invoer_table():
    p = Project.voorbeeld()
    r = p.bereken()
    assert r.jaren == (2026, 2027, 2028, 2029)
    assert round(r.waarde("saldo", 2026)) == VERWACHT["saldo"][2026]
    assert round(r.waarde("iu_beschut_werk", 2027)) == VERWACHT["iu_beschut_werk"][2027]
    lang = p.bereken("lang")
    assert lang.jaren[-1] == 2035
    assert round(lang.waarde("saldo_na_bestemming", 2034)) == VERWACHT["saldo_na_bestemming"][2034]


def test_parameter_edit_is_override_of_active_scenario_and_matches_preset(voorbeeld):
    p = Project.voorbeeld()
    p.toestand = p.met_parameter("lks_forfait_startjaar", 2029)
    r = p.bereken()
    verwacht = bereken(voorbeeld, scenario=preset("Wetswijziging forfaitaire LKS een jaar later"))
    assert r.regels == verwacht.regels
    assert r.waarde("iu_beschut_lks_overbrugging", 2028) > 0
    assert p.parameter_aangepast("lks_forfait_startjaar")
    p.toestand = p.zonder_parameter("lks_forfait_startjaar")
    assert p.bereken().waarde("iu_beschut_lks_overbrugging", 2028) == 0
    assert not p.parameter_aangepast("lks_forfait_startjaar")


def test_one_year_override_and_all_years_replaces_it():
    p = Project.voorbeeld()
    p.toestand = p.met_parameter("lpo", 0.05, 2027)
    assert p.parameterwaarde("lpo", 2027) == 0.05
    assert p.parameterwaarde("lpo", 2028) != 0.05
    p.toestand = p.met_parameter("lpo", 0.02)
    assert [o.jaar for o in p.actief_scenario.overrides] == [None]


def test_input_edits_are_invoercorrecties_before_every_scenario_and_can_be_reset(voorbeeld):
    """Issue 23: an edit of the gemeente's data corrects the input itself (for every scenario), apart from
    the assumptions; the input as loaded stays what the workbook says."""
    p = Project.voorbeeld()
    p.toestand = p.met_invoerveld("begeleiding_per_plek", 9000.0)
    p.toestand = p.met_reekswaarde("gerealiseerd", 2027, 20.0)
    p.toestand = p.met_reekswaarde("gerealiseerd", 2028, 21.0)
    assert p.ingelezen == voorbeeld                  # the loaded input is untouched
    assert p.actief_scenario.overrides == () and not p.basis_aangepast   # no assumption changed
    assert p.actief_scenario.weergavenaam == "Basis"
    eff = p.effectieve_invoer()
    assert eff.begeleiding_per_plek == 9000.0 and p.invoer.begeleiding_per_plek == 9000.0
    assert eff.reeks("gerealiseerd")[2027] == 20.0 and eff.reeks("gerealiseerd")[2028] == 21.0
    assert eff.reeks("gerealiseerd")[2026] == voorbeeld.reeks("gerealiseerd")[2026]
    assert p.bereken().invoer.begeleiding_per_plek == 9000.0
    assert p.gecorrigeerd("gerealiseerd", 2027) and not p.gecorrigeerd("gerealiseerd", 2026)
    assert not p.invoer_aangepast("gerealiseerd", 2027)
    p.toestand = p.met_actief("Wsw-uitstroom sneller")   # every scenario starts from the corrected input
    assert p.bereken().invoer.begeleiding_per_plek == 9000.0
    p.toestand = p.met_actief(BASIS)
    p.toestand = p.zonder_invoer("gerealiseerd", 2027)
    assert p.effectieve_invoer().reeks("gerealiseerd")[2027] == voorbeeld.reeks("gerealiseerd")[2027]
    assert p.effectieve_invoer().reeks("gerealiseerd")[2028] == 21.0
    p.toestand = p.zonder_invoer("begeleiding_per_plek")
    assert not p.gecorrigeerd("begeleiding_per_plek") and p.invoer.begeleiding_per_plek == 8000.0
    # typing the workbook's own value back leaves no correction
    p.toestand = p.met_invoerveld("overhead_per_plek", 5500.0)
    p.toestand = p.met_invoerveld("overhead_per_plek", voorbeeld.overhead_per_plek)
    assert not p.gecorrigeerd("overhead_per_plek")


def test_a_scenario_only_input_value_stays_an_assumption_of_the_scenario(voorbeeld):
    p = Project.voorbeeld()
    p.toestand = p.met_nieuw_scenario("Snel")
    p.toestand = p.met_invoerveld("wsw_uitstroom_pct", 0.1)
    assert p.invoer_aangepast("wsw_uitstroom_pct") and p.toestand.correcties == ()
    p.toestand = p.met_actief(BASIS)
    assert p.effectieve_invoer().wsw_uitstroom_pct != 0.1


def test_scenario_management():
    p = Project.voorbeeld()
    p.toestand = p.met_nieuw_scenario("Mijn scenario")
    assert p.toestand.actief == "Mijn scenario"
    p.toestand = p.met_nieuw_scenario(kopie_van="Wsw-uitstroom sneller")
    assert p.toestand.actief == "Kopie van Wsw-uitstroom sneller"
    assert p.actief_scenario.overrides == preset("Wsw-uitstroom sneller").overrides
    assert not p.actief_scenario.preset
    p.toestand = p.met_hernoemd("Kopie van Wsw-uitstroom sneller", "Snel")
    assert p.toestand.actief == "Snel"
    with pytest.raises(ProjectFout, match="Er is al een scenario"):
        p.met_hernoemd("Snel", "Mijn scenario")
    with pytest.raises(ProjectFout):
        p.zonder_scenario(BASIS)
    p.toestand = p.zonder_scenario("Snel")
    assert p.toestand.actief == BASIS and "Snel" not in p.toestand.namen()


def test_round_trip_identical_results(tmp_path):
    p = Project.voorbeeld()
    p.toestand = p.met_nieuw_scenario("Later forfait")
    p.toestand = p.met_parameter("lks_forfait_startjaar", 2029)
    p.toestand = p.met_parameter("lpo", 0.031, 2028)
    p.toestand = p.met_invoerveld("overhead_per_plek", 5500.0)
    p.toestand = p.met_invoer(p.ingelezen, Bron("voorbeeld.xlsx", b"PK\x03\x04 werkboek"))
    p.toestand = p.met_reekswaarde("gerealiseerd", 2027, 20.0)     # an invoercorrectie is kept in the file
    p.ui = {"horizon": "lang", "tab": 2}
    pad = tmp_path / "raming.infraraming"
    schrijf_project(pad, p)
    terug = lees_project(pad)
    assert terug.toestand == p.toestand
    assert terug.ui == {"horizon": "lang", "tab": 2}
    assert terug.pad == str(pad)
    for horizon in ("kort", "lang"):
        assert terug.bereken(horizon).regels == p.bereken(horizon).regels
    assert terug.toestand.bron.inhoud == b"PK\x03\x04 werkboek"
    assert project_bytes(terug) == pad.read_bytes()


def test_newer_version_and_damaged_files_give_dutch_messages(tmp_path):
    data = json.loads(project_bytes(Project.voorbeeld()))
    data["versie"] = 99
    nieuwer = tmp_path / "nieuw.infraraming"
    nieuwer.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectbestandFout, match="nieuwere versie van Infraraming"):
        lees_project(nieuwer)
    kapot = tmp_path / "kapot.infraraming"
    kapot.write_bytes(project_bytes(Project.voorbeeld())[:200])
    with pytest.raises(ProjectbestandFout, match="beschadigd"):
        lees_project(kapot)
    ander = tmp_path / "ander.infraraming"
    ander.write_text('{"schema": "iets anders"}', encoding="utf-8")
    with pytest.raises(ProjectbestandFout, match="geen Infraraming-project"):
        lees_project(ander)
    data = json.loads(project_bytes(Project.voorbeeld()))
    data["invoer"]["gemeente"]["basisjaar"] = 1990
    slecht = tmp_path / "slecht.infraraming"
    slecht.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectbestandFout) as fout:
        lees_project(slecht)
    assert any("Basisjaar" in b.melding for b in fout.value.bevindingen)
    with pytest.raises(ProjectbestandFout, match="bestaat niet"):
        lees_project(tmp_path / "weg.infraraming")


def test_project_van_rekenregels_versie_1_wordt_opnieuw_doorgerekend(voorbeeld):
    """REKENREGELS v2: a landelijk-2026-11 project opens with the new set and one clear notice; nothing entered is lost."""
    from model.invoer import naar_dict
    from model.io.project import uit_projectdict
    data = {
        "schema": "infraraming-project", "versie": 1, "parameterset": "landelijk-2026-11",
        "invoer": naar_dict(voorbeeld),
        "scenarios": [{"naam": "Basis", "overrides": []},
                      {"naam": "Eigen", "omschrijving": "mijn scenario", "overrides": [
                          {"soort": "parameter", "sleutel": "lpo", "waarde": 0.03},
                          {"soort": "parameter", "sleutel": "bw_lks_overbrugging_per_plek", "waarde": 3000}]}],
        "actief": "Eigen",
    }
    project = uit_projectdict(data, "oud.infraraming")
    assert project.parameterset.id == "landelijk-2027-01"
    assert "rekenregels versie 1" in project.meldingen[0] and "versie 3" in project.meldingen[0]
    assert "tijdelijke ophoging" in project.meldingen[0] and "nooit negatief" in project.meldingen[0]
    assert any("bw_lks_overbrugging_per_plek" in m for m in project.meldingen)
    eigen = project.toestand.scenario("Eigen")
    assert eigen.omschrijving == "mijn scenario" and [o.sleutel for o in eigen.overrides] == ["lpo"]
    assert project.toestand.actief == "Eigen" and project.invoer == voorbeeld
    assert "Zonder loon- en prijsontwikkeling" in project.toestand.namen()
    assert project.gewijzigd  # saving writes it in the new version
    assert round(project.bereken().waarde("saldo", 2026)) != 0


def test_project_van_rekenregels_versie_2_wordt_opnieuw_doorgerekend_met_een_melding(voorbeeld):
    """REKENREGELS v3: a landelijk-2026-12 project opens with the new set and one notice; its scenarios are kept."""
    from model.invoer import naar_dict
    from model.io.project import uit_projectdict
    data = {"schema": "infraraming-project", "versie": 1, "parameterset": "landelijk-2026-12",
            "invoer": naar_dict(voorbeeld),
            "scenarios": [{"naam": "Basis", "overrides": []},
                          {"naam": "Eigen", "overrides": [{"soort": "parameter", "sleutel": "lpo", "waarde": 0.03}]}],
            "actief": "Eigen"}
    project = uit_projectdict(data, "vorig.infraraming")
    assert project.parameterset.id == "landelijk-2027-01"
    [melding] = project.meldingen
    assert melding.startswith("vorig.infraraming is gemaakt met rekenregels versie 2 (parameterset landelijk-2026-12)")
    assert "rekenregels versie 3 (parameterset landelijk-2027-01)" in melding and "tijdelijke ophoging" not in melding
    assert [o.sleutel for o in project.toestand.scenario("Eigen").overrides] == ["lpo"]
    assert project.invoer == voorbeeld and project.gewijzigd
    assert round(project.bereken().waarde("besteding_duurzame_werkplekken", 2029)) == 400_000


def test_basis_aanpassen_en_terugzetten(voorbeeld):
    """REKENREGELS §6 (v2): an edit while Basis is active changes Basis; every scenario follows; reset undoes it."""
    p = Project(begintoestand_met(voorbeeld))
    p.toestand = p.met_parameter("lpo", 0.04)
    assert p.basis_aangepast and p.toestand.basis.weergavenaam == "Basis (aangepast)"
    p.toestand = p.met_actief("Wsw-uitstroom sneller")
    assert p.parameterwaarde("lpo", 2030) == 0.04   # inherited from Basis
    p.toestand = p.zonder_basisaanpassingen()
    assert not p.basis_aangepast and p.parameterwaarde("lpo", 2030) == 0.025


def test_aanpassing_buiten_bereik_wordt_geweigerd(voorbeeld):
    from model.scenario import Override, PARAMETER, ScenarioFout
    p = Project(begintoestand_met(voorbeeld))
    with pytest.raises(ScenarioFout, match="tussen −5 % en 15 %"):
        p.met_parameter("lpo", 1.0)
    with pytest.raises(ScenarioFout, match="tussen 2025 en 2040"):
        p.met_parameter("lks_forfait_startjaar", -5)
    assert p.controleer(Override(PARAMETER, "lpo", 0.03)) is None
    assert "drie keer" in p.controleer(Override(PARAMETER, "bw_bedrag_per_plek", 60_000))


def begintoestand_met(invoer):
    from model.project import begintoestand
    return begintoestand(invoer)


def test_negatieve_telling_wordt_door_het_model_geweigerd(voorbeeld):
    """A count cannot be negative: the project refuses the edit itself (not only the editor), and so does a
    scenario that carries such a value, in Dutch naming the series and the year."""
    from model.scenario import REEKS_SOORT, Override, Scenario, ScenarioFout, pas_invoer_aan
    p = Project(begintoestand_met(voorbeeld))
    with pytest.raises(ScenarioFout, match="^Taakstelling beschut werk 2027 moet tussen 0 en 1.000.000 liggen; −1 kan niet.$"):
        p.met_reekswaarde("taakstelling", 2027, -1.0)
    with pytest.raises(ScenarioFout, match="moet tussen 0 en"):
        p.controleer(Override(REEKS_SOORT, "gerealiseerd", waarden={2026: -0.5}))
    with pytest.raises(ScenarioFout, match="moet tussen 0 en"):
        pas_invoer_aan(voorbeeld, Scenario("X", overrides=(
            Override(REEKS_SOORT, "plekken_si", waarden={2028: -3.0}),)).overrides)
    p.toestand = p.met_reekswaarde("taakstelling", 2027, 0.0)   # zero is a count (a correction of the data)
    assert p.gecorrigeerd("taakstelling", 2027)


def test_invoer_geerfd_van_basis(voorbeeld):
    """A scenario other than Basis inherits an input edit made to Basis; Basis itself does not 'inherit'."""
    p = Project(begintoestand_met(voorbeeld))
    p.toestand = p.met_invoerveld("wsw_uitstroom_pct", 0.05)   # a scenario value, not the gemeente's data
    assert not p.invoer_geerfd("wsw_uitstroom_pct")   # Basis is active: its own edit
    p.toestand = p.met_actief("Taakstelling volledig gerealiseerd")
    assert p.invoer_geerfd("wsw_uitstroom_pct")
    p.toestand = p.met_actief("Wsw-uitstroom sneller")   # sets the value itself: its own adjustment
    assert p.invoer_aangepast("wsw_uitstroom_pct")
    # the gemeente's own data is an invoercorrectie, for every scenario alike: nothing to inherit
    p.toestand = p.met_reekswaarde("taakstelling", 2027, 40.0)
    assert p.gecorrigeerd("taakstelling", 2027) and not p.invoer_geerfd("taakstelling", 2027)


def test_grenzen_van_een_project_gelden_voor_aanpassingen_en_het_lezen(tmp_path, monkeypatch):
    """The bounds on overrides are the reader's and the edit's alike: what the app adds, it can reopen."""
    import json

    from model import scenario as scenariomodule
    from model.io.project import naar_projectdict
    from model.project import Project, ProjectFout
    from model.scenario import ScenarioFout
    project = Project.voorbeeld()
    grens = sum(len(s.overrides) for s in project.toestand.scenarios) + 3   # the presets' own, and three more
    monkeypatch.setattr(scenariomodule, "MAX_AANPASSINGEN_PROJECT", grens)
    monkeypatch.setattr("model.io.project.MAX_AANPASSINGEN_PROJECT", grens)
    for jaar in (2026, 2027, 2028):
        project.toestand = project.met_parameter("lpo", 0.02, jaar)
    with pytest.raises(ScenarioFout, match="grootste aantal aanpassingen"):
        project.met_parameter("lpo", 0.02, 2029)
    project.toestand = project.met_parameter("lpo", 0.021, 2026)   # replacing one is fine
    with pytest.raises(ProjectFout, match=f"hoogstens {grens} aanpassingen"):
        project.met_nieuw_scenario(kopie_van="Basis")
    pad = tmp_path / "p.infraraming"
    schrijf_project(pad, project)
    assert lees_project(pad).toestand.scenarios == project.toestand.scenarios
    data = json.loads(pad.read_text(encoding="utf-8"))
    data["scenarios"][0]["overrides"].append({"soort": "parameter", "sleutel": "lpo", "waarde": 0.02, "jaar": 2030})
    pad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectbestandFout, match="onredelijk veel aanpassingen"):
        lees_project(pad)
    assert naar_projectdict(project)


def test_taakveld_kiezen_is_een_invoercorrectie_voor_elk_scenario(voorbeeld):
    """Issue 18 (v3): a taakveld chosen in the app classifies the gemeente's begroting for every scenario, as an
    invoercorrectie; the amounts stay the same, the input as loaded stays what the workbook says."""
    from model.scenario import TAAKVELD, Override
    p = Project.voorbeeld()
    voor = p.bereken()
    assert p.taakveld("besteding_doorstroom") == "6.5"                  # the default (REKENREGELS §5)
    p.toestand = p.met_taakveld("besteding_doorstroom", " 6.71 ")      # typed with spaces: the code itself is kept
    assert p.toestand.correcties == (Override(TAAKVELD, "besteding_doorstroom", "6.71"),)
    assert p.taakveld("besteding_doorstroom") == "6.71" and p.taakveld_gecorrigeerd("besteding_doorstroom")
    assert p.ingelezen == voorbeeld and p.actief_scenario.overrides == () and not p.basis_aangepast
    r = p.bereken()
    assert dict(r.invoer.taakvelden) == {"besteding_doorstroom": "6.71"}
    assert r.regels == voor.regels                                       # a classification, not an amount
    assert p.toestand.correcties[0].omschrijving() == \
        "Taakveld Besteding impulsbudget: doorstroom naar regulier werk = 6.71"
    p.toestand = p.met_actief("Wsw-uitstroom sneller")                  # every scenario starts from it
    assert p.bereken().invoer.taakvelden["besteding_doorstroom"] == "6.71"
    # the code already in use is no edit; the workbook's own code back leaves no correction
    assert p.met_taakveld("besteding_doorstroom", "6.71") is p.toestand
    assert p.met_taakveld("besteding_doorstroom", "6.5").correcties == ()
    p.toestand = p.met_taakveld("lasten_wsw", "6.71")
    p.toestand = p.zonder_taakveld("besteding_doorstroom")             # reset one line, the other stays
    assert p.taakveld("besteding_doorstroom") == "6.5" and not p.taakveld_gecorrigeerd("besteding_doorstroom")
    assert [o.sleutel for o in p.toestand.correcties] == ["lasten_wsw"]


def test_taakveld_terugzetten_geeft_dat_van_het_werkboek(voorbeeld):
    """A line the workbook (sheet Classificatie) books elsewhere: a correction to the default is a correction,
    resetting it gives the workbook's code again."""
    p = Project.nieuw(voorbeeld.met(taakvelden={"lasten_wsw": "6.71"}))
    assert p.taakveld("lasten_wsw") == "6.71"
    p.toestand = p.met_taakveld("lasten_wsw", "6.4")
    assert p.taakveld("lasten_wsw") == "6.4" and p.taakveld_gecorrigeerd("lasten_wsw")
    assert p.bereken().invoer.taakvelden["lasten_wsw"] == "6.4"
    p.toestand = p.zonder_taakveld("lasten_wsw")
    assert p.taakveld("lasten_wsw") == "6.71" and p.toestand.correcties == ()


@pytest.mark.parametrize("sleutel, code, zin", [
    ("lasten_wsw", "6,4", "Taakveld van Wsw (netto kosten): '6,4' is geen taakveldcode; schrijf bijvoorbeeld 6.4 of 0.10."),
    ("lasten_wsw", "6.", "'6.' is geen taakveldcode"),
    ("lasten_wsw", "", "'' is geen taakveldcode"),
    ("lasten_wsw", "taakveld 6", "'taakveld 6' is geen taakveldcode"),
    ("saldo", "6.4", "Saldo van baten en lasten: 'saldo' is geen regel met een taakveld."),
    ("realisatiegraad", "6.4", "geen regel met een taakveld"),
])
def test_taakveld_dat_niet_kan_wordt_geweigerd_met_de_reden(sleutel, code, zin):
    from model.scenario import ScenarioFout
    p = Project.voorbeeld()
    voor = p.toestand
    with pytest.raises(ScenarioFout) as fout:
        p.met_taakveld(sleutel, code)
    assert zin in str(fout.value)
    assert p.toestand is voor and p.toestand.correcties == ()


def test_taakveld_correctie_blijft_in_het_projectbestand(tmp_path):
    p = Project.voorbeeld()
    p.toestand = p.met_taakveld("besteding_overig", "6.10")
    p.toestand = p.met_invoerveld("overhead_per_plek", 5500.0)
    pad = tmp_path / "taakveld.infraraming"
    schrijf_project(pad, p)
    data = json.loads(pad.read_text(encoding="utf-8"))
    assert {"soort": "taakveld", "sleutel": "besteding_overig", "waarde": "6.10"} in data["correcties"]
    terug = lees_project(pad)
    assert terug.toestand == p.toestand
    assert terug.taakveld("besteding_overig") == "6.10"        # text: 6.10 is not 6.1
    assert terug.bereken().invoer.taakvelden["besteding_overig"] == "6.10"
