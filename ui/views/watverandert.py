"""*Vergelijken met…*: what changes between the open project and another file or an earlier circulaire.

The other side is a file (a workbook, project or input JSON, read in the background through the
contained reader, like *Invoer openen*) or the open input "as of" an earlier circulaire edition it
names. :class:`WatVerandertVenster` shows the comparison of :func:`model.vergelijken.vergelijk`
over the app's horizon: old, new and difference per line and year, the waterfall of the saldo na
bestemming through the fixed steps (per year or cumulated), and per step its changed fields and
Dutch sentences. By default the file is *new* and an earlier edition is *old*; *Omwisselen*
turns it round. The open project's side follows every edit and the horizon.
"""
from __future__ import annotations

import html
import threading
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                               QLabel, QProgressDialog, QPushButton, QRadioButton, QVBoxLayout, QWidget)

from model.berekening import BerekeningFout
from model.bevindingen import FOUT, Bevinding
from model.circulaire import Editie
from model.io.berekeningbestand import lees_berekening, per_editie
from model.opmaak import hele_euro
from model.parameters import ParameterFout
from model.regels import REGEL
from model.scenario import ScenarioFout
from model.vergelijken import HOOFDREGELS, Berekening, Vergelijking, vergelijk
from ui import werkers
from ui.grafieken.waterval import WatervalGrafiek
from ui.views.paneel import Paneel, kopje, tekstregel
from ui.views.tabellen import EUR, TEKST, Cel, Rij, Tabel

FILTER = "Werkboeken, projecten en invoer (*.xlsx *.xlsm *.xls *.ods *.infraraming *.json)"
SALDO = "saldo_na_bestemming"


class WatVerandertView(Paneel):
    """The comparison itself: ``toon(vergelijking)``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Wat verandert er", (
            "Het verschil tussen oud en nieuw, verklaard in vaste stappen: landelijke parameters, circulaire, "
            "aantallen van de gemeente, kosten en overige invoer, scenario-aanpassingen. Elke stap neemt zijn "
            "gegevens over uit nieuw en rekent opnieuw; wat twee wijzigingen samen doen, telt bij de latere stap. "
            "Zo tellen de stappen precies op tot het verschil."), parent)
        self.vergelijking: Vergelijking | None = None
        self.kop = tekstregel(naam="Wat wordt vergeleken")
        f = self.kop.font()
        f.setBold(True)
        self.kop.setFont(f)
        self.indeling.addWidget(self.kop)
        self.alleen_gewijzigd = QCheckBox("&Alleen regels die veranderen")
        self.alleen_gewijzigd.setChecked(True)
        self.alleen_gewijzigd.toggled.connect(self._tabel_bij)
        self.indeling.addWidget(self.alleen_gewijzigd)
        self.tabel = self.sectie("Oud, nieuw en verschil per jaar",
                                 Tabel("Tabel oud, nieuw en verschil", max_rijen_zichtbaar=18, vaste_kolom=True))
        rij = QHBoxLayout()
        self.jaarlabel = QLabel("&Waterval voor:")
        self.jaarkeuze = QComboBox()
        self.jaarkeuze.setAccessibleName("Jaar van de waterval")
        self.jaarlabel.setBuddy(self.jaarkeuze)
        rij.addWidget(self.jaarlabel)
        rij.addWidget(self.jaarkeuze)
        rij.addStretch(1)
        self.grafieken.addLayout(rij)
        self.grafiek = self.sectie(f"{REGEL['saldo_na_bestemming'].label} van oud naar nieuw", WatervalGrafiek(), 1)
        self.jaarkeuze.currentIndexChanged.connect(self._grafiek_bij)
        # the steps in full width below the table and the chart (the chart stays in view next to the table)
        self.stappen = tekstregel(naam="Stappen met hun wijzigingen")
        self.stappen.setTextFormat(Qt.RichText)
        kop = kopje("Wat er verandert en waarom")
        kop.setBuddy(self.stappen)
        self.kopjes[self.stappen] = kop
        self.inhoud.layout().addSpacing(kop.fontMetrics().height() // 2)
        self.inhoud.layout().addWidget(kop)
        self.inhoud.layout().addWidget(self.stappen)

    def toon(self, v: Vergelijking) -> None:
        self.vergelijking = v
        self.kop.setText(f"Oud: {v.oud_naam}  →  Nieuw: {v.nieuw_naam}  ({v.jaren[0]}–{v.jaren[-1]})")
        gekozen = self.jaarkeuze.currentData()
        self.jaarkeuze.blockSignals(True)
        self.jaarkeuze.clear()
        self.jaarkeuze.addItem(f"Totaal {v.jaren[0]}–{v.jaren[-1]}", None)
        for jaar in v.jaren:
            self.jaarkeuze.addItem(str(jaar), jaar)
        self.jaarkeuze.setCurrentIndex(max(0, self.jaarkeuze.findData(gekozen)) if gekozen in v.jaren else 0)
        self.jaarkeuze.blockSignals(False)
        self._tabel_bij()
        self._grafiek_bij()
        self.stappen.setText(self._stappen_html(v))

    def kies_jaar(self, jaar: int | None) -> None:
        self.jaarkeuze.setCurrentIndex(self.jaarkeuze.findData(jaar) if jaar is not None else 0)

    def regels(self) -> list[str]:
        """The lines in the table: all main lines, or those that change (and the saldo na bestemming)."""
        v = self.vergelijking
        if v is None:
            return []
        if not self.alleen_gewijzigd.isChecked():
            return list(HOOFDREGELS)
        return [s for s in HOOFDREGELS if s == SALDO or any(hele_euro(d) for d in v.verschil(s))]

    def _tabel_bij(self) -> None:
        v = self.vergelijking
        if v is None:
            return
        rijen = []
        for sleutel in self.regels():
            naam = v.nieuw.label(sleutel)
            for wat, reeks in (("oud", v.oud.regels[sleutel]), ("nieuw", v.nieuw.regels[sleutel]),
                               ("verschil", v.verschil(sleutel))):
                rijen.append(Rij((Cel(naam if wat == "oud" else "", TEKST, toelichting=naam), Cel(wat))
                                 + tuple(Cel(w, EUR) for w in reeks) + (Cel(sum(reeks), EUR),),
                                 nadruk=wat == "verschil", gegeven=(sleutel, wat)))
        self.tabel.zet(["Regel", ""] + [str(j) for j in v.jaren] + ["Totaal"], rijen)

    def _grafiek_bij(self) -> None:
        v = self.vergelijking
        if v is None:
            return
        jaar = self.jaarkeuze.currentData()
        self.grafiek.setAccessibleName(f"Waterval geraamd resultaat, {self.jaarkeuze.currentText()}")
        self.grafiek.toon(v.waterval(SALDO, jaar))

    @staticmethod
    def _stappen_html(v: Vergelijking) -> str:
        delen = []
        for nummer, stap in enumerate(v.stappen, start=1):
            velden = ("Gewijzigd: " + ", ".join(stap.velden) + ".") if stap.velden else "Geen wijzigingen."
            zinnen = v.zinnen(stap)
            if stap.velden and not zinnen:
                zinnen = ("Deze wijzigingen veranderen geen bedrag op hele euro's.",)
            lijst = "".join(f"<li>{html.escape(z)}</li>" for z in zinnen)
            delen.append(f"<p><b>{nummer}. {html.escape(stap.naam)}</b><br>{html.escape(velden)}</p>"
                         + (f"<ul style='margin-top:0'>{lijst}</ul>" if lijst else ""))
        return "".join(delen)


class WatVerandertVenster(QDialog):
    """The comparison in its own window (not modal); Escape or *Sluiten* closes it.

    ``andere(open_project)`` gives the other side for the open project's side; ``andere_is_oud``
    says which one is old.
    """

    def __init__(self, hoofdvenster, andere: Callable[[Berekening], Berekening], andere_is_oud: bool,
                 scenario_keuze: bool = False):
        super().__init__(hoofdvenster)
        self.hoofdvenster, self.andere, self.andere_is_oud = hoofdvenster, andere, andere_is_oud
        self.setWindowTitle("Wat verandert er — Infraraming")
        self.setAttribute(Qt.WA_DeleteOnClose, False)
        laag = QVBoxLayout(self)
        self.view = WatVerandertView()
        laag.addWidget(self.view, 1)
        # another input is compared under the open project's scenario: only the inputs differ. Optionally
        # the other input is taken as it is (Basis), and the open scenario's own adjustments become a step.
        self.met_scenario = QCheckBox("Scenario-aanpassingen van het open project als &extra stap")
        self.met_scenario.setToolTip("Uit: beide invoeren onder hetzelfde scenario, zodat alleen de invoer verschilt. "
                                     "Aan: het andere bestand met Basis, en de aanpassingen van het actieve scenario "
                                     "als laatste stap.")
        self.met_scenario.setVisible(scenario_keuze)
        self.met_scenario.toggled.connect(lambda _: self.vernieuw())
        laag.addWidget(self.met_scenario)
        self.melding = tekstregel(naam="Melding vergelijking")
        self.melding.hide()
        laag.addWidget(self.melding)
        knoppen = QDialogButtonBox()
        self.omwisselen = QPushButton("&Omwisselen")
        self.omwisselen.setToolTip("Oud en nieuw omdraaien")
        self.omwisselen.clicked.connect(self.wissel)
        knoppen.addButton(self.omwisselen, QDialogButtonBox.ActionRole)
        self.pdf = QPushButton("Als &PDF exporteren…")
        self.pdf.setToolTip("Deze vergelijking als losse PDF, bijvoorbeeld voor een raadsinformatiebrief")
        self.pdf.clicked.connect(lambda: self.exporteer_pdf())
        knoppen.addButton(self.pdf, QDialogButtonBox.ActionRole)
        self.sluiten = knoppen.addButton("&Sluiten", QDialogButtonBox.RejectRole)
        knoppen.rejected.connect(self.reject)
        laag.addWidget(knoppen)
        h = self.fontMetrics().height()
        breedte, hoogte = int(h * 80), int(h * 48)
        scherm = hoofdvenster.screen() if hoofdvenster is not None else None
        if scherm is not None:   # never larger than the screen (a 1024×768 laptop): the content scrolls
            vrij = scherm.availableGeometry()
            breedte, hoogte = min(breedte, vrij.width() - 16), min(hoogte, vrij.height() - 40)
        self.resize(breedte, hoogte)

    def open_kant(self) -> Berekening:
        """The open project as calculated now: its active scenario on its Basis."""
        project = self.hoofdvenster.project
        naam = Path(project.pad).name if project.pad else project.invoer.naam
        scenario = project.toestand.effectief()
        if not project.actief_scenario.is_basis:
            naam += f" (scenario {project.actief_scenario.weergavenaam})"
        return Berekening(project.invoer, project.parameterset, scenario, naam)

    def wissel(self) -> None:
        self.andere_is_oud = not self.andere_is_oud
        self.vernieuw()

    def exporteer_pdf(self, pad: str | None = None) -> bool:
        """The comparison as shown as a standalone PDF "Wat verandert er"; the file is written whole or not at all."""
        from model.export.wat_verandert_pdf import wat_verandert_pdf
        from model.io.atomair import SchrijfFout, schrijf_atomair
        v = self.view.vergelijking
        if v is None:
            return False
        bestanden = self.hoofdvenster.bestanden
        if pad is None:
            voorstel = str(Path(bestanden._map()) / f"{self.hoofdvenster.project.invoer.naam} - wat verandert er.pdf")
            pad = bestanden.kies_pad("pdf", voorstel, opslaan=True)
            if not pad:
                return False
        try:
            schrijf_atomair(Path(pad), wat_verandert_pdf(v))
        except SchrijfFout as fout:
            self.hoofdvenster.meld("Exporteren", str(fout))
            return False
        self.hoofdvenster.statusBar().showMessage(f"Wat verandert er geëxporteerd naar {pad}.", 10000)
        return True

    def vernieuw(self) -> Vergelijking | None:
        """Compare again over the window's horizon (after an edit, a horizon change or *Omwisselen*)."""
        project = self.hoofdvenster.project
        van, tot = project.jaren(self.hoofdvenster.horizon)
        open_kant = self.open_kant()
        andere = self.andere(open_kant)
        if self.met_scenario.isVisibleTo(self) and not self.met_scenario.isChecked():
            project = self.hoofdvenster.project
            naam = andere.naam if project.actief_scenario.is_basis else \
                f"{andere.naam} (scenario {project.actief_scenario.weergavenaam})"
            andere = Berekening(andere.invoer, open_kant.parameterset, open_kant.scenario, naam)
        if andere.naam == open_kant.naam:
            andere = Berekening(andere.invoer, andere.parameterset, andere.scenario, f"{andere.naam} (ander bestand)")
        oud, nieuw = (andere, open_kant) if self.andere_is_oud else (open_kant, andere)
        try:
            v = vergelijk(oud, nieuw, van, tot)
        except (BerekeningFout, ParameterFout, ScenarioFout, ArithmeticError, ValueError) as fout:
            self.melding.setText(f"Vergelijken is niet mogelijk: {fout}")
            self.melding.show()
            return None
        self.melding.hide()
        self.view.toon(v)
        return v


# ------------------------------------------------------------------ opening it

def toon_vergelijking(hoofdvenster, andere, andere_is_oud: bool) -> WatVerandertVenster | None:
    """The comparison window for the open project against ``andere(open_kant)`` (replacing an open one)."""
    return _toon(hoofdvenster, andere, andere_is_oud)


def _toon(hoofdvenster, andere, andere_is_oud: bool, scenario_keuze: bool = False) -> WatVerandertVenster | None:
    vorig = getattr(hoofdvenster, "watverandert", None)
    if vorig is not None:
        vorig.close()
    venster = WatVerandertVenster(hoofdvenster, andere, andere_is_oud, scenario_keuze)
    hoofdvenster.watverandert = venster
    if venster.vernieuw() is None and venster.view.vergelijking is None:
        hoofdvenster.meld("Vergelijken", venster.melding.text())
        return None
    venster.show()
    return venster


def vergelijk_met_editie(hoofdvenster, editie: Editie) -> WatVerandertVenster | None:
    """The open project as it stood at ``editie`` (old) against the open project now (new)."""
    return _toon(hoofdvenster, lambda open_kant: per_editie(open_kant, editie), True)


def vergelijk_met_bestand(hoofdvenster, pad: str | None = None):
    """Read the other file in the background; then show the comparison (the file as new). A file that
    cannot be read shows its findings under its own name and leaves the open project as it was.
    Returns the worker (tests wait for its signals), or None when no file was chosen."""
    pad = pad or kies_bestand(hoofdvenster)
    if not pad:
        return None
    naam = Path(pad).name
    hoofdvenster.statusBar().showMessage(f"{naam} wordt gelezen…")
    annuleer = threading.Event()
    voortgang = QProgressDialog(f"{naam} wordt gelezen…", "Afbreken", 0, 0, hoofdvenster)
    voortgang.setWindowTitle("Vergelijken met")
    voortgang.setMinimumDuration(500)
    voortgang.canceled.connect(annuleer.set)

    def klaar(uitkomst) -> None:
        berekening, bevindingen = uitkomst
        if berekening is None:
            hoofdvenster.toon_invoerfouten(bevindingen, naam, str(Path(pad).resolve()))
            hoofdvenster.statusBar().showMessage(f"{naam} is niet ingelezen: zie Bevindingen. "
                                                 "Het open project is niet gewijzigd.", 15000)
            return
        hoofdvenster.statusBar().showMessage(f"Vergeleken met {naam}.", 10000)
        # another input (workbook, JSON) is compared under the open scenario by default; a project brings its own
        _toon(hoofdvenster, lambda _open: berekening, False, scenario_keuze=not is_project(pad))

    werker = werkers.Werker(lambda _voortgang: lees_berekening(pad, annuleer))
    for signaal in (werker.signalen.klaar, werker.signalen.mislukt):
        signaal.connect(lambda *_: (voortgang.reset(), voortgang.deleteLater()))
    werker.signalen.klaar.connect(klaar)
    werker.signalen.mislukt.connect(
        lambda tekst: klaar((None, [Bevinding(FOUT, f"{naam} kon niet worden gelezen: {tekst}")])))
    return werkers.start(werker)


def is_project(pad: str) -> bool:
    from model.io.project import EXTENSIE
    return Path(pad).suffix.lower() == EXTENSIE


def kies_bestand(hoofdvenster) -> str | None:
    from ui.mappen import map_van
    pad, _ = QFileDialog.getOpenFileName(hoofdvenster, "Vergelijken met", map_van(hoofdvenster), FILTER)
    return pad or None


def eerdere_edities(hoofdvenster) -> tuple[Editie, ...]:
    """The editions the open input names before its newest one (the newest is the input as it is)."""
    return hoofdvenster.project.invoer.circulaire_edities()[:-1]


class KeuzeVenster(QDialog):
    """*Vergelijken met…*: another file, or the open input as of an earlier circulaire."""

    def __init__(self, hoofdvenster):
        super().__init__(hoofdvenster)
        self.setWindowTitle("Vergelijken met")
        laag = QVBoxLayout(self)
        laag.addWidget(tekstregel("Wat wilt u naast het open project leggen?", "Vraag"))
        self.bestand = QRadioButton("Een ander &bestand: werkboek, project of invoer (nieuw)…")
        self.editie = QRadioButton("Deze invoer zoals die stond bij een &eerdere circulaire (oud):")
        groep = QButtonGroup(self)
        groep.addButton(self.bestand)
        groep.addButton(self.editie)
        self.edities = QComboBox()
        self.edities.setAccessibleName("Eerdere circulaire-editie")
        for e in eerdere_edities(hoofdvenster):
            self.edities.addItem(f"stand {e.tekst}", e)
        heeft = self.edities.count() > 0
        self.editie.setEnabled(heeft)
        self.edities.setEnabled(heeft)
        if not heeft:
            self.editie.setText("Eerdere circulaire: de invoer noemt geen eerdere circulaire-editie")
        (self.editie if heeft else self.bestand).setChecked(True)
        self.editie.toggled.connect(self.edities.setEnabled)
        laag.addWidget(self.bestand)
        laag.addWidget(self.editie)
        laag.addWidget(self.edities)
        knoppen = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        knoppen.button(QDialogButtonBox.Ok).setText("&Vergelijken")
        knoppen.button(QDialogButtonBox.Cancel).setText("&Annuleren")
        knoppen.accepted.connect(self.accept)
        knoppen.rejected.connect(self.reject)
        laag.addWidget(knoppen)

    def keuze(self) -> Editie | None:
        """The chosen edition, or None for a file."""
        return self.edities.currentData() if self.editie.isChecked() else None


def vergelijk_met(hoofdvenster) -> None:
    """The menu's and toolbar's *Vergelijken met…*: ask what, then compare."""
    keuze = KeuzeVenster(hoofdvenster)
    if keuze.exec() != QDialog.Accepted:
        return
    editie = keuze.keuze()
    if editie is not None:
        vergelijk_met_editie(hoofdvenster, editie)
    else:
        vergelijk_met_bestand(hoofdvenster)
