"""The risicosimulatie (RISICO §2): a Monte Carlo over the register and the ratio weerstandsvermogen.

Risks are independent. In each draw each risk occurs with its kans; when it occurs its effect is
``gevolg`` (verdeling ``vast``) or uniform between 0 and ``gevolg`` (``uniform``). The draws come
from numpy's PCG64 generator with a fixed seed, drawn risk by risk in register order (first
whether it occurs, then its effect), so the same register and seed give the same figures on every
machine. The benodigde weerstandscapaciteit at p % zekerheid is the p-th quantile of the total
(linear interpolation between order statistics).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

from dataclasses import dataclass


from model.risico.register import UNIFORM, Risico

ZEKERHEDEN = (50, 70, 75, 80, 85, 90, 95, 99)
STANDAARD_TREKKINGEN = 10_000
STANDAARD_ZAAD = 1
STANDAARD_ZEKERHEID = 90
TOP = 10

#: The norm table widely used by Dutch gemeenten: (lower bound of the ratio, class, waardering).
#: A ratio on a boundary belongs to the higher class, except 2,0 itself (A is "meer dan 2,0").
NORMTABEL = (
    (2.0, "A", "uitstekend"),
    (1.4, "B", "ruim voldoende"),
    (1.0, "C", "voldoende"),
    (0.8, "D", "matig"),
    (0.6, "E", "onvoldoende"),
    (0.0, "F", "ruim onvoldoende"),
)
NORMGRENZEN = {"A": "> 2,0", "B": "1,4 – 2,0", "C": "1,0 – 1,4", "D": "0,8 – 1,0", "E": "0,6 – 0,8", "F": "< 0,6"}


def klasse(ratio: float) -> tuple[str, str]:
    """The class and waardering of a ratio weerstandsvermogen (RISICO §2's norm table)."""
    if ratio > 2.0:
        return "A", "uitstekend"
    for grens, letter, waardering in NORMTABEL[1:]:
        if ratio >= grens:
            return letter, waardering
    return "F", "ruim onvoldoende"


@dataclass(frozen=True)
class Aandeel:
    naam: str
    verwachte_waarde: float
    aandeel: float          # of the expected total (0 when that is 0)


@dataclass(frozen=True, eq=False)   # holds arrays: compare the figures, not the objects
class Simulatie:
    trekkingen: int
    zaad: int
    benodigd: dict[int, float]          # zekerheid (percent) -> benodigde weerstandscapaciteit
    verwachting: float                  # sum of kans × mean effect
    maximaal: float                     # sum of all gevolgen
    top: tuple[Aandeel, ...]            # sorted by expected value, at most TOP
    zekerheid: float
    beschikbaar: float | None
    ratio: float | None
    klasse: str | None
    waardering: str | None
    totalen: "np.ndarray"               # the draws' totals, sorted (for the distribution chart)

    @property
    def benodigd_bij_zekerheid(self) -> float:
        import numpy as np
        return self.benodigd[self.zekerheid] if self.zekerheid in self.benodigd else \
            float(np.quantile(self.totalen, self.zekerheid / 100))

    def zekerheid_tekst(self) -> str:
        """What the chosen zekerheid means, in words (app, CLI, PDF)."""
        from model.opmaak import euro, getal
        z = getal(self.zekerheid)
        return (f"{z} % zekerheid betekent: in {z} van de 100 gesimuleerde gevallen vallen de gevolgen van de risico's "
                f"samen niet hoger uit dan {euro(self.benodigd_bij_zekerheid)}; in de overige "
                f"{getal(100 - self.zekerheid)} zijn ze hoger.")

    def ratio_tekst(self) -> str:
        """The ratio in words, or what to fill in when the beschikbare capaciteit is missing."""
        from model.opmaak import euro, getal
        z = getal(self.zekerheid)
        if self.beschikbaar is None:
            return ("De ratio weerstandsvermogen wordt niet getoond: vul op het blad Gemeente de "
                    "'Beschikbare weerstandscapaciteit' in (het deel van de weerstandscapaciteit dat de gemeente "
                    "tegenover deze risico's zet).")
        if self.ratio is None:
            return (f"Bij {z} % zekerheid is geen weerstandscapaciteit nodig; de beschikbare "
                    f"{euro(self.beschikbaar)} dekt de risico's ruim.")
        return (f"Ratio weerstandsvermogen: beschikbaar {euro(self.beschikbaar)} / benodigd "
                f"{euro(self.benodigd_bij_zekerheid)} (bij {z} % zekerheid) = {getal(self.ratio, 2)}: "
                f"klasse {self.klasse}, {self.waardering}.")


def trek(register: tuple[Risico, ...], trekkingen: int = STANDAARD_TREKKINGEN, zaad: int = STANDAARD_ZAAD) -> "np.ndarray":
    """The total of every draw (unsorted)."""
    import numpy as np
    if trekkingen < 1:
        raise ValueError("het aantal trekkingen moet ten minste 1 zijn")
    rng = np.random.default_rng(zaad)
    totaal = np.zeros(trekkingen)
    for r in register:
        treft = rng.random(trekkingen) < r.kans
        if r.verdeling == UNIFORM:
            totaal += np.where(treft, rng.random(trekkingen) * r.gevolg, 0.0)
        else:
            totaal += np.where(treft, r.gevolg, 0.0)
    return totaal


def simuleer(register: tuple[Risico, ...], trekkingen: int = STANDAARD_TREKKINGEN, zaad: int = STANDAARD_ZAAD,
             zekerheid: float = STANDAARD_ZEKERHEID, beschikbaar: float | None = None) -> Simulatie:
    """The risicosimulatie of RISICO §2 over a register whose gevolgen are known."""
    import numpy as np
    if not 0 < zekerheid < 100:
        raise ValueError("de zekerheid ligt tussen 0 en 100 %")
    totalen = np.sort(trek(register, trekkingen, zaad))
    percentages = sorted(set(ZEKERHEDEN) | {zekerheid})
    kwantielen = np.quantile(totalen, [p / 100 for p in percentages])   # linear interpolation
    benodigd = {(int(p) if float(p).is_integer() else p): float(q) for p, q in zip(percentages, kwantielen)}
    verwachting = sum(r.verwachte_waarde for r in register)
    top = sorted((Aandeel(r.naam, r.verwachte_waarde, r.verwachte_waarde / verwachting if verwachting else 0.0)
                  for r in register), key=lambda a: -a.verwachte_waarde)[:TOP]
    zekerheid_sleutel = int(zekerheid) if float(zekerheid).is_integer() else zekerheid
    ratio = letter = waardering = None
    nodig = benodigd[zekerheid_sleutel]
    if beschikbaar is not None and nodig > 0:
        ratio = beschikbaar / nodig
        letter, waardering = klasse(ratio)
    return Simulatie(trekkingen=trekkingen, zaad=zaad, benodigd=benodigd, verwachting=verwachting,
                     maximaal=sum(r.gevolg for r in register), top=tuple(top), zekerheid=zekerheid_sleutel,
                     beschikbaar=beschikbaar, ratio=ratio, klasse=letter, waardering=waardering, totalen=totalen)
