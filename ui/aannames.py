"""Aannames: every parameter and input value editable in place, per year where it is per year.

Edits go through ``bewerk(tekst, nieuwe_toestand)`` (one undo step each); the models only
read the project and never compute a figure themselves.
"""
from __future__ import annotations

from html import escape
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableView, QTabWidget, QVBoxLayout, QHBoxLayout, QWidget)

from model.eenheden import EUR, FRACTIE, eenheid_van
from model.getallen import GeenGetal
from model.invoer import REEKSEN, VELDEN
from model.regios import ARBEIDSMARKTREGIOS, bedoelde_regio
from model.parameters import ParameterFout
from model.project import Project, Toestand, is_gemeentegegeven
from model.rekenregels.jaren import EERSTE_MODELJAAR
from model.scenario import INVOER, MAX_MOTIVERING, PARAMETER, REEKS_SOORT, Override, ScenarioFout
from ui.celtekenaar import Celtekenaar, Verf, verf_uit_rollen
from ui.getalinvoer import GetalInvoer, lees_invoer, toon_getal
from ui.kopieren import maak_kopieerbaar
from ui.uitleg import leesbare_bron

AANGEPAST = QColor(0, 90, 170)
GECORRIGEERD = QColor(0, 110, 60)     # an invoercorrectie: the gemeente's data corrected, for every scenario
CORRECTIE_TIP = ("Invoercorrectie: uw correctie van de gegevens van de gemeente. Geldt voor elk scenario en "
                 "wordt in het project bewaard; Delete zet de waarde uit het werkboek terug.")
EENHEID_ROL = Qt.ItemDataRole.UserRole + 10
_VERF = -1   # the cell's paint record, kept with its roles
#: The last column of both tables: why the active scenario adjusts the value (printed in the annex).
MOTIVERING = "Motivering"
MOTIVERING_TIP = ("Waarom deze waarde is aangepast; staat in de bijlage naast de aanpassing en wordt in het "
                  "project bewaard. Alleen bij een aanpassing in dit scenario.")
NUMERIEK = ("geheel", "percentage", "getal", "euro")
STATUS = {"vastgesteld": "vastgesteld", "afgeleid": "afgeleid", "aanname": "aanname", "voorgenomen": "voorgenomen",
          "scenario": "aangepast in dit scenario"}
GEERFD = "aangepast in Basis (geldt ook voor dit scenario)"


def _soort(sleutel: str) -> str:
    """How an input edit reads in the undo history: a correction of the gemeente's data says so."""
    return "Invoercorrectie: " if is_gemeentegegeven(sleutel) else ""


def gelijk(a, b) -> bool:
    """Whether an edited value equals the value in use (up to the float noise of typing 2,5 %)."""
    if not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
        return False
    return abs(float(a) - float(b)) <= 1e-12 * max(1.0, abs(float(a)), abs(float(b)))


def _vet(aangepast: bool, geerfd: bool = False) -> QFont | None:
    """Bold for the active scenario's own edits, italic for edits it takes over from Basis."""
    if not (aangepast or geerfd):
        return None
    f = QFont()
    f.setBold(aangepast)
    f.setItalic(geerfd and not aangepast)
    return f


class _Basis(QAbstractTableModel):
    KOLOMMEN: tuple[str, ...] = ("Omschrijving", "Eenheid")

    def __init__(self, bewerk: Callable[[str, Toestand], None]):
        super().__init__()
        self.bewerk = bewerk
        self.weiger: Callable[[str], None] = lambda tekst: None   # the editor shows the message
        #: asks a yes/no question about an implausible value; True applies it (the window asks)
        self.bevestig: Callable[[str], bool] = lambda vraag: False
        self.project: Project | None = None
        self.jaren: tuple[int, ...] = ()
        self._kolommen: tuple[str, ...] = self.KOLOMMEN
        self._cellen: dict[tuple[int, int], dict] = {}
        self._handtekeningen: list[tuple] = []
        self._verouderd = False   # a new state not yet compared with the rows shown
        self._getoond_bij: tuple = (None, None)

    def toon(self, project: Project, jaren: tuple[int, ...]) -> None:
        self.beginResetModel()
        self.project, self.jaren = project, jaren
        self._kolommen = self.KOLOMMEN + tuple(str(j) for j in jaren) + (MOTIVERING,)
        self._cellen: dict[tuple[int, int], dict] = {}
        self._verouderd = False
        # the project object stays while its state changes: what it was shown with is kept by identity
        self._getoond_bij = (project.parameterset, project.ingelezen)
        self._per_sleutel = self._aanpassingen_per_sleutel()
        self._handtekeningen = [self._handtekening(rij) for rij in range(self.rowCount())]
        self.endResetModel()

    def ververs(self, project: Project, nu: bool = True) -> None:
        """Show another state of the same project: only the rows whose values or adjustments changed are
        asked again and repainted (an edit changes one row, or a few derived ones). With ``nu=False`` (the
        table is not in view) that is worked out when the table is shown or asked for a cell."""
        if project.parameterset is not self._getoond_bij[0] or project.ingelezen is not self._getoond_bij[1]:
            self.toon(project, self.jaren)   # another input or parameter set: everything anew
            return
        self.project = project
        self._verouderd = True
        if nu:
            self.werk_bij()

    def werk_bij(self) -> None:
        """Compare each row's signature with the one shown; forget and repaint the rows that changed."""
        if not self._verouderd:
            return
        self._verouderd = False
        self._per_sleutel = self._aanpassingen_per_sleutel()
        nieuw = [self._handtekening(rij) for rij in range(self.rowCount())]
        for rij, (oud, dit) in enumerate(zip(self._handtekeningen, nieuw)):
            if oud == dit:
                nieuw[rij] = oud   # the same object: what was worked out for the row stays valid
            else:
                for kolom in range(len(self._kolommen)):
                    self._cellen.pop((rij, kolom), None)
                self.dataChanged.emit(self.index(rij, 0), self.index(rij, len(self._kolommen) - 1))
        self._handtekeningen = nieuw

    def _aanpassingen_per_sleutel(self) -> tuple[dict[str, tuple[Override, ...]], ...]:
        """The active scenario's adjustments, Basis's and the invoercorrecties, each grouped by key."""
        t = self.project.toestand
        groepen = []
        for overrides in (t.actief_scenario.overrides, t.basis.overrides, t.correcties):
            groep: dict[str, tuple[Override, ...]] = {}
            for o in overrides:
                groep[o.sleutel] = groep.get(o.sleutel, ()) + (o,)
            groepen.append(groep)
        return tuple(groepen)

    def _handtekening(self, rij: int) -> tuple:
        """Everything a row shows depends on: its values as used, and every adjustment or correction of it."""
        sleutel = self.sleutel(rij)[0]
        return (self._waarden(rij),) + tuple(groep.get(sleutel, ()) for groep in self._per_sleutel)

    def _waarden(self, rij: int) -> tuple:
        raise NotImplementedError

    def data(self, index, rol=Qt.ItemDataRole.DisplayRole):
        """Each role of a cell worked out once per state of its row: painting asks for every role again."""
        if not index.isValid() or self.project is None:
            return None
        if self._verouderd:
            self.werk_bij()
        cel = self._cellen.setdefault((index.row(), index.column()), {})
        try:
            return cel[rol]
        except KeyError:
            waarde = cel[rol] = self._data(index, rol)
            return waarde

    def _data(self, index, rol):
        raise NotImplementedError

    def verf(self, rij: int, kolom: int) -> Verf:
        """How the cell is painted, from its roles, once per state of its row."""
        if self._verouderd:
            self.werk_bij()
        cel = self._cellen.setdefault((rij, kolom), {})
        verf = cel.get(_VERF)
        if verf is None:
            verf = cel[_VERF] = verf_uit_rollen(self.index(rij, kolom))
        return verf

    def kolommen(self) -> tuple[str, ...]:
        return self._kolommen

    def is_motivering(self, kolom: int) -> bool:
        return self.project is not None and kolom == len(self._kolommen) - 1

    def sleutel(self, rij: int) -> tuple[str, str]:
        """The key and label of a row."""
        raise NotImplementedError

    def _motivering(self, index, rol):
        """The motivering cell: the active scenario's own, or (italic) the one of Basis it takes over."""
        sleutel, label = self.sleutel(index.row())
        eigen = self.project.motivering(sleutel)
        basis = self.project.toestand.basis
        geerfd = "" if eigen or self.project.actief_scenario.is_basis else next(
            (o.motivering for o in basis.overrides if o.sleutel == sleutel and o.motivering), "")
        if rol in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return eigen or geerfd
        if rol == Qt.ItemDataRole.AccessibleTextRole:
            return f"Motivering {label}: {eigen or geerfd or 'geen'}"
        if rol == Qt.ItemDataRole.ToolTipRole:
            return MOTIVERING_TIP
        if rol == Qt.ItemDataRole.FontRole:
            return _vet(False, bool(geerfd))
        if rol == EENHEID_ROL:
            return MOTIVERING
        return None

    def _heeft_aanpassing(self, rij: int) -> bool:
        sleutel = self.sleutel(rij)[0]
        return any(o.sleutel == sleutel for o in self.project.actief_scenario.overrides)

    def zet_motivering(self, index, tekst) -> bool:
        if not isinstance(tekst, str) or not self._heeft_aanpassing(index.row()):
            return False
        sleutel, label = self.sleutel(index.row())
        if " ".join(tekst.split()) == self.project.motivering(sleutel):
            return False
        return self.bewerk_als_geldig(f"Motivering {label}", lambda: self.project.met_motivering(sleutel, tekst))

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.project is None else len(self.kolommen())

    def jaar(self, kolom: int) -> int | None:
        if self.is_motivering(kolom):
            return None
        i = kolom - len(self.KOLOMMEN)
        return self.jaren[i] if 0 <= i < len(self.jaren) else None

    def headerData(self, sectie, orientatie, rol=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientatie == Qt.Orientation.Horizontal and rol == Qt.ItemDataRole.DisplayRole:
            return self.kolommen()[sectie]
        return None

    def flags(self, index):
        basis = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return basis | Qt.ItemFlag.ItemIsEditable if self.bewerkbaar(index) else basis

    def bewerkbaar(self, index) -> bool:
        if self.is_motivering(index.column()):
            return self._heeft_aanpassing(index.row())
        return index.column() >= 2

    def gecontroleerd(self, override: Override, tekst: str, maak: Callable[[], Toestand]) -> bool:
        """Apply an edit only when the model accepts it (REKENREGELS §6): a value outside the range is
        refused with the model's sentence; an implausible one is applied only when the user confirms."""
        try:
            vraag = self.project.controleer(override)
        except ScenarioFout as fout:
            self.weiger(str(fout))
            return False
        if vraag and not self.bevestig(vraag):
            self.weiger(f"Niet aangepast: {vraag}")
            return False
        return self.bewerk_als_geldig(tekst, maak)

    def bewerk_als_geldig(self, tekst: str, maak: Callable[[], Toestand]) -> bool:
        """Apply the edit unless the project refuses it (e.g. a count that no longer fits the
        samenwerkingsverband): the project file could not be opened again with it."""
        try:
            toestand = maak()
        except ScenarioFout as fout:
            self.weiger(str(fout))
            return False
        self.bewerk(tekst, toestand)
        return True

    def _opmaak(self, rol, waarde, eenheid, aangepast, tip: Callable[[], str], naam, geerfd=False, correctie=False):
        if correctie and not aangepast:
            if rol == Qt.ItemDataRole.FontRole:
                return _vet(True)
            if rol == Qt.ItemDataRole.ForegroundRole:
                return QBrush(GECORRIGEERD)
            if rol == Qt.ItemDataRole.ToolTipRole:
                return f"{tip()}\n{CORRECTIE_TIP}"
            if rol == Qt.ItemDataRole.AccessibleTextRole:
                return f"{naam}: {toon_getal(waarde, eenheid) if isinstance(waarde, (int, float)) else waarde or ''}" \
                       " (gecorrigeerd)"
        if rol == Qt.ItemDataRole.DisplayRole:
            return toon_getal(waarde, eenheid) if isinstance(waarde, (int, float)) else (waarde or "")
        if rol == Qt.ItemDataRole.EditRole:
            return waarde
        if rol == Qt.ItemDataRole.FontRole:
            return _vet(aangepast, geerfd)
        if rol == Qt.ItemDataRole.ForegroundRole and aangepast:
            return QBrush(AANGEPAST)
        if rol == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if rol == Qt.ItemDataRole.ToolTipRole:
            return tip() + ("\nAangepast in dit scenario; Delete zet de waarde terug." if aangepast else "")
        if rol == Qt.ItemDataRole.AccessibleTextRole:
            return f"{naam}: {toon_getal(waarde, eenheid) if isinstance(waarde, (int, float)) else ''}" \
                   + (" (aangepast)" if aangepast else "")
        if rol == EENHEID_ROL:
            return eenheid
        return None


class ParameterModel(_Basis):
    KOLOMMEN = ("Parameter", "Eenheid", "Alle jaren")

    def __init__(self, bewerk):
        super().__init__(bewerk)
        self.sleutels: tuple[str, ...] = ()
        self._status_per_rij: dict[int, tuple[tuple, tuple[str, ...]]] = {}

    def toon(self, project, jaren):
        self.sleutels = tuple(project.parameterset.parameters)
        super().toon(project, jaren)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.project is None else len(self.sleutels)

    def sleutel(self, rij: int) -> tuple[str, str]:
        return self.sleutels[rij], self.project.parameterset.parameter(self.sleutels[rij]).label

    def _waarden(self, rij: int) -> tuple:
        try:
            return tuple(self.project.parameterwaarde(self.sleutels[rij], j) for j in self.jaren)
        except ParameterFout:
            return ()

    def _data(self, index, rol):
        if self.is_motivering(index.column()):
            return self._motivering(index, rol)
        p = self.project.parameterset.parameter(self.sleutels[index.row()])
        if index.column() == 0:
            if rol in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return p.label
            if rol == Qt.ItemDataRole.ToolTipRole:
                return f"{p.label}\nBron: {leesbare_bron(p.bron)}\n{p.toelichting}".strip()
            return _vet(self.project.parameter_aangepast(p.sleutel)) if rol == Qt.ItemDataRole.FontRole else None
        if index.column() == 1:
            return p.eenheid if rol == Qt.ItemDataRole.DisplayRole else None
        jaar = self.jaar(index.column())
        waarden = self._handtekeningen[index.row()][0]   # the values in use, taken once per state of the row
        if not waarden:
            return None
        if jaar is None:  # "Alle jaren"
            gelijk = all(w == waarden[0] for w in waarden)
            waarde = waarden[0] if gelijk else "per jaar"
            aangepast = any(o.soort == "parameter" and o.sleutel == p.sleutel and o.jaar is None
                            for o in self.project.actief_scenario.overrides)
            statussen = set(self._statussen(index.row()))
        else:
            i = self.jaren.index(jaar)
            waarde = waarden[i]
            aangepast = self.project.parameter_aangepast(p.sleutel, jaar)
            statussen = {self._statussen(index.row())[i]}
        status = ", ".join(sorted(statussen))

        def tip() -> str:   # the tooltip is worked out only when asked for
            return f"{p.label}\nStatus: {status}\nBron: {leesbare_bron(p.bron)}" + \
                (f"\n{p.toelichting}" if p.toelichting else "")
        return self._opmaak(rol, waarde, p.eenheid, aangepast, tip, f"{p.label} {jaar or 'alle jaren'}",
                            geerfd=GEERFD in statussen)

    def index_van(self, sleutel: str, jaar: int | None = None) -> QModelIndex | None:
        if self.project is None or sleutel not in self.sleutels:
            return None
        kolom = 3 + self.jaren.index(jaar) if jaar in self.jaren else 2
        return self.index(self.sleutels.index(sleutel), kolom)

    def _statussen(self, rij: int) -> tuple[str, ...]:
        """The status of a row's value in each year shown (vastgesteld, aanname, aangepast …), once per state."""
        handtekening = self._handtekeningen[rij]
        bewaard = self._status_per_rij.get(rij)
        if bewaard is not None and bewaard[0] is handtekening:
            return bewaard[1]
        from model.scenario import ParametersMetScenario
        bron = ParametersMetScenario(self.project.parameterset, self.project.toestand.effectief().overrides)
        sleutel = self.sleutels[rij]
        statussen = tuple(self._status(bron.status(sleutel, j), sleutel, j) for j in self.jaren)
        self._status_per_rij[rij] = (handtekening, statussen)
        return statussen

    def _status(self, status: str, sleutel: str, jaar: int) -> str:
        if status == "scenario" and not self.project.parameter_aangepast(sleutel, jaar):
            return GEERFD
        return STATUS.get(status, status)

    def setData(self, index, waarde, rol=Qt.ItemDataRole.EditRole):  # noqa: N802
        if rol == Qt.ItemDataRole.EditRole and self.is_motivering(index.column()):
            return self.zet_motivering(index, waarde)
        if rol != Qt.ItemDataRole.EditRole or not isinstance(waarde, (int, float)) or not self.bewerkbaar(index):
            return False
        p = self.project.parameterset.parameter(self.sleutels[index.row()])
        jaar = self.jaar(index.column())
        if p.eenheid == "jaar":
            waarde = int(round(waarde))
        if self._ongewijzigd(p.sleutel, jaar, waarde):
            return False   # the value it already has: no adjustment, no undo step
        tekst = f"{p.label} = {toon_getal(waarde, p.eenheid)}" + (f" in {jaar}" if jaar else "")
        return self.gecontroleerd(Override(PARAMETER, p.sleutel, waarde, jaar), tekst,
                                  lambda: self.project.met_parameter(p.sleutel, waarde, jaar))

    def _ongewijzigd(self, sleutel: str, jaar: int | None, waarde: float) -> bool:
        """Whether the active scenario already uses ``waarde`` (in ``jaar``, or in every year shown)."""
        try:
            return all(gelijk(self.project.parameterwaarde(sleutel, j), waarde) for j in
                       ((jaar,) if jaar is not None else self.jaren))
        except ParameterFout:
            return False

    def terugzetten(self, index) -> None:
        if self.is_motivering(index.column()):
            self.zet_motivering(index, "")
            return
        p = self.project.parameterset.parameter(self.sleutels[index.row()])
        jaar = self.jaar(index.column())
        if jaar is not None and not any(o.soort == "parameter" and o.sleutel == p.sleutel and o.jaar == jaar
                                        for o in self.project.actief_scenario.overrides):
            jaar = None  # only an all-years override: reset that
        if self.project.parameter_aangepast(p.sleutel, jaar):
            self.bewerk_als_geldig(f"{p.label} terugzetten", lambda: self.project.zonder_parameter(p.sleutel, jaar))


class InvoerModel(_Basis):
    """Scalar input fields (one value) followed by the per-year series."""

    KOLOMMEN = ("Invoer", "Eenheid", "Waarde")
    VELDEN = tuple(v for v in VELDEN if v.soort in NUMERIEK + ("janee", "regio"))

    def __init__(self, bewerk):
        super().__init__(bewerk)
        self._effectief_van: tuple = (None, None)

    @property
    def _effectief(self):
        """The input as the active scenario uses it (Basis's edits, then its own), once per state."""
        if self._effectief_van[0] is not self.project.toestand:
            self._effectief_van = (self.project.toestand, self.project.effectieve_invoer())
        return self._effectief_van[1]

    def _waarden(self, rij: int) -> tuple:
        veld, reeks = self._rij(rij)
        if veld is not None:
            return (getattr(self._effectief, veld.sleutel),)
        return tuple(sorted(self._effectief.reeks(reeks.sleutel).items()))

    def flags(self, index):
        veld, _ = self._rij(index.row())
        if veld is not None and veld.soort == "janee" and index.column() == 2:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        return super().flags(index)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.project is None else len(self.VELDEN) + len(REEKSEN)

    def _rij(self, rij: int):
        return (self.VELDEN[rij], None) if rij < len(self.VELDEN) else (None, REEKSEN[rij - len(self.VELDEN)])

    def bewerkbaar(self, index) -> bool:
        if self.is_motivering(index.column()):
            return self._heeft_aanpassing(index.row())
        veld, reeks = self._rij(index.row())
        return index.column() == 2 if veld else index.column() > 2

    def index_van(self, sleutel: str, jaar: int | None = None) -> QModelIndex | None:
        if self.project is None:
            return None
        for rij, veld in enumerate(self.VELDEN):
            if veld.sleutel == sleutel:
                return self.index(rij, 2)
        for i, reeks in enumerate(REEKSEN):
            if reeks.sleutel == sleutel:
                jaar = jaar if jaar in self.jaren else next((j for j in self.jaren if j >= self.project.invoer.basisjaar),
                                                            self.jaren[0])
                return self.index(len(self.VELDEN) + i, 3 + self.jaren.index(jaar))
        return None

    @staticmethod
    def eenheid(veld, reeks) -> str:
        """The unit of a numeric field or series; a field chosen from a list keeps its kind (``regio``)."""
        soort = veld.soort if veld else reeks.soort
        return soort if soort == "regio" else eenheid_van(soort)

    def sleutel(self, rij: int) -> tuple[str, str]:
        ding = self._rij(rij)[0] or self._rij(rij)[1]
        return ding.sleutel, ding.label

    def _data(self, index, rol):
        if self.is_motivering(index.column()):
            return self._motivering(index, rol)
        veld, reeks = self._rij(index.row())
        ding = veld or reeks
        eenheid = self.eenheid(veld, reeks)
        if index.column() == 0:
            if rol in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return ding.label
            if rol == Qt.ItemDataRole.ToolTipRole:
                return f"{ding.label} (blad {ding.blad or 'alleen scenario'})\n{ding.toelichting}"
            return _vet(self.project.invoer_aangepast(ding.sleutel) or self.project.gecorrigeerd(ding.sleutel)) \
                if rol == Qt.ItemDataRole.FontRole else None
        if index.column() == 1:
            return eenheid.tekst if rol == Qt.ItemDataRole.DisplayRole and eenheid in (EUR, FRACTIE) else None
        invoer = self._effectief
        jaar = self.jaar(index.column())
        if veld:
            if jaar is not None:
                return None
            waarde, aangepast = getattr(invoer, veld.sleutel), self.project.invoer_aangepast(veld.sleutel)
            correctie = self.project.gecorrigeerd(veld.sleutel)
            if veld.soort == "janee":
                if rol == Qt.ItemDataRole.CheckStateRole:
                    return Qt.CheckState.Checked if waarde else Qt.CheckState.Unchecked
                if rol in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                    return "ja" if waarde else "nee"
                if rol == Qt.ItemDataRole.ToolTipRole:
                    return f"{veld.label}\n{veld.toelichting}\nSpatiebalk of klikken zet ja/nee om."
                return _vet(aangepast or correctie) if rol == Qt.ItemDataRole.FontRole else None
        else:
            if jaar is None:
                return None
            waarde = invoer.reeks(reeks.sleutel).get(jaar)
            aangepast = self.project.invoer_aangepast(reeks.sleutel, jaar)
            correctie = self.project.gecorrigeerd(reeks.sleutel, jaar)
        geerfd = self.project.invoer_geerfd(ding.sleutel, jaar)
        bron = "scenario" if aangepast else "Basis (aangepast)" if geerfd else \
            "invoercorrectie" if correctie else f"invoer, blad {ding.blad}" if ding.blad else "invoer"

        def tip() -> str:
            return f"{ding.label}{' ' + str(jaar) if jaar else ''}\nHerkomst: {bron}\n{ding.toelichting}"
        return self._opmaak(rol, waarde, eenheid, aangepast, tip, f"{ding.label} {jaar or ''}".strip(),
                            geerfd=not aangepast and geerfd, correctie=correctie)

    def setData(self, index, waarde, rol=Qt.ItemDataRole.EditRole):  # noqa: N802
        if rol == Qt.ItemDataRole.EditRole and self.is_motivering(index.column()):
            return self.zet_motivering(index, waarde)
        veld, reeks = self._rij(index.row())
        if veld is not None and veld.soort == "regio":
            if rol != Qt.ItemDataRole.EditRole or index.column() != 2 or waarde not in ARBEIDSMARKTREGIOS:
                return False
            if getattr(self._effectief, veld.sleutel) == waarde:
                return False
            return self.bewerk_als_geldig(f"{_soort(veld.sleutel)}{veld.label} = {waarde}",
                                          lambda: self.project.met_invoerveld(veld.sleutel, waarde))
        if veld is not None and veld.soort == "janee":
            if rol != Qt.ItemDataRole.CheckStateRole or index.column() != 2:
                return False
            ja = Qt.CheckState(waarde) == Qt.CheckState.Checked
            if bool(getattr(self._effectief, veld.sleutel)) == ja:
                return False
            return self.bewerk_als_geldig(f"{_soort(veld.sleutel)}{veld.label} = {'ja' if ja else 'nee'}",
                                          lambda: self.project.met_invoerveld(veld.sleutel, ja))
        if rol != Qt.ItemDataRole.EditRole or not isinstance(waarde, (int, float)) or not self.bewerkbaar(index):
            return False
        eenheid = self.eenheid(veld, reeks)
        if veld:
            if veld.soort == "geheel":
                waarde = int(round(waarde))
            if gelijk(getattr(self._effectief, veld.sleutel), waarde):
                return False   # the value it already has: no adjustment, no undo step
            return self.gecontroleerd(Override(INVOER, veld.sleutel, waarde),
                                      f"{_soort(veld.sleutel)}{veld.label} = {toon_getal(waarde, eenheid)}",
                                      lambda: self.project.met_invoerveld(veld.sleutel, waarde))
        jaar = self.jaar(index.column())
        if gelijk(self._effectief.reeks(reeks.sleutel).get(jaar), waarde):
            return False   # the value it already has: no adjustment, no undo step
        return self.gecontroleerd(Override(REEKS_SOORT, reeks.sleutel, waarden={jaar: waarde}),
                                  f"{_soort(reeks.sleutel)}{reeks.label} {jaar} = {toon_getal(waarde, eenheid)}",
                                  lambda: self.project.met_reekswaarde(reeks.sleutel, jaar, waarde))

    def terugzetten(self, index) -> None:
        if self.is_motivering(index.column()):
            self.zet_motivering(index, "")
            return
        veld, reeks = self._rij(index.row())
        ding = veld or reeks
        jaar = None if veld else self.jaar(index.column())
        if self.project.invoer_aangepast(ding.sleutel, jaar) or self.project.gecorrigeerd(ding.sleutel, jaar):
            self.bewerk_als_geldig(f"{ding.label} terugzetten", lambda: self.project.zonder_invoer(ding.sleutel, jaar))


class GetalDelegate(Celtekenaar):
    """Dutch number entry; the arbeidsmarktregio is chosen from the list of 35."""

    def createEditor(self, parent, optie, index):  # noqa: N802
        naam = f"Nieuwe waarde voor {index.data(Qt.ItemDataRole.AccessibleTextRole) or ''}"
        if index.data(EENHEID_ROL) == MOTIVERING:
            editor = QLineEdit(parent)
            editor.setMaxLength(MAX_MOTIVERING)
            editor.setAccessibleName(f"Motivering: {index.siblingAtColumn(0).data()}")
            return editor
        if index.data(EENHEID_ROL) == "regio":
            editor = QComboBox(parent)
            huidig = index.data(Qt.ItemDataRole.EditRole)
            bedoeld = bedoelde_regio(huidig) if huidig and huidig not in ARBEIDSMARKTREGIOS else None
            if bedoeld:   # the reader's "bedoelt u" suggestion first, then the 35 in order
                editor.addItem(bedoeld)
                editor.insertSeparator(1)
            editor.addItems(list(ARBEIDSMARKTREGIOS))
            editor.setPlaceholderText("Kies…")
        else:
            editor = GetalInvoer(index.data(EENHEID_ROL) or "", parent)
        editor.setAccessibleName(naam)
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        waarde = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QLineEdit):
            editor.setText(waarde or "")
            return
        if isinstance(editor, QComboBox):
            # an unknown or empty region preselects nothing: Enter must not silently pick the first one
            editor.setCurrentIndex(editor.findText(waarde) if waarde in ARBEIDSMARKTREGIOS else -1)
            return
        editor.setValue(float(waarde) if isinstance(waarde, (int, float)) else 0.0)
        editor.begintekst = editor.text()   # shown with the unit's decimals: not retyped, it is no edit
        editor.selectAll()

    def setModelData(self, editor, model, index):  # noqa: N802
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
            return
        if editor.invoertekst() == getattr(editor, "begintekst", None):
            return   # nothing typed: the value stays exactly what it was (not its rounded text)
        try:
            waarde = lees_invoer(editor.invoertekst(), editor.fractie, editor.negatief)
        except GeenGetal as fout:   # the same reason the workbook reader gives for such a cell
            jaar = model.jaar(index.column())
            model.weiger(f"{index.siblingAtColumn(0).data()}{f' {jaar}' if jaar else ''}: {fout}.")
            return
        model.setData(index, waarde, Qt.ItemDataRole.EditRole)


class AannamesView(QWidget):
    """Two tables (parameters, input) with a reset action; the active scenario's name on top.

    An edit the model refuses is explained in a message under the tables (and ``geweigerd`` is
    emitted so the window can repeat it in the status bar); the next accepted edit clears it.
    """

    geweigerd = Signal(str)

    def __init__(self, bewerk: Callable[[str, Toestand], None], parent=None):
        super().__init__(parent)
        self._breedtes: set[int] = set()   # tables whose column widths wait until the view is shown
        self.parameters = ParameterModel(bewerk)
        self.invoer = InvoerModel(bewerk)
        for model in (self.parameters, self.invoer):
            model.weiger = self.weiger
        self.melding = QLabel()
        self.melding.setWordWrap(True)
        self.melding.setAccessibleName("Melding bij de laatste aanpassing")
        self.melding.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.melding.setStyleSheet("QLabel { color: #8a1c00; background: #fff4e5; border: 1px solid #f0b37e;"
                                   " border-radius: 3px; padding: 4px 6px; }")
        self.melding.hide()
        self.kop = QLabel()
        self.kop.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabellen: list[QTableView] = []
        for model, naam in ((self.parameters, "Pa&rameters"), (self.invoer, "Invoer gemee&nte")):
            tabel = QTableView()
            tabel.setModel(model)
            tabel.setItemDelegate(GetalDelegate(model.verf, tabel))
            tabel.setAccessibleName(naam.replace("&", ""))
            tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            maak_kopieerbaar(tabel)
            T = QAbstractItemView.EditTrigger
            tabel.setEditTriggers(T.DoubleClicked | T.EditKeyPressed | T.AnyKeyPressed)
            tabel.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            tabel.verticalHeader().hide()
            tabel.verticalHeader().setDefaultSectionSize(int(tabel.fontMetrics().height() * 1.5))
            terug = QAction("Waarde &terugzetten\tDelete", tabel)
            tabel.installEventFilter(self)     # Delete / Backspace in the table resets the value
            terug.triggered.connect(lambda _=False, t=tabel: self.terugzetten(t))
            tabel.addAction(terug)
            tabel.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            self.tabs.addTab(tabel, naam)
            self.tabellen.append(tabel)
        knop = QPushButton("Waarde &terugzetten")
        knop.setAccessibleName("Gekozen waarde terugzetten naar de parameterset of de invoer")
        knop.clicked.connect(lambda: self.terugzetten(self.tabellen[self.tabs.currentIndex()]))
        uitleg = QLabel("Dubbelklik of typ in een cel om een waarde aan te passen (0,68 en 68 % mogen allebei). "
                        "Aangepaste waarden zijn vet en blauw en gelden voor het actieve scenario; cursief zijn "
                        "aanpassingen van Basis die dit scenario overneemt. Een gegeven van de gemeente dat u hier "
                        "wijzigt, is een invoercorrectie (vet en groen): die geldt voor elk scenario.")
        uitleg.setWordWrap(True)
        onder = QHBoxLayout()
        onder.addWidget(uitleg, 1)
        onder.addWidget(knop)
        laag = QVBoxLayout(self)
        laag.addWidget(self.kop)
        laag.addWidget(self.tabs, 1)
        laag.addWidget(self.melding)
        laag.addLayout(onder)

    def weiger(self, tekst: str) -> None:
        """Show why an edit was not applied, in the editor itself."""
        self.melding.setText(tekst)
        self.melding.show()
        self.geweigerd.emit(tekst)

    def toon(self, project: Project, jaren: tuple[int, ...]) -> None:
        alle = tuple(range(min(EERSTE_MODELJAAR, jaren[0]), jaren[-1] + 1))
        self.melding.hide()   # an accepted edit (or another project) makes the last refusal history
        self.kop.setText(f"Aannames voor scenario <b>{escape(project.actief_scenario.weergavenaam)}</b>")
        for model in (self.parameters, self.invoer):
            if model.project is None or model.jaren != alle:
                model.toon(project, alle)
                self._breedtes.add(0 if model is self.parameters else 1)
                if self.isVisible():
                    self._pas_breedtes_aan()
            else:
                model.ververs(project, nu=self.isVisible())   # a hidden table catches up when shown

    def _pas_breedtes_aan(self) -> None:
        """Column widths to the contents: measuring every cell is done when the table is first seen, not at start-up."""
        for i in sorted(self._breedtes):
            self.tabellen[i].resizeColumnsToContents()
        self._breedtes.clear()

    def showEvent(self, event) -> None:  # noqa: N802
        for model in (self.parameters, self.invoer):
            model.werk_bij()
        self._pas_breedtes_aan()
        super().showEvent(event)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj in self.tabellen and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                obj.state() != QAbstractItemView.State.EditingState:
            self.terugzetten(obj)
            return True
        return super().eventFilter(obj, event)

    def kies_veld(self, sleutel: str, jaar: int | None = None) -> bool:
        """Select the value of an input field or series (in ``jaar``), or of a parameter; False when
        Aannames does not show it (e.g. the gemeente's name or the circulaire rows)."""
        for nummer, model in ((1, self.invoer), (0, self.parameters)):
            index = model.index_van(sleutel, jaar)
            if index is not None:
                tabel = self.tabellen[nummer]
                self.tabs.setCurrentIndex(nummer)
                tabel.setCurrentIndex(index)
                tabel.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
                tabel.setFocus()
                return True
        return False

    def terugzetten(self, tabel: QTableView) -> None:
        index = tabel.currentIndex()
        if index.isValid():
            tabel.model().terugzetten(index)
