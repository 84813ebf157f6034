"""Dutch axis and tooltip texts for the charts (no Qt here); the axis arithmetic is weergave/assen.py.

Axis labels are short ("€ 1,2 mln", "€ 450.000", "15"); tooltips show the exact value in
the same format the tables use (model/opmaak.py).
"""
from __future__ import annotations

import math

from model.eenheden import Eenheid
from model.opmaak import euro, getal, procent
from weergave.assen import decimalen_voor, miljoenen

EUR, AANTAL, FRACTIE = Eenheid.EUR, Eenheid.AANTAL, Eenheid.FRACTIE


def as_tekst(waarde: float, eenheid: str, stap: float, grootste: float) -> str:
    """A short axis label: ``€ 1,2 mln`` when the axis reaches a million, else ``€ 450.000``."""
    if abs(waarde) < stap * 1e-9:
        waarde = 0.0
    if eenheid == EUR and waarde == 0:
        return "€ 0"
    if eenheid == EUR:
        if grootste >= 1_000_000:
            return "€ " + miljoenen(waarde, stap)
        return euro(waarde, decimalen_voor(stap))
    if eenheid == FRACTIE:
        return procent(waarde, decimalen_voor(stap * 100))
    return getal(waarde, decimalen_voor(stap))


def waarde_tekst(waarde: float | None, eenheid: str) -> str:
    """The exact value as the tables show it."""
    if waarde is None:
        return "geen waarde"
    if eenheid == EUR:
        return euro(waarde)
    if eenheid == FRACTIE:
        return procent(waarde, 1)
    return getal(waarde, 0 if float(waarde).is_integer() else 1)


def uitdunnen(aantal: int, ruimte_per_label: float, labelbreedte: float) -> int:
    """Show every n-th category label so that labels never overlap."""
    if aantal <= 0 or ruimte_per_label <= 0:
        return max(1, aantal)
    return max(1, math.ceil(labelbreedte / ruimte_per_label))
