"""File handling of the main window: input, projects, recent files, sjabloon, export, drops.

:class:`Bestandsbeheer` owns these flows; the window it serves provides the open project and
its state (``project``, ``gewijzigd``, ``bewerk``, ``vervang_project``, ``opgeslagen``,
``toon_bevindingen``, ``toon_invoerfouten``) and the questions to the user (``vraag``,
``meld``). The file chooser ``kies_pad`` is replaceable so tests can answer it.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QProgressBar, QProgressDialog

from model import export
from model.bevindingen import FOUT, Bevinding
from model.io.atomair import SchrijfFout
from model.io.invoerbestand import ONDERSTEUND, WERKBOEKEN, lees_invoerbestand
from model.io.project import EXTENSIE, ProjectbestandFout, elders_gewijzigd, lees_project, schrijf_project
from model.project import Bron, Project
from ui import werkers
from ui.mappen import map_van
from ui.afdrukken import document as afdrukdocument, toon_afdrukvoorbeeld
from ui.bijlagedialoog import BijlageDialoog, secties_uit_project

FILTERS = {
    "invoer": "Invoerbestanden (*.xlsx *.xlsm *.xls *.ods *.json)",
    "project": f"Infraraming-projecten (*{EXTENSIE})",
    "sjabloon": "Excel-werkboek (*.xlsx)",
    "pdf": "PDF-document (*.pdf)",
    "excel": "Excel-werkboek (*.xlsx)",
}


AFGEBROKEN = "afgebroken"


class ExportAfgebroken(Exception):
    """The user stopped an export (Afbreken, or the window closed); nothing is written."""

    def __str__(self) -> str:
        return AFGEBROKEN


def is_werkboek(pad: str) -> bool:
    """A spreadsheet the system's spreadsheet program opens (not an input JSON or a project)."""
    return Path(pad).suffix.lower() in WERKBOEKEN


class Bestandsbeheer(QObject):
    """Open, save, export and the recent files of one main window."""

    recentGewijzigd = Signal()

    def __init__(self, venster, instellingen):
        super().__init__(venster)
        self.venster = venster
        self.instellingen = instellingen
        self.bezig = QProgressBar()
        self.bezig.setRange(0, 0)            # indeterminate while a file is read
        self.bezig.setMaximumWidth(venster.fontMetrics().height() * 10)
        self.bezig.setAccessibleName("Bezig met inlezen")
        self.bezig.hide()
        venster.statusBar().addPermanentWidget(self.bezig)

    def annuleer_lezen(self) -> None:
        """Stop a workbook that is still being read and an export still being written (the window closes)."""
        for annuleer in (getattr(self, "_lezen_annuleren", None), getattr(self, "_export_annuleren", None),
                         getattr(self, "_regio_annuleren", None)):
            if annuleer is not None:
                annuleer.set()
        if getattr(self, "_project_lus", None) is not None:   # a project being opened is not opened
            self._project_lus.quit()

    def _status(self, tekst: str, ms: int = 0) -> None:
        self.venster.statusBar().showMessage(tekst, ms)

    # -- the file chooser (replaceable in tests) ---------------------------------------
    def kies_pad(self, soort: str, voorstel: str = "", opslaan: bool = False) -> str | None:
        titel = {"invoer": "Invoer openen", "project": "Project opslaan" if opslaan else "Project openen",
                 "sjabloon": "Nieuw invoerbestand", "pdf": "Exporteren als PDF", "excel": "Exporteren als Excel"}[soort]
        if opslaan:
            pad, _ = QFileDialog.getSaveFileName(self.venster, titel, voorstel, FILTERS[soort])
        else:
            pad, _ = QFileDialog.getOpenFileName(self.venster, titel, voorstel, FILTERS[soort])
        return pad or None

    def _map(self) -> str:
        """Where file dialogs start: the folder of the open project, else of its workbook, else home."""
        return map_van(self.venster)

    # -- input -----------------------------------------------------------------------------
    def opnieuw_inlezen(self):
        """Bestand › Opnieuw inlezen (F5): read the project's workbook again after it was fixed. Scenarios,
        adjustments and annex settings stay; *Wat verandert er* shows the old input against the new one
        under the same scenario. Returns the worker, or None when there is no workbook to read."""
        pad = self.venster.werkboek()
        if pad is None:
            self.venster.meld("Opnieuw inlezen", "Er is geen werkboek om opnieuw in te lezen: het project is niet uit "
                                                 "een werkboek ingelezen, of het werkboek staat niet meer op dezelfde "
                                                 "plek. Kies Invoer openen.")
            return None
        return self.open_invoer(pad, opnieuw=True)

    def open_invoer(self, pad: str | None = None, opnieuw: bool = False):
        """Read an input file in the background; on success it replaces the project's input (one undo step).

        Returns the worker (tests wait for its signals); a bad file shows its findings and
        leaves the project as it was. ``opnieuw``: the project's own workbook read again (shows what changed).
        """
        pad = pad or self.kies_pad("invoer", self._map())
        if not pad:
            return None
        self._vorige = self.venster.project.invoer if opnieuw else None
        self._status(f"{Path(pad).name} wordt gelezen…")
        self.bezig.show()
        annuleer = threading.Event()   # set by the dialog's Afbreken button or by closing the window
        self._lezen_annuleren = annuleer
        venster = QProgressDialog(f"{Path(pad).name} wordt gelezen…", "Afbreken", 0, 0, self.venster)
        venster.setWindowTitle("Invoer openen")
        venster.setMinimumDuration(500)
        venster.canceled.connect(annuleer.set)

        def lees(voortgang):
            voortgang(10, "lezen")
            invoer, bevindingen = lees_invoerbestand(pad, annuleer)
            inhoud = None
            if invoer is not None and Path(pad).suffix.lower() != ".json":
                try:
                    inhoud = Path(pad).read_bytes()
                except OSError:
                    inhoud = None
            return pad, invoer, bevindingen, inhoud

        werker = werkers.Werker(lees)
        for signaal in (werker.signalen.klaar, werker.signalen.mislukt):
            signaal.connect(lambda *_: (venster.reset(), venster.deleteLater()))
        werker.signalen.klaar.connect(self._invoer_gelezen)
        werker.signalen.mislukt.connect(lambda tekst: self._invoer_gelezen(
            (pad, None, [Bevinding(FOUT, f"{Path(pad).name} kon niet worden gelezen: {tekst}")], None)))
        return werkers.start(werker)

    def _invoer_gelezen(self, uitkomst) -> None:
        pad, invoer, bevindingen, inhoud = uitkomst
        self.bezig.hide()
        v = self.venster
        if invoer is None:
            v.toon_invoerfouten(bevindingen, Path(pad).name, str(Path(pad).resolve()))
            self._recent(pad)   # fixed in the spreadsheet program, it is opened again from here
            self._status(f"{Path(pad).name} is niet ingelezen: zie Bevindingen. "
                         "Het open project is niet gewijzigd.", 15000)
            return
        vorige, self._vorige = getattr(self, "_vorige", None), None
        wat = "opnieuw ingelezen" if vorige is not None else "ingelezen"
        v.bewerk(f"Invoer {Path(pad).name} {wat}", v.project.met_invoer(invoer, Bron(Path(pad).name, inhoud)))
        if v.project.ingelezen is invoer and Path(pad).suffix.lower() in WERKBOEKEN:
            v.project.ui["werkboek"] = str(Path(pad).resolve())   # Werkboek openen and Opnieuw inlezen use it
        v.toon_bevindingen(bevindingen)
        self._recent(pad)
        from ui.views.bevindingen import samenvatting
        self._status(f"{Path(pad).name} {wat}: {samenvatting(bevindingen, v.resultaat)} (zie Bevindingen).", 10000)
        if vorige is not None:   # both with the invoercorrecties: only the workbook's changes show
            self._toon_verschil(vorige, v.project.invoer, Path(pad).name)

    def _toon_verschil(self, vorige, nieuw, naam: str) -> None:
        """After Opnieuw inlezen: the input as it was against the input as it is now, under the open
        project's scenario (so only the workbook's changes are steps)."""
        if vorige == nieuw:
            self._status(f"{naam} opnieuw ingelezen: de invoer is niet veranderd.", 10000)
            return
        from model.vergelijken import Berekening
        from ui.views.watverandert import toon_vergelijking
        toon_vergelijking(self.venster, lambda open_kant: Berekening(
            vorige, open_kant.parameterset, open_kant.scenario, f"{naam} (vorige inlezing)"), True)

    def nieuw_sjabloon(self, pad: str | None = None, voorbeeld: bool = False, project: bool = False) -> bool:
        """A new input workbook: empty, with the Voorbeeldgemeente, or (``project``) with the open project's
        input including its invoercorrecties, so the corrections go back into the gemeente's own workbook."""
        invoer = self.venster.project.invoer if project else None
        naam = f"{invoer.naam} (gecorrigeerd).xlsx" if invoer is not None else "invoer-gemeente.xlsx"
        pad = pad or self.kies_pad("sjabloon", str(Path(self._map()) / naam), opslaan=True)
        if not pad:
            return False
        try:
            from model.invoer import voorbeeldgemeente
            from model.io.sjabloon import schrijf_sjabloon  # openpyxl: loaded when first needed
            schrijf_sjabloon(pad, invoer if project else voorbeeldgemeente() if voorbeeld else None)
        except (SchrijfFout, OSError) as fout:
            self.venster.meld("Nieuw invoerbestand", str(fout))
            return False
        if project:
            self._status(f"Invoerbestand {Path(pad).name} gemaakt met de invoer van het project en de "
                         f"{len(self.venster.project.toestand.correcties)} invoercorrectie(s).", 15000)
        else:
            self._status(f"Invoerbestand {Path(pad).name} gemaakt; vul het in en open het met Invoer openen.", 15000)
        return True

    # -- projects ---------------------------------------------------------------------------
    def mag_weg(self) -> bool:
        """Ask what to do with unsaved changes; False when the user cancels."""
        if not self.venster.gewijzigd:
            return True
        antwoord = self.venster.vraag("sluiten", "Het project heeft wijzigingen die nog niet zijn opgeslagen. "
                                                 "Wilt u ze opslaan?")
        if antwoord == "opslaan":
            return self.opslaan()
        return antwoord == "niet"

    def open_project(self, pad: str | None = None) -> bool:
        if not self.mag_weg():
            return False
        pad = pad or self.kies_pad("project", self._map())
        if not pad:
            return False
        soort, project = self._lees_project(pad)
        if soort == "afgebroken":
            self._status(f"Openen van {Path(pad).name} afgebroken; het open project is niet gewijzigd.", 10000)
            return False
        if soort == "fout":
            fout = project
            self.venster.meld("Project openen", str(fout))
            if fout.bevindingen:
                self.venster.toon_invoerfouten(fout.bevindingen, Path(pad).name)
            self._recent(pad)
            return False
        if soort == "onverwacht":   # a file never reaches the crash handler
            self.venster.meld("Project openen", f"{Path(pad).name} kan niet worden geopend: onverwachte fout bij "
                                                f"het lezen ({type(project).__name__}).")
            return False
        self.venster.vervang_project(project)
        self._recent(pad)
        return True

    def _lees_project(self, pad: str):
        """Read a project off the GUI thread, the window repainting meanwhile, with Afbreken (also when the
        window closes): ("ok", project), ("fout", ProjectbestandFout), ("onverwacht", error) or ("afgebroken", None)."""
        def lees(_voortgang):
            try:
                return "ok", lees_project(pad)
            except ProjectbestandFout as fout:
                return "fout", fout
            except Exception as fout:   # noqa: BLE001
                return "onverwacht", fout

        uitkomst: list = [("afgebroken", None)]
        lus = QEventLoop()
        self._project_lus = lus
        venster = QProgressDialog(f"{Path(pad).name} wordt geopend…", "Afbreken", 0, 0, self.venster)
        venster.setWindowTitle("Project openen")
        venster.setWindowModality(Qt.WindowModality.WindowModal)
        venster.setMinimumDuration(500)
        venster.canceled.connect(lus.quit)
        werker = werkers.Werker(lees)
        werker.signalen.klaar.connect(lambda antwoord: (uitkomst.__setitem__(0, antwoord), lus.quit()))
        werker.signalen.mislukt.connect(lambda tekst: (uitkomst.__setitem__(0, ("onverwacht", RuntimeError(tekst))),
                                                       lus.quit()))
        werkers.start(werker)
        lus.exec()   # a result that is still being read after Afbreken is dropped when it arrives
        self._project_lus = None
        venster.canceled.disconnect(lus.quit)
        venster.reset()
        venster.deleteLater()
        return uitkomst[0]

    def nieuw_voorbeeld(self) -> bool:
        if not self.mag_weg():
            return False
        self.venster.vervang_project(Project.voorbeeld())
        return True

    def opslaan(self) -> bool:
        project = self.venster.project
        if not project.pad:
            return self.opslaan_als()
        if elders_gewijzigd(project) and self.venster.vraag(
                "overschrijven", f"{Path(project.pad).name} is gewijzigd sinds u het opende of opsloeg (misschien "
                                 "in een ander venster van Infraraming of door een collega). Wilt u het toch "
                                 "overschrijven met uw versie?") != "ja":
            return False
        return self._schrijf(project.pad)

    def opslaan_als(self, pad: str | None = None) -> bool:
        project = self.venster.project
        voorstel = project.pad or str(Path(self._map()) / f"{project.invoer.naam}{EXTENSIE}")
        pad = pad or self.kies_pad("project", voorstel, opslaan=True)
        if not pad:
            return False
        if not pad.endswith(EXTENSIE):
            pad += EXTENSIE
        return self._schrijf(pad)

    def _schrijf(self, pad: str) -> bool:
        project = self.venster.project
        vorig = project.pad
        project.pad = pad
        try:
            schrijf_project(pad, project)
        except SchrijfFout as fout:
            project.pad = vorig
            self.venster.meld("Opslaan", str(fout))
            return False
        self.venster.opgeslagen()
        self.instellingen.laatste_project = str(Path(pad).resolve())
        self._recent(pad)
        self._status(f"Opgeslagen als {Path(pad).name}.", 8000)
        return True

    def _recent(self, pad: str) -> None:
        self.instellingen.voeg_recent_toe(pad)
        self.recentGewijzigd.emit()

    def open_pad(self, pad: str) -> bool:
        """Open a project file or read an input file, by its extension (recent files, drops, command line)."""
        if pad.lower().endswith(EXTENSIE):
            return self.open_project(pad)
        self.open_invoer(pad)
        return True

    # -- export ----------------------------------------------------------------------------
    def exporteren(self, soort: str, pad: str | None = None, open_map: bool | None = None):
        """PDF or Excel annex in the background with progress; returns the worker (or None)."""
        functie = {"pdf": export.schrijf_pdf, "excel": export.schrijf_excel}[soort]
        v = self.venster
        project = v.project
        naam = f"{project.invoer.naam} - {project.toestand.actief}.{'pdf' if soort == 'pdf' else 'xlsx'}"
        pad = pad or self.kies_pad(soort, str(Path(self._map()) / naam), opslaan=True)
        if not pad:
            return None
        if open_map is None:
            open_map = self.open_map_na_export
        resultaat = v.resultaat
        # everything the worker reads is captured now: edits during the export do not leak in
        invoer, parameterset, correcties = project.invoer, project.parameterset, project.toestand.correcties
        actief, basis, bevindingen = project.toestand.effectief(), project.toestand.basis, list(v.bevindingen)
        vergelijking_scenarios = v.vergelijking_scenarios()
        annuleer = threading.Event()   # set by Afbreken or by closing the window; nothing is written then
        self._export_annuleren = annuleer
        voortgangsvenster = QProgressDialog("Exporteren…", "Afbreken", 0, 100, v)
        voortgangsvenster.setWindowTitle("Exporteren")
        voortgangsvenster.setMinimumDuration(300)
        voortgangsvenster.canceled.connect(annuleer.set)

        from model.export.opties import RISICOS
        eigen, secties = export.eigen_uit_project(project.ui), secties_uit_project(project.ui)
        from model.export.opties import WAT_VERANDERT
        wat_verandert = self.wat_verandert_voor_bijlage() if WAT_VERANDERT in secties else None
        risico = v.risicos.rekenfunctie(project, (resultaat.jaren[0], resultaat.jaren[-1])) \
            if RISICOS in secties else None

        def schrijf(voortgang):
            def stap(pct: int, tekst: str) -> None:   # every step first looks whether the user stopped it
                if annuleer.is_set():
                    raise ExportAfgebroken()
                voortgang(pct, tekst)
            stap(2, "Scenario's vergelijken en gevoeligheid berekenen")
            bijlage = export.stel_samen(invoer, actief, basis, parameterset=parameterset, resultaat=resultaat,
                                        vergelijk_met=vergelijking_scenarios, bevindingen=bevindingen, eigen=eigen,
                                        secties=secties, risico=risico()[0] if risico else None,
                                        correcties=correcties, wat_verandert=wat_verandert)
            functie(pad, bijlage.resultaat, bijlage.opties,
                    lambda fractie, tekst="": stap(int(10 + 90 * fractie), tekst))
            return pad

        werker = werkers.Werker(schrijf)
        werker.signalen.voortgang.connect(lambda pct, tekst: (voortgangsvenster.setValue(pct),
                                                              voortgangsvenster.setLabelText(tekst or "Exporteren…")))

        def klaar(_):
            voortgangsvenster.close()
            self._status(f"Geëxporteerd naar {pad}.", 10000)
            if open_map:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(pad).parent)))

        def mislukt(tekst):
            afgebroken = annuleer.is_set() and tekst == AFGEBROKEN   # (closing the dialog sets it too)
            voortgangsvenster.close()
            if afgebroken:
                self._status(f"Exporteren afgebroken; {Path(pad).name} is niet geschreven.", 10000)
            else:
                v.meld("Exporteren", f"Exporteren is mislukt: {tekst}")

        werker.signalen.klaar.connect(klaar)
        werker.signalen.mislukt.connect(mislukt)
        return werkers.start(werker)

    # -- the regional overview -------------------------------------------------------------
    def kies_map(self) -> str | None:
        from ui.regiodialoog import kies_map
        return kies_map(self.venster, self._map())

    def regio_overzicht(self, map_: str | None = None):
        """Bestand › Regio-overzicht…: read every workbook and project in a folder off the GUI thread and show the
        overview of the samenwerkingsverband. Returns the worker (tests wait for it), or None."""
        from ui.regiodialoog import RegioDialoog, start_regio
        map_ = map_ or self.kies_map()
        if not map_:
            return None

        def toon(regio):
            self.regiodialoog = RegioDialoog(regio, self.venster)
            self.regiodialoog.show()

        werker, self._regio_annuleren = start_regio(self.venster, map_, toon)
        return werker

    def wat_verandert_voor_bijlage(self):
        """The comparison of the open *Vergelijken met…* window for the annex's section Wat verandert er; without
        one the status bar says how to get it (the annex is made without the section)."""
        wv = getattr(self.venster, "watverandert", None)
        v = wv.vernieuw() if wv is not None else None   # as the project is now
        if v is None:
            self._status("Wat verandert er staat niet in de bijlage: open eerst Bestand › Vergelijken met… "
                         "(een ander bestand of een eerdere circulaire).", 12000)
        return v

    def bijlage_instellingen(self) -> bool:
        """Title, introduction, logo, CONCEPT, date and sections of the annex; stored in the project."""
        v = self.venster
        dialoog = BijlageDialoog(v.project.ui, v)
        if dialoog.exec() != BijlageDialoog.DialogCode.Accepted:
            return False
        v.project.ui = dialoog.naar_ui(v.project.ui)
        v.ui_gewijzigd()
        self._status("Bijlage-instellingen bewaard in het project.", 8000)
        return True

    # -- printing ----------------------------------------------------------------------------
    def afdrukken(self) -> None:
        """The begroting in a print preview; printing goes through the system print dialog."""
        v = self.venster
        if v.resultaat is None:
            v.meld("Afdrukken", "Er is nog geen berekening om af te drukken.")
            return
        doc = afdrukdocument(v.resultaat, v.project.invoer.naam, v.project.actief_scenario.weergavenaam)
        self.toon_afdrukvoorbeeld(v, doc)

    toon_afdrukvoorbeeld = staticmethod(toon_afdrukvoorbeeld)   # replaceable in tests

    @property
    def open_map_na_export(self) -> bool:
        return str(self.instellingen.get("open_map", "false")).lower() == "true"

    @open_map_na_export.setter
    def open_map_na_export(self, aan: bool) -> None:
        self.instellingen.set("open_map", aan)

    # -- drag and drop ------------------------------------------------------------------------
    @staticmethod
    def gesleept(event) -> str | None:
        """The first file in a drag that Infraraming can open, or None."""
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        for url in urls:
            pad = url.toLocalFile()
            if pad and os.path.splitext(pad)[1].lower() in ONDERSTEUND + (EXTENSIE,):
                return pad
        return None
