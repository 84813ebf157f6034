"""The registry of rules and the number evaluator, with provenance built on demand.

Every stream module registers its quantities with :func:`grootheid`. A quantity is a small pure
function ``f(k, jaar)`` written in the form of :mod:`model.term`: it reads parameters (``k.p``),
input fields (``k.veld``), input series (``k.gegeven``), circulaire amounts (``k.circulaire``) and
other quantities (``k.get``), and makes every choice over a live value with a construct
(``k.als``, ``k.maximum``, ``k.deel`` …).

:class:`Rekenkern` evaluates the rules as plain numbers, memoising each (quantity, year): nothing
is recorded while it computes, so the calculation is as fast as a plain evaluation. What each
rule read (a :class:`Knoop`) is built afterwards, on demand, by running that one rule again on a
reader that records its reads and answers from the finished values (:class:`Knopen`). A rule is
pure, and the constructs evaluate the same branch again, so the record is exactly what the rule
read during the calculation.
"""
from __future__ import annotations

import threading
from collections.abc import Mapping as MappingABC
from typing import Callable, Iterator, Mapping, NamedTuple

from model.invoer import GemeenteInvoer
from model.term import Lezer

Functie = Callable[[Lezer, int], "float | None"]
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
    """What the evaluators ask for parameters: ``value(key, year, lezer)``, ``status(key, year)``, ``set``."""

    def value(self, sleutel: str, jaar: int, lezer: Lezer | None = None) -> float: ...
    def status(self, sleutel: str, jaar: int) -> str: ...


class Knoop(NamedTuple):
    """One computed value and what its rule read directly (immutable; may repeat a read)."""

    waarde: float | None
    grootheden: tuple[tuple[str, int], ...]
    parameters: tuple[tuple[str, int], ...]
    invoer: tuple[str, ...]
    circulaire: tuple[tuple[str, int], ...]
    circulaire_direct: bool


class _Invoerlezer(Lezer):
    """The reads that come straight from the (scenario-adjusted) input; shared by the evaluators."""

    invoer: GemeenteInvoer
    parameters: Parameterbron

    def veld(self, sleutel: str):
        return getattr(self.invoer, sleutel)

    def gegeven(self, reeks: str) -> Mapping[int, float]:
        return self.invoer.reeks(reeks)

    def circulaire(self, reeks: str, jaar: int):
        return self.invoer.reeks(reeks).get(jaar)

    def circulairewaarde(self, reeks: str, jaar: int):
        return self.invoer.reeks(reeks)[jaar]

    def circulairejaren(self, reeks: str) -> list[int]:
        return sorted(self.invoer.reeks(reeks))

    def editie(self, jaar: int):
        return self.invoer.editie(jaar)

    def basiswaarde(self, sleutel: str, jaar: int) -> float:
        return self.parameters.set.parameter(sleutel).waarde(jaar)

    def bereik(self, sleutel: str) -> tuple[float, float]:
        return self.parameters.set.parameter(sleutel).bereik


class Rekenkern(_Invoerlezer):
    """The rules evaluated as plain numbers, each (quantity, year) once."""

    def __init__(self, invoer: GemeenteInvoer, parameters: Parameterbron,
                 koppelingen: Mapping[str, str] | None = None):
        self.invoer = invoer
        self.parameters = parameters
        #: series overridden as "equal to another resolved series" (e.g. gerealiseerd -> taakstelling)
        self.koppelingen = dict(koppelingen or {})
        self.waarden: dict[tuple[str, int], object] = {}
        self.parameterwaarden: dict[tuple[str, int], float] = {}

    def p(self, sleutel: str, jaar: int) -> float:
        sj = (sleutel, jaar)
        waarde = self.parameterwaarden.get(sj, _NIETS)
        if waarde is _NIETS:
            waarde = self.parameterwaarden[sj] = self.parameters.value(sleutel, jaar, self)
        return waarde

    def get(self, naam: str, jaar: int):
        """The value of quantity ``naam`` in ``jaar`` (a float, or None for "not available")."""
        sleutel = (naam, jaar)
        waarde = self.waarden.get(sleutel, _NIETS)
        if waarde is _NIETS:
            try:
                waarde = GROOTHEDEN[naam](self, jaar)
            except (ZeroDivisionError, OverflowError):
                raise Onberekenbaar(onberekenbaar_tekst(naam, jaar)) from None
            self.waarden[sleutel] = waarde
        return waarde

    def knopen(self) -> "Knopen":
        """The provenance of every value computed so far, built on demand."""
        return Knopen(self.invoer, self.parameters, self.koppelingen, dict(self.waarden), dict(self.parameterwaarden))


class _Opname(_Invoerlezer):
    """Runs one rule again on the finished values and records what it reads."""

    def __init__(self, knopen: "Knopen"):
        self._k = knopen
        self.invoer, self.parameters, self.koppelingen = knopen.invoer, knopen.parameters, knopen.koppelingen
        self.grootheden: list = []
        self.param: list = []
        self.velden: list = []
        self.circ: list = []
        self.direct = False

    def get(self, naam: str, jaar: int):
        sleutel = (naam, jaar)
        self.grootheden.append(sleutel)
        try:
            return self._k.waarden[sleutel]
        except KeyError:   # never computed (cannot happen for a pure rule); compute it now
            return self._k.rekenkern().get(naam, jaar)

    def p(self, sleutel: str, jaar: int) -> float:
        sj = (sleutel, jaar)
        self.param.append(sj)
        self.param.extend(self._k.afgeleid_van(sleutel, jaar))
        return self._k.parameterwaarde(sleutel, jaar)

    def veld(self, sleutel: str):
        self.velden.append(sleutel)
        return super().veld(sleutel)

    def gegeven(self, reeks: str):
        self.velden.append(reeks)
        return super().gegeven(reeks)

    def circulaire(self, reeks: str, jaar: int):
        waarde = super().circulaire(reeks, jaar)
        if waarde is not None:
            self.circ.append((reeks, jaar))
            self.direct = True
        return waarde

    def circulairewaarde(self, reeks: str, jaar: int):
        self.circ.append((reeks, jaar))
        return super().circulairewaarde(reeks, jaar)

    def circulairejaren(self, reeks: str) -> list[int]:
        jaren = super().circulairejaren(reeks)
        self.circ.extend((reeks, j) for j in jaren)
        return jaren

    def editie(self, jaar: int):
        self.velden.append("edities")
        return super().editie(jaar)


class _Afleidingsopname(_Invoerlezer):
    """Records the parameter reads of a derived parameter year (flattened through nested derivations)."""

    def __init__(self, knopen: "Knopen"):
        self._k = knopen
        self.invoer, self.parameters = knopen.invoer, knopen.parameters
        self.gelezen: list = []

    def p(self, sleutel: str, jaar: int) -> float:
        self.gelezen.append((sleutel, jaar))
        self.gelezen.extend(self._k.afgeleid_van(sleutel, jaar))
        return self._k.parameterwaarde(sleutel, jaar)


class Knopen(MappingABC):
    """(quantity, year) -> :class:`Knoop`, each built the first time it is asked for.

    Immutable to its readers: the values are fixed; a record is a pure function of them, so two
    threads that build the same record at once build the same one.
    """

    def __init__(self, invoer, parameters, koppelingen, waarden: dict, parameterwaarden: dict):
        self.invoer, self.parameters, self.koppelingen = invoer, parameters, koppelingen
        self.waarden = waarden
        self.parameterwaarden = parameterwaarden
        self._knopen: dict[tuple[str, int], Knoop] = {}
        self._afgeleid: dict[tuple[str, int], tuple] = {}
        self._extra: Rekenkern | None = None
        self._slot = threading.Lock()

    def rekenkern(self) -> Rekenkern:
        """A number evaluator over the same input, for a value the calculation did not need."""
        with self._slot:
            if self._extra is None:
                self._extra = Rekenkern(self.invoer, self.parameters, self.koppelingen)
                self._extra.waarden.update(self.waarden)
                self._extra.parameterwaarden.update(self.parameterwaarden)
            return self._extra

    def parameterwaarde(self, sleutel: str, jaar: int) -> float:
        waarde = self.parameterwaarden.get((sleutel, jaar), _NIETS)
        return self.rekenkern().p(sleutel, jaar) if waarde is _NIETS else waarde

    def afgeleid_van(self, sleutel: str, jaar: int) -> tuple:
        sj = (sleutel, jaar)
        gelezen = self._afgeleid.get(sj)
        if gelezen is None:
            opname = _Afleidingsopname(self)
            self.parameters.value(sleutel, jaar, opname)
            gelezen = self._afgeleid[sj] = tuple(opname.gelezen)
        return gelezen

    def __getitem__(self, sleutel: tuple[str, int]) -> Knoop:
        knoop = self._knopen.get(sleutel)
        if knoop is None:
            waarde = self.waarden[sleutel]   # KeyError: not computed
            opname = _Opname(self)
            GROOTHEDEN[sleutel[0]](opname, sleutel[1])
            knoop = self._knopen[sleutel] = Knoop(waarde, tuple(opname.grootheden), tuple(opname.param),
                                                  tuple(opname.velden), tuple(opname.circ), opname.direct)
        return knoop

    def __contains__(self, sleutel) -> bool:
        return sleutel in self.waarden

    def __iter__(self) -> Iterator[tuple[str, int]]:
        return iter(self.waarden)

    def __len__(self) -> int:
        return len(self.waarden)


def onberekenbaar_tekst(naam: str, jaar: int) -> str:
    """The Dutch sentence for a quantity without a finite value (the result never holds NaN or infinity)."""
    from model.regels import GROOTHEID
    return (f"{GROOTHEID[naam].label} {jaar} is niet te berekenen (een deling door nul of een onmogelijk groot "
            "getal); controleer de aangepaste parameters en de invoer.")
