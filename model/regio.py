"""The regional overview of a samenwerkingsverband (SAMENWERKING §2): every gemeente's workbook or project in one folder.

The folder is read by :func:`model.io.regiomap.lees_regio` (each file through the contained reader); a file that
cannot be read or calculated is listed as *niet ingelezen* and the others go on. Every gemeente is calculated with
:func:`model.berekening.bereken` (the same rules as its own annex). The regional sum per line and year leaves out the payments between members — the receiving gemeente's
*Doorbetaling aan leden* (lasten) and the members' *Doorbetaling impulsbudget* (baten) — so the impulsbudget counts
once; only amounts and counts add, a ratio line (a percentage, an amount per plek) is recomputed from its summed parts
(:func:`regionale_regels`, by the catalogue). The consistency findings name the files and gemeenten. No Qt here.
"""
from __future__ import annotations

from dataclasses import dataclass

from model.bevindingen import FOUT, WAARSCHUWING
from model.invoer import GemeenteInvoer, ledensleutels
from model.opmaak import euro, getal, procent
from model.regels import REGEL, REGELS, SLEUTELS
from model.tekst import normaliseer

#: a difference below this (euro) is rounding, not a finding
DREMPEL = 0.5

#: The payments between members in the regional sum: per line, how the members' doorbetaling (baten, B) and the
#: receiving gemeente's doorbetaling aan leden (lasten, L) are in it, following the totals of REKENREGELS §4.7
#: (both are incidental; the structureel saldo holds neither). A test checks these against the catalogue's totals.
ONDERLING = {
    "du_impulsbudget": (1, 0), "doorbetaling_aan_leden": (0, 1),
    "baten_totaal": (1, 0), "incidentele_baten": (1, 0),
    "lasten_totaal": (0, 1), "incidentele_lasten": (0, 1),
    "saldo": (1, -1), "saldo_na_bestemming": (1, -1),
}


def _opsomming(delen: list[str]) -> str:
    return delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + " en " + delen[-1]


#: Under the regional sum: the ratio lines (from the catalogue) are recomputed from the summed parts, not added.
VERHOUDINGEN_NOOT = ("Voor de regio zijn " + _opsomming([f"‘{r.label}’" for r in REGELS if r.noemer])
                     + " berekend uit de opgetelde delen van alle gemeenten samen (zoals gerealiseerd beschut werk / "
                     "taakstelling), niet opgeteld of gemiddeld.")


#: A regional figure that cannot be given (a line that neither adds nor is a ratio, or an unknown amount).
LEEG = "–"


def cijfer(waarde: float | None, eenheid) -> str:
    """A figure of the overview by its unit (:meth:`model.eenheden.Eenheid.cijfer`); None is :data:`LEEG`."""
    return LEEG if waarde is None else eenheid.cijfer(waarde)


class RegioFout(ValueError):
    """The folder cannot be read as a region (Dutch sentence)."""


@dataclass(frozen=True)
class RegioGemeente:
    """One gemeente of the region as read and calculated."""

    bestand: str
    invoer: GemeenteInvoer
    resultaat: object                     # model.resultaat.Resultaat
    parameterset: object
    scenario: object
    project: object | None = None         # a model.project.Project when the file is a project

    @property
    def naam(self) -> str:
        return self.invoer.naam

    @property
    def ontvangt(self) -> bool:
        return self.invoer.ontvangt_impulsbudget

    def reeks(self, sleutel: str) -> tuple[float, ...]:
        return tuple(self.resultaat.reeks(sleutel))

    def getoond(self, sleutel: str) -> tuple[float | None, ...]:
        """As shown: None in a year in which the line cannot be computed for this gemeente."""
        return tuple(self.resultaat.getoond(sleutel))

    def onbekend(self, sleutel: str, i: int) -> bool:
        return self.getoond(sleutel)[i] is None


@dataclass(frozen=True)
class NietIngelezen:
    bestand: str
    bevindingen: tuple[str, ...]


@dataclass(frozen=True)
class Regiobevinding:
    ernst: str
    tekst: str


@dataclass(frozen=True)
class Regio:
    map: str
    jaren: tuple[int, ...]
    gemeenten: tuple[RegioGemeente, ...]
    niet_ingelezen: tuple[NietIngelezen, ...]
    bevindingen: tuple[Regiobevinding, ...]
    #: the regional line per year: the sum without the payments between members; a ratio recomputed from the
    #: summed parts; None where the line cannot be given for the region (see :func:`regionale_regels`)
    regels: dict[str, tuple[float | None, ...]]
    #: per year: the members' doorbetaling (baten) and the receiving gemeente's doorbetaling aan leden (lasten)
    onderling_baten: tuple[float, ...]
    onderling_lasten: tuple[float, ...]
    verdeling: object | None = None       # model.verdeling.Verdeling of the receiving gemeente (else a member's)
    afgebroken: bool = False

    @property
    def ontvangende(self) -> tuple[RegioGemeente, ...]:
        return tuple(g for g in self.gemeenten if g.ontvangt)

    def kolommen(self, jaar: int, sleutel: str) -> tuple[list[float], float]:
        """One line in ``jaar``: the value per gemeente and the regional total."""
        i = self.jaren.index(jaar)
        return [g.getoond(sleutel)[i] for g in self.gemeenten], self.regels[sleutel][i]

    def naar_json(self) -> dict:
        """The JSON of SAMENWERKING §2, with exactly its keys."""
        return {
            "gemeenten": [{"naam": g.naam, "bestand": g.bestand, "ontvangt": g.ontvangt,
                           "regels": {s: list(g.getoond(s)) for s in SLEUTELS}} for g in self.gemeenten],
            "jaren": list(self.jaren),
            "regio": {"regels": {s: list(self.regels[s]) for s in SLEUTELS}},
            "verdeling": [] if self.verdeling is None else
            [{"naam": a.naam, "sleutel": a.sleutel, "bedragen": list(a.bedragen)} for a in self.verdeling.leden],
            "bevindingen": [{"ernst": b.ernst, "tekst": b.tekst} for b in self.bevindingen],
            "niet_ingelezen": [{"bestand": n.bestand, "bevindingen": list(n.bevindingen)} for n in self.niet_ingelezen],
        }


def stel_samen(map_: str, jaren: tuple[int, ...], gemeenten: tuple[RegioGemeente, ...],
               niet: tuple[NietIngelezen, ...], afgebroken: bool = False) -> Regio:
    """The region of the gemeenten read: the regional sum, the verdeling and the findings."""
    from model.verdeling import verdeling as maak_verdeling
    n = len(jaren)
    baten, lasten = _onderling(gemeenten, n)
    regels = regionale_regels(gemeenten, n, baten, lasten)
    ontvangers = [g for g in gemeenten if g.ontvangt]
    bron = next((g for g in ontvangers if ledensleutels(g.invoer)), None) or \
        next((g for g in gemeenten if ledensleutels(g.invoer)), None)
    verdeling = None
    if bron is not None:
        try:
            verdeling = maak_verdeling(bron.invoer, bron.parameterset, bron.scenario)
        except ValueError:
            verdeling = None
    bevindingen = tuple(controles(gemeenten, niet, jaren, verdeling))
    return Regio(map_, jaren, gemeenten, niet, bevindingen, regels, baten, lasten, verdeling, afgebroken)


def _onderling(gemeenten, n: int) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Per year the members' doorbetaling (their baten) and the receiving gemeente's doorbetaling aan leden."""
    baten = tuple(sum(g.reeks("du_impulsbudget")[i] for g in gemeenten if not g.ontvangt) for i in range(n))
    lasten = tuple(sum(g.reeks("doorbetaling_aan_leden")[i] for g in gemeenten if g.ontvangt) for i in range(n))
    return baten, lasten


def regionale_regels(gemeenten, n: int, baten, lasten) -> dict[str, tuple[float | None, ...]]:
    """Every line for the region, by its catalogue entry (:attr:`model.regels.Regel.optelbaar`): an amount or a count
    is the sum over the gemeenten without the payments between members (None in a year in which it is unknown for
    one of them: never a sum that leaves one out); a ratio (``noemer``) is the summed numerator over the summed
    denominator (0 when that is 0, as the rule of one gemeente); any other line is None (an empty cell: a
    percentage neither adds nor averages)."""
    def som(sleutel: str, i: int) -> float:
        fb, fl = ONDERLING.get(sleutel, (0, 0))
        return sum(g.reeks(sleutel)[i] for g in gemeenten) - fb * baten[i] - fl * lasten[i]

    def teller(regel, i: int) -> float:
        if not regel.teller:   # the numerator is no quantity of its own: each gemeente's line × its denominator
            return sum(g.reeks(regel.sleutel)[i] * g.reeks(regel.noemer)[i] for g in gemeenten)
        return sum(-som(k[1:], i) if k.startswith("-") else som(k, i) for k in regel.teller)

    def verhouding(regel, i: int) -> float:
        noemer = sum(g.reeks(regel.noemer)[i] for g in gemeenten)
        return teller(regel, i) / noemer if noemer else 0.0

    regels: dict[str, tuple[float | None, ...]] = {}
    for s in SLEUTELS:
        regel = REGEL[s]
        if regel.optelbaar:
            regels[s] = tuple(None if any(g.onbekend(s, i) for g in gemeenten) else som(s, i) for i in range(n))
        elif regel.noemer:
            regels[s] = tuple(verhouding(regel, i) for i in range(n))
        else:
            regels[s] = (None,) * n
    return regels


def _wie(g: RegioGemeente) -> str:
    return f"{g.naam} ({g.bestand})"


def _namen(gs) -> str:
    lijst = [_wie(g) for g in gs]
    return lijst[0] if len(lijst) == 1 else ", ".join(lijst[:-1]) + " en " + lijst[-1]


def _onderlinge_betalingen(gemeenten, jaren, ontvanger):
    """Members that budget a doorbetaling the receiving gemeente does not pay out ("Doorbetalen aan leden" = nee): the
    regional sum leaves the payments between members out of baten and lasten (SAMENWERKING §2), so the region's
    geraamd resultaat is below the sum of the gemeenten by what they budget. (A member whose doorbetaling differs
    from its key while the receiving gemeente pays out is named per member below.)"""
    if ontvanger.invoer.doorbetalen_aan_leden:
        return
    baten, lasten = _onderling(gemeenten, len(jaren))
    verschillen = [(j, b - l) for j, b, l in zip(jaren, baten, lasten) if abs(b - l) >= DREMPEL]
    ramend = [g for g in gemeenten if not g.ontvangt and any(abs(w) >= DREMPEL for w in g.reeks("du_impulsbudget"))]
    if not verschillen or not ramend:
        return
    per_jaar = ", ".join(f"{j}: {euro(abs(v))} {'lager' if v > 0 else 'hoger'}" for j, v in verschillen)
    yield Regiobevinding(WAARSCHUWING,
                         f"{_wie(ontvanger)} betaalt de aandelen niet door (‘Doorbetalen aan leden’ = nee), maar "
                         f"{_namen(ramend)} {'raamt' if len(ramend) == 1 else 'ramen'} een doorbetaling impulsbudget "
                         "als baat: tegenover die baat staat bij de ontvangende gemeente geen doorbetaling. In de "
                         "regionale som vallen de betalingen tussen de gemeenten weg uit baten en lasten (het "
                         "impulsbudget telt één keer); daardoor is het geraamde resultaat van de regio niet de som van "
                         f"dat van de gemeenten: {per_jaar}. Het geld staat bij {ontvanger.naam} in de "
                         "bestemmingsreserve (waarvan voor de deelnemende gemeenten). Spreek af of de ontvangende "
                         "gemeente doorbetaalt (‘Doorbetalen aan leden’ = ja) of dat de deelnemende gemeenten geen "
                         "doorbetaling ramen.")


def controles(gemeenten, niet, jaren, verdeling):
    """The consistency findings of SAMENWERKING §2, in Dutch, each naming the files and gemeenten."""
    for n in niet:
        yield Regiobevinding(FOUT, f"{n.bestand} is niet ingelezen: {' '.join(n.bevindingen)}")
    if not gemeenten:
        return
    ontvangers = [g for g in gemeenten if g.ontvangt]
    if not ontvangers:
        yield Regiobevinding(FOUT, "Geen van de ingelezen gemeenten is de ontvangende gemeente van het impulsbudget "
                                   "(‘Ontvangt impulsbudget’ = ja): het regionale bedrag en de verdeling ontbreken.")
    elif len(ontvangers) > 1:
        yield Regiobevinding(FOUT, f"Meer dan één ontvangende gemeente: {_namen(ontvangers)} geven elk "
                                   "‘Ontvangt impulsbudget’ = ja; het impulsbudget gaat naar één gemeente.")
    # the same Doelgroepenregister samenwerkingsverband everywhere
    aantallen = {}
    for g in gemeenten:
        if g.invoer.dgr_samenwerkingsverband is not None:
            aantallen.setdefault(g.invoer.dgr_samenwerkingsverband, []).append(g)
    if len(aantallen) > 1:
        delen = "; ".join(f"{getal(a)} in {_namen(gs)}" for a, gs in sorted(aantallen.items()))
        yield Regiobevinding(FOUT, f"De bestanden geven een verschillend Doelgroepenregister samenwerkingsverband: "
                                   f"{delen}.")
    # the same member list everywhere
    lijsten = {}
    for g in gemeenten:
        if g.invoer.samenwerkingsverband:
            lijsten.setdefault(frozenset(normaliseer(l.gemeente) for l in g.invoer.samenwerkingsverband), []).append(g)
    if len(lijsten) > 1:
        delen = "; ".join(f"{_namen(gs)}: {', '.join(sorted(l.gemeente for l in gs[0].invoer.samenwerkingsverband))}"
                          for gs in lijsten.values())
        yield Regiobevinding(FOUT, f"De ledenlijsten (blad Samenwerkingsverband) verschillen: {delen}.")
    # the member list (of the receiving gemeente, else the first list) against the files in the folder
    lijsthouder = next((g for g in ontvangers if g.invoer.samenwerkingsverband), None) or \
        next((g for g in gemeenten if g.invoer.samenwerkingsverband), None)
    if lijsthouder is not None:
        leden = [l.gemeente for l in lijsthouder.invoer.samenwerkingsverband]
        aanwezig = {normaliseer(g.naam) for g in gemeenten}
        ontbreekt = [l for l in leden if normaliseer(l) not in aanwezig]
        if ontbreekt:
            yield Regiobevinding(WAARSCHUWING, f"Niet in de map: {', '.join(ontbreekt)} "
                                               f"(in de ledenlijst van {_wie(lijsthouder)}); hun cijfers ontbreken in de "
                                               "regionale som.")
        lidnamen = {normaliseer(l) for l in leden}
        buiten = [g for g in gemeenten if normaliseer(g.naam) not in lidnamen]
        if buiten:
            yield Regiobevinding(FOUT, f"{_namen(buiten)} {'staat' if len(buiten) == 1 else 'staan'} niet in de "
                                       f"ledenlijst van {_wie(lijsthouder)}, maar wel in de map.")
    # the keys the same in every file that has them
    sleutels: dict[str, dict[float, list]] = {}
    weergave: dict[str, str] = {}
    for g in gemeenten:
        for naam, s, _ in ledensleutels(g.invoer):
            weergave.setdefault(normaliseer(naam), naam)
            sleutels.setdefault(normaliseer(naam), {}).setdefault(round(s, 6), []).append(g)
    for lid, varianten in sleutels.items():
        if len(varianten) > 1:
            delen = "; ".join(f"{procent(s, 2)} in {_namen(gs)}" for s, gs in sorted(varianten.items()))
            yield Regiobevinding(FOUT, f"De verdeelsleutel van {weergave[lid]} verschilt tussen de bestanden: {delen}.")
    if len(ontvangers) != 1:
        return
    ontvanger = ontvangers[0]
    yield from _onderlinge_betalingen(gemeenten, jaren, ontvanger)
    if verdeling is None:
        return
    # per member and year: the doorbetaling it budgets against what the receiving gemeente's key gives it
    index = {j: verdeling.jaren.index(j) for j in jaren if j in verdeling.jaren}
    for g in gemeenten:
        if g.ontvangt:
            continue
        aandeel = verdeling.lid(g.naam)
        if aandeel is None:
            continue
        verschillen = []
        for i, j in enumerate(jaren):
            if j not in index:
                continue
            verschil = g.reeks("du_impulsbudget")[i] - aandeel.bedragen[index[j]]
            if abs(verschil) >= DREMPEL:
                verschillen.append((j, verschil))
        if verschillen:
            delen = ", ".join(f"{j}: {euro(abs(v))} {'meer' if v > 0 else 'minder'}" for j, v in verschillen)
            yield Regiobevinding(WAARSCHUWING,
                                 f"De doorbetaling die {_wie(g)} raamt, wijkt af van wat de sleutel van "
                                 f"{_wie(ontvanger)} haar geeft ({procent(aandeel.sleutel, 2)}): geraamd is {delen} "
                                 "dan toegerekend.")
    # the toegerekend amounts add up to the regional amount (where every gemeente can compute its own)
    onbekend = [g for g in gemeenten if any(w is None for w in g.getoond("impulsbudget_toegerekend"))]
    if onbekend:
        yield Regiobevinding(WAARSCHUWING,
                             f"{_namen(onbekend)} {'kan' if len(onbekend) == 1 else 'kunnen'} het eigen toegerekende "
                             "aandeel niet berekenen: het werkboek geeft geen regionaal impulsbudget (blad Circulaire) of "
                             "geen sleutel. Dat aandeel staat daarom leeg; of de aandelen optellen tot het regionale "
                             "bedrag, is in die jaren niet na te gaan.")
    regionaal = ontvanger.reeks("ib_regio")
    afwijkend = []
    for i, j in enumerate(jaren):
        if any(g.onbekend("impulsbudget_toegerekend", i) for g in gemeenten):
            continue
        som = sum(g.reeks("impulsbudget_toegerekend")[i] for g in gemeenten)
        if abs(som - regionaal[i]) >= DREMPEL:
            afwijkend.append(f"{j}: {euro(som)} tegen {euro(regionaal[i])}")
    if afwijkend:
        yield Regiobevinding(WAARSCHUWING, "De toegerekende bedragen van de gemeenten in de map tellen niet op tot "
                                           f"het regionale impulsbudget van {_wie(ontvanger)}: {'; '.join(afwijkend)}.")
