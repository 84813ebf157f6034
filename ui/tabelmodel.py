"""The begroting table: REKENREGELS §5 lines as rows (grouped), years as columns, over a Resultaat."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from model.regels import SALDO, TOTAAL, Regel, overzicht, taakvelden
from model.resultaat import Resultaat

ROOD = QColor(180, 20, 20)
KOP_ACHTERGROND = QColor(232, 236, 242)
SLEUTEL_ROL = Qt.ItemDataRole.UserRole + 1
JAAR_ROL = Qt.ItemDataRole.UserRole + 2
WAARDE_ROL = Qt.ItemDataRole.UserRole + 3

VASTE_KOLOMMEN = ("Omschrijving", "Taakveld")


def opgemaakt(regel: Regel, waarde: float) -> str:
    """A figure of the begroting table (the caption names the euros): by the line's unit."""
    return regel.eenheid.cijfer(waarde)


class BegrotingModel(QAbstractTableModel):
    RIJEN = list(overzicht())

    def __init__(self, parent=None):
        super().__init__(parent)
        self.resultaat: Resultaat | None = None
        self._cellen: dict[tuple[int, int], tuple[float, str]] = {}
        self._rollen: dict[tuple[int, int], dict] = {}
        #: the Taakveld column's choice in place (ui/taakveldeditor.py); None: the column is only shown
        self.taakveldkeuze = None

    def toon(self, resultaat: Resultaat) -> bool:
        """Show a new result; returns True when the columns changed (the view may resize them)."""
        jaren_anders = self.resultaat is None or self.resultaat.jaren != resultaat.jaren
        # format once per result: painting asks for every cell several times
        cellen = {}
        for rij, (_, regel) in enumerate(self.RIJEN):
            if regel is not None:
                for i, waarde in enumerate(resultaat.reeks(regel.sleutel)):
                    cellen[(rij, len(VASTE_KOLOMMEN) + i)] = (waarde, opgemaakt(regel, waarde))
        if jaren_anders:
            self.beginResetModel()
            self.resultaat, self._cellen = resultaat, cellen
            self._bouw_rollen()
            self.endResetModel()
        else:
            oud, oude_rollen = self._cellen, self._rollen
            self.resultaat, self._cellen = resultaat, cellen
            self._bouw_rollen()
            # only rows whose figures (or taakveld) changed are repainted
            for rij in sorted({r for (r, k), cel in cellen.items() if oud.get((r, k)) != cel}
                              | {r for r in range(len(self.RIJEN)) if oude_rollen.get((r, 1)) != self._rollen.get((r, 1))}):
                self.dataChanged.emit(self.index(rij, 0), self.index(rij, self.columnCount() - 1))
        return jaren_anders

    def kolomteksten(self, kolom: int) -> list[str]:
        return [tekst for (_, k), (_, tekst) in self._cellen.items() if k == kolom]

    @property
    def jaren(self) -> tuple[int, ...]:
        return self.resultaat.jaren if self.resultaat else ()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.RIJEN)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(VASTE_KOLOMMEN) + len(self.jaren)

    def regel(self, rij: int) -> Regel | None:
        return self.RIJEN[rij][1] if 0 <= rij < len(self.RIJEN) else None

    def jaar(self, kolom: int) -> int | None:
        i = kolom - len(VASTE_KOLOMMEN)
        return self.jaren[i] if 0 <= i < len(self.jaren) else None

    def rij_van(self, sleutel: str) -> int:
        return next(i for i, (_, r) in enumerate(self.RIJEN) if r is not None and r.sleutel == sleutel)

    def kolom_van(self, jaar: int) -> int:
        return len(VASTE_KOLOMMEN) + self.jaren.index(jaar)

    def tekst(self, sleutel: str, jaar: int) -> str:
        return self.data(self.index(self.rij_van(sleutel), self.kolom_van(jaar)))

    def headerData(self, sectie, orientatie, rol=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientatie == Qt.Orientation.Horizontal:
            if rol == Qt.ItemDataRole.DisplayRole:
                return VASTE_KOLOMMEN[sectie] if sectie < len(VASTE_KOLOMMEN) else str(self.jaar(sectie))
            if rol == Qt.ItemDataRole.TextAlignmentRole and sectie >= len(VASTE_KOLOMMEN):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        regel = self.regel(index.row())
        if regel is None:
            return Qt.ItemFlag.ItemIsEnabled
        if index.column() == 1 and self.taakveldkeuze is not None and self.taakveldkeuze.bewerkbaar(regel.sleutel):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def setData(self, index, waarde, rol=Qt.ItemDataRole.EditRole):  # noqa: N802
        """A taakveld typed or chosen in the Taakveld column (an invoercorrectie; the window recalculates)."""
        regel = self.regel(index.row())
        if rol != Qt.ItemDataRole.EditRole or index.column() != 1 or regel is None or self.taakveldkeuze is None \
                or not isinstance(waarde, str):
            return False
        return self.taakveldkeuze.zet(regel.sleutel, waarde)

    def data(self, index, rol=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        rollen = self._rollen.get((index.row(), index.column()))
        return None if rollen is None else rollen.get(rol)

    def _bouw_rollen(self) -> None:
        """Every role of every cell, computed once per result (painting asks for them many times)."""
        D = Qt.ItemDataRole
        vet = QFont()
        vet.setBold(True)
        rechts = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        rood, kop = QBrush(ROOD), QBrush(KOP_ACHTERGROND)
        rollen: dict[tuple[int, int], dict] = {}
        invoer = self.resultaat.invoer if self.resultaat else None   # the taakvelden as used (v3)
        gebruikt = taakvelden(True) if invoer is None else taakvelden(invoer.ontvangt_impulsbudget, invoer.taakvelden)
        for rij, (label, regel) in enumerate(self.RIJEN):
            if regel is None:
                rollen[(rij, 0)] = {D.DisplayRole: label, D.FontRole: vet, D.BackgroundRole: kop,
                                    D.AccessibleTextRole: label}
                for kolom in range(1, self.columnCount()):
                    rollen[(rij, kolom)] = {D.BackgroundRole: kop}
                continue
            if self.resultaat is not None:   # the label as this gemeente sees it (doorbetaling, Bijdrage GR Wsw)
                label = self.resultaat.label(regel.sleutel)
            basis = {D.ToolTipRole: regel.uitleg, SLEUTEL_ROL: regel.sleutel}
            if regel.groep in (TOTAAL, SALDO):
                basis[D.FontRole] = vet
            rollen[(rij, 0)] = {**basis, D.DisplayRole: label, D.AccessibleTextRole: label}
            taakveld = gebruikt.get(regel.sleutel, "")
            rollen[(rij, 1)] = {**basis, D.DisplayRole: taakveld, D.AccessibleTextRole: taakveld,
                                **(self.taakveldkeuze.rollen(regel, label, taakveld) if self.taakveldkeuze else {})}
            for kolom in range(len(VASTE_KOLOMMEN), self.columnCount()):
                waarde, tekst = self._cellen[(rij, kolom)]
                jaar = self.jaar(kolom)
                cel = {**basis, D.DisplayRole: tekst, D.TextAlignmentRole: rechts, JAAR_ROL: jaar,
                       WAARDE_ROL: waarde, D.AccessibleTextRole: f"{label}, {jaar}: {tekst}"}
                if tekst.startswith("-"):
                    cel[D.ForegroundRole] = rood
                rollen[(rij, kolom)] = cel
        self._rollen = rollen
