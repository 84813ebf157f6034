"""Typing numbers the Dutch way: ``0,68``, ``68 %``, ``€ 8.000``, ``1.234,5``.

:func:`lees_getal` is plain Python (testable without a window); :class:`GetalInvoer` is the
spin box the assumption editor uses. Percentages are stored as fractions and shown as %.
"""
from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

from model.opmaak import getal

_TEKENS = re.compile(r"[€\s\u00a0]")


def is_fractie(eenheid: str) -> bool:
    return eenheid.startswith("fractie") or eenheid == "percentage"


def lees_getal(tekst: str, fractie: bool = False) -> float | None:
    """Parse Dutch number text; None when it is not a number.

    Thousands are separated by dots, decimals by a comma (``1.234,5``). A lone dot with
    other than three digits after it is read as a decimal point (``0.68``). For a
    percentage (``fractie``), ``68 %`` and ``68`` mean 0.68 and so does ``0,68``: a number
    without % sign of at most 1 is taken as the fraction itself.
    """
    t = _TEKENS.sub("", tekst or "").replace("\u2212", "-")
    procent = t.endswith("%")
    t = t.rstrip("%")
    if not t or t in "+-":
        return None
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    elif t.count(".") > 1 or re.fullmatch(r"[+-]?\d{1,3}\.\d{3}", t):
        t = t.replace(".", "")
    try:
        waarde = float(t)
    except ValueError:
        return None
    if waarde != waarde or waarde in (float("inf"), float("-inf")):
        return None
    if fractie and (procent or abs(waarde) > 1):
        return waarde / 100
    if procent:
        return waarde / 100
    return waarde


def toon_getal(waarde: float | None, eenheid: str) -> str:
    """A value as the editor shows it: percentages with %, years plain, else Dutch grouping."""
    if waarde is None:
        return ""
    if is_fractie(eenheid):
        return getal(waarde * 100, min(2, _decimalen(waarde * 100))) + " %"
    if eenheid == "jaar":
        return str(int(round(waarde)))
    return getal(waarde, _decimalen(waarde))


def _decimalen(waarde: float) -> int:
    for d in range(0, 5):
        if abs(round(waarde, d) - waarde) < 1e-9:
            return d
    return 4


class GetalInvoer(QDoubleSpinBox):
    """A spin box that accepts Dutch number text; for percentages the shown number is × 100."""

    def __init__(self, eenheid: str = "", parent=None):
        super().__init__(parent)
        self.eenheid = eenheid
        self.fractie = is_fractie(eenheid)
        self.setDecimals(6)
        self.setRange(-1e12, 1e12)
        self.setKeyboardTracking(False)
        self.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        if self.fractie:
            self.setSingleStep(0.01)
        elif eenheid == "jaar":
            self.setSingleStep(1)
            self.setDecimals(0)
        self.setAccessibleName("Waarde")

    def waarde(self) -> float:
        return self.value()

    def zet_waarde(self, waarde: float) -> None:
        self.setValue(waarde)

    def textFromValue(self, waarde: float) -> str:  # noqa: N802 (Qt API)
        return toon_getal(waarde, self.eenheid)

    def valueFromText(self, tekst: str) -> float:  # noqa: N802
        waarde = lees_getal(tekst, self.fractie)
        return self.value() if waarde is None else waarde

    def validate(self, tekst: str, positie: int):
        if lees_getal(tekst, self.fractie) is not None:
            return QValidator.State.Acceptable, tekst, positie
        return QValidator.State.Intermediate, tekst, positie

    def fixup(self, tekst: str) -> str:
        return self.textFromValue(self.value())
