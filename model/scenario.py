"""Scenarios as data (REKENREGELS §6): overrides, the shipped presets, and their JSON form.

An override is one of:

- ``parameter``: a parameter value for all years (``jaar`` None) or one year, or a
  ``factor`` that multiplies the set's value (used by the sensitivity analysis);
- ``invoer``: a gemeente input value (e.g. ``lks_percentage`` or ``wsw_uitstroom_pct``);
- ``reeks``: an input series, either explicit values per year (merged over the given years)
  or ``gelijk_aan`` another resolved series (``gerealiseerd`` = ``taakstelling``);
- ``taakveld`` (v3): the taakveld of one output line (``sleutel`` the line's key, ``waarde`` the Iv3 code as text).
  It classifies the gemeente's begroting and changes no amount, so it is only ever an invoercorrectie of a
  project, never an assumption of a scenario (:meth:`Scenario.uit_dict` refuses it).

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
from collections.abc import Mapping
from typing import Any

from model.eenheden import eenheid_van, is_groeivoet
from model.getallen import MAX_GETAL
from model.invoer import (MAX_AANTAL, MAX_BEDRAG, MAX_JAAR, MIN_JAAR, NIET_NEGATIEF, REEKS, TWIJFELFACTOR, VELD,
                          GemeenteInvoer, valideer)
from model.parameters import VERPLICHTE_SLEUTELS, Parameterlezer, ParameterSet

PARAMETER, INVOER, REEKS_SOORT, TAAKVELD = "parameter", "invoer", "reeks", "taakveld"
BASIS = "Basis"
BASIS_AANGEPAST = "Basis (aangepast)"
#: ... and a rate per year more than this many points from the shipped rate.
TWIJFELPUNTEN = 0.05
KOPPELBARE_REEKSEN = {"gerealiseerd": ("taakstelling",)}
#: A motivering is a sentence or two for the annex, not a document.
MAX_MOTIVERING = 500
#: Characters of a text value (a region, a CBS code) an override may set.
MAX_TEKST = 200
#: Bounds of a scenario, the same for an edit, a scenario file and a project file.
MAX_NAAM = 200             # characters of a scenario name
MAX_OMSCHRIJVING = 5000    # characters of its description
MAX_AANPASSINGEN = 10_000  # overrides in one scenario
MAX_SCENARIOS = 1000       # scenarios in one project
MAX_AANPASSINGEN_PROJECT = 100_000   # overrides in all scenarios of a project together (reading stays seconds)


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
    #: why the value was changed (REKENREGELS §6; printed next to the change in the annex)
    motivering: str | None = None

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
        if self.soort == TAAKVELD:
            return f"Taakveld {_regellabel(self.sleutel)} = {self.waarde}"
        reeks = REEKS.get(self.sleutel)
        naam = reeks.label if reeks else self.sleutel
        if self.gelijk_aan:
            ander = REEKS.get(self.gelijk_aan)
            return f"{naam} = {ander.label if ander else self.gelijk_aan} (elk jaar)"
        jaren = ", ".join(f"{j}: {getal(w, 2)}" for j, w in sorted((self.waarden or {}).items()))
        return f"{naam}: {jaren}"

    def naar_dict(self) -> dict:
        d: dict[str, Any] = {"soort": self.soort, "sleutel": self.sleutel}
        for naam in ("waarde", "jaar", "factor", "gelijk_aan", "motivering"):
            if getattr(self, naam) is not None:
                d[naam] = getattr(self, naam)
        if self.waarden is not None:
            d["waarden"] = {str(j): w for j, w in sorted(self.waarden.items())}
        return d

    @classmethod
    def uit_dict(cls, d: Any) -> "Override":
        """An override from its JSON form, read as untrusted data: every field of the right kind for its
        ``soort`` (a yes/no stays ``True``/``False``, a text stays text), nothing that does not belong to it;
        else a :class:`ScenarioFout` with the short reason. Ranges are :func:`controleer`'s."""
        reden = _reden_ongeldig(d)
        if reden:
            raise ScenarioFout(reden)
        waarden = d.get("waarden")
        return cls(soort=d["soort"], sleutel=d["sleutel"], waarde=d.get("waarde"), jaar=d.get("jaar"),
                   factor=None if d.get("factor") is None else float(d["factor"]),
                   waarden=None if waarden is None else MappingProxyType({int(j): float(w) for j, w in waarden.items()}),
                   gelijk_aan=d.get("gelijk_aan"), motivering=d.get("motivering"))


#: The fields an override of each kind may have (besides ``soort`` and ``sleutel``).
_VELDEN_PER_SOORT = {PARAMETER: ("waarde", "jaar", "factor"), INVOER: ("waarde",), REEKS_SOORT: ("waarden", "gelijk_aan"),
                     TAAKVELD: ("waarde",)}


def _regellabel(sleutel: str) -> str:
    """An output line's Dutch label (the key itself when there is no such line)."""
    from model.regels import REGEL
    regel = REGEL.get(sleutel)
    return regel.label if regel is not None else _kort(sleutel)


def _is_getal_data(waarde: Any) -> bool:
    import math
    return isinstance(waarde, (int, float)) and not isinstance(waarde, bool) and math.isfinite(waarde)


def _reden_ongeldig(o: Any) -> str | None:
    """Why a stored override cannot be read (Dutch, short), or None. Kinds and finiteness only."""
    if not isinstance(o, Mapping) or not isinstance(o.get("sleutel"), str) or not isinstance(o.get("soort"), str):
        return "geen aanpassing"
    soort, sleutel = o["soort"], _kort(o["sleutel"])
    if soort not in _VELDEN_PER_SOORT:
        return f"onbekende soort {_kort(soort)}"
    vreemd = [k for k, w in o.items()
              if k not in ("soort", "sleutel", "motivering", *_VELDEN_PER_SOORT[soort]) and w is not None]
    motivering = o.get("motivering")
    if motivering is not None and (not isinstance(motivering, str) or len(motivering) > MAX_MOTIVERING):
        return f"de motivering is geen tekst van hoogstens {MAX_MOTIVERING} tekens"
    if vreemd:
        return f"{_kort(vreemd[0])} hoort niet bij een aanpassing van de soort {soort}"
    if soort == PARAMETER:
        jaar, waarde, factor = o.get("jaar"), o.get("waarde"), o.get("factor")
        if jaar is not None and not _is_geheel(jaar):   # the years themselves are controleer's
            return f"jaar {_kort(jaar)} is geen jaartal"
        if (waarde is None) == (factor is None):
            return f"parameter {sleutel} heeft precies één waarde of factor nodig"
        if not _is_getal_data(factor if waarde is None else waarde):
            return f"parameter {sleutel} heeft geen eindig getal als waarde"
        return None
    if soort == INVOER:
        veld = VELD.get(o["sleutel"])
        if veld is None or veld.sleutel in ("naam", "basisjaar"):
            return f"{sleutel} is geen invoerwaarde die een scenario kan aanpassen"
        waarde = o.get("waarde")
        if waarde is None:
            return None
        if veld.soort in ("tekst", "cbs", "regio"):
            return None if isinstance(waarde, str) else f"{veld.label} moet tekst zijn"
        if veld.soort == "janee":
            return None if isinstance(waarde, bool) else f"{veld.label} moet ja of nee zijn (true of false)"
        if not _is_getal_data(waarde):
            return f"{veld.label} heeft geen eindig getal als waarde"
        if veld.soort in ("jaar", "geheel") and waarde != int(waarde):
            return f"{veld.label} moet een geheel getal zijn"
        return None
    if soort == TAAKVELD:
        from model.regels import TAAKVELDREGELS
        if o["sleutel"] not in TAAKVELDREGELS:
            return f"{sleutel} is geen regel met een taakveld"
        return None if isinstance(o.get("waarde"), str) else f"het taakveld van {_regellabel(o['sleutel'])} moet tekst zijn"
    if o["sleutel"] not in REEKS:
        return f"onbekende reeks {sleutel}"
    gelijk, waarden = o.get("gelijk_aan"), o.get("waarden")
    if gelijk is not None:
        if waarden is not None or gelijk not in KOPPELBARE_REEKSEN.get(o["sleutel"], ()):
            return f"reeks {sleutel} kan niet gelijk aan {_kort(gelijk)}"
        return None
    if not isinstance(waarden, Mapping) or not waarden:
        return f"reeks {sleutel} heeft geen waarden per jaar"
    for j, w in waarden.items():
        if not (isinstance(j, str) and j.isdigit() and len(j) == 4 and MIN_JAAR <= int(j) <= MAX_JAAR) \
                or not _is_getal_data(w):
            return f"reeks {sleutel}: {_kort(j)} → {_kort(w)} is geen jaar van {MIN_JAAR}–{MAX_JAAR} met een eindig getal"
    return None


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
        geerfd = tuple(rest for o in basis.overrides if (rest := _niet_gedekt(o, self.overrides)) is not None)
        return replace(self, overrides=geerfd + self.overrides)

    def naar_dict(self) -> dict:
        return {"naam": self.naam, "omschrijving": self.omschrijving,
                "overrides": [o.naar_dict() for o in self.overrides]}

    @classmethod
    def uit_dict(cls, d: Any) -> "Scenario":
        """A scenario from its JSON form, read as untrusted data (a scenario file, a project file): a name
        of at most :data:`MAX_NAAM` characters, a text description, at most :data:`MAX_AANPASSINGEN`
        overrides each read by :meth:`Override.uit_dict`; else a :class:`ScenarioFout` saying what is wrong."""
        if not isinstance(d, Mapping) or not isinstance(d.get("naam"), str) or not d["naam"].strip():
            raise ScenarioFout("een scenario heeft ten minste een naam nodig")
        naam = d["naam"]
        if len(naam) > MAX_NAAM:
            raise ScenarioFout(f"de naam van een scenario is hoogstens {MAX_NAAM} tekens ({len(naam)} tekens)")
        omschrijving = d.get("omschrijving", "")
        if not isinstance(omschrijving, str) or len(omschrijving) > MAX_OMSCHRIJVING:
            raise ScenarioFout(f"de omschrijving van scenario '{_kort_tekst(naam)}' is geen tekst van hoogstens "
                               f"{MAX_OMSCHRIJVING} tekens")
        ruw = d.get("overrides", [])
        if not isinstance(ruw, list) or len(ruw) > MAX_AANPASSINGEN:
            raise ScenarioFout(f"de aanpassingen in scenario '{_kort_tekst(naam)}' zijn geen lijst van hoogstens "
                               f"{MAX_AANPASSINGEN} aanpassingen")
        overrides = []
        for j, o in enumerate(ruw, start=1):
            try:
                overrides.append(Override.uit_dict(o))
                if overrides[-1].soort == TAAKVELD:
                    raise ScenarioFout("een taakveld is een invoercorrectie van het project en hoort niet in een scenario")
            except ScenarioFout as fout:
                raise ScenarioFout(f"aanpassing {j} in scenario '{_kort_tekst(naam)}' is ongeldig ({fout})") from None
        return cls(naam=naam, omschrijving=omschrijving, overrides=tuple(overrides))


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

    def value(self, sleutel: str, jaar: int, lezer=None) -> float:
        """The value with the overrides applied; a derived year reads its inputs through ``lezer``
        (default: this object), so an overridden indexation moves every series derived from it."""
        if not self.set.eerste_jaar <= jaar <= self.set.laatste_jaar:  # an uncovered year stays an error
            return self.set.value(sleutel, jaar)
        vast = self._waarde.get((sleutel, jaar), self._waarde.get((sleutel, None)))
        waarde = (self.set.value(sleutel, jaar, lezer or Parameterlezer(self, self.set)) if vast is None else vast)
        if not self._factor or (vast is None and self.volgt_anker(sleutel, jaar)):
            return waarde   # a year derived from its anchor already carries the anchor's factor
        return waarde * self._factor.get((sleutel, jaar), self._factor.get((sleutel, None), 1.0))

    def volgt_anker(self, sleutel: str, jaar: int) -> bool:
        """Whether the year is derived from an anchor year of the same parameter (it carries the anchor's factor)."""
        p = self.set.parameter(sleutel)
        return p.afleiding is not None and p.afleiding.soort != "pad_indexatie" and jaar not in p.waarden

    def status(self, sleutel: str, jaar: int) -> str:
        return "scenario" if self.is_scenario(sleutel, jaar) else self.set.parameter(sleutel).status_in(jaar)

    def is_scenario(self, sleutel: str, jaar: int) -> bool:
        w, f = self._waarde, self._factor
        return (sleutel, jaar) in w or (sleutel, None) in w or (sleutel, jaar) in f or (sleutel, None) in f


# ---------------------------------------------------------------- checking an edit

def _is_fractie(eenheid: str) -> bool:
    """A unit shown as a percentage: a parameter's ``fractie…`` or an input field's ``percentage``."""
    return eenheid_van(eenheid).is_procent


def bereik_tekst(laag: float, hoog: float, eenheid: str) -> str:
    """"tussen −5 % en 15 %" / "tussen 2025 en 2040" / "tussen 0 en 100.000" in Dutch notation."""
    return f"tussen {_toon(laag, eenheid)} en {_toon(hoog, eenheid)}"


def _is_getal(waarde: Any) -> bool:
    import math
    return isinstance(waarde, (int, float)) and not isinstance(waarde, bool) and math.isfinite(waarde)


#: A factor on a parameter (the sensitivity uses 0,9 and 1,1) lies in this range.
FACTOR_BEREIK = (0.0, 10.0)


def controleer(o: Override, parameterset: ParameterSet | None) -> None:
    """Refuse an override that cannot be right, with one Dutch sentence naming the range (REKENREGELS §6).

    The one set of rules for an edit in the app, a ``--zet``, a scenario file and a project file:
    the kind of every value (a yes/no is ``True``/``False``, a text is text, never a number), its range,
    and for a series the years (:data:`model.invoer.MIN_JAAR` … :data:`model.invoer.MAX_JAAR`) and
    finite values no larger than a workbook may hold. ``parameterset`` may be None for input overrides."""
    if o.soort == PARAMETER:
        if parameterset is None or o.sleutel not in parameterset:
            raise ScenarioFout(f"Onbekende parameter '{o.sleutel}'.")
        p = parameterset.parameter(o.sleutel)
        if o.jaar is not None and (not _is_geheel(o.jaar) or o.jaar not in parameterset.jaren):
            raise ScenarioFout(f"{p.label}: {o.jaar} ligt buiten de jaren van de parameterset "
                               f"({parameterset.eerste_jaar}–{parameterset.laatste_jaar}).")
        if (o.waarde is None) == (o.factor is None):
            raise ScenarioFout(f"{p.label}: een aanpassing heeft precies één waarde of factor nodig.")
        if o.factor is not None:
            if not _is_getal(o.factor):
                raise ScenarioFout(f"{p.label}: de factor is geen getal.")
            if not FACTOR_BEREIK[0] <= o.factor <= FACTOR_BEREIK[1]:
                raise ScenarioFout(f"{p.label}: de factor moet {bereik_tekst(*FACTOR_BEREIK, 'getal')} liggen; "
                                   f"{_toon(o.factor, 'getal')} kan niet.")
            return
        if not _is_getal(o.waarde):
            raise ScenarioFout(f"{p.label}: {_kort(o.waarde)} is geen getal.")
        if p.eenheid == "jaar" and float(o.waarde) != int(o.waarde):
            raise ScenarioFout(f"{p.label} moet een jaartal zijn.")
        if not p.in_bereik(float(o.waarde)):
            raise ScenarioFout(f"{p.label} moet {bereik_tekst(*p.bereik, p.eenheid)} liggen; "
                               f"{_toon(o.waarde, p.eenheid)} kan niet.")
    elif o.soort == INVOER:
        veld = VELD.get(o.sleutel)
        if veld is None or veld.sleutel in ("naam", "basisjaar"):
            raise ScenarioFout(f"{_kort(o.sleutel)} is geen invoerwaarde die een scenario kan aanpassen.")
        if o.waarde is None:
            return
        if veld.soort == "janee":
            if not isinstance(o.waarde, bool):
                raise ScenarioFout(f"{veld.label} moet ja of nee zijn; {_kort(o.waarde)} kan niet.")
        elif veld.soort in ("tekst", "cbs", "regio"):
            if not isinstance(o.waarde, str):
                raise ScenarioFout(f"{veld.label} is tekst en wordt niet op een getal gezet; {_kort(o.waarde)} kan niet.")
            _controleer_tekstveld(veld, o.waarde)
        else:
            if not _is_getal(o.waarde):
                raise ScenarioFout(f"{veld.label}: {_kort(o.waarde)} is geen getal.")
            if veld.soort in ("geheel", "jaar") and float(o.waarde) != int(o.waarde):
                raise ScenarioFout(f"{veld.label} moet een geheel getal zijn; {_toon(o.waarde, 'getal')} kan niet.")
            laag = veld.minimum if veld.minimum is not None else -MAX_GETAL
            hoog = veld.maximum if veld.maximum is not None else (MAX_BEDRAG if veld.soort == "euro" else MAX_GETAL)
            if not laag <= o.waarde <= hoog:
                raise ScenarioFout(f"{veld.label} moet {bereik_tekst(laag, hoog, veld.soort)} liggen; "
                                   f"{_toon(o.waarde, veld.soort)} kan niet.")
    elif o.soort == REEKS_SOORT:
        reeks = REEKS.get(o.sleutel)
        if reeks is None:
            raise ScenarioFout(f"Onbekende reeks '{_kort(o.sleutel)}'.")
        if o.gelijk_aan is not None:
            if o.waarden is not None or o.gelijk_aan not in KOPPELBARE_REEKSEN.get(o.sleutel, ()):
                raise ScenarioFout(f"{reeks.label} kan niet gelijk worden gesteld aan '{_kort(o.gelijk_aan)}'.")
            return
        if not isinstance(o.waarden, Mapping) or not o.waarden:
            raise ScenarioFout(f"{reeks.label}: een aanpassing heeft waarden per jaar nodig.")
        hoog = MAX_BEDRAG if reeks.soort == "euro" else MAX_AANTAL
        for jaar, waarde in o.waarden.items():
            if not _is_geheel(jaar) or not MIN_JAAR <= jaar <= MAX_JAAR:
                raise ScenarioFout(f"{reeks.label}: jaar {_kort(jaar)} ligt buiten {MIN_JAAR}–{MAX_JAAR}.")
            if not _is_getal(waarde):
                raise ScenarioFout(f"{reeks.label} {jaar}: {_kort(waarde)} is geen getal.")
            laag = 0 if reeks.sleutel in NIET_NEGATIEF else -hoog
            if not laag <= waarde <= hoog:
                raise ScenarioFout(f"{reeks.label} {jaar} moet {bereik_tekst(laag, hoog, reeks.soort)} liggen; "
                                   f"{_toon(waarde, reeks.soort)} kan niet.")
    elif o.soort == TAAKVELD:
        from model.regels import TAAKVELDREGELS, taakveldfout
        reden = taakveldfout(o.sleutel, o.waarde)
        if reden:
            raise ScenarioFout(f"Taakveld van {_regellabel(o.sleutel)}: {reden}." if o.sleutel in TAAKVELDREGELS
                               else f"{_regellabel(o.sleutel)}: {reden}.")
    else:
        raise ScenarioFout(f"Onbekende soort aanpassing '{_kort(o.soort)}'.")


def _controleer_tekstveld(veld, waarde: str) -> None:
    from model.regios import ARBEIDSMARKTREGIOS, bedoelde_regio, zoek_regio
    if len(waarde) > MAX_TEKST:
        raise ScenarioFout(f"{veld.label} is te lang ({len(waarde)} tekens; hoogstens {MAX_TEKST}).")
    if veld.soort == "regio" and zoek_regio(waarde) is None:
        bedoeld = bedoelde_regio(waarde)
        raise ScenarioFout(f"Arbeidsmarktregio '{_kort(waarde)}' is onbekend"
                           + (f"; bedoelt u '{bedoeld}'?" if bedoeld else
                              f"; kies een van de {len(ARBEIDSMARKTREGIOS)} arbeidsmarktregio's."))
    if veld.soort == "cbs":
        code = waarde.strip().upper()
        if not (len(code) == 6 and code.startswith("GM") and code[2:].isdigit()):
            raise ScenarioFout(f"CBS-code '{_kort(waarde)}' heeft niet de vorm GM + vier cijfers.")


def _is_geheel(waarde: Any) -> bool:
    return isinstance(waarde, int) and not isinstance(waarde, bool)


def _kort(waarde: Any) -> str:
    """A value named in a refusal, never longer than a line."""
    tekst = repr(waarde) if not isinstance(waarde, str) else f"'{waarde}'" if len(waarde) <= 40 else f"'{waarde[:40]}…'"
    return tekst if len(tekst) <= 60 else tekst[:60] + "…"


def _kort_tekst(tekst: str) -> str:
    return tekst if len(tekst) <= 60 else tekst[:60] + "…"


def controleer_scenario(s: "Scenario", invoer: GemeenteInvoer, parameterset: ParameterSet) -> None:
    """Refuse a whole scenario as the project reader does: every override by :func:`controleer`, and the
    input as the scenario changes it by the workbook's own rules (:func:`model.invoer.valideer`).
    The ScenarioFout's message is the first problem; ``bevindingen`` (attribute) all errors of the input."""
    for o in s.overrides:
        controleer(o, parameterset)
    effectief, _ = pas_invoer_aan(invoer, s.overrides)
    fouten = [b for b in valideer(effectief) if b.is_fout]
    if fouten:
        fout = ScenarioFout(fouten[0].melding.rstrip("."))
        fout.bevindingen = fouten
        raise fout


def _toon(waarde: Any, eenheid: str) -> str:
    """A value named in a message, as the user would type it: ``100 %``, ``2028``, ``12.485``, ``0,75``."""
    from model.opmaak import MIN, getal_exact, procent_exact
    if not _is_getal(waarde):
        return _kort(waarde)
    if abs(waarde) >= 1e15:   # never a row of a hundred digits: 1,0 × 10^300
        mantisse, exponent = f"{float(waarde):.1e}".split("e")
        return f"{mantisse.replace('.', ',').replace('-', MIN)} × 10^{int(exponent)}"
    if _is_fractie(eenheid):
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
    groeivoet = is_groeivoet(p.eenheid)
    if groeivoet:   # a rate per year: far means more than 5 points away, sign may differ
        ver = abs(waarde - meegeleverd) > TWIJFELPUNTEN
    else:
        ver = p.eenheid != "jaar" and meegeleverd and waarde and not (
            1 / TWIJFELFACTOR <= waarde / meegeleverd <= TWIJFELFACTOR)
    if ver:
        afstand = "ver" if groeivoet else "meer dan drie keer zo ver"
        return (f"{p.label} wordt {_toon(waarde, p.eenheid)}, {afstand} van de meegeleverde "
                f"waarde ({_toon(meegeleverd, p.eenheid)}). Klopt dat?")
    return None


def pas_invoer_aan(invoer: GemeenteInvoer, overrides: tuple[Override, ...]) -> tuple[GemeenteInvoer, dict[str, str]]:
    """The input with the scenario's input, series and taakveld overrides; returns also the series links."""
    koppelingen: dict[str, str] = {}
    wijzigingen: dict[str, Any] = {}
    taakvelden: dict[str, str] = {}
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
                controleer(o, None)
                samen = dict(invoer.reeks(o.sleutel))
                samen.update(o.waarden or {})
                invoer = invoer.met_reeks(o.sleutel, samen)
        elif o.soort == TAAKVELD:   # the gemeente's own choice, on top of its sheet Classificatie
            controleer(o, None)
            taakvelden[o.sleutel] = o.waarde
        elif o.soort != PARAMETER:
            raise ScenarioFout(f"onbekende soort aanpassing '{o.soort}'")
    if taakvelden:
        wijzigingen["taakvelden"] = MappingProxyType(dict(sorted({**invoer.taakvelden, **taakvelden}.items())))
    if wijzigingen:
        invoer = invoer.met(**wijzigingen)
    return invoer, koppelingen


def _niet_gedekt(o: Override, eigen: tuple[Override, ...]) -> Override | None:
    """What of Basis's override ``o`` a scenario with overrides ``eigen`` still takes over (REKENREGELS §6): nothing
    where the scenario sets the same value. A scenario's value for all years covers Basis's value of any year; a
    value for one year (a parameter, a series year) covers only that year."""
    for e in eigen:
        if e.soort != o.soort or e.sleutel != o.sleutel:
            continue
        if o.soort == PARAMETER:
            if e.jaar is None or e.jaar == o.jaar:
                return None
        elif o.soort == REEKS_SOORT and o.waarden is not None and e.waarden is not None:
            over = {j: w for j, w in o.waarden.items() if j not in e.waarden}
            if not over:
                return None
            o = replace(o, waarden=MappingProxyType(over))
        else:   # an input field, or a series linked to another: the scenario's own replaces it
            return None
    return o
