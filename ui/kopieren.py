"""Ctrl+C on any table: the selection as tab-separated text that Dutch Excel reads as numbers.

Each cell is copied as the table shows it, except that a number loses what would make it
text in a spreadsheet: the euro sign and the thousands dots (``€ 1.234.567`` -> ``1234567``,
``-38.502`` -> ``-38502``, ``97,4 %`` -> ``97,4%``). Decimal commas stay, so a Dutch
spreadsheet reads ``1234567,89`` as a number. Labels and codes (``0.7``) are copied as they are.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView

_GETAL = re.compile(r"(?:€\s?)?([-\u2212]?\d{1,3}(?:\.\d{3})*(?:,\d+)?|[-\u2212]?\d+(?:,\d+)?)(\s?%)?")


def celtekst(tekst: str) -> str:
    """One displayed cell as spreadsheet text (see the module docstring)."""
    tekst = (tekst or "").strip()
    m = _GETAL.fullmatch(tekst)
    if not m:
        return tekst.replace("\t", " ").replace("\n", " ")
    getal = m.group(1).replace("\u2212", "-").replace(".", "")
    return getal + ("%" if m.group(2) else "")


def selectie_als_tekst(view: QAbstractItemView) -> str:
    """The selected cells, row by row in view order, tab-separated (empty cells stay empty)."""
    model = view.model()
    indexen = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    if not indexen and view.currentIndex().isValid():
        indexen = [view.currentIndex()]
    if not indexen:
        return ""
    rijen = sorted({i.row() for i in indexen})
    kolommen = sorted({i.column() for i in indexen if not (hasattr(view, "isColumnHidden")
                                                           and view.isColumnHidden(i.column()))})
    gekozen = {(i.row(), i.column()) for i in indexen}
    regels = []
    for rij in rijen:
        cellen = [celtekst(model.index(rij, k).data(Qt.ItemDataRole.DisplayRole) or "")
                  if (rij, k) in gekozen else "" for k in kolommen]
        regels.append("\t".join(str(c) for c in cellen))
    return "\n".join(regels)


def kopieer(view: QAbstractItemView) -> bool:
    tekst = selectie_als_tekst(view)
    if not tekst:
        return False
    QGuiApplication.clipboard().setText(tekst)
    return True


class _Kopieerder(QObject):
    """Takes Ctrl+C from a table before Qt's default (which copies only the current cell's text)."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        soort = event.type()
        if soort in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and event.matches(QKeySequence.StandardKey.Copy):
            if isinstance(obj, QAbstractItemView) and obj.state() != QAbstractItemView.State.EditingState:
                if soort == QEvent.Type.KeyPress:
                    kopieer(obj)
                event.accept()
                return True
        return False


_KOPIEERDER: _Kopieerder | None = None


def maak_kopieerbaar(view: QAbstractItemView) -> None:
    """Let Ctrl+C on ``view`` copy its selection as spreadsheet text."""
    global _KOPIEERDER
    if _KOPIEERDER is None:
        _KOPIEERDER = _Kopieerder()
    view.installEventFilter(_KOPIEERDER)
