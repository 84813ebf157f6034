"""Findings: problems in the input, the model's warnings, and the circulaire reconciliation."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QStyle, QWidget

from model.bevindingen import FOUT
from model.regels import REGEL
from ui.views.paneel import Paneel, tekstregel
from ui.views.tabellen import EUR, FRACTIE, GEGEVEN_ROL, JAAR, Rij, Tabel, cel

# The message comes right after the severity: in a narrow window it is what must stay in view.
INVOER_KOPPEN = ("Ernst", "Melding", "Blad", "Cel", "Label")
WAARSCHUWING_KOPPEN = ("Melding", "Regel", "Jaren")
AANSLUITING_KOPPEN = ("Regel", "Jaar", "Circulaire", "Model", "Verschil", "Verschil %")


def _aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    return f"{n} {enkelvoud if n == 1 else meervoud}"


def ernst_tekst(ernst: str) -> str:
    return "Fout" if ernst == FOUT else "Waarschuwing"


class BevindingenView(Paneel):
    """Emits ``bevinding_gekozen(Bevinding)`` when the user activates an input finding
    (double click or Enter), so the shell can jump to the field."""

    bevinding_gekozen = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Bevindingen", (
            "Controles op de invoer en op de uitkomst. Een fout moet u herstellen voordat het model kan rekenen; een "
            "waarschuwing vraagt om aandacht. Kies een bevinding (dubbelklik of Enter) om naar het veld te gaan."),
            parent)
        self.invoer = self.sectie("Invoer", Tabel("Tabel bevindingen in de invoer", max_rijen_zichtbaar=12))
        self.invoer_leeg = tekstregel(naam="Status invoercontrole")
        self.indeling.addWidget(self.invoer_leeg)
        self.model = self.sectie("Waarschuwingen bij de uitkomst",
                                 Tabel("Tabel modelwaarschuwingen", max_rijen_zichtbaar=12))
        self.model_leeg = tekstregel(naam="Status modelwaarschuwingen")
        self.indeling.addWidget(self.model_leeg)
        self.aansluiting = self.sectie("Aansluiting met de circulaire", Tabel("Tabel aansluiting met de circulaire"))
        self.aansluiting_tekst = tekstregel(naam="Toelichting aansluiting")
        self.indeling.addWidget(self.aansluiting_tekst)
        self.indeling.addStretch(1)
        for tabel in (self.invoer, self.model):
            tabel.zet_afbreken()
        self.invoer.activated.connect(self._gekozen)

    def toon(self, bevindingen, resultaat=None) -> None:
        self._toon_invoer(list(bevindingen))
        self._toon_waarschuwingen(resultaat)
        self._toon_aansluiting(resultaat)

    def _gekozen(self, index: QModelIndex) -> None:
        bevinding = index.data(GEGEVEN_ROL)
        if bevinding is not None:
            self.bevinding_gekozen.emit(bevinding)

    def _toon_invoer(self, bevindingen) -> None:
        stijl = self.style()
        iconen = {FOUT: stijl.standardIcon(QStyle.SP_MessageBoxCritical)}
        waarschuwing = stijl.standardIcon(QStyle.SP_MessageBoxWarning)
        bevindingen.sort(key=lambda b: (0 if b.is_fout else 1))
        rijen = [Rij((cel(ernst_tekst(b.ernst)), cel(b.melding, toelichting=b.tekst()), cel(b.blad or ""),
                      cel(b.cel or ""), cel(b.label or "")), gegeven=b, icoon=iconen.get(b.ernst, waarschuwing))
                 for b in bevindingen]
        self.invoer.zet(INVOER_KOPPEN, rijen, rekken=1)
        fouten = sum(1 for b in bevindingen if b.is_fout)
        telling = (f"{_aantal(fouten, 'fout', 'fouten')}, "
                   f"{_aantal(len(bevindingen) - fouten, 'waarschuwing', 'waarschuwingen')}")
        self.kopjes[self.invoer].setText(f"Invoer ({telling})" if bevindingen else "Invoer")
        self.invoer.setVisible(bool(rijen))
        self.invoer_leeg.setVisible(not rijen)
        self.invoer_leeg.setText("Geen bevindingen: de invoer is volledig en consistent.")

    def _toon_waarschuwingen(self, resultaat) -> None:
        waarschuwingen = resultaat.waarschuwingen if resultaat is not None else ()
        rijen = [Rij((cel(w.tekst, toelichting=w.tekst), cel(REGEL[w.regel].label if w.regel in REGEL else ""),
                      cel(", ".join(str(j) for j in w.jaren))), gegeven=w)
                 for w in waarschuwingen]
        self.model.zet(WAARSCHUWING_KOPPEN, rijen, rekken=0)
        self.kopjes[self.model].setText(f"Waarschuwingen bij de uitkomst ({len(rijen)})")
        self.model.setVisible(bool(rijen))
        self.model_leeg.setVisible(not rijen)
        self.model_leeg.setText("Er is nog niet gerekend." if resultaat is None
                                else "Geen waarschuwingen bij de uitkomst.")

    def _toon_aansluiting(self, resultaat) -> None:
        regels = resultaat.aansluiting if resultaat is not None else ()
        rijen = [Rij((cel(REGEL[a.regel].label), cel(a.jaar, JAAR), cel(a.circulaire, EUR), cel(a.model, EUR),
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
