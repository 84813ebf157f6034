"""Bestand › Exporteren › Bijlage-instellingen: what makes the annex the gemeente's own, and which parts it has.

Title, introduction, the kernboodschap, logo (PNG), a CONCEPT mark, the date, and the sections — the same
choices as the command line's ``--titel``, ``--inleiding``, ``--kernboodschap``, ``--logo``, ``--concept``,
``--datum`` and ``--onderdelen``. They are stored in the project file (``Project.ui``), so the next export and the
CLI on the saved project use them too.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout,
                               QWidget)

from model.export import SECTIES, SECTIETITELS, EigenBijlage, ExportFout
from model.export.bijlage import SECTIESLEUTEL, eigen_naar_project, eigen_uit_project, lees_logo, secties_uit_project
from model.export.opties import DATUM_TOT, DATUM_VAN, MAX_INLEIDING, MAX_TITEL, ZONDER_EIGEN_DEEL
from model.kernboodschap import MAX_KERNBOODSCHAP

__all__ = ["BijlageDialoog", "SECTIESLEUTEL", "secties_uit_project"]

class BijlageDialoog(QDialog):
    def __init__(self, ui, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Bijlage-instellingen")
        self._eigen = eigen_uit_project(ui)
        self._logo = self._eigen.logo
        laag = QVBoxLayout(self)

        vorm = QFormLayout()
        self.titel = QLineEdit(self._eigen.titel)
        self.titel.setMaxLength(MAX_TITEL)
        self.titel.setPlaceholderText("Begrotingsbijlage sociale infrastructuur")
        vorm.addRow("&Titel", self.titel)
        self.inleiding = QPlainTextEdit(self._eigen.inleiding)
        self.inleiding.setPlaceholderText("Een inleidende toelichting voor college en raad (mag leeg blijven).")
        self.inleiding.setMaximumHeight(self.fontMetrics().height() * 6)
        vorm.addRow("&Inleiding", self.inleiding)
        self.kernboodschap = QPlainTextEdit(self._eigen.kernboodschap)
        self.kernboodschap.setPlaceholderText("Leeg: drie of vier zinnen die Infraraming uit de berekening maakt "
                                              "(resultaat over de jaren, structureel saldo en waarom, grootste "
                                              "risico). Typ hier uw eigen kernboodschap om die te vervangen.")
        self.kernboodschap.setMaximumHeight(self.fontMetrics().height() * 6)
        self.kernboodschap.setAccessibleName("Eigen kernboodschap")
        vorm.addRow("&Kernboodschap", self.kernboodschap)
        self.reservedoel = QPlainTextEdit(self._eigen.reservedoel)
        self.reservedoel.setPlaceholderText("Leeg: doel en looptijd volgens de bronnen (het bestedingsplan van het "
                                            "samenwerkingsverband; tot en met het laatste jaar van het impulsbudget).")
        self.reservedoel.setMaximumHeight(self.fontMetrics().height() * 4)
        self.reservedoel.setAccessibleName("Doel en looptijd van de bestemmingsreserve")
        vorm.addRow("&Doel en looptijd reserve", self.reservedoel)
        logo = QHBoxLayout()
        self.logonaam = QLabel()
        kies, weg = QPushButton("Kiezen…"), QPushButton("Weghalen")
        kies.clicked.connect(self._kies_logo)
        weg.clicked.connect(self._geen_logo)
        logo.addWidget(self.logonaam, 1)
        logo.addWidget(kies)
        logo.addWidget(weg)
        vorm.addRow("Logo (PNG)", logo)
        self.concept = QCheckBox("Markeer als CONCEPT")
        self.concept.setChecked(self._eigen.concept)
        vorm.addRow("", self.concept)
        datum = QHBoxLayout()
        self.vandaag = QCheckBox("Datum van de export")
        self.datum = QDateEdit()
        self.datum.setDisplayFormat("d-M-yyyy")
        self.datum.setCalendarPopup(True)
        self.datum.setDateRange(QDate(DATUM_VAN.year, DATUM_VAN.month, DATUM_VAN.day),
                                QDate(DATUM_TOT.year, DATUM_TOT.month, DATUM_TOT.day))
        d = self._eigen.datum or date.today()
        self.datum.setDate(QDate(d.year, d.month, d.day))
        self.vandaag.setChecked(self._eigen.datum is None)
        self.vandaag.toggled.connect(lambda aan: self.datum.setEnabled(not aan))
        self.datum.setEnabled(self._eigen.datum is not None)
        datum.addWidget(self.vandaag)
        datum.addWidget(self.datum, 1)
        vorm.addRow("Datum", datum)
        laag.addLayout(vorm)

        groep = QGroupBox("Onderdelen")
        raster = QGridLayout(groep)
        gekozen = secties_uit_project(ui)
        self.secties: dict[str, QCheckBox] = {}
        for i, sectie in enumerate(s for s in SECTIES if s not in ZONDER_EIGEN_DEEL):
            vak = QCheckBox(SECTIETITELS[sectie])
            vak.setChecked(sectie in gekozen)
            raster.addWidget(vak, i // 2, i % 2)
            self.secties[sectie] = vak
        laag.addWidget(groep)
        self.melding = QLabel()
        self.melding.setStyleSheet("color: #b00020;")
        self.melding.setWordWrap(True)
        laag.addWidget(self.melding)
        knoppen = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        knoppen.button(QDialogButtonBox.StandardButton.Ok).setText("Opslaan")
        knoppen.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        knoppen.accepted.connect(self._akkoord)
        knoppen.rejected.connect(self.reject)
        laag.addWidget(knoppen)
        self._toon_logo()

    # -- logo ------------------------------------------------------------------------------
    def kies_logopad(self) -> str | None:   # replaceable in tests
        pad, _ = QFileDialog.getOpenFileName(self, "Logo kiezen", "", "PNG-afbeeldingen (*.png)")
        return pad or None

    def _kies_logo(self) -> None:
        pad = self.kies_logopad()
        if not pad:
            return
        try:
            self._logo = lees_logo(pad)
        except ExportFout as fout:
            self.melding.setText(str(fout))
            return
        self.melding.clear()
        self._toon_logo()

    def _geen_logo(self) -> None:
        self._logo = None
        self._toon_logo()

    def _toon_logo(self) -> None:
        self.logonaam.setText("geen" if self._logo is None else f"PNG, {len(self._logo.inhoud) // 1024 + 1} kB")

    # -- result ----------------------------------------------------------------------------
    def _akkoord(self) -> None:
        if not any(v.isChecked() for v in self.secties.values()):
            self.melding.setText("Kies ten minste één onderdeel.")
            return
        lengte = len(self.inleiding.toPlainText().strip())
        if lengte > MAX_INLEIDING:
            self.melding.setText(f"De inleiding is te lang ({lengte} tekens; hoogstens {MAX_INLEIDING}).")
            return
        for vak, wat in ((self.kernboodschap, "De kernboodschap"), (self.reservedoel, "Doel en looptijd van de reserve")):
            lengte = len(vak.toPlainText().strip())
            if lengte > MAX_KERNBOODSCHAP:
                self.melding.setText(f"{wat} is te lang ({lengte} tekens; hoogstens {MAX_KERNBOODSCHAP}).")
                return
        self.accept()

    def eigen(self) -> EigenBijlage:
        d = self.datum.date()
        return EigenBijlage(titel=self.titel.text().strip(), inleiding=self.inleiding.toPlainText().strip(),
                            logo=self._logo, concept=self.concept.isChecked(),
                            kernboodschap=self.kernboodschap.toPlainText().strip(),
                            reservedoel=self.reservedoel.toPlainText().strip(),
                            datum=None if self.vandaag.isChecked() else date(d.year(), d.month(), d.day()))

    def gekozen_secties(self) -> list[str]:
        return [s for s, v in self.secties.items() if v.isChecked()]

    def naar_ui(self, ui) -> dict:
        """A copy of the project's ``ui`` mapping with these settings stored."""
        nieuw = eigen_naar_project(ui, self.eigen())
        nieuw[SECTIESLEUTEL] = self.gekozen_secties()
        return nieuw
