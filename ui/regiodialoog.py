"""Bestand › Regio-overzicht…: the regional overview of a samenwerkingsverband (SAMENWERKING §2) in a dialog.

The folder is read off the GUI thread (:func:`start_regio`, a progress dialog with Afbreken); the dialog shows the
regional sum, the per-gemeente columns of a chosen year, the verdeling and the findings, and exports PDF and Excel
(written off the GUI thread too). The figures are those of :class:`model.regio.Regio`.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QListWidget,
                               QProgressDialog, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
                               QWidget)

from model.eenheden import EUR
from model.opmaak import getal, procent
from model.regels import REGEL, overzicht
from model.regio import VERHOUDINGEN_NOOT, cijfer
from ui import werkers

TITEL = "Regio-overzicht"


def _cel(tekst: str, rechts: bool = True, vet: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(tekst)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if rechts:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if vet:
        f = QFont()
        f.setBold(True)
        item.setFont(f)
    return item


def _tabel(koppen: list[str], rijen: list[tuple[str, list[str], bool]]) -> QTableWidget:
    """Rows of (label, figures, bold)."""
    t = QTableWidget(len(rijen), len(koppen))
    t.setHorizontalHeaderLabels(koppen)
    t.verticalHeader().hide()
    for r, (label, cijfers, vet) in enumerate(rijen):
        t.setItem(r, 0, _cel(label, rechts=False, vet=vet))
        for k, c in enumerate(cijfers, start=1):
            t.setItem(r, k, _cel(c, vet=vet))
    t.resizeColumnsToContents()
    t.setAlternatingRowColors(True)
    return t


def _lijnrijen(waarden) -> list[tuple[str, list[str], bool]]:
    rijen = []
    for kop, r in overzicht():
        if r is None:
            rijen.append((kop, [], True))
            continue
        rijen.append((REGEL[r.sleutel].label, [cijfer(w, r.eenheid) for w in waarden(r.sleutel)],
                      r.groep in ("totaal", "saldo")))
    return rijen


class RegioDialoog(QDialog):
    """The overview of one folder: Regionale som, Per gemeente, Verdeling, Bevindingen; export PDF/Excel."""

    def __init__(self, regio, parent=None):
        super().__init__(parent)
        self.regio = regio
        self.setWindowTitle(f"{TITEL} — {Path(regio.map).name}")
        laag = QVBoxLayout(self)
        namen = ", ".join(g.naam + (" (ontvangend)" if g.ontvangt else "") for g in regio.gemeenten)
        kop = QLabel(f"{len(regio.gemeenten)} gemeenten ingelezen uit {regio.map}: {namen}."
                     + (f" Niet ingelezen: {', '.join(n.bestand for n in regio.niet_ingelezen)}."
                        if regio.niet_ingelezen else ""))
        kop.setWordWrap(True)
        laag.addWidget(kop)
        self.tabs = QTabWidget()
        laag.addWidget(self.tabs, 1)
        jaren = [str(j) for j in regio.jaren]
        # the regional sum
        rijen = _lijnrijen(lambda s: regio.regels[s])
        rijen += [("Betalingen tussen de gemeenten (niet in de regionale som)", [], True),
                  ("Doorbetaling aan de deelnemende gemeenten (ontvangende gemeente)",
                   [EUR.cijfer(w) for w in regio.onderling_lasten], False),
                  ("Doorbetaling impulsbudget ontvangen (deelnemende gemeenten)",
                   [EUR.cijfer(w) for w in regio.onderling_baten], False)]
        self.som = _tabel(["Regionale som (€)"] + jaren, rijen)
        pagina = QWidget()
        pl = QVBoxLayout(pagina)
        pl.addWidget(self.som, 1)
        self.som_noot = QLabel(VERHOUDINGEN_NOOT)
        self.som_noot.setWordWrap(True)
        pl.addWidget(self.som_noot)
        self.tabs.addTab(pagina, "Regionale som")
        # per gemeente in a chosen year
        pagina = QWidget()
        pl = QVBoxLayout(pagina)
        keuze = QHBoxLayout()
        keuze.addWidget(QLabel("Jaar:"))
        self.jaar = QComboBox()
        self.jaar.addItems(jaren)
        self.jaar.setAccessibleName("Jaar van de kolommen per gemeente")
        keuze.addWidget(self.jaar)
        keuze.addStretch(1)
        pl.addLayout(keuze)
        self.per_gemeente = QTableWidget()
        pl.addWidget(self.per_gemeente, 1)
        noot = QLabel("De kolom Regio is de regionale som zonder de betalingen tussen de gemeenten: bij het impulsbudget "
                      "en de doorbetaling is zij daarom niet de optelling van de kolommen. " + VERHOUDINGEN_NOOT)
        noot.setWordWrap(True)
        pl.addWidget(noot)
        self.jaar.currentIndexChanged.connect(self._vul_per_gemeente)
        self._vul_per_gemeente()
        self.tabs.addTab(pagina, "Per gemeente")
        # the verdeling
        v = regio.verdeling
        if v is not None:
            ontvangend = {g.naam for g in regio.gemeenten if g.ontvangt}
            rijen = [(a.naam + (" (ontvangend)" if a.naam in ontvangend else ""),
                      [getal(a.aantal), procent(a.sleutel, 2)] + [EUR.cijfer(w) for w in a.bedragen]
                      + [EUR.cijfer(a.totaal)], False) for a in v.leden]
            rijen.append(("Totaal samenwerkingsverband", [getal(sum(a.aantal for a in v.leden)), procent(1, 2)]
                          + [EUR.cijfer(w) for w in v.regionaal] + [EUR.cijfer(v.totaal)], True))
            pagina = QWidget()
            pl = QVBoxLayout(pagina)
            uitleg = QLabel(f"Sleutel: {v.sleutelsoort}. " + " ".join(v.noten()[:1]))
            uitleg.setWordWrap(True)
            pl.addWidget(uitleg)
            self.verdeling = _tabel(["Gemeente", "Aantal", "Sleutel"] + [f"{j} (€)" for j in v.jaren] + ["Totaal (€)"],
                                    rijen)
            pl.addWidget(self.verdeling, 1)
            self.tabs.addTab(pagina, "Verdeling")
        else:
            self.verdeling = None
        # the findings
        self.bevindingen = QListWidget()
        for b in regio.bevindingen:
            self.bevindingen.addItem(f"{b.ernst.capitalize()}: {b.tekst}")
        if not regio.bevindingen:
            self.bevindingen.addItem("Geen bevindingen: de bestanden vormen één samenwerkingsverband.")
        self.bevindingen.setWordWrap(True)
        self.bevindingen.setSpacing(4)
        self.tabs.addTab(self.bevindingen, f"Bevindingen ({len(regio.bevindingen)})")
        # export
        knoppen = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        knoppen.button(QDialogButtonBox.StandardButton.Close).setText("Sluiten")
        self.pdf_knop = QPushButton("Exporteren als PDF…")
        self.excel_knop = QPushButton("Exporteren als Excel…")
        for knop, soort in ((self.pdf_knop, "pdf"), (self.excel_knop, "excel")):
            knoppen.addButton(knop, QDialogButtonBox.ButtonRole.ActionRole)
            knop.clicked.connect(lambda _=False, s=soort: self.exporteer(s))
        knoppen.rejected.connect(self.reject)
        self.melding = QLabel()
        self.melding.setWordWrap(True)
        laag.addWidget(self.melding)
        laag.addWidget(knoppen)
        scherm = parent.screen().availableGeometry() if parent is not None and parent.screen() else None
        self.resize(min(1100, scherm.width() - 40) if scherm else 1100, min(700, scherm.height() - 60) if scherm else 700)

    def kolomjaar(self) -> int:
        return self.regio.jaren[self.jaar.currentIndex()]

    def _vul_per_gemeente(self) -> None:
        r, i = self.regio, self.regio.jaren.index(self.kolomjaar())
        koppen = [f"{self.kolomjaar()} (€)"] + [g.naam for g in r.gemeenten] + ["Regio"]
        rijen = _lijnrijen(lambda s: [g.getoond(s)[i] for g in r.gemeenten] + [r.regels[s][i]])
        t = self.per_gemeente
        t.clear()
        t.setRowCount(len(rijen))
        t.setColumnCount(len(koppen))
        t.setHorizontalHeaderLabels(koppen)
        t.verticalHeader().hide()
        for rij, (label, cijfers, vet) in enumerate(rijen):
            t.setItem(rij, 0, _cel(label, rechts=False, vet=vet))
            for k, c in enumerate(cijfers, start=1):
                t.setItem(rij, k, _cel(c, vet=vet))
        t.resizeColumnsToContents()

    # -- export (replaceable chooser for tests) ----------------------------------------------
    def kies_pad(self, soort: str) -> str | None:
        filter_ = "PDF-document (*.pdf)" if soort == "pdf" else "Excel-werkboek (*.xlsx)"
        voorstel = str(Path.home() / f"Regio-overzicht {Path(self.regio.map).name}.{'pdf' if soort == 'pdf' else 'xlsx'}")
        pad, _ = QFileDialog.getSaveFileName(self, "Regio-overzicht exporteren", voorstel, filter_)
        return pad or None

    def exporteer(self, soort: str, pad: str | None = None):
        """Write the overview off the GUI thread; returns the worker (tests wait for it)."""
        from model.export.regio import bouw_regio_excel, bouw_regio_pdf
        from model.io.atomair import schrijf_atomair
        pad = pad or self.kies_pad(soort)
        if not pad:
            return None
        if Path(pad).resolve().parent == Path(self.regio.map).resolve():
            self.melding.setText("Kies een andere map: het overzicht komt niet tussen de bestanden van de gemeenten.")
            return None
        bouw = bouw_regio_pdf if soort == "pdf" else bouw_regio_excel
        regio, jaar = self.regio, self.kolomjaar()
        self.melding.setText(f"{Path(pad).name} wordt geschreven…")

        def schrijf(_voortgang):
            schrijf_atomair(Path(pad), bouw(regio, jaar))
            return pad

        werker = werkers.Werker(schrijf)
        werker.signalen.klaar.connect(lambda p: self.melding.setText(f"Opgeslagen: {p}"))
        werker.signalen.mislukt.connect(lambda tekst: self.melding.setText(f"Exporteren is mislukt: {tekst}"))
        return werkers.start(werker)


def kies_map(parent, begin: str) -> str | None:
    pad = QFileDialog.getExistingDirectory(parent, "Map met de werkboeken van de regio", begin)
    return pad or None


def start_regio(venster, map_: str, toon=None):
    """Read the folder off the GUI thread with a progress dialog and Afbreken; on success ``toon(regio)``, else a
    Dutch message. Returns (worker, the cancel event)."""
    from model.io.regiomap import lees_regio
    from model.regio import RegioFout
    annuleer = threading.Event()
    voortgang = QProgressDialog(f"{Path(map_).name} wordt ingelezen…", "Afbreken", 0, 100, venster)
    voortgang.setWindowTitle(TITEL)
    voortgang.setMinimumDuration(300)
    voortgang.canceled.connect(annuleer.set)

    def lees(melden):
        try:
            return lees_regio(map_, annuleer=annuleer, voortgang=lambda f, t: melden(int(100 * f), t))
        except RegioFout as fout:
            return str(fout)

    werker = werkers.Werker(lees)
    werker.signalen.voortgang.connect(lambda pct, tekst: (voortgang.setValue(pct), voortgang.setLabelText(tekst)))

    def klaar(uitkomst):
        voortgang.reset()
        voortgang.deleteLater()
        if isinstance(uitkomst, str):
            venster.meld(TITEL, uitkomst)
        elif uitkomst.afgebroken:
            venster.statusBar().showMessage("Regio-overzicht afgebroken.", 10000)
        elif not uitkomst.gemeenten:
            venster.meld(TITEL, "Geen enkel bestand in de map kon worden ingelezen:\n"
                         + "\n".join(f"- {n.bestand}: {' '.join(n.bevindingen)}" for n in uitkomst.niet_ingelezen))
        elif toon is not None:
            toon(uitkomst)

    def mislukt(tekst):
        voortgang.reset()
        voortgang.deleteLater()
        venster.meld(TITEL, f"Het regio-overzicht kon niet worden gemaakt: {tekst}")

    werker.signalen.klaar.connect(klaar)
    werker.signalen.mislukt.connect(mislukt)
    return werkers.start(werker), annuleer
