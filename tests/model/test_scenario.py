"""Scenarios (REKENREGELS §6): each preset changes the lines it should and no others."""
from __future__ import annotations

import json

import pytest

from model.analyse import gevoeligheid, vergelijk, vergelijk_presets
from model.berekening import bereken
from model.opmaak import hele_euro
from model.scenario import (INVOER, PARAMETER, REEKS_SOORT, Override, Scenario, ScenarioFout, lees_scenario,
                            preset, presets)

BEIDE_LKS = {"buig_lks_beschut", "lasten_lks_beschut"}
TOTALEN = {"baten_totaal", "lasten_totaal", "saldo"}

VERWACHT_GEWIJZIGD = {
    # forfait one year later: overbrugging runs in 2028; LKS 2028 at the gemeente percentage. The
    # aanvullende bijdrage moves opposite to the LKS (the SOB's net cost is the same), so total
    # lasten stay put while the BUIG-dekking on the baten side falls.
    "Wetswijziging forfaitaire LKS een jaar later":
        {"iu_beschut_lks_overbrugging", "lasten_beschut_aanvullend", "saldo_beschut_per_plek",
         "baten_totaal", "saldo"} | BEIDE_LKS,
    "Taakstelling volledig gerealiseerd":
        {"iu_beschut_werk", "iu_beschut_lks_overbrugging", "lasten_beschut_aanvullend", "plekken_bekostigd_beschut",
         "saldo_beschut_per_plek", "realisatiegraad", "maatschappelijke_baten", "maatschappelijke_baten_gemeente"}
        | BEIDE_LKS | TOTALEN,
    "Verdeelmodel weegt realisatie zwaarder":
        {"iu_beschut_werk", "iu_beschut_lks_overbrugging", "plekken_bekostigd_beschut", "saldo_beschut_per_plek",
         "baten_totaal", "saldo"},
    "Wsw-uitstroom sneller": {"lasten_wsw", "lasten_totaal", "saldo"},
}


@pytest.fixture(scope="module")
def vergelijking(voorbeeld):
    return vergelijk_presets(voorbeeld, van=2025, tot=2040)


def test_vijf_presets_met_basis_eerst():
    namen = [s.naam for s in presets()]
    assert namen[0] == "Basis" and len(namen) == 5
    assert presets()[0].overrides == ()


@pytest.mark.parametrize("naam", sorted(VERWACHT_GEWIJZIGD))
def test_preset_wijzigt_precies_de_verwachte_regels(vergelijking, naam):
    variant = next(r for r in vergelijking.varianten if r.scenario == naam)
    assert set(vergelijking.gewijzigde_regels(variant)) == VERWACHT_GEWIJZIGD[naam]


def test_forfait_later_geeft_ophoging_in_2028(voorbeeld):
    basis = bereken(voorbeeld, van=2028, tot=2029)
    later = bereken(voorbeeld, scenario=preset("Wetswijziging forfaitaire LKS een jaar later"), van=2028, tot=2029)
    assert basis.waarde("iu_beschut_lks_overbrugging", 2028) == 0
    assert later.waarde("iu_beschut_lks_overbrugging", 2028) == pytest.approx(
        later.waarde("plekken_bekostigd_beschut", 2028) * 2971)
    assert later.waarde("iu_beschut_lks_overbrugging", 2029) == 0
    # 2028 LKS at the gemeente's 57 % instead of the 68 % forfait
    assert later.waarde("lasten_lks_beschut", 2028) == pytest.approx(basis.waarde("lasten_lks_beschut", 2028) * 0.57 / 0.68)


def test_taakstelling_gerealiseerd_zet_realisatiegraad_op_een(voorbeeld):
    r = bereken(voorbeeld, scenario=preset("Taakstelling volledig gerealiseerd"), van=2025, tot=2035)
    assert all(g == pytest.approx(1.0) for g in r.reeks("realisatiegraad"))
    assert not any(w.code == "realisatie" for w in r.waarschuwingen)


def test_verschil_en_cumulatief(vergelijking):
    variant = vergelijking.varianten[-1]
    verschil = vergelijking.verschil(variant, "saldo")
    cumulatief = vergelijking.cumulatief(variant, "saldo")
    assert cumulatief[-1] == pytest.approx(sum(verschil))
    assert verschil[0] == pytest.approx(variant.regels["saldo"][0] - vergelijking.basis.regels["saldo"][0])


def test_override_voor_een_jaar(voorbeeld):
    s = Scenario("een jaar", overrides=(Override(PARAMETER, "bw_bedrag_per_plek", 20_000, jaar=2030),))
    r = bereken(voorbeeld, scenario=s, van=2029, tot=2031)
    basis = bereken(voorbeeld, van=2029, tot=2031)
    assert r.waarde("iu_beschut_werk", 2030) == pytest.approx(r.waarde("plekken_bekostigd_beschut", 2030) * 20_000)
    assert r.waarde("iu_beschut_werk", 2029) == basis.waarde("iu_beschut_werk", 2029)
    assert r.waarde("iu_beschut_werk", 2031) == basis.waarde("iu_beschut_werk", 2031)
    assert r.parametergebruik("bw_bedrag_per_plek", 2030).status == "scenario"
    assert r.parametergebruik("bw_bedrag_per_plek", 2031).status == "aanname"


def test_reeks_override_vervangt_alleen_gegeven_jaren(voorbeeld):
    s = Scenario("reeks", overrides=(Override(REEKS_SOORT, "gerealiseerd", waarden={2027: 20.0}),))
    r = bereken(voorbeeld, scenario=s, van=2026, tot=2028)
    assert r.details["real"] == (14.0, 20.0, 17.0)


def test_factor_werkt_op_de_scenariowaarde(voorbeeld):
    s = Scenario("f", overrides=(Override(PARAMETER, "lks_forfait_pct", 0.7),
                                 Override(PARAMETER, "lks_forfait_pct", factor=1.1)))
    r = bereken(voorbeeld, scenario=s, van=2028, tot=2028)
    assert r.parameter("lks_forfait_pct", 2028) == pytest.approx(0.77)


def test_foute_overrides_geven_een_nederlandse_fout(voorbeeld):
    with pytest.raises(ScenarioFout, match="onbekende parameter"):
        bereken(voorbeeld, scenario=Scenario("x", overrides=(Override(PARAMETER, "bestaat_niet", 1),)))
    with pytest.raises(ScenarioFout, match="geen getal"):
        bereken(voorbeeld, scenario=Scenario("x", overrides=(Override(PARAMETER, "lpo", "veel"),)))
    with pytest.raises(ScenarioFout, match="geen invoerwaarde"):
        bereken(voorbeeld, scenario=Scenario("x", overrides=(Override(INVOER, "basisjaar", 2030),)))
    with pytest.raises(ScenarioFout, match="onbekend scenario"):
        preset("Bestaat niet")


def test_scenario_json_heen_en_terug(tmp_path):
    for s in presets():
        pad = tmp_path / "s.json"
        pad.write_text(json.dumps(s.naar_dict()), encoding="utf-8")
        terug = lees_scenario(pad)
        assert terug.naam == s.naam and terug.overrides == s.overrides
    (tmp_path / "kapot.json").write_text("{kapot", encoding="utf-8")
    with pytest.raises(ScenarioFout, match="geen geldig JSON"):
        lees_scenario(tmp_path / "kapot.json")


def test_gevoeligheid_gesorteerd_en_natuurlijke_bereiken(voorbeeld):
    g = gevoeligheid(voorbeeld, van=2025, tot=2035)
    breedtes = [x.bandbreedte for x in g]
    assert breedtes == sorted(breedtes, reverse=True)
    start = next(x for x in g if x.variatie.sleutel == "lks_forfait_startjaar")
    assert (start.variatie.laag_tekst, start.variatie.hoog_tekst) == ("2027", "2029")
    later = bereken(voorbeeld, scenario=preset("Wetswijziging forfaitaire LKS een jaar later"), van=2025, tot=2035)
    basis = bereken(voorbeeld, van=2025, tot=2035)
    assert start.effect_hoog == pytest.approx(sum(later.reeks("saldo")) - sum(basis.reeks("saldo")))
    brede = next(x for x in g if x.variatie.sleutel == "brede_baten_midden")
    assert brede.effect_laag == 0 and brede.effect_hoog_maatschappelijk > 0


def test_vergelijk_zonder_basis_vooraan(voorbeeld):
    v = vergelijk(voorbeeld, [preset("Wsw-uitstroom sneller"), preset("Basis")], van=2026, tot=2027)
    assert v.basis.scenario == "Wsw-uitstroom sneller"
    assert hele_euro(v.varianten[0].waarde("saldo", 2026)) == -38_502
