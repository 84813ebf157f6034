"""Read-only table models with Dutch number cells, shared by every view.

A table is a list of ``Rij``; each row holds ``Cel`` values with a unit. Formatting goes
through model/opmaak.py: euros as ``€ 1.234.567``, counts with a decimal comma, fractions as
``97,4 %``. Numbers are right-aligned; negative amounts are red and keep their minus sign.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView, QWidget

from model.eenheden import Eenheid, eenheid_van
from model.opmaak import afgerond
from ui.kopieren import maak_kopieerbaar

EUR, AANTAL, FRACTIE, JAAR = Eenheid.EUR, Eenheid.AANTAL, Eenheid.FRACTIE, Eenheid.JAAR
TEKST = "tekst"   # a cell of text, not a quantity
NEGATIEF = QColor("#B00020")          # red on a light background (contrast 7:1 on white)
NEGATIEF_DONKER = QColor("#FF8A80")   # red on a dark background
WAARDE_ROL = Qt.UserRole + 1      # the unrounded value of a cell
GEGEVEN_ROL = Qt.UserRole + 2     # the object a row stands for (e.g. a Bevinding)


@dataclass(frozen=True)
class Cel:
    waarde: Any
    eenheid: str = TEKST
    decimalen: int | None = None
    toelichting: str = ""

    def tekst(self) -> str:
        return opmaak(self.waarde, self.eenheid, self.decimalen)

    def is_getal(self) -> bool:
        return self.eenheid != TEKST and isinstance(self.waarde, (int, float))

    def is_negatief(self) -> bool:
        """Negative as displayed (a value that rounds to 0 is not red)."""
        if not self.is_getal() or self.eenheid == JAAR:
            return False
        eenheid = eenheid_van(self.eenheid)
        if eenheid.is_procent:
            return afgerond(self.waarde * 100, eenheid.decimalen if self.decimalen is None else self.decimalen) < 0
        return afgerond(self.waarde, self.decimalen or 0) < 0


@dataclass(frozen=True)
class Rij:
    cellen: tuple[Cel, ...]
    nadruk: bool = False            # a total row: bold
    gegeven: Any = None
    icoon: QIcon | None = field(default=None, compare=False)


def opmaak(waarde: Any, eenheid: str, decimalen: int | None = None) -> str:
    """Format one value by its unit (:meth:`Eenheid.opgemaakt`); without decimals, euros and percentages take
    their unit's, a loose count (a cell that is not a catalogue series) a decimal only where it has one."""
    if waarde is None:
        return ""
    if eenheid == TEKST or isinstance(waarde, str):
        return str(waarde)
    soort = eenheid_van(eenheid)
    if decimalen is None and not (soort.is_euro or soort.is_procent or soort is JAAR):
        decimalen = 0 if float(waarde).is_integer() else 1
    return soort.opgemaakt(waarde, decimalen)


def cel(waarde: Any, eenheid: str = TEKST, decimalen: int | None = None, toelichting: str = "") -> Cel:
    return Cel(waarde, eenheid, decimalen, toelichting)


def jaarrij(label: str, waarden: Sequence[float | None], eenheid: str = EUR, decimalen: int | None = None,
            nadruk: bool = False, toelichting: str = "") -> Rij:
    """A row 'label, value per year'."""
    return Rij((Cel(label, TEKST, toelichting=toelichting),)
               + tuple(Cel(w, eenheid, decimalen) for w in waarden), nadruk)


def somrij(label: str, rijen: Sequence[Rij]) -> Rij:
    """A bold total row: the column sums of the given rows' values (units from the first row)."""
    if not rijen:
        return Rij((Cel(label),), True)
    cellen = [Cel(label)]
    for k in range(1, len(rijen[0].cellen)):
        waarden = [r.cellen[k].waarde for r in rijen if r.cellen[k].waarde is not None]
        voorbeeld = rijen[0].cellen[k]
        cellen.append(Cel(sum(waarden) if waarden else None, voorbeeld.eenheid, voorbeeld.decimalen))
    return Rij(tuple(cellen), True)


# Roles as plain ints: comparing against the enum members on every data() call is slow.
_DISPLAY, _ACCESSIBLE, _TOOLTIP = int(Qt.DisplayRole), int(Qt.AccessibleTextRole), int(Qt.ToolTipRole)
_ALIGN, _FOREGROUND, _FONT = int(Qt.TextAlignmentRole), int(Qt.ForegroundRole), int(Qt.FontRole)
_DECORATION, _WAARDE, _GEGEVEN = int(Qt.DecorationRole), int(WAARDE_ROL), int(GEGEVEN_ROL)
_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable


def negatief_kleur() -> QColor:
    """Red that stays readable in both light and dark colour schemes."""
    basis = QGuiApplication.palette().color(QPalette.Base)
    return NEGATIEF_DONKER if basis.lightness() < 128 else NEGATIEF


def _vet() -> QFont:
    f = QFont()
    f.setBold(True)
    return f


class TabelModel(QAbstractTableModel):
    """A small read-only model: header texts plus rows of cells."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.koppen: tuple[str, ...] = ()
        self.rijen: tuple[Rij, ...] = ()
        self._rollen: list[list[dict[int, Any]]] = []
        self._kopuitlijning: list[int] = []

    def zet(self, koppen: Sequence[str], rijen: Sequence[Rij]) -> None:
        """Replace the contents; every cell's texts and roles are prepared once, here."""
        self.beginResetModel()
        self.koppen, self.rijen = tuple(koppen), tuple(rijen)
        self._rollen = [[self._bereid(rij, k) for k in range(len(self.koppen))] for rij in self.rijen]
        eerste = self.rijen[0].cellen if self.rijen else ()
        self._kopuitlijning = [int((Qt.AlignRight if k < len(eerste) and eerste[k].is_getal() else Qt.AlignLeft)
                                   | Qt.AlignVCenter) for k in range(len(self.koppen))]
        self.endResetModel()

    def _bereid(self, rij: Rij, kolom: int) -> dict[int, Any]:
        if kolom >= len(rij.cellen):
            return {}
        c = rij.cellen[kolom]
        tekst = c.tekst()
        if c.toelichting:
            tip = c.toelichting
        elif kolom > 0 and c.is_getal():
            tip = f"{self.koppen[0]}: {rij.cellen[0].tekst()}, {self.koppen[kolom]}: {tekst}"
        else:
            tip = tekst or None
        rollen = {_DISPLAY: tekst, _ACCESSIBLE: tekst, _TOOLTIP: tip,
                  _ALIGN: int((Qt.AlignRight if c.is_getal() else Qt.AlignLeft) | Qt.AlignVCenter),
                  _WAARDE: c.waarde, _GEGEVEN: rij.gegeven}
        if c.is_negatief():
            rollen[_FOREGROUND] = negatief_kleur()
        if rij.nadruk:
            rollen[_FONT] = _vet()
        if kolom == 0 and rij.icoon is not None:
            rollen[_DECORATION] = rij.icoon
        return rollen

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rijen)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.koppen)

    def cel(self, rij: int, kolom: int) -> Cel | None:
        cellen = self.rijen[rij].cellen
        return cellen[kolom] if kolom < len(cellen) else None

    def tekst(self, rij: int, kolom: int) -> str:
        c = self.cel(rij, kolom)
        return "" if c is None else c.tekst()

    def data(self, index: QModelIndex, rol: int = _DISPLAY):
        if not index.isValid():
            return None
        return self._rollen[index.row()][index.column()].get(int(rol))

    def headerData(self, sectie: int, richting, rol: int = _DISPLAY):
        if richting != Qt.Horizontal or sectie >= len(self.koppen):
            return None
        rol = int(rol)
        if rol == _DISPLAY:
            return self.koppen[sectie]
        if rol == _ALIGN:
            return self._kopuitlijning[sectie]
        return None

    def flags(self, index: QModelIndex):
        return _FLAGS if index.isValid() else Qt.NoItemFlags


class Tabel(QTableView):
    """A compact read-only table that asks only for the height its rows need."""

    def __init__(self, naam: str, parent: QWidget | None = None, max_rijen_zichtbaar: int = 14,
                 vaste_kolom: bool = False):
        super().__init__(parent)
        self.model_ = TabelModel(self)
        self.setModel(self.model_)
        self.setAccessibleName(naam)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)   # Ctrl+C copies the selected rows
        maak_kopieerbaar(self)
        self.setTabKeyNavigation(False)   # Tab leaves the table; arrows move inside
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self._rijhoogte_uit_font()
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(False)
        self.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Maximum)   # as wide as the columns need
        self.max_rijen_zichtbaar = max_rijen_zichtbaar
        self.rekken: int | None = None
        self._rijhoogte_gepland = False
        self.vast = None
        if vaste_kolom:   # the row labels stay in view while the years scroll sideways
            from ui.views.vastekolom import VasteKolom
            self.vast = VasteKolom(self)

    def zet(self, koppen: Sequence[str], rijen: Sequence[Rij], rekken: int | None = None) -> None:
        """Fill the table; ``rekken`` names a column that takes the spare width (e.g. a message)."""
        self.model_.zet(koppen, rijen)
        kop = self.horizontalHeader()
        kop.setSectionResizeMode(QHeaderView.Interactive)
        self.resizeColumnsToContents()
        self.rekken = rekken if rekken is not None and rekken < len(koppen) else None
        # a table with a stretched (message) column takes the full width; others fit their columns
        self.setSizePolicy(QSizePolicy.Expanding if self.rekken is not None else QSizePolicy.Maximum,
                           QSizePolicy.Maximum)
        if self.rekken is not None:
            self._rekkolom_bij()
        if self.wordWrap():
            self.resizeRowsToContents()
        self.updateGeometry()
        self._vast_bij()

    def _vast_bij(self) -> None:
        if self.vast is not None:
            self.vast.herschik()

    def moveCursor(self, actie, modifiers):
        """Moving left under the fixed first column scrolls the hidden cell into view."""
        index = super().moveCursor(actie, modifiers)
        if self.vast is not None and self.vast.isVisible() and actie == QAbstractItemView.MoveLeft \
                and index.column() > 0:
            links = self.visualRect(index).left()
            if links < self.vast.columnWidth(0):
                balk = self.horizontalScrollBar()
                balk.setValue(balk.value() + links - self.vast.columnWidth(0))
        return index

    def _rekkolom_bij(self) -> None:
        """The stretched column takes the spare width, but never less than ~40 characters or,
        in a narrow window, 60 % of the visible width (the rest then scrolls sideways)."""
        if self.rekken is None:
            return
        kop = self.horizontalHeader()
        rest = sum(kop.sectionSize(k) for k in range(self.model_.columnCount()) if k != self.rekken)
        zichtbaar = self.viewport().width()
        minimum = min(self.fontMetrics().averageCharWidth() * 40, int(zichtbaar * 0.6))
        breedte = max(minimum, zichtbaar - rest)
        if kop.sectionSize(self.rekken) != breedte:
            kop.resizeSection(self.rekken, breedte)

    def tekst(self, rij: int, kolom: int) -> str:
        return self.model_.tekst(rij, kolom)

    def kolom(self, kop: str) -> int:
        return self.model_.koppen.index(kop)

    def rij_met(self, label: str) -> int:
        for i, rij in enumerate(self.model_.rijen):
            if rij.cellen and rij.cellen[0].waarde == label:
                return i
        raise KeyError(label)

    def _rijhoogte_uit_font(self) -> None:
        """Compact rows: one line of the current font plus a little padding (scales with it)."""
        hoogte = self.fontMetrics().height() + max(4, self.fontMetrics().height() // 3)
        self.verticalHeader().setMinimumSectionSize(hoogte)
        self.verticalHeader().setDefaultSectionSize(hoogte)

    def changeEvent(self, e) -> None:
        super().changeEvent(e)
        if e.type() == QEvent.FontChange:
            self._rijhoogte_uit_font()

    def zet_afbreken(self, aan: bool = True) -> None:
        """Wrap long texts (messages) over several lines instead of eliding them."""
        self.setWordWrap(aan)
        self.setTextElideMode(Qt.ElideNone if aan else Qt.ElideRight)
        if aan:
            self.horizontalHeader().sectionResized.connect(self._plan_rijhoogte)

    def _plan_rijhoogte(self, *_args) -> None:
        """Row heights follow column widths; many resizes in a row lead to one recalculation."""
        if not self._rijhoogte_gepland:
            self._rijhoogte_gepland = True
            QTimer.singleShot(0, self, self._rijhoogte_bij)

    def _rijhoogte_bij(self) -> None:
        self._rijhoogte_gepland = False
        self.resizeRowsToContents()
        self.updateGeometry()
        self._vast_bij()

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        self._rekkolom_bij()
        if self.wordWrap():
            self._plan_rijhoogte()   # after the header has given the columns their new widths
        self.updateGeometry()
        self._vast_bij()

    def inhoudsbreedte(self) -> int:
        """The width that shows every column without scrolling sideways."""
        breedte = self.horizontalHeader().length() + 2 * self.frameWidth()
        if self.model_.rowCount() > self.max_rijen_zichtbaar:
            breedte += self.verticalScrollBar().sizeHint().width()
        return breedte

    def sizeHint(self) -> QSize:
        """Exactly the rows (up to ``max_rijen_zichtbaar``) and the columns, plus a scroll bar only when needed."""
        basis = super().sizeHint()
        if self.rekken is None:
            basis.setWidth(self.inhoudsbreedte())
        rijen = min(self.model_.rowCount(), self.max_rijen_zichtbaar)
        hoogte = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        hoogte += sum(self.rowHeight(i) or self.verticalHeader().defaultSectionSize() for i in range(rijen))
        if self.horizontalHeader().length() > self.viewport().width():
            hoogte += self.horizontalScrollBar().sizeHint().height()
        return QSize(basis.width(), hoogte)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())
