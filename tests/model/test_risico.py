"""Risico's en weerstandsvermogen (RISICO.md): register, risicosimulatie, bandbreedte."""
import random

import numpy as np
import pytest

from model.berekening import bereken
from model.parameters import standaard_parameterset
from model.risico.bandbreedte import PERCENTIELEN, bandbreedte, ingeklapt, onzekerheden
from model.risico.register import (BEGROTINGSJAAR, EIGEN, MODEL, UNIFORM, VAST, Registerrij, Risico, RisicoFout,
                                   bereken_gevolgen, meegeleverd_register, met_rijen, risicoperiode)
from model.risico.simulatie import ZEKERHEDEN, klasse, simuleer
from model.scenario import INVOER, PARAMETER, REEKS_SOORT, Override, Scenario

SPEC = {   # RISICO §1: name -> (kans, soort)
    "Wetswijziging forfaitaire LKS later": (0.30, MODEL),
    "BUIG dekt de loonkostensubsidie niet volledig": (0.30, MODEL),
    "Herverdeling door het nieuwe verdeelmodel": (0.50, MODEL),
    "Loon- en prijsstijging hoger dan de rijksvergoeding": (0.50, MODEL),
    "Wsw-kosten per SE hoger": (0.30, MODEL),
    "Meer beschut werk dan de taakstelling (wachtlijst)": (0.30, MODEL),
    "Tekort sociaal ontwikkelbedrijf per plek hoger": (0.30, MODEL),
    "Accountantscorrectie loonkostensubsidie zonder loonwaardemeting": (0.10, EIGEN),
    "Normering gemeentefonds": (0.30, EIGEN),
}


# ---------------------------------------------------------------- the register

def test_meegeleverd_register_is_rico_1():
    register = meegeleverd_register()
    assert {r.naam: (r.kans, r.soort) for r in register} == SPEC
    for r in register:
        assert r.verdeling == (VAST if r.soort == MODEL else UNIFORM)
        assert r.bron
        if r.soort == EIGEN:
            assert r.gevolg == 0 and not r.varianten
        else:
            assert r.varianten and r.scenario_tekst()


def _saldo(invoer, scenario, van, tot):
    return sum(bereken(invoer, scenario=scenario, van=van, tot=tot, controles=False).reeks("saldo_na_bestemming"))


def _verwacht_gevolg(invoer, basis: Scenario, scenarios, van, tot):
    """RISICO §1 by hand: max(0, −(Σ resultaat_risico − Σ resultaat_basis)), the worst scenario."""
    ref = _saldo(invoer, basis, van, tot)
    return max(max(0.0, -(_saldo(invoer, s, van, tot) - ref)) for s in scenarios)


def _onafhankelijke_scenarios(invoer, basis: Scenario, van, tot):
    """Each model risk's scenario written out independently of the register's data and code."""
    def op(*overrides):
        s = basis
        for o in overrides:
            s = s.met_override(o)
        return s
    ps = standaard_parameterset()
    eigen = {o.sleutel: o.waarde for o in basis.overrides}
    lpo = eigen.get("lpo", ps.value("lpo", van))
    startjaar = ps.value("lks_forfait_startjaar", van)
    real = bereken(invoer, scenario=basis, van=van, tot=tot, controles=False)
    wachtlijst = {j: 1.10 * real.waarde("real", j) for j in real.jaren if j >= invoer.basisjaar + 1}
    return {
        "Wetswijziging forfaitaire LKS later": [op(Override(PARAMETER, "lks_forfait_startjaar", startjaar + 1))],
        "BUIG dekt de loonkostensubsidie niet volledig": [op(Override(PARAMETER, "buig_lks_dekking", 0.90))],
        "Herverdeling door het nieuwe verdeelmodel": [
            op(Override(PARAMETER, "bw_gewicht_realisatie", 0.75), Override(PARAMETER, "bw_gewicht_advies", 0.25)),
            op(Override(PARAMETER, "bw_gewicht_realisatie", 0.25), Override(PARAMETER, "bw_gewicht_advies", 0.75))],
        "Loon- en prijsstijging hoger dan de rijksvergoeding": [op(Override(PARAMETER, "lpo", lpo + 0.01))],
        "Wsw-kosten per SE hoger": [op(Override(INVOER, "wsw_netto_kosten_per_se",
                                                invoer.wsw_netto_kosten_per_se * 1.05))],
        "Meer beschut werk dan de taakstelling (wachtlijst)": [op(Override(REEKS_SOORT, "gerealiseerd",
                                                                           waarden=wachtlijst))],
        "Tekort sociaal ontwikkelbedrijf per plek hoger": [op(
            Override(INVOER, "begeleiding_per_plek", invoer.begeleiding_per_plek * 1.10),
            Override(INVOER, "overhead_per_plek", invoer.overhead_per_plek * 1.10))],
    }


@pytest.mark.parametrize("basis", [Scenario("Basis"),
                                   Scenario("Basis", overrides=(Override(PARAMETER, "lpo", 0.03),))],
                         ids=["basis", "basis-aangepast"])
def test_elk_modelrisico_is_het_verschil_van_twee_berekeningen(voorbeeld, basis):
    van, tot = risicoperiode(voorbeeld)
    assert (van, tot) == (voorbeeld.basisjaar, voorbeeld.basisjaar + 3)
    register = bereken_gevolgen(meegeleverd_register(), voorbeeld, scenario=basis, periode=(van, tot))
    scenarios = _onafhankelijke_scenarios(voorbeeld, basis, van, tot)
    for r in register:
        if r.soort == EIGEN:
            assert r.gevolg == 0
            continue
        verwacht = _verwacht_gevolg(voorbeeld, basis, scenarios[r.naam], van, tot)
        assert r.gevolg == pytest.approx(verwacht, abs=0.005), r.naam
    # every funding risk of the Voorbeeldgemeente is adverse (a risk that never bites would hide a wrong scenario)
    assert all(r.gevolg > 1000 for r in register if r.soort == MODEL)


def test_begrotingsjaar_als_risicoperiode(voorbeeld):
    """The period is the begrotingsjaar alone: the wachtlijst (from basisjaar + 1) has no effect in it."""
    periode = risicoperiode(voorbeeld, BEGROTINGSJAAR)
    assert periode == (voorbeeld.basisjaar, voorbeeld.basisjaar)
    register = {r.naam: r for r in bereken_gevolgen(meegeleverd_register(), voorbeeld, periode=periode)}
    assert register["Meer beschut werk dan de taakstelling (wachtlijst)"].gevolg == 0
    basis = Scenario("Basis")
    buig = register["BUIG dekt de loonkostensubsidie niet volledig"]
    assert buig.gevolg == pytest.approx(_verwacht_gevolg(
        voorbeeld, basis, [basis.met_override(Override(PARAMETER, "buig_lks_dekking", 0.9))], *periode), abs=0.005)


def test_rijen_vervangen_en_vullen_aan():
    register = meegeleverd_register()
    uit = met_rijen(register, [
        Registerrij("normering  GEMEENTEFONDS", kans=0.4, gevolg=250_000),
        Registerrij("BUIG dekt de loonkostensubsidie niet volledig", gevolg=100_000, verdeling=UNIFORM),
        Registerrij("Rentestijging", kans=0.2, gevolg=50_000),
    ])
    per_naam = {r.naam: r for r in uit}
    assert len(uit) == len(register) + 1
    assert (per_naam["Normering gemeentefonds"].kans, per_naam["Normering gemeentefonds"].gevolg) == (0.4, 250_000)
    buig = per_naam["BUIG dekt de loonkostensubsidie niet volledig"]
    assert (buig.soort, buig.gevolg, buig.verdeling, buig.kans) == (EIGEN, 100_000, UNIFORM, 0.30)
    nieuw = per_naam["Rentestijging"]
    assert (nieuw.soort, nieuw.verdeling, nieuw.verwachte_waarde) == (EIGEN, UNIFORM, 0.2 * 25_000)
    with pytest.raises(RisicoFout, match="Onbekend risico.*kans"):
        met_rijen(register, [Registerrij("Onbekend risico", gevolg=1)])


# ---------------------------------------------------------------- the risicosimulatie

REGISTER = (
    Risico("a", 0.30, verdeling=VAST, gevolg=400_000),
    Risico("b", 0.50, verdeling=UNIFORM, gevolg=300_000),
    Risico("c", 0.10, verdeling=UNIFORM, gevolg=1_000_000),
    Risico("d", 0.60, verdeling=VAST, gevolg=50_000),
    Risico("e", 0.30, verdeling=UNIFORM, gevolg=0),
)


def _onafhankelijk(register, n, seed):
    """A plain simulation with Python's own generator, risk by risk as RISICO §2 describes."""
    rnd = random.Random(seed)
    uit = []
    for _ in range(n):
        totaal = 0.0
        for r in register:
            if rnd.random() < r.kans:
                totaal += r.gevolg * (rnd.random() if r.verdeling == UNIFORM else 1.0)
        uit.append(totaal)
    return np.sort(np.array(uit))


def test_simulatie_klopt_met_een_onafhankelijke_simulatie():
    s = simuleer(REGISTER)
    assert s.trekkingen == 10_000 and s.zaad == 1
    assert tuple(s.benodigd) == ZEKERHEDEN
    assert s.verwachting == pytest.approx(0.3 * 400_000 + 0.5 * 150_000 + 0.1 * 500_000 + 0.6 * 50_000)
    assert s.maximaal == 1_750_000
    assert abs(s.totalen.mean() - s.verwachting) < 4 * s.totalen.std() / np.sqrt(s.trekkingen)
    ref = _onafhankelijk(REGISTER, 100_000, 7)
    for p, q in s.benodigd.items():
        # the independent sample's distribution function at our quantile is p, within sampling error
        # (the total has atoms, e.g. 0 and 400.000: compare just below and just above)
        fout = 4 * np.sqrt(p / 100 * (1 - p / 100) / s.trekkingen) + 4 * np.sqrt(0.25 / len(ref))
        onder = np.searchsorted(ref, q - 1, side="right") / len(ref)
        boven = np.searchsorted(ref, q + 1, side="right") / len(ref)
        assert onder - fout <= p / 100 <= boven + fout, (p, q, onder, boven)
    assert s.benodigd[50] <= s.benodigd[90] <= s.benodigd[99] <= s.maximaal


def test_lineaire_interpolatie_tussen_orde_statistieken():
    s = simuleer(REGISTER, trekkingen=7, zaad=3)
    x = s.totalen   # sorted
    h = (len(x) - 1) * 0.9
    assert s.benodigd[90] == pytest.approx(x[int(h)] + (h - int(h)) * (x[int(h) + 1] - x[int(h)]))


def test_zelfde_zaad_zelfde_getallen():
    a, b = simuleer(REGISTER, zaad=5), simuleer(REGISTER, zaad=5)
    assert a.benodigd == b.benodigd and np.array_equal(a.totalen, b.totalen)
    assert simuleer(REGISTER, zaad=6).benodigd != a.benodigd


def test_top_en_aandelen():
    s = simuleer(REGISTER)
    assert [t.naam for t in s.top] == ["a", "b", "c", "d", "e"]
    assert sum(t.aandeel for t in s.top) == pytest.approx(1.0)
    assert s.top[0].aandeel == pytest.approx(120_000 / s.verwachting)


def test_ratio_en_klasse_bij_1_500_000():
    s = simuleer(REGISTER, beschikbaar=1_500_000)
    nodig = s.benodigd[90]
    assert s.ratio == pytest.approx(1_500_000 / nodig)
    assert (s.klasse, s.waardering) == klasse(s.ratio)
    assert "1.500.000" in s.ratio_tekst() and f"klasse {s.klasse}" in s.ratio_tekst()
    zonder = simuleer(REGISTER)
    assert zonder.ratio is None and zonder.klasse is None
    assert "Beschikbare weerstandscapaciteit" in zonder.ratio_tekst()


@pytest.mark.parametrize("ratio, verwacht", [(2.01, "A"), (2.0, "B"), (1.4, "B"), (1.39, "C"), (1.0, "C"),
                                             (0.99, "D"), (0.8, "D"), (0.7, "E"), (0.6, "E"), (0.59, "F"), (0, "F")])
def test_normtabel(ratio, verwacht):
    assert klasse(ratio)[0] == verwacht


# ---------------------------------------------------------------- the bandbreedte

@pytest.mark.parametrize("van, tot", [(None, None), (2025, 2035)])
def test_ingeklapte_bandbreedte_is_bereken(voorbeeld, van, tot):
    """Every distribution collapsed to the value in use: every percentile equals bereken to the cent."""
    b = bandbreedte(voorbeeld, van=van, tot=tot, trekkingen=20, lijst=ingeklapt(onzekerheden()))
    r = bereken(voorbeeld, van=van, tot=tot, controles=False)
    assert b.jaren == r.jaren
    for s in ("saldo_na_bestemming", "structureel_saldo"):
        for p in PERCENTIELEN:
            assert np.allclose(b.percentielen[s][p], r.reeks(s), rtol=0, atol=0.005), (s, p)
            assert b.som[s][p] == pytest.approx(sum(r.reeks(s)), abs=0.005)
    assert b.kans_tekort_cumulatief == (1.0 if sum(r.reeks("saldo_na_bestemming")) < 0 else 0.0)


def _scenario_van_kolom(invoer, b, i):
    """The draws of column i written as ordinary scenario overrides, for a separate bereken."""
    s = b.scenario
    k = b.kolommen
    for (sleutel, jaar), w in k.parameters.items():
        s = s.met_override(Override(PARAMETER, sleutel, float(w[i]), jaar=jaar))
    for sleutel, w in k.velden.items():
        s = s.met_override(Override(INVOER, sleutel, float(w[i])))
    for reeks, f in k.reeksfactoren.items():
        s = s.met_override(Override(REEKS_SOORT, reeks, waarden={j: v * f[i] for j, v in invoer.reeks(reeks).items()}))
    return s


def test_elke_trekking_is_een_eigen_berekening(voorbeeld):
    b = bandbreedte(voorbeeld, van=2025, tot=2031, trekkingen=4, zaad=3)
    k = b.kolommen
    assert {s for s, _ in k.parameters} == {"lpo", "lpo_rijk", "wml_indexatie", "lks_forfait_startjaar",
                                           "bw_gewicht_realisatie", "bw_gewicht_advies", "buig_lks_dekking"}
    assert set(k.velden) == {"wsw_uitstroom_pct"} and set(k.reeksfactoren) == {"gerealiseerd"}
    from model.berekening import bereken_kolommen
    _, uit = bereken_kolommen(voorbeeld, ("saldo_na_bestemming",), k, scenario=b.scenario, van=2025, tot=2031)
    for i in range(4):
        r = bereken(voorbeeld, scenario=_scenario_van_kolom(voorbeeld, b, i), van=2025, tot=2031, controles=False)
        assert np.allclose(uit["saldo_na_bestemming"][i], r.reeks("saldo_na_bestemming"), rtol=0, atol=0.005), i
    som = uit["saldo_na_bestemming"].sum(axis=1)
    assert b.som["saldo_na_bestemming"][50] == pytest.approx(np.percentile(som, 50))


def test_trekkingen_volgen_de_verdelingen(voorbeeld):
    b = bandbreedte(voorbeeld, van=2025, tot=2035, trekkingen=2000)
    k = b.kolommen
    lpo = k.parameters[("lpo", None)]
    assert 0.01 <= lpo.min() and lpo.max() <= 0.04
    assert lpo.mean() == pytest.approx((0.01 + 0.025 + 0.04) / 3, abs=0.001)
    jaar = k.parameters[("lks_forfait_startjaar", None)]
    assert set(np.unique(jaar)) == {2028.0, 2029.0, 2030.0}
    assert (jaar == 2028).mean() == pytest.approx(0.6, abs=0.04)
    g = k.parameters[("bw_gewicht_realisatie", None)]
    assert np.allclose(g + k.parameters[("bw_gewicht_advies", None)], 1.0)
    assert 0.25 <= g.min() and g.max() <= 0.75
    assert k.parameters[("buig_lks_dekking", None)].max() <= 1.0
    wsw = k.velden["wsw_uitstroom_pct"]
    assert wsw.max() <= 0.08 and wsw.min() >= b.scenario.overrides[-1].waarde   # the prognosis path's own outflow
    f = k.reeksfactoren["gerealiseerd"]
    assert 0.85 <= f.min() and f.max() <= 1.10
    assert 0 < b.kans_tekort_cumulatief < 1
    for s in ("saldo_na_bestemming", "structureel_saldo"):
        for a, z in zip(PERCENTIELEN, PERCENTIELEN[1:]):
            assert all(x <= y for x, y in zip(b.percentielen[s][a], b.percentielen[s][z]))
    assert bandbreedte(voorbeeld, van=2025, tot=2035, trekkingen=2000).percentielen == b.percentielen


def test_wsw_risico_via_een_gemeenschappelijke_regeling(voorbeeld):
    """Through a GR the Wsw risk raises the GR's bijdrage by 5 % (RISICO §1): its gevolg is 5 % of the bijdrage
    over the period, which two bereken runs confirm."""
    inv = voorbeeld.met(wsw_via_gr=True).met_reeks("bijdrage_gr_wsw", {2026: 3_400_000.0, 2028: 3_300_000.0})
    van, tot = risicoperiode(inv)
    register = {r.naam: r for r in bereken_gevolgen(meegeleverd_register(), inv, periode=(van, tot))}
    lasten = bereken(inv, van=van, tot=tot, controles=False)
    bijdragen = {j: lasten.waarde("lasten_wsw", j) for j in range(van, tot + 1)}
    hoger = Scenario("x", overrides=(Override(REEKS_SOORT, "bijdrage_gr_wsw",
                                              waarden={j: 1.05 * w for j, w in bijdragen.items()}),))
    verwacht = _saldo(inv, Scenario("Basis"), van, tot) - _saldo(inv, hoger, van, tot)
    assert verwacht == pytest.approx(0.05 * sum(bijdragen.values()), abs=0.01)
    assert register["Wsw-kosten per SE hoger"].gevolg == pytest.approx(verwacht, abs=0.005)
