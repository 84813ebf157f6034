"""The frame every view shares: an explanation on top, then titled sections, all scrollable.

Sections are a heading (a QLabel that is the buddy of its widget, so screen readers announce
it) followed by a table or chart. Tables are as wide as their columns; charts take the rest:
beside the tables when the window is wide enough, below them otherwise. The whole content
scrolls, so nothing is squeezed at small window sizes or at 200 % scaling.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.grafieken.basis import Grafiek
from ui.views.tabellen import Tabel

#: Charts go beside the tables when they get at least this many ems of width there.
GRAFIEK_MIN_EM = 30
NAAST, ONDER = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom
ONBEPERKT = 16777215   # QWIDGETSIZE_MAX


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
        self.scroll.setWidget(self.inhoud)
        self.kopjes: dict[QWidget, QLabel] = {}
        self.uitleg = tekstregel(uitleg, f"Toelichting {naam.lower()}")
        # tables and texts in one column, charts in another: side by side or one below the other
        self.tabellen = QWidget()
        self.indeling = QVBoxLayout(self.tabellen)
        self.indeling.setContentsMargins(0, 0, 0, 0)
        self.grafieken = QBoxLayout(ONDER)
        self.kolommen = QBoxLayout(ONDER)
        self.kolommen.addWidget(self.tabellen, 0, Qt.AlignmentFlag.AlignTop)
        self.kolommen.addLayout(self.grafieken, 1)
        self._grafiekrijen: list[QBoxLayout] = []
        self.tabellen.installEventFilter(self)   # a table that got new columns may change the arrangement
        buiten_inhoud = QVBoxLayout(self.inhoud)
        buiten_inhoud.addWidget(self.uitleg)
        buiten_inhoud.addLayout(self.kolommen, 1)

    def sectie(self, titel: str, widget: QWidget, rek: int = 0) -> QWidget:
        label = kopje(titel)
        label.setBuddy(widget)
        if not widget.accessibleName():
            widget.setAccessibleName(titel)
        self.kopjes[widget] = label
        doel = self.grafieken if isinstance(widget, Grafiek) else self.indeling
        doel.addSpacing(label.fontMetrics().height() // 2)
        doel.addWidget(label)
        doel.addWidget(widget, rek)
        if isinstance(widget, Grafiek):
            widget.setMinimumHeight(widget.fontMetrics().height() * 16)
        return widget

    def naast_elkaar(self, *secties: tuple[str, QWidget]) -> None:
        """Several titled charts in one row (below the tables) or one column (beside them)."""
        rij = QBoxLayout(NAAST)
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
        self.grafieken.addSpacing(self.fontMetrics().height() // 2)
        self.grafieken.addLayout(rij, 1)
        self._grafiekrijen.append(rij)

    def tabelbreedte(self) -> int:
        """The width the tables column needs: its widest table (texts wrap to it)."""
        breedtes = [t.sizeHint().width() for t in self.tabellen.findChildren(Tabel) if not t.isHidden()]
        return max(breedtes, default=self.fontMetrics().averageCharWidth() * 60)

    def schik(self) -> None:
        """Charts beside the tables when there is room for both, else below them."""
        if self.grafieken.count() == 0:
            return
        ruimte = self.scroll.viewport().width() - self.tabelbreedte() - 3 * self.kolommen.spacing()
        naast = ruimte >= self.fontMetrics().height() * GRAFIEK_MIN_EM
        # beside the charts the column is exactly as wide as its tables need: a table that does not ask for that
        # width (a QTableWidget's size hint is a fixed guess) would otherwise be squeezed behind a scroll bar
        breedte = self.tabelbreedte() if naast else 0
        anders = self.tabellen.minimumWidth() != breedte
        if anders:
            self.tabellen.setMinimumWidth(breedte)
            self.tabellen.setMaximumWidth(breedte or ONBEPERKT)
        if self.kolommen.direction() != (NAAST if naast else ONDER):
            anders = True
            self.kolommen.setDirection(NAAST if naast else ONDER)
            for rij in self._grafiekrijen:
                rij.setDirection(ONDER if naast else NAAST)
            self.kolommen.setAlignment(self.tabellen, Qt.AlignmentFlag.AlignTop)
        if anders:
            self.inhoud.layout().activate()   # the new widths now, not a round of events later

    @property
    def naast(self) -> bool:
        return self.kolommen.direction() == NAAST

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.tabellen and event.type() == QEvent.Type.LayoutRequest:
            self.schik()
        return super().eventFilter(obj, event)

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        self.schik()

    def showEvent(self, e) -> None:
        super().showEvent(e)
        self.schik()
