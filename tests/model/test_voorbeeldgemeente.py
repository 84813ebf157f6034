"""INVOER §5 (REKENREGELS version 2): the Voorbeeldgemeente's expected results, Basis scenario, to the euro."""
from __future__ import annotations

import pytest

from model.berekening import bereken
from model.opmaak import hele_euro
from tests.invoer5 import JAREN, TELLINGEN, VERWACHT


@pytest.fixture(scope="module")
def resultaat(voorbeeld):
    return bereken(voorbeeld, van=2025, tot=2040)


@pytest.mark.parametrize("sleutel", sorted(VERWACHT))
def test_voorbeeldgemeente_tot_op_de_euro(resultaat, sleutel):
    gekregen = tuple(hele_euro(resultaat.waarde(sleutel, j)) for j in JAREN)
    assert gekregen == tuple(VERWACHT[sleutel][j] for j in JAREN)


def test_zelfde_getallen_bij_korte_horizon(voorbeeld):
    """The reserve runs from 2025 whatever horizon is shown."""
    kort = bereken(voorbeeld)  # basisjaar 2026 … 2029
    assert kort.jaren == (2026, 2027, 2028, 2029)
    assert hele_euro(kort.waarde("reserve_impulsbudget", 2026)) == 437_500
    assert hele_euro(kort.waarde("saldo", 2027)) == VERWACHT["saldo"][2027]


@pytest.mark.parametrize("sleutel, jaar", sorted(TELLINGEN))
def test_tellingen(resultaat, sleutel, jaar):
    assert round(resultaat.waarde(sleutel, jaar), 4) == TELLINGEN[(sleutel, jaar)]


def test_bbv_identiteiten(resultaat):
    """Saldo na bestemming and the structural saldo follow from the lines (REKENREGELS §4.7) in every year."""
    for j in resultaat.jaren:
        w = lambda s: resultaat.waarde(s, j)  # noqa: E731
        assert w("saldo_na_bestemming") == pytest.approx(
            w("saldo") - w("toevoeging_reserve_impulsbudget") + w("onttrekking_reserve_impulsbudget"))
        assert w("incidentele_baten") == pytest.approx(
            w("iu_beschut_lks_overbrugging") + w("du_impulsbudget") + w("onttrekking_reserve_impulsbudget"))
        assert w("incidentele_lasten") == pytest.approx(w("lasten_impulsbudget") + w("toevoeging_reserve_impulsbudget"))
        assert w("structureel_saldo") == pytest.approx(
            w("saldo_na_bestemming") - w("incidentele_baten") + w("incidentele_lasten"))


def test_alle_regels_aanwezig(resultaat):
    from model.regels import SLEUTELS
    assert tuple(resultaat.regels) == SLEUTELS
    assert all(len(v) == len(resultaat.jaren) for v in resultaat.regels.values())
