"""Small helpers of the main window: optional view classes, placeholders, a plain findings list."""
from __future__ import annotations

import importlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from model.bevindingen import FOUT


def optionele_klasse(module: str, naam: str):
    """A widget class from the views/charts packages, or None while it does not exist yet."""
    try:
        return getattr(importlib.import_module(module), naam, None)
    except ModuleNotFoundError as fout:
        if fout.name and (module == fout.name or module.startswith(fout.name + ".")):
            return None
        raise


def compact(tabel: QTableView) -> None:
    """Rows as high as the text needs (scales with the font, so also at 200 %)."""
    tabel.verticalHeader().setDefaultSectionSize(int(tabel.fontMetrics().height() * 1.5))


def plaatshouder(tekst: str) -> QLabel:
    label = QLabel(tekst)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


class BevindingenLijst(QWidget):
    """Plain list of findings, used until the full findings view exists."""

    def __init__(self):
        super().__init__()
        self.tekst = QLabel()
        self.tekst.setWordWrap(True)
        self.tekst.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tekst.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        laag = QVBoxLayout(self)
        laag.addWidget(self.tekst)

    def toon(self, bevindingen, resultaat=None) -> None:
        regels = [f"{'Fout' if b.ernst == FOUT else 'Waarschuwing'}: {b.melding}"
                  + (f" (blad {b.blad}{', cel ' + b.cel if b.cel else ''})" if b.blad else "") for b in bevindingen]
        if resultaat is not None:
            regels += [f"Waarschuwing: {w.tekst}" for w in resultaat.waarschuwingen]
        self.tekst.setText("\n".join(regels) or "Geen bevindingen.")

