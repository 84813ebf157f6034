"""A short standalone PDF "Wat verandert er" for a raadsinformatiebrief (reportlab, A4 portrait).

From a :class:`~model.vergelijken.Vergelijking`: what is compared and how, a table of old, new
and difference of the main lines per year, the waterfall of the saldo na bestemming from old to
new through the steps (cumulated over the horizon and per year), and per step the changed fields
and one sentence per line that changes. Styles come from :mod:`model.export.pdf_stijl`.
Invariant mode: the same comparison gives byte-identical files.
"""
from __future__ import annotations

import io
import math

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from model import __version__
from model.export.pdf_stijl import (ACCENT, DONKER, FONT, GRIJS, LICHT, LIJN, NEGATIEF, POSITIEF, STAAND, STIJL,
                                    VETFONT, Bijlagedocument, framebreedte, maak_canvas, p, platte_tekst, tekst)
from model.opmaak import getal, hele_euro, periode
from model.regels import REGEL
from model.vergelijken import HOOFDREGELS, STAPPEN, Vergelijking

#: Short names of the steps under the waterfall bars.
KORT = {"parameters": "Parameters", "circulaire": "Circulaire", "aantallen": "Aantallen",
        "overige_invoer": "Kosten en overig", "scenario": "Scenario"}
ALTIJD = ("baten_totaal", "lasten_totaal", "saldo", "saldo_na_bestemming")
JAREN_PER_TABEL = 5
WATERVAL = "saldo_na_bestemming"
_VET_RECHTS = ParagraphStyle("celvetrechts", parent=STIJL["celvet"], alignment=TA_RIGHT)
_OPSOMMING = ParagraphStyle("opsomming", parent=STIJL["tekst"], leftIndent=11, bulletIndent=0)


def wat_verandert_pdf(v: Vergelijking) -> bytes:
    """The PDF as bytes."""
    gemeente = v.nieuw.gemeente
    horizon = periode(v.jaren[0], v.jaren[-1])
    verhaal = [p(f"Wat verandert er voor {gemeente}?", "titel"),
               p(f"{v.oud_naam} → {v.nieuw_naam} · {horizon}", "ondertitel")]
    verhaal += verhaal_wat_verandert(v, framebreedte(STAAND))

    buffer = io.BytesIO()
    doc = Bijlagedocument(buffer, title=f"Wat verandert er voor {platte_tekst(gemeente)}",
                          author=f"Infraraming {__version__}", creator=f"Infraraming {__version__}",
                          subject=f"{platte_tekst(v.oud_naam)} → {platte_tekst(v.nieuw_naam)}",
                          producer=f"Infraraming {__version__}", lang="nl-NL")
    canvas = maak_canvas(f"Wat verandert er — {gemeente}", horizon,
                         f"Infraraming {__version__} · parameterset {v.nieuw.parameterset}")
    doc.build(verhaal, canvasmaker=canvas)
    return buffer.getvalue()


def verhaal_wat_verandert(v: Vergelijking, breedte: float, kop: str = "h1", subkop: str = "h2") -> list:
    """The body of "Wat verandert er": introduction, waterfalls, the steps with their sentences, the table.

    Used by the standalone PDF and by the annex's section (there with one heading level lower).
    """
    horizon = periode(v.jaren[0], v.jaren[-1])
    verhaal = [p(_inleiding(v)),
               p(REGEL[WATERVAL].label, kop),
               _waterval(v.waterval(WATERVAL), v, breedte, 230,
                         f"Cumulatief {horizon}" if len(v.jaren) > 1 else horizon),
               p("Van oud naar nieuw via de stappen: groen verbetert het geraamde resultaat, rood verslechtert het. Een as die niet "
                 "bij nul begint, is onderbroken (//)."
                 + (" Per jaar, met de stappen genummerd: "
                    + "; ".join(f"{i} = {KORT[k].lower()}" for i, (k, _) in enumerate(STAPPEN, start=1)) + "."
                    if len(v.jaren) > 1 else ""), "noot")]
    if len(v.jaren) > 1:
        klein = (breedte - 12) / 2
        per_jaar = [_waterval(v.waterval(WATERVAL, j), v, klein, 150, str(j), genummerd=True) for j in v.jaren]
        rijen = [per_jaar[i:i + 2] + [""] * (2 - len(per_jaar[i:i + 2])) for i in range(0, len(per_jaar), 2)]
        raster = Table(rijen, colWidths=[klein + 6, klein + 6])
        raster.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        verhaal.append(raster)
    verhaal += [CondPageBreak(8 * cm), p("Wat er verandert en waarom", kop)]
    for nummer, stap in enumerate(v.stappen, start=1):
        blok = [p(f"{nummer}. {stap.naam}", subkop),
                p("Gewijzigd: " + ", ".join(stap.velden) + "." if stap.velden else "Geen wijzigingen.", "klein")]
        zinnen = v.zinnen(stap)
        # a euro sign stays with its amount
        blok += [Paragraph(tekst(z).replace("€ ", "€&nbsp;"), _OPSOMMING, bulletText="•") for z in zinnen]
        if stap.velden and not zinnen:
            blok.append(p("Deze wijzigingen veranderen geen bedrag op hele euro's.", "tekst"))
        verhaal.append(KeepTogether(blok))
    verhaal += [CondPageBreak(6 * cm), p("Oud, nieuw en verschil per jaar", kop),
                p(f"Oud: {v.oud_naam}. Nieuw: {v.nieuw_naam}. Bedragen in hele euro's; alleen de regels die "
                  "veranderen, en de totalen.", "klein")]
    regels = [s for s in HOOFDREGELS
              if s in ALTIJD or any(hele_euro(d) for d in v.verschil(s))]
    for begin in range(0, len(v.jaren), JAREN_PER_TABEL):
        verhaal += [_tabel(v, regels, v.jaren[begin:begin + JAREN_PER_TABEL],
                           begin + JAREN_PER_TABEL >= len(v.jaren), breedte), Spacer(1, 10)]
    return verhaal


def _inleiding(v: Vergelijking) -> str:
    def wat(r, naam):
        return f"{naam} (parameterset {r.parameterset}, scenario {r.scenario})"
    volgorde = ", ".join(naam.lower() for _, naam in STAPPEN[:-1]) + " en " + STAPPEN[-1][1].lower()
    return (f"Dit overzicht vergelijkt twee berekeningen van de meerjarenraming sociale infrastructuur: oud is "
            f"{wat(v.oud, v.oud_naam)}, nieuw is {wat(v.nieuw, v.nieuw_naam)}. Het verschil is in vaste stappen "
            f"verklaard, in deze volgorde: {volgorde}. Elke stap neemt zijn gegevens over uit nieuw en rekent opnieuw; "
            "wat twee wijzigingen samen doen, telt bij de latere stap. Zo tellen de stappen precies op tot het "
            "verschil. Bedragen in hele euro's; een positief geraamd resultaat is voordelig.")


def _tabel(v: Vergelijking, regels, jaren, met_totaal: bool, breedte: float) -> Table:
    kolommen = list(jaren) + (["totaal"] if met_totaal else [])
    label, soort = 5.6 * cm, 1.5 * cm
    getalbreedte = (breedte - label - soort) / JAREN_PER_TABEL
    kop = [p("", "celkop"), p("", "celkop")] + [p(str(k), "celkoprechts") for k in kolommen]
    data, stijl = [kop], [("BACKGROUND", (0, 0), (-1, 0), DONKER), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    idx = [v.jaren.index(j) for j in jaren]
    for n, sleutel in enumerate(regels):
        rij = len(data)
        naam = v.nieuw.label(sleutel)
        for k, (wat, reeks) in enumerate((("oud", v.oud.regels[sleutel]), ("nieuw", v.nieuw.regels[sleutel]),
                                          ("verschil", v.verschil(sleutel)))):
            waarden = [reeks[i] for i in idx] + ([sum(reeks)] if met_totaal else [])
            vet = wat == "verschil"
            data.append([p(naam, "celvet" if sleutel in ALTIJD else "cel") if k == 0 else "",
                         p(wat, "celvet" if vet else "cel")]
                        + [Paragraph(_verschil(w), _VET_RECHTS) if vet else p(getal(w), "celrechts") for w in waarden])
        stijl += [("SPAN", (0, rij), (0, rij + 2)), ("LINEBELOW", (0, rij + 2), (-1, rij + 2), 0.5, LIJN)]
        if n % 2:
            stijl.append(("BACKGROUND", (0, rij), (-1, rij + 2), LICHT))
    tabel = Table(data, colWidths=[label, soort] + [getalbreedte] * len(kolommen), repeatRows=1, hAlign="LEFT")
    tabel.setStyle(TableStyle(stijl))
    return tabel


def _verschil(waarde: float) -> str:
    """``+7.500``, ``-5.854``, ``0``."""
    return ("+" if hele_euro(waarde) > 0 else "") + getal(waarde)


def _stap(bereik: float) -> float:
    """A round axis step (1, 2, 2.5 or 5 × 10^k) for about five intervals."""
    ruw = max(bereik, 1.0) / 5
    macht = 10 ** math.floor(math.log10(ruw))
    return next(f * macht for f in (1, 2, 2.5, 5, 10) if f * macht >= ruw)


def _waterval(stappen, v: Vergelijking, breedte: float, hoogte: float, titel: str,
              genummerd: bool = False) -> Drawing:
    """Bars: old, each step from the running level, new; the value at each bar.

    The axis shows the range of the levels; it starts at zero when zero is near, otherwise it is
    broken (marked //) so that the steps stay visible next to large totals.
    """
    (_, begin), *midden, (_, eind) = stappen
    balken = [("Oud", None, begin, ACCENT)]
    niveau = begin
    for nummer, ((_, d), stap) in enumerate(zip(midden, v.stappen), start=1):
        kleur = POSITIEF if hele_euro(d) > 0 else NEGATIEF if hele_euro(d) < 0 else GRIJS
        balken.append((str(nummer) if genummerd else KORT[stap.sleutel], niveau, niveau + d, kleur))
        niveau += d
    balken.append(("Nieuw", None, eind, DONKER))
    niveaus = [x for _, a, b, _ in balken for x in (a, b) if x is not None]
    laag, hoog = min(niveaus), max(niveaus)
    marge = max(hoog - laag, abs(hoog) * 0.02, 1.0)
    verandert = any(hele_euro(b - a) for _, a, b, _ in balken[1:-1])
    onderbroken = verandert and (laag - marge > 0 or hoog + marge < 0)
    if not onderbroken:
        laag, hoog = min(laag, 0.0), max(hoog, 0.0)
    else:
        laag, hoog = laag - marge * 0.5, hoog + marge * 0.5
    stap = _stap(hoog - laag)
    laag, hoog = math.floor(laag / stap) * stap, math.ceil(hoog / stap) * stap
    hoog = max(hoog, laag + stap)
    voet = 0.0 if not onderbroken else (laag if laag > 0 else hoog)   # where the old and new bars start
    d = Drawing(breedte, hoogte)
    x0, y0 = 48.0, 26.0
    w, h = breedte - x0 - 4, hoogte - y0 - 26

    def y(waarde):
        return y0 + (waarde - laag) / (hoog - laag) * h
    d.add(String(x0, hoogte - 11, platte_tekst(titel), fontName=VETFONT, fontSize=8.5, fillColor=DONKER))
    tik = laag
    while tik <= hoog + stap / 1000:
        d.add(Line(x0, y(tik), x0 + w, y(tik), strokeColor=LIJN, strokeWidth=0.9 if abs(tik) < 1e-9 else 0.4))
        d.add(String(x0 - 3, y(tik) - 2.5, getal(tik), fontName=FONT, fontSize=6, fillColor=GRIJS, textAnchor="end"))
        tik += stap
    if onderbroken:   # the axis-break mark "//" where the bars start
        yb = y(voet) + (5 if voet == laag else -5)
        for dx in (-2.0, 2.0):
            d.add(Line(x0 + dx - 2.5, yb - 3, x0 + dx + 2.5, yb + 3, strokeColor=GRIJS, strokeWidth=0.8))
    vak = w / len(balken)
    grootte = 6.3 if breedte > 300 else 5.6
    vorige = None
    for i, (naam, van, tot, kleur) in enumerate(balken):
        is_stap = van is not None
        van = voet if van is None else van
        links, breed = x0 + vak * i + vak * 0.15, vak * 0.7
        d.add(Rect(links, min(y(van), y(tot)), breed, max(abs(y(tot) - y(van)), 0.6), fillColor=kleur,
                   strokeColor=None))
        if vorige is not None:   # dotted connector at the level carried over
            niveau = van if is_stap else tot
            d.add(Line(vorige, y(niveau), links, y(niveau), strokeColor=GRIJS, strokeWidth=0.4,
                       strokeDashArray=[1.5, 1.5]))
        vorige = links + breed
        waarde = tot - van if is_stap else tot
        if is_stap and genummerd and not hele_euro(waarde):
            label = ""
        else:
            label = _verschil(waarde) if is_stap else getal(waarde)
        boven = (tot >= van) if is_stap else tot >= voet
        ylabel = max(y(van), y(tot)) + 2.5 if boven else min(y(van), y(tot)) - 7
        d.add(String(links + breed / 2, ylabel, label, fontName=FONT, fontSize=grootte, fillColor=colors.black,
                     textAnchor="middle"))
        d.add(String(links + breed / 2, y0 - 11, naam, fontName=FONT, fontSize=grootte, fillColor=DONKER,
                     textAnchor="middle"))
    return d
