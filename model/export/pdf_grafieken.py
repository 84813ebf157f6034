"""Vector charts for the PDF annex (reportlab.graphics): baten vs lasten with saldo, reserve, tornado."""
from __future__ import annotations

import math
from typing import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from model.export.pdf_stijl import (BATEN_KLEUR, DONKER, FONT, GRIJS, LASTEN_KLEUR, LIJN, NEGATIEF, POSITIEF,
                                    SALDO_KLEUR, TORNADO_HOOG, TORNADO_LAAG, platte_tekst)
from model.analyse import GEVOELIGHEIDSEFFECT
from model.opmaak import getal
from model.regels import REGEL
from weergave.assen import bedrag_as, nette_stap as _stap

KLEIN = 7


def _schaal(laag: float, hoog: float, aantal: int = 5) -> tuple[float, float, float]:
    laag, hoog = min(laag, 0.0), max(hoog, 0.0)
    if hoog == laag:
        hoog = laag + 1
    stap = max(1.0, _stap(hoog - laag, aantal))   # whole euros at the least
    return math.floor(laag / stap) * stap, math.ceil(hoog / stap) * stap, stap


def _tekst(d: Drawing, x: float, y: float, t: str, grootte: float = KLEIN, anker: str = "start",
           kleur=GRIJS, font: str = FONT) -> None:
    d.add(String(x, y, platte_tekst(t), fontName=font, fontSize=grootte, fillColor=kleur, textAnchor=anker))


def _legenda(d: Drawing, x: float, y: float, items: Sequence[tuple[str, object, str]]) -> None:
    """The legend from ``x``; never past the drawing's right edge: it starts further left, then gets smaller."""
    grootte = 7.5
    breed = sum(26 + stringWidth(label, FONT, grootte) for label, _, _ in items) - 8
    if x + breed > d.width:
        x = max(0.0, d.width - breed)
        if breed > d.width:
            grootte = max(5.5, grootte * d.width / breed)
    for label, kleur, vorm in items:
        if vorm == "lijn":
            d.add(Line(x, y + 3, x + 14, y + 3, strokeColor=kleur, strokeWidth=1.6))
            d.add(Circle(x + 7, y + 3, 2, fillColor=kleur, strokeColor=kleur))
        else:
            d.add(Rect(x, y, 10, 7, fillColor=kleur, strokeColor=None))
        _tekst(d, x + 18, y + 0.5, label, grootte, kleur=DONKER)
        x += 26 + stringWidth(label, FONT, grootte)


def _assen(d: Drawing, x0, y0, w, h, laag, hoog, stap, links: bool = True, kleur=GRIJS, raster: bool = True):
    def y(v):
        return y0 + (v - laag) / (hoog - laag) * h
    v = laag
    while v <= hoog + stap / 1000:
        yy = y(v)
        if raster:
            d.add(Line(x0, yy, x0 + w, yy, strokeColor=LIJN, strokeWidth=0.4 if abs(v) > 1e-9 else 0.9))
        if links:
            _tekst(d, x0 - 4, yy - 2.5, bedrag_as(v, stap), anker="end", kleur=kleur)
        else:
            _tekst(d, x0 + w + 4, yy - 2.5, bedrag_as(v, stap), kleur=kleur)
        v += stap
    return y


def baten_lasten(jaren: Sequence[int], baten: Sequence[float], lasten: Sequence[float],
                 breedte: float, hoogte: float = 230) -> Drawing:
    """Bars baten vs lasten per year on one axis."""
    d = Drawing(breedte, hoogte)
    x0, y0, w, h = 62, 34, breedte - 80, hoogte - 62
    laag, hoog, stap = _schaal(min(min(baten), min(lasten)), max(max(baten), max(lasten)))
    y = _assen(d, x0, y0, w, h, laag, hoog, stap)
    vak = w / len(jaren)
    balk = min(18.0, vak * 0.32)
    for i, jaar in enumerate(jaren):
        midden = x0 + vak * (i + 0.5)
        for j, (waarde, kleur) in enumerate(((baten[i], BATEN_KLEUR), (lasten[i], LASTEN_KLEUR))):
            bx = midden - balk - 1 + j * (balk + 2)
            d.add(Rect(bx, min(y(0), y(waarde)), balk, abs(y(waarde) - y(0)), fillColor=kleur, strokeColor=None))
        _tekst(d, midden, y0 - 12, str(jaar), 7.5, "middle", DONKER)
    _tekst(d, x0 - 4, y0 + h + 10, "€", anker="end")
    _legenda(d, x0, 4, [(REGEL["baten_totaal"].label, BATEN_KLEUR, "vlak"),
                        (REGEL["lasten_totaal"].label, LASTEN_KLEUR, "vlak")])
    return d


def saldi(jaren: Sequence[int], na_bestemming: Sequence[float], structureel: Sequence[float],
          breedte: float, hoogte: float = 190) -> Drawing:
    """The saldo na bestemming per year (bars, green above zero, red below) with the structureel saldo (line)."""
    d = Drawing(breedte, hoogte)
    x0, y0, w, h = 62, 34, breedte - 80, hoogte - 60
    laag, hoog, stap = _schaal(min(min(na_bestemming), min(structureel)), max(max(na_bestemming), max(structureel)))
    y = _assen(d, x0, y0, w, h, laag, hoog, stap)
    vak = w / len(jaren)
    balk = min(26.0, vak * 0.5)
    punten = []
    for i, jaar in enumerate(jaren):
        midden = x0 + vak * (i + 0.5)
        kleur = NEGATIEF if na_bestemming[i] < 0 else POSITIEF
        d.add(Rect(midden - balk / 2, min(y(0), y(na_bestemming[i])), balk, abs(y(na_bestemming[i]) - y(0)),
                   fillColor=kleur, strokeColor=None))
        _tekst(d, midden, y0 - 12, str(jaar), 7.5, "middle", DONKER)
        punten += [midden, y(structureel[i])]
    d.add(PolyLine(punten, strokeColor=SALDO_KLEUR, strokeWidth=1.4))
    for i in range(0, len(punten), 2):
        d.add(Circle(punten[i], punten[i + 1], 2.2, fillColor=SALDO_KLEUR, strokeColor=None))
    _tekst(d, x0 - 4, y0 + h + 10, "€", anker="end")
    _legenda(d, x0, 4, [(REGEL["saldo_na_bestemming"].label, POSITIEF, "vlak"),
                        (REGEL["structureel_saldo"].label, SALDO_KLEUR, "lijn")])
    return d


def reserve(jaren: Sequence[int], stand: Sequence[float], ontvangen: Sequence[float], besteed: Sequence[float],
            breedte: float, hoogte: float = 200, ontvangen_label: str = "Impulsbudget ontvangen") -> Drawing:
    """The impulsbudget reserve at year end (bars) with received and spent amounts (lines)."""
    d = Drawing(breedte, hoogte)
    x0, y0, w, h = 62, 34, breedte - 80, hoogte - 60
    alles = list(stand) + list(ontvangen) + list(besteed)
    laag, hoog, stap = _schaal(min(alles), max(alles))
    y = _assen(d, x0, y0, w, h, laag, hoog, stap)
    vak = w / len(jaren)
    balk = min(26.0, vak * 0.5)
    lijnen = {"ontvangen": [], "besteed": []}
    for i, jaar in enumerate(jaren):
        midden = x0 + vak * (i + 0.5)
        kleur = NEGATIEF if stand[i] < 0 else POSITIEF
        d.add(Rect(midden - balk / 2, min(y(0), y(stand[i])), balk, abs(y(stand[i]) - y(0)),
                   fillColor=kleur, strokeColor=None))
        _tekst(d, midden, y0 - 12, str(jaar), 7.5, "middle", DONKER)
        lijnen["ontvangen"] += [midden, y(ontvangen[i])]
        lijnen["besteed"] += [midden, y(besteed[i])]
    for naam, kleur in (("ontvangen", BATEN_KLEUR), ("besteed", LASTEN_KLEUR)):
        d.add(PolyLine(lijnen[naam], strokeColor=kleur, strokeWidth=1.4))
        for i in range(0, len(lijnen[naam]), 2):
            d.add(Circle(lijnen[naam][i], lijnen[naam][i + 1], 2, fillColor=kleur, strokeColor=None))
    _tekst(d, x0 - 4, y0 + h + 10, "€", anker="end")
    _legenda(d, x0, 4, [("Stand reserve eind jaar", POSITIEF, "vlak"), (ontvangen_label, BATEN_KLEUR, "lijn"),
                        ("Besteding", LASTEN_KLEUR, "lijn")])
    return d


def _afbreken(t: str, font: str, grootte: float, breedte: float) -> list[str]:
    regels, huidig = [], ""
    for woord in platte_tekst(t).split():
        poging = f"{huidig} {woord}".strip()
        if stringWidth(poging, font, grootte) <= breedte or not huidig:
            huidig = poging
        else:
            regels.append(huidig)
            huidig = woord
    return regels + ([huidig] if huidig else [])


def tornado(gevoeligheden: Sequence, breedte: float, maximaal: int = 12) -> Drawing:
    """Each assumption's low and high effect on the cumulated saldo, widest on top."""
    rijen = list(gevoeligheden)[:maximaal]
    rijhoogte, labelbreedte = 24.0, min(210.0, breedte * 0.36)
    hoogte = 46 + rijhoogte * len(rijen)
    d = Drawing(breedte, hoogte)
    x0, w = labelbreedte + 8, breedte - labelbreedte - 60
    grootste = max([abs(g.effect_laag) for g in rijen] + [abs(g.effect_hoog) for g in rijen] + [1.0])
    stap = _stap(2 * grootste, 6)
    grens = math.ceil(grootste / stap) * stap

    # room beside the longest bar for its value label, so no label runs into the assumptions' names
    from reportlab.pdfbase.pdfmetrics import stringWidth
    teksten = [f"{getal(e)} ({n})" for g in rijen for e, n in ((g.effect_laag, g.variatie.laag_tekst),
                                                               (g.effect_hoog, g.variatie.hoog_tekst))]
    rand = min(max([stringWidth(t, FONT, 6.3) for t in teksten] + [0.0]) + 6, w / 2 - 24)

    def x(v):
        return x0 + w / 2 + v / grens * (w / 2 - rand)

    boven = hoogte - 22
    # tick labels never touch: label every k-th step when the steps are narrower than the widest label
    breedste = max(stringWidth(getal(t * stap), FONT, 6.5) for t in range(-round(grens / stap), round(grens / stap) + 1))
    tussen = (w / 2 - rand) * stap / grens
    elke = max(1, math.ceil((breedste + 6) / max(tussen, 1e-9)))
    v, n = -grens, -round(grens / stap)
    while v <= grens + stap / 1000:
        d.add(Line(x(v), 30, x(v), boven, strokeColor=LIJN, strokeWidth=0.4 if abs(v) > 1e-9 else 1.0))
        if n % elke == 0:
            _tekst(d, x(v), 20, getal(v), 6.5, "middle")
        v += stap
        n += 1
    for i, g in enumerate(rijen):
        ym = boven - rijhoogte * (i + 0.5)
        regels = _afbreken(g.variatie.label, FONT, 7.2, labelbreedte)[:2]
        for k, regel in enumerate(regels):
            _tekst(d, labelbreedte, ym + (len(regels) - 1) * 4.2 - k * 8.4 - 2.5, regel, 7.2, "end", DONKER)
        for waarde, kleur, naam, dy in ((g.effect_laag, TORNADO_LAAG, g.variatie.laag_tekst, 0.5),
                                        (g.effect_hoog, TORNADO_HOOG, g.variatie.hoog_tekst, -8.5)):
            d.add(Rect(min(x(0), x(waarde)), ym + dy, abs(x(waarde) - x(0)), 8, fillColor=kleur, strokeColor=None))
            links = waarde < 0
            _tekst(d, x(waarde) + (-3 if links else 3), ym + dy + 1.5, f"{getal(waarde)} ({naam})", 6.3,
                   "end" if links else "start")
    _tekst(d, x0 + w / 2, 8, f"{GEVOELIGHEIDSEFFECT} (€)", 7, "middle")
    _legenda(d, x0, hoogte - 12, [("Lage instelling", TORNADO_LAAG, "vlak"), ("Hoge instelling", TORNADO_HOOG, "vlak")])
    return d


__all__ = ["baten_lasten", "saldi", "reserve", "tornado", "bedrag_as"]
