"""The verdeling of the regional impulsbudget over the members of the samenwerkingsverband (SAMENWERKING §1).

Per member its doelgroepenregister count, its key (the agreed Verdeelsleutel of sheet Samenwerkingsverband, or its
share of the list's count; :func:`model.invoer.ledensleutels` says which) and its amount per impulsbudget year. The
amounts are unrounded: regional amount × key / sum of the keys, so the rows add up to the regional amount (agreed keys
may sum to 100 % ± 0,01 point, INVOER; the note says when they were scaled). The receiving gemeente's reserve is shown
with the memo line *waarvan voor de deelnemende gemeenten* (``reserve_impulsbudget_leden``).

The regional amount and the reserve come from the same rules as the annex (:func:`model.berekening.reeksen`).
"""
from __future__ import annotations

from dataclasses import dataclass

from model.invoer import GemeenteInvoer, ledensleutels, verdeelsleutels
from model.tekst import normaliseer

#: the keys read from the rules for the verdeling
_SLEUTELS = ("ib_regio", "reserve_impulsbudget", "reserve_impulsbudget_leden")


@dataclass(frozen=True)
class Aandeel:
    """One member's row of the verdeling."""

    naam: str
    aantal: int
    sleutel: float          # the key as it counts (scaled to sum to 1 over the members)
    afgesproken: bool       # the agreed Verdeelsleutel (else the doelgroepenregister share)
    bedragen: tuple[float, ...]
    eigen: bool = False     # the gemeente whose input this is

    @property
    def totaal(self) -> float:
        return sum(self.bedragen)


@dataclass(frozen=True)
class Verdeling:
    gemeente: str
    ontvangt: bool
    doorbetalen: bool
    jaren: tuple[int, ...]
    regionaal: tuple[float, ...]
    leden: tuple[Aandeel, ...]
    #: the sum of the keys as entered (1 for counts; an agreed list may differ by 0,01 point)
    sleutelsom: float
    #: the receiving gemeente's reserve and the members' part of it (None for a member)
    reserve: tuple[float, ...] | None = None
    reserve_leden: tuple[float, ...] | None = None

    @property
    def afgesproken(self) -> bool:
        return bool(self.leden) and all(a.afgesproken for a in self.leden)

    @property
    def sleutelsoort(self) -> str:
        return "afgesproken verdeelsleutel" if self.afgesproken else "naar doelgroepenregister"

    @property
    def totaal(self) -> float:
        return sum(self.regionaal)

    def lid(self, naam: str) -> Aandeel | None:
        return next((a for a in self.leden if normaliseer(a.naam) == normaliseer(naam)), None)

    def noten(self) -> list[str]:
        """The notes under the table (Dutch)."""
        uit = ["Bedragen zijn onafgerond berekend (regionaal bedrag × sleutel) en afgerond weergegeven; de rijen "
               "tellen op tot het regionale bedrag, de laatste gemeente vangt geen afronding op."]
        if self.afgesproken:
            uit.append("Sleutel: de afgesproken verdeelsleutel van het blad Samenwerkingsverband.")
        else:
            uit.append("Sleutel: het aandeel van de gemeente in het doelgroepenregister van de ledenlijst.")
        if abs(self.sleutelsom - 1) > 1e-9:
            uit.append(f"De afgesproken sleutels tellen op tot {self.sleutelsom * 100:.3f} %".replace(".", ",")
                       + "; de bedragen zijn naar verhouding verdeeld, zodat zij optellen tot het regionale bedrag.")
        if self.reserve_leden is not None and not self.doorbetalen:
            uit.append("De ontvangende gemeente betaalt de aandelen niet door: een deel van haar bestemmingsreserve "
                       "is geld van de deelnemende gemeenten (waarvan voor de deelnemende gemeenten).")
        return uit


def impulsbudgetjaren(parameterset=None) -> tuple[int, ...]:
    """The years of the impulsbudget: those in which the national budget (ib_macro) is not 0."""
    from model.parameters import standaard_parameterset
    ps = parameterset or standaard_parameterset()
    return tuple(j for j in ps.jaren if ps.waarde("ib_macro", j) != 0)


def _gegevens(invoer: GemeenteInvoer, parameterset=None, scenario=None):
    """The keys, years and series of the verdeling, and why there is none ("" when there is one): the one check."""
    sleutels = verdeelsleutels(invoer)
    if not sleutels:
        return sleutels, (), {}, ("vul op het blad Samenwerkingsverband de deelnemende gemeenten met hun "
                                  "doelgroepenregister (of verdeelsleutel) in.")
    from model.berekening import reeksen
    from model.onbekend import REGIONAAL_INVULLEN
    jaren = impulsbudgetjaren(parameterset)
    waarden = reeksen(invoer, _SLEUTELS, parameterset, scenario, jaren[0], jaren[-1])
    if not any(waarden["ib_regio"]):
        return sleutels, jaren, waarden, "het regionale impulsbudget ontbreekt. " + REGIONAAL_INVULLEN
    return sleutels, jaren, waarden, ""


def geen_verdeling(invoer: GemeenteInvoer, parameterset=None, scenario=None) -> str:
    """Why this input has no verdeling, as the end of a Dutch sentence naming what is missing ("" when it has one)."""
    return _gegevens(invoer, parameterset, scenario)[3]


def verdeling(invoer: GemeenteInvoer, parameterset=None, scenario=None) -> Verdeling | None:
    """The verdeling of this input, or None without a member list (no keys) or without any regional amount.

    Raises :class:`model.berekening.BerekeningFout` when the rules cannot run (Dutch sentence).
    """
    sleutels, jaren, waarden, reden = _gegevens(invoer, parameterset, scenario)
    if reden:
        return None
    regionaal = waarden["ib_regio"]
    som = sum(s for _, s, _ in ledensleutels(invoer))
    aantallen = {l.gemeente: l.doelgroepenregister for l in invoer.samenwerkingsverband}
    eigen = normaliseer(invoer.naam)
    leden = tuple(Aandeel(naam, aantallen[naam], s, afgesproken, tuple(r * s for r in regionaal),
                          normaliseer(naam) == eigen)
                  for naam, s, afgesproken in sleutels)
    ontvangt = invoer.ontvangt_impulsbudget
    return Verdeling(invoer.naam, ontvangt, invoer.doorbetalen_aan_leden, jaren, regionaal, leden, som,
                     waarden["reserve_impulsbudget"] if ontvangt else None,
                     waarden["reserve_impulsbudget_leden"] if ontvangt else None)
