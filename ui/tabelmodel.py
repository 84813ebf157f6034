"""The begroting table: REKENREGELS §5 lines as rows (grouped), years as columns, over a Resultaat."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from model.regels import SALDO, TOTAAL, Regel, overzicht, rijlabel, taakvelden
from model.resultaat import Resultaat
from ui.celtekenaar import Verf

ROOD = QColor(180, 20, 20)
KOP_ACHTERGROND = QColor(232, 236, 242)
SLEUTEL_ROL = Qt.ItemDataRole.UserRole + 1
JAAR_ROL = Qt.ItemDataRole.UserRole + 2
WAARDE_ROL = Qt.ItemDataRole.UserRole + 3

VASTE_KOLOMMEN = ("Omschrijving", "Taakveld")


#: a figure that cannot be computed (REKENREGELS §4.5): never shown as 0
ONBEKEND = "onbekend"


def opgemaakt(regel: Regel, waarde: float | None) -> str:
    """A figure of the begroting table (the caption names the euros): by the line's unit."""
    return ONBEKEND if waarde is None else regel.eenheid.cijfer(waarde)


_VAST = len(VASTE_KOLOMMEN)
_FLAGS_KOP = Qt.ItemFlag.ItemIsEnabled
_FLAGS_REGEL = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FLAGS_BEWERKBAAR = _FLAGS_REGEL | Qt.ItemFlag.ItemIsEditable



class BegrotingModel(QAbstractTableModel):
    RIJEN = list(overzicht())

    def __init__(self, parent=None):
        super().__init__(parent)
        self.resultaat: Resultaat | None = None
        #: per row: (label, taakveld) and the row's figures as last shown (None for a heading)
        self._getoond: list[tuple | None] = []
        self._rollen: list[list[dict]] = []
        self._verf: list[list[Verf]] = []
        self._kolommen = len(VASTE_KOLOMMEN)
        #: (column, text) of every figure the last ``toon`` changed: the view widens a column for them
        self.nieuwe_teksten: list[tuple[int, str]] = []
        #: the Taakveld column's choice in place (ui/taakveldeditor.py); None: the column is only shown
        self.taakveldkeuze = None
        self._vet = QFont()   # a font needs the application, so not made at import
        self._vet.setBold(True)

    def toon(self, resultaat: Resultaat) -> bool:
        """Show a new result; returns True when the columns changed (the view may resize them).

        Only what changed is formatted again and repainted: an edit moves a few lines, and painting
        and formatting every cell would cost more than the calculation itself."""
        jaren_anders = self.resultaat is None or self.resultaat.jaren != resultaat.jaren
        koppen = self._koppen(resultaat)
        if jaren_anders:
            self.beginResetModel()
            self.resultaat, self._kolommen = resultaat, len(VASTE_KOLOMMEN) + len(resultaat.jaren)
            self._getoond, self._rollen, self._verf = [], [], []
            for rij, (label, regel) in enumerate(self.RIJEN):
                getoond = None if regel is None else (koppen[rij], tuple(resultaat.getoond(regel.sleutel)))
                self._getoond.append(getoond)
                cellen = [self._kopcel(label, kolom) for kolom in range(self._kolommen)] if regel is None else \
                    [self._cel(regel, getoond, kolom) for kolom in range(self._kolommen)]
                self._rollen.append([c[0] for c in cellen])
                self._verf.append([c[1] for c in cellen])
            self.nieuwe_teksten = []
            self.endResetModel()
            return True
        self.resultaat = resultaat
        self.nieuwe_teksten = []
        for rij, (_, regel) in enumerate(self.RIJEN):
            if regel is None:
                continue
            oud = self._getoond[rij]
            nieuw = (koppen[rij], tuple(resultaat.getoond(regel.sleutel)))
            if nieuw == oud:
                continue
            self._getoond[rij] = nieuw
            kolommen = range(self._kolommen) if nieuw[0] != oud[0] else \
                [_VAST + i for i, (a, b) in enumerate(zip(oud[1], nieuw[1])) if a != b]
            for kolom in kolommen:
                self._rollen[rij][kolom], self._verf[rij][kolom] = self._cel(regel, nieuw, kolom)
                if kolom >= _VAST:
                    self.nieuwe_teksten.append((kolom, self._verf[rij][kolom].tekst))
            if kolommen:
                self.dataChanged.emit(self.index(rij, kolommen[0]), self.index(rij, kolommen[-1]))
        return False

    def _koppen(self, resultaat: Resultaat) -> list[tuple | None]:
        """Per row the label and taakveld as this gemeente sees them (a member's doorbetaling, Bijdrage GR Wsw, v3),
        and the roles of a taakveld chosen in the app (an invoercorrectie, marked)."""
        invoer = resultaat.invoer
        gebruikt = taakvelden(True) if invoer is None else invoer.taakvelden_in_gebruik()
        koppen: list[tuple | None] = []
        for _, regel in self.RIJEN:
            if regel is None:
                koppen.append(None)
                continue
            label, taakveld = resultaat.label(regel.sleutel), gebruikt.get(regel.sleutel, "")
            keuze = self.taakveldkeuze.rollen(regel, label, taakveld) if self.taakveldkeuze is not None else {}
            koppen.append((label, taakveld, keuze))   # Qt's fonts and brushes compare by content
        return koppen

    def _kopcel(self, label: str, kolom: int) -> tuple[dict, Verf]:
        if kolom:
            return {_ACHTERGROND: _KOP_BRUSH}, Verf(achtergrond=KOP_ACHTERGROND)
        return ({_DISPLAY: label, _FONT: self._vet, _ACHTERGROND: _KOP_BRUSH, _TOEGANKELIJK: label},
                Verf(label, vet=True, achtergrond=KOP_ACHTERGROND))

    def _cel(self, regel: Regel, getoond: tuple, kolom: int) -> tuple[dict, Verf]:
        """Every role of one cell of a line, and how it is painted."""
        (label, taakveld, keuze), reeks = getoond
        vet = regel.groep in (TOTAAL, SALDO)
        rollen = {_TIP: regel.uitleg, SLEUTEL_ROL: regel.sleutel}
        if vet:
            rollen[_FONT] = self._vet
        if kolom < _VAST:
            tekst = label if kolom == 0 else taakveld
            rollen[_DISPLAY] = rollen[_TOEGANKELIJK] = tekst
            if kolom == 0:
                rollen[_DISPLAY] = rijlabel(regel, label)   # a spending category set in under its total
                return rollen, Verf(rollen[_DISPLAY], vet=vet)
            rollen.update(keuze)   # editable in place; a choice made in the app is marked
            font, kleur = rollen.get(_FONT), rollen.get(_VOORGROND)
            return rollen, Verf(tekst, vet=font is not None and font.bold(),
                                kleur=None if kleur is None else kleur.color())
        waarde = reeks[kolom - _VAST]
        tekst, jaar = opgemaakt(regel, waarde), self.resultaat.jaren[kolom - _VAST]
        rollen.update({_DISPLAY: tekst, _UITLIJNING: _RECHTS, JAAR_ROL: jaar, WAARDE_ROL: waarde,
                       _TOEGANKELIJK: f"{label}, {jaar}: {tekst}"})
        if waarde is None:   # why it is unknown: the model's warning
            rollen[_TIP] = self.resultaat.onbekend_tekst(regel.sleutel)
        negatief = tekst.startswith("-")
        if negatief:
            rollen[_VOORGROND] = _ROOD_BRUSH
        return rollen, Verf(tekst, rechts=True, vet=vet, kleur=ROOD if negatief else None)

    def verf(self, rij: int, kolom: int) -> Verf:
        return self._verf[rij][kolom]

    @property
    def jaren(self) -> tuple[int, ...]:
        return self.resultaat.jaren if self.resultaat else ()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.RIJEN)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._kolommen

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
                return _RECHTS
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        regel = self.RIJEN[index.row()][1]
        if regel is None:
            return _FLAGS_KOP
        if index.column() == 1 and self.taakveldkeuze is not None and self.taakveldkeuze.bewerkbaar(regel.sleutel):
            return _FLAGS_BEWERKBAAR
        return _FLAGS_REGEL

    def setData(self, index, waarde, rol=Qt.ItemDataRole.EditRole):  # noqa: N802
        """A taakveld typed or chosen in the Taakveld column (an invoercorrectie; the window recalculates)."""
        regel = self.regel(index.row())
        if rol != Qt.ItemDataRole.EditRole or index.column() != 1 or regel is None or self.taakveldkeuze is None \
                or not isinstance(waarde, str):
            return False
        return self.taakveldkeuze.zet(regel.sleutel, waarde)

    def data(self, index, rol=Qt.ItemDataRole.DisplayRole):
        # painting asks every cell for several roles: one lookup, no checks that the view already made
        if not index.isValid():
            return None
        return self._rollen[index.row()][index.column()].get(rol)


D = Qt.ItemDataRole
_DISPLAY, _FONT, _ACHTERGROND, _VOORGROND = D.DisplayRole, D.FontRole, D.BackgroundRole, D.ForegroundRole
_TOEGANKELIJK, _TIP, _UITLIJNING = D.AccessibleTextRole, D.ToolTipRole, D.TextAlignmentRole
_RECHTS = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROOD_BRUSH, _KOP_BRUSH = QBrush(ROOD), QBrush(KOP_ACHTERGROND)
