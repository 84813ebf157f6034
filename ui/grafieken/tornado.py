"""The tornado chart of the sensitivity analysis: per assumption the effect of its low and
high setting on the cumulated saldo, as bars left (worse) or right (better) of zero."""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from model.analyse import GEVOELIGHEIDSEFFECT
from ui.grafieken.assen import EUR, as_tekst, waarde_tekst
from ui.grafieken.basis import KLEUREN, Grafiek, Legendapost
from weergave.assen import asbereik

LAAG_KLEUR, HOOG_KLEUR = KLEUREN[4], KLEUREN[0]


class TornadoGrafiek(Grafiek):
    """One row per ``Gevoeligheid``, in the order given (the model sorts widest first)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Tornadodiagram gevoeligheid", parent)
        self.gevoeligheden: tuple = ()

    def toon(self, gevoeligheden: Sequence) -> None:
        self.gevoeligheden = tuple(gevoeligheden)
        self._gekozen = None
        self.setAccessibleDescription(
            f"{GEVOELIGHEIDSEFFECT[0].upper()}{GEVOELIGHEIDSEFFECT[1:]}. " + " ".join(
                f"{g.variatie.label}: {self._tekst(g, False)}; {self._tekst(g, True)}." for g in self.gevoeligheden))
        self.updateGeometry()
        self.update()

    @staticmethod
    def _tekst(g, hoog: bool) -> str:
        instelling = g.variatie.hoog_tekst if hoog else g.variatie.laag_tekst
        effect = g.effect_hoog if hoog else g.effect_laag
        return f"{'hoog' if hoog else 'laag'} ({instelling}) {waarde_tekst(effect, EUR)}"

    def balken(self) -> list[str]:
        """The row labels in drawing order (for tests and assistive text)."""
        return [g.variatie.label for g in self.gevoeligheden]

    def heeft_gegevens(self) -> bool:
        return bool(self.gevoeligheden)

    def minimumSizeHint(self) -> QSize:
        h = self.eenheid_px()
        return QSize(int(h * 20), int(h * (4.5 + 1.3 * max(1, len(self.gevoeligheden)))))

    def sizeHint(self) -> QSize:
        h = self.eenheid_px()
        return QSize(int(h * 40), int(h * (4.5 + 2.0 * max(1, len(self.gevoeligheden)))))

    def teken(self, p: QPainter, rect: QRectF) -> None:
        fm, h = self.fm(), self.eenheid_px()
        posten = [Legendapost("Lage instelling", LAAG_KLEUR), Legendapost("Hoge instelling", HOOG_KLEUR)]
        legenda = self.legenda_hoogte(posten, rect.width())
        self.teken_legenda(p, posten, rect)

        labels = [g.variatie.label for g in self.gevoeligheden]
        labelbreedte = min(max(fm.horizontalAdvance(t) for t in labels) + h * 0.6, rect.width() * 0.42)
        plot = QRectF(rect.left() + labelbreedte, rect.top() + legenda,
                      rect.width() - labelbreedte - h * 0.5, rect.height() - legenda - h * 1.5)
        effecten = [e for g in self.gevoeligheden for e in (g.effect_laag, g.effect_hoog)]
        voorbeeld = fm.horizontalAdvance("€ -8,8 mln")
        laag, hoog, ticks = asbereik(effecten, met_nul=True, max_stappen=max(2, int(plot.width() / (voorbeeld * 1.6))))
        stap = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
        grootste = max(abs(laag), abs(hoog))

        def x_van(w: float) -> float:
            return plot.left() + (w - laag) / (hoog - laag) * plot.width()

        # value axis at the bottom, grid lines, and the zero line
        for t in ticks:
            x = x_van(t)
            p.setPen(self.pen(self.rasterkleur(), 0.05))
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            tekst = as_tekst(t, EUR, stap, grootste)
            breedte = fm.horizontalAdvance(tekst) + h * 0.4
            links = min(max(x - breedte / 2, rect.left()), rect.right() - breedte)
            p.setPen(self.tekstkleur())
            p.drawText(QRectF(links, plot.bottom() + h * 0.2, breedte, h), Qt.AlignCenter, tekst)

        rij = plot.height() / len(self.gevoeligheden)
        balk = rij * 0.38
        for i, g in enumerate(self.gevoeligheden):
            boven = plot.top() + i * rij
            p.setPen(self.tekstkleur())
            label = fm.elidedText(g.variatie.label, Qt.ElideRight, labelbreedte - h * 0.5)
            vak = QRectF(rect.left(), boven, labelbreedte - h * 0.5, rij)
            p.drawText(vak, Qt.AlignRight | Qt.AlignVCenter, label)
            self.registreer_hint(vak, f"{g.variatie.label}\nLaag ({g.variatie.laag_tekst}): "
                                      f"{waarde_tekst(g.effect_laag, EUR)}\nHoog ({g.variatie.hoog_tekst}): "
                                      f"{waarde_tekst(g.effect_hoog, EUR)}")
            for k, (effect, kleur, is_hoog) in enumerate(((g.effect_laag, LAAG_KLEUR, False),
                                                          (g.effect_hoog, HOOG_KLEUR, True))):
                y = boven + rij * 0.12 + k * balk
                x0, x1 = x_van(0), x_van(effect)
                vlak = QRectF(min(x0, x1), y, max(1.0, abs(x1 - x0)), balk)
                p.setPen(Qt.NoPen)
                p.setBrush(QColor(kleur))
                p.drawRect(vlak)
                self.registreer(vlak, f"{g.variatie.label}\n{self._tekst(g, is_hoog).capitalize()}")
                self._waardelabel(p, effect, vlak, plot, "#000000" if kleur == LAAG_KLEUR else "#FFFFFF")
        p.setPen(self.pen(self.tekstkleur(), 0.08))
        p.drawLine(QPointF(x_van(0), plot.top()), QPointF(x_van(0), plot.bottom()))

    def _waardelabel(self, p: QPainter, effect: float, vlak: QRectF, plot: QRectF, binnen_kleur: str) -> None:
        """The amount beside the bar; inside its end when there is no room beside it; else none."""
        fm, h = self.fm(), self.eenheid_px()
        if vlak.height() < fm.height() * 0.85:
            return
        tekst = waarde_tekst(effect, EUR)
        breedte = fm.horizontalAdvance(tekst) + h * 0.3
        rechts = effect >= 0
        if rechts:
            doel = QRectF(vlak.right() + h * 0.15, vlak.top(), breedte, vlak.height())
        else:
            doel = QRectF(vlak.left() - h * 0.15 - breedte, vlak.top(), breedte, vlak.height())
        kleur, uitlijning = self.tekstkleur(), Qt.AlignLeft if rechts else Qt.AlignRight
        if doel.left() < plot.left() or doel.right() > plot.right():
            if vlak.width() < breedte + h * 0.3:
                return
            doel = QRectF(vlak.right() - breedte - h * 0.15 if rechts else vlak.left() + h * 0.15, vlak.top(),
                          breedte, vlak.height())
            kleur, uitlijning = QColor(binnen_kleur), Qt.AlignRight if rechts else Qt.AlignLeft
        p.setPen(kleur)
        p.drawText(doel, Qt.AlignVCenter | uitlijning, tekst)
