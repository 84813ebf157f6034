"""The sections of the PDF annex, each a list of flowables built from the result (never recomputed)."""
from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from model import __version__
from model.export import pdf_grafieken as grafiek
from model.export.inhoud import BATEN_REGELS, BESTEMMING_REGELS, LASTEN_REGELS, MEMO_REGELS, STROOMDETAILS, stroomregels
from model.export.opties import TAAKVELDEN, bronnen, bronvermelding, datum_tekst, reeks_in
from model.export.pdf_stijl import p, tekst
from model.export.pdf_tabellen import GROEP, MEMO, SALDO, TOTAAL, Rij, gegevenstabel, jaartabel, lijsttabel
from model.opmaak import getal, opmaak_eenheid, procent
from model.regels import BESTEMMING, GROEPKOPPEN, REGEL, STROMEN, STRUCTUREEL


class Context:
    """What every section needs: the result, the options, the years shown and the frame widths."""

    def __init__(self, resultaat, opties, jaren, breedte, breedte_staand):
        self.r, self.o, self.jaren = resultaat, opties, jaren
        self.breedte, self.breedte_staand = breedte, breedte_staand
        self.nummer = 0
        self.bijlagen = 0

    def kop(self, titel: str):
        self.nummer += 1
        return p(f"{self.nummer}. {titel}", "h1")

    def bijlage(self, titel: str):
        self.bijlagen += 1
        return p(f"Bijlage {'ABCDEFGH'[self.bijlagen - 1]}. {titel}", "h1")

    def rij(self, sleutel: str, soort: str = "regel", label: str | None = None) -> Rij:
        regel = REGEL[sleutel]
        return Rij(label or self.r.label(sleutel), reeks_in(self.r, sleutel, self.jaren), regel.eenheid, soort,
                   "" if regel.taakveld == "memo" else regel.taakveld)


def titelpagina(c: Context) -> list:
    r, o = c.r, c.o
    horizon = f"{c.jaren[0]} – {c.jaren[-1]}" if len(c.jaren) > 1 else str(c.jaren[0])
    gegevens = [("Gemeente", r.gemeente), ("Scenario", r.scenario)]
    if o.scenario_omschrijving:
        gegevens.append(("Omschrijving scenario", o.scenario_omschrijving))
    gegevens += [("Parameterset", r.parameterset), ("Jaren", horizon),
                 ("Datum", datum_tekst(o.rapportdatum)), ("Versie rekenmodel", f"Infraraming {__version__}")]
    return [Spacer(1, 2.4 * cm), p("Begrotingsbijlage", "titel"),
            p("Sociale infrastructuur, beschut werk, Wsw en impulsbudget", "ondertitel"),
            gegevenstabel(gegevens, c.breedte_staand), Spacer(1, 1.2 * cm),
            p("Leeswijzer", "h2"),
            p("Bedragen in hele euro's, afgerond vanaf de onafgeronde modelwaarden; totalen zijn sommen van "
              "onafgeronde waarden, zodat een optelling van afgeronde regels een euro kan afwijken. Een positief "
              "saldo is een overschot voor de gemeente. Memoposten tellen niet mee in het saldo. Elke aanname "
              "die een bedrag beïnvloedt staat in de bijlage Aannames, met waarde, toelichting en bron.", "tekst")]


def samenvatting(c: Context) -> list:
    rijen: list[Rij] = [Rij("Baten", soort=GROEP)]
    for taakveld in sorted({r.taakveld for r in BATEN_REGELS}):
        rijen.append(Rij(f"Taakveld {taakveld} {TAAKVELDEN.get(taakveld, '')}", soort=GROEP))
        rijen += [c.rij(r.sleutel) for r in BATEN_REGELS if r.taakveld == taakveld]
    rijen.append(c.rij("baten_totaal", TOTAAL))
    rijen.append(Rij("Lasten", soort=GROEP))
    for taakveld in sorted({r.taakveld for r in LASTEN_REGELS}):
        rijen.append(Rij(f"Taakveld {taakveld} {TAAKVELDEN.get(taakveld, '')}", soort=GROEP))
        rijen += [c.rij(r.sleutel) for r in LASTEN_REGELS if r.taakveld == taakveld]
    rijen.append(c.rij("lasten_totaal", TOTAAL))
    rijen.append(c.rij("saldo", SALDO))
    rijen.append(Rij(f"{GROEPKOPPEN[BESTEMMING]} (taakveld 0.10 {TAAKVELDEN.get('0.10', '')})".replace(" )", ")"),
                     soort=GROEP))
    rijen += [c.rij(r.sleutel) for r in BESTEMMING_REGELS]
    rijen.append(c.rij("saldo_na_bestemming", SALDO))
    rijen.append(Rij(GROEPKOPPEN[STRUCTUREEL], soort=GROEP))
    rijen += [c.rij(s) for s in ("incidentele_baten", "incidentele_lasten")]
    rijen.append(c.rij("structureel_saldo", SALDO))
    memo = [Rij("Memoposten (tellen niet mee in het saldo)", soort=GROEP)]
    memo += [c.rij(r.sleutel, MEMO) for r in MEMO_REGELS]
    return [c.kop("Samenvatting"),
            p("Baten en lasten per jaar in euro's, gegroepeerd naar taakveld (Iv3), met het saldo van baten en "
              "lasten, de mutaties in de bestemmingsreserve, het saldo na bestemming en het structureel saldo "
              "(BBV art. 17–19). Het niet bestede impulsbudget is geen overschot maar een toevoeging aan de "
              "bestemmingsreserve.", "tekst"),
            jaartabel(rijen, c.jaren, c.breedte), Spacer(1, 8),
            KeepTogether([jaartabel(memo, c.jaren, c.breedte),
                          p("Aantallen in plekken, realisatie als percentage van de taakstelling.", "noot")])]


def _alles_nul(*reeksen) -> bool:
    return all(abs(w or 0) < 0.5 for reeks in reeksen for w in reeks)


def grafieken(c: Context) -> list:
    if _alles_nul(reeks_in(c.r, "baten_totaal", c.jaren), reeks_in(c.r, "lasten_totaal", c.jaren)):
        return [p("Baten, lasten en saldo", "h2"), p("Geen baten of lasten om in een grafiek te tonen.", "noot")]
    d = grafiek.baten_lasten(c.jaren, reeks_in(c.r, "baten_totaal", c.jaren), reeks_in(c.r, "lasten_totaal", c.jaren),
                             reeks_in(c.r, "saldo", c.jaren), c.breedte)
    return [CondPageBreak(d.height + 60), p("Baten, lasten en saldo", "h2"), d,
            p("Staven: totaal baten en totaal lasten (linkeras). Lijn: saldo (rechteras).", "noot")]


def stromen(c: Context) -> list:
    uit, kop = [], [c.kop("Financieringsstromen")]   # the h1 travels with the first stream's table
    for stroom, naam in STROMEN.items():
        eigen = stroomregels(stroom)
        rijen = [c.rij(r.sleutel) for r in eigen if r.groep != "memo"]
        if any(r.groep == "memo" for r in eigen):
            rijen.append(Rij("Memoposten", soort=GROEP))
            rijen += [c.rij(r.sleutel, MEMO) for r in eigen if r.groep == "memo"]
        details = STROOMDETAILS.get(stroom, ())
        if details:
            rijen.append(Rij("Kerngegevens", soort=GROEP))
            rijen += [Rij(d.label, reeks_in(c.r, d.sleutel, c.jaren), d.eenheid) for d in details]
        regels = [p(f"<b>{tekst(r.label)}.</b> {tekst(r.uitleg)}"
                    + (f" <i>Bron: {tekst(r.bron)}.</i>" if r.bron else ""), "klein", opgemaakt=True)
                  for r in stroomregels(stroom)]
        uit += [CondPageBreak(6 * cm), KeepTogether([*kop, p(naam, "h2"), jaartabel(rijen, c.jaren, c.breedte),
                                                     Spacer(1, 4), p("Rekenregels", "celgroep"), *regels])]
        kop = []
    return uit


def reserve(c: Context) -> list:
    jaren = c.jaren
    d = grafiek.reserve(jaren, reeks_in(c.r, "reserve_impulsbudget", jaren), reeks_in(c.r, "du_impulsbudget", jaren),
                        reeks_in(c.r, "lasten_impulsbudget", jaren), c.breedte)
    rijen = [c.rij("du_impulsbudget"), c.rij("lasten_impulsbudget"), c.rij("reserve_impulsbudget", TOTAAL)]
    uit = [CondPageBreak(d.height + 5 * cm), c.kop("Bestemmingsreserve impulsbudget"),
           p("Het impulsbudget wordt ontvangen als decentralisatie-uitkering en via de bestemmingsreserve besteed "
             "volgens het bestedingsplan. Stand aan het eind van elk jaar.", "tekst"),
           jaartabel(rijen, jaren, c.breedte), Spacer(1, 8)]
    if _alles_nul(*(r.waarden for r in rijen)):
        uit.append(p("Geen impulsbudget, bestedingen of reserve in deze jaren.", "noot"))
    else:
        uit.append(d)
    if c.r.leden:
        index = [c.r.jaren.index(j) for j in jaren]
        leden = [Rij(str(lid), [waarden[i] for i in index]) for lid, waarden in c.r.leden]
        uit += [CondPageBreak(4 * cm), p("Verdeling over het samenwerkingsverband", "h2"),
                p("Toegerekend aandeel per gemeente op basis van het doelgroepenregister.", "tekst"),
                jaartabel(leden, jaren, c.breedte, met_taakveld=False, eerste_kop="Gemeente")]
    return uit


def vergelijking(c: Context) -> list:
    v = c.o.vergelijking
    jaren = tuple(j for j in c.jaren if j in v.jaren)
    index = [v.jaren.index(j) for j in jaren]
    saldi = [Rij(r.scenario, [r.reeks("saldo")[i] for i in index]) for r in (v.basis, *v.varianten)]
    uit = [c.kop("Scenariovergelijking"),
           p(f"Saldo per scenario en het verschil met {tekst(v.basis.scenario)} per regel; de laatste kolom is het "
             "cumulatieve verschil over de getoonde jaren.", "tekst", opgemaakt=True),
           jaartabel(saldi, jaren, c.breedte, met_taakveld=False, eerste_kop="Saldo per scenario")]
    for variant in v.varianten:
        rijen = []
        for sleutel in v.gewijzigde_regels(variant):
            verschil, cumulatief = v.verschil(variant, sleutel), v.cumulatief(variant, sleutel)
            totaal = cumulatief[index[-1]] - (cumulatief[index[0] - 1] if index[0] else 0) \
                if REGEL[sleutel].cumuleerbaar else None
            soort = SALDO if sleutel == "saldo" else (TOTAAL if REGEL[sleutel].groep == "totaal" else "regel")
            rijen.append(Rij(REGEL[sleutel].label, [verschil[i] for i in index] + [totaal],
                             REGEL[sleutel].eenheid, soort))
        uit += [CondPageBreak(4 * cm), p(f"{variant.scenario} ten opzichte van {v.basis.scenario}", "h2")]
        uit.append(jaartabel(rijen, jaren, c.breedte, met_taakveld=False, eerste_kop="Verschil",
                             extra_kolom="Cumulatief") if rijen else p("Geen verschillen.", "noot"))
    return uit


def gevoeligheid(c: Context) -> list:
    g = list(c.o.gevoeligheid)
    if _alles_nul([x.effect_laag for x in g], [x.effect_hoog for x in g]):
        d = p("Geen van de aannames verandert het saldo over deze horizon.", "noot")
    else:
        d = grafiek.tornado(g, c.breedte)
    rijen = [[x.variatie.label, x.variatie.laag_tekst, getal(x.effect_laag), x.variatie.hoog_tekst,
              getal(x.effect_hoog), getal(x.bandbreedte)] for x in g]
    b = c.breedte
    return [c.kop("Gevoeligheidsanalyse"),
            p("Elke kernaanname afzonderlijk omlaag en omhoog; het effect op het saldo opgeteld over de horizon, "
              "gesorteerd van groot naar klein.", "tekst"), d, Spacer(1, 6),
            lijsttabel(["Aanname", "Laag", "Effect laag", "Hoog", "Effect hoog", "Bandbreedte"], rijen,
                       [b * 0.40, b * 0.11, b * 0.13, b * 0.11, b * 0.13, b * 0.12], rechts=(2, 4, 5))]


def aansluiting(c: Context) -> list:
    rijen = [[REGEL[a.regel].label, str(a.jaar), getal(a.circulaire), getal(a.model), getal(a.verschil),
              "–" if a.verschil_pct is None else procent(a.verschil_pct, 1)]
             for a in c.r.aansluiting if a.jaar in c.jaren]
    b = c.breedte
    uit = [c.kop("Aansluiting met de circulaire"),
           p("Voor elk jaar met een bedrag in de circulaire: het circulairebedrag, de raming van het model zonder dat "
             "bedrag en het verschil (model − circulaire). De begroting gebruikt het circulairebedrag.", "tekst")]
    if rijen:
        uit.append(lijsttabel(["Regel", "Jaar", "Circulaire", "Model", "Verschil", "Verschil %"], rijen,
                              [b * 0.40, b * 0.08, b * 0.13, b * 0.13, b * 0.13, b * 0.13], rechts=(1, 2, 3, 4, 5)))
    else:
        uit.append(p("Er zijn geen circulairebedragen in de getoonde jaren.", "noot"))
    return uit


def bevindingen(c: Context) -> list:
    b = c.breedte
    uit = [c.kop("Bevindingen en waarschuwingen"), p("Bevindingen bij de invoer", "h2")]
    if c.o.bevindingen:
        rijen = [[x.ernst.capitalize(), x.melding, x.plaats() or "–"] for x in c.o.bevindingen]
        uit.append(lijsttabel(["Ernst", "Melding", "Plaats"], rijen, [b * 0.13, b * 0.62, b * 0.25]))
    else:
        uit.append(p("Geen bevindingen bij de invoer.", "noot"))
    uit.append(p("Waarschuwingen van het model", "h2"))
    if c.r.waarschuwingen:
        uit.append(lijsttabel(["Waarschuwing"], [[w.tekst] for w in c.r.waarschuwingen], [b]))
    else:
        uit.append(p("Geen waarschuwingen.", "noot"))
    rv = c.r.regiovergelijking
    if rv is not None:
        def graad(r):
            return procent(r.werkzaam / r.streefcijfer, 1) if r.streefcijfer else "–"
        rijen = [[x.regio, getal(x.streefcijfer), getal(x.werkzaam), graad(x)] for x in (rv.regio, rv.landelijk)]
        uit += [CondPageBreak(3.5 * cm), p("Regionale vergelijking beschut werk", "h2"),
                lijsttabel(["Gebied", "Streefcijfer", "Werkzaam", "Realisatie"], rijen,
                           [b * 0.46, b * 0.18, b * 0.18, b * 0.18], rechts=(1, 2, 3)),
                p(f"Bron: {rv.bron}.", "noot")]
    return uit


def aannames(c: Context) -> list:
    b = c.breedte_staand
    rijen = []
    for g, regels in c.r.aannames():
        waarde = opmaak_eenheid(g.waarde, g.eenheid)
        naam = p(f"{tekst(g.label)}<br/><font size=6.5 color='#6B7280'>{tekst(g.sleutel)}</font>", "cel",
                 opgemaakt=True)
        rijen.append([naam, f"{waarde} ({g.jaar})", g.toelichting, g.bron or "–",
                      "; ".join(REGEL[r].label for r in regels if REGEL[r].groep not in ("totaal", "saldo"))])
    uit = [c.bijlage("Aannames"),
           p("Parameters met de status aanname die een regel met een bedrag ongelijk aan nul beïnvloeden "
             "(REKENREGELS §7). Waarde in het eerste jaar waarin de aanname meetelt.", "tekst")]
    if rijen:
        uit.append(lijsttabel(["Aanname", "Waarde (jaar)", "Toelichting", "Bron", "Raakt"], rijen,
                              [b * 0.22, b * 0.12, b * 0.32, b * 0.14, b * 0.20]))
    else:
        uit.append(p("Deze berekening gebruikt geen aannames.", "noot"))
    return uit


def bronnenlijst(c: Context) -> list:
    uit = [c.bijlage("Bronnen"),
           p("Bronverwijzingen in deze bijlage (bijvoorbeeld ‘000 §5.1’) verwijzen naar deze documenten.",
             "tekst")]
    for bron in bronnen():
        uit.append(p(f"<b>{tekst(bronvermelding(bron))}</b><br/>{tekst(bron['gebruikt_voor'])}", "tekst",
                     opgemaakt=True))
    return uit


__all__ = ["Context", "titelpagina", "samenvatting", "grafieken", "stromen", "reserve", "vergelijking",
           "gevoeligheid", "aansluiting", "bevindingen", "aannames", "bronnenlijst"]
