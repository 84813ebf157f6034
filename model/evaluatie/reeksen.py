"""The rules evaluated over many columns at once: one numpy array element per variation or draw.

The same rule definitions as ``bereken`` (:mod:`model.rekenregels`), read through a reader whose
values may be arrays of length N. A value that no column varies stays a plain float, so only what
a draw touches is computed as an array. The constructs of :mod:`model.term` take arrays:
``als`` selects per column (both branches are evaluated only where the columns disagree),
``maximum``/``minimum``/``deel`` work element-wise, and ``op_jaar`` picks, per column, the value of
the year that column computed.

What a column can vary (each a :class:`Kolommen` entry, one value per column, NaN = not varied):
a parameter for all years or one year (absolute value or factor), an input field, and a factor on
an input series (the bandbreedte's "gerealiseerd × factor"). The scenario in view is applied
first, as in ``bereken``, so column values sit on top of it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from model.rekenregels.kern import GROOTHEDEN, Onberekenbaar, Rekenkern, _NIETS, onberekenbaar_tekst


@dataclass
class Kolommen:
    """What varies per column; every array has length ``n``."""

    n: int
    #: (parameter, year or None for all years) -> absolute value per column (NaN: not set)
    parameters: dict[tuple[str, int | None], np.ndarray] = field(default_factory=dict)
    #: (parameter, year or None) -> factor per column (1.0: no factor)
    factoren: dict[tuple[str, int | None], np.ndarray] = field(default_factory=dict)
    #: input field -> value per column (NaN: as in the input)
    velden: dict[str, np.ndarray] = field(default_factory=dict)
    #: input series -> factor per column on every given year
    reeksfactoren: dict[str, np.ndarray] = field(default_factory=dict)

    def leeg(self, vul: float) -> np.ndarray:
        return np.full(self.n, vul, dtype=float)

    def zet_parameter(self, kolom: int, sleutel: str, jaar: int | None, waarde: float) -> None:
        self.parameters.setdefault((sleutel, jaar), self.leeg(np.nan))[kolom] = waarde

    def zet_factor(self, kolom: int, sleutel: str, jaar: int | None, factor: float) -> None:
        self.factoren.setdefault((sleutel, jaar), self.leeg(1.0))[kolom] = factor

    def zet_veld(self, kolom: int, sleutel: str, waarde: float) -> None:
        self.velden.setdefault(sleutel, self.leeg(np.nan))[kolom] = waarde


def _is_reeks(x) -> bool:
    return isinstance(x, np.ndarray)


class Reeksen(Rekenkern):
    """The number evaluator, with values that may be arrays over the columns."""

    def __init__(self, invoer, parameters, koppelingen, kolommen: Kolommen):
        super().__init__(invoer, parameters, koppelingen)
        self.kolommen = kolommen

    # -- reads -------------------------------------------------------------------------
    def p(self, sleutel: str, jaar: int):
        sj = (sleutel, jaar)
        waarde = self.parameterwaarden.get(sj, _NIETS)
        if waarde is not _NIETS:
            return waarde
        k = self.kolommen
        vast = k.parameters.get(sj)
        if vast is None:
            vast = k.parameters.get((sleutel, None))
        if vast is not None and not np.isnan(vast).any():
            waarde = vast.copy()
        else:
            waarde = self.parameters.value(sleutel, jaar, self)
            if vast is not None:
                waarde = np.where(np.isnan(vast), waarde, vast)
        factor = k.factoren.get(sj)
        if factor is None:
            factor = k.factoren.get((sleutel, None))
        if factor is not None and not self._volgt_anker(sleutel, jaar, vast):
            waarde = waarde * factor
        self.parameterwaarden[sj] = waarde
        return waarde

    def _volgt_anker(self, sleutel: str, jaar: int, vast) -> bool:
        volgt = getattr(self.parameters, "volgt_anker", None)
        return vast is None and volgt is not None and volgt(sleutel, jaar)

    def veld(self, sleutel: str):
        waarde = getattr(self.invoer, sleutel)
        kolom = self.kolommen.velden.get(sleutel)
        if kolom is None:
            return waarde
        if waarde is None:
            raise ValueError(f"invoerveld {sleutel} is leeg en kan niet per kolom worden gevarieerd")
        return np.where(np.isnan(kolom), float(waarde), kolom)

    def gegeven(self, reeks: str):
        gegeven = self.invoer.reeks(reeks)
        factor = self.kolommen.reeksfactoren.get(reeks)
        if factor is None:
            return gegeven
        return {j: w * factor for j, w in gegeven.items()}

    def get(self, naam: str, jaar: int):
        sleutel = (naam, jaar)
        waarde = self.waarden.get(sleutel, _NIETS)
        if waarde is _NIETS:
            try:
                with np.errstate(divide="raise", over="raise", invalid="raise"):
                    waarde = GROOTHEDEN[naam](self, jaar)
            except (ZeroDivisionError, OverflowError, FloatingPointError):
                raise Onberekenbaar(onberekenbaar_tekst(naam, jaar)) from None
            self.waarden[sleutel] = waarde
        return waarde

    # -- constructs over arrays ----------------------------------------------------------
    def als(self, voorwaarde, dan, anders):
        if _is_reeks(voorwaarde):
            if voorwaarde.all():
                return dan()
            if not voorwaarde.any():
                return anders()
            return np.where(voorwaarde, dan(), anders())
        return dan() if voorwaarde else anders()

    def maximum(self, a, b):
        return np.maximum(a, b) if _is_reeks(a) or _is_reeks(b) else (a if a >= b else b)

    def minimum(self, a, b):
        return np.minimum(a, b) if _is_reeks(a) or _is_reeks(b) else (a if a <= b else b)

    def deel(self, teller, noemer, anders=0.0):
        if _is_reeks(noemer):
            nul = noemer == 0
            return np.where(nul, anders, teller / np.where(nul, 1.0, noemer))
        return anders if noemer == 0 else teller / noemer

    def geheel(self, x):
        return np.round(x) if _is_reeks(x) else round(x)

    def op_jaar(self, f, jaar, kandidaten):
        if not _is_reeks(jaar):
            return f(int(jaar))
        jaren = np.unique(jaar)
        if len(jaren) == 1:
            return f(int(jaren[0]))
        uit = np.zeros(self.kolommen.n)
        for j in jaren:
            uit = np.where(jaar == j, f(int(j)), uit)
        return uit

    def keuze(self, x):
        if _is_reeks(x):
            if not (x == x[0]).all():
                raise ValueError("een keuze bij het schrijven kan niet per kolom verschillen")
            return x[0].item()
        return x


def als_reeks(waarde, n: int) -> np.ndarray:
    """A value as an array of length n (a plain float becomes n equal values)."""
    return np.broadcast_to(np.asarray(waarde, dtype=float), (n,)).copy()
