"""The Overzicht tab: the begroting table, the baten/lasten chart and the explanation pane.

The table is always as high as its rows, so the memo lines are never hidden inside it; the
chart takes the height that is left (and scrolls into view below the table in a low window).
The explanation pane can be hidden; the choice is remembered in the settings. With many years the
page scrolls sideways; Omschrijving and Taakveld then stay at its left edge (ui/views/vastekolom.py).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QScrollArea, QSplitter,
                               QTableView, QToolButton, QVBoxLayout, QWidget)

from model.resultaat import Resultaat
from ui.celtekenaar import Celtekenaar
from ui.grafieken import BatenLastenGrafiek
from ui.instellingen import Instellingen
from ui.kopieren import maak_kopieerbaar
from ui.tabelmodel import JAAR_ROL, SLEUTEL_ROL, BegrotingModel
from ui.uitleg import UitlegPaneel
from ui.views.vastekolom import VasteKolom

#: With this many years or fewer the description column fills the width; with more, labels
#: keep their full width and the table scrolls sideways instead of cutting them off.
MAX_JAREN_GEREKT = 6
UITLEG_ZICHTBAAR = "overzicht/uitleg_zichtbaar"
#: Omschrijving and Taakveld stay in view while the page scrolls sideways through the years.
VASTE_KOLOMMEN = 2


class Begrotingstabel(QTableView):
    """The begroting table; editing a cell of its fixed columns while their copy lies over them scrolls the page
    back first, so the editor (opened in the table, under the copy) is seen."""

    vast: VasteKolom | None = None

    def edit(self, index, trigger=QAbstractItemView.EditTrigger.AllEditTriggers, event=None) -> bool:
        gelukt = super().edit(index, trigger, event)
        vast = self.vast
        if gelukt and vast is not None and vast.isVisible() and index.column() < vast.kolommen \
                and self.state() == QAbstractItemView.State.EditingState:
            vast.vrij()
        return gelukt


class Overzicht(QSplitter):
    """Table and chart on the left, the explanation of the chosen figure on the right."""

    def __init__(self, instellingen: Instellingen, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setAccessibleName("Overzicht")
        self.instellingen = instellingen
        self.resultaat: Resultaat | None = None
        self.tabelmodel = BegrotingModel(self)
        self.tabel = Begrotingstabel()
        self.tabel.setModel(self.tabelmodel)
        self.tabel.setItemDelegate(Celtekenaar(self.tabelmodel.verf, self.tabel))
        self.tabel.setAccessibleName("Begroting: regels per jaar")
        self.tabel.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)   # Ctrl+C copies it
        maak_kopieerbaar(self.tabel)
        self.tabel.verticalHeader().hide()
        self.tabel.verticalHeader().setDefaultSectionSize(int(self.tabel.fontMetrics().height() * 1.4))
        # always its full height and, with many years, its full width: the page around it scrolls, so its scroll
        # bars stay in view in a low window (the table's own sideways bar would sit below its last row)
        self.tabel.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabel.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabel.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabel.selectionModel().currentChanged.connect(self._huidige_cel)
        self.tabel.installEventFilter(self)
        self.tabel.horizontalHeader().sectionResized.connect(lambda *_: self._pas_tabelmaat_aan())
        self.grafiek = BatenLastenGrafiek()
        self.grafiek.setMinimumHeight(self.grafiek.fontMetrics().height() * 14)

        links = QWidget()
        laag = QVBoxLayout(links)
        laag.setContentsMargins(0, 0, 0, 0)
        laag.addWidget(self.tabel)
        laag.addWidget(self.grafiek, 1)
        self.links = QScrollArea()
        self.links.setWidget(links)
        self.links.setWidgetResizable(True)
        self.links.setFrameShape(QFrame.Shape.NoFrame)
        self.links.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.addWidget(self.links)
        # the row labels stay in view while the page scrolls sideways through many years
        self.tabel.vast = self.vast = VasteKolom(self.tabel, VASTE_KOLOMMEN, self.links)

        self.uitleg = UitlegPaneel()
        self.uitleg_actie = QAction("Ui&tleg bij het gekozen bedrag", self)
        self.uitleg_actie.setCheckable(True)
        self.uitleg_actie.setShortcut(QKeySequence("Ctrl+U"))
        self.uitleg_actie.setStatusTip("Het paneel met de uitleg van het gekozen bedrag tonen of verbergen")
        self.uitleg_actie.toggled.connect(self.toon_uitlegpaneel)
        self.uitlegpaneel = self._maak_uitlegpaneel()
        self.addWidget(self.uitlegpaneel)
        self.addWidget(self.uitlegstrook)
        for i in range(self.count()):
            self.setCollapsible(i, False)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)
        em = self.fontMetrics().height()
        self.setSizes([em * 64, em * 20, 0])
        zichtbaar = str(instellingen.get(UITLEG_ZICHTBAAR, "true")).lower() == "true"
        self.uitleg_actie.setChecked(zichtbaar)
        self.toon_uitlegpaneel(zichtbaar)

    def _maak_uitlegpaneel(self) -> QWidget:
        """The explanation with a title bar and a button that hides it; when hidden, a narrow
        strip with a button that shows it again stays at the right edge."""
        paneel = QWidget()
        kop = QHBoxLayout()
        kop.setContentsMargins(4, 0, 0, 0)
        titel = QLabel("<b>Uitleg</b>")
        verberg = QToolButton()
        verberg.setText("Verbergen")
        verberg.setArrowType(Qt.ArrowType.RightArrow)
        verberg.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        verberg.setAutoRaise(True)
        verberg.setAccessibleName("Uitleg verbergen")
        verberg.setToolTip("Uitleg verbergen (Ctrl+U); de tabel krijgt dan de volle breedte")
        verberg.clicked.connect(lambda: self.uitleg_actie.setChecked(False))
        kop.addWidget(titel, 1)
        kop.addWidget(verberg)
        laag = QVBoxLayout(paneel)
        laag.setContentsMargins(0, 0, 0, 0)
        laag.addLayout(kop)
        laag.addWidget(self.uitleg, 1)
        self.uitleg_verbergen = verberg

        self.uitleg_tonen = QToolButton()
        self.uitleg_tonen.setText("Uitleg")
        self.uitleg_tonen.setArrowType(Qt.ArrowType.LeftArrow)
        self.uitleg_tonen.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.uitleg_tonen.setAutoRaise(True)
        self.uitleg_tonen.setAccessibleName("Uitleg tonen")
        self.uitleg_tonen.setToolTip("Uitleg bij het gekozen bedrag tonen (Ctrl+U)")
        self.uitleg_tonen.clicked.connect(lambda: self.uitleg_actie.setChecked(True))
        # the strip holds the button at the top; a bare button would cap the splitter's height
        self.uitlegstrook = QWidget()
        strook = QVBoxLayout(self.uitlegstrook)
        strook.setContentsMargins(0, 0, 0, 0)
        strook.addWidget(self.uitleg_tonen)
        strook.addStretch(1)
        return paneel

    def toon_uitlegpaneel(self, zichtbaar: bool) -> None:
        self.uitlegpaneel.setVisible(zichtbaar)
        self.uitlegstrook.setVisible(not zichtbaar)
        self.instellingen.set(UITLEG_ZICHTBAAR, zichtbaar)
        if zichtbaar:
            self._toon_uitleg()

    def _pas_tabelmaat_aan(self) -> None:
        """Exactly the rows high; with the label column at its own width (many years), exactly the columns wide."""
        t = self.tabel
        kop = t.horizontalHeader()
        hoogte = kop.height() + 2 * t.frameWidth() + t.verticalHeader().length()
        if t.height() != hoogte:
            t.setFixedHeight(hoogte)
        gerekt = kop.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
        breedte = 0 if gerekt else kop.length() + 2 * t.frameWidth()
        if t.minimumWidth() != breedte:
            t.setMinimumWidth(breedte)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.tabel and event.type() == QEvent.Type.Resize:
            self._pas_tabelmaat_aan()
            self.vast.herschik()
        return super().eventFilter(obj, event)

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
            self.vast.herschik()
        else:  # widen a year column when a changed figure needs more room (cheaper than measuring every cell)
            fm = self.tabel.fontMetrics()
            for kolom, tekst in self.tabelmodel.nieuwe_teksten:
                nodig = fm.horizontalAdvance(tekst) + fm.height()
                if nodig > self.tabel.columnWidth(kolom):
                    self.tabel.setColumnWidth(kolom, nodig)
        self._pas_tabelmaat_aan()
        self._toon_uitleg()

    def _huidige_cel(self, index, _vorige=None) -> None:
        """Explain the chosen figure and keep it in view (the table itself never scrolls up or down)."""
        if index.isValid():
            balk = self.links.horizontalScrollBar()
            waar = balk.value()
            midden = self.tabel.viewport().mapTo(self.links.widget(), self.tabel.visualRect(index).center())
            self.links.ensureVisible(midden.x(), midden.y(), self.tabel.columnWidth(index.column()) // 2 + 2,
                                     self.tabel.rowHeight(index.row()))
            if index.column() < self.vast.kolommen:
                balk.setValue(waar)    # in view at any sideways position: the fixed columns show it
            elif self.vast.verschoven() > 0:   # not under the fixed columns
                links = midden.x() - self.tabel.columnWidth(index.column()) // 2 - self.vast.breedte()
                if links < balk.value():
                    balk.setValue(links)
        self._toon_uitleg()

    def _toon_uitleg(self) -> None:
        if self.uitlegpaneel.isHidden():
            return   # explained when the pane is shown again
        index = self.tabel.currentIndex()
        sleutel = index.data(SLEUTEL_ROL) if index.isValid() else None
        jaar = index.data(JAAR_ROL) if index.isValid() else None
        self.uitleg.toon(self.resultaat, sleutel, jaar)

    def kies_cel(self, sleutel: str, jaar: int) -> None:
        self.tabel.setCurrentIndex(self.tabelmodel.index(self.tabelmodel.rij_van(sleutel),
                                                         self.tabelmodel.kolom_van(jaar)))
