"""The main window: Overzicht, per-stream views, Aannames, Scenario's, Gevoeligheid, Bevindingen.

Every edit is an undo step that swaps the project's immutable Toestand and recalculates
synchronously (the model takes a few milliseconds). Views that are not visible are marked
stale and updated when their tab is shown; the sensitivity analysis runs only then.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QMainWindow, QProgressBar, QSplitter, QTableView,
                               QTabWidget, QWidget)

from model.analyse import gevoeligheid, vergelijk
from model.berekening import BerekeningFout
from model.bevindingen import FOUT, Bevinding
from model.parameters import ParameterFout
from model.project import KORT, LANG, Project, Toestand
from model.resultaat import Resultaat
from model.scenario import ScenarioFout
from ui.aannames import AannamesView
from ui.plaatshouders import BevindingenLijst, compact, optionele_klasse, plaatshouder
from ui.bestanden import BestandActies
from ui.herstel import Journaal
from ui.instellingen import Instellingen
from ui.menu import maak_menus
from ui.scenarios import ScenarioPaneel
from ui.tabelmodel import JAAR_ROL, SLEUTEL_ROL, BegrotingModel
from ui.uitleg import UitlegPaneel
from ui.undo import ToestandCommando

STROOMVIEWS = (("BeschutWerkView", "Besch&ut werk"), ("SocialeInfrastructuurView", "Sociale &infrastructuur"),
               ("ImpulsbudgetView", "Im&pulsbudget"), ("WswView", "Wsw"),
               ("MaatschappelijkeBatenView", "&Maatschappelijke baten"))


class Hoofdvenster(BestandActies, QMainWindow):
    herberekend = Signal()

    def __init__(self, instellingen: Instellingen | None = None, project: Project | None = None,
                 vraag: Callable[[str, str], str] | None = None, meld: Callable[[str, str], None] | None = None):
        super().__init__()
        self.instellingen = instellingen or Instellingen()
        self.journaal = Journaal(self.instellingen.datamap)
        if vraag is not None:
            self.vraag = vraag
        if meld is not None:
            self.meld = meld
        self.horizon = KORT
        self.resultaat: Resultaat | None = None
        self.bevindingen: list[Bevinding] = []
        self._extra_gewijzigd = False
        self._voorberekend = None
        self._verouderd: set[QWidget] = set()
        self.undo = QUndoStack(self)
        self.undo.indexChanged.connect(self._na_wijziging)
        self.undo.cleanChanged.connect(self._schoon_gewijzigd)
        self.setWindowTitle("Infraraming")
        self.setAcceptDrops(True)
        self._bouw()
        maak_menus(self)
        self.project = project or self._beginproject()
        self._project_getoond()
        self.resize(1280, 820)

    # -- layout ------------------------------------------------------------------------
    def _bouw(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Weergaven")
        self.tabs.currentChanged.connect(self._tab_getoond)
        self.setCentralWidget(self.tabs)
        self.bezig = QProgressBar()
        self.bezig.setRange(0, 0)            # indeterminate while a file is read
        self.bezig.setMaximumWidth(self.fontMetrics().height() * 10)
        self.bezig.setAccessibleName("Bezig met inlezen")
        self.bezig.hide()
        self.statusBar().addPermanentWidget(self.bezig)

        self.tabelmodel = BegrotingModel(self)
        self.tabel = QTableView()
        self.tabel.setModel(self.tabelmodel)
        self.tabel.setAccessibleName("Begroting: regels per jaar")
        self.tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabel.verticalHeader().hide()
        compact(self.tabel)
        self.tabel.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabel.selectionModel().currentChanged.connect(lambda *_: self._toon_uitleg())
        self.uitleg = UitlegPaneel()
        grafiek_klasse = optionele_klasse("ui.grafieken.jaargrafiek", "BatenLastenGrafiek") or \
            optionele_klasse("ui.grafieken", "BatenLastenGrafiek")
        self.grafiek = grafiek_klasse() if grafiek_klasse else None
        links = QSplitter(Qt.Orientation.Vertical)
        links.addWidget(self.tabel)
        if self.grafiek is not None:
            links.addWidget(self.grafiek)
            links.setStretchFactor(0, 3)
            links.setStretchFactor(1, 2)
        overzicht = QSplitter(Qt.Orientation.Horizontal)
        overzicht.addWidget(links)
        overzicht.addWidget(self.uitleg)
        overzicht.setStretchFactor(0, 5)
        overzicht.setStretchFactor(1, 2)
        em = self.fontMetrics().height()
        overzicht.setSizes([em * 60, em * 24])
        links.setSizes([em * 30, em * 16])
        overzicht.setAccessibleName("Overzicht")
        self.tabs.addTab(overzicht, "&Overzicht")

        self.stroomviews: list[QWidget] = []
        for klasse, titel in STROOMVIEWS:
            k = optionele_klasse("ui.views.stromen", klasse)
            view = k() if k else plaatshouder(
                f"De weergave {titel.replace('&', '')} is in deze versie nog niet beschikbaar.")
            self.stroomviews.append(view)
            self.tabs.addTab(view, titel)

        self.aannames = AannamesView(self.bewerk)
        for model in (self.aannames.parameters, self.aannames.invoer):
            model.weiger = lambda tekst: self.meld("Aanpassing niet mogelijk", tekst)
        self.tabs.addTab(self.aannames, "&Aannames")

        self.scenarios = ScenarioPaneel(self.bewerk)
        self.scenarios.melding = lambda tekst: self.meld("Scenario", tekst)
        self.scenarios.vergelijkingGewijzigd.connect(lambda: self._markeer(self.vergelijking, True))
        k = optionele_klasse("ui.views.vergelijking", "VergelijkingView")
        self.vergelijking = k() if k else plaatshouder("De vergelijking van scenario's is nog niet beschikbaar.")
        scenariotab = QSplitter(Qt.Orientation.Horizontal)
        scenariotab.addWidget(self.scenarios)
        scenariotab.addWidget(self.vergelijking)
        scenariotab.setStretchFactor(1, 3)
        self.scenariotab = scenariotab
        self.tabs.addTab(scenariotab, "&Scenario's")

        k = optionele_klasse("ui.views.gevoeligheid", "GevoeligheidView")
        self.gevoeligheid = k() if k else plaatshouder("De gevoeligheidsanalyse is nog niet beschikbaar.")
        self.tabs.addTab(self.gevoeligheid, "&Gevoeligheid")

        k = optionele_klasse("ui.views.bevindingen", "BevindingenView")
        self.bevindingenview = k() if k else BevindingenLijst()
        self.tabs.addTab(self.bevindingenview, "Be&vindingen")

    # -- project and results -------------------------------------------------------------
    def _beginproject(self) -> Project:
        if self.journaal.aanwezig():
            hersteld = self.journaal.lees()
            if hersteld is not None and self.vraag(
                    "herstel", "Infraraming is de vorige keer niet netjes afgesloten. Er zijn niet-opgeslagen "
                               "wijzigingen bewaard. Wilt u die terugzetten?") == "ja":
                self._extra_gewijzigd = True
                return hersteld
            if self.journaal.melding:   # a cut-off journal is kept aside and reported
                self.statusBar().showMessage(self.journaal.melding, 20000)
            self.journaal.wis()
        laatste = self.instellingen.laatste_project
        if laatste:
            from model.io.project import ProjectbestandFout, lees_project
            try:
                return lees_project(laatste)
            except ProjectbestandFout as fout:
                self.statusBar().showMessage(f"Laatste project niet geopend: {fout}", 10000)
        return Project.voorbeeld()

    def _project_getoond(self) -> None:
        """A different project is now open: reset undo, restore its UI state, recalculate."""
        self.undo.clear()
        self.horizon = LANG if self.project.ui.get("horizon") == LANG else KORT
        self.acties["horizon_lang" if self.horizon == LANG else "horizon_kort"].setChecked(True)
        self.herbereken()
        tab = self.project.ui.get("tab")
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        self._titel()

    @property
    def gewijzigd(self) -> bool:
        return self._extra_gewijzigd or not self.undo.isClean()

    def _schoon_gewijzigd(self, _schoon: bool) -> None:
        try:
            self._titel()
        except RuntimeError:  # the stack is being destroyed with the window
            pass

    def _titel(self) -> None:
        naam = self.project.pad or self.project.invoer.naam
        from pathlib import Path
        if self.project.pad:
            naam = Path(naam).name
        self.setWindowTitle(f"{naam}[*] — Infraraming")
        self.setWindowModified(self.gewijzigd)

    def bewerk(self, tekst: str, nieuw: Toestand) -> bool:
        """One user edit: an undo step that applies ``nieuw`` (and recalculates).

        The new state is calculated first; an edit the model cannot calculate is refused
        with a Dutch message and leaves the project as it was.
        """
        if nieuw == self.project.toestand:
            return False
        proef = Project(nieuw, self.project.parameterset)
        try:
            resultaat = proef.bereken(self.horizon)
        except (BerekeningFout, ParameterFout, ScenarioFout, ArithmeticError, ValueError) as fout:
            self.meld("Aanpassing niet mogelijk", f"Met deze aanpassing kan het model niet rekenen: {fout}")
            return False
        self._voorberekend = (nieuw, self.horizon, resultaat)
        self.undo.push(ToestandCommando(tekst, self.project.toestand, nieuw, self._zet_toestand))
        return True

    def _zet_toestand(self, toestand: Toestand) -> None:
        self.project.toestand = toestand
        self.herbereken()

    def _na_wijziging(self, _index=None) -> None:
        self.project.gewijzigd = self.gewijzigd
        if self.gewijzigd:
            fout = self.journaal.schrijf(self.project)
            if fout:
                self.statusBar().showMessage(fout, 10000)
        else:
            self.journaal.wis()
        self._titel()

    def zet_horizon(self, horizon: str) -> None:
        if horizon != self.horizon:
            self.horizon = horizon
            self.project.ui["horizon"] = horizon
            self.herbereken()

    def herbereken(self) -> None:
        voor, self._voorberekend = self._voorberekend, None
        try:
            if voor is not None and voor[0] is self.project.toestand and voor[1] == self.horizon:
                self.resultaat = voor[2]
            else:
                self.resultaat = self.project.bereken(self.horizon)
        except (BerekeningFout, ParameterFout, ScenarioFout, ArithmeticError, ValueError) as fout:
            self.toon_bevindingen([Bevinding(FOUT, f"Berekening niet mogelijk: {fout}")])
            self.statusBar().showMessage(f"Berekening niet mogelijk: {fout}", 10000)
            return
        kolommen_anders = self.tabelmodel.toon(self.resultaat)
        jaren = self.resultaat.jaren
        self.aannames.toon(self.project, jaren)
        self.scenarios.toon(self.project)
        self.acties_scenario_sync()
        if kolommen_anders:
            kop = self.tabel.horizontalHeader()
            kop.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            self.tabel.resizeColumnsToContents()
            # few years: the description fills the width; many: labels keep their full width
            # and the table scrolls sideways instead of cutting them off
            if len(jaren) <= 6:
                kop.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        else:  # widen a year column when a figure grew (cheaper than measuring every cell again)
            fm = self.tabel.fontMetrics()
            for kolom in range(2, self.tabelmodel.columnCount()):
                nodig = max((fm.horizontalAdvance(t) for t in self.tabelmodel.kolomteksten(kolom)), default=0)
                nodig += fm.height()
                if nodig > self.tabel.columnWidth(kolom):
                    self.tabel.setColumnWidth(kolom, nodig)
        self._verouderd = {self.grafiek, *self.stroomviews, self.vergelijking, self.gevoeligheid,
                           self.bevindingenview} - {None}
        self._werk_zichtbaar_bij()
        self._toon_uitleg()
        self.statusBar().showMessage(f"{self.project.invoer.naam} · scenario {self.project.toestand.actief} · "
                                     f"{jaren[0]}–{jaren[-1]}")
        self.herberekend.emit()

    def _markeer(self, widget, zichtbaar_bijwerken: bool = False) -> None:
        self._verouderd.add(widget)
        if zichtbaar_bijwerken:
            self._werk_zichtbaar_bij()

    def _tab_getoond(self, index: int) -> None:
        if not hasattr(self, "project"):
            return
        self.project.ui["tab"] = index
        self._werk_zichtbaar_bij()

    def _werk_zichtbaar_bij(self) -> None:
        huidig = self.tabs.currentWidget()
        for widget in list(self._verouderd):
            zichtbaar = widget is huidig or (widget is self.grafiek and huidig is self.tabs.widget(0)) or \
                (widget is self.vergelijking and huidig is self.scenariotab)
            if zichtbaar:
                self._verouderd.discard(widget)
                self._werk_bij(widget)

    def _werk_bij(self, widget) -> None:
        """Feed one view; views that are placeholders (not yet available) have no ``toon``."""
        r = self.resultaat
        if r is None or not hasattr(widget, "toon"):
            return
        if widget is self.vergelijking:
            widget.toon(self.maak_vergelijking())
        elif widget is self.gevoeligheid:
            widget.toon(gevoeligheid(self.project.invoer, self.project.parameterset, self.project.actief_scenario,
                                     r.jaren[0], r.jaren[-1]))
        elif widget is self.bevindingenview:
            self.toon_bevindingen(self.bevindingen)
        else:
            widget.toon(r)

    def vergelijking_scenarios(self):
        """Basis first, then the checked scenarios (the active one is always included)."""
        t = self.project.toestand
        namen = [n for n in self.scenarios.te_vergelijken() if n != t.scenarios[0].naam]
        if t.actief != t.scenarios[0].naam and t.actief not in namen:
            namen.append(t.actief)
        return [t.scenarios[0]] + [t.scenario(n) for n in namen]

    def maak_vergelijking(self):
        r = self.resultaat
        return vergelijk(self.project.invoer, self.vergelijking_scenarios(), self.project.parameterset,
                         r.jaren[0], r.jaren[-1])

    def toon_bevindingen(self, bevindingen: list[Bevinding]) -> None:
        self.bevindingen = list(bevindingen)
        self.bevindingenview.toon(self.bevindingen, self.resultaat)
        fouten = sum(1 for b in self.bevindingen if b.ernst == FOUT)
        self.tabs.setTabText(self.tabs.indexOf(self.bevindingenview),
                             f"Be&vindingen ({fouten})" if fouten else "Be&vindingen")

    def _toon_uitleg(self) -> None:
        index = self.tabel.currentIndex()
        sleutel = index.data(SLEUTEL_ROL) if index.isValid() else None
        jaar = index.data(JAAR_ROL) if index.isValid() else None
        self.uitleg.toon(self.resultaat, sleutel, jaar)

    def kies_cel(self, sleutel: str, jaar: int) -> None:
        self.tabel.setCurrentIndex(self.tabelmodel.index(self.tabelmodel.rij_van(sleutel),
                                                         self.tabelmodel.kolom_van(jaar)))

    def acties_scenario_sync(self) -> None:
        kies = self.scenariokeuze
        kies.blockSignals(True)
        kies.clear()
        kies.addItems(list(self.project.toestand.namen()))
        kies.setCurrentText(self.project.toestand.actief)
        kies.blockSignals(False)

    def kies_scenario(self, naam: str) -> None:
        if naam and naam != self.project.toestand.actief:
            self.bewerk(f"Scenario {naam} actief", self.project.met_actief(naam))
