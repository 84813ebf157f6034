"""The result of one calculation: lines per year plus everything needed to explain them.

UI, exports and the CLI read only this object; none of them computes a euro itself.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from model.invoer import GemeenteInvoer
from model.regels import REGEL, REGELS, Regel
from model.regios import Regio


@dataclass(frozen=True)
class ParameterGebruik:
    sleutel: str
    jaar: int
    waarde: float
    status: str        # vastgesteld | afgeleid | aanname | scenario
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
    code: str
    tekst: str
    regel: str | None = None
    jaren: tuple[int, ...] = ()


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
    gemeente: str
    parameterset: str
    scenario: str
    jaren: tuple[int, ...]
    regels: Mapping[str, tuple[float, ...]]
    details: Mapping[str, tuple[float | None, ...]]
    waarschuwingen: tuple[Waarschuwing, ...]
    aansluiting: tuple[Aansluiting, ...]
    leden: tuple[tuple[str, tuple[float, ...]], ...]   # (member, toegerekend per year)
    regiovergelijking: Regiovergelijking | None
    invoer: GemeenteInvoer
    _kern: object = field(repr=False, compare=False)
    _spoorkern: dict = field(default_factory=dict, repr=False, compare=False)

    def _traced(self, sleutel: str, jaar: int):
        """Provenance is computed on demand by a tracing twin of the calculation."""
        kern = self._spoorkern.get("kern")
        if kern is None:
            from model.rekenregels import Rekenkern
            k = self._kern
            kern = self._spoorkern["kern"] = Rekenkern(k.invoer, k.parameters, k.koppelingen, spoor=True)
        kern.get(sleutel, jaar)
        return kern.spoor(sleutel, jaar)

    # -- reading -----------------------------------------------------------------
    def reeks(self, sleutel: str) -> tuple[float, ...]:
        if sleutel in self.regels:
            return self.regels[sleutel]
        return self.details[sleutel]

    def waarde(self, sleutel: str, jaar: int) -> float:
        return self.reeks(sleutel)[self.jaren.index(jaar)]

    def parameter(self, sleutel: str, jaar: int) -> float:
        """A parameter value as used in this calculation (scenario overrides applied)."""
        return self._kern.parameters.value(sleutel, jaar)

    def parametergebruik(self, sleutel: str, jaar: int) -> ParameterGebruik:
        bron = self._kern.parameters
        p = bron.set.parameter(sleutel)
        return ParameterGebruik(sleutel, jaar, bron.value(sleutel, jaar), bron.status(sleutel, jaar),
                                p.label, p.eenheid, p.bron, p.toelichting)

    def herkomst(self, sleutel: str, jaar: int) -> Herkomst:
        """Provenance of a line in a year (requires a calculation with tracing, the default)."""
        spoor = self._traced(sleutel, jaar)
        params = tuple(self.parametergebruik(s, j) for s, j in sorted(spoor.parameters))
        return Herkomst(REGEL[sleutel], jaar, self.waarde(sleutel, jaar), params,
                        tuple(sorted(spoor.invoer)), tuple(sorted(spoor.circulaire)), spoor.circulaire_direct)

    def gebruikte_parameters(self) -> dict[str, dict[int, ParameterGebruik]]:
        """Every parameter an output line depends on, with the values per year actually used."""
        gebruikt: dict[str, dict[int, ParameterGebruik]] = {}
        for regel in REGELS:
            for jaar in self.jaren:
                spoor = self._traced(regel.sleutel, jaar)
                for s, j in spoor.parameters:
                    gebruikt.setdefault(s, {})
                    if j not in gebruikt[s]:
                        gebruikt[s][j] = self.parametergebruik(s, j)
        return {s: dict(sorted(v.items())) for s, v in sorted(gebruikt.items())}

    def aannames(self) -> list[tuple[ParameterGebruik, tuple[str, ...]]]:
        """Parameters with status aanname that affect a non-zero line, with the lines they affect.

        One entry per parameter (its value in the first year it is used), REKENREGELS §7.
        """
        per_param: dict[str, tuple[ParameterGebruik, set[str]]] = {}
        for regel in REGELS:
            for jaar, waarde in zip(self.jaren, self.regels[regel.sleutel]):
                if waarde == 0:
                    continue
                spoor = self._traced(regel.sleutel, jaar)
                for s, j in sorted(spoor.parameters):
                    gebruik = self.parametergebruik(s, j)
                    if gebruik.status != "aanname":
                        continue
                    if s not in per_param:
                        per_param[s] = (gebruik, set())
                    per_param[s][1].add(regel.sleutel)
        volgorde = {r.sleutel: i for i, r in enumerate(REGELS)}
        return [(g, tuple(sorted(r, key=volgorde.get))) for g, r in per_param.values()]

    def naar_json(self) -> dict:
        """The CLI's JSON form: exactly the keys of REKENREGELS §5, unrounded."""
        return {
            "gemeente": self.gemeente,
            "parameterset": self.parameterset,
            "scenario": self.scenario,
            "jaren": list(self.jaren),
            "regels": {r.sleutel: list(self.regels[r.sleutel]) for r in REGELS},
            "waarschuwingen": [w.tekst for w in self.waarschuwingen],
        }


def bevroren(d: Mapping) -> Mapping:
    return MappingProxyType(dict(d))
