"""Axis arithmetic shared by the app's charts (ui/grafieken) and the PDF charts (model/export).

A "nice" step is 1, 2, 2,5 or 5 × 10^n; labels get just enough decimals to tell the ticks
apart, and large amounts are written in millions ("1,25 mln").
"""
from __future__ import annotations

import math

from model.opmaak import getal

MILJOEN = 1_000_000


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


def decimalen_voor(stap: float) -> int:
    """Decimals needed to tell ticks ``stap`` apart (0 for whole steps, at most 3)."""
    if stap <= 0:
        return 0
    for d in range(0, 4):
        if abs(round(stap * 10 ** d) - stap * 10 ** d) < 1e-6:
            return d
    return 3


def miljoenen(waarde: float, stap: float) -> str:
    """``1250000`` on an axis with steps of 250.000 -> ``1,25 mln``."""
    return f"{getal(waarde / MILJOEN, decimalen_voor(stap / MILJOEN))} mln"


def bedrag_as(waarde: float, stap: float) -> str:
    """A PDF axis label: millions when the steps are large, else whole euros."""
    return miljoenen(waarde, stap) if stap >= 100_000 else getal(waarde)
