"""The PDF section *Risico's en weerstandsvermogen* (RISICO §4): register, certainty table, ratio and norm
table, the top risks in words and the bandbreedte (fan chart and table). Figures from the analysis as
computed (:mod:`model.risico.analyse`), never recomputed here."""
from __future__ import annotations

from typing import Sequence

from reportlab.graphics.shapes import Drawing, Polygon, PolyLine
from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Spacer

from model.export.opties import reeks_in, schoon
from model.export.pdf_grafieken import _assen, _legenda, _schaal, _tekst
from model.export.pdf_stijl import DONKER, SALDO_KLEUR, TORNADO_HOOG, TORNADO_LAAG, p
from model.export.pdf_tabellen import lijsttabel
from model.opmaak import euro, getal, procent
from model.risico.bandbreedte import PERCENTIELEN
from model.risico.simulatie import NORMGRENZEN, NORMTABEL, ZEKERHEDEN


def waaier(jaren: Sequence[int], percentielen: dict, berekend: Sequence[float] | None, breedte: float,
           hoogte: float = 200) -> Drawing:
    """The bandbreedte per year: 5–95 % and 25–75 % shaded, the median and the calculation as lines."""
    d = Drawing(breedte, hoogte)
    x0, y0, w, h = 62, 34, breedte - 80, hoogte - 60
    alle = [x for reeks in percentielen.values() for x in reeks] + list(berekend or ())
    laag, hoog, stap = _schaal(min(alle), max(alle))
    y = _assen(d, x0, y0, w, h, laag, hoog, stap)
    vak = w / len(jaren)
    x = [x0 + vak * (i + 0.5) for i in range(len(jaren))]
    for onder, boven, kleur in ((5, 95, colors.Color(0.34, 0.71, 0.91, 0.35)), (25, 75, colors.Color(0, 0.45, 0.7, 0.45))):
        punten = [c for xi, v in zip(x, percentielen[boven]) for c in (xi, y(v))]
        punten += [c for xi, v in reversed(list(zip(x, percentielen[onder]))) for c in (xi, y(v))]
        d.add(Polygon(punten, fillColor=kleur, strokeColor=None))
    d.add(PolyLine([c for xi, v in zip(x, percentielen[50]) for c in (xi, y(v))], strokeColor=TORNADO_HOOG,
                   strokeWidth=1.6))
    if berekend is not None:
        d.add(PolyLine([c for xi, v in zip(x, berekend) for c in (xi, y(v))], strokeColor=SALDO_KLEUR,
                       strokeWidth=1.2, strokeDashArray=[3, 2]))
    for xi, jaar in zip(x, jaren):
        _tekst(d, xi, y0 - 12, str(jaar), 7.5, "middle", DONKER)
    _tekst(d, x0 - 4, y0 + h + 10, "€", anker="end")
    items = [("5–95 %", TORNADO_LAAG, "vlak"), ("25–75 %", TORNADO_HOOG, "vlak"), ("mediaan", TORNADO_HOOG, "lijn")]
    if berekend is not None:
        items.append(("berekening (scenario)", SALDO_KLEUR, "lijn"))
    _legenda(d, x0, 4, items)
    return d


def risicos(c) -> list:
    """The section's flowables; ``c`` is :class:`model.export.pdf_secties.Context`."""
    a = c.o.risico
    s = a.simulatie
    b = c.breedte
    van, tot = a.periode
    periode = str(van) if van == tot else f"{van} tot en met {tot}"
    uit = [c.kop("Risico's en weerstandsvermogen"),
           p(f"De risico's van deze financiering met hun kans en hun grootste financiële gevolg. Bij een modelrisico "
             f"is het gevolg berekend met het model: het nadeel voor het geraamde resultaat (saldo na bestemming) over "
             f"{periode} als het scenario van het risico uitkomt, ten opzichte van scenario {schoon(a.scenario)}. "
             "Bij een eigen risico is het gevolg door de gemeente ingevuld. De kansen zijn aannames die de gemeente "
             "zelf beoordeelt.", "tekst")]
    rijen = []
    for r in a.register:
        naam = schoon(r.naam)
        if r.is_model and r.scenario_tekst():
            naam += f" (scenario: {r.scenario_tekst()})"
        elif r.toelichting:
            naam += f" ({schoon(r.toelichting)})"
        rijen.append([naam, "model" if r.is_model else "eigen", procent(r.kans), getal(r.gevolg), r.verdeling,
                      getal(r.verwachte_waarde)])
    rijen.append(["Totaal", "", "", getal(s.maximaal), "", getal(s.verwachting)])
    uit.append(lijsttabel(["Risico", "Soort", "Kans", "Gevolg", "Verdeling", "Verwachte waarde"], rijen,
                          [b * 0.48, b * 0.08, b * 0.07, b * 0.13, b * 0.1, b * 0.14], rechts=(2, 3, 5),
                          vet_rijen=(len(rijen) - 1,)))
    uit += [Spacer(1, 8), p("Benodigde weerstandscapaciteit", "h2"),
            p(f"Een risicosimulatie van {getal(s.trekkingen)} trekkingen (startwaarde {s.zaad}): in elke trekking "
              "treedt elk risico op met zijn kans, met een gevolg tussen 0 en het gevolg (verdeling uniform) of precies "
              "het gevolg (vast). De benodigde weerstandscapaciteit bij een zekerheid is het bedrag waaronder dat deel "
              "van de trekkingen blijft.", "tekst")]
    percentages = sorted(set(ZEKERHEDEN) | {s.zekerheid})
    uit.append(lijsttabel(["Zekerheid", "Benodigde weerstandscapaciteit"],
                          [[f"{getal(z)} %", euro(s.benodigd[z])] for z in percentages],
                          [b * 0.2, b * 0.3], rechts=(1,), vet_rijen=(percentages.index(s.zekerheid),)))
    uit += [Spacer(1, 6), p(s.zekerheid_tekst(), "tekst"), p(s.ratio_tekst(), "tekst"),
            KeepTogether([p("Normtabel ratio weerstandsvermogen", "h2"),
                          lijsttabel(["Klasse", "Ratio", "Waardering"],
                                     [[k, NORMGRENZEN[k], w] for _, k, w in NORMTABEL], [b * 0.1, b * 0.15, b * 0.25],
                                     vet_rijen=tuple(i for i, (_, k, _) in enumerate(NORMTABEL) if k == s.klasse))])]
    top = [t for t in s.top if t.verwachte_waarde > 0]
    if top:
        delen = [f"{schoon(t.naam)} ({euro(t.verwachte_waarde)}, {procent(t.aandeel)} van het verwachte totaal)"
                 for t in top[:3]]
        zin = delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + " en " + delen[-1]
        uit.append(Spacer(1, 6))
        uit.append(p(f"De grootste risico's naar verwachte waarde: {zin}. Samen verwacht: {euro(s.verwachting)}; "
                     f"treden alle risico's met hun volle gevolg op, dan is dat {euro(s.maximaal)}.", "tekst"))
    band = a.bandbreedte
    if band is not None:
        berekend = None
        if all(j in c.r.jaren for j in band.jaren):
            berekend = reeks_in(c.r, "saldo_na_bestemming", band.jaren)
        koppen = ["Percentiel", *(str(j) for j in band.jaren), "Totaal"]
        n = len(band.jaren) + 2
        rijen = [[f"{pc} %", *(getal(x) for x in band.percentielen["saldo_na_bestemming"][pc]),
                  getal(band.som["saldo_na_bestemming"][pc])] for pc in PERCENTIELEN]
        uit += [Spacer(1, 8), KeepTogether([
            p("Bandbreedte van het geraamde resultaat", "h2"),
            p(f"Het hele model doorgerekend over {getal(band.trekkingen)} trekkingen van de onzekere aannames (loon- en "
              "prijsstijging, minimumloon, startjaar van de forfaitaire loonkostensubsidie, gewichten van het "
              "verdeelmodel, BUIG-dekking, realisatie beschut werk en Wsw-uitstroom). Het donkere vlak bevat de "
              "middelste helft van de uitkomsten, het lichte vlak 90 % ervan. De kans dat het geraamde resultaat over "
              f"{band.jaren[0]}–{band.jaren[-1]} samen negatief is: {procent(band.kans_tekort_cumulatief, 1)}.",
              "tekst"),
            waaier(band.jaren, band.percentielen["saldo_na_bestemming"], berekend, b)]),
            lijsttabel(koppen, rijen, [b * 0.12] + [b * 0.88 / (n - 1)] * (n - 1), rechts=tuple(range(1, n)))]
    return uit
