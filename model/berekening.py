"""Run the funding model for one gemeente, parameter set and scenario -> :class:`Resultaat`."""
from __future__ import annotations

import math
from types import MappingProxyType

from model.controles import aansluiting, regiovergelijking, waarschuwingen
from model.invoer import GemeenteInvoer
from model.parameters import ParameterFout, ParameterSet, standaard_parameterset
from model.regels import SLEUTELS, TUSSENSLEUTELS
from model.rekenregels import Rekenkern
from model.rekenregels.kern import Onberekenbaar, onberekenbaar_tekst
from model.rekenregels.jaren import EERSTE_MODELJAAR, begrotingsjaren, jarenfout
from model.resultaat import Resultaat, bevroren
from model.scenario import BASIS, ParametersMetScenario, Scenario, pas_invoer_aan
from model.onbekend import regionaal_onbekend, toegerekend_onbekend


class BerekeningFout(ValueError):
    """The calculation cannot run (years out of range, uncovered parameter year); Dutch message."""


def standaardjaren(invoer: GemeenteInvoer) -> tuple[int, int]:
    """The begroting horizon: basisjaar … basisjaar + 3."""
    return begrotingsjaren(invoer.basisjaar)


def _kern(invoer: GemeenteInvoer, parameterset: ParameterSet | None, scenario: Scenario | None,
          van: int | None, tot: int | None) -> tuple[Rekenkern, tuple[int, ...], ParameterSet, Scenario]:
    """Validate the year range, apply the scenario and build the evaluation core."""
    parameterset = parameterset or standaard_parameterset()
    scenario = scenario or Scenario(BASIS)
    eerste, laatste = standaardjaren(invoer)
    van = eerste if van is None else van
    tot = laatste if tot is None else tot
    fout = jarenfout(van, tot)
    if fout:
        raise BerekeningFout(fout)
    for jaar in (EERSTE_MODELJAAR, tot, invoer.basisjaar):
        if jaar not in parameterset.jaren:
            raise ParameterFout(f"geen parameterwaarde voor {jaar} (parameterset {parameterset.id} "
                                f"loopt van {parameterset.eerste_jaar} tot en met {parameterset.laatste_jaar})")
    parameters = ParametersMetScenario(parameterset, scenario.overrides)
    effectief, koppelingen = pas_invoer_aan(invoer, scenario.overrides)
    kern = Rekenkern(effectief, parameters, koppelingen)
    return kern, tuple(range(van, tot + 1)), parameterset, scenario


def reeksen(invoer: GemeenteInvoer, sleutels: tuple[str, ...], parameterset: ParameterSet | None = None,
            scenario: Scenario | None = None, van: int | None = None, tot: int | None = None) -> dict[str, tuple]:
    """Only the named quantities per year, without provenance: the lean path for the sensitivity analysis."""
    kern, jaren, _, _ = _kern(invoer, parameterset, scenario, van, tot)
    try:
        uit = {s: tuple(kern.get(s, j) for j in jaren) for s in sleutels}
    except Onberekenbaar as fout:
        raise BerekeningFout(str(fout)) from None
    _eindig(jaren, uit)
    return uit


def bereken_kolommen(invoer: GemeenteInvoer, sleutels: tuple[str, ...], kolommen, parameterset: ParameterSet | None = None,
                     scenario: Scenario | None = None, van: int | None = None, tot: int | None = None):
    """The named quantities per year over many columns at once (:mod:`model.evaluatie.reeksen`).

    Returns ``(jaren, {key: array of shape (columns, years)})``: the sensitivity's variations and the
    bandbreedte's draws through the same rules as :func:`bereken`.
    """
    import numpy as np
    from model.evaluatie.reeksen import Reeksen, als_reeks
    kern, jaren, _, _ = _kern(invoer, parameterset, scenario, van, tot)
    reeks = Reeksen(kern.invoer, kern.parameters, kern.koppelingen, kolommen)
    try:
        uit = {s: np.stack([als_reeks(reeks.get(s, j), kolommen.n) for j in jaren], axis=1) for s in sleutels}
    except Onberekenbaar as fout:
        raise BerekeningFout(str(fout)) from None
    for s, w in uit.items():
        if not np.isfinite(w).all():
            kolom, i = np.argwhere(~np.isfinite(w))[0]
            raise BerekeningFout(onberekenbaar_tekst(s, jaren[i]))
    return jaren, uit


def _eindig(jaren: tuple[int, ...], *reeksen: dict) -> None:
    """An overflow to infinity (no exception in float arithmetic) is refused too, naming the first such figure."""
    for r in reeksen:
        for sleutel, waarden in r.items():
            for jaar, w in zip(jaren, waarden):
                if w is not None and not math.isfinite(w):
                    raise BerekeningFout(onberekenbaar_tekst(sleutel, jaar))


def bereken(invoer: GemeenteInvoer, parameterset: ParameterSet | None = None, scenario: Scenario | None = None,
            van: int | None = None, tot: int | None = None, controles: bool = True) -> Resultaat:
    """Calculate every line of REKENREGELS §5 for ``van``…``tot`` (default basisjaar … +3).

    ``controles=False`` skips the findings and the circulaire reconciliation. The result is
    immutable data with the record of what every rule read, so its provenance can be read from
    any thread without calculating again.
    """
    kern, jaren, parameterset, scenario = _kern(invoer, parameterset, scenario, van, tot)
    try:
        regels = {s: tuple(kern.get(s, j) for j in jaren) for s in SLEUTELS}
        details = {s: tuple(kern.get(s, j) for j in jaren) for s in TUSSENSLEUTELS}
        gevonden = tuple(waarschuwingen(kern, jaren)) if controles else ()
        aansluitingen = tuple(aansluiting(kern, jaren)) if controles else ()
        leden = ledenverdeling(kern, jaren)
        onbekend = {"impulsbudget_toegerekend": toegerekend_onbekend(kern, jaren),
                    "ib_regio": tuple(j for j in jaren if regionaal_onbekend(kern, j))}
    except Onberekenbaar as fout:   # never a non-finite number in a result (and so in any output)
        raise BerekeningFout(str(fout)) from None
    _eindig(jaren, regels, details)
    knopen = kern.knopen()
    return Resultaat(
        gemeente=invoer.naam,
        parameterset=parameterset.id,
        scenario=scenario.weergavenaam,   # "Basis (aangepast)" when Basis is edited
        jaren=jaren,
        regels=bevroren(regels),
        details=bevroren(details),
        waarschuwingen=gevonden,
        aansluiting=aansluitingen,
        leden=leden,
        onbekend=bevroren(onbekend),
        regiovergelijking=regiovergelijking(kern.invoer),
        invoer=kern.invoer,
        knopen=knopen,
        parameterwaarden=MappingProxyType(knopen.parameterwaarden),
        parameterbron=kern.parameters,
        scenario_omschrijving=scenario.omschrijving,
        koppelingen=bevroren(kern.koppelingen),
    )


def ledenverdeling(kern: Rekenkern, jaren: tuple[int, ...]) -> tuple[tuple[str, tuple[float | None, ...]], ...]:
    """Each member's part of the regional impulsbudget by its key (agreed or by count, :func:`model.invoer.verdeelsleutels`); the
    parts sum to the regional amount. None in a year whose regional amount is unknown (never a silent 0)."""
    from model.invoer import verdeelsleutels
    sleutels = verdeelsleutels(kern.invoer)
    if not sleutels:
        return ()
    regio = [None if regionaal_onbekend(kern, j) else kern.get("ib_regio", j) for j in jaren]
    return tuple((naam, tuple(None if r is None else r * s for r in regio)) for naam, s, _ in sleutels)
