"""The begroting table: REKENREGELS §5 lines as rows (grouped), years as columns, over a Resultaat."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from model.opmaak import getal, procent
from model.regels import AANTAL, BATEN, FRACTIE, LASTEN, MEMO, REGELS, SALDO, TOTAAL, Regel
from model.resultaat import Resultaat

ROOD = QColor(180, 20, 20)
KOP_ACHTERGROND = QColor(232, 236, 242)
SLEUTEL_ROL = Qt.ItemDataRole.UserRole + 1
JAAR_ROL = Qt.ItemDataRole.UserRole + 2
WAARDE_ROL = Qt.ItemDataRole.UserRole + 3

VASTE_KOLOMMEN = ("Omschrijving", "Taakveld")
GROEPKOPPEN = {BATEN: "Baten", LASTEN: "Lasten", SALDO: "Saldo", MEMO: "Memoposten"}


def _rijen() -> list[tuple[str, Regel | None]]:
    """Rows in §5 order with a heading before each group; totals stay under their group."""
    rijen: list[tuple[str, Regel | None]] = []
    vorige = None
    for regel in REGELS:
        groep = regel.groep
        if groep == TOTAAL:
            groep = vorige
        if groep != vorige:
            rijen.append((GROEPKOPPEN[groep], None))
            vorige = groep
        rijen.append((regel.label, regel))
    return rijen


def opgemaakt(regel: Regel, waarde: float) -> str:
    if regel.eenheid == FRACTIE:
        return procent(waarde, 1)
    if regel.eenheid == AANTAL:
        return getal(waarde, 1)
    return getal(waarde)


class BegrotingModel(QAbstractTableModel):
    RIJEN = _rijen()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.resultaat: Resultaat | None = None

    def toon(self, resultaat: Resultaat) -> None:
        jaren_anders = self.resultaat is None or self.resultaat.jaren != resultaat.jaren
        if jaren_anders:
            self.beginResetModel()
            self.resultaat = resultaat
            self.endResetModel()
        else:
            self.resultaat = resultaat
            self.dataChanged.emit(self.index(0, len(VASTE_KOLOMMEN)),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

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
        if self.regel(index.row()) is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, rol=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        label, regel = self.RIJEN[index.row()]
        kolom = index.column()
        jaar = self.jaar(kolom)
        if regel is None:  # group heading
            if rol == Qt.ItemDataRole.DisplayRole and kolom == 0:
                return label
            if rol == Qt.ItemDataRole.FontRole:
                f = QFont()
                f.setBold(True)
                return f
            if rol == Qt.ItemDataRole.BackgroundRole:
                return QBrush(KOP_ACHTERGROND)
            return None
        waarde = self.resultaat.waarde(regel.sleutel, jaar) if (self.resultaat and jaar) else None
        if rol == Qt.ItemDataRole.DisplayRole:
            if kolom == 0:
                return label
            if kolom == 1:
                return regel.taakveld if regel.taakveld != "memo" else ""
            return "" if waarde is None else opgemaakt(regel, waarde)
        if rol == Qt.ItemDataRole.TextAlignmentRole and jaar is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if rol == Qt.ItemDataRole.ForegroundRole and waarde is not None and opgemaakt(regel, waarde).startswith("-"):
            return QBrush(ROOD)
        if rol == Qt.ItemDataRole.FontRole and regel.groep in (TOTAAL, SALDO):
            f = QFont()
            f.setBold(True)
            return f
        if rol == Qt.ItemDataRole.ToolTipRole:
            return regel.uitleg
        if rol == Qt.ItemDataRole.AccessibleTextRole:
            if jaar is None:
                return label
            return f"{label}, {jaar}: {'' if waarde is None else opgemaakt(regel, waarde)}"
        if rol == SLEUTEL_ROL:
            return regel.sleutel
        if rol == JAAR_ROL:
            return jaar
        if rol == WAARDE_ROL:
            return waarde
        return None
