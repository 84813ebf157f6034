"""Scenarios (REKENREGELS §6): each preset changes the lines it should and no others."""
from __future__ import annotations

import json

import pytest

from model.analyse import gevoeligheid, vergelijk, vergelijk_presets
from model.berekening import bereken
from model.opmaak import hele_euro
from model.io.jsonbestand import lees_scenario
from model.scenario import INVOER, PARAMETER, REEKS_SOORT, Override, Scenario, ScenarioFout, preset, presets

BEIDE_LKS = {"buig_lks_beschut", "lasten_lks_beschut"}
TOTALEN = {"baten_totaal", "lasten_totaal", "saldo"}
NA_BESTEMMING = {"saldo_na_bestemming", "structureel_saldo"}  # (v2) follow the saldo

VERWACHT_GEWIJZIGD = {
    # forfait one year later: overbrugging runs in 2028; LKS 2028 at the gemeente percentage. The
    # aanvullende bijdrage moves opposite to the LKS (the SOB's net cost is the same), so total
    # lasten stay put while the BUIG-dekking on the baten side falls.
    "Wetswijziging forfaitaire LKS een jaar later":
        {"iu_beschut_lks_overbrugging", "lasten_beschut_aanvullend", "saldo_beschut_per_plek",
         "baten_totaal", "saldo", "incidentele_baten"} | BEIDE_LKS | NA_BESTEMMING,
    "Taakstelling volledig gerealiseerd":
        {"iu_beschut_werk", "iu_beschut_lks_overbrugging", "lasten_beschut_aanvullend", "plekken_bekostigd_beschut",
         "saldo_beschut_per_plek", "realisatiegraad", "realisatiegraad_fte", "maatschappelijke_baten",
         "maatschappelijke_baten_gemeente", "incidentele_baten"} | BEIDE_LKS | TOTALEN | NA_BESTEMMING,
    "Verdeelmodel weegt realisatie zwaarder":
        {"iu_beschut_werk", "iu_beschut_lks_overbrugging", "plekken_bekostigd_beschut", "saldo_beschut_per_plek",
         "baten_totaal", "saldo", "incidentele_baten"} | NA_BESTEMMING,
    "Wsw-uitstroom sneller": {"lasten_wsw", "lasten_totaal", "saldo"} | NA_BESTEMMING,
    # (v2) no indexation: every indexed rijksbijdrage and cost moves; the impulsbudget (never indexed),
    # the ophoging (published nominal amounts) and the counts do not
    "Zonder loon- en prijsontwikkeling":
        {"iu_beschut_werk", "iu_sociale_infrastructuur", "iu_wsw", "lasten_beschut_aanvullend",
         "lasten_sociale_infrastructuur", "lasten_wsw", "saldo_beschut_per_plek"} | BEIDE_LKS | TOTALEN | NA_BESTEMMING
        # (v3) the structural werkplekken continue after 2034 without indexation, so the reserve lasts longer
        | {"besteding_duurzame_werkplekken", "lasten_impulsbudget", "onttrekking_reserve_impulsbudget",
           "incidentele_baten", "reserve_impulsbudget_begin", "reserve_impulsbudget", "reserve_impulsbudget_leden",
           "besteding_zonder_dekking"},
}


@pytest.fixture(scope="module")
def vergelijking(voorbeeld):
    return vergelijk_presets(voorbeeld, van=2025, tot=2040)


def test_zes_presets_met_basis_eerst():
    namen = [s.naam for s in presets()]
    assert namen[0] == "Basis" and len(namen) == 6 and namen[-1] == "Zonder loon- en prijsontwikkeling"
    assert presets()[0].overrides == ()


@pytest.mark.parametrize("naam", sorted(VERWACHT_GEWIJZIGD))
def test_preset_wijzigt_precies_de_verwachte_regels(vergelijking, naam):
    variant = next(r for r in vergelijking.varianten if r.scenario == naam)
    assert set(vergelijking.gewijzigde_regels(variant)) == VERWACHT_GEWIJZIGD[naam]


def test_forfait_later_geeft_ophoging_in_2028(voorbeeld):
    basis = bereken(voorbeeld, van=2028, tot=2029)
    later = bereken(voorbeeld, scenario=preset("Wetswijziging forfaitaire LKS een jaar later"), van=2028, tot=2029)
    assert basis.waarde("iu_beschut_lks_overbrugging", 2028) == 0
    # (v2) 36.7m x 14400 / 12800 = 41.2875m over the national taakstelling of 2028 (14400)
    assert later.waarde("iu_beschut_lks_overbrugging", 2028) == pytest.approx(
        later.waarde("plekken_bekostigd_beschut", 2028) * 36_700_000 / 12800)
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
    assert start.effect_hoog == pytest.approx(
        sum(later.reeks("saldo_na_bestemming")) - sum(basis.reeks("saldo_na_bestemming")))
    brede = next(x for x in g if x.variatie.sleutel == "brede_baten_midden")
    assert brede.effect_laag == 0 and brede.effect_hoog_maatschappelijk > 0


def test_vergelijking_is_altijd_ten_opzichte_van_basis(voorbeeld):
    """(v2) Basis is the reference wherever it stands in the list, and is not compared with itself."""
    v = vergelijk(voorbeeld, [preset("Wsw-uitstroom sneller"), preset("Basis")], van=2026, tot=2027)
    assert v.basis.scenario == "Basis" and [r.scenario for r in v.varianten] == ["Wsw-uitstroom sneller"]
    assert hele_euro(v.basis.waarde("saldo", 2026)) == -38_502


def test_scenario_erft_aanpassingen_van_basis(voorbeeld):
    """REKENREGELS §6 (v2): edit Basis, every scenario follows; the difference is the scenario's own effect."""
    eigen_basis = Scenario("Basis", overrides=(Override(PARAMETER, "lpo", 0.04),))
    later = preset("Wetswijziging forfaitaire LKS een jaar later")
    v = vergelijk(voorbeeld, [later], van=2026, tot=2029, basis=eigen_basis)
    variant = v.varianten[0]
    # 2026: the forfait is not involved, so the scenario's own effect is nothing at all
    assert v.verschil(variant, "saldo")[0] == 0
    assert variant.regels["lasten_wsw"] == v.basis.regels["lasten_wsw"]  # both use lpo = 4 %
    assert v.basis.regels["lasten_wsw"] != bereken(voorbeeld, van=2026, tot=2029).regels["lasten_wsw"]
    # a scenario's own override wins over Basis's edit of the same value
    eigen = Scenario("x", overrides=(Override(PARAMETER, "lpo", 0.0),)).op_basis(eigen_basis)
    assert [o.waarde for o in eigen.overrides if o.sleutel == "lpo"] == [0.0]
    assert eigen_basis.weergavenaam == "Basis (aangepast)" and Scenario("Basis").weergavenaam == "Basis"


def test_een_scenario_voor_alle_jaren_wint_van_een_basisaanpassing_van_een_jaar(voorbeeld):
    """REKENREGELS §6: a scenario follows Basis except where it overrides the same value. Its value for all years
    is the same value as Basis's value for 2027, so Basis's 2027 edit does not leak into the scenario."""
    basis = Scenario("Basis", overrides=(Override(PARAMETER, "wml_indexatie", 0.04, jaar=2027),
                                         Override(PARAMETER, "lpo", 0.03)))
    nul = Scenario("x", overrides=(Override(PARAMETER, "wml_indexatie", 0.0),))
    effectief = nul.op_basis(basis)
    assert [o for o in effectief.overrides if o.sleutel == "wml_indexatie"] == [Override(PARAMETER, "wml_indexatie", 0.0)]
    assert Override(PARAMETER, "lpo", 0.03) in effectief.overrides          # what it does not set, it takes over
    zonder_basis = bereken(voorbeeld, scenario=nul, van=2026, tot=2029)
    met_basis = bereken(voorbeeld, scenario=effectief, van=2026, tot=2029)
    assert met_basis.parameter("wml_indexatie", 2027) == 0.0
    assert met_basis.parameter("wml_uur", 2028) == zonder_basis.parameter("wml_uur", 2028)
    # a value for one year covers only that year: Basis's value for all years stays for the others
    een_jaar = Scenario("y", overrides=(Override(PARAMETER, "lpo", 0.0, jaar=2027),)).op_basis(basis)
    assert Override(PARAMETER, "lpo", 0.03) in een_jaar.overrides


def test_een_reeksjaar_van_het_scenario_dekt_alleen_dat_jaar_van_basis():
    basis = Scenario("Basis", overrides=(Override(REEKS_SOORT, "gerealiseerd", waarden={2026: 20.0, 2027: 21.0}),))
    s = Scenario("x", overrides=(Override(REEKS_SOORT, "gerealiseerd", waarden={2027: 30.0}),)).op_basis(basis)
    geerfd, eigen = s.overrides
    assert dict(geerfd.waarden) == {2026: 20.0} and dict(eigen.waarden) == {2027: 30.0}
    alles = Scenario("z", overrides=(Override(REEKS_SOORT, "gerealiseerd", waarden={2026: 1.0, 2027: 2.0}),))
    assert [dict(o.waarden) for o in alles.op_basis(basis).overrides] == [{2026: 1.0, 2027: 2.0}]


@pytest.mark.parametrize("override, deel", [
    (Override(PARAMETER, "lpo", 1), "tussen −5 % en 15 %"),
    (Override(PARAMETER, "lks_forfait_startjaar", -5), "tussen 2025 en 2040"),
    (Override(PARAMETER, "lks_forfait_startjaar", 2028.5), "jaartal"),
    (Override(INVOER, "contracturen", 50.0), "tussen 1 en 40"),
    (Override(PARAMETER, "lpo_rijk", float("nan")), "geen getal"),
])
def test_aanpassing_buiten_het_bereik_wordt_geweigerd(voorbeeld, override, deel):
    with pytest.raises(ScenarioFout, match=deel):
        bereken(voorbeeld, scenario=Scenario("x", overrides=(override,)))


def test_onwaarschijnlijke_aanpassing_vraagt_bevestiging(parameterset):
    from model.scenario import twijfel
    # a fraction typed as 1 (= 100 %) where 2,5 % is shipped: asks whether 1 % was meant
    assert "Bedoelt u 1 %" in twijfel(Override(PARAMETER, "lpo", 1.0), parameterset)
    assert twijfel(Override(PARAMETER, "lpo", 0.03), parameterset) is None
    assert "drie keer" in twijfel(Override(PARAMETER, "bw_bedrag_per_plek", 50_000), parameterset)


def test_een_negatieve_groeivoet_binnen_het_bereik_is_geen_twijfel(parameterset):
    from model.scenario import twijfel
    assert twijfel(Override(PARAMETER, "lpo", -0.01), parameterset) is None       # 3,5 points from 2,5 %
    assert "ver van de meegeleverde waarde" in twijfel(Override(PARAMETER, "lpo", 0.10), parameterset)
