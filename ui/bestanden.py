"""File handling of the main window: input, projects, recent files, sjabloon, export, close, drops.

Dialogs go through ``vraag``, ``meld`` and ``kies_pad`` so tests can answer them.
"""
from __future__ import annotations

import importlib
import os
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from model.bevindingen import FOUT, Bevinding
from model.io.atomair import SchrijfFout
from model.io.invoerbestand import ONDERSTEUND, lees_invoerbestand
from model.io.project import EXTENSIE, ProjectbestandFout, lees_project, schrijf_project
from model.project import Bron, Project
from ui import werkers

FILTERS = {
    "invoer": "Invoerbestanden (*.xlsx *.xlsm *.xls *.ods *.json)",
    "project": f"Infraraming-projecten (*{EXTENSIE})",
    "sjabloon": "Excel-werkboek (*.xlsx)",
    "pdf": "PDF-document (*.pdf)",
    "excel": "Excel-werkboek (*.xlsx)",
}


def optionele_module(naam: str):
    try:
        return importlib.import_module(naam)
    except ModuleNotFoundError as fout:
        if fout.name and (naam == fout.name or naam.startswith(fout.name + ".")):
            return None
        raise


class BestandActies:
    """Mixed into the main window (a QMainWindow with ``project``, ``undo``, ``instellingen``)."""

    # -- dialogs (replaceable in tests) -----------------------------------------------
    def vraag(self, soort: str, tekst: str) -> str:
        """``herstel`` -> ja/nee; ``sluiten`` -> opslaan/niet/annuleren."""
        B = QMessageBox.StandardButton
        if soort == "sluiten":
            antwoord = QMessageBox.question(self, "Niet-opgeslagen wijzigingen", tekst,
                                            B.Save | B.Discard | B.Cancel, B.Save)
            return {B.Save: "opslaan", B.Discard: "niet"}.get(antwoord, "annuleren")
        antwoord = QMessageBox.question(self, "Infraraming", tekst, B.Yes | B.No, B.Yes)
        return "ja" if antwoord == B.Yes else "nee"

    def meld(self, titel: str, tekst: str) -> None:
        QMessageBox.warning(self, titel, tekst)

    def kies_pad(self, soort: str, voorstel: str = "", opslaan: bool = False) -> str | None:
        titel = {"invoer": "Invoer openen", "project": "Project opslaan" if opslaan else "Project openen",
                 "sjabloon": "Nieuw invoerbestand", "pdf": "Exporteren als PDF", "excel": "Exporteren als Excel"}[soort]
        if opslaan:
            pad, _ = QFileDialog.getSaveFileName(self, titel, voorstel, FILTERS[soort])
        else:
            pad, _ = QFileDialog.getOpenFileName(self, titel, voorstel, FILTERS[soort])
        return pad or None

    def _map(self) -> str:
        return str(Path(self.project.pad).parent) if self.project.pad else str(Path.home())

    # -- input -----------------------------------------------------------------------------
    def open_invoer(self, pad: str | None = None):
        """Read an input file in the background; on success it replaces the project's input (one undo step).

        Returns the worker (tests wait for its signals); a bad file shows its findings and
        leaves the project as it was.
        """
        pad = pad or self.kies_pad("invoer", self._map())
        if not pad:
            return None
        self.statusBar().showMessage(f"{Path(pad).name} wordt gelezen…")
        self.bezig.show()

        def lees(voortgang):
            voortgang(10, "lezen")
            invoer, bevindingen = lees_invoerbestand(pad)
            inhoud = None
            if invoer is not None and Path(pad).suffix.lower() != ".json":
                try:
                    inhoud = Path(pad).read_bytes()
                except OSError:
                    inhoud = None
            return pad, invoer, bevindingen, inhoud

        werker = werkers.Werker(lees)
        werker.signalen.klaar.connect(self._invoer_gelezen)
        werker.signalen.mislukt.connect(lambda tekst: self._invoer_gelezen(
            (pad, None, [Bevinding(FOUT, f"{Path(pad).name} kon niet worden gelezen: {tekst}")], None)))
        return werkers.start(werker)

    def _invoer_gelezen(self, uitkomst) -> None:
        pad, invoer, bevindingen, inhoud = uitkomst
        self.bezig.hide()
        if invoer is None:
            self.toon_bevindingen(bevindingen)
            self.tabs.setCurrentWidget(self.bevindingenview)
            self.statusBar().showMessage(f"{Path(pad).name} is niet ingelezen: zie Bevindingen. "
                                         "Het open project is niet gewijzigd.", 15000)
            return
        self.bewerk(f"Invoer {Path(pad).name} ingelezen",
                    self.project.met_invoer(invoer, Bron(Path(pad).name, inhoud)))
        self.toon_bevindingen(bevindingen)
        self.instellingen.voeg_recent_toe(pad)
        self.werk_recent_bij()
        self.statusBar().showMessage(f"{Path(pad).name} ingelezen ({len(bevindingen)} bevindingen).", 10000)

    def nieuw_sjabloon(self, pad: str | None = None, voorbeeld: bool = False) -> bool:
        sjabloon = optionele_module("model.io.sjabloon")
        if sjabloon is None or not hasattr(sjabloon, "schrijf_sjabloon"):
            self.meld("Nieuw invoerbestand",
                      "Het maken van een leeg invoerbestand is in deze versie nog niet beschikbaar.")
            return False
        pad = pad or self.kies_pad("sjabloon", str(Path(self._map()) / "invoer-gemeente.xlsx"), opslaan=True)
        if not pad:
            return False
        try:
            from model.invoer import voorbeeldgemeente
            sjabloon.schrijf_sjabloon(pad, voorbeeldgemeente() if voorbeeld else None)
        except (SchrijfFout, OSError) as fout:
            self.meld("Nieuw invoerbestand", str(fout))
            return False
        self.statusBar().showMessage(f"Invoerbestand {Path(pad).name} gemaakt; vul het in en open het met "
                                     "Invoer openen.", 15000)
        return True

    # -- projects ---------------------------------------------------------------------------
    def _mag_weg(self) -> bool:
        """Ask what to do with unsaved changes; False when the user cancels."""
        if not self.gewijzigd:
            return True
        antwoord = self.vraag("sluiten", "Het project heeft wijzigingen die nog niet zijn opgeslagen. "
                                         "Wilt u ze opslaan?")
        if antwoord == "opslaan":
            return self.opslaan()
        return antwoord == "niet"

    def open_project(self, pad: str | None = None) -> bool:
        if not self._mag_weg():
            return False
        pad = pad or self.kies_pad("project", self._map())
        if not pad:
            return False
        try:
            project = lees_project(pad)
        except ProjectbestandFout as fout:
            self.meld("Project openen", str(fout))
            if fout.bevindingen:
                self.toon_bevindingen(fout.bevindingen)
            return False
        self._vervang_project(project)
        self.instellingen.voeg_recent_toe(pad)
        self.werk_recent_bij()
        return True

    def nieuw_voorbeeld(self) -> bool:
        if not self._mag_weg():
            return False
        self._vervang_project(Project.voorbeeld())
        return True

    def _vervang_project(self, project: Project) -> None:
        self.project = project
        self._extra_gewijzigd = False
        self.journaal.wis()
        self._project_getoond()

    def opslaan(self) -> bool:
        if not self.project.pad:
            return self.opslaan_als()
        return self._schrijf(self.project.pad)

    def opslaan_als(self, pad: str | None = None) -> bool:
        voorstel = self.project.pad or str(Path(self._map()) / f"{self.project.invoer.naam}{EXTENSIE}")
        pad = pad or self.kies_pad("project", voorstel, opslaan=True)
        if not pad:
            return False
        if not pad.endswith(EXTENSIE):
            pad += EXTENSIE
        return self._schrijf(pad)

    def _schrijf(self, pad: str) -> bool:
        vorig = self.project.pad
        self.project.pad = pad
        try:
            schrijf_project(pad, self.project)
        except SchrijfFout as fout:
            self.project.pad = vorig
            self.meld("Opslaan", str(fout))
            return False
        self._extra_gewijzigd = False
        self.undo.setClean()
        self.project.gewijzigd = False
        self.journaal.wis()
        self.instellingen.voeg_recent_toe(pad)
        self.instellingen.laatste_project = str(Path(pad).resolve())
        self.werk_recent_bij()
        self._titel()
        self.statusBar().showMessage(f"Opgeslagen als {Path(pad).name}.", 8000)
        return True

    def werk_recent_bij(self) -> None:
        menu = self.recentmenu
        menu.clear()
        recent = self.instellingen.recent()
        for i, pad in enumerate(recent):
            actie = menu.addAction(f"&{i + 1} {Path(pad).name}")
            actie.setToolTip(pad)
            actie.triggered.connect(lambda _=False, p=pad: self.open_recent(p))
        menu.setEnabled(bool(recent))

    def open_recent(self, pad: str) -> bool:
        if pad.endswith(EXTENSIE):
            return self.open_project(pad)
        self.open_invoer(pad)
        return True

    # -- export ----------------------------------------------------------------------------
    def exporteren(self, soort: str, pad: str | None = None, open_map: bool | None = None):
        """PDF or Excel annex in the background with progress; returns the worker (or None)."""
        export = optionele_module("model.export")
        functie = getattr(export, f"schrijf_{soort}", None) if export else None
        if functie is None:
            self.meld("Exporteren", "Exporteren is in deze versie nog niet beschikbaar.")
            return None
        naam = f"{self.project.invoer.naam} - {self.project.toestand.actief}.{'pdf' if soort == 'pdf' else 'xlsx'}"
        pad = pad or self.kies_pad(soort, str(Path(self._map()) / naam), opslaan=True)
        if not pad:
            return None
        if open_map is None:
            open_map = self.acties["open_map"].isChecked()
        resultaat = self.resultaat
        # everything the worker reads is captured now: edits during the export do not leak in
        invoer, parameterset = self.project.invoer, self.project.parameterset
        actief, bevindingen = self.project.actief_scenario, list(self.bevindingen)
        vergelijking_scenarios = self.vergelijking_scenarios()
        voortgangsvenster = QProgressDialog("Exporteren…", "", 0, 100, self)
        voortgangsvenster.setWindowTitle("Exporteren")
        voortgangsvenster.setCancelButton(None)
        voortgangsvenster.setMinimumDuration(300)

        basis, eigen = self.project.toestand.basis, export.eigen_uit_project(self.project.ui)

        def schrijf(voortgang):
            voortgang(2, "Scenario's vergelijken en gevoeligheid berekenen")
            bijlage = export.stel_samen(invoer, actief, basis, parameterset=parameterset, resultaat=resultaat,
                                        vergelijk_met=vergelijking_scenarios, bevindingen=bevindingen, eigen=eigen)
            functie(pad, bijlage.resultaat, bijlage.opties,
                    lambda fractie, tekst="": voortgang(int(10 + 90 * fractie), tekst))
            return pad

        werker = werkers.Werker(schrijf)
        werker.signalen.voortgang.connect(lambda pct, tekst: (voortgangsvenster.setValue(pct),
                                                              voortgangsvenster.setLabelText(tekst or "Exporteren…")))

        def klaar(_):
            voortgangsvenster.close()
            self.statusBar().showMessage(f"Geëxporteerd naar {pad}.", 10000)
            if open_map:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(pad).parent)))

        def mislukt(tekst):
            voortgangsvenster.close()
            self.meld("Exporteren", f"Exporteren is mislukt: {tekst}")

        werker.signalen.klaar.connect(klaar)
        werker.signalen.mislukt.connect(mislukt)
        return werkers.start(werker)

    # -- window events --------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802
        if not self._mag_weg():
            event.ignore()
            return
        self.journaal.wis()
        if self.project.pad:
            self.instellingen.laatste_project = str(Path(self.project.pad).resolve())
        self.instellingen.set("venster", self.saveGeometry())
        event.accept()

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._gesleept(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        pad = self._gesleept(event)
        if not pad:
            return
        event.acceptProposedAction()
        if pad.endswith(EXTENSIE):
            self.open_project(pad)
        else:
            self.open_invoer(pad)

    @staticmethod
    def _gesleept(event) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        for url in urls:
            pad = url.toLocalFile()
            if pad and os.path.splitext(pad)[1].lower() in ONDERSTEUND + (EXTENSIE,):
                return pad
        return None
