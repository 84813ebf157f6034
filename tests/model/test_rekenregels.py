"""Each stream's rule on hand-worked cases (REKENREGELS §3–4), independent of the Voorbeeldgemeente.

Expected values are worked out here from the rule text and parameter values, not from the code.
"""
from __future__ import annotations

import pytest

from model.berekening import bereken
from model.invoer import Lid, maak_invoer
from model.scenario import INVOER, PARAMETER, Override, Scenario

P = pytest.approx


def gemeente(reeksen=None, **velden):
    basis = dict(naam="Testgemeente", basisjaar=2026, begeleiding_per_plek=0.0, overhead_per_plek=0.0)
    basis.update(velden)
    alle = {"taakstelling": {2026: 10.0}}
    alle.update(reeksen or {})
    return maak_invoer(alle, **basis)


def met(*overrides):
    return Scenario("test", overrides=tuple(overrides))


# --- §4.1 beschut werk ---------------------------------------------------------------

def test_overbrugging_loopt_tot_het_jaar_voor_het_forfait(parameterset):
    r = bereken(gemeente(), van=2025, tot=2030)
    # (v2) the macro amount (34.3m, 36.7m, then 36.7m x 13600/12800) by the share of the bekostigde plekken
    macro = {2025: (34_300_000, 11900), 2026: (36_700_000, 12800), 2027: (36_700_000 * 13600 / 12800, 13600)}
    for jaar, (bedrag, taak_nl) in macro.items():
        assert r.waarde("iu_beschut_lks_overbrugging", jaar) == P(
            r.waarde("plekken_bekostigd_beschut", jaar) * bedrag / taak_nl)
    for jaar in (2028, 2029, 2030):
        assert r.waarde("iu_beschut_lks_overbrugging", jaar) == 0
    later = bereken(gemeente(), scenario=met(Override(PARAMETER, "lks_forfait_startjaar", 2030)), van=2025, tot=2030)
    assert later.waarde("iu_beschut_lks_overbrugging", 2029) == P(
        later.waarde("plekken_bekostigd_beschut", 2029) * 36_700_000 / 12800)  # x 15300 / 15300
    assert later.waarde("iu_beschut_lks_overbrugging", 2030) == 0


def test_ingroeipad_een_derde_twee_derde_geheel():
    # taak 20 every year; real 30 and adv 40 every year
    inv = gemeente({"taakstelling": {2026: 20.0, 2027: 20.0, 2028: 20.0, 2029: 20.0},
                    "gerealiseerd": {2026: 30.0}, "positief_advies": {2026: 40.0}})
    r = bereken(inv, van=2026, tot=2029)
    # (v2) the share is taken in the peiljaar t - 2: national realisatie and advies of 2025, 2026, 2027
    nat = {2027: (13600, 11586, 17186), 2028: (14400, 12467, 18493), 2029: (15300, 13246, 19648)}
    assert r.waarde("plekken_bekostigd_beschut", 2026) == 20.0
    for jaar, a in ((2027, 1 / 3), (2028, 2 / 3), (2029, 1.0)):
        taak_nl, real_nl, adv_nl = nat[jaar]
        nieuw = 0.5 * 30 / real_nl + 0.5 * 40 / adv_nl
        assert r.waarde("plekken_bekostigd_beschut", jaar) == P((1 - a) * 20 + a * nieuw * taak_nl)
    bedrag_2029 = 12485 * 1.025 ** 4  # (v2) not rounded
    assert r.waarde("iu_beschut_werk", 2029) == P(r.waarde("plekken_bekostigd_beschut", 2029) * bedrag_2029)


def test_circulaire_in_een_jaar_alleen_dat_jaar():
    inv = gemeente({"circ_beschut": {2027: 200_000.0}})
    r = bereken(inv, van=2026, tot=2028)
    plekken = {j: r.waarde("plekken_bekostigd_beschut", j) for j in (2026, 2027, 2028)}
    ophoging_2027 = plekken[2027] * 36_700_000 * 13600 / 12800 / 13600
    assert r.waarde("iu_beschut_werk", 2027) == P(200_000 - ophoging_2027)  # no edition: taken to include it
    assert r.waarde("iu_beschut_werk", 2026) == P(plekken[2026] * 12485 * 1.025)
    assert r.waarde("iu_beschut_werk", 2028) == P(plekken[2028] * 12485 * 1.025 ** 3)
    assert r.herkomst("iu_beschut_werk", 2027).circulaire_gebruikt
    assert not r.herkomst("iu_beschut_werk", 2028).circulaire_gebruikt
    [aansluiting] = [a for a in r.aansluiting if a.regel == "iu_beschut_werk"]
    assert aansluiting.jaar == 2027
    assert aansluiting.model == P(plekken[2027] * 12485 * 1.025 ** 2 + ophoging_2027)
    assert aansluiting.verschil == P(aansluiting.model - 200_000)


# --- §3 missing years -------------------------------------------------------------------

def test_ontbrekende_jaren_taakstelling_in_beide_richtingen():
    inv = gemeente({"taakstelling": {2027: 27.2}})
    r = bereken(inv, van=2025, tot=2030)
    assert r.waarde("realisatiegraad", 2027) == 0  # nothing realised
    taak = dict(zip(r.jaren, r.details["taak"]))
    assert taak[2027] == 27.2
    assert taak[2030] == P(27.2 * 16200 / 13600)   # forward along the national path
    assert taak[2025] == P(27.2 * 11900 / 13600)   # backward from the first given year


def test_ontbrekende_jaren_tussen_gegeven_jaren_volgen_het_vorige_jaar():
    inv = gemeente({"taakstelling": {2025: 10.0, 2029: 30.0}, "gerealiseerd": {2026: 5.0, 2028: 9.0}})
    r = bereken(inv, van=2025, tot=2030)
    taak = dict(zip(r.jaren, r.details["taak"]))
    real = dict(zip(r.jaren, r.details["real"]))
    assert taak[2027] == P(10.0 * 13600 / 11900)
    assert taak[2030] == P(30.0 * 16200 / 15300)
    assert [real[j] for j in r.jaren] == [5.0, 5.0, 5.0, 9.0, 9.0, 9.0]  # backward, carried, forward


def test_positief_advies_afgeleid_als_het_nooit_is_gegeven():
    inv = gemeente({"gerealiseerd": {2026: 12.0}})
    r = bereken(inv, van=2026, tot=2027)
    adv = dict(zip(r.jaren, r.details["adv"]))
    assert adv[2027] == P(12.0 * 19648 / 13246)


# --- §4.2 / §4.3 LKS and SOB ----------------------------------------------------------------

def test_loonkostensubsidie_voor_en_na_het_forfait():
    inv = gemeente({"gerealiseerd": {2026: 10.0}}, contracturen=32.0, lks_percentage=0.5)
    r = bereken(inv, van=2027, tot=2028)
    jaarloon_2027 = 14.71 * 1.025 * 32 * 52 * 1.08  # (v2) WML 2026 indexed, not rounded
    jaarloon_2028 = 14.71 * 1.025 ** 2 * 32 * 52 * 1.08
    assert r.waarde("lasten_lks_beschut", 2027) == P(10 * 0.5 * jaarloon_2027 * 1.235)
    assert r.waarde("lasten_lks_beschut", 2028) == P(10 * 0.68 * jaarloon_2028 * 1.235)
    assert r.waarde("buig_lks_beschut", 2028) == P(r.waarde("lasten_lks_beschut", 2028))


def test_aanvullende_bijdrage_sob_met_index():
    inv = gemeente({"gerealiseerd": {2026: 2.0}}, begeleiding_per_plek=9000.0, overhead_per_plek=1000.0,
                   netto_toegevoegde_waarde=4000.0, werkgeverslasten_sob=0.3)
    r = bereken(inv, van=2027, tot=2027)
    jaarloon = 14.71 * 1.025 * 27 * 52 * 1.08
    netto = jaarloon * 1.3 + (9000 + 1000 - 4000) * 1.025
    assert r.waarde("lasten_beschut_aanvullend", 2027) == P(2 * netto - r.waarde("lasten_lks_beschut", 2027))


def test_nul_realisatie():
    r = bereken(gemeente(), van=2026, tot=2029)
    for j in r.jaren:
        assert r.waarde("lasten_lks_beschut", j) == 0
        assert r.waarde("lasten_beschut_aanvullend", j) == 0
        assert r.waarde("saldo_beschut_per_plek", j) == 0
        assert r.waarde("realisatiegraad", j) == 0
        assert r.waarde("maatschappelijke_baten", j) == 0
    assert r.waarde("plekken_bekostigd_beschut", 2029) == 0  # new key: nobody realised, nobody waiting


# --- §4.4 / §4.5 shares from counts ----------------------------------------------------------

def test_aandelen_uit_aantallen_met_landelijk_totaal():
    inv = gemeente(ontvangt_impulsbudget=True, dgr_gemeente=300, dgr_samenwerkingsverband=1200,
                   dgr_landelijk=120_000)
    r = bereken(inv, van=2025, tot=2027)
    # (v3) a share from the counts meets the path in prijspeil 2023: 22,78 mln × 1,025^(2027 − 2023)
    assert r.waarde("iu_sociale_infrastructuur", 2027) == P(300 / 120_000 * 22_780_000 * 1.025 ** 4)
    assert r.waarde("du_impulsbudget", 2025) == P(1200 / 120_000 * 35_000_000)
    assert r.waarde("impulsbudget_toegerekend", 2026) == P(1200 / 120_000 * 31_500_000 * 300 / 1200)
    assert not any(w.code == "si_geen_gegevens" for w in r.waarschuwingen)


def test_zonder_circulaire_en_aantallen_nul_met_waarschuwing():
    r = bereken(gemeente(ontvangt_impulsbudget=True), van=2026, tot=2026)
    assert r.waarde("iu_sociale_infrastructuur", 2026) == 0
    assert r.waarde("du_impulsbudget", 2026) == 0
    codes = {w.code for w in r.waarschuwingen}
    assert {"si_geen_gegevens", "ib_geen_gegevens"} <= codes
    tekst = next(w.tekst for w in r.waarschuwingen if w.code == "si_geen_gegevens")
    assert "doelgroepenregister" in tekst and "Circulaire" in tekst


def test_niet_ontvangende_gemeente_met_doorbetaling():
    inv = gemeente({"circ_impulsbudget": {2026: 600_000.0}, "doorbetaling": {2026: 80_000.0, 2027: 70_000.0},
                    "doorstroom": {2026: 50_000.0, 2027: 120_000.0}},
                   ontvangt_impulsbudget=False, reserve_impulsbudget_start=10_000.0,
                   dgr_gemeente=200, dgr_samenwerkingsverband=1000)
    r = bereken(inv, van=2025, tot=2028)
    # v3: 2025 is back-calculated from 2026 along ib_macro (35 / 31,5 mln), 2028 follows 2027 (31,5 / 31,5 mln)
    assert [r.waarde("du_impulsbudget", j) for j in r.jaren] == P([80_000 * 35 / 31.5, 80_000, 70_000, 70_000])
    # 10.000 + 88.889 → 98.889; + 30.000 → 128.889; − 50.000 → 78.889; + 70.000 → 148.889
    assert [r.waarde("reserve_impulsbudget", j) for j in r.jaren] == P(
        [10_000 + 80_000 * 35 / 31.5 + d for d in (0, 30_000, -20_000, 50_000)])
    assert r.waarde("impulsbudget_toegerekend", 2027) == P(600_000 / 31_500_000 * 31_500_000 * 200 / 1000)


def test_leden_tellen_op_tot_het_regionale_bedrag():
    leden = (Lid("A", 500), Lid("B", 300), Lid("C", 200))
    inv = gemeente({"circ_impulsbudget": {2025: 700_000.0}}, ontvangt_impulsbudget=True,
                   dgr_gemeente=500, dgr_samenwerkingsverband=1000, samenwerkingsverband=leden)
    r = bereken(inv, van=2025, tot=2034)
    for i, jaar in enumerate(r.jaren):
        assert sum(reeks[i] for _, reeks in r.leden) == P(r.waarde("du_impulsbudget", jaar))
    assert dict(r.leden)["A"][0] == P(350_000)


# --- §4.6 Wsw ------------------------------------------------------------------------------------

def test_wsw_met_uitstroompercentage():
    inv = gemeente(wsw_se_basis=100.0, wsw_netto_kosten_per_se=30_000.0, wsw_rijksbijdrage_basis=2_800_000.0)
    r = bereken(inv, scenario=met(Override(INVOER, "wsw_uitstroom_pct", 0.1)), van=2026, tot=2028)
    assert r.waarde("lasten_wsw", 2028) == P(100 * 0.9 ** 2 * 30_000 * 1.025 ** 2)
    assert r.waarde("se", 2027) == P(90.0)
    # rijksbijdrage: basisjaar amount moved along MvT volume, price per SE and (v2) lpo_rijk
    assert r.waarde("iu_wsw", 2027) == P(2_800_000 * 51000 / 53400 * 28396 / 28345 * 1.025)
    zonder = bereken(inv, van=2026, tot=2028)
    assert zonder.waarde("se", 2028) == P(100 * round(42291 * (42291 / 61919) ** (1 / 6)) / 45635)


def test_wsw_zonder_rijksbijdrage_waarschuwt():
    r = bereken(gemeente(wsw_se_basis=50.0), van=2026, tot=2026)
    assert r.waarde("iu_wsw", 2026) == 0
    assert any(w.code == "wsw_geen_rijksbijdrage" for w in r.waarschuwingen)


# --- §4.7 totals ------------------------------------------------------------------------------

def test_saldo_is_baten_min_lasten_en_memo_telt_niet_mee(voorbeeld):
    r = bereken(voorbeeld, van=2025, tot=2035)
    for j in r.jaren:
        baten = sum(r.waarde(k, j) for k in ("iu_beschut_werk", "iu_beschut_lks_overbrugging",
                                             "iu_sociale_infrastructuur", "iu_wsw", "du_impulsbudget",
                                             "buig_lks_beschut"))
        lasten = sum(r.waarde(k, j) for k in ("lasten_lks_beschut", "lasten_beschut_aanvullend",
                                              "lasten_sociale_infrastructuur", "lasten_wsw", "lasten_impulsbudget"))
        assert r.waarde("saldo", j) == P(baten - lasten)
        assert r.waarde("maatschappelijke_baten", j) == P(
            (r.details["real"][r.jaren.index(j)] + r.details["si_plekken"][r.jaren.index(j)]) * 3200)


def test_jaren_buiten_het_model_zijn_een_duidelijke_fout(voorbeeld):
    from model.berekening import BerekeningFout
    import re
    buiten = re.escape("ligt buiten de jaren die het model berekent (2025–2040).")
    with pytest.raises(BerekeningFout, match=f"^Het beginjaar 2024 {buiten}$"):
        bereken(voorbeeld, van=2024)
    with pytest.raises(BerekeningFout, match=f"^Het eindjaar 2041 {buiten}$"):
        bereken(voorbeeld, tot=2041)
    # a begin year past the model is said as such, not as 'after the (default) end year 2029'
    with pytest.raises(BerekeningFout, match=f"^Het beginjaar 2050 {buiten}$"):
        bereken(voorbeeld, van=2050)
    with pytest.raises(BerekeningFout, match="^Het beginjaar 2030 ligt na het eindjaar 2028.$"):
        bereken(voorbeeld, van=2030, tot=2028)


def test_geen_eindig_getal_is_een_duidelijke_fout_nooit_nan(voorbeeld):
    """A division by zero (a national total edited to 0) is refused in Dutch; no NaN/Infinity reaches a result."""
    from model.berekening import BerekeningFout
    nul = met(Override(PARAMETER, "bw_realisatie_landelijk", 0))
    with pytest.raises(BerekeningFout, match="Aandeel nieuw verdeelmodel 2027 is niet te berekenen"):
        bereken(voorbeeld, scenario=nul, van=2026, tot=2028)
    from model.berekening import reeksen
    with pytest.raises(BerekeningFout, match="niet te berekenen"):
        reeksen(voorbeeld, ("saldo",), scenario=nul, van=2026, tot=2028)
