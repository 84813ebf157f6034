"""The Overzicht's Taakveld column, chosen in place (REKENREGELS §5, v3; issue 18).

Every line that carries a taakveld (:data:`model.regels.TAAKVELDREGELS`) can be booked on another one:
double-click, F2 or just type in its Taakveld cell, pick a code from the list (the codes in use, with
their Iv3 names) or type one such as ``6.71``; Enter applies it as one undo step. The choice is an
**invoercorrectie** of the project (:meth:`model.project.Project.met_taakveld`): it classifies the
gemeente's begroting for every scenario and is shown bold and green, like a corrected input value in
Aannames. Delete (or Backspace) gives the line the workbook's taakveld again (sheet Classificatie),
else the default. A code that is not a taakveldcode is refused with the model's sentence in the status bar.

:func:`maak_kiesbaar` wires it to a table over :class:`ui.tabelmodel.BegrotingModel`; the table model
only asks :class:`Taakveldkeuze` what column 1 shows and hands it what was typed.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableView

from model.export.opties import TAAKVELDEN
from model.project import Project, Toestand
from model.regels import TAAKVELDREGELS, Regel, is_taakveldcode
from model.scenario import ScenarioFout
from ui.aannames import GECORRIGEERD
from ui.celtekenaar import Celtekenaar

KOLOM = 1   # the Taakveld column of the begroting table
#: An Iv3 code is short (``6.71``); a longer text is not a code and would only be refused.
MAX_CODE = 12
KIES_TIP = "Taakveld {code} (Iv3). Dubbelklik, F2 of typ een code om deze regel op een ander taakveld te boeken."
CORRECTIE_TIP = ("Invoercorrectie: uw keuze van het taakveld. Geldt voor elk scenario en wordt in het project "
                 "bewaard; Delete zet het taakveld uit het werkboek (of de standaardindeling) terug.")


def _volgorde(code: str) -> tuple[int, ...]:
    """Iv3 order: 0.7 before 0.10, 6.4 before 6.71."""
    return tuple(int(deel) for deel in code.split(".")) if is_taakveldcode(code) else (99,)


class Taakveldkeuze:
    """Column 1 of the begroting table: which lines can be booked elsewhere, how a choice is shown, and
    the edit itself (one undo step through ``bewerk``; a refusal goes to ``weiger``)."""

    def __init__(self, project: Callable[[], Project], bewerk: Callable[[str, Toestand], bool],
                 weiger: Callable[[str], None]):
        self.project = project
        self.bewerk = bewerk
        self.weiger = weiger

    @staticmethod
    def bewerkbaar(sleutel: str) -> bool:
        return sleutel in TAAKVELDREGELS

    def rollen(self, regel: Regel, label: str, taakveld: str) -> dict:
        """The roles of a line's Taakveld cell beyond its text: the code to edit and, for a choice made in the
        app, bold green with a tooltip saying it is an invoercorrectie."""
        if not self.bewerkbaar(regel.sleutel):
            return {}
        D = Qt.ItemDataRole
        rollen = {D.EditRole: taakveld, D.ToolTipRole: f"{regel.uitleg}\n\n{KIES_TIP.format(code=taakveld)}"}
        if self.project().taakveld_gecorrigeerd(regel.sleutel):
            vet = QFont()
            vet.setBold(True)
            rollen.update({D.FontRole: vet, D.ForegroundRole: QBrush(GECORRIGEERD),
                           D.ToolTipRole: f"{rollen[D.ToolTipRole]}\n{CORRECTIE_TIP}",
                           D.AccessibleTextRole: f"Taakveld {label}: {taakveld} (invoercorrectie)"})
        return rollen

    def zet(self, sleutel: str, code: str) -> bool:
        """Book the line on ``code``; the code already in use is no edit. Returns whether an edit was made."""
        project = self.project()
        code = code.strip()
        if code == project.taakveld(sleutel):
            return False
        try:
            nieuw = project.met_taakveld(sleutel, code)
        except ScenarioFout as fout:
            self.weiger(f"Niet aangepast: {fout}")
            return False
        return bool(self.bewerk(f"Invoercorrectie: taakveld {TAAKVELDREGELS[sleutel].label} = {code}", nieuw))

    def terugzetten(self, sleutel: str) -> bool:
        """The workbook's taakveld (or the default) again; nothing to undo when the line has no own choice."""
        project = self.project()
        if not self.bewerkbaar(sleutel) or not project.taakveld_gecorrigeerd(sleutel):
            return False
        return bool(self.bewerk(f"Taakveld {TAAKVELDREGELS[sleutel].label} terugzetten",
                                project.zonder_taakveld(sleutel)))


class _Codes(QAbstractListModel):
    """The offered codes: the list shows ``6.4  Wsw en beschut werk``, the edit field (and completion) ``6.4``."""

    def __init__(self, codes: list[str], parent=None):
        super().__init__(parent)
        self.codes = codes

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.codes)

    def data(self, index, rol=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        code = self.codes[index.row()]
        if rol in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            naam = TAAKVELDEN.get(code)
            return f"{code}  {naam}" if naam else code
        if rol == Qt.ItemDataRole.EditRole:
            return code
        return None


class TaakveldDelegate(Celtekenaar):
    """An editable list of taakveldcodes: the Iv3 taakvelden of the default table and every code in use."""

    def createEditor(self, parent, optie, index):  # noqa: N802
        model = index.model()
        in_gebruik = {model.index(r, KOLOM).data() for r in range(model.rowCount())}
        codes = sorted({c for c in (*TAAKVELDEN, *in_gebruik) if isinstance(c, str) and is_taakveldcode(c)},
                       key=_volgorde)
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor.setModel(_Codes(codes, editor))
        editor.lineEdit().setMaxLength(MAX_CODE)
        lijst = editor.view()   # the list is as wide as the names, however narrow the column
        lijst.setMinimumWidth(lijst.sizeHintForColumn(0) + 2 * lijst.frameWidth() + lijst.fontMetrics().height())
        editor.setCompleter(None)   # what is typed is the code: completing 0.1 to 0.10 would book it elsewhere
        editor.setAccessibleName(f"Taakveld voor {index.siblingAtColumn(0).data()}")
        editor.setToolTip("Kies een taakveld of typ een code zoals 6.71; Enter past toe, Esc laat het zoals het was.")
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setEditText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.lineEdit().selectAll()

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, optie, index):  # noqa: N802
        rect = optie.rect   # the column is narrow: wide enough for a code and the list's button
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)


class _Terugzetter(QObject):
    """Delete or Backspace on a Taakveld cell (not while typing in it) resets the line's taakveld."""

    def __init__(self, tabel: QTableView, keuze: Taakveldkeuze):
        super().__init__(tabel)
        self.tabel, self.keuze = tabel, keuze

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.tabel and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                self.tabel.state() != QAbstractItemView.State.EditingState:
            index = self.tabel.currentIndex()
            regel = self.tabel.model().regel(index.row()) if index.isValid() and index.column() == KOLOM else None
            if regel is not None and self.keuze.bewerkbaar(regel.sleutel):
                self.keuze.terugzetten(regel.sleutel)
                return True
        return False


def maak_kiesbaar(tabel: QTableView, project: Callable[[], Project], bewerk: Callable[[str, Toestand], bool],
                  weiger: Callable[[str], None]) -> Taakveldkeuze:
    """Make the Taakveld column of ``tabel`` (a :class:`~ui.tabelmodel.BegrotingModel`) editable in place."""
    keuze = Taakveldkeuze(project, bewerk, weiger)
    tabel.model().taakveldkeuze = keuze
    tabel.setItemDelegateForColumn(KOLOM, TaakveldDelegate(tabel.model().verf, tabel))
    tabel.installEventFilter(_Terugzetter(tabel, keuze))
    return keuze
