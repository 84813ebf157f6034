"""The sections of the PDF annex, each a list of flowables built from the result (never recomputed)."""
from __future__ import annotations

import io
from dataclasses import replace

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from model import __version__
from model.analyse import GEVOELIGHEIDSEFFECT
from model.export import pdf_grafieken as grafiek
from model.export.inhoud import BATEN_REGELS, BESTEMMING_REGELS, LASTEN_REGELS, MEMO_REGELS, stroomregels
from model.export.opties import (GRAFIEKEN, SAMENVATTING, TAAKVELDEN, aanname_in_jaren, bronnen, bronvermelding,
                                 datum_tekst, meldingen_in, reeks_in, schoon)
from model.export.pdf_stijl import p, tekst
from model.export.pdf_tabellen import GROEP, MEMO, SALDO, TOTAAL, Rij, gegevenstabel, jaartabel, lijsttabel
from model.eenheden import waarde_tekst
from model.invoer import STRUCTUREEL_VELD
from model.opmaak import getal, procent
from model.regels import (BESTEDING_REGELS, BESTEMMING, GROEPKOPPEN, GROOTHEID, KERNKOP, MEMOKOP, REGEL, STROMEN,
                          rijlabel, stroomindeling)


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

    def taakveld(self, sleutel: str) -> str:
        """The line's taakveld as used: the gemeente's own choice (Classificatie), else the default (v3)."""
        tv = self.r.invoer.taakvelden_in_gebruik()
        return tv.get(sleutel, "" if REGEL[sleutel].taakveld == "memo" else REGEL[sleutel].taakveld)

    def rij(self, sleutel: str, soort: str = "regel", label: str | None = None) -> Rij:
        regel = REGEL[sleutel]
        return Rij(label or self.r.label(sleutel), self.getoond(sleutel), regel.eenheid, soort,
                   self.taakveld(sleutel), sleutel)

    def getoond(self, sleutel: str) -> tuple:
        """A line or detail in the annex's years as shown: None (–) where it cannot be computed."""
        alle = dict(zip(self.r.jaren, self.r.getoond(sleutel)))
        return tuple(alle.get(j) for j in self.jaren)

    def onbekend_noten(self, sleutels) -> list:
        """Under a table: the lines it shows as – (unknown in the annex's years) and why, in the model's words (one
        note per reason)."""
        per_reden: dict[str, list[str]] = {}
        for s in sleutels:
            if set(self.r.onbekend.get(s, ())) & set(self.jaren):
                naam = self.r.label(s) if s in REGEL else GROOTHEID[s].label
                per_reden.setdefault(self.r.onbekend_tekst(s), []).append(naam)
        return [p(f"{' en '.join(namen)}: – is onbekend. {reden}", "noot") for reden, namen in per_reden.items()]


def _logo(logo, breedte: float, hoogte: float):
    """The gemeente's logo (PNG) as a flowable scaled into breedte × hoogte."""
    if logo is None or logo.soort != "png":
        return None
    try:
        from reportlab.lib.utils import ImageReader
        from reportlab.platypus import Image
        b, h = ImageReader(io.BytesIO(logo.inhoud)).getSize()
        schaal = min(breedte / b, hoogte / h)
        beeld = Image(io.BytesIO(logo.inhoud), b * schaal, h * schaal)
        beeld.hAlign = "LEFT"
        return beeld
    except Exception:   # a damaged logo must not stop the annex; the title page then has none
        return None


def titelpagina(c: Context) -> list:
    r, o = c.r, c.o
    horizon = f"{c.jaren[0]} – {c.jaren[-1]}" if len(c.jaren) > 1 else str(c.jaren[0])
    gegevens = [("Gemeente", r.gemeente), ("Scenario", r.scenario)]
    if o.scenario_omschrijving:
        gegevens.append(("Omschrijving scenario", o.scenario_omschrijving))
    if o.invoercorrecties:   # the gemeente's data as corrected in the app, apart from the scenario's assumptions
        gegevens.append(("Invoercorrecties", "; ".join(o.invoercorrecties)))
    gegevens += [("Parameterset", r.parameterset), ("Jaren", horizon),
                 ("Datum", datum_tekst(o.rapportdatum) + (" (concept)" if o.concept else "")),
                 ("Versie rekenmodel", f"Infraraming {__version__}")]
    logo = _logo(o.logo, 6 * cm, 2.2 * cm)
    uit = [logo, Spacer(1, 0.8 * cm)] if logo is not None else [Spacer(1, 2.4 * cm)]
    uit += [p(o.titel or "Begrotingsbijlage", "titel"),
            p("Sociale infrastructuur, beschut werk, Wsw en impulsbudget", "ondertitel"),
            gegevenstabel(gegevens, c.breedte_staand), Spacer(1, 0.8 * cm)]
    if o.inleiding:
        uit += [p("Inleiding", "h2"), *[p(alinea, "tekst") for alinea in o.inleiding.split("\n\n") if alinea.strip()]]
    uit += [p("Leeswijzer", "h2"),
            p("Bedragen in hele euro's, afgerond vanaf de onafgeronde modelwaarden; totalen zijn sommen van "
              "onafgeronde waarden, zodat een optelling van afgeronde regels een euro kan afwijken. Een positief "
              "geraamd resultaat is voordelig voor de gemeente. Memoposten tellen niet mee in het saldo. Een regel met * "
              "staat ook elders in de begroting. Elke aanpassing en elke aanname die een bedrag beïnvloedt staat in de "
              "bijlage Aanpassingen en aannames, met waarde, toelichting en bron; de grondslagen voor de ramingen "
              "staan daar ook.", "tekst")]
    return uit


def kernboodschap(c: Context) -> list:
    """Three or four sentences for the raadsvoorstel (model.kernboodschap), or the user's own text."""
    from model.export.opties import RISICOS, schoon
    from model.kernboodschap import zinnen
    eigen = schoon(c.o.kernboodschap).strip()
    if eigen:
        alineas = [a.strip() for a in eigen.split("\n\n") if a.strip()]
    else:
        alineas = [" ".join(zinnen(c.r, c.jaren, risico=c.o.risico if c.o.met_sectie(RISICOS) else None))]
    # unnumbered: it stands before the chapters, as a summary for the raadsvoorstel
    return [p("Kernboodschap", "h1"), *[p(a, "tekst") for a in alineas], Spacer(1, 8)]


def _gemarkeerd(c: Context, regel, soort: str = "regel") -> Rij:
    """A line of the overview; a line that also appears elsewhere in the begroting gets a *."""
    rij = c.rij(regel.sleutel, soort)
    return replace(rij, label=rij.label + " *") if regel.elders else rij


def _per_taakveld(c: Context, regels) -> list[Rij]:
    rijen = []
    for taakveld in sorted({c.taakveld(r.sleutel) for r in regels}, key=lambda t: tuple(int(x) for x in t.split("."))):
        rijen.append(Rij(f"Taakveld {taakveld} {TAAKVELDEN.get(taakveld, '')}", soort=GROEP))
        rijen += [_gemarkeerd(c, r) for r in regels if c.taakveld(r.sleutel) == taakveld]
    return rijen


def _lasten_per_categorie():
    """The lasten of the overview: the impulsbudget's spending by category, each under its own taakveld (v3)."""
    uit = []
    for r in LASTEN_REGELS:
        uit += BESTEDING_REGELS if r.sleutel == "lasten_impulsbudget" else [r]
    return tuple(uit)


#: The one sentence on the 0.7 lines (REKENREGELS §5, v3; 000 §1.1): not earmarked money, so this is no programme.
THEMATISCH = ("De regels op taakveld 0.7 zijn algemene dekkingsmiddelen (gemeentefonds, juridisch niet geoormerkt): dit "
              "overzicht is een thematisch financieel beeld naast de programmabegroting, geen programma.")

#: BBV art. 17: the withdrawal from a reserve is a baat, the addition a last (both on taakveld 0.10)
ONTTREKKING, TOEVOEGING = "onttrekking_reserve_impulsbudget", "toevoeging_reserve_impulsbudget"


def samenvatting(c: Context) -> list:
    """The BBV overview: baten and lasten per taakveld, saldo, reserve mutations, saldo na bestemming;
    the overzicht incidentele baten en lasten with the structureel saldo; memo lines; a toelichting per line."""
    rijen: list[Rij] = [Rij("Baten", soort=GROEP), *_per_taakveld(c, BATEN_REGELS), c.rij("baten_totaal", TOTAAL),
                        Rij("Lasten", soort=GROEP), *_per_taakveld(c, _lasten_per_categorie()),
                        c.rij("lasten_totaal", TOTAAL),
                        c.rij("saldo", SALDO),
                        Rij(f"{GROEPKOPPEN[BESTEMMING]} (taakveld 0.10)", soort=GROEP),
                        *[_gemarkeerd(c, r) for r in BESTEMMING_REGELS], c.rij("saldo_na_bestemming", SALDO)]
    incidenteel = [Rij("Incidentele baten", soort=GROEP),
                   *[c.rij(r.sleutel) for r in BATEN_REGELS if r.incidenteel], c.rij(ONTTREKKING),
                   c.rij("incidentele_baten", TOTAAL, "Totaal incidentele baten"),
                   Rij("Incidentele lasten", soort=GROEP),
                   *[c.rij(r.sleutel) for r in BESTEDING_REGELS
                     if not getattr(c.r.invoer, STRUCTUREEL_VELD[r.sleutel.removeprefix("besteding_")])],
                   *[c.rij(r.sleutel) for r in LASTEN_REGELS if r.incidenteel], c.rij(TOEVOEGING),
                   c.rij("incidentele_lasten", TOTAAL, "Totaal incidentele lasten"),
                   Rij("Berekening van het structureel saldo", soort=GROEP), c.rij("saldo_na_bestemming"),
                   Rij("− incidentele baten", [-w for w in reeks_in(c.r, "incidentele_baten", c.jaren)]),
                   Rij("+ incidentele lasten", reeks_in(c.r, "incidentele_lasten", c.jaren)),
                   c.rij("structureel_saldo", SALDO)]
    memo = [Rij("Memoposten (tellen niet mee in het saldo)", soort=GROEP)]
    memo += [c.rij(r.sleutel, MEMO) for r in MEMO_REGELS]
    vorige, vooraf, vorige_noot = c.r.invoer.vorige_cijfers, (), []
    if vorige:   # the comparison columns (sheet Vorige cijfers): the given amounts, an absent line stays empty
        b = c.r.invoer.basisjaar
        vooraf = (f"Rekening {b - 2}", f"Begroting {b - 1} na wijziging")
        rijen = [replace(r, vooraf=vorige.get(r.sleutel, (None, None))) if r.sleutel else r for r in rijen]
        vorige_noot = [p(f"Rekening {b - 2}: de jaarrekening; begroting {b - 1} na wijziging: de begroting na de "
                         "laatste begrotingswijziging, zoals de gemeente ze opgaf (blad Vorige cijfers). Een lege cel "
                         "is niet opgegeven.", "noot")]
    return [c.kop("Overzicht van baten en lasten"),
            p("Baten en lasten per jaar in euro's per taakveld (Iv3), het saldo van baten en lasten, de mutaties in "
              "de bestemmingsreserve (taakveld 0.10) en het geraamde resultaat (BBV art. 17). Het niet bestede "
              "impulsbudget is geen overschot maar een toevoeging aan de bestemmingsreserve. Regels met * staan "
              "ook elders in de begroting: niet dubbel ramen. " + THEMATISCH, "tekst"),
            jaartabel(rijen, c.jaren, c.breedte, vooraf=vooraf), *vorige_noot, Spacer(1, 6),
            KeepTogether([p("Overzicht incidentele baten en lasten (BBV art. 19)", "h2"),
                          p("Tijdelijk geld (de ophoging tot de forfaitaire LKS, het impulsbudget 2025–2034) en de "
                            "reservemutaties; het structureel saldo is wat overblijft zonder deze posten.", "klein"),
                          jaartabel(incidenteel, c.jaren, c.breedte)]),
            Spacer(1, 6),
            KeepTogether([jaartabel(memo, c.jaren, c.breedte),
                          p("Aantallen in plekken, realisatie als percentage van de taakstelling.", "noot"),
                          *c.onbekend_noten(r.sleutel for r in MEMO_REGELS)]),
            *(grafieken(c) if c.o.met_sectie(GRAFIEKEN) else []),
            *toelichting(c)]


def toelichting(c: Context) -> list:
    """A short toelichting per line from the catalogue, with a warning where it also appears elsewhere."""
    eigen = c.r.invoer.taakvelden
    uit = [CondPageBreak(3 * cm), p("Toelichting per regel", "h2"),
           p("Indeling in taakvelden (Iv3): de standaardindeling van Infraraming"
             + ("; een eigen keuze van de gemeente (blad Classificatie) staat erbij." if eigen else ".")
             , "klein")]
    for regel in (*BATEN_REGELS, *_lasten_per_categorie(), *BESTEMMING_REGELS):
        tv = f"taakveld {c.taakveld(regel.sleutel)}" + (" (eigen indeling)" if regel.sleutel in eigen else "")
        tekstje = f"<b>{tekst(c.r.label(regel.sleutel))}</b> ({tv}{', incidenteel' if regel.incidenteel else ''}). " \
                  f"{tekst(regel.uitleg)}"
        if regel.elders:
            tekstje += f" <b>* {tekst(regel.elders)}</b>"
        uit.append(p(tekstje, "klein", opgemaakt=True))
    return uit


def _alles_nul(*reeksen) -> bool:
    return all(abs(w or 0) < 0.5 for reeks in reeksen for w in reeks)


def grafieken(c: Context) -> list:
    baten, lasten = reeks_in(c.r, "baten_totaal", c.jaren), reeks_in(c.r, "lasten_totaal", c.jaren)
    if _alles_nul(baten, lasten):
        return [p("Baten, lasten en saldo", "h2"), p("Geen baten of lasten om in een grafiek te tonen.", "noot")]
    helft = (c.breedte - 12) / 2
    d = grafiek.baten_lasten(c.jaren, baten, lasten, helft, 165)
    s = grafiek.saldi(c.jaren, reeks_in(c.r, "saldo_na_bestemming", c.jaren), reeks_in(c.r, "structureel_saldo", c.jaren),
                      helft, 165)
    naast = Table([[p("Baten en lasten", "h2"), p("Geraamd resultaat en structureel saldo", "h2")], [d, s]],
                  colWidths=[helft + 12, helft], hAlign="LEFT")
    naast.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [KeepTogether([naast, p("Rechts, staven: geraamd resultaat (groen: voordelig, rood: nadelig); lijn: "
                                   "structureel saldo.", "noot")])]


def grafieken_los(c: Context) -> list:
    """The charts as a part of their own, when the overview (which then holds them) is not chosen."""
    return [] if c.o.met_sectie(SAMENVATTING) else grafieken(c)


def stromen(c: Context) -> list:
    uit, kop = [], [c.kop("Financieringsstromen")]   # the h1 travels with the first stream's table
    for stroom, naam in STROMEN.items():
        rijen = []
        delen = stroomindeling(stroom, c.r.invoer.ontvangt_impulsbudget)   # the same parts as the app's view
        for deelkop, regels in delen:
            if deelkop:
                rijen.append(Rij(deelkop, soort=GROEP))
            if deelkop == KERNKOP:
                rijen += [Rij(d.label, c.getoond(d.sleutel), d.eenheid) for d in regels]
            else:
                rijen += [c.rij(r.sleutel, MEMO) if deelkop == MEMOKOP else
                          c.rij(r.sleutel, label=rijlabel(r, c.r.label(r.sleutel))) for r in regels]
        regels = [p(f"<b>{tekst(c.r.label(r.sleutel))}.</b> {tekst(r.uitleg)}"
                    + (f" <i>Bron: {tekst(r.bron)}.</i>" if r.bron else ""), "klein", opgemaakt=True)
                  for r in stroomregels(stroom)]
        uit += [CondPageBreak(6 * cm), KeepTogether([*kop, p(naam, "h2"), jaartabel(rijen, c.jaren, c.breedte),
                                                     *c.onbekend_noten(dict.fromkeys(
                                                         r.sleutel for _, rr in delen for r in rr)),
                                                     Spacer(1, 4), p("Rekenregels", "celgroep"), *regels])]
        kop = []
    return uit + regiovergelijking(c)


def regiovergelijking(c: Context) -> list:
    """Beschut werk in the gemeente's arbeidsmarktregio next to the country (when the region is known)."""
    rv = c.r.regiovergelijking
    if rv is None:
        return []
    b = c.breedte

    def graad(r):
        return procent(r.werkzaam / r.streefcijfer, 1) if r.streefcijfer else "–"
    rijen = [[x.regio, getal(x.streefcijfer), getal(x.werkzaam), graad(x)] for x in (rv.regio, rv.landelijk)]
    return [KeepTogether([p("Regionale vergelijking beschut werk", "h2"),
                          lijsttabel(["Gebied", "Streefcijfer", "Werkzaam", "Realisatie"], rijen,
                                     [b * 0.46, b * 0.18, b * 0.18, b * 0.18], rechts=(1, 2, 3)),
                          p(f"Bron: {rv.bron}.", "noot")])]


def reservedoel(r) -> str:
    """The reserve's purpose and term by default, from the sources (the user may set her own text)."""
    ps = r.parameterbron.set
    einde = max((j for j in ps.jaren if ps.value("ib_macro", j) > 0), default=None)
    looptijd = f" Looptijd: tot en met {einde}, het laatste jaar waarin het Rijk het impulsbudget uitkeert (001); " \
               "wat dan in de reserve staat, wordt bij de jaarrekening heroverwogen." if einde else ""
    return ("Doel: het impulsbudget sociale infrastructuur besteden volgens het bestedingsplan van het "
            "samenwerkingsverband, in de bestedingscategorieën van het impulsbudget (000, 001); wat in een jaar niet "
            "is besteed, wordt toegevoegd en later voor hetzelfde doel onttrokken." + looptijd)


def reserve(c: Context) -> list:
    jaren = c.jaren
    invoer = c.r.invoer
    d = grafiek.reserve(jaren, reeks_in(c.r, "reserve_impulsbudget", jaren), reeks_in(c.r, "du_impulsbudget", jaren),
                        reeks_in(c.r, "lasten_impulsbudget", jaren), c.breedte,
                        ontvangen_label="Impulsbudget ontvangen" if invoer.ontvangt_impulsbudget
                        else GROOTHEID["doorbetaling"].label)
    # the BBV staat van de reserve: begin, toevoeging, onttrekking, eind
    rijen = [c.rij("reserve_impulsbudget_begin"), c.rij(TOEVOEGING), c.rij(ONTTREKKING),
             c.rij("reserve_impulsbudget", TOTAAL)]
    if invoer.ontvangt_impulsbudget:
        uitleg = ("De gemeente ontvangt het impulsbudget voor het samenwerkingsverband als decentralisatie-uitkering "
                  "en besteedt het via de bestemmingsreserve volgens het bestedingsplan.")
    else:
        uitleg = ("De gemeente ontvangt het impulsbudget niet zelf: de ontvangende gemeente van het "
                  "samenwerkingsverband betaalt haar deel door. De doorbetaling is hier de baat; de besteding loopt "
                  "via de bestemmingsreserve volgens het bestedingsplan.")
    uit = [CondPageBreak(d.height + 9 * cm), c.kop("Bestemmingsreserve impulsbudget"),
           p(uitleg, "tekst"),
           p("<b>Doel en looptijd.</b> " + tekst(schoon(c.o.reservedoel).strip() or reservedoel(c.r)), "tekst",
             opgemaakt=True),
           KeepTogether([p("Staat van de reserve", "h2"), jaartabel(rijen, jaren, c.breedte),
                         p("Stand aan het begin van het jaar, plus de toevoeging, min de onttrekking, is de stand aan "
                           "het eind van het jaar (BBV, staat van reserves).", "noot")]), Spacer(1, 6)]
    if not invoer.ontvangt_impulsbudget:
        if set(c.r.onbekend.get("impulsbudget_toegerekend", ())) >= {j for j in jaren
                                                                        if c.r.parameter("ib_macro", j) > 0}:
            uit.append(p(c.r.onbekend_tekst("impulsbudget_toegerekend"), "noot"))
        else:
            uit += [jaartabel([c.rij("impulsbudget_toegerekend", MEMO)], jaren, c.breedte),
                    p("Toegerekend aandeel: regionaal impulsbudget × doelgroepenregister gemeente / "
                      "samenwerkingsverband, ter vergelijking met de doorbetaling.", "noot"),
                    *c.onbekend_noten(["impulsbudget_toegerekend"])]
    if _alles_nul(*(r.waarden for r in rijen), *(reeks_in(c.r, s, jaren) for s in ("du_impulsbudget",
                                                                                   "lasten_impulsbudget"))):
        uit.append(p("Geen impulsbudget, bestedingen of reserve in deze jaren.", "noot"))
    else:   # the chart never at the top of a page with its heading on the page before
        uit.append(KeepTogether([p("Verloop van de reserve", "h2"), d]))
    # the verdeling over the samenwerkingsverband is a section of its own (model/export/pdf_verdeling.py)
    return uit


def vergelijking(c: Context) -> list:
    v = c.o.vergelijking
    jaren = tuple(j for j in c.jaren if j in v.jaren)
    index = [v.jaren.index(j) for j in jaren]
    saldi = [Rij(r.scenario, [r.reeks("saldo")[i] for i in index]) for r in (v.basis, *v.varianten)]
    saldo = REGEL["saldo"].label
    uit = [c.kop("Scenariovergelijking"),
           p(f"{tekst(saldo)} per scenario en het verschil met {tekst(v.basis.scenario)} per regel; de laatste kolom "
             "is het cumulatieve verschil over de getoonde jaren.", "tekst", opgemaakt=True),
           jaartabel(saldi, jaren, c.breedte, met_taakveld=False, eerste_kop=f"{saldo} per scenario")]
    for variant in v.varianten:
        rijen = []
        for sleutel in v.gewijzigde_regels(variant):
            verschil, cumulatief = v.verschil(variant, sleutel), v.cumulatief(variant, sleutel)
            totaal = cumulatief[index[-1]] - (cumulatief[index[0] - 1] if index[0] else 0) \
                if REGEL[sleutel].cumuleerbaar else None
            soort = SALDO if sleutel == "saldo" else (TOTAAL if REGEL[sleutel].groep == "totaal" else "regel")
            rijen.append(Rij(c.r.label(sleutel), [verschil[i] for i in index] + [totaal],
                             REGEL[sleutel].eenheid, soort))
        uit += [CondPageBreak(4 * cm), p(f"{variant.scenario} ten opzichte van {v.basis.scenario}", "h2")]
        uit.append(jaartabel(rijen, jaren, c.breedte, met_taakveld=False, eerste_kop="Verschil",
                             extra_kolom="Cumulatief") if rijen else p("Geen verschillen.", "noot"))
    return uit


def gevoeligheid(c: Context) -> list:
    g = list(c.o.gevoeligheid)
    if _alles_nul([x.effect_laag for x in g], [x.effect_hoog for x in g]):
        d = p("Geen van de aannames verandert het geraamde resultaat over deze horizon.", "noot")
    else:
        d = grafiek.tornado(g, c.breedte)
    # an assumption that does not move the result is named, not given a row of zeros
    zonder = [x for x in g if round(x.bandbreedte) == 0 and round(x.effect_laag) == 0 and round(x.effect_hoog) == 0]
    rijen = [[x.variatie.label, x.variatie.laag_tekst, getal(x.effect_laag), x.variatie.hoog_tekst,
              getal(x.effect_hoog), getal(x.bandbreedte)] for x in g if x not in zonder]
    noot = [p("Zonder effect op het geraamde resultaat over deze horizon: "
              + "; ".join(x.variatie.label for x in zonder) + ".", "noot")] if zonder else []
    b = c.breedte
    return [KeepTogether([c.kop("Gevoeligheidsanalyse"),
                          p(f"Elke kernaanname afzonderlijk omlaag en omhoog; {GEVOELIGHEIDSEFFECT}, gesorteerd van "
                            "groot naar klein. De kleuren zijn die van de grafiek in het programma.", "tekst"), d]),
            Spacer(1, 6),
            lijsttabel(["Aanname", "Laag", "Effect laag", "Hoog", "Effect hoog", "Bandbreedte"], rijen,
                       [b * 0.40, b * 0.11, b * 0.13, b * 0.11, b * 0.13, b * 0.12], rechts=(2, 4, 5)), *noot]


def aansluiting(c: Context) -> list:
    from model.controles import circulairenaam, modeldelen
    rijen = [[circulairenaam(a.regel), str(a.jaar), getal(a.circulaire), getal(a.model), getal(a.verschil),
              "–" if a.verschil_pct is None else procent(a.verschil_pct, 1)]
             for a in c.r.aansluiting if a.jaar in c.jaren]
    b = c.breedte
    uit = [c.kop("Aansluiting met de circulaire"),
           p("Voor elk jaar met een bedrag in de circulaire: het circulairebedrag, de raming van het model zonder dat "
             "bedrag en het verschil (model − circulaire). De begroting gebruikt het circulairebedrag.", "tekst")]
    if rijen:
        uit.append(lijsttabel(["Regel", "Jaar", "Circulaire", "Model", "Verschil", "Verschil %"], rijen,
                              [b * 0.40, b * 0.08, b * 0.13, b * 0.13, b * 0.13, b * 0.13], rechts=(1, 2, 3, 4, 5)))
        regels = dict.fromkeys(a.regel for a in c.r.aansluiting if a.jaar in c.jaren)
        uit.append(p("Model: de som van de modelregels die het circulairebedrag dekt — "
                     + "; ".join(modeldelen(r) for r in regels) + ".", "noot"))
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
    uit.append(p("Meldingen van het model", "h2"))
    meldingen = meldingen_in(c.r, c.jaren)
    if meldingen:
        uit.append(lijsttabel(["Soort", "Melding"], [["Toelichting" if w.ernst == "info" else "Waarschuwing", w.tekst]
                                                     for w in meldingen], [b * 0.15, b * 0.85]))
    else:
        uit.append(p("Geen meldingen.", "noot"))
    return uit


def aannames(c: Context) -> list:
    """Every adjustment in force with its motivering, then one compact paragraph per assumption: label,
    value (first year it counts), toelichting, source, lines."""
    uit = [c.bijlage("Aanpassingen en aannames")]
    if c.o.aanpassingen:
        uit.append(p("Aangepaste waarden in deze bijlage, met de meegeleverde waarde (of de waarde in het werkboek) "
                     "en de motivering:", "tekst"))
        for a in c.o.aanpassingen:
            uit.append(p("•&nbsp;" + tekst(a.zin) + ("" if a.motivering else " <i>(geen motivering gegeven)</i>"),
                         "klein", opgemaakt=True))
    uit += grondslagen(c)
    uit.append(p("Aannames", "h2"))
    uit.append(p("Parameters met de status aanname of voorgenomen (aangekondigd beleid dat nog geen wet is), en "
                 "aangepaste parameters, die een bedrag in deze bijlage beïnvloeden: hun waarde in het eerste jaar "
                 "van deze bijlage waarin ze meetellen, de toelichting, de bron en de regels die ze raken.", "tekst"))
    aantal = len(uit)
    for g, regels in c.r.aannames():
        geraakt = "; ".join(c.r.label(r) for r in regels if REGEL[r].groep not in ("totaal", "saldo"))
        status = {"voorgenomen": " — voorgenomen", "scenario": " — aangepast"}.get(g.status, "")
        g = aanname_in_jaren(c.r, g, c.jaren)
        jaar = "" if g.eenheid == "jaar" or g.eenheid == "jaren" else f" ({g.jaar})"   # "2028 (2025)" reads as two years
        uit.append(p(f"<b>{tekst(g.label)}: {tekst(waarde_tekst(g.waarde, g.eenheid))}{jaar}{status}.</b> "
                     f"{tekst(g.toelichting)}" + (f" <i>Bron: {tekst(g.bron)}.</i>" if g.bron else "")
                     + (f" Raakt: {tekst(geraakt)}." if geraakt else ""), "klein", opgemaakt=True))
    if len(uit) == aantal:
        uit.append(p("Deze berekening gebruikt geen aannames.", "noot"))
    return uit


def grondslagen(c: Context) -> list:
    """Grondslagen voor de ramingen: the classification choices and taakvelden in force, the invoercorrecties."""
    from model.invoer import STRUCTUREEL_VELD
    from model.regels import BATEN_REGELS as BATEN, BESTEMMING_REGELS as MUTATIES
    invoer, r = c.r.invoer, c.r
    structureel = [x for x in BESTEDING_REGELS if getattr(invoer, STRUCTUREEL_VELD[x.sleutel.removeprefix("besteding_")])]
    incidenteel = [x for x in BESTEDING_REGELS if x not in structureel]
    lijst = lambda regels: "; ".join(r.label(x.sleutel) for x in regels) or "geen"   # noqa: E731
    per_taakveld: dict[str, list[str]] = {}
    for regel in (*BATEN, *_lasten_per_categorie(), *MUTATIES):
        per_taakveld.setdefault(c.taakveld(regel.sleutel), []).append(
            r.label(regel.sleutel) + (" (eigen indeling)" if regel.sleutel in invoer.taakvelden else ""))
    taakvelden_tekst = " ".join(f"<b>{tv}</b>{' ' + tekst(TAAKVELDEN[tv]) if tv in TAAKVELDEN else ''}: "
                                f"{tekst('; '.join(namen))}."
                                for tv, namen in sorted(per_taakveld.items(),
                                                        key=lambda t: tuple(int(x) for x in t[0].split("."))))
    jaar = c.jaren[0]

    def waarde(sleutel: str) -> str:
        try:
            g = r.parametergebruik(sleutel, jaar)
        except KeyError:
            return "–"
        return waarde_tekst(g.waarde, g.eenheid)
    punten = [
        ("Incidenteel en structureel (BBV art. 19)",
         f"incidentele baten: {lijst([x for x in BATEN if x.incidenteel])}; "
         f"{r.label(ONTTREKKING)}. Incidentele lasten: {lijst(incidenteel)}; "
         f"{lijst([x for x in LASTEN_REGELS if x.incidenteel])}; {r.label(TOEVOEGING)}. "
         f"Structurele bestedingen van het impulsbudget: {lijst(structureel)} (blad Classificatie)"),
        ("Taakvelden (Iv3) zoals gebruikt", None),
        ("Loonkostensubsidie en BUIG",
         f"de loonkosten volgen het wettelijk minimumloon per uur ({waarde('wml_uur')} in {jaar}) × "
         f"{getal(invoer.contracturen, 1).rstrip('0').rstrip(',')} contracturen; de BUIG dekt de loonkostensubsidie "
         f"in hetzelfde jaar voor {waarde('buig_lks_dekking')}, tot het startjaar van de forfaitaire "
         f"loonkostensubsidie ({waarde('lks_forfait_startjaar')}) naar het percentage van de loonwaardemetingen, "
         "daarna het forfaitaire percentage"),
        ("Wsw", "de lasten zijn de bijdrage aan de gemeenschappelijke regeling zoals in haar begroting"
         if invoer.wsw_via_gr else
         "de lasten zijn de standaardeenheden × de netto kosten per standaardeenheid, geïndexeerd; het aantal "
         "standaardeenheden volgt de landelijke volumeprognose"),
        ("Invoercorrecties", "; ".join(c.o.invoercorrecties) if c.o.invoercorrecties
         else "geen: de gegevens van de gemeente zoals in het werkboek"),
    ]
    uit = [p("Grondslagen voor de ramingen", "h2")]
    for kop, zin in punten:
        if zin is None:
            uit.append(p(f"<b>{tekst(kop)}:</b> {taakvelden_tekst}", "klein", opgemaakt=True))
        else:
            uit.append(p(f"<b>{tekst(kop)}:</b> {tekst(zin)}.", "klein", opgemaakt=True))
    return uit


def bronnenlijst(c: Context) -> list:
    uit = [c.bijlage("Bronnen"),
           p("Bronverwijzingen in deze bijlage (bijvoorbeeld ‘000 §5.1’) verwijzen naar deze documenten.",
             "tekst")]
    for bron in bronnen():
        uit.append(p(f"<b>{tekst(bronvermelding(bron))}</b><br/>{tekst(bron['gebruikt_voor'])}", "tekst",
                     opgemaakt=True))
    return uit


__all__ = ["Context", "titelpagina", "samenvatting", "toelichting", "grafieken", "grafieken_los", "stromen", "reserve", "vergelijking",
           "gevoeligheid", "aansluiting", "bevindingen", "aannames", "bronnenlijst"]


def wat_verandert(c: Context) -> list:
    """Issue "wat verandert er": the comparison with an earlier calculation, explained step by step."""
    from model.export.wat_verandert_pdf import verhaal_wat_verandert
    return [c.kop("Wat verandert er")] + verhaal_wat_verandert(c.o.wat_verandert, c.breedte_staand, "h2", "h2")
