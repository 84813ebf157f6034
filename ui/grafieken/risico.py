"""The risk paragraph's charts: the cumulative distribution of the risicosimulatie with the chosen
zekerheid marked, and the bandbreedte as a fan over the years."""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QWidget

from weergave.assen import asbereik
from model.opmaak import euro, getal
from ui.grafieken.assen import EUR, as_tekst
from ui.grafieken.basis import KLEUREN, Grafiek
from ui.grafieken.jaargrafiek import LIJN, Jaargrafiek, Serie, TEKSTKLEUR


class VerdelingGrafiek(Grafiek):
    """Amount (x) against the share of draws at or below it (y, 0–100 %); the zekerheid as dashed lines."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Grafiek cumulatieve verdeling van de risico's", parent)
        self.totalen = ()   # numpy is imported when there is something to draw
        self.zekerheid = 90.0
        self.benodigd = 0.0

    def toon(self, totalen, zekerheid: float, benodigd: float) -> None:
        import numpy as np
        self.totalen, self.zekerheid, self.benodigd = np.sort(totalen), zekerheid, benodigd
        self._gekozen = None
        self.setAccessibleDescription(
            f"Cumulatieve verdeling van de gesimuleerde risico's. Bij {getal(zekerheid)} % zekerheid is "
            f"{euro(benodigd)} nodig: in {getal(zekerheid)} van de 100 trekkingen is het totaal niet hoger.")
        self.update()

    def heeft_gegevens(self) -> bool:
        return len(self.totalen) > 0

    def teken(self, p: QPainter, rect: QRectF) -> None:
        fm, h = self.fm(), self.eenheid_px()
        hoogste = float(self.totalen[-1]) or 1.0
        laag, hoog, ticks = asbereik([0.0, hoogste], met_nul=True, max_stappen=max(1, min(6, int(rect.width() / (h * 7)))))
        stap = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
        links = rect.left() + fm.horizontalAdvance("100 %") + h * 0.5
        plot = QRectF(links, rect.top() + h * 0.5, rect.right() - links - h * 3, rect.height() - h * 2.6)

        def x_van(w: float) -> float:
            return plot.left() + (w - laag) / (hoog - laag) * plot.width()

        def y_van(f: float) -> float:
            return plot.bottom() - f * plot.height()

        for f in (0, 0.25, 0.5, 0.75, 1.0):
            p.setPen(self.pen(self.rasterkleur(), 0.05))
            p.drawLine(QPointF(plot.left(), y_van(f)), QPointF(plot.right(), y_van(f)))
            p.setPen(self.tekstkleur())
            p.drawText(QRectF(rect.left(), y_van(f) - h / 2, links - rect.left() - h * 0.3, h),
                       Qt.AlignRight | Qt.AlignVCenter, f"{int(f * 100)} %")
        for t in ticks:
            p.setPen(self.tekstkleur())
            tekst = as_tekst(t, EUR, stap, max(abs(laag), abs(hoog)))
            p.drawText(QRectF(x_van(t) - h * 4, plot.bottom() + h * 0.2, h * 8, h), Qt.AlignHCenter | Qt.AlignTop, tekst)
        p.drawText(QRectF(plot.left(), plot.bottom() + h * 1.2, plot.width(), h), Qt.AlignHCenter | Qt.AlignTop,
                   "benodigde weerstandscapaciteit (euro)")

        # the empirical distribution function, drawn through at most a few hundred points
        n = len(self.totalen)
        import numpy as np
        index = np.unique(np.linspace(0, n - 1, min(n, 400)).astype(int))
        pad = QPainterPath(QPointF(x_van(0.0), y_van(0.0)))
        for i in index:
            pad.lineTo(QPointF(x_van(float(self.totalen[i])), y_van((i + 1) / n)))
        p.setPen(self.pen(KLEUREN[0], 0.12))
        p.setBrush(Qt.NoBrush)
        p.drawPath(pad)

        # the zekerheid: dashed lines to the curve, and the amount
        z = self.zekerheid / 100
        x, y = x_van(self.benodigd), y_van(z)
        pen = self.pen(KLEUREN[3], 0.08)
        pen.setStyle(Qt.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(plot.left(), y), QPointF(x, y))
        p.drawLine(QPointF(x, y), QPointF(x, plot.bottom()))
        tekst = f"{getal(self.zekerheid)} % zekerheid: {euro(self.benodigd)}"
        breedte = fm.horizontalAdvance(tekst) + h * 0.4
        # left of the point, above the dashed line: the curve is below it there
        label = QRectF(max(plot.left() + h * 0.3, x - h * 0.3 - breedte), y - h * 1.3, breedte, h)
        p.setPen(self.tekstkleur())
        p.drawText(label, Qt.AlignLeft | Qt.AlignVCenter, tekst)
        punt = QRectF(x - h * 0.25, y - h * 0.25, h * 0.5, h * 0.5)
        p.setBrush(QColor(KLEUREN[3]))
        p.setPen(Qt.NoPen)
        p.drawEllipse(punt)
        self.registreer(punt, tekst + f" (in {getal(self.zekerheid)} van de 100 trekkingen niet meer)")


class WaaierGrafiek(Jaargrafiek):
    """The bandbreedte per year: the 5–95 % and 25–75 % ranges shaded, the median and the calculation as lines."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Grafiek bandbreedte geraamd resultaat", parent)

    def toon(self, jaren: Sequence[int], percentielen: dict[int, Sequence[float]], berekend: Sequence[float]) -> None:
        self.band = ("5 %", "95 %")
        series = [Serie("5 %", tuple(percentielen[5]), LIJN, KLEUREN[4], 2),
                  Serie("25 %", tuple(percentielen[25]), LIJN, KLEUREN[0], 1),
                  Serie("mediaan", tuple(percentielen[50]), LIJN, KLEUREN[0], 0),
                  Serie("75 %", tuple(percentielen[75]), LIJN, KLEUREN[0], 1),
                  Serie("95 %", tuple(percentielen[95]), LIJN, KLEUREN[4], 2),
                  Serie("berekening", tuple(berekend), LIJN, TEKSTKLEUR, 3)]
        self.zet_series(jaren, series, EUR)

    def _teken_band(self, p: QPainter, plot: QRectF, vak: float, series: list[Serie], y_van) -> None:
        per_label = {s.label: s for s in series}
        for onder, boven, alfa in (("5 %", "95 %", 0.15), ("25 %", "75 %", 0.25)):
            a, b = per_label.get(onder), per_label.get(boven)
            if a is None or b is None or len(self.jaren) < 1:
                continue
            x = [plot.left() + vak * (i + 0.5) for i in range(len(self.jaren))]
            punten = [QPointF(xi, y_van(w)) for xi, w in zip(x, b.waarden)]
            punten += [QPointF(xi, y_van(w)) for xi, w in reversed(list(zip(x, a.waarden)))]
            kleur = QColor(KLEUREN[0])
            kleur.setAlphaF(alfa)
            p.setPen(Qt.NoPen)
            p.setBrush(kleur)
            p.drawPolygon(QPolygonF(punten))
