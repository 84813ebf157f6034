"""Wat verandert er: two workbook versions compared, the difference split into steps (hand-checked numbers)."""
from __future__ import annotations

import dataclasses
from types import MappingProxyType

import pytest

from model.berekening import bereken
from model.circulaire import CIRCULAIREREEKSEN, Editie
from model.invoer import REEKSEN, VELD, GemeenteInvoer, stand_per
from model.io.werkboek import lees_werkboek
from model.parameters import standaard_parameterset
from model.regels import SLEUTELS
from model.scenario import PARAMETER, Override, Scenario, preset
from model.vergelijken import (AANTALREEKSEN, CIRCULAIRE_ATTRIBUTEN, OVERIGE_ATTRIBUTEN, OVERIGE_REEKSEN, STAPPEN,
                               ZINSDEEL, Berekening, toon_waarde, vergelijk)
from tests.io.bouw import kopie, schrijf, voorbeeld_grid, zet_gegeven

VAN, TOT = 2025, 2035
JAREN = tuple(range(VAN, TOT + 1))


@pytest.fixture(scope="module")
def werkboeken(tmp_path_factory):
    """Version 1: the Voorbeeldgemeente. Version 2: the septembercirculaire 2026 adds a row for 2026
    (€ 250.000 instead of € 242.500 beschut werk; the meicirculaire row stays as history), realisatie 2027
    18 instead of 16, begeleidingskosten € 8.500 instead of € 8.000."""
    map_ = tmp_path_factory.mktemp("versies")
    oud = voorbeeld_grid()
    nieuw = kopie(oud)
    nieuw["Circulaire"].append([2026, "septembercirculaire 2026", 250_000.0, 139_300.0, 472_500.0, 3_350_000.0])
    rij_2027 = next(r for r in nieuw["Meerjarig"] if r and r[0] == 2027)
    rij_2027[2] = 18
    zet_gegeven(nieuw, "Begeleidingskosten per plek", 8500)
    return schrijf(oud, map_ / "versie1.xlsx"), schrijf(nieuw, map_ / "versie2.xlsx")


@pytest.fixture(scope="module")
def invoeren(werkboeken):
    (oud, b1), (nieuw, b2) = lees_werkboek(werkboeken[0]), lees_werkboek(werkboeken[1])
    assert oud is not None and nieuw is not None, (b1, b2)
    return oud, nieuw


@pytest.fixture(scope="module")
def vg(invoeren):
    oud, nieuw = invoeren
    return vergelijk(Berekening(oud, naam="versie 1"), Berekening(nieuw, naam="versie 2"), VAN, TOT)


def effect(vg, stap, sleutel):
    return dict(zip(vg.jaren, vg.stap(stap).regels[sleutel]))


def niet_nul(vg, stap):
    return {(s, j): round(d, 6) for s in SLEUTELS for j, d in zip(vg.jaren, vg.stap(stap).regels[s]) if abs(d) > 1e-6}


def test_oud_en_nieuw_zijn_losse_berekeningen(vg, invoeren):
    oud, nieuw = invoeren
    assert vg.jaren == JAREN
    assert vg.oud.regels == bereken(oud, van=VAN, tot=TOT).regels
    assert vg.nieuw.regels == bereken(nieuw, van=VAN, tot=TOT).regels


def test_stappen_tellen_op_tot_het_verschil_op_de_cent(vg):
    for sleutel in SLEUTELS:
        for i, jaar in enumerate(vg.jaren):
            som = sum(s.regels[sleutel][i] for s in vg.stappen)
            verschil = vg.nieuw.regels[sleutel][i] - vg.oud.regels[sleutel][i]
            assert abs(som - verschil) < 0.005, (sleutel, jaar, som, verschil)


def test_volgorde_van_de_stappen_is_vast(vg):
    assert [s.naam for s in vg.stappen] == [
        "Landelijke parameters", "Circulaire: bedragen en edities", "Aantallen van de gemeente",
        "Kosten en overige invoer", "Scenario-aanpassingen"]
    assert [s.sleutel for s in vg.stappen] == [k for k, _ in STAPPEN]


def test_elke_stap_noemt_zijn_velden(vg):
    assert [s.velden for s in vg.stappen] == [
        (), ("Rijksbijdrage beschut werk 2026", "Editie 2026"), ("Gerealiseerd beschut werk 2027",),
        ("Begeleidingskosten per plek",), ()]
    [editie] = [w for w in vg.stap("circulaire").wijzigingen if w.sleutel == "edities"]
    assert (editie.oud, editie.nieuw) == ("meicirculaire 2026", "septembercirculaire 2026")


def test_circulaire_stap_met_de_hand(vg):
    # both editions contain the ophoging, so iu_beschut_werk 2026 = circulaire − ophoging moves by the
    # difference of the amounts and nothing else moves (later years do not read the 2026 amount)
    assert niet_nul(vg, "circulaire") == {
        ("iu_beschut_werk", 2026): 7500.0, ("baten_totaal", 2026): 7500.0, ("saldo", 2026): 7500.0,
        ("saldo_na_bestemming", 2026): 7500.0, ("structureel_saldo", 2026): 7500.0,
        ("saldo_beschut_per_plek", 2026): round(7500 / 14, 6)}


def test_aantallen_stap_met_de_hand(vg):
    # L(2027) = WML-uur 2026 × 1,025 × 27 uur × 52 weken × 1,08 vakantiebijslag × 1,235 werkgeverslasten
    jaarloon = 14.71 * 1.025 * 27 * 52 * 1.08
    lks = 2 * 0.57 * jaarloon * 1.235
    assert effect(vg, "aantallen", "lasten_lks_beschut")[2027] == pytest.approx(lks, abs=0.005)   # € 32.188,39
    assert round(lks, 2) == 32188.39
    # SOB: 2 × (loon × 1,25 + (8.000 + 5.000 − 5.000) × 1,025) − LKS; the old begeleiding still applies here
    assert effect(vg, "aantallen", "lasten_beschut_aanvullend")[2027] == pytest.approx(
        2 * (jaarloon * 1.25 + 8000 * 1.025) - lks, abs=0.005)
    # the verdeelmodel reads the realisatie of t − 2: 2029 = ½ × 2 / 13.246 × 15.300 plekken × 12.485 × 1,025⁴
    assert effect(vg, "aantallen", "iu_beschut_werk")[2029] == pytest.approx(
        0.5 * 2 / 13246 * 15300 * 12485 * 1.025 ** 4, abs=0.005)
    # 2028 reads the realisatie of 2026 (unchanged), and gives its own realisatie (17): nothing moves
    assert effect(vg, "aantallen", "iu_beschut_werk")[2028] == 0 == effect(vg, "aantallen", "lasten_lks_beschut")[2028]


def test_kosten_stap_met_de_hand(vg):
    # begeleiding + € 500 per plek × realisatie (already the new one: counts come first) × idx
    realisatie = {2025: 12, 2026: 14, 2027: 18, 2028: 17}
    for jaar in JAREN:
        verwacht = realisatie.get(jaar, 17) * 500 * 1.025 ** (jaar - 2026)
        assert effect(vg, "overige_invoer", "lasten_beschut_aanvullend")[jaar] == pytest.approx(verwacht, abs=0.005)
    assert effect(vg, "overige_invoer", "lasten_beschut_aanvullend")[2027] == pytest.approx(9225.0, abs=0.005)
    assert set(k for k, _ in niet_nul(vg, "overige_invoer")) == {
        "lasten_beschut_aanvullend", "lasten_totaal", "saldo", "saldo_na_bestemming", "structureel_saldo",
        "saldo_beschut_per_plek"}


def test_lege_stappen_zijn_nul(vg):
    assert niet_nul(vg, "parameters") == {} and niet_nul(vg, "scenario") == {}


def test_zinnen(vg):
    assert vg.zinnen(vg.stap("aantallen")) == (
        "Door de hogere realisatie in 2027 (16 → 18 personen) verslechtert het geraamde resultaat over 2027 en "
        "2029 samen met € 25.450 (beter in 2029, slechter in 2027).",
        "Door de hogere realisatie in 2027 (16 → 18 personen) stijgt de rijksbijdrage beschut werk in 2029 met "
        "€ 15.918.",
        "Door de hogere realisatie in 2027 (16 → 18 personen) stijgt de BUIG-dekking van de loonkostensubsidie "
        "met € 32.188.",
        "Door de hogere realisatie in 2027 (16 → 18 personen) stijgen de lasten loonkostensubsidie met € 32.188.",
        "Door de hogere realisatie in 2027 (16 → 18 personen) stijgt de aanvullende bijdrage beschut werk aan het "
        "SOB met € 41.368.",
    )
    assert vg.zinnen(vg.stap("circulaire")) == (
        "Door de septembercirculaire 2026 (circulairebedrag beschut werk 2026: € 242.500 → € 250.000) verbetert "
        "het geraamde resultaat met € 7.500.",
        "Door de septembercirculaire 2026 (circulairebedrag beschut werk 2026: € 242.500 → € 250.000) stijgt de "
        "rijksbijdrage beschut werk met € 7.500.",
    )
    assert vg.zinnen(vg.stap("overige_invoer"))[1] == (
        "Door de hogere begeleidingskosten per plek (€ 8.000 → € 8.500) stijgt de aanvullende bijdrage beschut "
        "werk aan het SOB in 2025–2035 met € 5.854 tot € 10.615 per jaar, in totaal € 100.095.")
    assert vg.zinnen(vg.stap("parameters")) == ()


def test_waterval(vg):
    [(oud_naam, oud), *stappen, (nieuw_naam, nieuw)] = vg.waterval(jaar=2027)
    assert (oud_naam, nieuw_naam) == ("versie 1", "versie 2")
    assert oud + sum(d for _, d in stappen) == pytest.approx(nieuw, abs=0.005)
    cumulatief = vg.waterval()
    assert cumulatief[0][1] == pytest.approx(sum(vg.oud.regels["saldo_na_bestemming"]))
    assert cumulatief[2] == ("Circulaire: bedragen en edities", 7500.0)


def test_json_vorm(vg):
    data = vg.naar_json()
    assert set(data) == {"jaren", "oud", "nieuw", "stappen"}
    assert data["jaren"] == list(JAREN)
    assert list(data["oud"]["regels"]) == list(SLEUTELS) == list(data["nieuw"]["regels"])
    for stap in data["stappen"]:
        assert set(stap) == {"naam", "velden", "regels"} and list(stap["regels"]) == list(SLEUTELS)
    assert data["stappen"][2]["velden"] == ["Gerealiseerd beschut werk 2027"]


def test_stand_per_editie_van_hetzelfde_werkboek(invoeren):
    """The same workbook "as of" the meicirculaire 2026 against itself: only the circulaire step moves."""
    _, nieuw = invoeren
    mei = stand_per(nieuw, Editie(2026, 5))
    vg = vergelijk(Berekening(mei), Berekening(nieuw), VAN, TOT)
    assert [s.velden for s in vg.stappen] == [(), ("Rijksbijdrage beschut werk 2026", "Editie 2026"), (), (), ()]
    assert vg.stap("circulaire").regels["iu_beschut_werk"][1] == pytest.approx(7500.0)


def test_twee_parametersets(voorbeeld):
    basis = standaard_parameterset()
    p = basis.parameter("lpo_rijk")
    ander = dataclasses.replace(basis, id="proef", parameters=MappingProxyType({
        **basis.parameters, "lpo_rijk": dataclasses.replace(p, waarden=MappingProxyType({j: 0.03 for j in p.waarden}))}))
    vg = vergelijk(Berekening(voorbeeld, basis), Berekening(voorbeeld, ander), VAN, TOT)
    assert vg.stap("parameters").velden == ("Loon- en prijsbijstelling rijksbijdragen",)
    # the same as the scenario that sets lpo_rijk to 3 %
    met = bereken(voorbeeld, scenario=Scenario("x", overrides=(Override(PARAMETER, "lpo_rijk", 0.03),)),
                  van=VAN, tot=TOT)
    assert vg.nieuw.regels == met.regels
    zin = vg.zinnen(vg.stap("parameters"))[0]
    assert zin.startswith("Door de hogere waarde van de landelijke parameter ‘Loon- en prijsbijstelling "
                          "rijksbijdragen’ (2,5 % → 3 %) verbetert het geraamde resultaat in ")


def test_scenario_stap(voorbeeld):
    scenario = preset("Zonder loon- en prijsontwikkeling")
    vg = vergelijk(Berekening(voorbeeld), Berekening(voorbeeld, scenario=scenario), VAN, TOT)
    assert vg.stap("scenario").velden == (
        "Loon- en prijsbijstelling kosten gemeente", "Loon- en prijsbijstelling rijksbijdragen",
        "Indexatie wettelijk minimumloon")
    los = bereken(voorbeeld, scenario=scenario, van=VAN, tot=TOT)
    basis = bereken(voorbeeld, van=VAN, tot=TOT)
    assert vg.stap("scenario").regels["saldo"] == tuple(a - b for a, b in zip(los.regels["saldo"], basis.regels["saldo"]))


def test_elk_invoerveld_hoort_bij_precies_een_stap():
    velden = [f.name for f in dataclasses.fields(GemeenteInvoer) if f.name != "reeksen"]
    assert sorted(CIRCULAIRE_ATTRIBUTEN + OVERIGE_ATTRIBUTEN) == sorted(velden)
    assert sorted(CIRCULAIREREEKSEN + AANTALREEKSEN + OVERIGE_REEKSEN) == sorted(r.sleutel for r in REEKSEN)
    assert set(VELD) | {r.sleutel for r in REEKSEN} | {"edities", "samenwerkingsverband"} <= set(ZINSDEEL)


def test_jarentekst_en_waarden():
    from model.opmaak import jarentekst
    assert jarentekst([2027]) == "2027"
    assert jarentekst([2029, 2027, 2028, 2031, 2033, 2034]) == "2027–2029, 2031 en 2033–2034"
    assert toon_waarde(15.3, "") == "15,3" and toon_waarde(16.0, "") == "16"
    assert toon_waarde(0.575, "fractie") == "57,5 %" and toon_waarde(8000.0, "EUR") == "€ 8.000"
    assert toon_waarde(None, "EUR", "niet gepubliceerd") == "niet gepubliceerd"
    assert toon_waarde(True, "janee") == "ja"


def _w(sleutel, jaar, oud, nieuw, eenheid=""):
    from model.vergelijken import Wijziging
    return Wijziging(sleutel, sleutel, jaar, oud, nieuw, eenheid, ZINSDEEL[sleutel])


@pytest.mark.parametrize("stap, wijzigingen, zin", [
    ("aantallen", [_w("gerealiseerd", 2029, None, 1.0)], "Door de nieuw ingevulde realisatie in 2029 (1 persoon)"),
    ("aantallen", [_w("gerealiseerd", 2029, 3.0, None)], "Door de niet meer ingevulde realisatie in 2029 (was 3 personen)"),
    ("aantallen", [_w("gerealiseerd", 2029, 2.0, 1.0)], "Door de lagere realisatie in 2029 (2 → 1 persoon)"),
    ("aantallen", [_w("taakstelling", j, 15.3, 16.0) for j in (2027, 2028, 2029, 2030)],
     "Door de hogere taakstelling in 2027–2030 (15,3 → 16 plekken)"),
    ("aantallen", [_w("taakstelling", 2027, 15.3, 16.0), _w("taakstelling", 2028, 16.3, 16.0)],
     "Door de gewijzigde taakstelling in 2027–2028 (2027: 15,3 → 16 plekken; 2028: 16,3 → 16 plekken)"),
    ("aantallen", [_w("positief_advies", 2027, 21.0, 23.0)],
     "Door het hogere aantal inwoners met een positief advies in 2027 (21 → 23 inwoners)"),
    ("aantallen", [_w("gerealiseerd", 2027, 16.0, 18.0), _w("plekken_si", 2028, 8.0, 6.0)],
     "Door de gewijzigde aantallen (realisatie 2027 en aantal plekken sociale infrastructuur 2028)"),
    ("overige_invoer", [_w("lks_percentage", None, 0.57, 0.6, "fractie")],
     "Door het hogere LKS-percentage beschut werk (57 % → 60 %)"),
    ("overige_invoer", [_w("ontvangt_impulsbudget", None, True, False, "janee")],
     "Door de gewijzigde keuze of de gemeente het impulsbudget ontvangt (ja → nee)"),
    ("circulaire", [_w("edities", 2025, "meicirculaire 2025", "septembercirculaire 2025", "editie")],
     "Door de septembercirculaire 2025 (editie 2025: meicirculaire 2025 → septembercirculaire 2025)"),
    ("circulaire", [_w("circ_wsw", 2026, None, 3_350_000.0, "EUR")],
     "Door het nieuw gepubliceerde circulairebedrag Wsw in 2026 (€ 3.350.000)"),
])
def test_oorzaak_in_correct_nederlands(stap, wijzigingen, zin):
    from model.vergelijken import oorzaak_tekst
    assert oorzaak_tekst(stap, tuple(wijzigingen))[0] == zin


@pytest.mark.parametrize("sleutel, onderwerp, effect, zin", [
    ("lasten_wsw", ("de netto kosten Wsw", True), (100.0, -300.0, 200.4),
     "veranderen de netto kosten Wsw in 2026–2028 (hoger in 2026 en 2028, lager in 2027), maar samen niet"),
    ("lasten_wsw", ("de netto kosten Wsw", True), (100.0, -300.0, 0.2),
     "dalen de netto kosten Wsw over 2026–2027 samen met € 200 (hoger in 2026, lager in 2027)"),
    ("iu_wsw", ("de rijksbijdrage Wsw", False), (-100.0, -100.0, -100.2),
     "daalt de rijksbijdrage Wsw in 2026–2028 met € 100 per jaar, in totaal € 300"),
    ("saldo_na_bestemming", ("het geraamde resultaat", False), (0.0, 1234.5, 0.0),
     "verbetert het geraamde resultaat in 2027 met € 1.235"),
])
def test_gevolg_in_correct_nederlands(sleutel, onderwerp, effect, zin):
    from model.vergelijken import gevolg_tekst
    assert gevolg_tekst(sleutel, onderwerp, (2026, 2027, 2028), effect, frozenset()) == zin


def test_stappen_tellen_op_voor_willekeurige_paren():
    """For any two inputs and scenarios the steps add up to new − old for every line and year (hypothesis)."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from model.scenario import presets
    from tests.model.test_eigenschappen import invoeren

    def afgerond(invoer):
        # counts are persons and plekken (two decimals at most): 1e-292 persons makes per-plek memo lines overflow
        for r in AANTALREEKSEN:
            invoer = invoer.met_reeks(r, {j: round(w, 2) for j, w in invoer.reeks(r).items()})
        return invoer

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(invoeren().map(afgerond), invoeren().map(afgerond), st.sampled_from(presets()), st.sampled_from(presets()))
    def eigenschap(a, b, sa, sb):
        vg = vergelijk(Berekening(a, scenario=sa), Berekening(b, scenario=sb), 2025, 2040)
        for sleutel in SLEUTELS:
            for i in range(len(vg.jaren)):
                som = sum(s.regels[sleutel][i] for s in vg.stappen)
                oud, nieuw = vg.oud.regels[sleutel][i], vg.nieuw.regels[sleutel][i]
                assert abs(som - (nieuw - oud)) < max(0.005, 1e-12 * max(abs(oud), abs(nieuw)))
        for stap in vg.stappen:
            for zin in vg.zinnen(stap):
                assert zin.startswith("Door ") and zin.endswith(".") and "  " not in zin
    eigenschap()


def test_zinnen_bij_scenario_aanpassingen(voorbeeld):
    later = preset("Wetswijziging forfaitaire LKS een jaar later")
    vg = vergelijk(Berekening(voorbeeld, scenario=later), Berekening(voorbeeld))
    assert vg.zinnen(vg.stap("scenario"))[:2] == (
        "Door de vervallen scenario-aanpassing van ‘Startjaar forfaitaire LKS beschut werk’ (was 2029) verbetert "
        "het geraamde resultaat in 2028 met € 8.087.",
        "Door de vervallen scenario-aanpassing van ‘Startjaar forfaitaire LKS beschut werk’ (was 2029) daalt de "
        "tijdelijke ophoging LKS beschut werk in 2028 met € 46.033.")
    zonder = preset("Zonder loon- en prijsontwikkeling")
    vg = vergelijk(Berekening(voorbeeld), Berekening(voorbeeld, scenario=zonder))
    assert vg.zinnen(vg.stap("scenario"))[0].startswith(
        "Door de gewijzigde scenario-aanpassingen (‘Loon- en prijsbijstelling kosten gemeente’, ‘Loon- en "
        "prijsbijstelling rijksbijdragen’ en ‘Indexatie wettelijk minimumloon’) verslechtert het geraamde resultaat ")
