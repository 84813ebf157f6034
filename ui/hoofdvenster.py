"""The main window: Overzicht, per-stream views, Aannames, Scenario's, Gevoeligheid, Bevindingen.

Every edit is an undo step that swaps the project's immutable Toestand and recalculates
synchronously (the model takes a few milliseconds). Views that are not visible are marked
stale and updated when their tab is shown; the sensitivity analysis runs only then.

The window composes its parts, each with one owner: ``overzicht`` (ui/overzicht.py: table,
chart, explanation), the other views, ``bestanden`` (ui/bestanden.py: open, save, export,
recent files) and ``acties`` (ui/acties.py: actions, menus, toolbar).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QTabWidget, QVBoxLayout, QWidget

from model.analyse import gevoeligheid, vergelijk
from model.berekening import BerekeningFout
from model.bevindingen import FOUT, Bevinding
from model.io.herstel import Journaal
from model.opmaak import periode
from model.parameters import ParameterFout
from model.project import KORT, LANG, Project, Toestand
from model.regels import STROMEN
from model.resultaat import Resultaat
from model.scenario import ScenarioFout
from ui.aannames import AannamesView
from ui.acties import Acties
from ui.bestanden import Bestandsbeheer, is_werkboek
from ui.instellingen import Instellingen
from ui.meldingbalk import Meldingbalk
from ui.overzicht import Overzicht
from ui.scenarios import ScenarioPaneel, beschrijf
from ui.statusbalk import AanvullingNotitie
from ui.taakveldeditor import maak_kiesbaar
from ui.undo import ToestandCommando
from ui.views.bevindingen import BevindingenView
from ui.views.gevoeligheid import GevoeligheidView
from ui.views.risicos import RisicoView
from ui.views.stromen import stroomviews
from ui.views.vergelijking import VergelijkingView

#: The tab of a stream's view with its keyboard mnemonic (Alt+letter); a stream not named here gets its name.
STROOMTABS = {"beschut_werk": "Besch&ut werk", "sociale_infrastructuur": "Sociale &infrastructuur",
              "impulsbudget": "Im&pulsbudget", "wsw": "Wsw", "maatschappelijke_baten": "&Maatschappelijke baten"}


class Hoofdvenster(QMainWindow):
    """Composes the views (tabs), the file handling (``bestanden``) and the actions (``acties``),
    and owns the open project: its undo stack, the recalculation and which views are stale."""

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
        self.bevindingen: list[Bevinding] = []     # the open project's input findings
        self.mislukt: tuple[str, list[Bevinding]] | None = None   # a file that failed to load, kept apart
        self.mislukt_pad: str | None = None        # ... and where it is
        self._extra_gewijzigd = False
        self._voorberekend = None
        self._verouderd: set[QWidget] = set()
        self.watverandert = None                   # the open *Vergelijken met…* window, which follows edits
        self.undo = QUndoStack(self)
        self.undo.indexChanged.connect(self._na_wijziging)
        self.undo.cleanChanged.connect(self._schoon_gewijzigd)
        self.setWindowTitle("Infraraming")
        self.setAcceptDrops(True)
        self._bouw_weergaven()
        self.bestanden = Bestandsbeheer(self, self.instellingen)
        self.acties = Acties(self, self.bestanden)
        self.project = project or self._beginproject()
        self._project_getoond()
        self.pas_op_scherm()

    # -- questions to the user (replaceable in tests) ---------------------------------------
    def vraag(self, soort: str, tekst: str) -> str:
        """``herstel``, ``twijfel`` (an implausible value) -> ja/nee; ``sluiten`` -> opslaan/niet/annuleren."""
        B = QMessageBox.StandardButton
        if soort == "sluiten":
            antwoord = QMessageBox.question(self, "Niet-opgeslagen wijzigingen", tekst,
                                            B.Save | B.Discard | B.Cancel, B.Save)
            return {B.Save: "opslaan", B.Discard: "niet"}.get(antwoord, "annuleren")
        vak = QMessageBox(QMessageBox.Icon.Question, "Waarde controleren" if soort == "twijfel" else "Infraraming",
                          tekst.replace(" %", "\u00a0%"), QMessageBox.StandardButton.NoButton, self)
        ja = vak.addButton("&Ja", QMessageBox.ButtonRole.YesRole)
        nee = vak.addButton("&Nee", QMessageBox.ButtonRole.NoRole)
        vak.setDefaultButton(nee if soort == "twijfel" else ja)   # Enter does not apply a doubtful value
        vak.setEscapeButton(nee)
        vak.exec()
        return "ja" if vak.clickedButton() is ja else "nee"

    def meld(self, titel: str, tekst: str) -> None:
        QMessageBox.warning(self, titel, tekst)

    # -- views -------------------------------------------------------------------------------
    def _bouw_weergaven(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Weergaven")
        self.tabs.currentChanged.connect(self._tab_getoond)
        self.meldingbalk = Meldingbalk()
        midden = QWidget()
        laag = QVBoxLayout(midden)
        laag.setContentsMargins(0, 0, 0, 0)
        laag.addWidget(self.meldingbalk)
        laag.addWidget(self.tabs, 1)
        self.setCentralWidget(midden)
        self.aanvulling = AanvullingNotitie()
        self.aanvulling.clicked.connect(self.toon_aanvullingen)
        self.statusBar().addPermanentWidget(self.aanvulling)

        self.overzicht = Overzicht(self.instellingen)
        self.tabs.addTab(self.overzicht, "&Overzicht")
        # a line's taakveld is chosen in place (an invoercorrectie); a refusal is said in the status bar
        self.taakveldkeuze = maak_kiesbaar(self.overzicht.tabel, lambda: self.project, self.bewerk, self._weigering)

        self.stroomviews: list[QWidget] = stroomviews()   # one per stream of the catalogue
        for view in self.stroomviews:
            self.tabs.addTab(view, STROOMTABS.get(view.stroom, STROMEN[view.stroom]))

        self.aannames = AannamesView(self.bewerk)
        self.aannames.geweigerd.connect(self._weigering)
        for model in (self.aannames.parameters, self.aannames.invoer):
            model.bevestig = lambda vraag: self.vraag("twijfel", vraag) == "ja"
        self.tabs.addTab(self.aannames, "&Aannames")

        self.scenarios = ScenarioPaneel(self.bewerk)
        self.scenarios.melding = lambda tekst: self.meld("Scenario", tekst)
        self.scenarios.vergelijkingGewijzigd.connect(lambda: self._markeer(self.vergelijking, True))
        self.vergelijking = VergelijkingView()
        self.scenariotab = QSplitter(Qt.Orientation.Horizontal)
        self.scenariotab.addWidget(self.scenarios)
        self.scenariotab.addWidget(self.vergelijking)
        self.scenariotab.setStretchFactor(1, 3)
        self.tabs.addTab(self.scenariotab, "&Scenario's")

        self.gevoeligheid = GevoeligheidView()
        self.tabs.addTab(self.gevoeligheid, "&Gevoeligheid")

        self.risicos = RisicoView()
        self.risicos.gewijzigd.connect(self.ui_gewijzigd)
        self.tabs.addTab(self.risicos, "Risico's")   # every letter of the name is taken as a mnemonic

        self.bevindingenview = BevindingenView()
        self.bevindingenview.bevinding_gekozen.connect(self.ga_naar_bevinding)
        self.bevindingenview.waarschuwing_gekozen.connect(self.ga_naar_waarschuwing)
        self.bevindingenview.werkboek_openen.connect(self.open_werkboek)
        self.tabs.addTab(self.bevindingenview, "Be&vindingen")

    # -- project and results -------------------------------------------------------------
    def _beginproject(self) -> Project:
        """The project to start with: a restored journal, the last project, or the Voorbeeldgemeente.

        Nothing a file can hold stops the start: any failure to open the last project gives the
        Voorbeeldgemeente with one notice naming the file and the reason."""
        if self.journaal.aanwezig():
            hersteld = self.journaal.lees()
            if hersteld is not None and self.vraag(
                    "herstel", "Infraraming is de vorige keer niet netjes afgesloten. Er zijn niet-opgeslagen "
                               "wijzigingen bewaard. Wilt u die terugzetten?") == "ja":
                self._extra_gewijzigd = True
                return hersteld
            self.journaal.wis()
        meldingen = [self.journaal.melding] if self.journaal.melding else []   # a journal that did not load
        laatste = self.instellingen.laatste_project
        from model.io.atomair import ruim_tijdelijke_op
        for pad in {laatste, *self.instellingen.recent()} - {None}:
            ruim_tijdelijke_op(pad)   # what an interrupted save of a known project left behind
        if laatste:
            from model.io.project import ProjectbestandFout, lees_project
            try:
                project = lees_project(laatste)
                self._extra_gewijzigd = bool(project.meldingen)   # recalculated: saving keeps the new version
                project.meldingen[:0] = meldingen
                return project
            except ProjectbestandFout as fout:
                reden = str(fout)
            except Exception as fout:   # noqa: BLE001 - never let the last project stop the start
                reden = f"onverwachte fout bij het lezen ({type(fout).__name__})."
            meldingen.append(f"Het laatste project ({laatste}) is niet geopend: {reden} U werkt nu met de "
                             "Voorbeeldgemeente; open het project opnieuw via Bestand › Openen als het hersteld is.")
        project = Project.voorbeeld()
        project.meldingen = meldingen
        return project

    def vervang_project(self, project: Project) -> None:
        """Show another project (opened or new); its unsaved state starts clean."""
        self.project = project
        self._extra_gewijzigd = bool(project.meldingen)   # recalculated: saving keeps the new version
        self.bevindingen, self.mislukt = [], None         # findings belong to the project they came with
        self.meldingbalk.hide()
        self.journaal.wis()
        self._project_getoond()

    def opgeslagen(self) -> None:
        """The project was written to ``project.pad``: nothing is unsaved any more."""
        self._extra_gewijzigd = False
        self.undo.setClean()
        self.project.gewijzigd = False
        self.journaal.wis()
        self._titel()

    def _project_getoond(self) -> None:
        """A different project is now open: reset undo, restore its UI state, recalculate."""
        self.undo.clear()
        self.horizon = LANG if self.project.ui.get("horizon") == LANG else KORT
        self.acties.toon_horizon(self.horizon)
        self.herbereken()
        tab = self.project.ui.get("tab")
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        self._titel()
        self._toon_meldingen()

    def _toon_meldingen(self) -> None:
        """The project's notices (e.g. recalculated with newer rules), shown once and never blocking."""
        meldingen, self.project.meldingen = list(self.project.meldingen), []
        if meldingen:
            self.meldingbalk.toon(meldingen)
            self.statusBar().showMessage("Let op: lees de melding boven de tabbladen.", 15000)

    @property
    def gewijzigd(self) -> bool:
        return self._extra_gewijzigd or not self.undo.isClean()

    def _schoon_gewijzigd(self, _schoon: bool) -> None:
        try:
            self._titel()
        except RuntimeError:  # the stack is being destroyed with the window
            pass

    def _titel(self) -> None:
        naam = Path(self.project.pad).name if self.project.pad else self.project.invoer.naam
        self.setWindowTitle(f"{naam}[*] · {self.project.actief_scenario.weergavenaam} — Infraraming")
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

    def ui_gewijzigd(self) -> None:
        """A project setting outside the undo history changed (e.g. the annex settings): unsaved, journalled."""
        self._extra_gewijzigd = True
        self._na_wijziging()

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
        self.overzicht.toon(self.resultaat)
        self.aanvulling.toon(self.resultaat)
        jaren = self.resultaat.jaren
        self.aannames.toon(self.project, jaren)
        self.scenarios.toon(self.project)
        t = self.project.toestand
        self.acties.toon_scenarios(t.scenarios, t.actief, self.project.basis_aangepast)
        self.acties.toon_jaren(self.project.jaren(KORT), self.project.jaren(LANG))
        self._verouderd = {self.overzicht.grafiek, *self.stroomviews, self.vergelijking, self.gevoeligheid,
                           self.risicos, self.bevindingenview}
        self._werkboekknop()
        self._werk_zichtbaar_bij()
        if self.watverandert is not None and self.watverandert.isVisible():
            self.watverandert.vernieuw()
        self._standaardstatus()
        self._titel()

    def _standaardstatus(self) -> None:
        """The status bar at rest: gemeente, scenario, years and the number of invoercorrecties."""
        t, jaren = self.project.toestand, self.resultaat.jaren if self.resultaat else None
        if jaren is None:
            return
        correcties = len(t.correcties)
        self.statusBar().showMessage(f"{self.project.invoer.naam} · scenario {t.actief_scenario.weergavenaam} · "
                                     f"{periode(jaren[0], jaren[-1])}" + (
                                         f" · {correcties} invoercorrectie{'' if correcties == 1 else 's'}"
                                         if correcties else ""))

    def _markeer(self, widget, zichtbaar_bijwerken: bool = False) -> None:
        self._verouderd.add(widget)
        if zichtbaar_bijwerken:
            self._werk_zichtbaar_bij()

    def _weigering(self, tekst: str) -> None:
        """A refused edit: repeated in the status bar while Aannames is in front."""
        self._geweigerd = tekst
        self.statusBar().showMessage(tekst, 15000)

    def _tab_getoond(self, index: int) -> None:
        if getattr(self, "_geweigerd", None):   # the refusal belongs to Aannames: not shown over another tab
            if self.statusBar().currentMessage() == self._geweigerd:
                self._standaardstatus()
            self._geweigerd = None
        if not hasattr(self, "project"):
            return
        self.project.ui["tab"] = index
        self._werk_zichtbaar_bij()

    def _werk_zichtbaar_bij(self) -> None:
        huidig = self.tabs.currentWidget()
        for widget in list(self._verouderd):
            zichtbaar = widget is huidig or (widget is self.overzicht.grafiek and huidig is self.overzicht) or \
                (widget is self.vergelijking and huidig is self.scenariotab)
            if zichtbaar:
                self._verouderd.discard(widget)
                self._werk_bij(widget)

    def _werk_bij(self, widget) -> None:
        """Feed one view with the current result."""
        r = self.resultaat
        if r is None:
            return
        if widget is self.vergelijking:   # with each scenario's own assumptions in words
            widget.toon(self.maak_vergelijking(), {s.weergavenaam: [beschrijf(o, self.project.parameterset)
                                                                   for o in s.overrides]
                                                   for s in self.vergelijking_scenarios()[1:]})
        elif widget is self.gevoeligheid:
            widget.toon(gevoeligheid(self.project.invoer, self.project.parameterset, self.project.toestand.effectief(),
                                     r.jaren[0], r.jaren[-1]))
        elif widget is self.risicos:
            widget.toon(self.project, (r.jaren[0], r.jaren[-1]))
        elif widget is self.bevindingenview:
            self._toon_bevindingenview()
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
        """Each compared scenario as Basis (with the user's edits) plus its own overrides, next to that Basis."""
        r, basis = self.resultaat, self.project.toestand.basis
        v = vergelijk(self.project.invoer, self.vergelijking_scenarios(), self.project.parameterset,
                      r.jaren[0], r.jaren[-1], basis=basis)
        if v.basis.scenario != basis.weergavenaam:   # the reference row reads "Basis (aangepast)"
            v = replace(v, basis=replace(v.basis, scenario=basis.weergavenaam))
        return v

    def toon_bevindingen(self, bevindingen: list[Bevinding]) -> None:
        """The open project's input findings after a file was read: they replace the previous ones, and the
        section of an earlier file that failed to load goes (it has been read now, or another one has)."""
        self.bevindingen, self.mislukt = list(bevindingen), None
        self._toon_bevindingenview()

    def toon_invoerfouten(self, bevindingen: list[Bevinding], bestandsnaam: str = "", pad: str | None = None) -> None:
        """A file that could not be read: its findings under its own name, apart from the open project's,
        with the Bevindingen tab in front."""
        self.mislukt = (bestandsnaam or "Niet ingelezen bestand", list(bevindingen))
        self.mislukt_pad = pad
        self._toon_bevindingenview()
        self.tabs.setCurrentWidget(self.bevindingenview)
        self.bevindingenview.toon_mislukt()

    def _toon_bevindingenview(self) -> None:
        self.bevindingenview.toon(self.bevindingen, self.resultaat, self.mislukt)
        self._werkboekknop()
        alle = self.bevindingen + (self.mislukt[1] if self.mislukt else [])
        fouten = sum(1 for b in alle if b.ernst == FOUT)
        self.tabs.setTabText(self.tabs.indexOf(self.bevindingenview),
                             f"Be&vindingen ({fouten})" if fouten else "Be&vindingen")

    def _werkboekknop(self) -> None:
        werkboeken = [p for p in (self.mislukt_pad if self.mislukt else None, self.werkboek()) if p]
        self.bevindingenview.zet_werkboek(bool(werkboeken), werkboeken[0] if werkboeken else "")

    def werkboek(self) -> str | None:
        """The open project's workbook on disk (where its input was last read from), or None."""
        pad = self.project.ui.get("werkboek")
        return pad if isinstance(pad, str) and is_werkboek(pad) and Path(pad).is_file() else None

    def ga_naar_bevinding(self, bevinding: Bevinding) -> None:
        """A finding chosen in Bevindingen: its field in Aannames; a finding without a field there names
        its place in the workbook (Werkboek openen opens it)."""
        mislukt = self.mislukt is not None and bevinding in self.mislukt[1]
        if not mislukt and bevinding.veld and self.aannames.kies_veld(bevinding.veld, bevinding.jaar):
            self.tabs.setCurrentWidget(self.aannames)
            return
        plaats = bevinding.plaats()
        self.statusBar().showMessage(
            (f"Deze bevinding staat in het werkboek, {plaats}: kies Werkboek openen om het te herstellen."
             if plaats else "Deze bevinding hoort bij geen veld in Aannames; herstel haar in het werkboek."), 15000)

    def ga_naar_waarschuwing(self, waarschuwing) -> None:
        """A model warning chosen in Bevindingen: its line (first year it is about) in the Overzicht."""
        r = self.resultaat
        if r is None or not waarschuwing.regel:
            return
        try:
            rij = self.overzicht.tabelmodel.rij_van(waarschuwing.regel)
        except StopIteration:
            self.statusBar().showMessage("Deze regel staat niet in het Overzicht.", 10000)
            return
        jaren = [j for j in waarschuwing.jaren if j in r.jaren] or [r.jaren[0]]
        self.tabs.setCurrentWidget(self.overzicht)
        self.overzicht.tabel.setCurrentIndex(self.overzicht.tabelmodel.index(
            rij, self.overzicht.tabelmodel.kolom_van(jaren[0])))
        self.overzicht.tabel.setFocus()

    def open_werkboek(self, bevinding: Bevinding | None = None) -> bool:
        """Open the workbook of ``bevinding`` (the failed file's, else the project's) in the system's
        spreadsheet program; the status bar repeats the sheet and cell the finding names."""
        mislukt = self.mislukt is not None and (bevinding is None or bevinding in self.mislukt[1])
        pad = self.mislukt_pad if mislukt and self.mislukt_pad else self.werkboek()
        if not pad or not is_werkboek(pad):
            self.meld("Werkboek openen", "Er is geen werkboek om te openen: het project is niet uit een werkboek "
                                         "ingelezen, of het werkboek staat niet meer op dezelfde plek.")
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(pad)):
            self.meld("Werkboek openen", f"{Path(pad).name} kon niet worden geopend: er is geen programma "
                                         "voor dit soort bestanden ingesteld.")
            return False
        plaats = bevinding.plaats() if bevinding is not None else ""
        self.statusBar().showMessage(f"{Path(pad).name} geopend" + (f"; de bevinding staat op {plaats}" if plaats
                                                                     else "") + ". Daarna: Opnieuw inlezen (F5).",
                                     20000)
        return True

    def toon_aanvullingen(self) -> None:
        """The status bar's note: show the filled-in and defaulted values in Bevindingen."""
        self.tabs.setCurrentWidget(self.bevindingenview)
        self.bevindingenview.klap_aanvullingen_uit()

    def kies_scenario(self, naam: str) -> None:
        if naam and naam != self.project.toestand.actief:
            self.bewerk(f"Scenario {naam} actief", self.project.met_actief(naam))

    # -- window size ------------------------------------------------------------------------
    def herstel_geometrie(self, geometrie) -> None:
        """A size and place saved on another (bigger) screen, made to fit the screen it opens on."""
        self.restoreGeometry(geometrie)
        self.pas_op_scherm(eerste_start=False)

    def pas_op_scherm(self, vrij: QRect | None = None, eerste_start: bool = True) -> None:
        """Fit the window to the screen's available area (without task bar): on a first start 1280×820 or
        less, centred; a larger size (restored from another screen) is clamped and moved into view, so the
        explanation pane, *Vergelijken met…* and the status bar are never off-screen."""
        if vrij is None:
            scherm = self.screen() or QGuiApplication.primaryScreen()
            if scherm is None:
                self.resize(1280, 820)
                return
            vrij = scherm.availableGeometry()
        if self.isMaximized() or self.isFullScreen():
            return
        # the frame (title bar, borders) is not known before the window is shown: keep room for it
        rand = self.frameGeometry().size() - self.geometry().size()
        rand_b, rand_h = max(rand.width(), 16), max(rand.height(), 40)
        breedte, hoogte = (1280, 820) if eerste_start else (self.width(), self.height())
        breedte = max(min(breedte, vrij.width() - rand_b), min(self.minimumWidth(), vrij.width()))
        hoogte = max(min(hoogte, vrij.height() - rand_h), min(self.minimumHeight(), vrij.height()))
        self.resize(breedte, hoogte)
        if eerste_start:
            x = vrij.x() + (vrij.width() - breedte - rand_b) // 2
            y = vrij.y() + (vrij.height() - hoogte - rand_h) // 2
        else:
            x = min(max(self.x(), vrij.x()), vrij.right() + 1 - breedte - rand_b)
            y = min(max(self.y(), vrij.y()), vrij.bottom() + 1 - hoogte - rand_h)
        self.move(max(x, vrij.x()), max(y, vrij.y()))

    # -- window events ------------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.bestanden.mag_weg():
            event.ignore()
            return
        self.bestanden.annuleer_lezen()   # a workbook still being read stops with the window
        self.journaal.sluit()
        if self.project.pad:
            self.instellingen.laatste_project = str(Path(self.project.pad).resolve())
        self.instellingen.set("venster", self.saveGeometry())
        event.accept()

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self.bestanden.gesleept(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        pad = self.bestanden.gesleept(event)
        if pad:
            event.acceptProposedAction()
            self.bestanden.open_pad(pad)
