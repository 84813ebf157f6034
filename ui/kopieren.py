"""Ctrl+C on any table: the selection as tab-separated text that Dutch Excel reads as numbers.

Each cell is copied as the table shows it, except that a number loses what would make it
text in a spreadsheet: the euro sign and the thousands dots (``€ 1.234.567`` -> ``1234567``,
``-38.502`` -> ``-38502``, ``97,4 %`` -> ``97,4%``). Decimal commas stay, so a Dutch
spreadsheet reads ``1234567,89`` as a number. Labels and codes (``0.7``) are copied as they are.

Next to the text the clipboard holds an HTML table with typed cells, which Excel and LibreOffice
prefer when pasting: numbers carry their value (``x:num``), every other cell is marked as text
(``mso-number-format:"@"``), so a taakveld ``6.3`` does not become a date in a Dutch Excel.
"""
from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
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


def is_getal(tekst: str) -> bool:
    """Whether a displayed cell is a number (``€ 1.234``, ``−5``, ``97,4 %``), not a label or a code."""
    return _GETAL.fullmatch((tekst or "").strip()) is not None


def _selectie(view: QAbstractItemView) -> list[list[str | None]]:
    """The selected cells' displayed texts, row by row in view order (None: not selected)."""
    model = view.model()
    indexen = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    if not indexen and view.currentIndex().isValid():
        indexen = [view.currentIndex()]
    if not indexen:
        return []
    rijen = sorted({i.row() for i in indexen})
    kolommen = sorted({i.column() for i in indexen if not (hasattr(view, "isColumnHidden")
                                                           and view.isColumnHidden(i.column()))})
    gekozen = {(i.row(), i.column()) for i in indexen}
    return [[str(model.index(rij, k).data(Qt.ItemDataRole.DisplayRole) or "") if (rij, k) in gekozen else None
             for k in kolommen] for rij in rijen]


def selectie_als_tekst(view: QAbstractItemView) -> str:
    """The selected cells, row by row in view order, tab-separated (empty cells stay empty)."""
    return "\n".join("\t".join(celtekst(c) if c is not None else "" for c in rij) for rij in _selectie(view))


TEKSTCEL = "<td style='mso-number-format:\"\\@\"'>{}</td>"


def _html_cel(tekst: str | None) -> str:
    if not tekst:
        return "<td></td>"
    if not is_getal(tekst):
        return TEKSTCEL.format(escape(tekst.strip()))
    waarde = celtekst(tekst)
    if not waarde.endswith("%"):
        return f"<td x:num='{float(waarde.replace(',', '.'))!r}'>{escape(waarde)}</td>"
    cijfers = waarde.rstrip("%")
    decimalen = len(cijfers.partition(",")[2])
    opmaak = "0" + ("." + "0" * decimalen if decimalen else "") + "%"
    return (f"<td x:num='{float(cijfers.replace(',', '.')) / 100!r}' "
            f"style='mso-number-format:\"{opmaak}\"'>{escape(waarde)}</td>")


def selectie_als_html(view: QAbstractItemView) -> str:
    """The selected cells as an HTML table with typed cells: numbers with their value, the rest as text."""
    rijen = _selectie(view)
    if not rijen:
        return ""
    return ("<html xmlns:x='urn:schemas-microsoft-com:office:excel'><body><table>"
            + "".join("<tr>" + "".join(_html_cel(c) for c in rij) + "</tr>" for rij in rijen)
            + "</table></body></html>")


def _lege_mimedata():
    """A QMimeData made by Qt itself. One made in Python is a Python subclass; the clipboard owns it and may
    delete it only when the application ends, after the interpreter is gone, which crashes on exit."""
    model = QStringListModel([""])
    gegevens = model.mimeData([model.index(0, 0)])
    for soort in gegevens.formats():
        gegevens.removeFormat(soort)
    return gegevens


def kopieer(view: QAbstractItemView) -> bool:
    tekst = selectie_als_tekst(view)
    if not tekst:
        return False
    gegevens = _lege_mimedata()
    gegevens.setText(tekst)
    gegevens.setHtml(selectie_als_html(view))
    QGuiApplication.clipboard().setMimeData(gegevens)
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
