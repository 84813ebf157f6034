"""Figures the rules cannot compute (REKENREGELS §4.5): the regional impulsbudget without a circulaire amount or a
share, and the toegerekend aandeel without it or without a key. The rules put a placeholder 0 there (and a warning
names the missing input); :class:`model.resultaat.Resultaat` records the years (``onbekend``) so every view shows
them as unknown, never as € 0. No Qt here, and nothing that calculates: these read the calculation's kernel.
"""
from __future__ import annotations

#: What to fill in when the regional impulsbudget is unknown (the findings and the refused verdeling say it alike).
REGIONAAL_INVULLEN = ("Vul op blad Circulaire het impulsbudget van de regio in (het bedrag in de circulaire van de "
                      "ontvangende gemeente), of op blad Gemeente het doelgroepenregister samenwerkingsverband én "
                      "landelijk.")


def regionaal_onbekend(kern, jaar: int) -> bool:
    """Whether the regional impulsbudget of ``jaar`` is unknown: no circulaire amount of the year and no share (from
    a circulaire or from both counts). The rule then gives 0 (:func:`model.rekenregels.aandeel.bedrag`), a
    placeholder, not an amount; only a year with a national impulsbudget counts (after it, 0 is the amount)."""
    return kern.p("ib_macro", jaar) > 0 and kern.circulaire("circ_impulsbudget", jaar) is None \
        and kern.get("ib_aandeel_regio", jaar) is None


def toegerekend_onbekend(kern, jaren) -> tuple[int, ...]:
    """The years in which the toegerekend aandeel cannot be computed (REKENREGELS §4.5): a year with an impulsbudget
    without the gemeente's key or without the regional amount. The rule puts 0 there and a warning names the missing
    input; every view shows the amount as unknown, never as € 0 (:meth:`model.resultaat.Resultaat.getoond`)."""
    return tuple(j for j in jaren if kern.p("ib_macro", j) > 0
                 and (kern.get("ib_sleutel", j) is None or regionaal_onbekend(kern, j)))
