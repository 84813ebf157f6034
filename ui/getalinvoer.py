"""Typing numbers the Dutch way: ``0,68``, ``68 %``, ``€ 8.000``, ``1.234,5``.

What is typed is read by :mod:`model.getallen`, the same rules (INVOER §3) as the workbook's
cells; :class:`GetalInvoer` is the spin box the assumption editor uses. Percentages are stored
as fractions and shown as %.
"""
from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

from model import getallen
from model.eenheden import eenheid_van, is_groeivoet
from model.getallen import GeenGetal
from model.opmaak import getal, procent


def is_fractie(eenheid: str) -> bool:
    """A unit shown as a percentage (a fraction, or an input field of kind ``percentage``)."""
    return eenheid_van(eenheid).is_procent


def lees_invoer(tekst: str, fractie: bool = False, negatief: bool = False) -> float:
    """Typed text -> value (a fraction for a percentage); :class:`GeenGetal` with the Dutch reason otherwise.

    A percentage of any size is read (``680`` is 680 %): whether it is allowed is the model's check, which
    names the range of the value it is for."""
    if fractie:
        return getallen.lees_percentage(tekst, negatief=negatief, begrensd=False)[0]
    return getallen.lees_getal(tekst)


def toon_getal(waarde: float | None, eenheid: str) -> str:
    """A value as the editor shows it, with the unit's decimals: percentages with % (up to 2), amounts in
    euro whole or in cents, years plain, other numbers up to 4 (``21.822.250``, ``€ 13.117,05`` as
    ``13.117,05``, ``2,5 %``)."""
    if waarde is None:
        return ""
    if is_fractie(eenheid):
        return procent(waarde, _decimalen(waarde * 100, 2))
    if eenheid == "jaar":
        return str(int(round(waarde)))
    if eenheid_van(eenheid).is_euro:
        return getal(waarde, 0 if _decimalen(waarde, 2) == 0 else 2)
    return getal(waarde, _decimalen(waarde, 4))


def _decimalen(waarde: float, hoogstens: int) -> int:
    """The fewest decimals (up to ``hoogstens``) that show the value exactly, ignoring float noise."""
    for d in range(0, hoogstens + 1):
        if abs(round(waarde, d) - waarde) < 1e-9 * max(1.0, abs(waarde)):
            return d
    return hoogstens


class GetalInvoer(QDoubleSpinBox):
    """A spin box that accepts Dutch number text; for percentages the shown number is × 100."""

    def __init__(self, eenheid: str = "", parent=None):
        super().__init__(parent)
        self.eenheid = eenheid
        self.fractie = is_fractie(eenheid)
        self.negatief = is_groeivoet(eenheid)
        self.setDecimals(6)
        self.setRange(-getallen.MAX_GETAL, getallen.MAX_GETAL)
        self.setKeyboardTracking(False)
        self.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        if self.fractie:
            self.setSingleStep(0.01)
        elif eenheid == "jaar":
            self.setSingleStep(1)
            self.setDecimals(0)
        self.setAccessibleName("Waarde")
        self.reden: str | None = None   # why the typed text is not (yet) a value, in Dutch
        #: the text as the user typed it: what is committed, whatever the spin box made of it since
        self.getypt: str | None = None
        self.lineEdit().textEdited.connect(lambda tekst: setattr(self, "getypt", tekst))

    def invoertekst(self) -> str:
        """What the user typed (or the shown value when nothing was typed)."""
        return self.getypt if self.getypt is not None else self.text()

    def textFromValue(self, waarde: float) -> str:  # noqa: N802 (Qt API)
        return toon_getal(waarde, self.eenheid)

    def valueFromText(self, tekst: str) -> float:  # noqa: N802
        try:
            return lees_invoer(tekst, self.fractie, self.negatief)
        except GeenGetal:
            return self.value()

    def validate(self, tekst: str, positie: int):
        """Acceptable when the shared parser reads the text; otherwise the reason is the tooltip."""
        try:
            lees_invoer(tekst, self.fractie, self.negatief)
        except GeenGetal as fout:
            self.reden = str(fout)
            self.setToolTip(self.reden[:1].upper() + self.reden[1:] + ".")
            return QValidator.State.Intermediate, tekst, positie
        self.reden = None
        self.setToolTip("")
        return QValidator.State.Acceptable, tekst, positie

    def fixup(self, tekst: str) -> str:
        return tekst   # never restore the old value silently: the commit refuses the text with its reason
