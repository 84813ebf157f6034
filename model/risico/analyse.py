"""The whole risk paragraph for one gemeente and scenario: register with computed gevolgen, the
risicosimulatie and (optionally) the bandbreedte, and its JSON form (RISICO §4, keys exact)."""
from __future__ import annotations

from dataclasses import dataclass

from model.risico.bandbreedte import PERCENTIELEN, SLEUTELS, Bandbreedte, bandbreedte
from model.risico.register import MEERJARIG, Risico, bereken_gevolgen, meegeleverd_register, met_rijen, risicoperiode
from model.risico.simulatie import (STANDAARD_TREKKINGEN, STANDAARD_ZAAD, STANDAARD_ZEKERHEID, ZEKERHEDEN, Simulatie,
                                    simuleer)


@dataclass(frozen=True)
class Risicoanalyse:
    gemeente: str
    scenario: str
    periode: tuple[int, int]
    register: tuple[Risico, ...]
    simulatie: Simulatie
    bandbreedte: Bandbreedte | None = None

    def naar_json(self) -> dict:
        s = self.simulatie
        uit = {
            "gemeente": self.gemeente,
            "scenario": self.scenario,
            "periode": list(self.periode),
            "trekkingen": s.trekkingen,
            "zaad": s.zaad,
            "risicos": [{"naam": r.naam, "soort": r.soort, "kans": r.kans, "gevolg": _euro(r.gevolg),
                         "verdeling": r.verdeling, "verwachte_waarde": _euro(r.verwachte_waarde)} for r in self.register],
            "verwachting": _euro(s.verwachting),
            "maximaal": _euro(s.maximaal),
            "benodigd": {str(p): _euro(s.benodigd[p]) for p in ZEKERHEDEN},
            "zekerheid": s.zekerheid,
            "beschikbaar": None if s.beschikbaar is None else _euro(s.beschikbaar),
            "ratio": None if s.ratio is None else round(s.ratio, 4),
            "klasse": s.klasse,
        }
        b = self.bandbreedte
        if b is not None:
            uit["bandbreedte"] = {
                "jaren": list(b.jaren), "trekkingen": b.trekkingen, "zaad": b.zaad,
                **{k: {str(p): [_euro(x) for x in b.percentielen[k][p]] for p in PERCENTIELEN} for k in SLEUTELS},
                "kans_tekort_cumulatief": b.kans_tekort_cumulatief,
            }
        return uit


def _euro(x: float) -> float:
    return round(float(x), 2) + 0.0   # + 0.0: never "-0.0"


def analyseer(invoer, parameterset=None, scenario=None, *, periode: str = MEERJARIG, van: int | None = None,
              tot: int | None = None, rijen=(), trekkingen: int = STANDAARD_TREKKINGEN, zaad: int = STANDAARD_ZAAD,
              zekerheid: float = STANDAARD_ZEKERHEID, beschikbaar: float | None = None,
              met_bandbreedte: bool = False, bandbreedte_trekkingen: int = 2000,
              bandbreedte_jaren: tuple[int, int] | None = None) -> Risicoanalyse:
    """Register (shipped + ``rijen``), gevolgen over the risk period, simulation, and the bandbreedte
    over ``van`` … ``tot`` (default the begroting horizon) or ``bandbreedte_jaren`` when asked for."""
    from model.scenario import BASIS, Scenario
    scenario = scenario or Scenario(BASIS)
    jaren = risicoperiode(invoer, periode, van, tot)
    register = bereken_gevolgen(meegeleverd_register(), invoer, parameterset, scenario, jaren)
    register = met_rijen(register, rijen)   # typed rows win over computed gevolgen
    sim = simuleer(register, trekkingen, zaad, zekerheid, beschikbaar)
    band_van, band_tot = bandbreedte_jaren or (van, tot)
    band = (bandbreedte(invoer, parameterset, scenario, band_van, band_tot, bandbreedte_trekkingen, zaad)
            if met_bandbreedte else None)
    return Risicoanalyse(gemeente=invoer.naam, scenario=scenario.weergavenaam, periode=jaren, register=register,
                         simulatie=sim, bandbreedte=band)
