"""The form every rule is written in: named reads, arithmetic, and a few explicit constructs.

A rule (:mod:`model.rekenregels`) is a small function ``f(k, jaar)``. It reads through ``k``
(a :class:`Lezer`) and combines what it read with ordinary arithmetic (``+ - * / **``) and
comparisons. It never branches in Python on a value it read: a choice over a live value is one
of the constructs below, so that one definition can be evaluated in several ways:

- as numbers with provenance (:mod:`model.rekenregels.kern`, ``bereken``);
- as arrays over many parameter draws at once (:mod:`model.evaluatie.reeksen`, the sensitivity and
  the bandbreedte);
- as Excel formulas over the annex's visible cells (:mod:`model.export.excel_afleiding`);
- as the worked calculation shown to the user (:mod:`model.uitwerking`).

Reads:
    ``k.get(naam, jaar)``        another quantity
    ``k.p(sleutel, jaar)``       a parameter value in use (scenario applied; a derived year follows its rule)
    ``k.veld(sleutel)``          a gemeente input field (None when not given)
    ``k.gegeven(reeks)``         the years the user gave for an input series, {year: value}
    ``k.circulaire(reeks, j)``   the year's own circulaire amount, or None
    ``k.circulairewaarde(reeks, j)`` a circulaire amount that serves another year (a share)
    ``k.basiswaarde(sleutel, j)`` a parameter's stored value (a derivation's anchor or published path)

Constructs (instead of ``if``, ``max``, ``/`` by zero, ``round`` on a live value):
    ``k.als(voorwaarde, dan, anders)``  a conditional; ``dan`` and ``anders`` are callables and only
                                         the branch taken is evaluated (and recorded) where the
                                         condition is a plain truth value
    ``k.maximum(a, b)``, ``k.minimum(a, b)``
    ``k.deel(teller, noemer, anders=0.0)``  division that gives ``anders`` where the denominator is 0
    ``k.geheel(x)``                      a whole number (a year count)
    ``k.op_jaar(f, jaar, kandidaten)``   ``f(t)`` for a year ``t`` that is itself computed (the
                                         verdeelmodel's peiljaar); ``kandidaten`` are the years it
                                         can take, from the parameter's range

**Write-time choices.** A choice over the *structure* of the input (which years are given, which
circulaire year a share is taken from, a circulaire edition, an optional field left empty) is
ordinary Python: it cannot change while a spreadsheet recalculates. A choice over a number that is
made once for the whole calculation goes through ``k.keuze(x)``, which gives the plain number
behind a term. Every such choice is declared with :func:`schrijfkeuze`; the Excel annex lists them
on its notes sheet, so no choice is silent.
"""
from __future__ import annotations

from typing import Callable, Iterable, Mapping

#: Declared write-time choices: code -> Dutch sentence for the annex's notes sheet.
SCHRIJFKEUZES: dict[str, str] = {}


def schrijfkeuze(code: str, tekst: str) -> None:
    """Declare a choice that the Excel annex fixes when it is written (listed on its notes sheet)."""
    SCHRIJFKEUZES[code] = tekst


class Lezer:
    """What a rule may read and the constructs it may use; the defaults evaluate plain numbers.

    An evaluator subclasses this and implements the reads; evaluators whose values are not plain
    numbers (arrays, formulas, worked calculations) also override the constructs.
    """

    # -- reads (each evaluator implements these) ------------------------------------
    def get(self, naam: str, jaar: int):
        raise NotImplementedError

    def p(self, sleutel: str, jaar: int):
        raise NotImplementedError

    def veld(self, sleutel: str):
        raise NotImplementedError

    def gegeven(self, reeks: str) -> Mapping[int, object]:
        raise NotImplementedError

    def circulaire(self, reeks: str, jaar: int):
        raise NotImplementedError

    def circulairewaarde(self, reeks: str, jaar: int):
        raise NotImplementedError

    def circulairejaren(self, reeks: str) -> list[int]:
        raise NotImplementedError

    def editie(self, jaar: int):
        raise NotImplementedError

    def basiswaarde(self, sleutel: str, jaar: int):
        raise NotImplementedError

    def bereik(self, sleutel: str) -> tuple[float, float]:
        """The range of values a parameter may take (the candidates of a computed year)."""
        raise NotImplementedError

    # -- constructs: plain numbers -----------------------------------------------------
    def als(self, voorwaarde, dan: Callable[[], object], anders: Callable[[], object]):
        return dan() if voorwaarde else anders()

    def maximum(self, a, b):
        return a if a >= b else b

    def minimum(self, a, b):
        return a if a <= b else b

    def deel(self, teller, noemer, anders=0.0):
        return anders if noemer == 0 else teller / noemer

    def geheel(self, x):
        return round(x)

    def op_jaar(self, f: Callable[[int], object], jaar, kandidaten: Iterable[int]):
        return f(int(jaar))

    def keuze(self, x):
        """The plain number behind ``x``, for a declared write-time choice."""
        return x
