"""Scenario's: the list (presets and own), create/copy/rename/delete, and the active one's overrides.

Checked scenarios are the ones the comparison tab shows next to Basis.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QVBoxLayout, QWidget)

from model.eenheden import eenheid_van
from model.project import Project, ProjectFout, Toestand
from model.invoer import VELD
from model.parameters import ParameterFout, ParameterSet
from model.scenario import BASIS, INVOER, PARAMETER, Override, presets
from ui.getalinvoer import toon_getal

NAAM_ROL = Qt.ItemDataRole.UserRole + 1
GEEN_AANPASSINGEN = "Geen aanpassingen: de parameterset en de invoer zoals ze zijn."


def beschrijf(o: Override, parameterset: ParameterSet) -> str:
    """An override in words with Dutch numbers and the parameter's or field's label."""
    if o.soort == PARAMETER:
        try:
            p = parameterset.parameter(o.sleutel)
        except ParameterFout:
            return o.omschrijving()
        wat = f"× {toon_getal(o.factor, '')}" if o.factor is not None else f"= {toon_getal(o.waarde, p.eenheid)}"
        return f"{p.label} {wat}" + (f" in {o.jaar}" if o.jaar else " (alle jaren)")
    if o.soort == INVOER and o.sleutel in VELD and isinstance(o.waarde, (int, float)):
        veld = VELD[o.sleutel]
        eenheid = eenheid_van(veld.soort)
        return f"{veld.label} = {('€ ' if eenheid.is_euro else '') + toon_getal(o.waarde, eenheid)}"
    return o.omschrijving()


class ScenarioPaneel(QWidget):
    vergelijkingGewijzigd = Signal()

    def __init__(self, bewerk: Callable[[str, Toestand], None], parent=None):
        super().__init__(parent)
        self.bewerk = bewerk
        self.project: Project | None = None
        self._bezig = False
        self.niet_vergelijken: set[str] = set()
        self.vraag_naam: Callable[[str, str], str | None] = self._vraag_naam
        self.melding: Callable[[str], None] = lambda tekst: QMessageBox.warning(self, "Scenario", tekst)

        self.lijst = QListWidget()
        self.lijst.setAccessibleName("Scenario's; vinkje = meenemen in de vergelijking")
        self.lijst.currentItemChanged.connect(self._gekozen)
        self.lijst.itemChanged.connect(self._vinkje)
        lijstlabel = QLabel("Scenario's (het gekozen scenario is actief; aangevinkt = vergelijken)")
        lijstlabel.setBuddy(self.lijst)
        knoppen = QHBoxLayout()
        self.knoppen = {}
        for tekst, functie, naam in (("&Nieuw", self.nieuw, "Nieuw scenario"),
                                     ("&Kopiëren", self.kopieer, "Actief scenario kopiëren"),
                                     ("Herno&emen", self.hernoem, "Actief scenario hernoemen"),
                                     ("Verwij&deren", self.verwijder, "Actief scenario verwijderen")):
            knop = QPushButton(tekst)
            knop.setAccessibleName(naam)
            knop.clicked.connect(lambda _=False, f=functie: f())
            knoppen.addWidget(knop)
            self.knoppen[naam] = knop
        knoppen.addStretch(1)
        self.terugzetten = QPushButton("Basis terug&zetten")
        self.terugzetten.setAccessibleName("Basis terugzetten")
        self.terugzetten.setToolTip("Alle eigen aanpassingen aan Basis ongedaan maken (één stap, ongedaan te maken); "
                                    "elk scenario volgt.")
        self.terugzetten.clicked.connect(lambda _=False: self.basis_terugzetten())
        self.omschrijving = QLabel()
        self.omschrijving.setWordWrap(True)
        self.aanpassingen = QListWidget()
        self.aanpassingen.setAccessibleName("Aanpassingen van het actieve scenario")
        self.aanpassingen.setWordWrap(True)   # long descriptions wrap instead of scrolling sideways
        self.aanpassingen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        groep = QGroupBox("Aanpassingen in het ac&tieve scenario")
        g = QVBoxLayout(groep)
        g.addWidget(self.omschrijving)
        g.addWidget(self.aanpassingen, 1)
        g.addStretch(0)   # when there is nothing to list, the text stays at the top
        laag = QVBoxLayout(self)
        laag.addWidget(lijstlabel)
        laag.addWidget(self.lijst, 2)
        laag.addLayout(knoppen)
        laag.addWidget(self.terugzetten, 0, Qt.AlignmentFlag.AlignLeft)
        laag.addWidget(groep, 3)
        # the gemeente's data as corrected in Aannames: not an assumption of any scenario, so listed apart
        self.correcties = QLabel()
        self.correcties.setWordWrap(True)
        self.correcties.setAccessibleName("Invoercorrecties")
        self.correcties.setTextFormat(Qt.TextFormat.PlainText)
        laag.addWidget(self.correcties)

    # -- display -----------------------------------------------------------------
    def toon(self, project: Project) -> None:
        self.project = project
        self._bezig = True
        try:
            self.lijst.clear()
            for s in project.toestand.scenarios:
                item = QListWidgetItem(s.weergavenaam + ("  (standaard)" if s.preset else ""))
                item.setData(NAAM_ROL, s.naam)
                item.setToolTip(s.omschrijving or "Eigen scenario")
                if s.naam != BASIS:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked if s.naam in self.niet_vergelijken
                                       else Qt.CheckState.Checked)
                self.lijst.addItem(item)
                if s.naam == project.toestand.actief:
                    f = item.font()
                    f.setBold(True)
                    item.setFont(f)
                    self.lijst.setCurrentItem(item)
        finally:
            self._bezig = False
        actief = project.actief_scenario
        tekst = actief.omschrijving if actief.preset else ""
        if not actief.preset and actief.naam in {s.naam for s in presets()}:
            tekst = "Standaardscenario, aangepast: zie de aanpassingen hieronder."
        if not actief.overrides:   # said once, whatever the scenario's own description says
            tekst = GEEN_AANPASSINGEN if not project.toestand.correcties else \
                "Geen aanpassingen: de parameterset, en de invoer met de invoercorrecties hieronder."
        elif actief.is_basis:
            tekst = ("Basis met uw eigen aanpassingen; elk ander scenario rekent er ook mee. "
                     "Basis terugzetten maakt ze in één stap ongedaan.")
        self.omschrijving.setText(tekst or "Eigen scenario.")
        self.aanpassingen.clear()
        for o in actief.overrides:
            self.aanpassingen.addItem(beschrijf(o, project.parameterset))
        self.aanpassingen.setVisible(bool(actief.overrides))
        if project.basis_aangepast and not actief.is_basis:
            geerfd = len(project.toestand.basis.overrides)
            self.omschrijving.setText(self.omschrijving.text() + f"\nDit scenario rekent ook met "
                                      f"{'de aanpassing' if geerfd == 1 else f'de {geerfd} aanpassingen'} "
                                      "van Basis (aangepast).")
        correcties = project.toestand.correcties
        self.correcties.setText("Invoercorrecties (gelden voor elk scenario): "
                                + "; ".join(beschrijf(o, project.parameterset) for o in correcties) + ".")
        self.correcties.setVisible(bool(correcties))
        self.terugzetten.setEnabled(project.basis_aangepast)
        basis = project.toestand.actief == BASIS
        self.knoppen["Actief scenario hernoemen"].setEnabled(not basis)
        self.knoppen["Actief scenario verwijderen"].setEnabled(not basis)

    def te_vergelijken(self) -> list[str]:
        if self.project is None:
            return []
        return [s.naam for s in self.project.toestand.scenarios
                if s.naam != BASIS and s.naam not in self.niet_vergelijken]

    # -- edits -------------------------------------------------------------------
    def _probeer(self, tekst: str, maak: Callable[[], Toestand]) -> None:
        try:
            nieuw = maak()
        except ProjectFout as fout:
            self.melding(str(fout))
            return
        self.bewerk(tekst, nieuw)

    def _gekozen(self, item, _vorige=None) -> None:
        if self._bezig or item is None or self.project is None:
            return
        naam = item.data(NAAM_ROL)
        if naam != self.project.toestand.actief:
            self._probeer(f"Scenario {naam} actief", lambda: self.project.met_actief(naam))

    def _vinkje(self, item) -> None:
        if self._bezig:
            return
        naam = item.data(NAAM_ROL)
        if item.checkState() == Qt.CheckState.Checked:
            self.niet_vergelijken.discard(naam)
        else:
            self.niet_vergelijken.add(naam)
        self.vergelijkingGewijzigd.emit()

    def _vraag_naam(self, titel: str, voorstel: str) -> str | None:
        tekst, ok = QInputDialog.getText(self, titel, "Naam van het scenario:", text=voorstel)
        return tekst if ok else None

    def nieuw(self, naam: str | None = None) -> None:
        naam = naam or self.vraag_naam("Nieuw scenario", "Nieuw scenario")
        if naam:
            self._probeer(f"Nieuw scenario {naam}", lambda: self.project.met_nieuw_scenario(naam.strip()))

    def kopieer(self, naam: str | None = None) -> None:
        bron = self.project.toestand.actief
        naam = naam or self.vraag_naam("Scenario kopiëren", f"Kopie van {bron}")
        if naam:
            self._probeer(f"Kopie van {bron}", lambda: self.project.met_nieuw_scenario(naam.strip(), kopie_van=bron))

    def hernoem(self, nieuw: str | None = None) -> None:
        oud = self.project.toestand.actief
        nieuw = nieuw or self.vraag_naam("Scenario hernoemen", oud)
        if nieuw:
            self._probeer(f"{oud} hernoemd", lambda: self.project.met_hernoemd(oud, nieuw))

    def basis_terugzetten(self) -> None:
        """Drop every edit to Basis in one undo step; every scenario follows (REKENREGELS §6, v2)."""
        if self.project is not None and self.project.basis_aangepast:
            self.bewerk("Basis terugzetten", self.project.zonder_basisaanpassingen())

    def verwijder(self) -> None:
        naam = self.project.toestand.actief
        self._probeer(f"Scenario {naam} verwijderd", lambda: self.project.zonder_scenario(naam))
