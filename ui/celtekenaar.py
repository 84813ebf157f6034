"""Paints a table's cells from a prepared record per cell, with each text laid out once.

Qt's standard delegate asks the model for about eight roles per cell and lays the text out again
on every paint; for a table of figures that is most of the cost of repainting it. This delegate
reads one prepared :class:`Verf` per cell (the begroting table makes them with its figures, the
Aannames tables from their roles) and draws a :class:`QStaticText` that is laid out the first
time its text is seen. The roles stay in the model for accessibility, tooltips,
copying and the size hints. Fonts, colours and the margin are taken from the view's paint options once,
and again when the table's font, palette or style changes.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QStaticText
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionFocusRect


@dataclass(frozen=True, slots=True)
class Verf:
    """How one cell is painted: its roles, flattened once per state of the cell.

    ``standaard`` leaves the cell to Qt's own delegate (a check box, an icon)."""

    tekst: str = ""
    rechts: bool = False
    vet: bool = False
    cursief: bool = False
    kleur: QColor | None = None
    achtergrond: QColor | None = None
    standaard: bool = False


def verf_uit_rollen(index) -> Verf:
    """The record of a cell from its model's roles (for a model that keeps its roles, worked out once).
    A cell with a check box, an icon or a display value that is not text is left to Qt's delegate."""
    D = Qt.ItemDataRole
    tekst = index.data(D.DisplayRole)
    if (tekst is not None and not isinstance(tekst, str)) or index.data(D.CheckStateRole) is not None \
            or index.data(D.DecorationRole) is not None:
        return Verf(standaard=True)
    font, uitlijning = index.data(D.FontRole), index.data(D.TextAlignmentRole)
    return Verf(tekst or "",
                rechts=uitlijning is not None and bool(int(uitlijning) & Qt.AlignmentFlag.AlignRight.value),
                vet=font is not None and font.bold(), cursief=font is not None and font.italic(),
                kleur=_kleur(index.data(D.ForegroundRole)), achtergrond=_kleur(index.data(D.BackgroundRole)))


def _kleur(waarde) -> QColor | None:
    if waarde is None:
        return None
    return waarde.color() if isinstance(waarde, QBrush) else QColor(waarde)


#: laid-out texts kept; a table shows a few hundred, each edit adds a few
MAX_TEKSTEN = 4000

_GESELECTEERD = QStyle.StateFlag.State_Selected.value
_ACTIEF = QStyle.StateFlag.State_Active.value
_FOCUS = QStyle.StateFlag.State_HasFocus.value
_VERANDERD = {QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.Polish,
              QEvent.Type.ApplicationFontChange, QEvent.Type.ApplicationPaletteChange}


class Celtekenaar(QStyledItemDelegate):
    """Background (or selection), the text left or right in the cell, bold or coloured, and the focus frame."""

    def __init__(self, verf: Callable[[int, int], Verf], tabel: QAbstractItemView):
        super().__init__(tabel)
        self._verf = verf
        self._tabel = tabel
        self._klaar = False
        tabel.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self._tabel:
            if event.type() in _VERANDERD:
                self._klaar = False   # taken again at the next paint
            return False
        return super().eventFilter(obj, event)   # an open editor: Enter, Escape and Tab as Qt handles them

    def _neem(self, optie) -> None:
        """Take the font, colours and margin the view paints with and forget the texts laid out with the old ones."""
        t = self._tabel
        self._fonts = {}
        for vet in (False, True):
            for cursief in (False, True):
                font = self._fonts[(vet, cursief)] = QFont(optie.font)
                font.setBold(vet)
                font.setItalic(cursief)
        palet = optie.palette
        self._tekstkleur = palet.color(QPalette.ColorRole.Text)
        self._selectie = {True: (palet.brush(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight),
                                 palet.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)),
                          False: (palet.brush(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight),
                                  palet.color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText))}
        self._marge = t.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, t) + 1
        self._teksten: dict[tuple[str, bool, bool], QStaticText] = {}
        self._klaar = True

    def _opgemaakt(self, v: Verf) -> QStaticText:
        if len(self._teksten) >= MAX_TEKSTEN:
            self._teksten.clear()
        statisch = self._teksten[(v.tekst, v.vet, v.cursief)] = QStaticText(v.tekst)
        statisch.setTextFormat(Qt.TextFormat.PlainText)
        statisch.prepare(font=self._fonts[(v.vet, v.cursief)])
        return statisch

    def paint(self, painter, optie, index) -> None:
        if not self._klaar:
            self._neem(optie)
        v = self._verf(index.row(), index.column())
        if v.standaard:
            super().paint(painter, optie, index)
            return
        rect, staat = optie.rect, optie.state.value
        if v.tekst:
            statisch = self._teksten.get((v.tekst, v.vet, v.cursief)) or self._opgemaakt(v)
            grootte = statisch.size()
            if grootte.width() > optie.rect.width() - 2 * self._marge:
                super().paint(painter, optie, index)   # too narrow: cut off with an ellipsis, as Qt does it
                return
        if staat & _GESELECTEERD:
            achtergrond, kleur = self._selectie[bool(staat & _ACTIEF)]
            painter.fillRect(rect, achtergrond)
        else:
            kleur = self._tekstkleur if v.kleur is None else v.kleur
            if v.achtergrond is not None:
                painter.fillRect(rect, v.achtergrond)
        if v.tekst:
            painter.setFont(self._fonts[(v.vet, v.cursief)])
            painter.setPen(kleur)
            x = rect.right() + 1 - self._marge - grootte.width() if v.rechts else rect.left() + self._marge
            painter.drawStaticText(QPointF(x, rect.top() + (rect.height() - grootte.height()) / 2), statisch)
        if staat & _FOCUS:
            self._focus(painter, optie)

    def _focus(self, painter, optie) -> None:
        """The keyboard focus stays visible, drawn by the style exactly as its own item delegate asks for it."""
        stijl = self._tabel.style()
        frame = QStyleOptionFocusRect()
        frame.initFrom(self._tabel)
        frame.rect = stijl.subElementRect(QStyle.SubElement.SE_ItemViewItemFocusRect, optie, self._tabel)
        frame.state = optie.state | QStyle.StateFlag.State_KeyboardFocusChange | QStyle.StateFlag.State_Item
        frame.palette = optie.palette
        rol = QPalette.ColorRole.Highlight if optie.state.value & _GESELECTEERD else QPalette.ColorRole.Window
        frame.backgroundColor = optie.palette.color(QPalette.ColorGroup.Normal, rol)
        stijl.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame, painter, self._tabel)
