"""The sensitivity analysis: the tornado chart plus the table behind it."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from model.analyse import GEVOELIGHEIDSEFFECT
from ui.grafieken import TornadoGrafiek
from ui.views.paneel import Paneel
from ui.views.tabellen import EUR, Rij, Tabel, cel

KOPPEN = ("Aanname", "Laag", "Hoog", "Effect op geraamd\nresultaat laag", "Effect op geraamd\nresultaat hoog",
          "Effect op maatschappelijke\nbaten laag", "Effect op maatschappelijke\nbaten hoog")


class GevoeligheidView(Paneel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("Gevoeligheid", (
            "Hoe gevoelig is het geraamde resultaat voor de aannames? Elke aanname wordt naar een lage en een hoge "
            f"instelling gezet; de balken tonen {GEVOELIGHEIDSEFFECT}, ten opzichte van het gekozen scenario. "
            "Links van nul is nadeliger, rechts gunstiger. De grootste bandbreedte staat bovenaan."), parent)
        self.gevoeligheden: tuple = ()
        self.tornado = self.sectie(GEVOELIGHEIDSEFFECT[0].upper() + GEVOELIGHEIDSEFFECT[1:], TornadoGrafiek(), 1)
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
