"""Charts with years along the x-axis: grouped bars and lines with markers.

``LijnGrafiek`` is the generic one for the stream views; ``BatenLastenGrafiek`` shows a
result's baten and lasten as bars with the saldo as a line.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QWidget

from model.regels import REGEL
from ui.grafieken.assen import EUR, as_tekst, uitdunnen, waarde_tekst
from ui.grafieken.basis import KLEUREN, Grafiek, Legendapost, teken_marker
from weergave.assen import asbereik

STAAF, LIJN = "staaf", "lijn"
TEKSTKLEUR = ""   # a series drawn in the text colour (black, or light in a dark colour scheme)


@dataclass(frozen=True)
class Serie:
    label: str
    waarden: tuple[float | None, ...]
    soort: str = LIJN
    kleur: str = KLEUREN[0]      # TEKSTKLEUR follows the palette
    vorm: int = 0
    paneel: int = 0        # 0 = main plot, 1 = a lower plot with its own scale


class Jaargrafiek(Grafiek):
    """Years on x, one value axis; series drawn as grouped bars and/or lines."""

    def __init__(self, naam: str, parent: QWidget | None = None):
        super().__init__(naam, parent)
        self.jaren: tuple[int, ...] = ()
        self.series: tuple[Serie, ...] = ()
        self.eenheid = EUR
        self.band: tuple[str, str] | None = None
        self.jaarlabels: list[QRectF] = []
        self.waardelabels: list[QRectF] = []

    def zet_series(self, jaren: Sequence[int], series: Sequence[Serie], eenheid: str) -> None:
        self.jaren, self.series, self.eenheid = tuple(jaren), tuple(series), eenheid
        self._gekozen = None
        self.setAccessibleDescription(self.beschrijving())
        self.setToolTip("")
        self.update()

    def beschrijving(self) -> str:
        """A complete text alternative: every value of every series."""
        delen = []
        for s in self.series:
            waarden = "; ".join(f"{j}: {waarde_tekst(w, self.eenheid)}" for j, w in zip(self.jaren, s.waarden))
            delen.append(f"{s.label}: {waarden}.")
        return " ".join(delen)

    def _teken_band(self, p: QPainter, plot: QRectF, vak: float, series: list[Serie], y_van) -> None:
        """Shade the range between two series (e.g. laag and hoog) in the colour of the first."""
        onder = next((s for s in series if s.label == self.band[0]), None)
        boven = next((s for s in series if s.label == self.band[1]), None)
        if onder is None or boven is None:
            return
        jaren = [i for i in range(len(self.jaren)) if onder.waarden[i] is not None and boven.waarden[i] is not None]
        if len(jaren) < 2:
            return
        x = [plot.left() + vak * (i + 0.5) for i in jaren]
        punten = [QPointF(xi, y_van(boven.waarden[i])) for xi, i in zip(x, jaren)]
        punten += [QPointF(xi, y_van(onder.waarden[i])) for xi, i in reversed(list(zip(x, jaren)))]
        kleur = QColor(self.kleur(onder))
        kleur.setAlphaF(0.15)
        p.setPen(Qt.NoPen)
        p.setBrush(kleur)
        p.drawPolygon(QPolygonF(punten))

    def kleur(self, s: Serie) -> str:
        return s.kleur or self.tekstkleur().name()

    def heeft_gegevens(self) -> bool:
        return bool(self.jaren) and any(w is not None for s in self.series for w in s.waarden)

    def teken(self, p: QPainter, rect: QRectF) -> None:
        fm, h = self.fm(), self.eenheid_px()
        self.jaarlabels: list[QRectF] = []   # where the year labels went (they must never overlap)
        self.waardelabels: list[QRectF] = []
        posten = [Legendapost(s.label, self.kleur(s), s.soort, s.vorm) for s in self.series]
        legenda = self.legenda_hoogte(posten, rect.width())
        self.teken_legenda(p, posten, rect)

        panelen = sorted({s.paneel for s in self.series})
        gewicht = {pn: (1.0 if pn == 0 else 0.45) for pn in panelen}
        tussen = h * 1.2
        beschikbaar = max(h * len(panelen), rect.height() - legenda - h * 1.6 - tussen * (len(panelen) - 1))
        assen = {}
        for pn in panelen:
            hoogte = beschikbaar * gewicht[pn] / sum(gewicht.values())
            waarden = [w for s in self.series if s.paneel == pn for w in s.waarden]
            laag, hoog, ticks = asbereik(waarden, met_nul=True, max_stappen=max(1, min(8, int(hoogte / (h * 2.4)))))
            stap = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
            grootste = max(abs(laag), abs(hoog))
            assen[pn] = (hoogte, laag, hoog, ticks, [as_tekst(t, self.eenheid, stap, grootste) for t in ticks])
        links = rect.left() + max(fm.horizontalAdvance(t) for a in assen.values() for t in a[4]) + h * 0.5
        jaarbreedte = fm.horizontalAdvance("2099")
        n = len(self.jaren)
        breedte = rect.right() - links - jaarbreedte / 2
        vak = breedte / n
        boven = rect.top() + legenda + h * 0.4
        for pn in panelen:
            hoogte, laag, hoog, ticks, teksten = assen[pn]
            plot = QRectF(links, boven, breedte, hoogte)
            eigen = [s for s in self.series if s.paneel == pn]
            self._teken_paneel(p, rect, plot, vak, eigen, laag, hoog, ticks, teksten)
            boven += hoogte + tussen

        # year labels under the last panel, thinned out when narrow
        p.setPen(self.tekstkleur())
        onder = boven - tussen
        elke = uitdunnen(n, vak, jaarbreedte + h * 0.6)
        for i, jaar in enumerate(self.jaren):
            if i % elke:
                continue
            x = links + vak * (i + 0.5)
            breedte_label = fm.horizontalAdvance(str(jaar))
            self.jaarlabels.append(QRectF(x - breedte_label / 2, onder + h * 0.2, breedte_label, h))
            p.drawText(QRectF(x - vak * elke / 2, onder + h * 0.2, vak * elke, h),
                       Qt.AlignHCenter | Qt.AlignTop, str(jaar))

    def _teken_paneel(self, p: QPainter, rect: QRectF, plot: QRectF, vak: float, series: list[Serie],
                      laag: float, hoog: float, ticks: list[float], teksten: list[str]) -> None:
        h = self.eenheid_px()

        def y_van(w: float) -> float:
            return plot.bottom() - (w - laag) / (hoog - laag) * plot.height()

        # zero first, so that when space is short the zero label is the one that stays
        for t, tekst in sorted(zip(ticks, teksten), key=lambda tt: tt[0] != 0):
            y = y_van(t)
            p.setPen(self.pen(self.rasterkleur(), 0.05) if t != 0 else self.pen(self.tekstkleur(), 0.06))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            label = QRectF(rect.left(), y - h / 2, plot.left() - rect.left() - h * 0.3, h)
            if any(label.intersects(ander) for ander in self.waardelabels):
                continue   # too little height: a label that would overlap is left out
            self.waardelabels.append(label)
            p.setPen(self.tekstkleur())
            p.drawText(label, Qt.AlignRight | Qt.AlignVCenter, tekst)

        # bars, grouped per year
        staven = [s for s in series if s.soort == STAAF]
        if staven:
            groep = vak * 0.72
            breedte = groep / len(staven)
            for i, jaar in enumerate(self.jaren):
                for k, s in enumerate(staven):
                    w = s.waarden[i]
                    if w is None:
                        continue
                    x = plot.left() + vak * i + (vak - groep) / 2 + k * breedte
                    y0, y1 = y_van(0), y_van(w)
                    staaf = QRectF(x, min(y0, y1), max(1.0, breedte - max(1.0, h * 0.05)), max(1.0, abs(y1 - y0)))
                    p.setPen(Qt.NoPen)
                    p.setBrush(QColor(self.kleur(s)))
                    p.drawRect(staaf)
                    self.registreer(staaf, f"{s.label} {jaar}: {waarde_tekst(w, self.eenheid)}",
                                    (i, self.series.index(s)))

        if self.band is not None:
            self._teken_band(p, plot, vak, series, y_van)

        # lines with markers; a missing value breaks the line
        for s in (s for s in series if s.soort == LIJN):
            pad, open_ = QPainterPath(), False
            punten = []
            for i, w in enumerate(s.waarden):
                if w is None:
                    open_ = False
                    continue
                punt = QPointF(plot.left() + vak * (i + 0.5), y_van(w))
                pad.lineTo(punt) if open_ else pad.moveTo(punt)
                open_ = True
                punten.append((self.jaren[i], w, punt))
            p.setPen(self.pen(self.kleur(s), 0.12))
            p.setBrush(Qt.NoBrush)
            p.drawPath(pad)
            grootte = h * (0.5 if vak > h * 0.9 else 0.3)
            for jaar, w, punt in punten:
                marker = teken_marker(p, s.vorm, punt.x(), punt.y(), grootte, self.kleur(s))
                self.registreer(marker, f"{s.label} {jaar}: {waarde_tekst(w, self.eenheid)}",
                                (self.jaren.index(jaar), self.series.index(s)))


class LijnGrafiek(Jaargrafiek):
    """Generic chart for the stream views: ``toon(jaren, [(label, values)], eenheid)``."""

    def __init__(self, naam: str = "Grafiek", parent: QWidget | None = None):
        super().__init__(naam, parent)

    def toon(self, jaren: Sequence[int], reeksen: Sequence[tuple[str, Sequence[float | None]]],
             eenheid: str = EUR, soort: str = LIJN, band: tuple[str, str] | None = None) -> None:
        """``soort`` is ``"lijn"`` (default) or ``"staaf"`` for grouped bars; ``band`` names two
        series (low, high) whose range is shaded."""
        self.band = band
        series = [Serie(label, tuple(waarden), soort, KLEUREN[i % len(KLEUREN)], i)
                  for i, (label, waarden) in enumerate(reeksen)]
        self.zet_series(jaren, series, eenheid)


class BatenLastenGrafiek(Jaargrafiek):
    """Per year: total baten and lasten as bars; the saldo as a line with markers in a lower panel
    with its own scale (it is a few percent of the totals and would be flat on their axis)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Grafiek baten, lasten en saldo", parent)

    def toon(self, resultaat) -> None:
        series = [
            Serie(REGEL["baten_totaal"].label, tuple(resultaat.reeks("baten_totaal")), STAAF, KLEUREN[0]),
            Serie(REGEL["lasten_totaal"].label, tuple(resultaat.reeks("lasten_totaal")), STAAF, KLEUREN[1]),
            Serie("Saldo", tuple(resultaat.reeks("saldo")), LIJN, TEKSTKLEUR, 1, paneel=1),
        ]
        self.zet_series(resultaat.jaren, series, EUR)
