"""The version-3 rules (REKENREGELS §0 v3) on hand-worked cases, independent of the Voorbeeldgemeente.

Expected values are worked out here from the rule text and the shipped parameter values (ib_macro: 2025 35 mln,
2026–2030 31,5 mln, 2031 28,8 mln, 2035 0; lpo 2,5 %), not from the code.
"""
from __future__ import annotations

import pytest

from model.berekening import bereken
from model.invoer import Lid, ledensleutels, maak_invoer
from model.scenario import PARAMETER, Override, Scenario

P = pytest.approx


def gemeente(reeksen=None, **velden):
    basis = dict(naam="Testgemeente", basisjaar=2026, begeleiding_per_plek=0.0, overhead_per_plek=0.0)
    basis.update(velden)
    alle = {"taakstelling": {2026: 10.0}}
    alle.update(reeksen or {})
    return maak_invoer(alle, **basis)


# --- item 1: spending per category, a structural category continues -----------------------------

def test_structurele_categorie_loopt_door_met_lpo_en_drukt_op_het_structurele_saldo():
    plan = {"circ_impulsbudget": {2025: 350_000.0},
            "duurzame_werkplekken": {2033: 100_000.0, 2034: 120_000.0}, "overig": {2033: 10_000.0}}
    ja = gemeente(plan, ontvangt_impulsbudget=True, structureel_duurzame_werkplekken=True)
    nee = ja.met(structureel_duurzame_werkplekken=False)
    r, n = bereken(ja, van=2025, tot=2040), bereken(nee, van=2025, tot=2040)
    # after the last planned year (2034) the structural category continues: 120.000 × 1,025^(y − 2034)
    assert r.waarde("besteding_duurzame_werkplekken", 2035) == P(123_000)
    assert r.waarde("besteding_duurzame_werkplekken", 2037) == P(120_000 * 1.025 ** 3)
    assert n.waarde("besteding_duurzame_werkplekken", 2035) == 0
    assert r.waarde("besteding_duurzame_werkplekken", 2030) == 0          # before the first planned year: no plan
    assert r.waarde("besteding_overig", 2034) == 0                         # overig is not structural
    assert r.waarde("lasten_impulsbudget", 2033) == 110_000
    # only non-structural spending is incidental: 2033 incidental lasten = overig 10.000 + toevoeging
    assert r.waarde("incidentele_lasten", 2033) == P(10_000 + r.waarde("toevoeging_reserve_impulsbudget", 2033))
    assert n.waarde("incidentele_lasten", 2033) == P(110_000 + n.waarde("toevoeging_reserve_impulsbudget", 2033))
    # the structural saldo carries the structural spending: 100.000 lower in 2033, 120.000 lower in 2034
    assert r.waarde("structureel_saldo", 2033) == P(n.waarde("structureel_saldo", 2033) - 100_000)
    assert r.waarde("structureel_saldo", 2034) == P(n.waarde("structureel_saldo", 2034) - 120_000)
    # a different lpo moves the continuation (3 %: 120.000 × 1,03)
    hoger = bereken(ja, scenario=Scenario("lpo", overrides=(Override(PARAMETER, "lpo", 0.03),)), van=2025, tot=2036)
    assert hoger.waarde("besteding_duurzame_werkplekken", 2035) == P(123_600)
    [w] = [w for w in r.waarschuwingen if w.code == "structureel_na_duurzame_werkplekken"]
    assert "duurzame werkplekken" in w.tekst and "€ 123.000 in 2035" in w.tekst


def test_een_ingevulde_nul_is_een_plan_van_nul():
    """An entered 0 is a plan: the structural continuation starts after the last entered year."""
    inv = gemeente({"duurzame_werkplekken": {2030: 50_000.0, 2031: 0.0}}, structureel_duurzame_werkplekken=True)
    r = bereken(inv, van=2030, tot=2033)
    assert r.reeks("besteding_duurzame_werkplekken") == (50_000, 0, 0, 0)


# --- item 2: the reserve never goes below zero --------------------------------------------------

def test_reserve_raakt_op_en_het_tekort_valt_op_het_resultaat():
    # regional amount 2025 100.000 (share 100.000 / 35 mln), so 2026 = 100.000 × 31,5 / 35 = 90.000
    inv = gemeente({"circ_impulsbudget": {2025: 100_000.0}, "doorstroom": {2025: 50_000.0, 2026: 200_000.0}},
                   ontvangt_impulsbudget=True, reserve_impulsbudget_start=20_000.0)
    r = bereken(inv, van=2025, tot=2027)
    # 2025: 20.000 + (100.000 − 50.000) = 70.000
    assert r.reeks("reserve_impulsbudget_begin") == P((20_000, 70_000, 0))
    assert r.waarde("reserve_impulsbudget", 2025) == P(70_000)
    # 2026: 90.000 − 200.000 = −110.000; the reserve holds 70.000, so 40.000 has no cover
    assert r.waarde("onttrekking_reserve_impulsbudget", 2026) == P(70_000)
    assert r.waarde("besteding_zonder_dekking", 2026) == P(40_000)
    assert r.waarde("reserve_impulsbudget", 2026) == P(0)
    assert r.waarde("saldo_na_bestemming", 2026) == P(r.waarde("saldo", 2026) + 70_000)
    # 2027: 90.000 received, nothing spent: the reserve fills again
    assert r.waarde("reserve_impulsbudget", 2027) == P(90_000)
    [w] = [w for w in r.waarschuwingen if w.code == "besteding_zonder_dekking"]
    assert w.jaren == (2026,) and "€ 40.000" in w.tekst and "2026" in w.tekst
    assert not any(w.code == "reserve_negatief" for w in r.waarschuwingen)


# --- item 6: the samenwerkingsverband (SAMENWERKING §4.5) ------------------------------------------

LEDEN = (Lid("Aadorp", 400, 0.5), Lid("Beekdal", 400, 0.3), Lid("Cranendonck", 200, 0.2))


def test_ontvangende_gemeente_betaalt_door_met_afgesproken_sleutels():
    inv = gemeente({"circ_impulsbudget": {2026: 600_000.0}}, naam="Aadorp", ontvangt_impulsbudget=True,
                   doorbetalen_aan_leden=True, dgr_gemeente=400, dgr_samenwerkingsverband=1000,
                   samenwerkingsverband=LEDEN)
    assert inv.verdeelsleutel == 0.5              # the own row's agreed key, not 400 / 1000
    r = bereken(inv, van=2026, tot=2027)
    assert r.waarde("impulsbudget_toegerekend", 2026) == P(300_000)
    assert r.waarde("doorbetaling_aan_leden", 2026) == P(300_000)        # 600.000 × (1 − 0,5)
    # the members' amounts add up to the regional amount
    bedragen = {naam: sleutel * 600_000 for naam, sleutel, _ in ledensleutels(inv)}
    assert bedragen == P({"Aadorp": 300_000, "Beekdal": 180_000, "Cranendonck": 120_000})
    assert sum(bedragen.values()) == P(r.waarde("du_impulsbudget", 2026))
    assert r.waarde("doorbetaling_aan_leden", 2026) == P(bedragen["Beekdal"] + bedragen["Cranendonck"])
    # the money passed on is no addition to the reserve, and is incidental
    assert r.waarde("toevoeging_reserve_impulsbudget", 2026) == P(300_000)
    assert r.waarde("incidentele_lasten", 2026) == P(300_000 + 300_000)
    assert r.waarde("reserve_impulsbudget_leden", 2026) == 0


def test_ontvangende_gemeente_die_niet_doorbetaalt_toont_het_deel_van_de_leden_in_de_reserve():
    inv = gemeente({"circ_impulsbudget": {2026: 600_000.0}}, naam="Aadorp", ontvangt_impulsbudget=True,
                   samenwerkingsverband=LEDEN)
    r = bereken(inv, van=2026, tot=2026)
    assert r.waarde("doorbetaling_aan_leden", 2026) == 0
    assert r.waarde("reserve_impulsbudget_leden", 2026) == P(r.waarde("reserve_impulsbudget", 2026) * 0.5)


def test_lid_zonder_doorbetaling_krijgt_zijn_aandeel():
    """The issue's member: 450 of 1.650, regional amount 472.500 from the receiving gemeente's circulaire."""
    inv = gemeente({"circ_impulsbudget": {2026: 472_500.0}}, ontvangt_impulsbudget=False,
                   dgr_gemeente=450, dgr_samenwerkingsverband=1650)
    r = bereken(inv, van=2026, tot=2031)
    assert round(r.waarde("impulsbudget_toegerekend", 2026)) == 128_864
    assert r.waarde("du_impulsbudget", 2027) == P(472_500 * 450 / 1650)
    assert r.waarde("du_impulsbudget", 2031) == P(472_500 / 31.5 * 28.8 * 450 / 1650)
    info = {w.code: w for w in r.waarschuwingen}
    assert info["ingevuld_doorbetaling"].ernst == "info" and "toegerekende aandeel" in info["ingevuld_doorbetaling"].tekst
    assert "toegerekend_onbekend" not in info and "doorbetaling_ontbreekt" not in info


def test_lid_met_gaten_volgt_het_landelijke_pad():
    inv = gemeente({"doorbetaling": {2026: 100_000.0, 2029: 90_000.0}}, ontvangt_impulsbudget=False,
                   dgr_gemeente=450, dgr_samenwerkingsverband=1650)
    r = bereken(inv, van=2025, tot=2035)
    verwacht = {2025: 100_000 * 35 / 31.5, 2026: 100_000, 2027: 100_000, 2028: 100_000, 2029: 90_000,
                2030: 90_000, 2031: 90_000 * 28.8 / 31.5, 2034: 90_000 * 19.8 / 31.5, 2035: 0}
    assert {j: r.waarde("du_impulsbudget", j) for j in verwacht} == P(verwacht)
    [w] = [w for w in r.waarschuwingen if w.code == "ingevuld_doorbetaling"]
    assert w.jaren == (2025, 2027, 2028, 2030, 2031, 2032, 2033, 2034)
    assert "2025 vanaf 2026" in w.tekst and "2027–2028 vanaf 2026" in w.tekst and "2030–2034 vanaf 2029" in w.tekst


def test_lid_zonder_invoer_krijgt_geen_stille_nul():
    r = bereken(gemeente(ontvangt_impulsbudget=False, dgr_gemeente=450, dgr_samenwerkingsverband=1650),
                van=2026, tot=2027)
    codes = {w.code: w for w in r.waarschuwingen}
    assert "regionale bedrag ontbreekt" in codes["toegerekend_onbekend"].tekst
    assert codes["doorbetaling_ontbreekt"].jaren == (2026, 2027)


@pytest.mark.parametrize("sleutels, fout", [
    ((0.5, 0.3, None), "voor alle gemeenten"),
    ((0.5, 0.3, 0.1), "90 %"),
])
def test_verdeelsleutels_alle_of_geen_en_samen_100_procent(sleutels, fout):
    from model.invoer import valideer
    leden = tuple(Lid(n, a, s) for (n, a, _), s in zip((("A", 400, 0), ("B", 400, 0), ("C", 200, 0)), sleutels))
    bevindingen = valideer(gemeente(samenwerkingsverband=leden))
    assert any(b.is_fout and fout in b.melding for b in bevindingen), [b.melding for b in bevindingen]
    goed = tuple(Lid(n, a, s) for n, a, s in (("A", 400, 0.5), ("B", 400, 0.3), ("C", 200, 0.20005)))
    assert not any(b.is_fout for b in valideer(gemeente(samenwerkingsverband=goed)))


# --- item 4: taakvelden ---------------------------------------------------------------------------

def test_doorbetaling_van_een_lid_staat_op_6_4_en_eigen_keuzes_gaan_voor():
    from model.regels import taakvelden
    assert taakvelden(True)["du_impulsbudget"] == "0.7"
    assert taakvelden(False)["du_impulsbudget"] == "6.4"          # money from another gemeente is no gemeentefonds
    assert taakvelden(True)["besteding_doorstroom"] == "6.5" and taakvelden(True)["besteding_overig"] == "6.4"
    eigen = taakvelden(False, {"du_impulsbudget": "6.71", "besteding_doorstroom": "6.10"})
    assert eigen["du_impulsbudget"] == "6.71" and eigen["besteding_doorstroom"] == "6.10"


def test_taakvelden_gaan_mee_in_de_json_vorm_van_de_invoer():
    from model.invoer import naar_dict, uit_dict
    inv = gemeente(taakvelden={"lasten_wsw": "6.71"}, samenwerkingsverband=LEDEN, naam="Aadorp")
    terug, bevindingen = uit_dict(naar_dict(inv))
    assert terug is not None, bevindingen
    assert dict(terug.taakvelden) == {"lasten_wsw": "6.71"}
    assert [lid.verdeelsleutel for lid in terug.samenwerkingsverband] == [0.5, 0.3, 0.2]
    _, fout = uit_dict({**naar_dict(inv), "taakvelden": {"lasten_wsw": "6,71"}})
    assert any(b.is_fout and "Ongeldig taakveld" in b.melding for b in fout)


# --- item 5: the parameter set -------------------------------------------------------------------

def test_prijspeil_2023_statussen_en_de_nieuwe_set():
    from model.parameters import ALS_AANNAME, STANDAARD_SET, VERVANGEN_SETS, standaard_parameterset
    ps = standaard_parameterset()
    assert ps.id == STANDAARD_SET == "landelijk-2027-01" and "landelijk-2026-12" in VERVANGEN_SETS
    assert ps.value("si_prijspeil", 2026) == 2023
    # 002: € 34,7 mln structural at prijspeil 2023, indexed with lpo_rijk from 2023: 2036 = 34,7 mln × 1,025^13
    assert ps.value("si_macro", 2036) == P(34_700_000 * 1.025 ** 13)
    assert ps.parameter("lks_forfait_pct").status_in(2028) == "voorgenomen" and "voorgenomen" in ALS_AANNAME
    plekken = ps.parameter("si_plekken_landelijk")
    assert [plekken.status_in(j) for j in (2025, 2026, 2034, 2035)] == ["vastgesteld", "aanname", "aanname",
                                                                        "vastgesteld"]


def test_aandeel_uit_de_aantallen_in_prijspeil_2023_en_een_ander_prijspeil():
    inv = gemeente(dgr_gemeente=450, dgr_landelijk=150_000)
    r = bereken(inv, van=2026, tot=2026)
    # 450 / 150.000 × P(2026) 21,29 mln × 1,025^3 (2024, 2025, 2026 after prijspeil 2023)
    assert r.waarde("iu_sociale_infrastructuur", 2026) == P(0.003 * 21_290_000 * 1.025 ** 3)
    later = bereken(inv, scenario=Scenario("peil", overrides=(Override(PARAMETER, "si_prijspeil", 2025),)),
                    van=2026, tot=2026)
    assert later.waarde("iu_sociale_infrastructuur", 2026) == P(0.003 * 21_290_000 * 1.025)


# --- item 7: Wsw through a gemeenschappelijke regeling (§4.6) ------------------------------------

def test_bijdrage_gr_wsw_met_gaten():
    inv = gemeente({"bijdrage_gr_wsw": {2026: 1_000_000.0, 2028: 1_100_000.0}}, wsw_via_gr=True,
                   wsw_se_basis=40.0, wsw_netto_kosten_per_se=30_000.0, wsw_rijksbijdrage_basis=1_200_000.0)
    r = bereken(inv, van=2025, tot=2030)
    # 2025: the first given year back-indexed; 2027: 2026 × 1,025; 2029, 2030: 2028 × 1,025, × 1,025²
    assert r.reeks("lasten_wsw") == P((1_000_000 / 1.025, 1_000_000, 1_025_000, 1_100_000, 1_127_500,
                                       1_100_000 * 1.025 ** 2))
    from model.regels import REGEL
    assert REGEL["lasten_wsw"].label_voor(True, wsw_via_gr=True) == "Bijdrage GR Wsw"
    # the rijksbijdrage is unchanged: the gemeente receives it and pays the GR
    zonder = bereken(inv.met(wsw_via_gr=False), van=2025, tot=2030)
    assert r.reeks("iu_wsw") == zonder.reeks("iu_wsw")
    assert zonder.waarde("lasten_wsw", 2026) == P(40 * 30_000)
    [info] = [w for w in r.waarschuwingen if w.code == "ingevuld_bijdrage_gr_wsw"]
    assert info.ernst == "info" and info.jaren == (2025, 2027, 2029, 2030)
    assert "2025 vanaf 2026" in info.tekst and "2029–2030 vanaf 2028" in info.tekst
    assert any(w.code == "wsw_bijdrage_niet_gebruikt" for w in zonder.waarschuwingen)


def test_wsw_via_gr_zonder_bijdrage_rekent_met_se_en_waarschuwt():
    r = bereken(gemeente(wsw_via_gr=True, wsw_se_basis=40.0, wsw_netto_kosten_per_se=30_000.0), van=2026, tot=2026)
    assert r.waarde("lasten_wsw", 2026) == P(40 * 30_000)
    assert any(w.code == "wsw_gr_zonder_bijdrage" for w in r.waarschuwingen)


def test_afgesproken_sleutels_zonder_eigen_rij_geven_een_waarschuwing():
    from model.invoer import valideer
    inv = gemeente(naam="Anderdorp", samenwerkingsverband=LEDEN)
    assert inv.verdeelsleutel is None
    [w] = [b for b in valideer(inv) if "geen rij voor Anderdorp" in b.melding]
    assert w.ernst == "waarschuwing"
    assert not any("geen rij voor" in b.melding for b in valideer(gemeente(naam="Aadorp", samenwerkingsverband=LEDEN)))
