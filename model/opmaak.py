"""Dutch number formatting: ``€ 1.234.567``, ``68 %``, ``-38.502``.

Rounding for presentation is half up (away from zero) on the decimal value, as in
REKENREGELS §1; the model itself never rounds.
"""
from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Context, Decimal

_CONTEXT = Context(prec=400)  # wide enough for any finite float

MIN = "\u2212"  # typographic minus, used only when asked for


def afgerond(waarde: float, decimalen: int = 0) -> Decimal:
    """Round half up (away from zero) as a Decimal, from the float's shortest repr."""
    kwantum = Decimal(1).scaleb(-decimalen)
    return Decimal(repr(float(waarde))).quantize(kwantum, rounding=ROUND_HALF_UP, context=_CONTEXT)


def hele_euro(waarde: float) -> int:
    return int(afgerond(waarde))


def getal(waarde: float | None, decimalen: int = 0, leeg: str = "", minteken: str = "-") -> str:
    """``1234567.5`` -> ``1.234.568``; ``0.5`` with 2 decimals -> ``0,50``."""
    if waarde is None:
        return leeg
    if not math.isfinite(waarde):
        return "onbepaald"
    return _tekst(afgerond(waarde, decimalen), minteken)


def getal_exact(waarde: float, minteken: str = MIN) -> str:
    """A number named in a message, nothing rounded away: ``-3.0`` -> ``−3,0``, ``12485`` -> ``12.485``."""
    if isinstance(waarde, int):
        return _tekst(Decimal(waarde), minteken)
    if not math.isfinite(waarde):
        return "onbepaald"
    return _tekst(Decimal(repr(float(waarde))), minteken)


def procent_exact(fractie: float, minteken: str = MIN) -> str:
    """A fraction named in a message as a percentage, nothing rounded away: ``0.575`` -> ``57,5 %``."""
    if not math.isfinite(fractie):
        return "onbepaald"
    return _tekst((Decimal(repr(float(fractie))) * 100).normalize(_CONTEXT), minteken) + " %"


def _tekst(d: Decimal, minteken: str) -> str:
    """Dutch notation of a decimal: dots between thousands, a decimal comma, never "-0"."""
    if d == 0:
        d = abs(d)
    teken = minteken if d < 0 else ""
    geheel, _, fractie = format(abs(d), "f").partition(".")
    groepen = []
    while len(geheel) > 3:
        groepen.insert(0, geheel[-3:])
        geheel = geheel[:-3]
    groepen.insert(0, geheel)
    return teken + ".".join(groepen) + ("," + fractie if fractie else "")


def euro(waarde: float | None, decimalen: int = 0, leeg: str = "") -> str:
    """``-38502.4`` -> ``€ -38.502``."""
    if waarde is None:
        return leeg
    return "€ " + getal(waarde, decimalen)


def procent(fractie: float | None, decimalen: int = 0, leeg: str = "") -> str:
    """``0.68`` -> ``68 %``; ``0.974`` with 1 decimal -> ``97,4 %``."""
    if fractie is None:
        return leeg
    return getal(fractie * 100, decimalen) + " %"


def procent_kort(fractie: float) -> str:
    """A percentage with a decimal only where it has one: ``0.68`` -> ``68 %``, ``0.575`` -> ``57,5 %``."""
    return procent(fractie, 0 if float(afgerond(fractie * 100, 1)).is_integer() else 1)


def aaneengesloten(jaren) -> list[tuple[int, int]]:
    """Runs of consecutive years: [2026, 2027, 2028, 2031] -> [(2026, 2028), (2031, 2031)]."""
    runs: list[list[int]] = []
    for j in sorted(set(j for j in jaren if j is not None)):
        if runs and j == runs[-1][1] + 1:
            runs[-1][1] = j
        else:
            runs.append([j, j])
    return [(a, b) for a, b in runs]


def periode(van: int, tot: int) -> str:
    """``2026–2029``, or ``2026`` for one year."""
    return str(van) if van == tot else f"{van}–{tot}"


def jarentekst(jaren) -> str:
    """Years as runs in a sentence: ``2027–2029, 2031 en 2033`` (empty for no years)."""
    delen = [periode(a, b) for a, b in aaneengesloten(jaren)]
    return ", ".join(delen[:-1]) + (" en " if len(delen) > 1 else "") + (delen[-1] if delen else "")
