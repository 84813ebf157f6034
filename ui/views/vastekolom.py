"""A first column that stays in place while a wide table scrolls sideways.

With eleven years a stream table is wider than the window; without this the row labels
scroll out of sight. This is Qt's frozen-column pattern: a second view over the same model
and selection, showing only column 0, laid over the table's own first column.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView


class VasteKolom(QTableView):
    def __init__(self, tabel: QTableView):
        super().__init__(tabel)
        self.tabel = tabel
        self.setModel(tabel.model())
        self.setSelectionModel(tabel.selectionModel())
        self.setFocusPolicy(Qt.NoFocus)          # keyboard focus stays in the table itself
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setAlternatingRowColors(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setWordWrap(tabel.wordWrap())
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setAccessibleName(f"{tabel.accessibleName()}: vaste eerste kolom")
        tabel.viewport().stackUnder(self)
        for view in (self, tabel):
            view.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        tabel.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.verticalScrollBar().valueChanged.connect(tabel.verticalScrollBar().setValue)
        tabel.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        tabel.horizontalHeader().sectionResized.connect(self._sectie)
        tabel.verticalHeader().sectionResized.connect(lambda rij, _oud, nieuw: self.setRowHeight(rij, nieuw))
        self.hide()

    def _sectie(self, kolom: int, _oud: int, nieuw: int) -> None:
        if kolom == 0:
            self.setColumnWidth(0, nieuw)
            self.herschik()

    def herschik(self) -> None:
        """Follow the table after new contents, a resize or a column width change."""
        t = self.tabel
        model = t.model()
        for kolom in range(1, model.columnCount()):
            self.setColumnHidden(kolom, True)
        if model.columnCount() == 0:
            self.hide()
            return
        self.setColumnWidth(0, t.columnWidth(0))
        self.horizontalHeader().setFixedHeight(t.horizontalHeader().height())
        self.verticalHeader().setDefaultSectionSize(t.verticalHeader().defaultSectionSize())
        self.verticalHeader().setMinimumSectionSize(t.verticalHeader().minimumSectionSize())
        for rij in range(model.rowCount()):
            self.setRowHeight(rij, t.rowHeight(rij))
        self.setGeometry(t.frameWidth(), t.frameWidth(), t.columnWidth(0),
                         t.viewport().height() + t.horizontalHeader().height())
        # only needed (and only shown) when the table scrolls sideways
        self.setVisible(t.horizontalHeader().length() > t.viewport().width())
        self.verticalScrollBar().setValue(t.verticalScrollBar().value())
