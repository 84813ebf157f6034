"""Scenarios side by side for one chosen line, with the difference from Basis per year and
cumulated, plus which assumptions each scenario changes and which lines move with them."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from model.regels import REGEL, REGELS
from ui.grafieken import LijnGrafiek
from ui.views.paneel import Paneel, tekstregel
from ui.views.tabellen import EUR, FRACTIE, Rij, Tabel, jaarrij

STANDAARDREGEL = "saldo"


def _decimalen(eenheid: str) -> int | None:
    return 1 if eenheid == FRACTIE else (1 if eenheid == "aantal" else None)


class VergelijkingView(Paneel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("Scenariovergelijking", (
            "De scenario's naast elkaar voor één regel van de begroting. Het verschil is het scenario min Basis; "
            "het cumulatieve verschil telt de verschillen op vanaf het eerste jaar."), parent)
        self.vergelijking = None
        rij = QHBoxLayout()
        self.keuze_label = QLabel("&Regel:")
        self.regelkeuze = QComboBox()
        self.regelkeuze.setAccessibleName("Regel om te vergelijken")
        for r in REGELS:
            self.regelkeuze.addItem(r.label, r.sleutel)
        self.regelkeuze.setCurrentIndex(self.regelkeuze.findData(STANDAARDREGEL))
        self.keuze_label.setBuddy(self.regelkeuze)
        rij.addWidget(self.keuze_label)
        rij.addWidget(self.regelkeuze, 1)
        self.indeling.addLayout(rij)
        self.tabel = self.sectie("Per jaar", Tabel("Tabel scenariovergelijking", max_rijen_zichtbaar=16,
                                                   vaste_kolom=True))
        self.grafiek = self.sectie("Grafiek", LijnGrafiek("Grafiek scenariovergelijking"), 1)
        self.samenvatting = self.sectie("Wat elk scenario verandert", tekstregel(naam="Gewijzigde regels per scenario"))
        self.regelkeuze.currentIndexChanged.connect(self._vernieuw)

    def kies_regel(self, sleutel: str) -> None:
        self.regelkeuze.setCurrentIndex(self.regelkeuze.findData(sleutel))

    def gekozen_regel(self) -> str:
        return self.regelkeuze.currentData() or STANDAARDREGEL

    def toon(self, vergelijking, aannames=None) -> None:
        """``aannames``: per scenario (as named in the comparison) its own adjustments in words."""
        self.vergelijking = vergelijking
        for i in range(self.regelkeuze.count()):   # each line by the name this gemeente sees (one name per line)
            self.regelkeuze.setItemText(i, vergelijking.basis.label(self.regelkeuze.itemData(i)))
        self._vernieuw()
        self.samenvatting.setText(self._samenvatting(vergelijking, aannames or {}))

    def _vernieuw(self) -> None:
        v = self.vergelijking
        if v is None:
            return
        sleutel = self.gekozen_regel()
        regel = REGEL[sleutel]
        eenheid, dec = regel.eenheid, _decimalen(regel.eenheid)
        koppen = ["Scenario"] + [str(j) for j in v.jaren]
        rijen: list[Rij] = [jaarrij(v.basis.scenario, v.basis.reeks(sleutel), eenheid, dec, nadruk=True)]
        for variant in v.varianten:
            rijen.append(jaarrij(variant.scenario, variant.reeks(sleutel), eenheid, dec, nadruk=True))
            rijen.append(jaarrij(f"   verschil t.o.v. {v.basis.scenario}", v.verschil(variant, sleutel), eenheid, dec))
            if regel.cumuleerbaar:  # a stock (reserve) or per-place amount has no meaningful running total
                rijen.append(jaarrij("   cumulatief verschil", v.cumulatief(variant, sleutel), eenheid, dec))
        self.tabel.zet(koppen, rijen)
        self.grafiek.setAccessibleName(f"Grafiek scenariovergelijking: {v.basis.label(sleutel)}")
        self.grafiek.toon(v.jaren, [(r.scenario, r.reeks(sleutel)) for r in (v.basis,) + tuple(v.varianten)],
                          eenheid if eenheid in (EUR, FRACTIE) else "aantal")

    @staticmethod
    def _samenvatting(v, aannames) -> str:
        if not v.varianten:
            return "Er is alleen het basisscenario; voeg een scenario toe om te vergelijken."
        regels = []
        for variant in v.varianten:
            eigen = aannames.get(variant.scenario)
            wat = f"{variant.scenario}: " + (f"{'; '.join(eigen)}." if eigen else "")
            gewijzigd = v.gewijzigde_regels(variant)
            if gewijzigd:
                regels.append(wat + (" Verandert: " if eigen else "")
                              + ", ".join(v.basis.label(s) for s in gewijzigd) + ".")
            else:
                regels.append(wat + f"{' ' if eigen else ''}Geen verschil met {v.basis.scenario}.")
        return "\n".join(regels)
