"""INVOER §5: the Voorbeeldgemeente's expected results, Basis scenario, to the euro (REKENREGELS version 3, and
the version-2 lines that version 3 leaves unchanged)."""
from __future__ import annotations

import pytest

from model.berekening import bereken
from model.opmaak import hele_euro
from tests.invoer5 import JAREN, JAREN_V3, TELLINGEN, VERWACHT, VERWACHT_V3


@pytest.fixture(scope="module")
def resultaat(voorbeeld):
    return bereken(voorbeeld, van=2025, tot=2040)


@pytest.mark.parametrize("sleutel", sorted(VERWACHT))
def test_voorbeeldgemeente_tot_op_de_euro(resultaat, sleutel):
    gekregen = tuple(hele_euro(resultaat.waarde(sleutel, j)) for j in JAREN)
    assert gekregen == tuple(VERWACHT[sleutel][j] for j in JAREN)


@pytest.mark.parametrize("sleutel", sorted(VERWACHT_V3))
def test_voorbeeldgemeente_v3_tot_op_de_euro(resultaat, sleutel):
    """The v3 table, over the full range 2025–2040: the werkplekken continue after 2034, the reserve runs out."""
    gekregen = tuple(hele_euro(resultaat.waarde(sleutel, j)) for j in JAREN_V3)
    assert gekregen == tuple(VERWACHT_V3[sleutel][j] for j in JAREN_V3)


def test_reserve_raakt_op_in_2037(resultaat):
    """INVOER §5 v3: the reserve runs out in 2037 and € 185.255 is spending without cover; never below zero."""
    assert hele_euro(resultaat.waarde("reserve_impulsbudget", 2036)) == 137_813
    assert resultaat.waarde("reserve_impulsbudget", 2037) == pytest.approx(0.0, abs=1e-6)
    assert all(resultaat.waarde("reserve_impulsbudget", j) >= 0 for j in resultaat.jaren)
    zonder = {j: hele_euro(resultaat.waarde("besteding_zonder_dekking", j)) for j in resultaat.jaren}
    assert {j: v for j, v in zonder.items() if v} == {2037: 185_255, 2038: 331_144, 2039: 339_422, 2040: 347_908}


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
        structureel = w("besteding_duurzame_werkplekken")  # the one structural category (Classificatie)
        assert w("incidentele_lasten") == pytest.approx(
            w("lasten_impulsbudget") - structureel + w("doorbetaling_aan_leden") + w("toevoeging_reserve_impulsbudget"))
        assert w("lasten_impulsbudget") == pytest.approx(sum(
            w(f"besteding_{c}") for c in ("organisatiestructuur", "doorstroom", "operationeel_resultaat",
                                          "duurzame_werkplekken", "overig")))
        assert w("reserve_impulsbudget") == pytest.approx(
            w("reserve_impulsbudget_begin") + w("toevoeging_reserve_impulsbudget") - w("onttrekking_reserve_impulsbudget"))
        assert w("structureel_saldo") == pytest.approx(
            w("saldo_na_bestemming") - w("incidentele_baten") + w("incidentele_lasten"))


def test_alle_regels_aanwezig(resultaat):
    from model.regels import SLEUTELS
    assert tuple(resultaat.regels) == SLEUTELS
    assert all(len(v) == len(resultaat.jaren) for v in resultaat.regels.values())
