"""Axis arithmetic and Dutch axis/tooltip texts for the charts (no Qt here).

Axis labels are short ("€ 1,2 mln", "€ 450.000", "15"); tooltips show the exact value in
the same format the tables use (model/opmaak.py).
"""
from __future__ import annotations

import math

from model.opmaak import euro, getal, procent

EUR, AANTAL, FRACTIE = "EUR", "aantal", "fractie"


def nette_stap(bereik: float, max_stappen: int) -> float:
    """A 1-2-2,5-5 × 10^n step so that ``bereik`` takes at most ``max_stappen`` steps."""
    max_stappen = max(1, max_stappen)
    if bereik <= 0:
        return 1.0
    ruw = bereik / max_stappen
    macht = 10 ** math.floor(math.log10(ruw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * macht >= ruw * (1 - 1e-9):
            return factor * macht
    return 10 * macht


def asbereik(waarden, met_nul: bool = True, max_stappen: int = 5) -> tuple[float, float, list[float]]:
    """(laag, hoog, ticks) covering ``waarden`` (None ignored), including 0 when asked."""
    getallen = [float(w) for w in waarden if w is not None and math.isfinite(w)]
    if met_nul:
        getallen.append(0.0)
    if not getallen:
        getallen = [0.0]
    laag, hoog = min(getallen), max(getallen)
    if math.isclose(laag, hoog):
        marge = abs(laag) * 0.1 or 1.0
        laag, hoog = (laag - marge, hoog + marge) if not met_nul else (min(laag, 0.0), max(hoog, 0.0) or 1.0)
        if laag == hoog:
            hoog = laag + 1.0
    stap = nette_stap(hoog - laag, max_stappen)
    laag = math.floor(laag / stap + 1e-9) * stap
    hoog = math.ceil(hoog / stap - 1e-9) * stap
    aantal = int(round((hoog - laag) / stap))
    ticks = [laag + i * stap for i in range(aantal + 1)]
    return laag, hoog, ticks


def _decimalen_voor(stap: float) -> int:
    """Decimals needed to tell ticks ``stap`` apart (0 for whole steps)."""
    if stap <= 0:
        return 0
    for d in range(0, 4):
        if abs(round(stap * 10 ** d) - stap * 10 ** d) < 1e-6:
            return d
    return 3


def as_tekst(waarde: float, eenheid: str, stap: float, grootste: float) -> str:
    """A short axis label: ``€ 1,2 mln`` when the axis reaches a million, else ``€ 450.000``."""
    if abs(waarde) < stap * 1e-9:
        waarde = 0.0
    if eenheid == EUR and waarde == 0:
        return "€ 0"
    if eenheid == EUR:
        if grootste >= 1_000_000:
            return "€ " + getal(waarde / 1_000_000, _decimalen_voor(stap / 1_000_000)) + " mln"
        return euro(waarde, _decimalen_voor(stap))
    if eenheid == FRACTIE:
        return procent(waarde, _decimalen_voor(stap * 100))
    return getal(waarde, _decimalen_voor(stap))


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
