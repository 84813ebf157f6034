"""INVOER §5: the Voorbeeldgemeente's expected results, Basis scenario, to the euro."""
from __future__ import annotations

import pytest

from model.berekening import bereken
from model.opmaak import hele_euro

JAREN = (2026, 2027, 2028, 2031, 2034)
VERWACHT = {
    "iu_beschut_werk": (197_044, 209_355, 226_649, 241_612, 260_184),
    "iu_beschut_lks_overbrugging": (45_456, 47_419, 0, 0, 0),
    "iu_sociale_infrastructuur": (139_300, 149_049, 158_798, 188_045, 217_292),
    "iu_wsw": (3_350_000, 3_205_195, 3_130_732, 2_871_983, 2_554_927),
    "du_impulsbudget": (472_500, 472_500, 472_500, 432_000, 297_000),
    "lasten_lks_beschut": (219_823, 257_546, 334_460, 360_221, 387_930),
    "lasten_beschut_aanvullend": (282_516, 330_977, 306_252, 329_821, 355_187),
    "lasten_wsw": (3_495_750, 3_320_581, 3_194_025, 2_842_642, 2_529_966),
    "saldo": (-38_502, 34_610, 57_859, 128_284, 108_828),
    "reserve_impulsbudget": (437_500, 535_000, 607_500, 784_500, 760_500),
    "impulsbudget_toegerekend": (206_182, 206_182, 206_182, 188_509, 129_600),
}


@pytest.fixture(scope="module")
def resultaat(voorbeeld):
    return bereken(voorbeeld, van=2025, tot=2040)


@pytest.mark.parametrize("sleutel", sorted(VERWACHT))
def test_voorbeeldgemeente_tot_op_de_euro(resultaat, sleutel):
    gekregen = tuple(hele_euro(resultaat.waarde(sleutel, j)) for j in JAREN)
    assert gekregen == VERWACHT[sleutel]


def test_zelfde_getallen_bij_korte_horizon(voorbeeld):
    """The reserve runs from 2025 whatever horizon is shown."""
    kort = bereken(voorbeeld)  # basisjaar 2026 … 2029
    assert kort.jaren == (2026, 2027, 2028, 2029)
    assert hele_euro(kort.waarde("reserve_impulsbudget", 2026)) == 437_500
    assert hele_euro(kort.waarde("saldo", 2027)) == 34_610


def test_alle_regels_aanwezig(resultaat):
    from model.regels import SLEUTELS
    assert tuple(resultaat.regels) == SLEUTELS
    assert all(len(v) == len(resultaat.jaren) for v in resultaat.regels.values())
