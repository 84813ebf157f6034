"""The evaluation core: quantities per year, memoised, with provenance.

Every stream module registers its quantities with :func:`grootheid`. A quantity is a small
pure function ``f(k, jaar) -> float`` that reads parameters (``k.p``), input fields
(``k.veld``), input series (``k.gegeven``), circulaire amounts (``k.circulaire``) and other
quantities (``k.get``). The core memoises each (quantity, year) and, when tracing, records
which parameters, input fields and circulaire amounts each value depends on, transitively.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping

from model.invoer import GemeenteInvoer

Functie = Callable[["Rekenkern", int], "float | None"]
_NIETS = object()
GROOTHEDEN: dict[str, Functie] = {}


def grootheid(naam: str) -> Callable[[Functie], Functie]:
    """Register ``f`` as the one rule for quantity ``naam``."""
    def registreer(f: Functie) -> Functie:
        if naam in GROOTHEDEN:
            raise ValueError(f"grootheid {naam} is twee keer gedefinieerd")
        GROOTHEDEN[naam] = f
        return f
    return registreer


class Parameterbron:
    """What the core asks for parameters: ``value(key, year)``, ``status(key, year)``, ``is_scenario``."""

    def value(self, sleutel: str, jaar: int) -> float: ...
    def status(self, sleutel: str, jaar: int) -> str: ...
    def is_scenario(self, sleutel: str, jaar: int) -> bool: ...


@dataclass
class Spoor:
    """Dependencies of one value: parameter (key, year), input fields, circulaire (key, year)."""

    parameters: set
    invoer: set
    circulaire: set
    circulaire_direct: bool = False

    @classmethod
    def leeg(cls) -> "Spoor":
        return cls(set(), set(), set())

    def voeg_toe(self, ander: "Spoor") -> None:
        self.parameters |= ander.parameters
        self.invoer |= ander.invoer
        self.circulaire |= ander.circulaire


class Rekenkern:
    def __init__(self, invoer: GemeenteInvoer, parameters: Parameterbron,
                 koppelingen: Mapping[str, str] | None = None, spoor: bool = True):
        self.invoer = invoer
        self.parameters = parameters
        #: series overridden as "equal to another resolved series" (e.g. gerealiseerd -> taakstelling)
        self.koppelingen = dict(koppelingen or {})
        self.spoor_aan = spoor
        self._cache: dict[tuple[str, int], float | None] = {}
        self._sporen: dict[tuple[str, int], Spoor] = {}
        self._stapel: list[Spoor] = []

    # -- reads that are traced -------------------------------------------------
    def p(self, sleutel: str, jaar: int) -> float:
        if self._stapel:
            self._stapel[-1].parameters.add((sleutel, jaar))
        return self.parameters.value(sleutel, jaar)

    def veld(self, sleutel: str):
        if self._stapel:
            self._stapel[-1].invoer.add(sleutel)
        return getattr(self.invoer, sleutel)

    def gegeven(self, reeks: str) -> Mapping[int, float]:
        """The years the user gave for an input series (traced as a whole series)."""
        if self._stapel:
            self._stapel[-1].invoer.add(reeks)
        return self.invoer.reeks(reeks)

    def circulaire(self, reeks: str, jaar: int) -> float | None:
        """The circulaire amount for ``jaar`` or None when not published; marks direct use."""
        waarde = self.invoer.reeks(reeks).get(jaar)
        if waarde is not None and self._stapel:
            self._stapel[-1].circulaire.add((reeks, jaar))
            self._stapel[-1].circulaire_direct = True
        return waarde

    def circulairejaren(self, reeks: str) -> list[int]:
        jaren = sorted(self.invoer.reeks(reeks))
        if self._stapel:
            self._stapel[-1].circulaire.update((reeks, j) for j in jaren)
        return jaren

    # -- quantities --------------------------------------------------------------
    def get(self, naam: str, jaar: int):
        """The value of quantity ``naam`` in ``jaar`` (a float, or None for "not available")."""
        sleutel = (naam, jaar)
        waarde = self._cache.get(sleutel, _NIETS)
        if waarde is _NIETS:
            if not self.spoor_aan:
                waarde = GROOTHEDEN[naam](self, jaar)
                self._cache[sleutel] = waarde
                return waarde
            self._stapel.append(Spoor.leeg())
            try:
                waarde = GROOTHEDEN[naam](self, jaar)
            finally:
                spoor = self._stapel.pop()
            self._cache[sleutel] = waarde
            self._sporen[sleutel] = spoor
        if self._stapel:
            eigen = self._sporen[sleutel]
            self._stapel[-1].voeg_toe(eigen)
        return waarde

    def spoor(self, naam: str, jaar: int) -> Spoor | None:
        return self._sporen.get((naam, jaar))
