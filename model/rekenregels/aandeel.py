"""Deriving a gemeente's share of a macro budget from published circulaire amounts.

For year y the share comes from the latest circulaire year c <= y, or, when every
circulaire year lies after y, from the earliest one (REKENREGELS §4.4–4.6, "latest …
else the earliest"). Years whose macro budget is 0 cannot give a share and are skipped.
"""
from __future__ import annotations

from typing import Callable

from model.term import Lezer, schrijfkeuze


schrijfkeuze("circulairejaar", "Het aandeel in een macrobudget komt uit het laatste circulairejaar tot en met het "
             "jaar (anders het eerste), gekozen bij het schrijven uit de ingevulde circulairebedragen; een jaar waarin "
             "het macrobudget 0 is, telt niet mee.")
schrijfkeuze("aandeel_aantallen", "Zonder circulairebedrag komt het aandeel uit het doelgroepenregister; of beide "
             "aantallen zijn ingevuld (en het landelijke niet 0 is), is bij het schrijven bepaald.")


def circulairejaar(k: Lezer, reeks: str, jaar: int, bruikbaar: Callable[[int], bool] = lambda j: True,
                   behalve: int | None = None) -> int | None:
    jaren = [j for j in k.circulairejaren(reeks) if j != behalve and bruikbaar(j)]
    if not jaren:
        return None
    eerder = [j for j in jaren if j <= jaar]
    return eerder[-1] if eerder else jaren[0]


def aandeel_uit_circulaire(k: Lezer, reeks: str, macro: str, jaar: int, behalve: int | None = None) -> float | None:
    """circ(c) / macro(c) for the circulaire year c that applies to ``jaar`` (None if none)."""
    c = circulairejaar(k, reeks, jaar, lambda j: k.keuze(k.p(macro, j) != 0), behalve)
    if c is None:
        return None
    return k.circulairewaarde(reeks, c) / k.p(macro, c)


def aandeel_uit_aantallen(k: Lezer, teller: str) -> float | None:
    """dgr_<teller> / doelgroepenregister landelijk, when both counts are given."""
    t, n = k.veld(teller), k.veld("dgr_landelijk")
    if t is None or n is None or k.keuze(n == 0):
        return None
    return t / n


def aandeel(k: Lezer, reeks: str, macro: str, teller: str, jaar: int) -> float | None:
    """The share of a macro budget: from the circulaire, else from the counts (None if neither)."""
    uit_circulaire = aandeel_uit_circulaire(k, reeks, macro, jaar)
    return uit_circulaire if uit_circulaire is not None else aandeel_uit_aantallen(k, teller)


def bedrag(k: Lezer, reeks: str, macro: str, aandeel_grootheid: str, jaar: int) -> float:
    """The year's circulaire amount, else share x macro budget, else 0 (a warning says why)."""
    circulaire = k.circulaire(reeks, jaar)
    if circulaire is not None:
        return circulaire
    gedeeld = k.get(aandeel_grootheid, jaar)
    return 0.0 if gedeeld is None else gedeeld * k.p(macro, jaar)


def bedrag_zonder_circulaire(k: Lezer, reeks: str, macro: str, teller: str, jaar: int) -> float | None:
    """What the model would estimate for ``jaar`` without that year's circulaire amount."""
    gedeeld = aandeel_uit_circulaire(k, reeks, macro, jaar, behalve=jaar)
    if gedeeld is None:
        gedeeld = aandeel_uit_aantallen(k, teller)
    return None if gedeeld is None else gedeeld * k.p(macro, jaar)
