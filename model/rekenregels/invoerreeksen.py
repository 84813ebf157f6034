"""The gemeente's per-year inputs with the missing-year rules of REKENREGELS §3, and idx(y).

- ``taak(y)``: a given year as given; otherwise the nearest given year before y (or, before
  the first given year, the first one) moved along the national path:
  ``taak(g) * bw_taakstelling_landelijk(y) / bw_taakstelling_landelijk(g)``.
- ``real``, ``si_plekken``: the last given value carried forward, the first carried backward.
- ``adv``: like ``real`` when given at all; when never given,
  ``real(y) * bw_positief_advies_landelijk(y) / bw_realisatie_landelijk(y)``.
- ``doorbetaling`` (v3): a missing year follows the national impulsbudget path from the last given year
  before it (else the first); with no year given at all it is the gemeente's toegerekend share.
- the bestedingsplan (v3): a planned year as planned (an entered 0 is a plan of 0); after the last planned
  year a structural category continues, indexed with ``lpo`` year by year; any other year is 0.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Mapping

from model.invoer import BESTEDINGSCATEGORIEEN, STRUCTUREEL_VELD
from model.rekenregels.kern import grootheid
from model.term import Lezer, schrijfkeuze


schrijfkeuze("invoerjaren", "Welke jaren van een invoerreeks zijn ingevuld (en dus van welk jaar een ontbrekend jaar "
             "wordt afgeleid) is bij het schrijven bepaald; een ingevulde waarde wijzigen werkt door, een leeg jaar "
             "invullen niet.")
schrijfkeuze("basisjaar", "Het basisjaar van de index en van het Wsw-volume is bij het schrijven bepaald.")


def ankerjaar(gegeven: Mapping[int, float], jaar: int) -> int:
    """The given year a missing year is derived from: the last one at or before it, else the first."""
    jaren = sorted(gegeven)
    i = bisect_right(jaren, jaar)
    return jaren[i - 1] if i else jaren[0]


def doorgetrokken(gegeven: Mapping[int, float], jaar: int) -> float:
    if not gegeven:
        return 0.0
    return gegeven[ankerjaar(gegeven, jaar)]


@grootheid("taak")
def taak(k: Lezer, jaar: int) -> float:
    gegeven = k.gegeven("taakstelling")
    if jaar in gegeven:
        return gegeven[jaar]
    anker = ankerjaar(gegeven, jaar)
    return gegeven[anker] * k.p("bw_taakstelling_landelijk", jaar) / k.p("bw_taakstelling_landelijk", anker)


@grootheid("real")
def real(k: Lezer, jaar: int) -> float:
    gekoppeld = k.koppelingen.get("gerealiseerd")
    if gekoppeld == "taakstelling":
        return k.get("taak", jaar)
    return doorgetrokken(k.gegeven("gerealiseerd"), jaar)


@grootheid("adv")
def adv(k: Lezer, jaar: int) -> float:
    gegeven = k.gegeven("positief_advies")
    if gegeven:
        return doorgetrokken(gegeven, jaar)
    return k.get("real", jaar) * k.p("bw_positief_advies_landelijk", jaar) / k.p("bw_realisatie_landelijk", jaar)


@grootheid("si_plekken")
def si_plekken(k: Lezer, jaar: int) -> float:
    return doorgetrokken(k.gegeven("plekken_si"), jaar)


@grootheid("doorbetaling")
def doorbetaling(k: Lezer, jaar: int) -> float:
    """A member's doorbetaling (REKENREGELS §4.5, v3): never a cliff to 0 in a year left empty."""
    gegeven = k.gegeven("doorbetaling")
    if jaar in gegeven:
        return gegeven[jaar]
    if gegeven:
        anker = ankerjaar(gegeven, jaar)
        return gegeven[anker] * k.deel(k.p("ib_macro", jaar), k.p("ib_macro", anker))
    return k.get("impulsbudget_toegerekend", jaar)


def _besteding(categorie: str):
    def f(k: Lezer, jaar: int) -> float:
        plan = k.gegeven(categorie)
        if jaar in plan:
            return plan[jaar]
        if plan and jaar > max(plan):
            return k.als(k.veld(STRUCTUREEL_VELD[categorie]),
                         lambda: k.get(f"besteding_{categorie}", jaar - 1) * (1 + k.p("lpo", jaar)), lambda: 0.0)
        return 0.0
    f.__name__ = f"besteding_{categorie}"
    return f


for _categorie in BESTEDINGSCATEGORIEEN:
    grootheid(f"besteding_{_categorie}")(_besteding(_categorie))


@grootheid("idx")
def idx(k: Lezer, jaar: int):
    """Price index relative to basisjaar: the product of (1 + lpo) over the years in between, one year at a time."""
    basisjaar = k.keuze(k.veld("basisjaar"))
    if jaar == basisjaar:
        return 1.0
    if jaar > basisjaar:
        return k.get("idx", jaar - 1) * (1 + k.p("lpo", jaar))
    return k.get("idx", jaar + 1) / (1 + k.p("lpo", jaar + 1))
