"""The array evaluator runs the same rules as bereken: each column equals a separate calculation."""
import numpy as np

from model.analyse import gevoeligheid, variaties
from model.berekening import bereken, bereken_kolommen
from model.evaluatie.reeksen import Kolommen
from model.parameters import standaard_parameterset
from model.regels import SLEUTELS
from model.scenario import Scenario


def test_elke_variatie_is_een_eigen_berekening(voorbeeld):
    """The sensitivity's effects, from one array evaluation, equal two bereken runs per variation."""
    ps = standaard_parameterset()
    basis = Scenario("Basis")
    ref = sum(bereken(voorbeeld, ps, basis, 2025, 2040, controles=False).reeks("saldo_na_bestemming"))
    per_sleutel = {g.variatie.sleutel: g for g in gevoeligheid(voorbeeld, ps, basis, 2025, 2040)}
    for v in variaties(voorbeeld, ps, basis):
        for overrides, effect in ((v.laag, per_sleutel[v.sleutel].effect_laag), (v.hoog, per_sleutel[v.sleutel].effect_hoog)):
            r = bereken(voorbeeld, ps, Scenario("x", overrides=overrides), 2025, 2040, controles=False)
            assert abs(sum(r.reeks("saldo_na_bestemming")) - ref - effect) < 1e-6, (v.sleutel, overrides)


def test_kolommen_zonder_variatie_geven_bereken(voorbeeld):
    """With nothing varied, every column of every line equals bereken to the cent."""
    r = bereken(voorbeeld, van=2025, tot=2040, controles=False)
    jaren, uit = bereken_kolommen(voorbeeld, SLEUTELS, Kolommen(3), van=2025, tot=2040)
    assert jaren == r.jaren
    for s in SLEUTELS:
        assert np.allclose(uit[s], np.array(r.reeks(s))[None, :], rtol=0, atol=0.005), s


def test_verdeelvertraging_per_kolom(voorbeeld):
    """The lag is a computed year: each column looks up its own peiljaar (1, 2 and 3 years back)."""
    k = Kolommen(3)
    for i, lag in enumerate((1, 2, 3)):
        k.zet_parameter(i, "bw_verdeel_vertraging", None, lag)
    _, uit = bereken_kolommen(voorbeeld, ("iu_beschut_werk",), k, van=2027, tot=2030)
    for i, lag in enumerate((1, 2, 3)):
        from model.scenario import Override, PARAMETER
        r = bereken(voorbeeld, scenario=Scenario("x", overrides=(Override(PARAMETER, "bw_verdeel_vertraging", lag),)),
                    van=2027, tot=2030, controles=False)
        assert np.allclose(uit["iu_beschut_werk"][i], r.reeks("iu_beschut_werk"), rtol=0, atol=1e-6)
    assert not np.allclose(uit["iu_beschut_werk"][0], uit["iu_beschut_werk"][2])


def test_gevoeligheid_via_een_gemeenschappelijke_regeling_varieert_de_bijdrage(voorbeeld):
    """(SAMENWERKING §3) Through a GR the sensitivity varies the GR's bijdrage, not SE × kosten per SE; its effect
    equals two bereken runs."""
    ps = standaard_parameterset()
    inv = voorbeeld.met(wsw_via_gr=True).met_reeks("bijdrage_gr_wsw", {2026: 3_400_000.0, 2028: 3_300_000.0})
    basis = Scenario("Basis")
    lijst = {g.variatie.sleutel: g for g in gevoeligheid(inv, ps, basis, 2026, 2029)}
    assert "bijdrage_gr_wsw" in lijst and "wsw_netto_kosten_per_se" not in lijst and "wsw_se_basis" not in lijst
    ref = sum(bereken(inv, ps, basis, 2026, 2029, controles=False).reeks("saldo_na_bestemming"))
    g = lijst["bijdrage_gr_wsw"]
    hoog = bereken(inv, ps, Scenario("x", overrides=g.variatie.hoog), 2026, 2029, controles=False)
    assert abs(sum(hoog.reeks("saldo_na_bestemming")) - ref - g.effect_hoog) < 1e-6 and g.effect_hoog < 0
