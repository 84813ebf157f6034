"""The Overzicht tab: the begroting table, the baten/lasten chart and the explanation pane."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView

from model.resultaat import Resultaat
from ui.grafieken import BatenLastenGrafiek
from ui.tabelmodel import JAAR_ROL, SLEUTEL_ROL, BegrotingModel
from ui.uitleg import UitlegPaneel

#: With this many years or fewer the description column fills the width; with more, labels
#: keep their full width and the table scrolls sideways instead of cutting them off.
MAX_JAREN_GEREKT = 6


class Overzicht(QSplitter):
    """Table and chart on the left, the explanation of the chosen figure on the right."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setAccessibleName("Overzicht")
        self.resultaat: Resultaat | None = None
        self.tabelmodel = BegrotingModel(self)
        self.tabel = QTableView()
        self.tabel.setModel(self.tabelmodel)
        self.tabel.setAccessibleName("Begroting: regels per jaar")
        self.tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabel.verticalHeader().hide()
        self.tabel.verticalHeader().setDefaultSectionSize(int(self.tabel.fontMetrics().height() * 1.5))
        self.tabel.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabel.selectionModel().currentChanged.connect(lambda *_: self._toon_uitleg())
        self.grafiek = BatenLastenGrafiek()
        self.uitleg = UitlegPaneel()

        self.links = QSplitter(Qt.Orientation.Vertical)
        self.links.addWidget(self.tabel)
        self.links.addWidget(self.grafiek)
        self.links.setStretchFactor(0, 3)
        self.links.setStretchFactor(1, 2)
        self.addWidget(self.links)
        self.addWidget(self.uitleg)
        self.setStretchFactor(0, 5)
        self.setStretchFactor(1, 2)
        em = self.fontMetrics().height()
        self.setSizes([em * 60, em * 24])
        self.links.setSizes([em * 30, em * 16])

    def toon(self, resultaat: Resultaat) -> None:
        """Show a new result in the table and the explanation (the chart is fed separately: it is lazy)."""
        self.resultaat = resultaat
        kolommen_anders = self.tabelmodel.toon(resultaat)
        kop = self.tabel.horizontalHeader()
        if kolommen_anders:
            kop.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            self.tabel.resizeColumnsToContents()
            if len(resultaat.jaren) <= MAX_JAREN_GEREKT:
                kop.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        else:  # widen a year column when a figure grew (cheaper than measuring every cell again)
            fm = self.tabel.fontMetrics()
            for kolom in range(2, self.tabelmodel.columnCount()):
                nodig = max((fm.horizontalAdvance(t) for t in self.tabelmodel.kolomteksten(kolom)), default=0)
                nodig += fm.height()
                if nodig > self.tabel.columnWidth(kolom):
                    self.tabel.setColumnWidth(kolom, nodig)
        self._toon_uitleg()

    def _toon_uitleg(self) -> None:
        index = self.tabel.currentIndex()
        sleutel = index.data(SLEUTEL_ROL) if index.isValid() else None
        jaar = index.data(JAAR_ROL) if index.isValid() else None
        self.uitleg.toon(self.resultaat, sleutel, jaar)

    def kies_cel(self, sleutel: str, jaar: int) -> None:
        self.tabel.setCurrentIndex(self.tabelmodel.index(self.tabelmodel.rij_van(sleutel),
                                                         self.tabelmodel.kolom_van(jaar)))
