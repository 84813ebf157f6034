"""Wat verandert er? Two calculations compared, the difference split into named steps.

Old and new are each an input, a parameter set and a scenario (:class:`Berekening`): two
workbooks or projects, one workbook "as of" two circulaire editions (:func:`model.invoer.stand_per`),
or two parameter sets. The difference per line and year is decomposed by **sequential
substitution** in this fixed order (:data:`STAPPEN`):

1. *Landelijke parameters* — the parameter set;
2. *Circulaire* — the circulaire amounts and their editions (with the older editions kept);
3. *Aantallen van de gemeente* — taakstelling, realisatie, positief advies, plekken sociale
   infrastructuur;
4. *Kosten en overige invoer* — every other input value and series (costs, percentages,
   basisjaar, bestedingsplan, doorbetaling, samenwerkingsverband, …);
5. *Scenario-aanpassingen* — the scenario's overrides.

Starting from old, each step takes its part from new and recalculates; the step's effect is
the calculation after it minus the calculation before it. After the last step the state *is*
new, so the effects add up to ``nieuw − oud`` for every line and year (to floating-point
precision, far below a cent). The order matters for how an interaction between two changes is
attributed: it goes to the later step. National figures come first because the gemeente's
figures are read against them.

Each step names the fields that changed (Dutch labels from :mod:`model.invoer` and the
parameter set) and gives one Dutch sentence per line that changed
(:meth:`Vergelijking.zinnen`). Pure and Qt-free.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any, Mapping

from model.berekening import bereken, reeksen, standaardjaren
from model.circulaire import CIRCULAIREREEKSEN, lees_editie
from model.herkomst import afhankelijkheden
from model.invoer import REEKS, REEKSEN, VELD, GemeenteInvoer
from model.eenheden import Eenheid, eenheid_van
from model.opmaak import euro, getal_exact, hele_euro, jarentekst, procent_kort
from model.parameters import ParameterSet, standaard_parameterset
from model.regels import BATEN_REGELS, BESTEMMING_REGELS, LASTEN_REGELS, REGEL, REGELS, SLEUTELS
from model.resultaat import Resultaat
from model.scenario import BASIS, INVOER, PARAMETER, Scenario

PARAMETERS, CIRCULAIRE, AANTALLEN, OVERIGE_INVOER, SCENARIO = (
    "parameters", "circulaire", "aantallen", "overige_invoer", "scenario")
#: The steps in their fixed order: key and Dutch name.
STAPPEN: tuple[tuple[str, str], ...] = (
    (PARAMETERS, "Landelijke parameters"),
    (CIRCULAIRE, "Circulaire: bedragen en edities"),
    (AANTALLEN, "Aantallen van de gemeente"),
    (OVERIGE_INVOER, "Kosten en overige invoer"),
    (SCENARIO, "Scenario-aanpassingen"),
)
#: How a step's changes are called in a sentence when more than one field changed.
_STAP_IN_ZIN = {PARAMETERS: "landelijke parameters", CIRCULAIRE: "gegevens uit de circulaire",
                AANTALLEN: "aantallen", OVERIGE_INVOER: "kosten en overige invoer",
                SCENARIO: "scenario-aanpassingen"}

#: The input's parts per step (everything else on :class:`GemeenteInvoer` is step 4).
CIRCULAIRE_ATTRIBUTEN = ("edities", "eerdere_circulaires")
AANTALREEKSEN = ("taakstelling", "gerealiseerd", "positief_advies", "plekken_si")
OVERIGE_REEKSEN = tuple(r.sleutel for r in REEKSEN if r.sleutel not in CIRCULAIREREEKSEN + AANTALREEKSEN)
OVERIGE_ATTRIBUTEN = tuple(f.name for f in dataclasses.fields(GemeenteInvoer)
                           if f.name not in ("reeksen",) + CIRCULAIRE_ATTRIBUTEN)

#: The lines of the comparison table and the waterfall: baten, lasten, saldo, bestemming.
HOOFDREGELS = (tuple(r.sleutel for r in BATEN_REGELS) + ("baten_totaal",) + tuple(r.sleutel for r in LASTEN_REGELS)
               + ("lasten_totaal", "saldo") + tuple(r.sleutel for r in BESTEMMING_REGELS) + ("saldo_na_bestemming",))
#: The lines a sentence is written for: those with a subject in the catalogue (``Regel.onderwerp``), the saldo
#: na bestemming first, then in the catalogue's order.
ZINREGELS: tuple[str, ...] = tuple(sorted((r.sleutel for r in REGELS if r.onderwerp),
                                          key=lambda s: s != "saldo_na_bestemming"))

#: Each input field in a sentence: article, noun phrase, unit word after a count (plural form).
ZINSDEEL: Mapping[str, tuple[str, str, str]] = MappingProxyType({
    "taakstelling": ("de", "taakstelling", "plekken"),
    "gerealiseerd": ("de", "realisatie", "personen"),
    "positief_advies": ("het", "aantal inwoners met een positief advies", "inwoners"),
    "plekken_si": ("het", "aantal plekken sociale infrastructuur", "plekken"),
    "circ_beschut": ("het", "circulairebedrag beschut werk", ""),
    "circ_si": ("het", "circulairebedrag sociale infrastructuur", ""),
    "circ_impulsbudget": ("het", "circulairebedrag impulsbudget", ""),
    "circ_wsw": ("het", "circulairebedrag Wsw", ""),
    "edities": ("de", "circulaire-editie", ""),
    "eerdere_circulaires": ("de", "eerdere circulaire-edities", ""),
    "doorbetaling": ("de", "doorbetaling impulsbudget", ""),
    "organisatiestructuur": ("de", "geplande besteding aan de organisatiestructuur", ""),
    "doorstroom": ("de", "geplande besteding aan doorstroom naar regulier werk", ""),
    "operationeel_resultaat": ("de", "geplande besteding aan het operationeel resultaat", ""),
    "duurzame_werkplekken": ("de", "geplande besteding aan duurzame werkplekken", ""),
    "overig": ("de", "geplande overige besteding", ""),
    "naam": ("de", "naam van de gemeente", ""),
    "cbs_code": ("de", "CBS-code", ""),
    "arbeidsmarktregio": ("de", "arbeidsmarktregio", ""),
    "basisjaar": ("het", "basisjaar", ""),
    "ontvangt_impulsbudget": ("de", "keuze of de gemeente het impulsbudget ontvangt", ""),
    "dgr_gemeente": ("het", "doelgroepenregister van de gemeente", "personen"),
    "dgr_samenwerkingsverband": ("het", "doelgroepenregister van het samenwerkingsverband", "personen"),
    "dgr_landelijk": ("het", "landelijke doelgroepenregister", "personen"),
    "lks_percentage": ("het", "LKS-percentage beschut werk", ""),
    "lks_pct_loonwaarde": ("het", "LKS-percentage volgens de loonwaardemetingen", ""),
    "reserveren_impulsbudget": ("de", "keuze voor een bestemmingsreserve impulsbudget", ""),
    "contracturen": ("het", "aantal contracturen per week", "uur"),
    "werkgeverslasten_sob": ("de", "werkgeverslasten SOB", ""),
    "begeleiding_per_plek": ("de", "begeleidingskosten per plek", ""),
    "overhead_per_plek": ("de", "overheadkosten per plek", ""),
    "netto_toegevoegde_waarde": ("de", "netto toegevoegde waarde per plek", ""),
    "si_kosten_per_plek": ("de", "kosten per plek sociale infrastructuur", ""),
    "wsw_se_basis": ("het", "aantal Wsw-SE in het basisjaar", "SE"),
    "wsw_rijksbijdrage_basis": ("de", "Wsw-rijksbijdrage in het basisjaar", ""),
    "wsw_netto_kosten_per_se": ("de", "netto kosten Wsw per SE", ""),
    "reserve_impulsbudget_start": ("de", "beginstand van de bestemmingsreserve impulsbudget", ""),
    "wsw_uitstroom_pct": ("de", "Wsw-uitstroom per jaar", ""),
    "samenwerkingsverband": ("de", "ledenlijst van het samenwerkingsverband", ""),
    "bijdrage_gr_wsw": ("de", "bijdrage aan de GR voor de Wsw", ""),
    "doorbetalen_aan_leden": ("de", "keuze of de gemeente doorbetaalt aan de leden", ""),
    "wsw_via_gr": ("de", "keuze voor de Wsw via een gemeenschappelijke regeling", ""),
    "weerstandscapaciteit": ("de", "beschikbare weerstandscapaciteit", ""),
    "structureel_organisatiestructuur": ("de", "keuze of de organisatiestructuur structureel is", ""),
    "structureel_doorstroom": ("de", "keuze of de doorstroom naar regulier werk structureel is", ""),
    "structureel_operationeel_resultaat": ("de", "keuze of het operationeel resultaat structureel is", ""),
    "structureel_duurzame_werkplekken": ("de", "keuze of de duurzame werkplekken structureel zijn", ""),
    "structureel_overig": ("de", "keuze of de overige besteding structureel is", ""),
    "verdeelsleutel": ("de", "verdeelsleutel van de gemeente", ""),
    "taakvelden": ("de", "indeling in taakvelden", ""),
})
_ENKELVOUD = {"plekken": "plek", "personen": "persoon", "inwoners": "inwoner"}


@dataclass(frozen=True)
class Berekening:
    """One side of a comparison: what is calculated, and how it is called (file name, edition)."""

    invoer: GemeenteInvoer
    parameterset: ParameterSet = dataclasses.field(default_factory=standaard_parameterset)
    scenario: Scenario = Scenario(BASIS)
    naam: str = ""


@dataclass(frozen=True)
class Wijziging:
    """One changed field (in one year, or ``jaar`` None for a value without years), old and new value.

    ``eenheid`` says how to show the values: a unit as in the parameter sets (``EUR``, ``fractie``,
    ``jaar``, or empty for a number), or ``tekst``, ``janee``, ``editie``, ``lijst``.
    """

    sleutel: str
    label: str
    jaar: int | None
    oud: Any
    nieuw: Any
    eenheid: str = ""
    zinsdeel: tuple[str, str, str] = ("de", "", "")

    @property
    def richting(self) -> int:
        """+1 higher/newer, -1 lower/older, 0 otherwise (added, removed, text)."""
        o, n = self.oud, self.nieuw
        if self.eenheid == "editie" and o and n:
            o, n = lees_editie(o), lees_editie(n)
        elif not (_is_getal(o) and _is_getal(n)):
            return 0
        return (n > o) - (n < o)


@dataclass(frozen=True)
class Stap:
    sleutel: str
    naam: str
    wijzigingen: tuple[Wijziging, ...]
    #: effect per output line and year (every REKENREGELS §5 key)
    regels: Mapping[str, tuple[float, ...]]

    @property
    def velden(self) -> tuple[str, ...]:
        """The changed fields, one text per field with its years: ``Gerealiseerd beschut werk 2027–2028``."""
        per_veld: dict[str, list[int | None]] = {}
        for w in self.wijzigingen:
            per_veld.setdefault(w.label, []).append(w.jaar)
        return tuple(label if None in jaren else f"{label} {jarentekst(jaren)}" for label, jaren in per_veld.items())


@dataclass(frozen=True)
class Vergelijking:
    jaren: tuple[int, ...]
    oud: Resultaat
    nieuw: Resultaat
    stappen: tuple[Stap, ...]
    oud_naam: str = "oud"
    nieuw_naam: str = "nieuw"

    def verschil(self, sleutel: str) -> tuple[float, ...]:
        return tuple(n - o for n, o in zip(self.nieuw.regels[sleutel], self.oud.regels[sleutel]))

    def stap(self, sleutel: str) -> Stap:
        return next(s for s in self.stappen if s.sleutel == sleutel)

    def waterval(self, sleutel: str = "saldo_na_bestemming", jaar: int | None = None) -> tuple[tuple[str, float], ...]:
        """Old, each step's effect, new — for one year, or cumulated over the horizon (``jaar`` None)."""
        def waarde(reeks):
            return reeks[self.jaren.index(jaar)] if jaar is not None else sum(reeks)
        return ((self.oud_naam, waarde(self.oud.regels[sleutel])),
                *((s.naam, waarde(s.regels[sleutel])) for s in self.stappen),
                (self.nieuw_naam, waarde(self.nieuw.regels[sleutel])))

    def naar_json(self) -> dict:
        """The CLI's JSON: every REKENREGELS §5 key for old, new and each step, unrounded."""
        return {
            "jaren": list(self.jaren),
            "oud": {"regels": {s: list(self.oud.regels[s]) for s in SLEUTELS}},
            "nieuw": {"regels": {s: list(self.nieuw.regels[s]) for s in SLEUTELS}},
            "stappen": [{"naam": s.naam, "velden": list(s.velden), "regels": {k: list(s.regels[k]) for k in SLEUTELS}}
                        for s in self.stappen],
        }

    def zinnen(self, stap: Stap) -> tuple[str, ...]:
        """One Dutch sentence per line the step changes (whole euros), the saldo na bestemming first."""
        uit = []
        for sleutel in ZINREGELS:
            effect = stap.regels[sleutel]
            if not any(hele_euro(d) for d in effect):
                continue
            wijzigingen = self._relevant(stap, sleutel, effect)
            onderwerp = REGEL[sleutel].onderwerp_voor(self.nieuw.invoer.ontvangt_impulsbudget)
            oorzaak, oorzaakjaren = oorzaak_tekst(stap.sleutel, wijzigingen)
            uit.append(f"{oorzaak} {gevolg_tekst(sleutel, onderwerp, self.jaren, effect, oorzaakjaren)}.")
        return tuple(uit)

    def _relevant(self, stap: Stap, sleutel: str, effect) -> tuple[Wijziging, ...]:
        """The step's changes the line depends on (read from the record of old and new); all when none is found."""
        invoer: set[str] = set()
        circulaire: set[tuple[str, int]] = set()
        parameters: set[str] = set()
        for resultaat in (self.oud, self.nieuw):
            for jaar, d in zip(self.jaren, effect):
                if hele_euro(d):
                    a = afhankelijkheden(resultaat.knopen, sleutel, jaar)
                    invoer |= a.invoer
                    circulaire |= a.circulaire
                    parameters |= {s for s, _ in a.parameters}

        def raakt(w: Wijziging) -> bool:
            if w.sleutel in CIRCULAIREREEKSEN:
                return (w.sleutel, w.jaar) in circulaire
            return w.sleutel in invoer or w.sleutel in parameters
        gekozen = tuple(w for w in stap.wijzigingen if raakt(w))
        if stap.sleutel == CIRCULAIRE:   # an amount is named with its edition
            jaren = {w.jaar for w in gekozen}
            gekozen = tuple(w for w in stap.wijzigingen if w in gekozen or (w.sleutel == "edities" and w.jaar in jaren))
        return gekozen or stap.wijzigingen


def vergelijk(oud: Berekening, nieuw: Berekening, van: int | None = None, tot: int | None = None) -> Vergelijking:
    """Compare two calculations over ``van``…``tot`` (default: new's basisjaar … +3), decomposed in steps.

    Raises :class:`~model.berekening.BerekeningFout` / :class:`~model.parameters.ParameterFout`
    (Dutch) when a year range cannot be calculated.
    """
    eerste, laatste = standaardjaren(nieuw.invoer)
    van = eerste if van is None else van
    tot = laatste if tot is None else tot
    r_oud = bereken(oud.invoer, oud.parameterset, oud.scenario, van, tot, controles=False)
    r_nieuw = bereken(nieuw.invoer, nieuw.parameterset, nieuw.scenario, van, tot, controles=False)
    toestanden = [(oud.invoer, oud.parameterset, oud.scenario)]
    for sleutel, _ in STAPPEN:
        toestanden.append(_neem_over(sleutel, toestanden[-1], nieuw))
    if toestanden[-1] != (nieuw.invoer, nieuw.parameterset, nieuw.scenario):
        raise RuntimeError("de stappen van de vergelijking dekken niet de hele invoer")
    uitkomsten = [dict(r_oud.regels)]
    for invoer, parameterset, scenario in toestanden[1:-1]:
        uitkomsten.append(reeksen(invoer, SLEUTELS, parameterset, scenario, van, tot))
    uitkomsten.append(dict(r_nieuw.regels))
    stappen = []
    for i, (sleutel, naam) in enumerate(STAPPEN):
        voor, na = uitkomsten[i], uitkomsten[i + 1]
        effect = {s: tuple(b - a for a, b in zip(voor[s], na[s])) for s in SLEUTELS}
        stappen.append(Stap(sleutel, naam, wijzigingen(sleutel, oud, nieuw), MappingProxyType(effect)))
    return Vergelijking(r_oud.jaren, r_oud, r_nieuw, tuple(stappen), oud.naam or "oud", nieuw.naam or "nieuw")


# ---------------------------------------------------------------- substitution

def _neem_over(stap: str, toestand: tuple, nieuw: Berekening) -> tuple:
    """The state after ``stap``: its part taken from ``nieuw``, the rest as before."""
    invoer, parameterset, scenario = toestand
    if stap == PARAMETERS:
        return invoer, nieuw.parameterset, scenario
    if stap == SCENARIO:
        return invoer, parameterset, nieuw.scenario
    reeks_namen, attributen = {CIRCULAIRE: (CIRCULAIREREEKSEN, CIRCULAIRE_ATTRIBUTEN),
                               AANTALLEN: (AANTALREEKSEN, ()),
                               OVERIGE_INVOER: (OVERIGE_REEKSEN, OVERIGE_ATTRIBUTEN)}[stap]
    alle = dict(invoer.reeksen)
    alle.update({s: nieuw.invoer.reeks(s) for s in reeks_namen})
    return (replace(invoer, reeksen=MappingProxyType(alle), **{a: getattr(nieuw.invoer, a) for a in attributen}),
            parameterset, scenario)


# ---------------------------------------------------------------- what changed

def wijzigingen(stap: str, oud: Berekening, nieuw: Berekening) -> tuple[Wijziging, ...]:
    """The fields a step changes, in a stable order."""
    if stap == PARAMETERS:
        return _parameterwijzigingen(oud.parameterset, nieuw.parameterset)
    if stap == SCENARIO:
        return _scenariowijzigingen(oud.scenario, nieuw.scenario, nieuw.parameterset)
    a, b = oud.invoer, nieuw.invoer
    uit: list[Wijziging] = []
    if stap == CIRCULAIRE:
        for s in CIRCULAIREREEKSEN:
            uit += _reekswijzigingen(a, b, s)
        for jaar in sorted(set(a.edities) | set(b.edities)):
            if a.edities.get(jaar) != b.edities.get(jaar):
                uit.append(Wijziging("edities", "Editie", jaar, a.edities.get(jaar), b.edities.get(jaar), "editie",
                                     ZINSDEEL["edities"]))
        return tuple(uit)
    if stap == AANTALLEN:
        for s in AANTALREEKSEN:
            uit += _reekswijzigingen(a, b, s)
        return tuple(uit)
    for veld in VELD.values():
        o, n = getattr(a, veld.sleutel), getattr(b, veld.sleutel)
        if o != n:
            uit.append(Wijziging(veld.sleutel, veld.label, None, o, n, _EENHEID_VAN_SOORT.get(veld.soort, "tekst"),
                                 ZINSDEEL[veld.sleutel]))
    for s in OVERIGE_REEKSEN:
        uit += _reekswijzigingen(a, b, s)
    if a.samenwerkingsverband != b.samenwerkingsverband:
        uit.append(Wijziging("samenwerkingsverband", "Samenwerkingsverband", None,
                             ", ".join(l.gemeente for l in a.samenwerkingsverband) or None,
                             ", ".join(l.gemeente for l in b.samenwerkingsverband) or None, "lijst",
                             ZINSDEEL["samenwerkingsverband"]))
    return tuple(uit)


_EENHEID_VAN_SOORT = {"euro": "EUR", "percentage": "fractie", "getal": "", "geheel": "", "jaar": "jaar",
                      "janee": "janee"}


def _reekswijzigingen(a: GemeenteInvoer, b: GemeenteInvoer, sleutel: str) -> list[Wijziging]:
    reeks = REEKS[sleutel]
    oud, nieuw = a.reeks(sleutel), b.reeks(sleutel)
    return [Wijziging(sleutel, reeks.label, j, oud.get(j), nieuw.get(j), "EUR" if reeks.soort == "euro" else "",
                      ZINSDEEL[sleutel])
            for j in sorted(set(oud) | set(nieuw)) if oud.get(j) != nieuw.get(j)]


def _parameterwijzigingen(oud: ParameterSet, nieuw: ParameterSet) -> tuple[Wijziging, ...]:
    """Parameters whose stored values or derivation rule differ (a derived year that only follows a
    changed parameter is not a change of its own)."""
    uit: list[Wijziging] = []
    for sleutel, p in nieuw.parameters.items():
        q = oud.parameters.get(sleutel)
        zinsdeel = ("de", f"waarde van de landelijke parameter ‘{p.label}’", "")
        if q is None or q.afleiding != p.afleiding:
            uit.append(Wijziging(sleutel, p.label, None, None if q is None else "rekenregel", "rekenregel", "tekst",
                                 zinsdeel))
            continue
        jaren = sorted(j for j in set(q.waarden) | set(p.waarden) if q.waarden.get(j) != p.waarden.get(j))
        paren = {(q.waarden.get(j), p.waarden.get(j)) for j in jaren}
        if jaren and len(paren) == 1 and set(jaren) == set(p.waarden) | set(q.waarden):
            (o, n), = paren
            uit.append(Wijziging(sleutel, p.label, None, o, n, p.eenheid, zinsdeel))   # the same change in every year
        else:
            uit += [Wijziging(sleutel, p.label, j, q.waarden.get(j), p.waarden.get(j), p.eenheid, zinsdeel)
                    for j in jaren]
    return tuple(uit)


def _scenariowijzigingen(oud: Scenario, nieuw: Scenario, parameterset: ParameterSet) -> tuple[Wijziging, ...]:
    a = {(o.soort, o.sleutel, o.jaar): o for o in oud.overrides}
    b = {(o.soort, o.sleutel, o.jaar): o for o in nieuw.overrides}
    uit = []
    for doel in list(a) + [d for d in b if d not in a]:
        o, n = a.get(doel), b.get(doel)
        if o == n:
            continue
        soort, sleutel, jaar = doel
        if soort == PARAMETER and sleutel in parameterset:
            label, eenheid = parameterset.parameter(sleutel).label, parameterset.parameter(sleutel).eenheid
        elif soort == INVOER and sleutel in VELD:
            label, eenheid = VELD[sleutel].label, _EENHEID_VAN_SOORT.get(VELD[sleutel].soort, "tekst")
        else:
            label, eenheid = (REEKS[sleutel].label if sleutel in REEKS else sleutel), "tekst"
        uit.append(Wijziging(sleutel, label, jaar, _overridewaarde(o), _overridewaarde(n),
                             eenheid if not any(x is not None and x.waarde is None for x in (o, n)) else "tekst",
                             ("de", f"scenario-aanpassing van ‘{label}’", "")))
    return tuple(uit)


def _overridewaarde(o) -> Any:
    if o is None:
        return None
    if o.factor is not None:
        return f"× {getal_exact(o.factor)}"
    if o.gelijk_aan is not None:
        return f"gelijk aan {REEKS[o.gelijk_aan].label.lower() if o.gelijk_aan in REEKS else o.gelijk_aan}"
    if o.waarden is not None:
        return "; ".join(f"{j}: {getal_exact(w)}" for j, w in sorted(o.waarden.items()))
    return o.waarde


# ---------------------------------------------------------------- sentences

def _is_getal(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def toon_waarde(waarde: Any, eenheid: str, leeg: str = "niet ingevuld") -> str:
    """A value in a sentence, in Dutch notation: ``€ 8.000``, ``57 %``, ``15,3``, ``ja``."""
    if waarde is None:
        return leeg
    if eenheid == "janee":
        return "ja" if waarde else "nee"
    if not _is_getal(waarde) or eenheid in ("tekst", "editie", "lijst"):
        return str(waarde)
    soort = eenheid_van(eenheid)
    if soort.is_procent:
        return procent_kort(waarde)
    if soort in (Eenheid.EUR, Eenheid.JAAR):
        return soort.waarde_tekst(waarde)
    afgerond = round(float(waarde), 4)
    return getal_exact(int(afgerond) if afgerond.is_integer() else afgerond)


def _met_eenheid(w: Wijziging, tekst: str, waarde: Any) -> str:
    """A count followed by its unit word: ``18 personen``, ``1 persoon``."""
    eenheid = w.zinsdeel[2]
    if not eenheid or waarde is None:
        return tekst
    return f"{tekst} {_ENKELVOUD.get(eenheid, eenheid) if waarde == 1 else eenheid}"


def _waarden_tekst(w: Wijziging, leeg: str) -> str:
    """``16 → 18 personen``, ``€ 8.000 → € 8.500``."""
    return _met_eenheid(w, f"{toon_waarde(w.oud, w.eenheid, leeg)} → {toon_waarde(w.nieuw, w.eenheid, leeg)}", w.nieuw)


def oorzaak_tekst(stap: str, wijzigingen: tuple[Wijziging, ...]) -> tuple[str, frozenset[int]]:
    """``Door de hogere realisatie in 2027 (16 → 18 personen)`` and the years it names."""
    leeg = "niet gepubliceerd" if stap == CIRCULAIRE else "geen" if stap == SCENARIO else "niet ingevuld"
    per_veld: dict[str, list[Wijziging]] = {}
    for w in wijzigingen:
        per_veld.setdefault(w.sleutel, []).append(w)
    if not per_veld:
        return "Door de gewijzigde " + _STAP_IN_ZIN[stap], frozenset()
    edities = sorted({lees_editie(w.nieuw) for w in per_veld.get("edities", ()) if w.nieuw})
    if edities:
        return _door_edities(edities, wijzigingen, leeg)
    if len(per_veld) > 1:   # parameters and scenario edits by their label, input by its noun
        namen = [(f"‘{ws[0].label}’" if stap in (PARAMETERS, SCENARIO) else ws[0].zinsdeel[1])
                 + (f" {jarentekst(w.jaar for w in ws)}" if ws[0].jaar is not None else "") for ws in per_veld.values()]
        if len(namen) > 4:
            namen = namen[:3] + [f"nog {len(namen) - 3} andere"]
        jaren = frozenset(w.jaar for w in wijzigingen if w.jaar is not None)
        return f"Door de gewijzigde {_STAP_IN_ZIN[stap]} ({', '.join(namen[:-1])} en {namen[-1]})", jaren
    [ws] = per_veld.values()
    richtingen = {w.richting for w in ws}
    lidwoord, naam, _ = ws[0].zinsdeel
    jaren = frozenset(w.jaar for w in ws if w.jaar is not None)
    waar = f" in {jarentekst(jaren)}" if jaren else ""
    if all(w.oud is None for w in ws) or all(w.nieuw is None for w in ws):   # given now, or no longer
        nieuw = ws[0].oud is None
        if stap == SCENARIO:
            soort = "nieuwe" if nieuw else "vervallen"
        else:
            soort = ("nieuw " if nieuw else "niet meer ") + ("gepubliceerde" if stap == CIRCULAIRE else "ingevulde")
        waarden = {w.nieuw if nieuw else w.oud for w in ws}
        tekst = f"Door {lidwoord} {soort} {naam}{waar}"
        if len(waarden) == 1:
            (waarde,) = waarden
            tekst += f" ({'' if nieuw else 'was '}{_met_eenheid(ws[0], toon_waarde(waarde, ws[0].eenheid), waarde)})"
        return tekst, jaren
    if len(richtingen) == 1 and 0 not in richtingen:
        omhoog = richtingen == {1}
        bijvoeglijk = ("nieuwere" if omhoog else "oudere") if ws[0].eenheid == "editie" else \
            ("hogere" if omhoog else "lagere")
    else:
        bijvoeglijk = "gewijzigde"
    tekst = f"Door {lidwoord} {bijvoeglijk} {naam}{waar}"
    paren = {(w.oud, w.nieuw) for w in ws}
    if len(ws) == 1 or len(paren) == 1:
        tekst += f" ({_waarden_tekst(ws[0], leeg)})"
    elif len(ws) <= 3:
        tekst += " (" + "; ".join(f"{w.jaar}: {_waarden_tekst(w, leeg)}" for w in ws) + ")"
    return tekst, jaren


def _door_edities(edities, wijzigingen: tuple[Wijziging, ...], leeg: str) -> tuple[str, frozenset[int]]:
    """``Door de meicirculaire 2026 (circulairebedrag beschut werk 2026: € 242.500 → € 250.000)``."""
    namen = [e.tekst for e in edities]
    wie = namen[0] if len(namen) == 1 else ", ".join(namen[:-1]) + " en " + namen[-1]
    bedragen = [w for w in wijzigingen if w.sleutel != "edities"]
    details = [f"{w.zinsdeel[1]} {w.jaar}: {_waarden_tekst(w, leeg)}" for w in bedragen] or \
        [f"editie {w.jaar}: {_waarden_tekst(w, 'geen')}" for w in wijzigingen]
    tekst = "; ".join(details[:2] if len(details) > 3 else details)
    if len(details) > 3:
        tekst += f" en nog {len(details) - 2} andere wijzigingen"
    return f"Door de {wie} ({tekst})", frozenset(w.jaar for w in wijzigingen)


def gevolg_tekst(sleutel: str, onderwerp: tuple[str, bool], jaren: tuple[int, ...], effect, oorzaakjaren) -> str:
    """``stijgen de lasten loonkostensubsidie met € 31.470`` — whole euros, the years where it changes."""
    naam, meervoud = onderwerp
    saldo = sleutel == "saldo_na_bestemming"

    def werkwoord(omhoog: bool) -> str:
        if saldo:
            return "verbetert" if omhoog else "verslechtert"
        return ("stijgen" if omhoog else "dalen") if meervoud else ("stijgt" if omhoog else "daalt")
    per_jaar = [(j, d) for j, d in zip(jaren, effect) if hele_euro(d)]
    totaal = sum(d for _, d in per_jaar)
    welke = [j for j, _ in per_jaar]
    if len(per_jaar) == 1:
        (jaar, d), = per_jaar
        waar = "" if oorzaakjaren == {jaar} else f" in {jaar}"
        return f"{werkwoord(d > 0)} {naam}{waar} met {euro(abs(d))}"
    tekens = {d > 0 for _, d in per_jaar}
    if len(tekens) == 1:
        bedragen = sorted({hele_euro(abs(d)) for _, d in per_jaar})
        per = f"{euro(bedragen[0])} per jaar" if len(bedragen) == 1 else \
            f"{euro(bedragen[0])} tot {euro(bedragen[-1])} per jaar"
        return f"{werkwoord(totaal > 0)} {naam} in {jarentekst(welke)} met {per}, in totaal {euro(abs(totaal))}"
    hoger = [j for j, d in per_jaar if d > 0]
    lager = [j for j, d in per_jaar if d < 0]
    beter, slechter = ("beter", "slechter") if saldo else ("hoger", "lager")
    richting = f"{beter} in {jarentekst(hoger)}, {slechter} in {jarentekst(lager)}"
    if not hele_euro(totaal):
        verandert = "veranderen" if meervoud else "verandert"
        return f"{verandert} {naam} in {jarentekst(welke)} ({richting}), maar samen niet"
    return f"{werkwoord(totaal > 0)} {naam} over {jarentekst(welke)} samen met {euro(abs(totaal))} ({richting})"
