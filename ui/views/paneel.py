"""The frame every view shares: an explanation on top, then titled sections, all scrollable.

Sections are a heading (a QLabel that is the buddy of its widget, so screen readers announce
it) followed by a table or chart. The whole content scrolls, so nothing is squeezed at small
window sizes or at 200 % scaling.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.grafieken.basis import Grafiek


def kopje(tekst: str) -> QLabel:
    label = QLabel(tekst)
    f = QFont(label.font())
    f.setBold(True)
    label.setFont(f)
    label.setAccessibleName(tekst)
    label.setTextFormat(Qt.PlainText)
    return label


def tekstregel(tekst: str = "", naam: str = "Toelichting") -> QLabel:
    label = QLabel(tekst)
    label.setWordWrap(True)
    label.setTextFormat(Qt.PlainText)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    label.setAccessibleName(naam)
    return label


class Paneel(QWidget):
    """Base of the views: ``uitleg`` text, then ``sectie`` after ``sectie`` in a scroll area."""

    def __init__(self, naam: str, uitleg: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(naam)
        buiten = QVBoxLayout(self)
        buiten.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setFocusPolicy(Qt.NoFocus)
        buiten.addWidget(self.scroll)
        self.inhoud = QWidget()
        self.inhoud.setAccessibleName(naam)
        self.indeling = QVBoxLayout(self.inhoud)
        self.scroll.setWidget(self.inhoud)
        self.kopjes: dict[QWidget, QLabel] = {}
        self.uitleg = tekstregel(uitleg, f"Toelichting {naam.lower()}")
        self.indeling.addWidget(self.uitleg)

    def sectie(self, titel: str, widget: QWidget, rek: int = 0) -> QWidget:
        label = kopje(titel)
        label.setBuddy(widget)
        if not widget.accessibleName():
            widget.setAccessibleName(titel)
        self.kopjes[widget] = label
        self.indeling.addSpacing(label.fontMetrics().height() // 2)
        self.indeling.addWidget(label)
        self.indeling.addWidget(widget, rek)
        if isinstance(widget, Grafiek):
            widget.setMinimumHeight(widget.fontMetrics().height() * 16)
        return widget

    def naast_elkaar(self, *secties: tuple[str, QWidget]) -> None:
        """Several titled widgets in one row (e.g. two charts), each with its heading."""
        rij = QHBoxLayout()
        for titel, widget in secties:
            kolom = QVBoxLayout()
            label = kopje(titel)
            label.setBuddy(widget)
            if not widget.accessibleName():
                widget.setAccessibleName(titel)
            kolom.addWidget(label)
            kolom.addWidget(widget, 1)
            if isinstance(widget, Grafiek):
                widget.setMinimumHeight(widget.fontMetrics().height() * 16)
            rij.addLayout(kolom, 1)
        self.indeling.addSpacing(self.fontMetrics().height() // 2)
        self.indeling.addLayout(rij, 1)
