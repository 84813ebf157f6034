"""Beschut werk at the sociaal ontwikkelbedrijf: the aanvullende bijdrage, taakveld 6.4 (REKENREGELS §4.3).

The gemeente bears the SOB's net cost of beschut werk: wage plus employer costs, plus
begeleiding and overhead minus the value the work brings in (basisjaar prices, indexed),
of which the LKS line already pays part. Missing begeleiding/overhead count as 0 (the input
validation warns).
"""
from __future__ import annotations

from model.rekenregels.kern import grootheid
from model.term import Lezer


def _of_nul(waarde):
    """An optional cost left empty counts as 0 (the input validation warns)."""
    return 0.0 if waarde is None else waarde


@grootheid("loon_per_persoon")
def loon_per_persoon(k: Lezer, jaar: int) -> float:
    return k.get("jaarloon_wml", jaar) * (1 + k.veld("werkgeverslasten_sob"))


@grootheid("netto_kosten_per_persoon")
def netto_kosten_per_persoon(k: Lezer, jaar: int) -> float:
    begeleiding = _of_nul(k.veld("begeleiding_per_plek"))
    overhead = _of_nul(k.veld("overhead_per_plek"))
    opbrengst = k.veld("netto_toegevoegde_waarde")
    return k.get("loon_per_persoon", jaar) + (begeleiding + overhead - opbrengst) * k.get("idx", jaar)


@grootheid("lasten_beschut_aanvullend")
def lasten_beschut_aanvullend(k: Lezer, jaar: int) -> float:
    return k.get("real", jaar) * k.get("netto_kosten_per_persoon", jaar) - k.get("lasten_lks_beschut", jaar)
