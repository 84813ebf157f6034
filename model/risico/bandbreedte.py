"""The bandbreedte (RISICO §3): the whole model over the uncertain assumptions' distributions.

All draws are evaluated at once by the array evaluator (:func:`model.berekening.bereken_kolommen`,
:mod:`model.evaluatie.reeksen`): the same rule definitions as ``bereken``, a column per draw. The
distributions are shipped data (``resources/risicoregister.toml``, section ``onzekerheid``); a
bound left out means "the value in use" in the scenario in view, so :func:`ingeklapt` collapses
every distribution to the value in use and the bandbreedte then equals ``bereken``.

Each assumption gets one uniform number per draw, turned into its value by the inverse of its
distribution; a parameter whose value in use differs per year is moved year by year with that
same number (a high draw is high in every year).

The Wsw: ``wsw_uitstroom_pct`` is uniform between the prognosis path and 8 % per year. The rule
(``model/rekenregels/wsw.py``) follows the prognosis when that field is empty and a fixed outflow
otherwise, a choice over the structure of the input; so for the draws the prognosis path is
approximated by its own average yearly outflow, derived from ``wsw_volume_actueel`` between the
basisjaar and the last year of the bandbreedte, as the lower bound.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Mapping

import numpy as np

from model.risico.register import RisicoFout, onzekerheden_data

PERCENTIELEN = (5, 25, 50, 75, 95)
SLEUTELS = ("saldo_na_bestemming", "structureel_saldo")
STANDAARD_TREKKINGEN = 2_000
IN_GEBRUIK = None
PROGNOSE = "prognose"
DRIEHOEK, UNIFORM, VERSCHUIVING = "driehoek", "uniform", "verschuiving"


@dataclass(frozen=True)
class Onzekerheid:
    sleutel: str
    doel: str                               # parameter | reeks | invoer
    verdeling: str                          # driehoek | uniform | verschuiving
    laag: float | str | None = IN_GEBRUIK   # None: the value in use; "prognose": the Wsw prognosis path
    top: float | None = IN_GEBRUIK
    hoog: float | None = IN_GEBRUIK
    verschuivingen: tuple[float, ...] = ()
    kansen: tuple[float, ...] = ()
    tegenhanger: str | None = None
    status: str = "aanname"

    def omschrijving(self) -> str:
        """The distribution in Dutch for the tables: ``driehoek (1 %, in gebruik, 4 %)``."""
        from model.opmaak import getal_exact, procent_exact

        def toon(w):
            if w is None:
                return "in gebruik"
            if w == PROGNOSE:
                return "prognosepad"
            return procent_exact(w) if self.doel != "reeks" else getal_exact(w)
        if self.verdeling == VERSCHUIVING:
            return "; ".join(f"in gebruik + {int(s)}: {procent_exact(k)}" for s, k in zip(self.verschuivingen, self.kansen))
        if self.verdeling == UNIFORM:
            return f"uniform ({toon(self.laag)} – {toon(self.hoog)})"
        return f"driehoek ({toon(self.laag)}, {toon(self.top)}, {toon(self.hoog)})"


def _onzekerheid(d: Mapping) -> Onzekerheid:
    waar = f"Bandbreedte, aanname '{d.get('sleutel')}'"
    try:
        o = Onzekerheid(sleutel=str(d["sleutel"]), doel=str(d["doel"]), verdeling=str(d["verdeling"]),
                        laag=d.get("laag"), top=d.get("top"), hoog=d.get("hoog"),
                        verschuivingen=tuple(float(x) for x in d.get("verschuivingen", ())),
                        kansen=tuple(float(x) for x in d.get("kansen", ())),
                        tegenhanger=d.get("tegenhanger"), status=str(d.get("status", "aanname")))
    except (KeyError, TypeError, ValueError):
        raise RisicoFout(f"{waar}: sleutel, doel en verdeling zijn nodig.") from None
    if o.doel not in ("parameter", "reeks", "invoer") or o.verdeling not in (DRIEHOEK, UNIFORM, VERSCHUIVING):
        raise RisicoFout(f"{waar}: onbekend doel of onbekende verdeling.")
    if o.verdeling == VERSCHUIVING and (len(o.kansen) != len(o.verschuivingen) or not o.kansen
                                         or not math.isclose(sum(o.kansen), 1.0)):
        raise RisicoFout(f"{waar}: de kansen horen bij de verschuivingen en tellen op tot 100 %.")
    return o


def onzekerheden() -> tuple[Onzekerheid, ...]:
    """The shipped distributions of RISICO §3."""
    return tuple(_onzekerheid(d) for d in onzekerheden_data())


def ingeklapt(lijst: tuple[Onzekerheid, ...]) -> tuple[Onzekerheid, ...]:
    """Every distribution collapsed to the value in use (then the bandbreedte equals ``bereken``)."""
    return tuple(replace(o, laag=IN_GEBRUIK, top=IN_GEBRUIK, hoog=IN_GEBRUIK,
                         verschuivingen=(0.0,), kansen=(1.0,)) for o in lijst)


@dataclass(frozen=True, eq=False)   # holds arrays: compare the figures, not the objects
class Bandbreedte:
    jaren: tuple[int, ...]
    trekkingen: int
    zaad: int
    #: key -> percentile -> value per year
    percentielen: dict[str, dict[int, tuple[float, ...]]]
    #: key -> percentile -> the sum over the years
    som: dict[str, dict[int, float]]
    kans_tekort_cumulatief: float
    #: what each column varied (the draws), and the scenario they sit on (for checking and listing)
    kolommen: object = None
    scenario: object = None


def _driehoek_inv(u: np.ndarray, a: float, c: float, b: float) -> np.ndarray:
    """The inverse distribution function of the triangular distribution (a ≤ c ≤ b)."""
    if b <= a:
        return np.full_like(u, c)
    grens = (c - a) / (b - a)
    return np.where(u < grens, a + np.sqrt(u * (b - a) * (c - a)), b - np.sqrt((1 - u) * (b - a) * (b - c)))


def _waarde(u: np.ndarray, o: Onzekerheid, in_gebruik: float) -> np.ndarray:
    """The drawn values for one value in use."""
    def grens(w):
        return in_gebruik if w is None else float(w)
    if o.verdeling == VERSCHUIVING:
        drempels = np.cumsum(o.kansen)
        i = np.minimum(np.searchsorted(drempels, u, side="right"), len(o.kansen) - 1)
        return in_gebruik + np.asarray(o.verschuivingen)[i]
    laag, hoog = grens(o.laag), grens(o.hoog)
    if o.verdeling == UNIFORM:
        laag, hoog = min(laag, hoog), max(laag, hoog)
        return laag + u * (hoog - laag)
    top = grens(o.top)
    return _driehoek_inv(u, min(laag, top), top, max(hoog, top))


def prognose_uitstroom(parameters, basisjaar: int, tot: int) -> float:
    """The prognosis path's average yearly outflow between the basisjaar and ``tot`` (from ``wsw_volume_actueel``)."""
    eind = max(tot, basisjaar + 1)
    begin, einde = parameters.value("wsw_volume_actueel", basisjaar), parameters.value("wsw_volume_actueel", eind)
    if begin <= 0 or einde <= 0:
        return 0.0
    return 1 - (einde / begin) ** (1 / (eind - basisjaar))


def trekkingen_kolommen(invoer, lijst: tuple[Onzekerheid, ...], n: int, zaad: int, parameterset, scenario,
                        tot: int):
    """The columns of ``n`` draws, and the scenario they sit on (with the Wsw outflow set when it is drawn)."""
    from model.evaluatie.reeksen import Kolommen
    from model.scenario import INVOER, Override, ParametersMetScenario, pas_invoer_aan
    rng = np.random.default_rng(zaad)
    k = Kolommen(n)
    in_gebruik = ParametersMetScenario(parameterset, scenario.overrides)
    effectief = pas_invoer_aan(invoer, scenario.overrides)[0]
    for o in lijst:
        u = rng.random(n)   # one number per draw for every assumption, also when collapsed: the order stays fixed
        if o.doel == "parameter":
            if o.sleutel not in parameterset:
                raise RisicoFout(f"Bandbreedte: onbekende parameter '{o.sleutel}'.")
            per_jaar = {j: in_gebruik.value(o.sleutel, j) for j in parameterset.jaren}
            tegen = {j: in_gebruik.value(o.tegenhanger, j) for j in parameterset.jaren} if o.tegenhanger else None
            if len(set(per_jaar.values())) == 1 and (tegen is None or len(set(tegen.values())) == 1):
                jaren = {None: next(iter(per_jaar.values()))}
                tegen = None if tegen is None else {None: next(iter(tegen.values()))}
            else:
                jaren = per_jaar
            for j, w in jaren.items():
                getrokken = _waarde(u, o, w)
                k.parameters[(o.sleutel, j)] = getrokken
                if tegen is not None:   # the counterpart moves the other way (advies = 1 − realisatie)
                    k.parameters[(o.tegenhanger, j)] = tegen[j] + (w - getrokken)
        elif o.doel == "reeks":
            k.reeksfactoren[o.sleutel] = _waarde(u, o, 1.0)
        else:
            if o.sleutel != "wsw_uitstroom_pct":
                waarde = getattr(effectief, o.sleutel)
                if waarde is not None:   # an empty field cannot vary per column; it stays as it is
                    k.velden[o.sleutel] = _waarde(u, o, float(waarde))
                continue
            if not effectief.wsw_se_basis:
                continue   # no Wsw employees: the outflow moves nothing
            waarde = effectief.wsw_uitstroom_pct
            prognose = prognose_uitstroom(in_gebruik, effectief.basisjaar, tot)
            laag = (prognose if o.laag == PROGNOSE else waarde if o.laag is None else float(o.laag))
            hoog = (prognose if o.hoog == PROGNOSE else waarde if o.hoog is None else float(o.hoog))
            if laag is None or hoog is None:
                if laag is None and hoog is None:
                    continue   # collapsed to the prognosis path in use: nothing varies
                laag = prognose if laag is None else laag
                hoog = prognose if hoog is None else hoog
            if waarde is None:   # the field must hold a number for the columns to vary it
                scenario = scenario.met_override(Override(INVOER, o.sleutel, prognose))
            k.velden[o.sleutel] = np.minimum(laag, hoog) + u * abs(hoog - laag)
    return k, scenario


def bandbreedte(invoer, parameterset=None, scenario=None, van: int | None = None, tot: int | None = None,
                trekkingen: int = STANDAARD_TREKKINGEN, zaad: int = 1,
                lijst: tuple[Onzekerheid, ...] | None = None) -> Bandbreedte:
    """Percentiles per year and over the horizon of the geraamd resultaat and the structureel saldo."""
    from model.berekening import bereken_kolommen, standaardjaren
    from model.parameters import standaard_parameterset
    from model.scenario import BASIS, Scenario
    if trekkingen < 1:
        raise RisicoFout("Het aantal trekkingen moet ten minste 1 zijn.")
    parameterset = parameterset or standaard_parameterset()
    scenario = scenario or Scenario(BASIS)
    eerste, laatste = standaardjaren(invoer)
    van, tot = (eerste if van is None else van), (laatste if tot is None else tot)
    lijst = onzekerheden() if lijst is None else lijst
    kolommen, gebruikt = trekkingen_kolommen(invoer, lijst, trekkingen, zaad, parameterset, scenario, tot)
    jaren, uit = bereken_kolommen(invoer, SLEUTELS, kolommen, parameterset, gebruikt, van, tot)
    percentielen = {s: {p: tuple(float(x) for x in rij)
                        for p, rij in zip(PERCENTIELEN, np.percentile(uit[s], PERCENTIELEN, axis=0))} for s in SLEUTELS}
    sommen = {s: uit[s].sum(axis=1) for s in SLEUTELS}
    som = {s: {p: float(x) for p, x in zip(PERCENTIELEN, np.percentile(sommen[s], PERCENTIELEN))} for s in SLEUTELS}
    return Bandbreedte(jaren=tuple(jaren), trekkingen=trekkingen, zaad=zaad, percentielen=percentielen, som=som,
                       kans_tekort_cumulatief=float((sommen["saldo_na_bestemming"] < 0).mean()),
                       kolommen=kolommen, scenario=gebruikt)
