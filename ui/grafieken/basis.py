"""The common ground of every chart: sizes from the font, hover tooltips, keyboard stepping.

All lengths derive from the widget's font metrics, so the charts scale with the font and the
device pixel ratio (100–200 %). While painting, a chart registers each bar or marker as an
``Onderdeel`` (its rectangle and its exact value as Dutch text); hovering shows that text as a
tooltip, and the arrow keys walk through the parts so the values are reachable by keyboard.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

#: Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
KLEUREN = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000")
GEEN_GEGEVENS = "Geen gegevens om te tonen."


@dataclass(frozen=True)
class Onderdeel:
    rect: QRectF
    tekst: str
    volgorde: tuple = ()   # keyboard order (e.g. year, series); registration order breaks ties


@dataclass(frozen=True)
class Legendapost:
    label: str
    kleur: str
    soort: str = "staaf"   # staaf | lijn
    vorm: int = 0          # marker shape index for lines


class Grafiek(QWidget):
    """Base class; subclasses implement ``teken(painter, rect)`` and call ``registreer``."""

    def __init__(self, naam: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(naam)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.onderdelen: list[Onderdeel] = []
        self.hints: list[Onderdeel] = []     # tooltips for texts only (e.g. an elided label)
        self._gekozen: int | None = None

    # -- sizes -------------------------------------------------------------------
    def fm(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def eenheid_px(self) -> float:
        """One 'em' of the current font: the unit every length is a multiple of."""
        return self.fm().height()

    def sizeHint(self) -> QSize:
        h = self.eenheid_px()
        return QSize(int(h * 36), int(h * 18))

    def minimumSizeHint(self) -> QSize:
        h = self.eenheid_px()
        return QSize(int(h * 14), int(h * 10))

    def pen(self, kleur, breedte_em: float = 0.08) -> QPen:
        pen = QPen(QColor(kleur))
        pen.setWidthF(max(1.0, self.eenheid_px() * breedte_em))
        return pen

    def tekstkleur(self) -> QColor:
        return self.palette().color(QPalette.Text)

    def rasterkleur(self) -> QColor:
        kleur = QColor(self.palette().color(QPalette.Text))
        kleur.setAlphaF(0.15)
        return kleur

    # -- parts, tooltips, keyboard -------------------------------------------------
    def registreer(self, rect: QRectF, tekst: str, volgorde: tuple = ()) -> None:
        self.onderdelen.append(Onderdeel(QRectF(rect), tekst, volgorde))

    def registreer_hint(self, rect: QRectF, tekst: str) -> None:
        self.hints.append(Onderdeel(QRectF(rect), tekst))

    def onderdeel_op(self, pos) -> Onderdeel | None:
        marge = self.eenheid_px() * 0.2
        for o in reversed(self.onderdelen):
            if o.rect.adjusted(-marge, -marge, marge, marge).contains(pos):
                return o
        for o in self.hints:
            if o.rect.contains(pos):
                return o
        return None

    def event(self, e) -> bool:
        if e.type() == QEvent.ToolTip:
            o = self.onderdeel_op(e.position() if hasattr(e, "position") else e.pos())
            if o is None:
                QToolTip.hideText()
                e.ignore()
            else:
                QToolTip.showText(e.globalPos(), o.tekst, self, o.rect.toAlignedRect())
            return True
        return super().event(e)

    def keyPressEvent(self, e) -> None:
        stap = {Qt.Key_Right: 1, Qt.Key_Down: 1, Qt.Key_Left: -1, Qt.Key_Up: -1}.get(e.key())
        if stap is None or not self.onderdelen:
            if e.key() in (Qt.Key_Home, Qt.Key_End) and self.onderdelen:
                self._kies(0 if e.key() == Qt.Key_Home else len(self.onderdelen) - 1)
                return
            super().keyPressEvent(e)
            return
        huidig = -1 if self._gekozen is None else self._gekozen
        self._kies((huidig + stap) % len(self.onderdelen))

    def _kies(self, index: int) -> None:
        self._gekozen = index
        o = self.onderdelen[index]
        self.update()
        QToolTip.showText(self.mapToGlobal(o.rect.center().toPoint()), o.tekst, self)

    def gekozen_tekst(self) -> str | None:
        if self._gekozen is None or self._gekozen >= len(self.onderdelen):
            return None
        return self.onderdelen[self._gekozen].tekst

    def focusOutEvent(self, e) -> None:
        QToolTip.hideText()
        self.update()
        super().focusOutEvent(e)

    # -- painting ------------------------------------------------------------------
    def paintEvent(self, _e) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), self.palette().color(QPalette.Base))
        self.onderdelen, self.hints = [], []
        binnen = QRectF(self.rect()).adjusted(*(self.eenheid_px() * f for f in (0.5, 0.4, -0.5, -0.4)))
        p.setPen(self.tekstkleur())
        if not self.heeft_gegevens():
            p.drawText(binnen, Qt.AlignCenter | Qt.TextWordWrap, GEEN_GEGEVENS)
        else:
            self.teken(p, binnen)
            self.onderdelen.sort(key=lambda o: o.volgorde)   # stable: equal keys keep drawing order
        if self._gekozen is not None and self._gekozen < len(self.onderdelen) and self.hasFocus():
            # the chosen part: a light halo with a dark ring, visible on any bar colour
            marge = self.eenheid_px() * 0.2
            vak = self.onderdelen[self._gekozen].rect.adjusted(-marge, -marge, marge, marge)
            p.setBrush(Qt.NoBrush)
            for kleur, breedte in ((self.palette().color(QPalette.Base), 0.3), (self.tekstkleur(), 0.12)):
                pen = QPen(kleur)
                pen.setWidthF(max(1.5, self.eenheid_px() * breedte))
                p.setPen(pen)
                p.drawRect(vak)
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.Highlight))
            pen.setStyle(Qt.DotLine)
            p.setPen(pen)
            p.setBrush(Qt.NoBrush)
            p.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -1.5, -1.5))
        p.end()

    def heeft_gegevens(self) -> bool:
        raise NotImplementedError

    def teken(self, p: QPainter, rect: QRectF) -> None:
        raise NotImplementedError

    # -- legend --------------------------------------------------------------------
    def legenda_hoogte(self, posten: list[Legendapost], breedte: float) -> float:
        return self._legenda(None, posten, QRectF(0, 0, breedte, 0))

    def teken_legenda(self, p: QPainter, posten: list[Legendapost], rect: QRectF) -> float:
        return self._legenda(p, posten, rect)

    def _legenda(self, p: QPainter | None, posten: list[Legendapost], rect: QRectF) -> float:
        """Lay the entries out left to right, wrapping; returns the height used."""
        fm, h = self.fm(), self.eenheid_px()
        symbool, tussen = h * 1.2, h * 0.9
        x, y = rect.left(), rect.top()
        for post in posten:
            breedte = symbool + h * 0.3 + fm.horizontalAdvance(post.label)
            if x > rect.left() and x + breedte > rect.right():
                x, y = rect.left(), y + h * 1.2
            if p is not None:
                midden = y + h / 2
                if post.soort == "lijn":
                    p.setPen(self.pen(post.kleur, 0.12))
                    p.drawLine(QRectF(x, midden, symbool, 0).topLeft(), QRectF(x, midden, symbool, 0).topRight())
                    teken_marker(p, post.vorm, x + symbool / 2, midden, h * 0.45, post.kleur)
                else:
                    p.setPen(Qt.NoPen)
                    p.setBrush(QColor(post.kleur))
                    p.drawRect(QRectF(x, midden - h * 0.35, symbool, h * 0.7))
                p.setPen(self.tekstkleur())
                p.drawText(QRectF(x + symbool + h * 0.3, y, breedte, h), Qt.AlignLeft | Qt.AlignVCenter, post.label)
            x += breedte + tussen
        return y - rect.top() + h * 1.4


def teken_marker(p: QPainter, vorm: int, x: float, y: float, grootte: float, kleur: str) -> QRectF:
    """Circle, square, triangle or diamond: lines stay distinguishable without colour."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPolygonF
    r = grootte / 2
    p.setPen(QPen(QColor("white"), max(1.0, grootte * 0.12)))
    p.setBrush(QColor(kleur))
    vorm %= 4
    if vorm == 0:
        p.drawEllipse(QPointF(x, y), r, r)
    elif vorm == 1:
        p.drawRect(QRectF(x - r, y - r, 2 * r, 2 * r))
    elif vorm == 2:
        p.drawPolygon(QPolygonF([QPointF(x, y - r * 1.15), QPointF(x + r * 1.1, y + r * 0.85),
                                 QPointF(x - r * 1.1, y + r * 0.85)]))
    else:
        p.drawPolygon(QPolygonF([QPointF(x, y - r * 1.2), QPointF(x + r * 1.2, y), QPointF(x, y + r * 1.2),
                                 QPointF(x - r * 1.2, y)]))
    return QRectF(x - r, y - r, 2 * r, 2 * r)


__all__ = ["Grafiek", "Legendapost", "Onderdeel", "KLEUREN", "teken_marker"]
