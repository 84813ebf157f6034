"""The sensitivity analysis: the tornado chart plus the table behind it."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.grafieken import TornadoGrafiek
from ui.views.paneel import Paneel
from ui.views.tabellen import EUR, Rij, Tabel, cel

KOPPEN = ("Aanname", "Laag", "Hoog", "Effect op saldo\nlaag", "Effect op saldo\nhoog",
          "Effect op maatschappelijke\nbaten laag", "Effect op maatschappelijke\nbaten hoog")


class GevoeligheidView(Paneel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("Gevoeligheid", (
            "Hoe gevoelig is het saldo voor de aannames? Elke aanname wordt naar een lage en een hoge instelling gezet; "
            "de balken tonen het effect op het saldo opgeteld over alle jaren, ten opzichte van het gekozen scenario. "
            "Links van nul is nadeliger, rechts gunstiger. De grootste bandbreedte staat bovenaan."), parent)
        self.gevoeligheden: tuple = ()
        self.tornado = self.sectie("Effect op het gecumuleerde saldo", TornadoGrafiek(), 1)
        self.tabel = self.sectie("Aannames en effecten", Tabel("Tabel gevoeligheid", max_rijen_zichtbaar=30))

    def toon(self, gevoeligheden) -> None:
        self.gevoeligheden = tuple(gevoeligheden)
        self.tornado.toon(self.gevoeligheden)
        h = self.tornado.fontMetrics().height()
        self.tornado.setMinimumHeight(max(h * 16, self.tornado.minimumSizeHint().height()))
        rijen = [Rij((cel(g.variatie.label), cel(g.variatie.laag_tekst), cel(g.variatie.hoog_tekst),
                      cel(g.effect_laag, EUR), cel(g.effect_hoog, EUR),
                      cel(g.effect_laag_maatschappelijk, EUR), cel(g.effect_hoog_maatschappelijk, EUR)),
                     gegeven=g)
                 for g in self.gevoeligheden]
        self.tabel.zet(KOPPEN, rijen)
