"""Findings: problems in the input, the model's warnings and info notes, and the circulaire reconciliation.

The open project's findings and those of a file that failed to load are never mixed: the failed
file gets its own section under its name, and the project's sections stay as they were. The
model's info notes (values it filled in or defaulted, REKENREGELS §3/§7) are one quiet group,
collapsed and grey; warnings show one row per run of years (the model already merges them).
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStyle, QToolButton, QWidget

from model.bevindingen import FOUT
from model.opmaak import jarentekst
from model.regels import REGEL
from ui.views.paneel import Paneel, tekstregel
from ui.views.tabellen import EUR, FRACTIE, GEGEVEN_ROL, JAAR, Rij, Tabel, cel

# The message comes right after the severity: in a narrow window it is what must stay in view.
INVOER_KOPPEN = ("Ernst", "Melding", "Blad", "Cel", "Label")
WAARSCHUWING_KOPPEN = ("Melding", "Regel", "Jaren")
AANVULLING_KOPPEN = ("Aangevuld of standaard", "Regel", "Jaren")
AANVULLINGEN = "Aangevulde en standaardwaarden"
INFO = "info"
AANSLUITING_KOPPEN = ("Regel", "Jaar", "Circulaire", "Model", "Verschil", "Verschil %")


def _aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    return f"{n} {enkelvoud if n == 1 else meervoud}"


def modelwaarschuwingen(resultaat) -> list:
    """The warnings about the outcome the section "Waarschuwingen bij de uitkomst" lists (the info notes apart)."""
    return [w for w in (resultaat.waarschuwingen if resultaat is not None else ()) if w.ernst != INFO]


def samenvatting(bevindingen, resultaat) -> str:
    """What the Bevindingen tab lists, counted as its sections count (the status bar after reading a file)."""
    fouten = sum(1 for b in bevindingen if b.is_fout)
    invoer = ("geen bevindingen bij de invoer" if not bevindingen else
              f"bij de invoer {_aantal(fouten, 'fout', 'fouten')} en "
              f"{_aantal(len(bevindingen) - fouten, 'waarschuwing', 'waarschuwingen')}")
    n = len(modelwaarschuwingen(resultaat))
    uitkomst = f"{_aantal(n, 'waarschuwing', 'waarschuwingen')} bij de uitkomst" if n else \
        "geen waarschuwingen bij de uitkomst"
    return f"{invoer}, {uitkomst}"


def ernst_tekst(ernst: str) -> str:
    return "Fout" if ernst == FOUT else "Waarschuwing"


class BevindingenView(Paneel):
    """Emits ``bevinding_gekozen(Bevinding)`` when the user activates an input finding and
    ``waarschuwing_gekozen(Waarschuwing)`` for a model warning (double click or Enter), so the shell
    can jump to the field or the line; ``werkboek_openen(Bevinding | None)`` asks to open the
    workbook the chosen finding is about (in the system's spreadsheet program)."""

    bevinding_gekozen = Signal(object)
    waarschuwing_gekozen = Signal(object)
    werkboek_openen = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Bevindingen", (
            "Controles op de invoer en op de uitkomst. Een fout moet u herstellen voordat het model kan rekenen; een "
            "waarschuwing vraagt om aandacht. Kies een bevinding (dubbelklik of Enter) om naar het veld of de "
            "regel te gaan; Werkboek openen opent het werkboek in uw spreadsheetprogramma."),
            parent)
        knoppen = QHBoxLayout()
        self.werkboek_knop = QPushButton("Wer&kboek openen")
        self.werkboek_knop.setToolTip("Het werkboek van de gekozen bevinding openen in uw spreadsheetprogramma; "
                                      "de bevinding noemt het blad en de cel.")
        self.werkboek_knop.clicked.connect(lambda: self.werkboek_openen.emit(self.gekozen_bevinding()))
        knoppen.addWidget(self.werkboek_knop)
        knoppen.addStretch(1)
        self.indeling.addLayout(knoppen)
        self.invoer = self.sectie("Invoer", Tabel("Tabel bevindingen in de invoer", max_rijen_zichtbaar=12))
        self.invoer_leeg = tekstregel(naam="Status invoercontrole")
        self.indeling.addWidget(self.invoer_leeg)
        self.model = self.sectie("Waarschuwingen bij de uitkomst",
                                 Tabel("Tabel modelwaarschuwingen", max_rijen_zichtbaar=12))
        self.model_leeg = tekstregel(naam="Status modelwaarschuwingen")
        self.indeling.addWidget(self.model_leeg)
        # a file that failed to load: below the open project's findings and warnings, which it did not change
        self.mislukt = self.sectie("Niet ingelezen", Tabel("Tabel bevindingen in het niet ingelezen bestand",
                                                           max_rijen_zichtbaar=12))
        self.mislukt_tekst = tekstregel("Dit bestand is niet ingelezen; het open project is niet gewijzigd. "
                                        "Herstel de fouten in het bestand en open het opnieuw.",
                                        naam="Toelichting niet ingelezen bestand")
        self.indeling.addWidget(self.mislukt_tekst)
        # the info notes: one quiet, collapsed group that opens with a click (or the status-bar note)
        self.aanvulling_knop = QToolButton()
        self.aanvulling_knop.setCheckable(True)
        self.aanvulling_knop.setAutoRaise(True)
        self.aanvulling_knop.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.aanvulling_knop.setArrowType(Qt.ArrowType.RightArrow)
        self.aanvulling_knop.toggled.connect(self._klap)
        self.indeling.addSpacing(self.fontMetrics().height() // 2)
        self.indeling.addWidget(self.aanvulling_knop)
        self.aanvulling = Tabel("Tabel aangevulde en standaardwaarden", max_rijen_zichtbaar=12)
        self.aanvulling.setAccessibleName("Tabel aangevulde en standaardwaarden")
        palet = self.aanvulling.palette()   # quiet, yet readable: the text colour two thirds of the way
        tekst, achter = palet.color(QPalette.ColorRole.Text), palet.color(QPalette.ColorRole.Base)
        palet.setColor(QPalette.ColorRole.Text, QColor(*(round(a * 0.68 + b * 0.32) for a, b in zip(
            tekst.getRgb()[:3], achter.getRgb()[:3]))))
        self.aanvulling.setPalette(palet)
        self.indeling.addWidget(self.aanvulling)
        self.aansluiting = self.sectie("Aansluiting met de circulaire", Tabel("Tabel aansluiting met de circulaire"))
        self.aansluiting_tekst = tekstregel(naam="Toelichting aansluiting")
        self.indeling.addWidget(self.aansluiting_tekst)
        self.indeling.addStretch(1)
        for tabel in (self.mislukt, self.invoer, self.model, self.aanvulling):
            tabel.zet_afbreken()
        for tabel in (self.invoer, self.mislukt):
            tabel.activated.connect(self._gekozen)
        self.model.activated.connect(lambda index: index.data(GEGEVEN_ROL) is not None and
                                     self.waarschuwing_gekozen.emit(index.data(GEGEVEN_ROL)))
        self._klap(False)

    def toon(self, bevindingen, resultaat=None, mislukt: tuple[str, list] | None = None) -> None:
        """``bevindingen``: the open project's input findings; ``mislukt``: (file name, findings) of a
        file that failed to load, shown apart; ``resultaat``: the open project's result."""
        self._toon_mislukt(mislukt)
        self._toon_invoer(list(bevindingen))
        self._toon_waarschuwingen(resultaat)
        self._toon_aanvullingen(resultaat)
        self._toon_aansluiting(resultaat)

    def toon_mislukt(self) -> None:
        """Bring the failed file's section into view (it stands below the open project's own)."""
        self.scroll.ensureWidgetVisible(self.kopjes[self.mislukt])
        self.mislukt.setFocus()
        if self.mislukt.model_.rowCount():
            self.mislukt.setCurrentIndex(self.mislukt.model_.index(0, 1))

    def klap_aanvullingen_uit(self) -> None:
        self.aanvulling_knop.setChecked(True)
        self.scroll.ensureWidgetVisible(self.aanvulling_knop)

    def _klap(self, open_: bool) -> None:
        self.aanvulling_knop.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.aanvulling.setVisible(open_ and self.aanvulling.model_.rowCount() > 0)

    def _rijen(self, bevindingen) -> list[Rij]:
        stijl = self.style()
        iconen = {FOUT: stijl.standardIcon(QStyle.SP_MessageBoxCritical)}
        waarschuwing = stijl.standardIcon(QStyle.SP_MessageBoxWarning)
        bevindingen = sorted(bevindingen, key=lambda b: (0 if b.is_fout else 1))
        return [Rij((cel(ernst_tekst(b.ernst)), cel(b.melding, toelichting=b.tekst()), cel(b.blad or ""),
                     cel(b.cel or ""), cel(b.label or "")), gegeven=b, icoon=iconen.get(b.ernst, waarschuwing))
                for b in bevindingen]

    @staticmethod
    def _telling(bevindingen) -> str:
        fouten = sum(1 for b in bevindingen if b.is_fout)
        return (f"{_aantal(fouten, 'fout', 'fouten')}, "
                f"{_aantal(len(bevindingen) - fouten, 'waarschuwing', 'waarschuwingen')}")

    def _toon_mislukt(self, mislukt) -> None:
        naam, bevindingen = mislukt if mislukt else ("", [])
        self.mislukt.zet(INVOER_KOPPEN, self._rijen(bevindingen), rekken=1)
        self.kopjes[self.mislukt].setText(f"Niet ingelezen: {naam} ({self._telling(bevindingen)})")
        for widget in (self.kopjes[self.mislukt], self.mislukt, self.mislukt_tekst):
            widget.setVisible(mislukt is not None)

    def _gekozen(self, index: QModelIndex) -> None:
        bevinding = index.data(GEGEVEN_ROL)
        if bevinding is not None:
            self.bevinding_gekozen.emit(bevinding)

    def gekozen_bevinding(self):
        """The input finding chosen in either findings table (the failed file's first), or None."""
        for tabel in (self.mislukt, self.invoer):
            index = tabel.currentIndex()
            if tabel.isVisible() and index.isValid() and index.data(GEGEVEN_ROL) is not None:
                return index.data(GEGEVEN_ROL)
        return None

    def zet_werkboek(self, aanwezig: bool, tip: str = "") -> None:
        """Whether there is a workbook to open (the open project's, or the failed file)."""
        self.werkboek_knop.setEnabled(aanwezig)
        if tip:
            self.werkboek_knop.setStatusTip(tip)

    def _toon_invoer(self, bevindingen) -> None:
        rijen = self._rijen(bevindingen)
        self.invoer.zet(INVOER_KOPPEN, rijen, rekken=1)
        kop = "Invoer van het open project" if self.mislukt.model_.rowCount() else "Invoer"
        self.kopjes[self.invoer].setText(f"{kop} ({self._telling(bevindingen)})" if bevindingen else kop)
        self.invoer.setVisible(bool(rijen))
        self.invoer_leeg.setVisible(not rijen)
        self.invoer_leeg.setText("Geen bevindingen: de invoer is volledig en consistent.")

    @staticmethod
    def _modelrijen(waarschuwingen, resultaat=None) -> list[Rij]:
        """One row per finding; the line by the name this gemeente sees (a member's doorbetaling)."""
        def naam(regel):
            return "" if regel not in REGEL else resultaat.label(regel) if resultaat is not None else REGEL[regel].label
        return [Rij((cel(w.tekst, toelichting=w.tekst), cel(naam(w.regel)),
                     cel(jarentekst(w.jaren))), gegeven=w)
                for w in waarschuwingen]

    def _toon_aanvullingen(self, resultaat) -> None:
        info = [w for w in (resultaat.waarschuwingen if resultaat is not None else ()) if w.ernst == INFO]
        self.aanvulling.zet(AANVULLING_KOPPEN, self._modelrijen(info, resultaat), rekken=0)
        self.aanvulling_knop.setText(f"{AANVULLINGEN} ({len(info)})")
        self.aanvulling_knop.setAccessibleName(f"{AANVULLINGEN}: {len(info)}; openen of sluiten")
        self.aanvulling_knop.setToolTip("Waarden die niet zijn ingevuld en die het model heeft aangevuld of met "
                                        "een standaardwaarde heeft ingevuld. Ter informatie; geen fout.")
        self.aanvulling_knop.setVisible(bool(info))
        self._klap(self.aanvulling_knop.isChecked())

    def _toon_waarschuwingen(self, resultaat) -> None:
        waarschuwingen = modelwaarschuwingen(resultaat)
        rijen = self._modelrijen(waarschuwingen, resultaat)
        self.model.zet(WAARSCHUWING_KOPPEN, rijen, rekken=0)
        self.kopjes[self.model].setText(f"Waarschuwingen bij de uitkomst ({len(rijen)})")
        self.model.setVisible(bool(rijen))
        self.model_leeg.setVisible(not rijen)
        self.model_leeg.setText("Er is nog niet gerekend." if resultaat is None
                                else "Geen waarschuwingen bij de uitkomst.")

    def _toon_aansluiting(self, resultaat) -> None:
        regels = resultaat.aansluiting if resultaat is not None else ()
        from model.controles import circulairenaam
        rijen = [Rij((cel(circulairenaam(a.regel)), cel(a.jaar, JAAR), cel(a.circulaire, EUR), cel(a.model, EUR),
                      cel(a.verschil, EUR), cel(a.verschil_pct, FRACTIE, 1)), gegeven=a)
                 for a in regels]
        self.aansluiting.zet(AANSLUITING_KOPPEN, rijen)
        self.aansluiting.setVisible(bool(rijen))
        if resultaat is None:
            tekst = "Er is nog niet gerekend."
        elif not rijen:
            tekst = "Er zijn geen circulairebedragen ingevuld binnen de rekenjaren; er is niets om aan te sluiten."
        else:
            tekst = ("Circulaire: het bedrag zoals ingevuld op blad Circulaire. Model: wat het model zonder dat "
                     "bedrag zou schatten. Verschil = model − circulaire.")
        self.aansluiting_tekst.setText(tekst)
