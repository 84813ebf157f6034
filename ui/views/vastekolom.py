"""First columns that stay in place while a wide table scrolls sideways.

With eleven years a stream table is wider than the window; without this the row labels
scroll out of sight. This is Qt's frozen-column pattern: a second view over the same model
and selection, showing only the first column(s), laid over the table's own first columns.

A table that never scrolls itself but sits, at its full width, on a page that scrolls (the
Overzicht) passes that page: the columns then follow the page's sideways scroll value. The copy
paints cells as the table's own delegates do; an edit asked for in it (the Overzicht's Taakveld
column is chosen in place) opens in the table, with the page moved so that the cell is the
table's own (an editor in the copy would be cut off at its edge). It is shown only when the
table or page is scrolled sideways, so it costs nothing otherwise, and its hidden columns are
never repainted when their figures change.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QFrame, QHeaderView, QScrollArea,
                               QStyledItemDelegate, QTableView)


class VasteKolom(QTableView):
    def __init__(self, tabel: QTableView, kolommen: int = 1, pagina: QScrollArea | None = None):
        super().__init__(tabel)
        self.tabel = tabel
        self.kolommen = kolommen
        self.pagina = pagina
        self.setModel(tabel.model())
        self.setSelectionModel(tabel.selectionModel())
        self.setFocusPolicy(Qt.NoFocus)          # keyboard focus stays in the table itself
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)   # edits go to the table (see edit)
        self.setSelectionBehavior(tabel.selectionBehavior())
        self.setSelectionMode(tabel.selectionMode())
        self.setAlternatingRowColors(tabel.alternatingRowColors())
        self.setFrameShape(QFrame.NoFrame)
        self.setWordWrap(tabel.wordWrap())
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setAccessibleName(f"{tabel.accessibleName()}: vaste eerste kolom" if kolommen == 1 else
                               f"{tabel.accessibleName()}: vaste eerste kolommen")
        tabel.viewport().stackUnder(self)
        for view in (self, tabel):
            view.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        tabel.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.verticalScrollBar().valueChanged.connect(tabel.verticalScrollBar().setValue)
        tabel.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        tabel.horizontalHeader().sectionResized.connect(self._sectie)
        tabel.verticalHeader().sectionResized.connect(lambda rij, _oud, nieuw: self.setRowHeight(rij, nieuw))
        if pagina is not None:
            pagina.horizontalScrollBar().valueChanged.connect(lambda _: self.plaats())
        self.hide()

    def _sectie(self, kolom: int, _oud: int, nieuw: int) -> None:
        if kolom < self.kolommen:
            self.setColumnWidth(kolom, nieuw)
            self.herschik()

    def breedte(self) -> int:
        return sum(self.tabel.columnWidth(k) for k in range(min(self.kolommen, self.tabel.model().columnCount())))

    def herschik(self) -> None:
        """Follow the table after new contents, a resize or a column width change."""
        t = self.tabel
        model = t.model()
        for kolom in range(self.kolommen, model.columnCount()):
            self.setColumnHidden(kolom, True)
        if model.columnCount() <= self.kolommen:
            self.hide()
            return
        for kolom in range(self.kolommen):
            self.setColumnHidden(kolom, False)
            self.setColumnWidth(kolom, t.columnWidth(kolom))
        if self.kolommen > 1:   # read as 'Begroting: regels per jaar: vaste kolommen Omschrijving en Taakveld'
            koppen = [str(model.headerData(k, Qt.Horizontal)) for k in range(self.kolommen)]
            self.setAccessibleName(f"{t.accessibleName()}: vaste kolommen {', '.join(koppen[:-1])} en {koppen[-1]}")
        self.horizontalHeader().setFixedHeight(t.horizontalHeader().height())
        self.verticalHeader().setDefaultSectionSize(t.verticalHeader().defaultSectionSize())
        self.verticalHeader().setMinimumSectionSize(t.verticalHeader().minimumSectionSize())
        for rij in range(model.rowCount()):
            if self.rowHeight(rij) != t.rowHeight(rij):
                self.setRowHeight(rij, t.rowHeight(rij))
        self.plaats()
        self.verticalScrollBar().setValue(t.verticalScrollBar().value())

    def verschoven(self) -> int:
        """How far the table's first columns are scrolled out of sight (0: they are in view)."""
        t = self.tabel
        if self.pagina is None:
            return t.horizontalScrollBar().value() if t.horizontalHeader().length() > t.viewport().width() else 0
        links = t.mapTo(self.pagina.widget(), t.rect().topLeft()).x() + t.frameWidth()
        return max(0, self.pagina.horizontalScrollBar().value() - links)

    def plaats(self) -> None:
        """Over the table's first columns, or (on a scrolling page) at the page's left edge; shown only when needed."""
        t = self.tabel
        verschoven = self.verschoven() if self.pagina is not None else 0
        zichtbaar = t.model().columnCount() > self.kolommen and (
            t.horizontalHeader().length() > t.viewport().width() if self.pagina is None else verschoven > 0)
        if zichtbaar:
            self._tekenaars()
            self.setGeometry(t.frameWidth() + verschoven, t.frameWidth(), self.breedte(),
                             t.viewport().height() + t.horizontalHeader().height())
        if zichtbaar != self.isVisible():
            self.setVisible(zichtbaar)

    def _tekenaars(self) -> None:
        """Paint as the table's own delegates (they may be set after this copy was made)."""
        t = self.tabel
        for kolom in (None, *range(self.kolommen)):
            eigen = t.itemDelegate() if kolom is None else t.itemDelegateForColumn(kolom)
            huidig = self.itemDelegate() if kolom is None else self.itemDelegateForColumn(kolom)
            # Qt's own delegate: this view's paints the same
            doel = None if eigen is None or type(eigen) is QStyledItemDelegate else eigen
            if getattr(huidig, "doel", None) is doel:
                continue
            schilder = _Schilder(doel, self) if doel is not None else None
            if kolom is None:
                if schilder is not None:
                    self.setItemDelegate(schilder)
            else:
                self.setItemDelegateForColumn(kolom, schilder)

    def edit(self, index, trigger=QAbstractItemView.EditTrigger.AllEditTriggers, event=None) -> bool:
        """Editing happens in the table: a double-click or key here is the table's."""
        if not index.isValid() or not self.tabel.model().flags(index) & Qt.ItemIsEditable:
            return False
        self.tabel.setFocus(Qt.MouseFocusReason)
        return self.tabel.edit(index, trigger, event)

    def vrij(self) -> None:
        """Scroll the table (or its page) back so its own first columns are in view, this copy hidden."""
        if self.pagina is not None:
            balk = self.pagina.horizontalScrollBar()
            balk.setValue(balk.value() - self.verschoven())
        else:
            self.tabel.horizontalScrollBar().setValue(0)


class _Schilder(QStyledItemDelegate):
    """Paints with another view's delegate. Not that delegate itself: its signals (an editor closed, data to commit)
    would reach this view as well, for editors that are not this view's."""

    def __init__(self, doel: QAbstractItemDelegate, parent):
        super().__init__(parent)
        self.doel = doel

    def paint(self, painter, optie, index) -> None:
        self.doel.paint(painter, optie, index)

    def sizeHint(self, optie, index):  # noqa: N802
        return self.doel.sizeHint(optie, index)
