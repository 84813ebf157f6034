"""The evaluation core: quantities per year, memoised, with provenance recorded while computing.

Every stream module registers its quantities with :func:`grootheid`. A quantity is a small
pure function ``f(k, jaar) -> float`` that reads parameters (``k.p``), input fields
(``k.veld``), input series (``k.gegeven``), circulaire amounts (``k.circulaire``) and other
quantities (``k.get``). The core memoises each (quantity, year) and records, for each, what
it read directly: a :class:`Knoop`. The finished records are immutable; the result keeps
them and answers provenance questions from them without running any rule again
(:mod:`model.herkomst`). The core itself is used by one calculation only and then dropped.
"""
from __future__ import annotations

from typing import Callable, Mapping, NamedTuple

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


class Onberekenbaar(ValueError):
    """A quantity that has no finite value (a division by zero, an overflow); the message is Dutch."""


class Parameterbron:
    """What the core asks for parameters: ``value(key, year, lees)``, ``status(key, year)``."""

    def value(self, sleutel: str, jaar: int, lees: Callable[[str, int], float] | None = None) -> float: ...
    def status(self, sleutel: str, jaar: int) -> str: ...


class Knoop(NamedTuple):
    """One computed value and what its rule read directly (immutable once recorded; may repeat a read)."""

    waarde: float | None
    grootheden: tuple[tuple[str, int], ...]
    parameters: tuple[tuple[str, int], ...]
    invoer: tuple[str, ...]
    circulaire: tuple[tuple[str, int], ...]
    circulaire_direct: bool


class _Opname:
    """The reads of one rule while it runs (mutable, private to the core)."""

    __slots__ = ("grootheden", "parameters", "invoer", "circulaire", "direct")

    def __init__(self):
        self.grootheden: list = []
        self.parameters: list = []
        self.invoer: list = []
        self.circulaire: list = []
        self.direct = False

    def knoop(self, waarde) -> Knoop:
        return Knoop(waarde, tuple(self.grootheden), tuple(self.parameters), tuple(self.invoer),
                     tuple(self.circulaire), self.direct)


class Rekenkern:
    def __init__(self, invoer: GemeenteInvoer, parameters: Parameterbron,
                 koppelingen: Mapping[str, str] | None = None, opnemen: bool = True):
        self.invoer = invoer
        self.parameters = parameters
        #: series overridden as "equal to another resolved series" (e.g. gerealiseerd -> taakstelling)
        self.koppelingen = dict(koppelingen or {})
        self.knopen: dict[tuple[str, int], Knoop] = {}
        self.parameterwaarden: dict[tuple[str, int], float] = {}
        self._afgeleid_van: dict[tuple[str, int], tuple[tuple[str, int], ...]] = {}
        self._stapel: list[_Opname] = []
        self._afleiding: list | None = None
        if not opnemen:   # the lean sums of the sensitivity analysis: values only, no record
            self._waarden: dict[tuple[str, int], object] = {}
            self.get, self.p = self._get_zonder_opname, self._p_zonder_opname

    # -- reads that are recorded -------------------------------------------------
    def p(self, sleutel: str, jaar: int) -> float:
        """A parameter value (scenario applied); a derived year also records what it was derived from."""
        sj = (sleutel, jaar)
        waarde = self.parameterwaarden.get(sj, _NIETS)
        if waarde is _NIETS:
            buiten, self._afleiding = self._afleiding, []
            try:
                waarde = self.parameters.value(sleutel, jaar, self.p)
            finally:
                gelezen, self._afleiding = self._afleiding, buiten
            self.parameterwaarden[sj] = waarde
            self._afgeleid_van[sj] = tuple(gelezen)
        if self._afleiding is not None:
            self._afleiding.append(sj)
            self._afleiding.extend(self._afgeleid_van[sj])
        elif self._stapel:
            opname = self._stapel[-1].parameters
            opname.append(sj)
            afgeleid = self._afgeleid_van[sj]
            if afgeleid:
                opname.extend(afgeleid)
        return waarde

    def veld(self, sleutel: str):
        if self._stapel:
            self._stapel[-1].invoer.append(sleutel)
        return getattr(self.invoer, sleutel)

    def gegeven(self, reeks: str) -> Mapping[int, float]:
        """The years the user gave for an input series (recorded as a whole series)."""
        if self._stapel:
            self._stapel[-1].invoer.append(reeks)
        return self.invoer.reeks(reeks)

    def circulaire(self, reeks: str, jaar: int) -> float | None:
        """The circulaire amount for ``jaar`` or None when not published; marks direct use."""
        waarde = self.invoer.reeks(reeks).get(jaar)
        if waarde is not None and self._stapel:
            self._stapel[-1].circulaire.append((reeks, jaar))
            self._stapel[-1].direct = True
        return waarde

    def editie(self, jaar: int):
        """The circulaire edition of ``jaar`` (None when not given), recorded as the input 'edities'."""
        if self._stapel:
            self._stapel[-1].invoer.append("edities")
        return self.invoer.editie(jaar)

    def circulairejaren(self, reeks: str) -> list[int]:
        jaren = sorted(self.invoer.reeks(reeks))
        if self._stapel:
            self._stapel[-1].circulaire.extend((reeks, j) for j in jaren)
        return jaren

    # -- quantities --------------------------------------------------------------
    def get(self, naam: str, jaar: int):
        """The value of quantity ``naam`` in ``jaar`` (a float, or None for "not available")."""
        sleutel = (naam, jaar)
        knoop = self.knopen.get(sleutel)
        if knoop is None:
            self._stapel.append(_Opname())
            try:
                waarde = self._reken(naam, jaar)
            finally:
                opname = self._stapel.pop()
            knoop = self.knopen[sleutel] = opname.knoop(waarde)
        if self._stapel:
            self._stapel[-1].grootheden.append(sleutel)
        return knoop.waarde

    def _get_zonder_opname(self, naam: str, jaar: int):
        sleutel = (naam, jaar)
        waarde = self._waarden.get(sleutel, _NIETS)
        if waarde is _NIETS:
            waarde = self._waarden[sleutel] = self._reken(naam, jaar)
        return waarde

    def _p_zonder_opname(self, sleutel: str, jaar: int) -> float:
        sj = (sleutel, jaar)
        waarde = self.parameterwaarden.get(sj, _NIETS)
        if waarde is _NIETS:
            waarde = self.parameterwaarden[sj] = self.parameters.value(sleutel, jaar, self.p)
        return waarde

    def _reken(self, naam: str, jaar: int):
        try:
            return GROOTHEDEN[naam](self, jaar)
        except (ZeroDivisionError, OverflowError):
            raise Onberekenbaar(onberekenbaar_tekst(naam, jaar)) from None


def onberekenbaar_tekst(naam: str, jaar: int) -> str:
    """The Dutch sentence for a quantity without a finite value (the result never holds NaN or infinity)."""
    from model.regels import GROOTHEID
    return (f"{GROOTHEID[naam].label} {jaar} is niet te berekenen (een deling door nul of een onmogelijk groot "
            "getal); controleer de aangepaste parameters en de invoer.")
