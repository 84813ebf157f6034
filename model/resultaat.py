"""The result of one calculation: lines per year plus everything needed to explain them.

UI, exports and the CLI read only this object; none of them computes a euro itself.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from model.herkomst import afhankelijkheden
from model.invoer import GemeenteInvoer
from model.regels import GROOTHEID, REGELS, Regel
from model.regios import Regio
from model.rekenregels.kern import Knoop

WAARSCHUWING, INFO = "waarschuwing", "info"
#: Statuses listed as assumptions in the annex (REKENREGELS §1, §7): an assumption, announced policy
#: not yet law, and a value changed in the scenario in view.
AANNAME_STATUSSEN = ("aanname", "voorgenomen", "scenario")


@dataclass(frozen=True)
class ParameterGebruik:
    sleutel: str
    jaar: int
    waarde: float
    status: str        # vastgesteld | afgeleid | aanname | voorgenomen | scenario
    label: str
    eenheid: str
    bron: str
    toelichting: str


@dataclass(frozen=True)
class Herkomst:
    """Why a figure is what it is: the rule, the parameters and inputs it used, circulaire or not."""

    regel: Regel
    jaar: int
    waarde: float
    parameters: tuple[ParameterGebruik, ...]
    invoervelden: tuple[str, ...]
    circulairejaren: tuple[tuple[str, int], ...]
    circulaire_gebruikt: bool   # the year's own circulaire amount determines the value


@dataclass(frozen=True)
class Waarschuwing:
    """A model finding (REKENREGELS §3, §7): a warning, or an info note on a filled or defaulted value."""

    code: str
    tekst: str
    regel: str | None = None
    jaren: tuple[int, ...] = ()
    ernst: str = WAARSCHUWING


@dataclass(frozen=True)
class Aansluiting:
    """Circulaire vs model for one line and year (REKENREGELS §7), model = estimate without that amount."""

    regel: str
    jaar: int
    circulaire: float
    model: float

    @property
    def verschil(self) -> float:
        return self.model - self.circulaire

    @property
    def verschil_pct(self) -> float | None:
        return None if self.circulaire == 0 else self.verschil / self.circulaire


@dataclass(frozen=True)
class Regiovergelijking:
    regio: Regio
    landelijk: Regio
    bron: str


@dataclass(frozen=True)
class Resultaat:
    """One calculation as plain, immutable data; safe to read from any number of threads.

    Besides the lines and intermediate quantities per year it holds the record of what each
    rule read (``knopen``) and every parameter value used; provenance is read from those by
    pure functions (:mod:`model.herkomst`), never by running a rule again.
    """

    gemeente: str
    parameterset: str
    scenario: str
    jaren: tuple[int, ...]
    regels: Mapping[str, tuple[float, ...]]
    details: Mapping[str, tuple[float | None, ...]]
    waarschuwingen: tuple[Waarschuwing, ...]
    aansluiting: tuple[Aansluiting, ...]
    leden: tuple[tuple[str, tuple[float | None, ...]], ...]   # (member, toegerekend per year; None: unknown)
    regiovergelijking: Regiovergelijking | None
    invoer: GemeenteInvoer
    knopen: Mapping[tuple[str, int], Knoop] = field(repr=False, compare=False)
    #: every parameter value the calculation read, (key, year) -> value
    parameterwaarden: Mapping[tuple[str, int], float] = field(repr=False, compare=False)
    #: the parameter set seen through the scenario (immutable): status, label and source of each value
    parameterbron: object = field(repr=False, compare=False)
    scenario_omschrijving: str = ""
    #: input series set equal to another in the scenario (e.g. gerealiseerd -> taakstelling)
    koppelingen: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), repr=False, compare=False)
    #: per line the years in which it cannot be computed (the toegerekend aandeel without a regional amount or key,
    #: REKENREGELS §4.5): the series holds the rule's placeholder 0 there, every view shows "onbekend"
    onbekend: Mapping[str, tuple[int, ...]] = field(default_factory=lambda: MappingProxyType({}), repr=False,
                                                    compare=False)

    # -- reading -----------------------------------------------------------------
    def reeks(self, sleutel: str) -> tuple[float, ...]:
        if sleutel in self.regels:
            return self.regels[sleutel]
        return self.details[sleutel]

    def getoond(self, sleutel: str) -> tuple[float | None, ...]:
        """The series as it is shown and exported: None in a year in which the line cannot be computed (an empty
        cell, "onbekend"), never the placeholder 0. Arithmetic reads :meth:`reeks`."""
        onbekend = self.onbekend.get(sleutel, ())
        reeks = self.reeks(sleutel)
        return tuple(None if j in onbekend else w for j, w in zip(self.jaren, reeks)) if onbekend else reeks

    def onbekend_tekst(self, sleutel: str) -> str:
        """Why the line is unknown: the model's own warning about it (REKENREGELS §4.5), or ""."""
        if not self.onbekend.get(sleutel):
            return ""
        regels = (sleutel, "impulsbudget_toegerekend") if sleutel == "ib_regio" else (sleutel,)
        return next((w.tekst for w in self.waarschuwingen if w.regel in regels and w.ernst != INFO),
                    "Dit bedrag kan niet worden berekend.")

    def waarde(self, sleutel: str, jaar: int) -> float:
        return self.reeks(sleutel)[self.jaren.index(jaar)]

    def label(self, sleutel: str) -> str:
        """The line's label as this gemeente sees it (doorbetaling for a non-receiving gemeente; the GR's bijdrage for
        a gemeente whose Wsw a gemeenschappelijke regeling carries out, when the bijdrage is given: REKENREGELS §4.6)."""
        via_gr = self.invoer.wsw_via_gr and bool(self.invoer.reeks("bijdrage_gr_wsw"))
        return GROOTHEID[sleutel].label_voor(self.invoer.ontvangt_impulsbudget, via_gr)

    def parameter(self, sleutel: str, jaar: int) -> float:
        """A parameter value as used in this calculation (scenario overrides applied)."""
        return self.parametergebruik(sleutel, jaar).waarde

    def parametergebruik(self, sleutel: str, jaar: int) -> ParameterGebruik:
        """A parameter value this calculation read, with its status (or "scenario"), label and source."""
        try:
            waarde = self.parameterwaarden[(sleutel, jaar)]
        except KeyError:
            raise KeyError(f"parameter {sleutel} {jaar} is in deze berekening niet gebruikt") from None
        bron = self.parameterbron
        p = bron.set.parameter(sleutel)
        return ParameterGebruik(sleutel, jaar, waarde, bron.status(sleutel, jaar), p.label, p.eenheid, p.bron,
                                p.toelichting)

    def grootheidswaarde(self, sleutel: str, jaar: int):
        """The value of any quantity the calculation computed (also outside the result's years)."""
        waarden = getattr(self.knopen, "waarden", None)
        return self.knopen[(sleutel, jaar)].waarde if waarden is None else waarden[(sleutel, jaar)]

    def knoop(self, sleutel: str, jaar: int) -> Knoop:
        """What the rule of ``sleutel`` in ``jaar`` read directly, with its value (the worked calculation)."""
        return self.knopen[(sleutel, jaar)]

    def herkomst(self, sleutel: str, jaar: int) -> Herkomst:
        """Provenance of a line or intermediate quantity in a year."""
        a = afhankelijkheden(self.knopen, sleutel, jaar)
        params = tuple(self.parametergebruik(*sj) for sj in sorted(a.parameters))
        return Herkomst(GROOTHEID[sleutel], jaar, self.knopen[(sleutel, jaar)].waarde, params,
                        tuple(sorted(a.invoer)), tuple(sorted(a.circulaire)), a.circulaire_direct)

    def _per_regel_jaar(self):
        for regel in REGELS:
            for jaar, waarde in zip(self.jaren, self.regels[regel.sleutel]):
                yield regel, jaar, waarde, afhankelijkheden(self.knopen, regel.sleutel, jaar)

    def gebruikte_parameters(self) -> dict[str, dict[int, ParameterGebruik]]:
        """Every parameter an output line depends on, with the values per year actually used."""
        gebruikt: dict[str, dict[int, ParameterGebruik]] = {}
        for _, _, _, a in self._per_regel_jaar():
            for s, j in a.parameters:
                perjaar = gebruikt.setdefault(s, {})
                if j not in perjaar:
                    perjaar[j] = self.parametergebruik(s, j)
        return {s: dict(sorted(v.items())) for s, v in sorted(gebruikt.items())}

    def aannames(self) -> list[tuple[ParameterGebruik, tuple[str, ...]]]:
        """Parameters with status aanname or voorgenomen, or changed in the scenario, that affect a non-zero line,
        with the lines they affect.

        One entry per parameter (its value in the first year it is used), REKENREGELS §7.
        """
        per_param: dict[str, tuple[ParameterGebruik, set[str]]] = {}
        for regel, _, waarde, a in self._per_regel_jaar():
            if waarde == 0:
                continue
            for s, j in sorted(a.parameters):
                gebruik = self.parametergebruik(s, j)
                if gebruik.status not in AANNAME_STATUSSEN:
                    continue
                if s not in per_param or j < per_param[s][0].jaar:
                    per_param[s] = (gebruik, per_param.get(s, (None, set()))[1])
                per_param[s][1].add(regel.sleutel)
        volgorde = {r.sleutel: i for i, r in enumerate(REGELS)}
        return [(g, tuple(sorted(r, key=volgorde.get))) for g, r in per_param.values()]

    def naar_json(self) -> dict:
        """The CLI's JSON form: exactly the keys of REKENREGELS §5, unrounded (always finite; null in a year in which
        the line cannot be computed, :attr:`onbekend`)."""
        return {
            "gemeente": self.gemeente,
            "parameterset": self.parameterset,
            "scenario": self.scenario,
            "jaren": list(self.jaren),
            "regels": {r.sleutel: list(self.getoond(r.sleutel)) for r in REGELS},   # null: cannot be computed
            "waarschuwingen": [w.tekst for w in self.waarschuwingen if w.ernst != INFO],
            "bevindingen": [{"ernst": w.ernst, "tekst": w.tekst} for w in self.waarschuwingen if w.ernst == INFO],
        }


def bevroren(d: Mapping) -> Mapping:
    return MappingProxyType(dict(d))
