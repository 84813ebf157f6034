"""Every change of REKENREGELS version 2 (§0), on numbers worked by hand from the sources.

The expected values are written out here from the rule text and the source figures, not taken
from the code: 000 §5.3 / 003 (ophoging € 34,3 mln in 2025, € 36,7 mln in 2026), 002 (Wsw per SE
in prices of the meicirculaire 2021, "jaarlijks loon- en prijsbijstelling"), 000 §5.4 (the BUIG
covers the LKS of the loonwaardemeting), 003 (verdeelmodel), 004 fn. 1 (31-hour plekken).
"""
from __future__ import annotations

import pytest

from model.berekening import bereken
from model.circulaire import Editie, bevat_ophoging, lees_editie
from model.invoer import maak_invoer
from model.scenario import PARAMETER, Override, Scenario

P = pytest.approx


def gemeente(reeksen=None, **velden):
    basis = dict(naam="Testgemeente", basisjaar=2026, begeleiding_per_plek=0.0, overhead_per_plek=0.0)
    basis.update(velden)
    alle = {"taakstelling": {2025: 10.0, 2026: 10.0, 2027: 10.0, 2028: 10.0}}
    alle.update(reeksen or {})
    return maak_invoer(alle, **basis)


# --- §0.1 one indexation model ------------------------------------------------------------

def test_wsw_2027_doorgetrokken_met_loon_en_prijsbijstelling(voorbeeld):
    """2027 = circulaire 2026 (3.350.000) × MvT 51.000/53.400 × per SE 28.396/28.345 × (1 + 2,5 %)."""
    r = bereken(voorbeeld, van=2026, tot=2027)
    hand = 3_350_000 * 51_000 / 53_400 * 28_396 / 28_345 * 1.025
    assert round(hand) == 3_285_325
    assert r.waarde("iu_wsw", 2027) == P(hand)


def test_lpo_rijk_beweegt_elke_rijksbijdrage_na_het_laatst_bekende_bedrag(voorbeeld):
    basis = bereken(voorbeeld, van=2025, tot=2035)
    hoger = bereken(voorbeeld, scenario=Scenario("x", overrides=(Override(PARAMETER, "lpo_rijk", 0.03),)),
                    van=2025, tot=2035)
    for sleutel in ("iu_beschut_werk", "iu_sociale_infrastructuur", "iu_wsw"):
        assert hoger.waarde(sleutel, 2026) == basis.waarde(sleutel, 2026)      # circulaire amounts stay
        assert hoger.waarde(sleutel, 2030) > basis.waarde(sleutel, 2030)
    for sleutel in ("du_impulsbudget", "lasten_wsw", "lasten_lks_beschut", "iu_beschut_lks_overbrugging"):
        assert hoger.reeks(sleutel) == basis.reeks(sleutel)                    # never indexed with lpo_rijk
    # sociale infrastructuur 2027: share of 2026 (139.300 / (21.290.000 × 1,03)) × 22.780.000 × 1,03²
    assert hoger.waarde("iu_sociale_infrastructuur", 2027) == P(139_300 / (21_290_000 * 1.03) * 22_780_000 * 1.03 ** 2)


# --- §0.2 tijdelijke ophoging from the published totals ------------------------------------

def test_ophoging_verdeelt_het_macrobedrag_naar_bekostigde_plekken():
    """A gemeente with the whole national taakstelling gets exactly the published macro amount."""
    r = bereken(gemeente({"taakstelling": {2025: 11_900.0, 2026: 12_800.0}}), van=2025, tot=2026)
    assert r.waarde("iu_beschut_lks_overbrugging", 2025) == P(34_300_000)
    assert r.waarde("iu_beschut_lks_overbrugging", 2026) == P(36_700_000)
    # the v1 rule (2.971 per plek) would have given 12.800 × 2.971 = 38.028.800 in 2026: € 1,3 mln too much
    assert 12_800 * 2_971 - r.waarde("iu_beschut_lks_overbrugging", 2026) == P(1_328_800)


# --- §0.3 circulaire edition ----------------------------------------------------------------

def test_bedrag_uit_de_meicirculaire_2025_bevat_de_ophoging_niet():
    """meicirculaire 2025: iu = the amount itself; septembercirculaire 2025: iu = amount − ophoging (10 × 34,3 mln / 11.900)."""
    ophoging = 10 * 34_300_000 / 11_900
    assert round(ophoging) == 28_824
    mei = bereken(gemeente({"circ_beschut": {2025: 160_000.0}}, edities={2025: "meicirculaire 2025"}), van=2025, tot=2025)
    sept = bereken(gemeente({"circ_beschut": {2025: 160_000.0}}, edities={2025: "septembercirculaire 2025"}),
                   van=2025, tot=2025)
    assert mei.waarde("iu_beschut_werk", 2025) == 160_000
    assert mei.waarde("iu_beschut_lks_overbrugging", 2025) == P(ophoging)   # paid later, retroactively (000 §5.3)
    assert sept.waarde("iu_beschut_werk", 2025) == P(160_000 - ophoging)
    assert mei.waarde("baten_totaal", 2025) - sept.waarde("baten_totaal", 2025) == P(ophoging)


@pytest.mark.parametrize("tekst, editie", [
    ("meicirculaire 2026", Editie(2026, 5)), ("Meicirculaire 2026", Editie(2026, 5)), ("mei 2026", Editie(2026, 5)),
    ("septembercirculaire 2025", Editie(2025, 9)), ("sept. 2025", Editie(2025, 9)), ("sep 2025", Editie(2025, 9)),
    ("decembercirculaire 2025", Editie(2025, 12)), ("dec 2025", Editie(2025, 12)), ("juni 2026", Editie(2026, 6)),
    ("jun 2026", Editie(2026, 6)), ("voorjaarsnota 2025", None), ("mei", None), ("mei 2023", None),
    ("maart 2026", None), ("2026", None), ("me 2026", None),
])
def test_editie_lezen(tekst, editie):
    assert lees_editie(tekst) == editie


def test_editie_volgorde_en_ophoging():
    assert Editie(2025, 5) < Editie(2025, 9) < Editie(2025, 12) < Editie(2026, 5)
    assert not bevat_ophoging(Editie(2025, 5)) and not bevat_ophoging(Editie(2025, 6))
    assert bevat_ophoging(Editie(2025, 9)) and bevat_ophoging(Editie(2026, 5)) and bevat_ophoging(None)


def test_zonder_editie_een_info_bevinding():
    r = bereken(gemeente({"circ_beschut": {2026: 150_000.0}}), van=2026, tot=2027)
    [info] = [w for w in r.waarschuwingen if w.code == "editie_onbekend"]
    assert info.ernst == "info" and "2026" in info.tekst and "inclusief de tijdelijke ophoging" in info.tekst


# --- §0.4 LKS paid vs covered by the BUIG ---------------------------------------------------

def test_68_procent_betaald_op_52_procent_loonwaarde():
    """2027 (before the forfait): the gemeente pays 68 %, the BUIG covers 52 %; from 2028 both are 68 %."""
    inv = gemeente({"gerealiseerd": {2026: 10.0}}, lks_percentage=0.68, lks_pct_loonwaarde=0.52)
    r = bereken(inv, van=2027, tot=2028)
    loonkosten_2027 = 14.71 * 1.025 * 27 * 52 * 1.08 * 1.235       # WML 2026 indexed, 27 h, 52 wk, vakantiegeld, wgl
    assert round(loonkosten_2027) == 28_235
    assert r.waarde("lasten_lks_beschut", 2027) == P(10 * 0.68 * loonkosten_2027)
    assert r.waarde("buig_lks_beschut", 2027) == P(10 * 0.52 * loonkosten_2027)
    assert r.waarde("lasten_lks_beschut", 2027) - r.waarde("buig_lks_beschut", 2027) == P(10 * 0.16 * loonkosten_2027)
    assert r.waarde("buig_lks_beschut", 2028) == P(r.waarde("lasten_lks_beschut", 2028))
    [w] = [w for w in r.waarschuwingen if w.code == "lks_boven_loonwaarde"]
    assert "68 %" in w.tekst and "52 %" in w.tekst and "BUIG" in w.tekst


# --- §0.5 verdeelmodel with a lag -------------------------------------------------------------

def test_vertraging_neemt_de_realisatie_van_2025_mee_naar_2027():
    """2027 uses real(2025) = 12 and adv(2025) = 17 against the national 11.586 and 17.186 (003 tabel 1)."""
    inv = gemeente({"gerealiseerd": {2025: 12.0, 2026: 30.0}, "positief_advies": {2025: 17.0, 2026: 40.0},
                    "taakstelling": {2027: 16.2}})
    r = bereken(inv, van=2027, tot=2027)
    aandeel = 0.5 * 12 / 11_586 + 0.5 * 17 / 17_186
    assert r.waarde("plekken_bekostigd_beschut", 2027) == P(2 / 3 * 16.2 + 1 / 3 * aandeel * 13_600)
    assert round(r.waarde("plekken_bekostigd_beschut", 2027), 4) == 15.3898   # INVOER §5
    zonder = bereken(inv, scenario=Scenario("x", overrides=(Override(PARAMETER, "bw_verdeel_vertraging", 0),)),
                     van=2027, tot=2027)
    assert zonder.waarde("plekken_bekostigd_beschut", 2027) == P(
        2 / 3 * 16.2 + 1 / 3 * (0.5 * 30 / 13_246 + 0.5 * 40 / 19_648) * 13_600)


# --- §0.6 BBV presentation --------------------------------------------------------------------

def test_reserve_toevoeging_en_onttrekking():
    inv = gemeente({"circ_impulsbudget": {2026: 300_000.0}, "doorstroom": {2026: 100_000.0, 2027: 450_000.0}},
                   ontvangt_impulsbudget=True)
    r = bereken(inv, van=2026, tot=2027)
    assert r.waarde("toevoeging_reserve_impulsbudget", 2026) == 200_000
    assert r.waarde("onttrekking_reserve_impulsbudget", 2027) == 150_000   # 450.000 spent, 300.000 received
    for j in (2026, 2027):
        assert r.waarde("saldo_na_bestemming", j) == P(
            r.waarde("saldo", j) - r.waarde("toevoeging_reserve_impulsbudget", j)
            + r.waarde("onttrekking_reserve_impulsbudget", j))
    zonder = bereken(inv.met(reserveren_impulsbudget=False), van=2026, tot=2027)
    assert zonder.reeks("toevoeging_reserve_impulsbudget") == (0, 0)
    assert zonder.reeks("saldo_na_bestemming") == zonder.reeks("saldo")


def test_niet_ontvangende_gemeente_heet_doorbetaling_en_mist_geen_invoer_stil():
    inv = gemeente({"doorbetaling": {2026: 50_000.0}}, ontvangt_impulsbudget=False)
    r = bereken(inv, van=2026, tot=2027)
    assert r.label("du_impulsbudget") == "Doorbetaling impulsbudget"
    codes = {w.code: w for w in r.waarschuwingen}
    assert "Doelgroepenregister gemeente" in codes["toegerekend_onbekend"].tekst
    # v3: the empty 2027 follows the national path from 2026 (31,5 mln both years), with an info finding
    assert r.waarde("du_impulsbudget", 2027) == 50_000
    assert codes["ingevuld_doorbetaling"].jaren == (2027,) and codes["ingevuld_doorbetaling"].ernst == "info"
    assert "doorbetaling_ontbreekt" not in codes


# --- §0.7 persons vs plekken --------------------------------------------------------------------

def test_realisatie_in_plekken_van_31_uur(voorbeeld):
    """2026: 14 persons × 27 h / 31 h / taakstelling 15,3 = 0,7970 (against 14 / 15,3 = 0,9150 in persons)."""
    r = bereken(voorbeeld, van=2026, tot=2026)
    assert r.waarde("realisatiegraad_fte", 2026) == P(14 * 27 / 31 / 15.3)
    assert r.waarde("realisatiegraad", 2026) == P(14 / 15.3)


# --- §0.9 nothing silently ------------------------------------------------------------------------

def test_een_realisatiewaarschuwing_per_aaneengesloten_reeks_jaren(voorbeeld):
    r = bereken(voorbeeld, van=2025, tot=2035)
    [w] = [w for w in r.waarschuwingen if w.code == "realisatie"]
    assert w.jaren == tuple(range(2025, 2036)) and "2025–2035" in w.tekst


def test_info_per_ingevuld_veld_met_jaren_en_regel(voorbeeld):
    r = bereken(voorbeeld, van=2026, tot=2031)
    info = {w.code: w for w in r.waarschuwingen if w.ernst == "info"}
    assert info["ingevuld_gerealiseerd"].tekst == \
        "Gerealiseerd beschut werk 2029–2031 niet ingevuld: de waarde van 2028 (17) loopt door."
    assert info["ingevuld_taakstelling"].jaren == (2029, 2030, 2031)
    assert "landelijke pad vanaf 2028" in info["ingevuld_taakstelling"].tekst
