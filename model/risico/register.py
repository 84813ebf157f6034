"""The risk register (RISICO §1): shipped as data, rows from the workbook on top, model risks computed.

A **model risk** carries one or more variants, each a list of adjustments on top of the scenario
in view (Basis including the user's edits). Its gevolg is the adverse effect on the geraamd
resultaat (``saldo_na_bestemming``) summed over the risk period, the worst over its variants::

    gevolg = max(0, - sum over y in periode of (resultaat_risico(y) - resultaat_basis(y)))

An adjustment is relative to the value in use ("lpo + 1 point", "× 1.10"), so it is made concrete
(:func:`concreet`) against the scenario in view: a list of ordinary scenario overrides
(REKENREGELS §6) that ``bereken`` takes. An **own risk** has a typed gevolg.
"""
from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Mapping

from model.paden import resource_pad
from model.tekst import normaliseer

MODEL, EIGEN = "model", "eigen"
VAST, UNIFORM = "vast", "uniform"
SOORTEN = (MODEL, EIGEN)
VERDELINGEN = (VAST, UNIFORM)
MEERJARIG, BEGROTINGSJAAR = "meerjarig", "begrotingsjaar"
PERIODES = (MEERJARIG, BEGROTINGSJAAR)
#: the resolved series (REKENREGELS §3) a "reeks" adjustment multiplies
OPGELOSTE_REEKS = {"gerealiseerd": "real", "taakstelling": "taak", "bijdrage_gr_wsw": "bijdrage_gr_wsw"}
BESTAND = "risicoregister.toml"


class RisicoFout(ValueError):
    """The register cannot be used as it is; the message is Dutch."""


@dataclass(frozen=True)
class Aanpassing:
    """One adjustment of a model risk's variant, relative to the value in use."""

    soort: str                      # parameter | invoer | reeks
    sleutel: str
    plus: float | None = None
    maal: float | None = None
    waarde: float | None = None
    vanaf_basisjaar: int | None = None

    def omschrijving(self) -> str:
        """In Dutch, for the register table: ``Loon- en prijsbijstelling kosten gemeente + 1 procentpunt``."""
        from model.opmaak import procent_exact
        naam = _label(self.soort, self.sleutel)
        if self.plus is not None:
            if self.soort == "parameter" and _is_fractie_parameter(self.sleutel):
                wat = f"+ {getal_exact(self.plus * 100)} procentpunt"
            else:
                wat = f"+ {getal_exact(self.plus)}"
        elif self.maal is not None:
            wat = f"× {getal_exact(self.maal)}"
        else:
            wat = f"= {procent_exact(self.waarde) if _is_fractie_parameter(self.sleutel) else getal_exact(self.waarde)}"
        vanaf = f" vanaf basisjaar + {self.vanaf_basisjaar}" if self.vanaf_basisjaar else ""
        return f"{naam} {wat}{vanaf}"


def getal_exact(x: float) -> str:
    from model.opmaak import getal_exact as exact
    return exact(int(x) if float(x).is_integer() else x)


def override_tekst(o) -> str:
    """A scenario override as a Dutch phrase with Dutch numbers (the exports list the model risks' scenarios)."""
    from model.opmaak import getal, procent_exact
    naam = _label(o.soort, o.sleutel)
    jaar = f" in {o.jaar}" if o.jaar is not None else ""
    if o.waarden is not None:
        return f"{naam}: " + ", ".join(f"{j}: {getal(w, 2)}" for j, w in sorted(o.waarden.items()))
    if o.factor is not None:
        return f"{naam} × {getal_exact(o.factor)}{jaar}"
    if o.soort == "parameter" and _is_fractie_parameter(o.sleutel):
        return f"{naam} = {procent_exact(o.waarde)}{jaar}"
    if o.soort == "parameter" and _eenheid(o.sleutel) == "jaar":
        return f"{naam} = {int(o.waarde)}{jaar}"
    return f"{naam} = {getal_exact(o.waarde)}{jaar}"


def _label(soort: str, sleutel: str) -> str:
    from model.invoer import REEKS, VELD
    from model.parameters import standaard_parameterset
    try:
        if soort == "parameter":
            return standaard_parameterset().parameter(sleutel).label
        if soort == "invoer":
            return VELD[sleutel].label
        return REEKS[sleutel].label
    except (KeyError, ValueError):
        return sleutel


def _eenheid(sleutel: str) -> str:
    from model.parameters import standaard_parameterset
    ps = standaard_parameterset()
    return ps.parameter(sleutel).eenheid if sleutel in ps else ""


def _is_fractie_parameter(sleutel: str) -> bool:
    from model.eenheden import Eenheid, eenheid_van
    return bool(_eenheid(sleutel)) and eenheid_van(_eenheid(sleutel)) is Eenheid.FRACTIE


@dataclass(frozen=True)
class Risico:
    naam: str
    kans: float                     # fraction 0–1
    soort: str = EIGEN
    verdeling: str = UNIFORM
    gevolg: float = 0.0             # typed (own risk) or computed (model risk), euro >= 0
    omschrijving: str = ""
    bron: str = ""
    toelichting: str = ""
    beheersmaatregel: str = ""
    varianten: tuple[tuple[Aanpassing, ...], ...] = ()
    #: after :func:`bereken_gevolgen`: the scenario overrides of the worst variant, as ``bereken`` takes them
    scenario: tuple = ()
    #: after :func:`bereken_gevolgen`: the gevolg of every variant
    gevolgen: tuple[float, ...] = ()

    @property
    def is_model(self) -> bool:
        return self.soort == MODEL

    @property
    def gemiddeld_effect(self) -> float:
        """The mean effect when the risk occurs."""
        return self.gevolg / 2 if self.verdeling == UNIFORM else self.gevolg

    @property
    def verwachte_waarde(self) -> float:
        return self.kans * self.gemiddeld_effect

    def concreet_tekst(self) -> str:
        """The worst variant's overrides with their values, in Dutch: ``Loon- en prijsbijstelling … = 3,5 %``."""
        return "; ".join(override_tekst(o) for o in self.scenario)

    def scenario_tekst(self) -> str:
        """The model risk's adjustments in words (variants joined with 'of')."""
        return " of ".join("; ".join(a.omschrijving() for a in v) for v in self.varianten)


# ---------------------------------------------------------------- the shipped data

@lru_cache(maxsize=1)
def _bestand() -> Mapping[str, Any]:
    pad = resource_pad(BESTAND)
    try:
        with open(pad, "rb") as f:
            return MappingProxyType(tomllib.load(f))
    except (OSError, tomllib.TOMLDecodeError) as fout:
        raise RisicoFout(f"Het meegeleverde risicoregister ({pad.name}) kan niet worden gelezen: {fout}.") from None


def _getal(d: Mapping, naam: str, waar: str, standaard=None) -> float | None:
    w = d.get(naam, standaard)
    if w is None:
        return None
    if isinstance(w, bool) or not isinstance(w, (int, float)) or not math.isfinite(w):
        raise RisicoFout(f"{waar}: '{naam}' moet een getal zijn, niet {w!r}.")
    return float(w)


def _aanpassing(d: Mapping, waar: str) -> Aanpassing:
    if not isinstance(d, Mapping) or d.get("soort") not in ("parameter", "invoer", "reeks") or not d.get("sleutel"):
        raise RisicoFout(f"{waar}: een aanpassing heeft een soort (parameter, invoer, reeks) en een sleutel.")
    a = Aanpassing(str(d["soort"]), str(d["sleutel"]), _getal(d, "plus", waar), _getal(d, "maal", waar),
                   _getal(d, "waarde", waar), None if d.get("vanaf_basisjaar") is None else int(d["vanaf_basisjaar"]))
    if sum(x is not None for x in (a.plus, a.maal, a.waarde)) != 1:
        raise RisicoFout(f"{waar}: een aanpassing heeft precies één van plus, maal of waarde.")
    return a


def _risico(d: Mapping) -> Risico:
    naam = str(d.get("naam") or "").strip()
    waar = f"Risicoregister, risico '{naam}'"
    if not naam:
        raise RisicoFout("Risicoregister: een risico heeft een naam nodig.")
    soort = d.get("soort", EIGEN)
    if soort not in SOORTEN:
        raise RisicoFout(f"{waar}: soort moet 'model' of 'eigen' zijn.")
    kans = _getal(d, "kans", waar)
    if kans is None or not 0 <= kans <= 1:
        raise RisicoFout(f"{waar}: de kans moet tussen 0 en 1 liggen.")
    verdeling = d.get("verdeling", VAST if soort == MODEL else UNIFORM)
    if verdeling not in VERDELINGEN:
        raise RisicoFout(f"{waar}: verdeling moet 'vast' of 'uniform' zijn.")
    varianten = tuple(tuple(_aanpassing(a, waar) for a in v) for v in d.get("varianten", ()))
    if soort == MODEL and not varianten:
        raise RisicoFout(f"{waar}: een modelrisico heeft ten minste één variant.")
    gevolg = _getal(d, "gevolg", waar, 0.0)
    if gevolg < 0:
        raise RisicoFout(f"{waar}: het gevolg kan niet negatief zijn.")
    return Risico(naam=naam, kans=kans, soort=soort, verdeling=verdeling, gevolg=gevolg,
                  omschrijving=str(d.get("omschrijving", "")), bron=str(d.get("bron", "")),
                  toelichting=str(d.get("toelichting", "")), beheersmaatregel=str(d.get("beheersmaatregel", "")),
                  varianten=varianten)


def meegeleverd_register() -> tuple[Risico, ...]:
    """The nine shipped risks of RISICO §1 (model risks still without their computed gevolg)."""
    return tuple(_risico(d) for d in _bestand().get("risico", ()))


def onzekerheden_data() -> tuple[Mapping, ...]:
    """The shipped distributions of the uncertain assumptions (RISICO §3), as read."""
    return tuple(_bestand().get("onzekerheid", ()))


# ---------------------------------------------------------------- rows on top (workbook, app)

@dataclass(frozen=True)
class Registerrij:
    """A row of the workbook's sheet ``Risico's`` or an edit in the app; None = not given."""

    naam: str
    kans: float | None = None
    gevolg: float | None = None
    verdeling: str | None = None
    toelichting: str | None = None
    beheersmaatregel: str | None = None


def met_rijen(register: tuple[Risico, ...], rijen) -> tuple[Risico, ...]:
    """The register with ``rijen`` on top: a row whose name matches a risk (after normalising)
    overrides what it gives; a typed gevolg on a model risk replaces the computed one (the risk
    becomes an own risk); other rows are added (an added row needs a kans)."""
    uit = list(register)
    index = {normaliseer(r.naam): i for i, r in enumerate(uit)}
    for rij in rijen:
        sleutel = normaliseer(rij.naam)
        wijziging = {k: v for k, v in (("kans", rij.kans), ("gevolg", rij.gevolg), ("verdeling", rij.verdeling),
                                        ("toelichting", rij.toelichting), ("beheersmaatregel", rij.beheersmaatregel))
                     if v is not None}
        if sleutel in index:
            oud = uit[index[sleutel]]
            if rij.gevolg is not None and oud.is_model:
                wijziging.update(soort=EIGEN, varianten=(), scenario=(), gevolgen=())
            uit[index[sleutel]] = replace(oud, **wijziging)
        else:
            if rij.kans is None:
                raise RisicoFout(f"Risico '{rij.naam}': een nieuw risico heeft een kans nodig.")
            index[sleutel] = len(uit)
            uit.append(Risico(naam=rij.naam.strip(), soort=EIGEN, **{"verdeling": UNIFORM, **wijziging}))
    return tuple(uit)


# ---------------------------------------------------------------- the computed gevolg

def risicoperiode(invoer, periode: str = MEERJARIG, van: int | None = None, tot: int | None = None) -> tuple[int, int]:
    """The risk period: the begroting horizon (basisjaar … +3) or the begrotingsjaar alone; van/tot override."""
    from model.berekening import standaardjaren
    if periode not in PERIODES:
        raise RisicoFout(f"De risicoperiode is 'meerjarig' of 'begrotingsjaar', niet '{periode}'.")
    eerste, laatste = standaardjaren(invoer)
    van = eerste if van is None else van
    tot = (van if periode == BEGROTINGSJAAR else laatste) if tot is None else tot
    return van, tot


def concreet(variant: tuple[Aanpassing, ...], invoer, parameterset, scenario, periode: tuple[int, int]) -> tuple:
    """The variant as scenario overrides on top of ``scenario`` (values relative to the value in use)."""
    from model.berekening import reeksen
    from model.scenario import INVOER, PARAMETER, REEKS_SOORT, Override, ParametersMetScenario, pas_invoer_aan
    overrides = []
    in_gebruik = ParametersMetScenario(parameterset, scenario.overrides)
    effectief = None
    for a in variant:
        if a.soort == PARAMETER:
            if a.sleutel not in parameterset:
                raise RisicoFout(f"Onbekende parameter '{a.sleutel}' in het risicoregister.")
            if a.maal is not None:
                overrides.append(Override(PARAMETER, a.sleutel, factor=a.maal))
                continue
            if a.waarde is not None:
                overrides.append(Override(PARAMETER, a.sleutel, a.waarde))
                continue
            waarden = {j: in_gebruik.value(a.sleutel, j) + a.plus for j in parameterset.jaren}
            if len(set(waarden.values())) == 1:
                overrides.append(Override(PARAMETER, a.sleutel, next(iter(waarden.values()))))
            else:
                overrides.extend(Override(PARAMETER, a.sleutel, w, jaar=j) for j, w in waarden.items())
        elif a.soort == INVOER:
            if effectief is None:
                effectief = pas_invoer_aan(invoer, scenario.overrides)[0]
            oud = getattr(effectief, a.sleutel, None)
            if a.waarde is not None:
                overrides.append(Override(INVOER, a.sleutel, a.waarde))
            elif oud is not None:   # an empty field has nothing to raise
                overrides.append(Override(INVOER, a.sleutel, oud * a.maal if a.maal is not None else oud + a.plus))
        else:
            opgelost = OPGELOSTE_REEKS.get(a.sleutel)
            if opgelost is None:
                raise RisicoFout(f"De reeks '{a.sleutel}' kan in het risicoregister niet worden aangepast.")
            if a.sleutel == "bijdrage_gr_wsw":   # only where the Wsw goes through a GR with a bijdrage (REKENREGELS §4.6)
                if effectief is None:
                    effectief = pas_invoer_aan(invoer, scenario.overrides)[0]
                if not (effectief.wsw_via_gr and effectief.reeks("bijdrage_gr_wsw")):
                    continue
            eerste = max(periode[0], invoer.basisjaar + (a.vanaf_basisjaar or 0))
            if eerste > periode[1]:
                continue   # the adjustment starts after the risk period: no effect within it
            basis = reeksen(invoer, (opgelost,), parameterset, scenario, eerste, periode[1])[opgelost]
            waarden = {j: (w * a.maal if a.maal is not None else a.waarde if a.waarde is not None else w + a.plus)
                       for j, w in zip(range(eerste, periode[1] + 1), basis)}
            overrides.append(Override(REEKS_SOORT, a.sleutel, waarden=MappingProxyType(waarden)))
    return tuple(overrides)


def scenario_met(scenario, overrides: tuple):
    """``scenario`` with ``overrides`` on top (they win where they set the same value)."""
    for o in overrides:
        scenario = scenario.met_override(o)
    return scenario


def bereken_gevolgen(register: tuple[Risico, ...], invoer, parameterset=None, scenario=None,
                     periode: tuple[int, int] | None = None) -> tuple[Risico, ...]:
    """Every model risk with its gevolg computed over ``periode`` against ``scenario`` (RISICO §1)."""
    from model.berekening import BerekeningFout, reeksen
    from model.parameters import ParameterFout, standaard_parameterset
    from model.scenario import BASIS, Scenario, ScenarioFout
    parameterset = parameterset or standaard_parameterset()
    scenario = scenario or Scenario(BASIS)
    van, tot = periode or risicoperiode(invoer)
    basis = None
    uit = []
    for r in register:
        if not r.is_model:
            uit.append(r)
            continue
        if basis is None:
            basis = sum(reeksen(invoer, ("saldo_na_bestemming",), parameterset, scenario, van, tot)["saldo_na_bestemming"])
        gevolgen, scenarios = [], []
        for variant in r.varianten:
            try:
                overrides = concreet(variant, invoer, parameterset, scenario, (van, tot))
                saldo = reeksen(invoer, ("saldo_na_bestemming",), parameterset, scenario_met(scenario, overrides),
                                van, tot)["saldo_na_bestemming"]
            except (ScenarioFout, BerekeningFout, ParameterFout) as fout:
                raise RisicoFout(f"Risico '{r.naam}' kan niet worden doorgerekend: {fout}") from None
            gevolgen.append(max(0.0, -(sum(saldo) - basis)))
            scenarios.append(overrides)
        slechtste = max(range(len(gevolgen)), key=gevolgen.__getitem__)
        uit.append(replace(r, gevolg=gevolgen[slechtste], scenario=scenarios[slechtste], gevolgen=tuple(gevolgen)))
    return tuple(uit)
