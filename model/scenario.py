"""Scenarios as data (REKENREGELS §6): overrides, the shipped presets, and their JSON form.

An override is one of:

- ``parameter``: a parameter value for all years (``jaar`` None) or one year, or a
  ``factor`` that multiplies the set's value (used by the sensitivity analysis);
- ``invoer``: a gemeente input value (e.g. ``lks_percentage`` or ``wsw_uitstroom_pct``);
- ``reeks``: an input series, either explicit values per year (merged over the given years)
  or ``gelijk_aan`` another resolved series (``gerealiseerd`` = ``taakstelling``).

**Basis and the other scenarios (REKENREGELS §6, v2).** *Basis* is the parameter set plus the
gemeente's input plus the user's own edits to Basis ("Basis (aangepast)" once edited). Every
other scenario is Basis plus its own overrides (:meth:`Scenario.op_basis`): edits to Basis
move every scenario, except where the scenario overrides the same value, so "verschil t.o.v.
Basis" is always the scenario's own effect.

**Checked edits.** A parameter value outside the parameter's range, or an input value outside
its field's range, is refused with a Dutch sentence naming the range (:func:`controleer`);
a value inside the range but implausible asks for confirmation (:func:`twijfel`).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any, Mapping

from model.invoer import REEKS, VELD, GemeenteInvoer
from model.parameters import VERPLICHTE_SLEUTELS, ParameterSet

PARAMETER, INVOER, REEKS_SOORT = "parameter", "invoer", "reeks"
BASIS = "Basis"
BASIS_AANGEPAST = "Basis (aangepast)"
#: A value more than this factor away from the shipped value asks for confirmation.
TWIJFELFACTOR = 3
#: ... and a rate per year more than this many points from the shipped rate.
TWIJFELPUNTEN = 0.05
KOPPELBARE_REEKSEN = {"gerealiseerd": ("taakstelling",)}


class ScenarioFout(ValueError):
    """An override that cannot apply; the message is Dutch."""


@dataclass(frozen=True)
class Override:
    soort: str
    sleutel: str
    waarde: Any = None
    jaar: int | None = None
    factor: float | None = None
    waarden: Mapping[int, float] | None = None
    gelijk_aan: str | None = None

    def omschrijving(self) -> str:
        """A short Dutch description for lists in the app and the exports."""
        from model.opmaak import getal
        if self.soort == PARAMETER:
            wat = f"× {getal(self.factor, 2)}" if self.factor is not None else f"= {self.waarde}"
            return f"parameter {self.sleutel} {wat}" + (f" in {self.jaar}" if self.jaar else " (alle jaren)")
        if self.soort == INVOER:
            veld = VELD.get(self.sleutel)
            if veld is None:
                return f"{self.sleutel} = {self.waarde}"
            waarde = (("ja" if self.waarde else "nee") if veld.soort == "janee" else
                      _toon(self.waarde, veld.soort) if _is_getal(self.waarde) else self.waarde)
            return f"{veld.label} = {waarde}"
        reeks = REEKS.get(self.sleutel)
        naam = reeks.label if reeks else self.sleutel
        if self.gelijk_aan:
            ander = REEKS.get(self.gelijk_aan)
            return f"{naam} = {ander.label if ander else self.gelijk_aan} (elk jaar)"
        jaren = ", ".join(f"{j}: {getal(w, 2)}" for j, w in sorted((self.waarden or {}).items()))
        return f"{naam}: {jaren}"

    def naar_dict(self) -> dict:
        d: dict[str, Any] = {"soort": self.soort, "sleutel": self.sleutel}
        for naam in ("waarde", "jaar", "factor", "gelijk_aan"):
            if getattr(self, naam) is not None:
                d[naam] = getattr(self, naam)
        if self.waarden is not None:
            d["waarden"] = {str(j): w for j, w in sorted(self.waarden.items())}
        return d

    @classmethod
    def uit_dict(cls, d: Mapping) -> "Override":
        try:
            waarden = d.get("waarden")
            return cls(
                soort=str(d["soort"]), sleutel=str(d["sleutel"]), waarde=d.get("waarde"),
                jaar=None if d.get("jaar") is None else int(d["jaar"]),
                factor=None if d.get("factor") is None else float(d["factor"]),
                waarden=None if waarden is None else MappingProxyType({int(j): float(w) for j, w in waarden.items()}),
                gelijk_aan=d.get("gelijk_aan"),
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ScenarioFout(f"ongeldige scenario-aanpassing: {dict(d)!r}") from None


@dataclass(frozen=True)
class Scenario:
    naam: str
    omschrijving: str = ""
    overrides: tuple[Override, ...] = ()
    preset: bool = False

    def met_override(self, override: Override) -> "Scenario":
        """A copy with ``override`` replacing any earlier override of the same target."""
        doel = (override.soort, override.sleutel, override.jaar)
        rest = tuple(o for o in self.overrides if (o.soort, o.sleutel, o.jaar) != doel)
        return replace(self, overrides=rest + (override,), preset=False)

    @property
    def is_basis(self) -> bool:
        return self.naam == BASIS

    @property
    def weergavenaam(self) -> str:
        """"Basis (aangepast)" for an edited Basis; otherwise the name."""
        return BASIS_AANGEPAST if self.is_basis and self.overrides else self.naam

    def op_basis(self, basis: "Scenario | None") -> "Scenario":
        """This scenario on top of (an edited) Basis: Basis's overrides, then this scenario's own,
        which win where they set the same value (REKENREGELS §6, v2)."""
        if basis is None or self.is_basis or not basis.overrides:
            return self
        eigen = {(o.soort, o.sleutel, o.jaar) for o in self.overrides}
        geerfd = tuple(o for o in basis.overrides if (o.soort, o.sleutel, o.jaar) not in eigen)
        return replace(self, overrides=geerfd + self.overrides)

    def naar_dict(self) -> dict:
        return {"naam": self.naam, "omschrijving": self.omschrijving,
                "overrides": [o.naar_dict() for o in self.overrides]}

    @classmethod
    def uit_dict(cls, d: Mapping) -> "Scenario":
        if not isinstance(d, Mapping) or not isinstance(d.get("naam"), str):
            raise ScenarioFout("een scenario heeft ten minste een naam nodig")
        return cls(naam=d["naam"], omschrijving=str(d.get("omschrijving", "")),
                   overrides=tuple(Override.uit_dict(o) for o in d.get("overrides", [])))


def presets() -> tuple[Scenario, ...]:
    """The six shipped scenarios of REKENREGELS §6."""
    return (
        Scenario(BASIS, "Geen aanpassingen: de parameterset en de invoer zoals ze zijn.", preset=True),
        Scenario("Wetswijziging forfaitaire LKS een jaar later",
                 "De forfaitaire LKS start in 2029; de tijdelijke ophoging loopt dan ook in 2028.",
                 (Override(PARAMETER, "lks_forfait_startjaar", 2029),), preset=True),
        Scenario("Taakstelling volledig gerealiseerd",
                 "Elk jaar werken er evenveel mensen in beschut werk als de taakstelling.",
                 (Override(REEKS_SOORT, "gerealiseerd", gelijk_aan="taakstelling"),), preset=True),
        Scenario("Verdeelmodel weegt realisatie zwaarder",
                 "Het nieuwe verdeelmodel weegt realisatie voor 75 % en positief advies voor 25 %.",
                 (Override(PARAMETER, "bw_gewicht_realisatie", 0.75),
                  Override(PARAMETER, "bw_gewicht_advies", 0.25)), preset=True),
        Scenario("Wsw-uitstroom sneller",
                 "Het aantal Wsw-SE daalt elk jaar met 8 % in plaats van de landelijke prognose.",
                 (Override(INVOER, "wsw_uitstroom_pct", 0.08),), preset=True),
        Scenario("Zonder loon- en prijsontwikkeling",
                 "Geen loon- en prijsbijstelling voor kosten en rijksbijdragen en geen indexatie van het "
                 "minimumloon: de raming in de prijzen van de laatst bekende bedragen.",
                 tuple(Override(PARAMETER, s, 0.0) for s in ("lpo", "lpo_rijk", "wml_indexatie")), preset=True),
    )


def preset(naam: str) -> Scenario:
    from model.tekst import normaliseer
    for s in presets():
        if normaliseer(s.naam) == normaliseer(naam):
            return s
    raise ScenarioFout(f"onbekend scenario '{naam}'; kies uit: " + ", ".join(s.naam for s in presets()))


# ---------------------------------------------------------------- applying a scenario

class ParametersMetScenario:
    """A parameter set seen through a scenario's parameter overrides."""

    def __init__(self, parameterset: ParameterSet, overrides: tuple[Override, ...] = ()):
        self.set = parameterset
        # absolute values and factors are kept apart: a factor multiplies the scenario's value
        self._waarde: dict[tuple[str, int | None], float] = {}
        self._factor: dict[tuple[str, int | None], float] = {}
        for o in overrides:
            if o.soort != PARAMETER:
                continue
            if o.sleutel not in VERPLICHTE_SLEUTELS:
                raise ScenarioFout(f"onbekende parameter '{o.sleutel}' in scenario")
            if o.factor is not None:
                self._factor[(o.sleutel, o.jaar)] = float(o.factor)
            else:
                controleer(o, parameterset)
                self._waarde[(o.sleutel, o.jaar)] = float(o.waarde)

    def value(self, sleutel: str, jaar: int, lees=None) -> float:
        """The value with the overrides applied; a derived year reads its inputs through ``lees``
        (default: this object), so an overridden indexation moves every series derived from it."""
        if not self.set.eerste_jaar <= jaar <= self.set.laatste_jaar:  # an uncovered year stays an error
            return self.set.value(sleutel, jaar)
        vast = self._waarde.get((sleutel, jaar), self._waarde.get((sleutel, None)))
        waarde = self.set.value(sleutel, jaar, lees or self.value) if vast is None else vast
        if not self._factor:
            return waarde
        return waarde * self._factor.get((sleutel, jaar), self._factor.get((sleutel, None), 1.0))

    def status(self, sleutel: str, jaar: int) -> str:
        return "scenario" if self.is_scenario(sleutel, jaar) else self.set.parameter(sleutel).status_in(jaar)

    def is_scenario(self, sleutel: str, jaar: int) -> bool:
        w, f = self._waarde, self._factor
        return (sleutel, jaar) in w or (sleutel, None) in w or (sleutel, jaar) in f or (sleutel, None) in f


# ---------------------------------------------------------------- checking an edit

def _is_fractie(eenheid: str) -> bool:
    return eenheid.startswith("fractie")


def bereik_tekst(laag: float, hoog: float, eenheid: str) -> str:
    """"tussen −5 % en 15 %" / "tussen 2025 en 2040" / "tussen 0 en 100.000" in Dutch notation."""
    return f"tussen {_toon(laag, eenheid)} en {_toon(hoog, eenheid)}"


def _is_getal(waarde: Any) -> bool:
    import math
    return isinstance(waarde, (int, float)) and not isinstance(waarde, bool) and math.isfinite(waarde)


def controleer(o: Override, parameterset: ParameterSet) -> None:
    """Refuse an override that cannot be right, with one Dutch sentence naming the range (REKENREGELS §6)."""
    if o.soort == PARAMETER:
        if o.sleutel not in parameterset:
            raise ScenarioFout(f"Onbekende parameter '{o.sleutel}'.")
        p = parameterset.parameter(o.sleutel)
        if o.jaar is not None and o.jaar not in parameterset.jaren:
            raise ScenarioFout(f"{p.label}: {o.jaar} ligt buiten de jaren van de parameterset "
                               f"({parameterset.eerste_jaar}–{parameterset.laatste_jaar}).")
        if o.factor is not None:
            if not _is_getal(o.factor):
                raise ScenarioFout(f"{p.label}: de factor is geen getal.")
            return
        if not _is_getal(o.waarde):
            raise ScenarioFout(f"{p.label}: {o.waarde!r} is geen getal.")
        if p.eenheid == "jaar" and float(o.waarde) != int(o.waarde):
            raise ScenarioFout(f"{p.label} moet een jaartal zijn.")
        if not p.in_bereik(float(o.waarde)):
            raise ScenarioFout(f"{p.label} moet {bereik_tekst(*p.bereik, p.eenheid)} liggen; "
                               f"{_toon(o.waarde, p.eenheid)} kan niet.")
    elif o.soort == INVOER:
        veld = VELD.get(o.sleutel)
        if veld is None or veld.sleutel in ("naam", "basisjaar"):
            raise ScenarioFout(f"'{o.sleutel}' is geen invoerwaarde die een scenario kan aanpassen.")
        if veld.soort in ("percentage", "getal", "euro", "geheel") and o.waarde is not None:
            if not _is_getal(o.waarde):
                raise ScenarioFout(f"{veld.label}: {o.waarde!r} is geen getal.")
            laag = veld.minimum if veld.minimum is not None else float("-inf")
            hoog = veld.maximum if veld.maximum is not None else float("inf")
            if not laag <= o.waarde <= hoog:
                raise ScenarioFout(f"{veld.label} moet {bereik_tekst(laag, hoog, veld.soort)} liggen; "
                                   f"{_toon(o.waarde, veld.soort)} kan niet.")


def _toon(waarde: Any, eenheid: str) -> str:
    """A value named in a message, as the user would type it: ``100 %``, ``2028``, ``12.485``, ``0,75``."""
    from model.opmaak import MIN, getal_exact, procent_exact
    if not _is_getal(waarde):
        return repr(waarde)
    if _is_fractie(eenheid) or eenheid == "percentage":
        return procent_exact(waarde)
    if eenheid == "jaar":
        return str(int(waarde)).replace("-", MIN)
    return getal_exact(int(waarde) if float(waarde).is_integer() else waarde)


def twijfel(o: Override, parameterset: ParameterSet) -> str | None:
    """A question when an allowed value is implausible (more than a factor 3 from the shipped value,
    or a fraction typed as 1 that means 100 %); None when the value is unremarkable."""
    if o.soort != PARAMETER or o.factor is not None or not _is_getal(o.waarde):
        return None
    p = parameterset.parameter(o.sleutel)
    from model.rekenregels.jaren import EERSTE_MODELJAAR
    jaar = o.jaar or max(EERSTE_MODELJAAR, parameterset.eerste_jaar)   # an edit for all years: the first model year
    meegeleverd = parameterset.value(o.sleutel, jaar)
    waarde = float(o.waarde)
    if _is_fractie(p.eenheid) and waarde >= 1 and meegeleverd < 0.5:
        return (f"{p.label} wordt {_toon(waarde, p.eenheid)}. Bedoelt u {_toon(waarde / 100, p.eenheid)}? "
                f"Een fractie typt u als 0,025 of 2,5 %.")
    if p.eenheid.endswith("per jaar"):   # a rate per year: far means more than 5 points away, sign may differ
        ver = abs(waarde - meegeleverd) > TWIJFELPUNTEN
    else:
        ver = p.eenheid != "jaar" and meegeleverd and waarde and not (
            1 / TWIJFELFACTOR <= waarde / meegeleverd <= TWIJFELFACTOR)
    if ver:
        afstand = "ver" if p.eenheid.endswith("per jaar") else "meer dan drie keer zo ver"
        return (f"{p.label} wordt {_toon(waarde, p.eenheid)}, {afstand} van de meegeleverde "
                f"waarde ({_toon(meegeleverd, p.eenheid)}). Klopt dat?")
    return None


def pas_invoer_aan(invoer: GemeenteInvoer, overrides: tuple[Override, ...]) -> tuple[GemeenteInvoer, dict[str, str]]:
    """The input with the scenario's input and series overrides; returns also the series links."""
    koppelingen: dict[str, str] = {}
    wijzigingen: dict[str, Any] = {}
    for o in overrides:
        if o.soort == INVOER:
            controleer(o, None)
            wijzigingen[o.sleutel] = o.waarde
        elif o.soort == REEKS_SOORT:
            if o.sleutel not in REEKS:
                raise ScenarioFout(f"onbekende reeks '{o.sleutel}' in scenario")
            if o.gelijk_aan is not None:
                if o.gelijk_aan not in KOPPELBARE_REEKSEN.get(o.sleutel, ()):
                    raise ScenarioFout(f"reeks '{o.sleutel}' kan niet gelijk worden gesteld aan '{o.gelijk_aan}'")
                koppelingen[o.sleutel] = o.gelijk_aan
            else:
                samen = dict(invoer.reeks(o.sleutel))
                samen.update(o.waarden or {})
                invoer = invoer.met_reeks(o.sleutel, samen)
        elif o.soort != PARAMETER:
            raise ScenarioFout(f"onbekende soort aanpassing '{o.soort}'")
    if wijzigingen:
        invoer = invoer.met(**wijzigingen)
    return invoer, koppelingen
