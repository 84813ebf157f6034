"""The gemeente's input (INVOER §2) as typed data, its validation and its JSON form.

Field definitions live in :data:`VELDEN` and :data:`REEKSEN`: one place for the Dutch label,
kind, range, default and explanation, used by the validation, the workbook reader and
writer, and the app's assumption editor.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from model.bevindingen import FOUT, WAARSCHUWING, Bevinding
from model.circulaire import CIRCULAIREREEKSEN, CirculaireRij, Editie, lees_editie, nieuwste_per_jaar, volgorde

MIN_JAAR, MAX_JAAR = 2020, 2060
BASISJAAR_MIN, BASISJAAR_MAX = 2025, 2035
#: An amount on one line of one gemeente above this is no amount of a gemeente (ten thousand million euro).
MAX_BEDRAG = 1e10
#: A count on a per-year sheet (plekken, personen) above this is no count of a gemeente (all of the
#: Netherlands has some 30.000 beschut-werkplekken).
MAX_AANTAL = 1e6
#: A value more than this factor away from its reference is implausible (REKENREGELS §6): an edit of a parameter
#: asks for confirmation, a realisation above this many times the taakstelling of its year is a warning.
TWIJFELFACTOR = 3
#: Characters of the gemeente's name (the longest Dutch gemeente name has 29); it heads every page.
MAX_NAAM_GEMEENTE = 200
SCHEMA = "infraraming-invoer/1"

BLAD_GEMEENTE = "Gemeente"
BLAD_MEERJARIG = "Meerjarig"
BLAD_CIRCULAIRE = "Circulaire"
BLAD_IMPULSBUDGET = "Impulsbudget"
BLAD_SWV = "Samenwerkingsverband"
BLAD_CLASSIFICATIE = "Classificatie"
BLAD_VORIGE = "Vorige cijfers"


@dataclass(frozen=True)
class Veld:
    """A single value on the sheet Gemeente (or a scenario-only value when ``blad`` is None)."""

    sleutel: str
    label: str
    soort: str            # tekst | cbs | regio | jaar | janee | geheel | percentage | getal | euro
    verplicht: bool = False
    standaard: Any = None
    minimum: float | None = None
    maximum: float | None = None
    toelichting: str = ""
    blad: str | None = BLAD_GEMEENTE
    waarschuw_als_leeg: bool = False


VELDEN: tuple[Veld, ...] = (
    Veld("naam", "Naam gemeente", "tekst", verplicht=True,
         toelichting="De naam zoals die in de begroting staat."),
    Veld("cbs_code", "CBS-code", "cbs", toelichting="GM gevolgd door vier cijfers, bijvoorbeeld GM0200."),
    Veld("arbeidsmarktregio", "Arbeidsmarktregio", "regio",
         toelichting="Een van de 35 arbeidsmarktregio's; gebruikt voor de regionale vergelijking beschut werk."),
    Veld("basisjaar", "Basisjaar", "jaar", verplicht=True, minimum=BASISJAAR_MIN, maximum=BASISJAAR_MAX,
         toelichting="Eerste begrotingsjaar; prijzen en Wsw-volume in dit jaar zijn het uitgangspunt."),
    Veld("ontvangt_impulsbudget", "Ontvangt impulsbudget", "janee", standaard=False,
         toelichting="Ja als uw gemeente de grootste gemeente van het samenwerkingsverband is en het impulsbudget ontvangt."),
    Veld("dgr_gemeente", "Doelgroepenregister gemeente", "geheel", minimum=0,
         toelichting="Personen in de gemeentelijke doelgroep van het doelgroepenregister (UWV, circulaire t-2)."),
    Veld("dgr_samenwerkingsverband", "Doelgroepenregister samenwerkingsverband", "geheel", minimum=0,
         toelichting="Som over de gemeenten van het samenwerkingsverband."),
    Veld("dgr_landelijk", "Doelgroepenregister landelijk", "geheel", minimum=1,
         toelichting="Landelijk totaal van de maatstaf uit de circulaire gemeentefonds."),
    Veld("lks_percentage", "LKS-percentage beschut werk", "percentage", minimum=0, maximum=1,
         toelichting="Gemiddelde loonkostensubsidie beschut werk vóór het forfait; leeg = landelijk gemiddelde (57 %)."),
    Veld("lks_pct_loonwaarde", "LKS-percentage loonwaarde (BUIG)", "percentage", minimum=0, maximum=1,
         toelichting="Gemiddelde loonkostensubsidie volgens de loonwaardemetingen; dit deel dekt de BUIG vóór het "
                     "forfait. Leeg = gelijk aan het LKS-percentage beschut werk."),
    Veld("reserveren_impulsbudget", "Bestemmingsreserve impulsbudget", "janee", standaard=True,
         toelichting="Ja als het niet bestede impulsbudget naar een bestemmingsreserve gaat (taakveld 0.10)."),
    Veld("contracturen", "Contracturen per week beschut werk", "getal", standaard=27.0, minimum=1, maximum=40,
         toelichting="Gemiddeld aantal contracturen per week (SOB-begroting)."),
    Veld("werkgeverslasten_sob", "Werkgeverslasten SOB", "percentage", standaard=0.25, minimum=0, maximum=1,
         toelichting="Werkgeverslasten bovenop het loon bij het sociaal ontwikkelbedrijf."),
    Veld("begeleiding_per_plek", "Begeleidingskosten per plek", "euro", minimum=0, waarschuw_als_leeg=True,
         toelichting="Per beschutte werkplek, prijzen basisjaar (SOB-begroting)."),
    Veld("overhead_per_plek", "Overheadkosten per plek", "euro", minimum=0, waarschuw_als_leeg=True,
         toelichting="Bedrijfs- en overheadkosten per plek, prijzen basisjaar (SOB-begroting)."),
    Veld("netto_toegevoegde_waarde", "Netto toegevoegde waarde per plek", "euro", standaard=0.0, minimum=0,
         toelichting="Opbrengst van het werk per plek, prijzen basisjaar (SOB-begroting)."),
    Veld("si_kosten_per_plek", "Kosten per plek sociale infrastructuur", "euro", standaard=0.0, minimum=0,
         toelichting="Kosten per plek sociale infrastructuur, prijzen basisjaar."),
    Veld("wsw_se_basis", "Wsw SE basisjaar", "getal", standaard=0.0, minimum=0,
         toelichting="Standaardeenheden Wsw in het basisjaar."),
    Veld("wsw_rijksbijdrage_basis", "Wsw rijksbijdrage basisjaar", "euro", minimum=0,
         toelichting="Alleen nodig als het blad Circulaire geen Wsw-bedrag bevat."),
    Veld("wsw_netto_kosten_per_se", "Wsw netto kosten per SE", "euro", standaard=0.0, minimum=0,
         toelichting="Netto kosten per SE, prijzen basisjaar (SOB-begroting)."),
    Veld("reserve_impulsbudget_start", "Stand bestemmingsreserve impulsbudget", "euro", standaard=0.0, minimum=0,
         toelichting="Stand van de bestemmingsreserve vóór het eerste modeljaar (2025); een reserve is nooit "
                     "negatief."),
    Veld("doorbetalen_aan_leden", "Doorbetalen aan leden", "janee", standaard=False,
         toelichting="Ja als de ontvangende gemeente de aandelen van de deelnemende gemeenten aan hen doorbetaalt "
                     "(lasten, taakveld 6.4)."),
    Veld("wsw_via_gr", "Wsw via gemeenschappelijke regeling", "janee", standaard=False,
         toelichting="Ja als een gemeenschappelijke regeling de Wsw uitvoert; vul dan op blad Meerjarig de kolom "
                     "'Bijdrage GR Wsw' in (uit de begroting van de GR)."),
    Veld("weerstandscapaciteit", "Beschikbare weerstandscapaciteit", "euro", minimum=0,
         toelichting="Het deel van de weerstandscapaciteit van de gemeente dat tegenover deze risico's staat."),
    Veld("verdeelsleutel", "Verdeelsleutel", "percentage", minimum=0, maximum=1, blad=BLAD_SWV,
         toelichting="De afgesproken verdeelsleutel van de eigen gemeente (blad Samenwerkingsverband); leeg = "
                     "doelgroepenregister gemeente / samenwerkingsverband."),
    Veld("wsw_uitstroom_pct", "Wsw-uitstroom per jaar", "percentage", minimum=0, maximum=1, blad=None,
         toelichting="Alleen in scenario's: vaste jaarlijkse uitstroom in plaats van de landelijke prognose."),
)


@dataclass(frozen=True)
class Reeks:
    """A per-year column on one of the year sheets."""

    sleutel: str
    label: str
    blad: str
    soort: str = "getal"       # getal | euro
    verplicht: bool = False
    toelichting: str = ""


REEKSEN: tuple[Reeks, ...] = (
    Reeks("taakstelling", "Taakstelling beschut werk", BLAD_MEERJARIG, verplicht=True,
          toelichting="Taakstelling uit de circulaire (plekken, mag een breuk zijn)."),
    Reeks("gerealiseerd", "Gerealiseerd beschut werk", BLAD_MEERJARIG,
          toelichting="Werkzame personen beschut werk (gerealiseerd of gepland)."),
    Reeks("positief_advies", "Positief advies beschut werk", BLAD_MEERJARIG,
          toelichting="Inwoners met een positief advies beschut werk (UWV)."),
    Reeks("plekken_si", "Plekken sociale infrastructuur", BLAD_MEERJARIG,
          toelichting="Plekken sociale infrastructuur die de gemeente inkoopt."),
    Reeks("doorbetaling", "Doorbetaling impulsbudget", BLAD_MEERJARIG, "euro",
          toelichting="Ontvangen van de ontvangende gemeente; alleen voor een gemeente die het impulsbudget niet zelf ontvangt."),
    Reeks("bijdrage_gr_wsw", "Bijdrage GR Wsw", BLAD_MEERJARIG, "euro",
          toelichting="De bijdrage aan de gemeenschappelijke regeling voor de Wsw, zoals vastgesteld in de begroting "
                      "van de GR; alleen met 'Wsw via gemeenschappelijke regeling'."),
    Reeks("circ_beschut", "Rijksbijdrage beschut werk", BLAD_CIRCULAIRE, "euro",
          toelichting="Uit de circulaire, inclusief de tijdelijke ophoging."),
    Reeks("circ_si", "Rijksbijdrage sociale infrastructuur", BLAD_CIRCULAIRE, "euro",
          toelichting="Uit de circulaire."),
    Reeks("circ_impulsbudget", "Impulsbudget", BLAD_CIRCULAIRE, "euro",
          toelichting="Het regionale bedrag uit de circulaire."),
    Reeks("circ_wsw", "Rijksbijdrage Wsw", BLAD_CIRCULAIRE, "euro", toelichting="Uit de circulaire."),
    Reeks("organisatiestructuur", "Organisatiestructuur", BLAD_IMPULSBUDGET, "euro",
          toelichting="Bestedingsplan: versterken van de organisatiestructuur."),
    Reeks("doorstroom", "Doorstroom naar regulier werk", BLAD_IMPULSBUDGET, "euro",
          toelichting="Bestedingsplan: doorstroom naar regulier werk."),
    Reeks("operationeel_resultaat", "Operationeel resultaat", BLAD_IMPULSBUDGET, "euro",
          toelichting="Bestedingsplan: verbeteren van het operationeel resultaat."),
    Reeks("duurzame_werkplekken", "Duurzame werkplekken", BLAD_IMPULSBUDGET, "euro",
          toelichting="Bestedingsplan: duurzame werkplekken."),
    Reeks("overig", "Overig", BLAD_IMPULSBUDGET, "euro", toelichting="Bestedingsplan: overige bestedingen."),
)
REEKS = MappingProxyType({r.sleutel: r for r in REEKSEN})
BESTEDINGSCATEGORIEEN = tuple(r.sleutel for r in REEKSEN if r.blad == BLAD_IMPULSBUDGET)
NIET_NEGATIEF = ("taakstelling", "gerealiseerd", "positief_advies", "plekken_si")
#: spending category -> the field that marks it structural (sheet Classificatie, REKENREGELS §4.5 v3)
STRUCTUREEL_VELD = MappingProxyType({c: f"structureel_{c}" for c in BESTEDINGSCATEGORIEEN})
VELDEN += tuple(
    Veld(STRUCTUREEL_VELD[r.sleutel], f"Structureel: {r.label.lower()}", "janee", standaard=False,
         blad=BLAD_CLASSIFICATIE, toelichting=f"Ja als de besteding '{r.label.lower()}' na het laatste geplande jaar "
                                              "doorloopt (structureel); dan telt zij niet als incidentele last.")
    for r in REEKSEN if r.blad == BLAD_IMPULSBUDGET)
VELD = MappingProxyType({v.sleutel: v for v in VELDEN})


@dataclass(frozen=True)
class Lid:
    """A member of the samenwerkingsverband with its doelgroepenregister count."""

    gemeente: str
    doelgroepenregister: int
    #: the agreed verdeelsleutel (fraction; v3), None when the keys follow the counts
    verdeelsleutel: float | None = None


def _leeg_reeksen() -> Mapping[str, Mapping[int, float]]:
    return MappingProxyType({r.sleutel: MappingProxyType({}) for r in REEKSEN})


@dataclass(frozen=True)
class GemeenteInvoer:
    naam: str
    basisjaar: int
    cbs_code: str | None = None
    arbeidsmarktregio: str | None = None
    ontvangt_impulsbudget: bool = False
    dgr_gemeente: int | None = None
    dgr_samenwerkingsverband: int | None = None
    dgr_landelijk: int | None = None
    lks_percentage: float | None = None
    lks_pct_loonwaarde: float | None = None
    reserveren_impulsbudget: bool = True
    contracturen: float = 27.0
    werkgeverslasten_sob: float = 0.25
    begeleiding_per_plek: float | None = None
    overhead_per_plek: float | None = None
    netto_toegevoegde_waarde: float = 0.0
    si_kosten_per_plek: float = 0.0
    wsw_se_basis: float = 0.0
    wsw_rijksbijdrage_basis: float | None = None
    wsw_netto_kosten_per_se: float = 0.0
    reserve_impulsbudget_start: float = 0.0
    doorbetalen_aan_leden: bool = False
    wsw_via_gr: bool = False
    weerstandscapaciteit: float | None = None
    structureel_organisatiestructuur: bool = False
    structureel_doorstroom: bool = False
    structureel_operationeel_resultaat: bool = False
    structureel_duurzame_werkplekken: bool = False
    structureel_overig: bool = False
    verdeelsleutel: float | None = None
    wsw_uitstroom_pct: float | None = None
    #: the gemeente's own taakveld per output line (sheet Classificatie, v3): {line key: code}
    taakvelden: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: the comparison columns (sheet Vorige cijfers, v3): {line key: (jaarrekening basisjaar − 2, begroting
    #: basisjaar − 1 na wijziging)}; None where the sheet leaves the amount empty (never read as 0)
    vorige_cijfers: Mapping[str, tuple[float | None, float | None]] = field(default_factory=lambda: MappingProxyType({}))
    #: per-year series keyed by :data:`REEKSEN` keys; a missing year is "not given"
    reeksen: Mapping[str, Mapping[int, float]] = field(default_factory=_leeg_reeksen)
    samenwerkingsverband: tuple[Lid, ...] = ()
    #: the circulaire edition of each year's amounts (canonical text, e.g. "meicirculaire 2026")
    edities: Mapping[int, str] = field(default_factory=lambda: MappingProxyType({}))
    #: Circulaire history (INVOER §2, v2): the rows of older editions, superseded per year by the
    #: newest edition, whose amounts and edition are the ``circ_*`` series and :attr:`edities` above.
    #: So the calculation reads only the newest edition per year, and :meth:`circulairerijen` is
    #: the full history from which :func:`stand_per` derives the input "as of" an edition.
    eerdere_circulaires: tuple[CirculaireRij, ...] = ()

    def editie(self, jaar: int):
        """The :class:`~model.circulaire.Editie` of a circulaire year, or None when not given."""
        tekst = self.edities.get(jaar)
        return None if tekst is None else lees_editie(tekst)

    def circulairerijen(self) -> tuple[CirculaireRij, ...]:
        """The full circulaire history: per year the row in use plus the rows of older editions."""
        jaren = set(self.edities).union(*(self.reeks(s) for s in CIRCULAIREREEKSEN))
        gebruikt = [CirculaireRij(j, self.edities.get(j),
                                  tuple((s, self.reeks(s)[j]) for s in CIRCULAIREREEKSEN if j in self.reeks(s)))
                    for j in jaren]
        return tuple(sorted(gebruikt + list(self.eerdere_circulaires), key=volgorde))

    def circulaire_edities(self) -> tuple[Editie, ...]:
        """Every circulaire edition the input names (in use or older), from old to new."""
        return tuple(sorted({e for r in self.circulairerijen() if (e := r.editie_waarde) is not None}))

    def reeks(self, sleutel: str) -> Mapping[int, float]:
        return self.reeksen.get(sleutel, MappingProxyType({}))

    def taakvelden_in_gebruik(self) -> dict[str, str]:
        """The taakveld of every line as used: the defaults for a receiving gemeente or a member, then the
        gemeente's own choices (REKENREGELS §5, v3)."""
        from model.regels import taakvelden
        return taakvelden(self.ontvangt_impulsbudget, self.taakvelden)

    def met(self, **wijzigingen) -> "GemeenteInvoer":
        """A copy with some scalar fields changed (scenario overrides)."""
        return replace(self, **wijzigingen)

    def met_reeks(self, sleutel: str, waarden: Mapping[int, float]) -> "GemeenteInvoer":
        nieuw = dict(self.reeksen)
        nieuw[sleutel] = MappingProxyType(dict(sorted(waarden.items())))
        return replace(self, reeksen=MappingProxyType(nieuw))


def eigen_lid(naam: str, leden) -> Lid | None:
    """The member row of the gemeente itself: the one whose name equals *Naam gemeente* (normalised, INVOER §3)."""
    from model.tekst import normaliseer
    return next((lid for lid in leden if normaliseer(lid.gemeente) == normaliseer(naam)), None)


def ledensleutels(invoer: "GemeenteInvoer") -> tuple[tuple[str, float, bool], ...]:
    """Per member of the samenwerkingsverband: (name, key, agreed). The agreed Verdeelsleutel when the sheet gives
    them (all or none, v3), else the member's doelgroepenregister share of the list's total; none without a total."""
    leden = invoer.samenwerkingsverband
    if leden and all(lid.verdeelsleutel is not None for lid in leden):
        return tuple((lid.gemeente, lid.verdeelsleutel, True) for lid in leden)
    totaal = sum(lid.doelgroepenregister for lid in leden)
    if totaal <= 0:
        return ()
    return tuple((lid.gemeente, lid.doelgroepenregister / totaal, False) for lid in leden)


def verdeelsleutels(invoer: "GemeenteInvoer") -> tuple[tuple[str, float, bool], ...]:
    """Per member (name, key as it counts, agreed): :func:`ledensleutels` scaled to add up to 1 when
    agreed keys are 100 % within the tolerance of INVOER; keys that add up to 100 % are used as entered."""
    sleutels = ledensleutels(invoer)
    som = sum(s for _, s, _ in sleutels)
    schaal = som if sleutels and abs(som - 1) > 1e-9 else 1.0
    return tuple((naam, s / schaal, afgesproken) for naam, s, afgesproken in sleutels)


def maak_invoer(reeksen: Mapping[str, Mapping[int, float]] | None = None, **velden) -> GemeenteInvoer:
    """Build an input from plain dicts (tests, JSON, the workbook reader)."""
    alle = {r.sleutel: MappingProxyType({}) for r in REEKSEN}
    for sleutel, waarden in (reeksen or {}).items():
        if sleutel not in REEKS:
            raise KeyError(f"onbekende reeks {sleutel}")
        alle[sleutel] = MappingProxyType({int(j): float(v) for j, v in sorted(waarden.items())})
    velden.setdefault("samenwerkingsverband", ())
    velden["samenwerkingsverband"] = tuple(velden["samenwerkingsverband"])
    if velden.get("verdeelsleutel") is None:   # the own row's agreed key (sheet Samenwerkingsverband, v3)
        eigen = eigen_lid(velden.get("naam") or "", velden["samenwerkingsverband"])
        if eigen is not None and eigen.verdeelsleutel is not None:
            velden["verdeelsleutel"] = eigen.verdeelsleutel
    velden["taakvelden"] = MappingProxyType(dict(sorted(dict(velden.get("taakvelden") or {}).items())))
    velden["vorige_cijfers"] = MappingProxyType({k: (None if r is None else float(r), None if b is None else float(b))
                                                 for k, (r, b) in dict(velden.get("vorige_cijfers") or {}).items()})
    velden["edities"] = MappingProxyType({int(j): str(t) for j, t in sorted(dict(velden.get("edities") or {}).items())})
    velden["eerdere_circulaires"] = tuple(sorted(velden.get("eerdere_circulaires") or (), key=volgorde))
    return GemeenteInvoer(reeksen=MappingProxyType(alle), **velden)


def met_circulairerijen(invoer: GemeenteInvoer, rijen) -> GemeenteInvoer:
    """The input with this circulaire history: per year the newest edition in use, the older rows kept."""
    nieuwste, ouder = nieuwste_per_jaar(rijen)
    reeksen = dict(invoer.reeksen)
    for s in CIRCULAIREREEKSEN:
        reeksen[s] = MappingProxyType({r.jaar: w for r in nieuwste if (w := r.bedrag(s)) is not None})
    edities = MappingProxyType({r.jaar: r.editie for r in nieuwste if r.editie is not None})
    return replace(invoer, reeksen=MappingProxyType(reeksen), edities=edities, eerdere_circulaires=ouder)


def stand_per(invoer: GemeenteInvoer, editie: Editie) -> GemeenteInvoer:
    """The input as it stood at circulaire ``editie``: only rows of that edition or older (INVOER §2).

    A year whose rows are all newer has no circulaire amount then (the model estimates it, as it
    did at the time). A row without edition cannot be dated and is kept in every stand.
    """
    rijen = [r for r in invoer.circulairerijen() if r.editie is None or r.editie_waarde <= editie]
    return met_circulairerijen(invoer, rijen)


# ---------------------------------------------------------------- validation

def _fout(veld: Veld | Reeks, melding: str, gevonden=None, verwacht=None, jaar=None, ernst=FOUT) -> Bevinding:
    return Bevinding(ernst=ernst, melding=melding, blad=veld.blad, label=veld.label,
                     gevonden=None if gevonden is None else str(gevonden), verwacht=verwacht,
                     veld=veld.sleutel, jaar=jaar)


def _toon(veld: Veld, waarde: float) -> str:
    """A value of a field in a message, in Dutch notation and its unit: ``75 %``, ``€ 8.000``, ``−3,0``."""
    from model.opmaak import getal_exact, procent_exact
    if veld.soort == "percentage":
        return procent_exact(waarde)
    if veld.soort == "euro":
        return "€ " + getal_exact(int(waarde) if float(waarde).is_integer() else waarde)
    return getal_exact(waarde)


def _euro(waarde: float) -> str:
    from model.opmaak import getal_exact
    return "€ " + getal_exact(int(waarde) if float(waarde).is_integer() else waarde)


def _bereik(veld: Veld) -> str:
    """The allowed range of a field: ``1 tot en met 40``, ``0 % tot en met 100 %``, ``€ 0 tot en met € 10.000.000.000``."""
    if veld.maximum is None and veld.soort == "euro":
        return f"{_toon(veld, veld.minimum if veld.minimum is not None else -MAX_BEDRAG)} tot en met {_toon(veld, MAX_BEDRAG)}"
    if veld.maximum is None:
        return f"{_toon(veld, veld.minimum)} of meer"
    return f"{_toon(veld, veld.minimum)} tot en met {_toon(veld, veld.maximum)}"


def _bereik_tekst(veld: Veld) -> str:
    soort = {"percentage": "een percentage", "euro": "een bedrag", "geheel": "een geheel getal"}.get(veld.soort,
                                                                                                  "een getal")
    return f"{soort} van {_bereik(veld)}"


def valideer(invoer: GemeenteInvoer) -> list[Bevinding]:
    """Semantic checks on a typed input; returns Dutch findings (errors and warnings)."""
    from model.opmaak import getal_exact
    from model.regios import ARBEIDSMARKTREGIOS, bedoelde_regio, zoek_regio
    from model.rekenregels.jaren import EERSTE_MODELJAAR, LAATSTE_MODELJAAR
    # a Circulaire row is set against national amounts, which exist from the year before the first model year
    circulaire_van, circulaire_tot = EERSTE_MODELJAAR - 1, LAATSTE_MODELJAAR

    b: list[Bevinding] = []
    if not (invoer.naam or "").strip():
        b.append(_fout(VELD["naam"], "Naam gemeente ontbreekt.", verwacht="een naam"))
    elif len(invoer.naam) > MAX_NAAM_GEMEENTE:
        b.append(_fout(VELD["naam"], f"Naam gemeente is te lang. Die heeft {len(invoer.naam)} tekens; hoogstens "
                                     f"{MAX_NAAM_GEMEENTE}.", f"{invoer.naam[:40]}…",
                       f"een naam van hoogstens {MAX_NAAM_GEMEENTE} tekens"))
    bj = VELD["basisjaar"]
    if not isinstance(invoer.basisjaar, int) or not (BASISJAAR_MIN <= invoer.basisjaar <= BASISJAAR_MAX):
        b.append(_fout(bj, f"Basisjaar {invoer.basisjaar} ligt buiten {BASISJAAR_MIN}–{BASISJAAR_MAX}.",
                       invoer.basisjaar, f"een jaar van {BASISJAAR_MIN} tot en met {BASISJAAR_MAX}"))
    if invoer.cbs_code is not None:
        code = invoer.cbs_code.strip().upper()
        if not (len(code) == 6 and code.startswith("GM") and code[2:].isdigit()):
            b.append(_fout(VELD["cbs_code"], f"CBS-code '{invoer.cbs_code}' heeft niet de vorm GM + vier cijfers.",
                           invoer.cbs_code, "GM gevolgd door vier cijfers, bijvoorbeeld GM0200"))
    if invoer.arbeidsmarktregio is not None and zoek_regio(invoer.arbeidsmarktregio) is None:
        bedoeld = bedoelde_regio(invoer.arbeidsmarktregio)
        b.append(_fout(VELD["arbeidsmarktregio"],
                       f"Arbeidsmarktregio '{invoer.arbeidsmarktregio}' is onbekend"
                       + (f"; bedoelt u '{bedoeld}'?" if bedoeld else ".") + " De regionale vergelijking vervalt.",
                       invoer.arbeidsmarktregio, f"een van de {len(ARBEIDSMARKTREGIOS)} arbeidsmarktregio's",
                       ernst=WAARSCHUWING))
    for veld in VELDEN:
        waarde = getattr(invoer, veld.sleutel)
        if veld.soort in ("percentage", "getal", "euro", "geheel") and waarde is not None:
            te_laag = veld.minimum is not None and waarde < veld.minimum
            te_hoog = veld.maximum is not None and waarde > veld.maximum
            te_hoog = te_hoog or (veld.soort == "euro" and veld.maximum is None and abs(waarde) > MAX_BEDRAG)
            if te_laag or te_hoog or waarde != waarde:
                b.append(_fout(veld, f"{veld.label} ({_toon(veld, waarde)}) ligt buiten het toegestane bereik "
                                     f"({_bereik(veld)}).", _toon(veld, waarde), _bereik_tekst(veld)))
        if veld.waarschuw_als_leeg and waarde is None:
            b.append(_fout(veld, f"{veld.label} is niet ingevuld; het model rekent met € 0.",
                           verwacht="een bedrag per plek", ernst=WAARSCHUWING))
    taak = invoer.reeks("taakstelling")
    if not taak:
        b.append(_fout(REEKS["taakstelling"], "Het blad Meerjarig bevat geen enkel jaar met een taakstelling.",
                       verwacht="ten minste één jaar met een taakstelling"))
    for reeks in REEKSEN:
        for jaar, waarde in invoer.reeks(reeks.sleutel).items():
            if not (MIN_JAAR <= jaar <= MAX_JAAR):
                b.append(_fout(reeks, f"Jaar {jaar} ligt buiten {MIN_JAAR}–{MAX_JAAR}.", jaar,
                               f"een jaar van {MIN_JAAR} tot en met {MAX_JAAR}", jaar=jaar))
            if waarde != waarde or waarde in (float("inf"), float("-inf")):
                b.append(_fout(reeks, f"{reeks.label} {jaar} is geen eindig getal.", getal_exact(waarde), "een getal",
                               jaar=jaar))
            elif reeks.sleutel in NIET_NEGATIEF and waarde < 0:
                b.append(_fout(reeks, f"{reeks.label} {jaar} is negatief ({getal_exact(waarde)}).", getal_exact(waarde),
                               "0 of meer", jaar=jaar))
            elif reeks.soort != "euro" and abs(waarde) > MAX_AANTAL:
                b.append(_fout(reeks, f"{reeks.label} {jaar} ({getal_exact(waarde)}) is meer dan een miljoen; dat is "
                                      "geen aantal van een gemeente.", getal_exact(waarde), "een aantal tot 1.000.000",
                               jaar=jaar))
            elif reeks.soort == "euro" and abs(waarde) > MAX_BEDRAG:
                b.append(_fout(reeks, f"{reeks.label} {jaar} ({_euro(waarde)}) is meer dan € 10 miljard; dat is geen "
                                      "bedrag van een gemeente.", _euro(waarde), "een bedrag tot € 10 miljard",
                               jaar=jaar))
            if reeks.blad == BLAD_CIRCULAIRE and MIN_JAAR <= jaar <= MAX_JAAR \
                    and not circulaire_van <= jaar <= circulaire_tot:
                b.append(_fout(reeks, f"Circulairejaar {jaar} ligt buiten de jaren van het model "
                                      f"({circulaire_van}–{circulaire_tot}); laat deze rij weg.", jaar,
                               f"een jaar van {circulaire_van} tot en met {circulaire_tot}", jaar=jaar))
    b.extend(_valideer_realisatie(invoer))
    b.extend(_valideer_samenwerkingsverband(invoer))
    b.extend(_valideer_eerdere_circulaires(invoer))
    return b


def _valideer_realisatie(invoer: GemeenteInvoer) -> list[Bevinding]:
    """A realisation above :data:`TWIJFELFACTOR` times the taakstelling of its year is implausible (a typo such as
    1400 for 14 multiplies the LKS lasten a hundredfold): a warning per year, which the reader puts on its cell."""
    from model.opmaak import getal_exact

    def aantal(w: float) -> str:   # 1400, not 1.400,0
        return getal_exact(int(w) if float(w).is_integer() else w)
    taak, real = invoer.reeks("taakstelling"), invoer.reeks("gerealiseerd")
    reeks = REEKS["gerealiseerd"]
    uit = []
    for jaar, waarde in sorted(real.items()):
        t = taak.get(jaar)
        if t and t > 0 and waarde > TWIJFELFACTOR * t:
            uit.append(_fout(reeks, f"{reeks.label} {jaar} ({aantal(waarde)}) is meer dan {TWIJFELFACTOR} keer de "
                                    f"taakstelling van dat jaar ({aantal(t)}); klopt dat? Een realisatie zo ver "
                                    "boven de taakstelling is onwaarschijnlijk (een tikfout?).",
                             aantal(waarde), f"hoogstens {TWIJFELFACTOR} × de taakstelling ({aantal(t)})",
                             jaar=jaar, ernst=WAARSCHUWING))
    return uit


def _valideer_eerdere_circulaires(invoer: GemeenteInvoer) -> list[Bevinding]:
    """Older rows must each name an edition older than the one in use for their year, once (INVOER §2)."""
    import math
    b: list[Bevinding] = []
    gezien: set[tuple[int, Editie]] = set()
    for rij in invoer.eerdere_circulaires:
        editie, gebruikt = rij.editie_waarde, invoer.editie(rij.jaar)
        if editie is None or gebruikt is None or editie >= gebruikt or (rij.jaar, editie) in gezien:
            b.append(Bevinding(
                FOUT, f"Circulaire {rij.jaar}: een eerdere rij ({rij.editie or 'zonder editie'}) past niet bij de "
                      f"gebruikte editie ({gebruikt or 'geen editie'}); per jaar komt elke editie één keer voor, "
                      "een jaar zonder editie maar één keer.",
                blad=BLAD_CIRCULAIRE, label="Editie", gevonden=rij.editie, veld="eerdere_circulaires", jaar=rij.jaar))
        if editie is not None:
            gezien.add((rij.jaar, editie))
        for sleutel, waarde in rij.bedragen:
            if sleutel not in CIRCULAIREREEKSEN or not math.isfinite(waarde):
                b.append(Bevinding(FOUT, f"Circulaire {rij.jaar} ({rij.editie}): '{sleutel}' is geen bedrag uit de "
                                         "circulaire of geen eindig getal.", blad=BLAD_CIRCULAIRE,
                                   veld="eerdere_circulaires", jaar=rij.jaar))
    return b


#: how far the agreed keys may add up from 100 % (in percentage points, INVOER §2 v3)
SLEUTELMARGE_PUNTEN = 0.01


def _valideer_verdeelsleutels(leden: tuple[Lid, ...]) -> list[Bevinding]:
    """An agreed Verdeelsleutel is given for every member or for none, and the keys add up to 100 % (v3)."""
    from model.opmaak import procent_exact
    met = [lid for lid in leden if lid.verdeelsleutel is not None]
    if not met:
        return []
    zonder = [lid.gemeente for lid in leden if lid.verdeelsleutel is None]
    if zonder:
        return [Bevinding(FOUT, f"Op blad {BLAD_SWV} staat een verdeelsleutel bij een deel van de gemeenten; vul hem "
                                f"voor alle gemeenten in (ontbreekt bij {', '.join(zonder)}) of voor geen enkele.",
                          blad=BLAD_SWV, label="Verdeelsleutel", verwacht="een verdeelsleutel bij elke gemeente",
                          veld="samenwerkingsverband")]
    uit = []
    for lid in met:
        if not 0 <= lid.verdeelsleutel <= 1:
            uit.append(Bevinding(FOUT, f"Verdeelsleutel van {lid.gemeente} ({procent_exact(lid.verdeelsleutel)}) ligt "
                                       "buiten 0 % tot en met 100 %.", blad=BLAD_SWV, label="Verdeelsleutel",
                                 gevonden=procent_exact(lid.verdeelsleutel), verwacht="0 % tot en met 100 %",
                                 veld="samenwerkingsverband"))
    som = round(sum(lid.verdeelsleutel for lid in met), 9)   # 0.4 + 0.3 + 0.2 + 0.09 is 99 %, not 98,999… %
    if abs(som - 1) * 100 > SLEUTELMARGE_PUNTEN + 1e-9:
        uit.append(Bevinding(FOUT, f"De verdeelsleutels op blad {BLAD_SWV} tellen op tot {procent_exact(som)} in "
                                   "plaats van 100 %.", blad=BLAD_SWV, label="Verdeelsleutel",
                             gevonden=procent_exact(som), verwacht="samen 100 % (± 0,01 procentpunt)",
                             veld="samenwerkingsverband"))
    return uit


def _valideer_samenwerkingsverband(invoer: GemeenteInvoer) -> list[Bevinding]:
    from model.opmaak import getal_exact
    b: list[Bevinding] = []
    if invoer.samenwerkingsverband:
        som = sum(lid.doelgroepenregister for lid in invoer.samenwerkingsverband)
        totaal = invoer.dgr_samenwerkingsverband
        if totaal is not None and som != totaal:
            b.append(Bevinding(
                FOUT, f"De som van het doelgroepenregister op blad {BLAD_SWV} ({getal_exact(som)}) is niet gelijk "
                      f"aan 'Doelgroepenregister samenwerkingsverband' op blad {BLAD_GEMEENTE} "
                      f"({getal_exact(totaal)}).",
                blad=BLAD_SWV, label="Doelgroepenregister", gevonden=getal_exact(som), verwacht=getal_exact(totaal),
                veld="samenwerkingsverband"))
        b.extend(_valideer_verdeelsleutels(invoer.samenwerkingsverband))
        if all(lid.verdeelsleutel is not None for lid in invoer.samenwerkingsverband) \
                and eigen_lid(invoer.naam, invoer.samenwerkingsverband) is None and invoer.verdeelsleutel is None:
            b.append(Bevinding(
                WAARSCHUWING, f"Op blad {BLAD_SWV} staat geen rij voor {invoer.naam} (de naam op blad "
                              f"{BLAD_GEMEENTE}): de eigen verdeelsleutel is niet gevonden en volgt het "
                              "doelgroepenregister. Schrijf de naam van de gemeente op beide bladen gelijk.",
                blad=BLAD_SWV, label="Gemeente", gevonden=invoer.naam, veld="samenwerkingsverband"))
        for lid in invoer.samenwerkingsverband:
            if lid.doelgroepenregister < 0:
                aantal = getal_exact(lid.doelgroepenregister)
                b.append(Bevinding(FOUT, f"Doelgroepenregister van {lid.gemeente} is negatief ({aantal}).",
                                   blad=BLAD_SWV, label="Doelgroepenregister", gevonden=aantal,
                                   verwacht="0 of meer", veld="samenwerkingsverband"))
    dg, ds = invoer.dgr_gemeente, invoer.dgr_samenwerkingsverband
    if dg is not None and ds is not None and dg > ds:
        b.append(Bevinding(FOUT, f"Doelgroepenregister gemeente ({getal_exact(dg)}) is groter dan dat van het "
                                 f"samenwerkingsverband ({getal_exact(ds)}).",
                           blad=BLAD_GEMEENTE, label=VELD["dgr_gemeente"].label, gevonden=getal_exact(dg),
                           verwacht=f"hoogstens {getal_exact(ds)}", veld="dgr_gemeente"))
    return b


# ---------------------------------------------------------------- JSON form

def naar_dict(invoer: GemeenteInvoer) -> dict:
    gemeente = {v.sleutel: getattr(invoer, v.sleutel) for v in VELDEN if getattr(invoer, v.sleutel) is not None}
    reeksen = {k: {str(j): w for j, w in sorted(v.items())} for k, v in invoer.reeksen.items() if v}
    return {
        "schema": SCHEMA,
        "gemeente": gemeente,
        "reeksen": reeksen,
        "samenwerkingsverband": [{"gemeente": l.gemeente, "doelgroepenregister": l.doelgroepenregister,
                                  **({} if l.verdeelsleutel is None else {"verdeelsleutel": l.verdeelsleutel})}
                                 for l in invoer.samenwerkingsverband],
        **({"taakvelden": dict(invoer.taakvelden)} if invoer.taakvelden else {}),
        **({"vorige_cijfers": {k: list(w) for k, w in invoer.vorige_cijfers.items()}} if invoer.vorige_cijfers else {}),
        **({"edities": {str(j): t for j, t in sorted(invoer.edities.items())}} if invoer.edities else {}),
        **({"eerdere_circulaires": [{"jaar": r.jaar, "editie": r.editie, "bedragen": dict(r.bedragen)}
                                    for r in invoer.eerdere_circulaires]} if invoer.eerdere_circulaires else {}),
    }


def _scalar_uit_json(veld: Veld, waarde: Any) -> Any:
    if waarde is None:
        return None
    if veld.soort in ("tekst", "cbs", "regio"):
        if not isinstance(waarde, str):
            raise ValueError("verwacht tekst")
        return waarde
    if veld.soort == "janee":
        if not isinstance(waarde, bool):
            raise ValueError("verwacht true of false")
        return waarde
    if isinstance(waarde, bool) or not isinstance(waarde, (int, float)):
        raise ValueError("verwacht een getal")
    if veld.soort in ("jaar", "geheel"):
        if float(waarde) != int(waarde):
            raise ValueError("verwacht een geheel getal")
        return int(waarde)
    return float(waarde)


def _gevonden(waarde: Any) -> str:
    """A JSON value in a message: numbers in Dutch notation, anything else as written."""
    if isinstance(waarde, (int, float)) and not isinstance(waarde, bool):
        from model.opmaak import getal_exact
        return getal_exact(waarde)
    return repr(waarde)


def uit_dict(data: Any, bron: str = "invoer") -> tuple[GemeenteInvoer | None, list[Bevinding]]:
    """Read the JSON form; returns the input (None on errors) and all findings."""
    b: list[Bevinding] = []
    if not isinstance(data, dict) or not isinstance(data.get("gemeente"), dict):
        return None, [Bevinding(FOUT, f"{bron} is geen Infraraming-invoer (het onderdeel 'gemeente' ontbreekt).")]
    if data.get("schema", SCHEMA) != SCHEMA:
        b.append(Bevinding(FOUT, f"{bron} heeft schema '{data.get('schema')}'; deze versie leest {SCHEMA}."))
    velden: dict[str, Any] = {}
    for sleutel, waarde in data["gemeente"].items():
        veld = VELD.get(sleutel)
        if veld is None:
            b.append(Bevinding(WAARSCHUWING, f"Onbekend gegeven '{sleutel}' in {bron} — genegeerd.", label=sleutel))
            continue
        try:
            velden[sleutel] = _scalar_uit_json(veld, waarde)
        except ValueError as fout:
            gevonden = _gevonden(waarde)
            b.append(_fout(veld, f"{veld.label}: {fout}, gevonden {gevonden}.", gevonden, str(fout)))
    for veld in VELDEN:
        if veld.verplicht and velden.get(veld.sleutel) is None:
            b.append(_fout(veld, f"{veld.label} ontbreekt.", verwacht="een waarde"))
        if velden.get(veld.sleutel) is None:
            velden.pop(veld.sleutel, None)
    reeksen: dict[str, dict[int, float]] = {}
    for sleutel, waarden in dict(data.get("reeksen") or {}).items():
        reeks = REEKS.get(sleutel)
        if reeks is None or not isinstance(waarden, dict):
            b.append(Bevinding(WAARSCHUWING, f"Onbekende reeks '{sleutel}' in {bron} — genegeerd.", label=sleutel))
            continue
        reeksen[sleutel] = {}
        for jaar_tekst, waarde in waarden.items():
            try:
                jaar = int(jaar_tekst)
                if isinstance(waarde, bool) or not isinstance(waarde, (int, float)):
                    raise ValueError
            except ValueError:
                b.append(_fout(reeks, f"{reeks.label} {jaar_tekst}: {waarde!r} is geen getal.", waarde, "een getal"))
                continue
            reeksen[sleutel][jaar] = float(waarde)
    leden = []
    for item in data.get("samenwerkingsverband") or []:
        try:
            sleutel = item.get("verdeelsleutel")
            if sleutel is not None and (isinstance(sleutel, bool) or not isinstance(sleutel, (int, float))):
                raise ValueError
            leden.append(Lid(str(item["gemeente"]), int(item["doelgroepenregister"]),
                             None if sleutel is None else float(sleutel)))
        except (KeyError, TypeError, ValueError, AttributeError):
            b.append(Bevinding(FOUT, f"Ongeldig lid van het samenwerkingsverband in {bron}: {item!r}.", blad=BLAD_SWV))
    edities = _edities_uit_json(data.get("edities"), bron, b)
    eerdere = _eerdere_circulaires_uit_json(data.get("eerdere_circulaires"), bron, b)
    taakvelden = _taakvelden_uit_json(data.get("taakvelden"), bron, b)
    vorige = _vorige_uit_json(data.get("vorige_cijfers"), bron, b)
    if any(x.is_fout for x in b):
        return None, b
    invoer = maak_invoer(reeksen, samenwerkingsverband=leden, edities=edities, eerdere_circulaires=eerdere,
                         taakvelden=taakvelden, vorige_cijfers=vorige, **velden)
    b.extend(valideer(invoer))
    return (None if any(x.is_fout for x in b) else invoer), b


def _vorige_uit_json(data: Any, bron: str, b: list[Bevinding]) -> dict[str, tuple[float | None, float | None]]:
    """The comparison columns {line key: [rekening, begroting]} (v3); anything else is an error, never a 0."""
    import math

    from model.regels import VORIGE_REGELS
    if data is None:
        return {}
    if not isinstance(data, dict):
        b.append(Bevinding(FOUT, f"De vorige cijfers in {bron} zijn geen tabel van regel naar bedragen.",
                           blad=BLAD_VORIGE))
        return {}

    def bedrag(w: Any) -> bool:
        return w is None or (isinstance(w, (int, float)) and not isinstance(w, bool) and math.isfinite(w)
                             and abs(w) <= MAX_BEDRAG)
    uit = {}
    for sleutel, waarden in data.items():
        if sleutel not in VORIGE_REGELS or not isinstance(waarden, list) or len(waarden) != 2 \
                or not all(bedrag(w) for w in waarden):
            b.append(Bevinding(FOUT, f"Ongeldige vorige cijfers {_gevonden(waarden)} voor {sleutel!r} in {bron}.",
                               blad=BLAD_VORIGE, label="Vorige cijfers", verwacht="twee bedragen of leeg"))
            continue
        uit[sleutel] = (waarden[0], waarden[1])
    return uit


def _taakvelden_uit_json(data: Any, bron: str, b: list[Bevinding]) -> dict[str, str]:
    """The gemeente's own taakvelden {line key: code} (v3); a key or code that is not valid is an error."""
    from model.regels import REGEL, TAAKVELD_PER_ONDERDEEL, TAAKVELDREGELS, is_taakveldcode
    if data is None:
        return {}
    if not isinstance(data, dict):
        b.append(Bevinding(FOUT, f"De taakvelden in {bron} zijn geen tabel van regel naar taakveld.",
                           blad=BLAD_CLASSIFICATIE))
        return {}
    uit = {}
    for sleutel, code in data.items():
        if sleutel in TAAKVELD_PER_ONDERDEEL:   # an older file: the sum of the categories had a taakveld of its own
            b.append(Bevinding(WAARSCHUWING, f"{REGEL[sleutel].label} heeft geen eigen taakveld; het taakveld staat "
                                             f"per bestedingscategorie. Het taakveld {code!r} in {bron} is genegeerd.",
                               blad=BLAD_CLASSIFICATIE, label="Taakveld", gevonden=str(code)))
            continue
        if sleutel not in TAAKVELDREGELS or not isinstance(code, str) or not is_taakveldcode(code):
            b.append(Bevinding(FOUT, f"Ongeldig taakveld {code!r} voor {sleutel!r} in {bron}.",
                               blad=BLAD_CLASSIFICATIE, label="Taakveld", gevonden=str(code),
                               verwacht="een taakveldcode zoals 6.4"))
            continue
        uit[sleutel] = code.strip()
    return uit


def _edities_uit_json(data: Any, bron: str, b: list[Bevinding]) -> dict[int, str]:
    from model.circulaire import VOORBEELDEN, lees_editie
    edities: dict[int, str] = {}
    if data is None:
        return edities
    if not isinstance(data, dict):
        b.append(Bevinding(FOUT, f"De circulaire-edities in {bron} zijn geen tabel van jaar naar editie.",
                           blad=BLAD_CIRCULAIRE))
        return edities
    for jaar_tekst, tekst in data.items():
        editie = lees_editie(tekst) if isinstance(tekst, str) else None
        if editie is None or not str(jaar_tekst).isdigit():
            b.append(Bevinding(FOUT, f"Onbekende circulaire-editie {tekst!r} voor {jaar_tekst} in {bron}.",
                               blad=BLAD_CIRCULAIRE, label="Editie", gevonden=str(tekst), verwacht=VOORBEELDEN))
            continue
        edities[int(jaar_tekst)] = editie.tekst
    return edities


def _eerdere_circulaires_uit_json(data: Any, bron: str, b: list[Bevinding]) -> list[CirculaireRij]:
    """The older circulaire rows of the JSON form (absent in files without history: none)."""
    from model.getallen import MAX_GETAL
    rijen: list[CirculaireRij] = []
    for item in data if isinstance(data, list) else ([] if data is None else [data]):
        try:
            jaar, editie = item["jaar"], lees_editie(item["editie"])
            bedragen = item["bedragen"]
            if isinstance(jaar, bool) or not isinstance(jaar, int) or editie is None or not isinstance(bedragen, dict) \
                    or any(k not in CIRCULAIREREEKSEN or isinstance(w, bool) or not isinstance(w, (int, float))
                           or not abs(w) <= MAX_GETAL for k, w in bedragen.items()):
                raise ValueError
        except (KeyError, TypeError, ValueError):
            b.append(Bevinding(FOUT, f"Ongeldige eerdere circulaire-rij in {bron}: {item!r}.", blad=BLAD_CIRCULAIRE,
                               verwacht="jaar, editie en bedragen per reeks"))
            continue
        rijen.append(CirculaireRij(jaar, editie.tekst, tuple((k, float(bedragen[k])) for k in CIRCULAIREREEKSEN
                                                             if k in bedragen)))
    return rijen


def lees_json(pad: Path | str) -> tuple[GemeenteInvoer | None, list[Bevinding]]:
    pad = Path(pad)
    try:
        data = json.loads(pad.read_text(encoding="utf-8"))
    except OSError as fout:
        return None, [Bevinding(FOUT, f"{pad.name} kan niet worden gelezen: {fout.strerror}.")]
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None, [Bevinding(FOUT, f"{pad.name} is geen geldig JSON-bestand.")]
    return uit_dict(data, pad.name)


def voorbeeldgemeente() -> GemeenteInvoer:
    """The Voorbeeldgemeente of INVOER §5, shipped as data."""
    from model.paden import resource_pad
    invoer, bevindingen = lees_json(resource_pad("voorbeeldgemeente.json"))
    if invoer is None:
        raise RuntimeError("meegeleverde Voorbeeldgemeente is ongeldig: " + "; ".join(x.melding for x in bevindingen))
    return invoer


