"""The waterfall of *Wat verandert er*: an amount from old to new through the steps that explain it.

The first and last bars stand on zero (old and new); each step floats from where the previous
one ended, up (better) or down (worse), with a thin connector between them. A step without
effect is a flat line, so the fixed order of the steps stays visible.
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from model.opmaak import hele_euro
from ui.grafieken.assen import EUR, as_tekst, waarde_tekst
from ui.grafieken.basis import KLEUREN, Grafiek, Legendapost
from weergave.assen import asbereik

TOTAAL_KLEUR, BETER_KLEUR, SLECHTER_KLEUR = KLEUREN[0], KLEUREN[2], KLEUREN[3]


def verschil_tekst(waarde: float) -> str:
    """A step's effect with its sign: ``+ € 7.500``, ``− € 41.368``, ``€ 0``."""
    afgerond = hele_euro(waarde)
    if not afgerond:
        return "€ 0"
    return ("+ " if afgerond > 0 else "− ") + waarde_tekst(abs(afgerond), EUR)


class WatervalGrafiek(Grafiek):
    """``toon(balken)`` with ``balken`` as :meth:`model.vergelijken.Vergelijking.waterval` gives them:
    (name, value) for old, (name, effect) per step, (name, value) for new."""

    def __init__(self, naam: str = "Waterval geraamd resultaat", parent: QWidget | None = None):
        super().__init__(naam, parent)
        self.balken: tuple[tuple[str, float], ...] = ()

    def toon(self, balken: Sequence[tuple[str, float]]) -> None:
        self.balken = tuple(balken)
        self._gekozen = None
        self.setAccessibleDescription(" ".join(f"{t}." for t in self.teksten()))
        self.update()

    def namen(self) -> list[str]:
        """The bars' names under the chart: *Oud*, the steps, *Nieuw* (the files are named above the chart).
        A hyphen may end a line (``Scenario-aanpassingen``)."""
        return [["Oud", "Nieuw"][i > 0] if i in (0, len(self.balken) - 1) else naam.replace("-", "-\u200b")
                for i, (naam, _) in enumerate(self.balken)]

    def teksten(self) -> list[str]:
        """Each bar as Dutch text (tooltips, keyboard, screen readers)."""
        uit = []
        for i, (naam, waarde) in enumerate(self.balken):
            if 0 < i < len(self.balken) - 1:
                uit.append(f"{naam}: {verschil_tekst(waarde)}")
            else:
                uit.append(f"{['Oud', 'Nieuw'][i > 0]} ({naam}): {waarde_tekst(waarde, EUR)}")
        return uit

    def heeft_gegevens(self) -> bool:
        return len(self.balken) >= 2

    def sizeHint(self) -> QSize:
        h = self.eenheid_px()
        return QSize(int(h * 40), int(h * 20))

    def teken(self, p: QPainter, rect: QRectF) -> None:
        fm, h = self.fm(), self.eenheid_px()
        posten = [Legendapost("Oud en nieuw", TOTAAL_KLEUR), Legendapost("Stap: beter", BETER_KLEUR),
                  Legendapost("Stap: slechter", SLECHTER_KLEUR)]
        legenda = self.legenda_hoogte(posten, rect.width())
        self.teken_legenda(p, posten, rect)

        # the running level before and after each bar
        niveaus, stand = [], 0.0
        for i, (_, waarde) in enumerate(self.balken):
            if i == 0 or i == len(self.balken) - 1:
                niveaus.append((0.0, waarde))
                stand = waarde
            else:
                niveaus.append((stand, stand + waarde))
                stand += waarde
        alle = [w for paar in niveaus for w in paar]
        asbreedte = max(fm.horizontalAdvance("€ -88,88 mln"), fm.horizontalAdvance("€ -888.888")) + h * 0.4
        labelhoogte = h * 3.2   # step names wrap over up to three lines
        plot = QRectF(rect.left() + asbreedte, rect.top() + legenda + h * 0.8,
                      rect.width() - asbreedte, rect.height() - legenda - labelhoogte - h * 1.4)
        laag, hoog, ticks = asbereik(alle, met_nul=True, max_stappen=max(2, min(8, int(plot.height() / (h * 3)))))
        stap = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
        grootste = max(abs(laag), abs(hoog))

        def y_van(w: float) -> float:
            return plot.bottom() - (w - laag) / (hoog - laag) * plot.height()

        for t in ticks:
            y = y_van(t)
            p.setPen(self.pen(self.rasterkleur(), 0.05))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(self.tekstkleur())
            p.drawText(QRectF(rect.left(), y - h / 2, asbreedte - h * 0.3, h), Qt.AlignRight | Qt.AlignVCenter,
                       as_tekst(t, EUR, stap, grootste))

        vak = plot.width() / len(self.balken)
        breed = vak * 0.6
        teksten, namen = self.teksten(), self.namen()
        # the names under the bars: a smaller font (down to 75 %) when a word is wider than its slot
        naamfont = QFont(self.font())
        woord = max(fm.horizontalAdvance(w) for n in namen for w in n.replace("\u200b", " ").split())
        naamfont.setPointSizeF(naamfont.pointSizeF() * max(0.75, min(1.0, (vak - h * 0.3) / woord)))
        vorige_eind: tuple[float, float] | None = None
        for i, ((naam, waarde), (van, tot)) in enumerate(zip(self.balken, niveaus)):
            is_stap = 0 < i < len(self.balken) - 1
            links = plot.left() + vak * i + (vak - breed) / 2
            y0, y1 = y_van(van), y_van(tot)
            vlak = QRectF(links, min(y0, y1), breed, max(1.0, abs(y1 - y0)))
            if not is_stap:
                kleur = TOTAAL_KLEUR
            else:
                kleur = BETER_KLEUR if hele_euro(waarde) > 0 else SLECHTER_KLEUR if hele_euro(waarde) < 0 else None
            if vorige_eind is not None:   # connector from the previous bar's end
                pen = QPen(self.tekstkleur())
                pen.setStyle(Qt.DotLine)
                p.setPen(pen)
                p.drawLine(QPointF(vorige_eind[0], vorige_eind[1]), QPointF(links, vorige_eind[1]))
            if kleur is None:
                p.setPen(self.pen(self.tekstkleur(), 0.1))
                p.drawLine(QPointF(links, y1), QPointF(links + breed, y1))
                vlak = QRectF(links, y1 - h * 0.2, breed, h * 0.4)
            else:
                p.setPen(Qt.NoPen)
                p.setBrush(QColor(kleur))
                p.drawRect(vlak)
            vorige_eind = (links + breed, y1)
            self.registreer(vlak, teksten[i], (i,))
            # the amount above a rising bar, below a falling one
            label = verschil_tekst(waarde) if is_stap else waarde_tekst(waarde, EUR)
            omhoog = (tot >= van) if is_stap else (waarde >= 0)
            labelbreedte = vak + h * 0.2
            y_label = vlak.top() - h * 1.05 if omhoog else vlak.bottom() + h * 0.05
            p.setPen(self.tekstkleur())
            p.drawText(QRectF(links + breed / 2 - labelbreedte / 2, y_label, labelbreedte, h),
                       Qt.AlignCenter, fm.elidedText(label, Qt.ElideRight, labelbreedte))
            # the name below the plot, wrapped within its slot
            naamvak = QRectF(plot.left() + vak * i + h * 0.1, plot.bottom() + h * 0.3, vak - h * 0.2, labelhoogte)
            p.setFont(naamfont)
            p.drawText(naamvak, Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap, namen[i])
            p.setFont(self.font())
            self.registreer_hint(naamvak, teksten[i])
        p.setPen(self.pen(self.tekstkleur(), 0.08))
        p.drawLine(QPointF(plot.left(), y_van(0)), QPointF(plot.right(), y_van(0)))
