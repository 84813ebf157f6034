"""The rules as Excel formulas: the third evaluator of the one rule definition (:mod:`model.term`).

Each rule of :mod:`model.rekenregels` and each parameter derivation (:func:`model.parameters.afgeleide_waarde`)
is run once more on a reader whose values are formula texts over the annex's visible cells: the
sheet *Invoer*, the sheet *Parameters* and the stream sheets. Python's arithmetic on those texts
builds the formula, the constructs become ``IF``, ``MAX``, ``MIN`` and ``CHOOSE``, so a choice over a
live value (the forfait's start year, the verdeelmodel's lag, ja/nee fields) stays live when an
auditor changes a cell. Choices over the structure of the input are made when the annex is written
and are listed on its notes sheet (:data:`model.term.SCHRIJFKEUZES`). Nothing of the rules is written
here a second time.
"""
from __future__ import annotations

import math
from typing import Callable

from model.export.excel_cellen import getaltekst
from model.term import Lezer

_VERGELIJKING, _PLUS, _MAAL, _MACHT, _ATOOM = 0, 1, 2, 3, 4
#: The text of a value that is not available ("–" in the model): empty in the sheet.
LEEG = '""'


class Formule:
    """A formula text with its precedence, and the number behind it (for write-time choices)."""

    __slots__ = ("tekst", "waarde", "rang")

    def __init__(self, tekst: str, waarde=None, rang: int = _ATOOM):
        self.tekst, self.waarde, self.rang = tekst, waarde, rang

    @staticmethod
    def van(x) -> "Formule":
        if isinstance(x, Formule):
            return x
        if x is None:
            return Formule(LEEG, None)
        if isinstance(x, bool):
            return Formule("TRUE" if x else "FALSE", x)
        if isinstance(x, int) or (isinstance(x, float) and x.is_integer() and abs(x) < 1e15):
            tekst = str(int(x))
            return Formule(f"({tekst})" if x < 0 else tekst, x)
        return Formule(getaltekst(x), x)

    def _binair(self, ander, teken: str, rang: int, waarde, links: bool = True, strikt: bool = False) -> "Formule":
        a, b = (self, Formule.van(ander)) if links else (Formule.van(ander), self)

        def deel(d: Formule, rechts: bool) -> str:
            nodig = d.rang < rang or (rechts and strikt and d.rang == rang) or (rang == _MACHT and d.rang == rang)
            return f"({d.tekst})" if nodig else d.tekst
        return Formule(f"{deel(a, False)}{teken}{deel(b, True)}", waarde, rang)

    @staticmethod
    def _w(x):
        return x.waarde if isinstance(x, Formule) else x

    def _reken(self, ander, f, links=True):
        a, b = (self.waarde, self._w(ander)) if links else (self._w(ander), self.waarde)
        try:
            return f(a, b)
        except (TypeError, ZeroDivisionError, OverflowError, ValueError):
            return None

    def __add__(self, x):
        if not isinstance(x, Formule) and x == 0:
            return self
        return self._binair(x, "+", _PLUS, self._reken(x, lambda a, b: a + b))

    def __radd__(self, x):
        if not isinstance(x, Formule) and x == 0:
            return self
        return self._binair(x, "+", _PLUS, self._reken(x, lambda a, b: a + b, False), links=False)

    def __sub__(self, x):
        return self._binair(x, "-", _PLUS, self._reken(x, lambda a, b: a - b), strikt=True)

    def __rsub__(self, x):
        return self._binair(x, "-", _PLUS, self._reken(x, lambda a, b: a - b, False), links=False, strikt=True)

    def __mul__(self, x):
        if not isinstance(x, Formule) and x == 1:
            return self
        return self._binair(x, "*", _MAAL, self._reken(x, lambda a, b: a * b))

    def __rmul__(self, x):
        if not isinstance(x, Formule) and x == 1:
            return self
        return self._binair(x, "*", _MAAL, self._reken(x, lambda a, b: a * b, False), links=False)

    def __truediv__(self, x):
        return self._binair(x, "/", _MAAL, self._reken(x, lambda a, b: a / b), strikt=True)

    def __rtruediv__(self, x):
        return self._binair(x, "/", _MAAL, self._reken(x, lambda a, b: a / b, False), links=False, strikt=True)

    def __pow__(self, x):
        return self._binair(x, "^", _MACHT, self._reken(x, lambda a, b: a ** b), strikt=True)

    def __rpow__(self, x):
        return self._binair(x, "^", _MACHT, self._reken(x, lambda a, b: a ** b, False), links=False, strikt=True)

    def __neg__(self):
        tekst = f"-({self.tekst})" if self.rang < _ATOOM else f"-{self.tekst}"
        return Formule(tekst, None if self.waarde is None else -self.waarde, _PLUS)

    def _vergelijk(self, x, teken, f, links=True):
        return self._binair(x, teken, _VERGELIJKING, self._reken(x, f, links), links=links, strikt=True)

    def __eq__(self, x):
        return self._vergelijk(x, "=", lambda a, b: a == b)

    def __ne__(self, x):
        return self._vergelijk(x, "<>", lambda a, b: a != b)

    def __lt__(self, x):
        return self._vergelijk(x, "<", lambda a, b: a < b)

    def __le__(self, x):
        return self._vergelijk(x, "<=", lambda a, b: a <= b)

    def __gt__(self, x):
        return self._vergelijk(x, ">", lambda a, b: a > b)

    def __ge__(self, x):
        return self._vergelijk(x, ">=", lambda a, b: a >= b)

    __hash__ = None

    def __bool__(self):
        raise TypeError("een regel mag niet in Python kiezen op een live waarde; gebruik k.als of k.keuze")

    def __index__(self):
        raise TypeError("een jaar uit een formule is een berekend jaar; gebruik k.op_jaar")


NA = Formule("NA()", None)


class Excelafleiding(Lezer):
    """Reads as cell references; ``Q``, ``P``, ``V``, ``R`` and ``B`` give the cells, ``getallen`` the numbers.

    ``P(key, year)`` the parameter cell (None: not covered), ``V(field)`` the input cell, ``R(series, year)``
    the input series cell, ``Q(quantity, year)`` the quantity's cell (None: not placed), ``B(key, year)``
    a parameter's stored value or published path as a cell or literal. ``getallen`` is a number evaluator
    over the same input (:class:`model.rekenregels.kern.Rekenkern`) for the values behind the cells.
    """

    def __init__(self, getallen, P: Callable, V: Callable, R: Callable, Q: Callable, B: Callable):
        self.getallen = getallen
        self.invoer, self.parameters = getallen.invoer, getallen.parameters
        self.koppelingen = getallen.koppelingen
        self.P, self.V, self.R, self.Q, self.B = P, V, R, Q, B

    # -- reads -------------------------------------------------------------------------
    def _getal(self, f, *args):
        try:
            return f(*args)
        except Exception:   # noqa: BLE001 - a value the model cannot give is NA() in the sheet
            return _FOUT

    def get(self, naam: str, jaar: int):
        waarde = self._getal(self.getallen.get, naam, jaar)
        if waarde is _FOUT:
            return NA
        ref = self.Q(naam, jaar)
        if ref is None:
            return Formule.van(waarde)
        return Formule(ref, waarde)

    def p(self, sleutel: str, jaar: int):
        waarde = self._getal(self.getallen.p, sleutel, jaar)
        ref = None if waarde is _FOUT else self.P(sleutel, jaar)
        return NA if ref is None else Formule(ref, waarde)

    def veld(self, sleutel: str):
        waarde = getattr(self.invoer, sleutel)
        if waarde is None or isinstance(waarde, str):
            return waarde
        return Formule(self.V(sleutel), waarde)

    def gegeven(self, reeks: str):
        return {j: Formule(self.R(reeks, j), w) for j, w in self.invoer.reeks(reeks).items()}

    def circulaire(self, reeks: str, jaar: int):
        waarde = self.invoer.reeks(reeks).get(jaar)
        return None if waarde is None else Formule(self.R(reeks, jaar), waarde)

    def circulairewaarde(self, reeks: str, jaar: int):
        return Formule(self.R(reeks, jaar), self.invoer.reeks(reeks)[jaar])

    def circulairejaren(self, reeks: str) -> list[int]:
        return sorted(self.invoer.reeks(reeks))

    def editie(self, jaar: int):
        return self.invoer.editie(jaar)

    def basiswaarde(self, sleutel: str, jaar: int):
        return self.B(sleutel, jaar)

    def bereik(self, sleutel: str) -> tuple[float, float]:
        return self.parameters.set.parameter(sleutel).bereik

    # -- constructs as Excel functions ------------------------------------------------------
    def _tak(self, f):
        try:
            return Formule.van(f())
        except Exception:   # noqa: BLE001 - a branch the model cannot evaluate for these inputs
            return NA

    def als(self, voorwaarde, dan, anders):
        if not isinstance(voorwaarde, Formule):
            return dan() if voorwaarde else anders()
        a, b = self._tak(dan), self._tak(anders)
        waarde = a.waarde if voorwaarde.waarde else b.waarde
        return Formule(f"IF({voorwaarde.tekst},{a.tekst},{b.tekst})", waarde)

    def _functie(self, naam: str, a, b, f):
        if not isinstance(a, Formule) and not isinstance(b, Formule):
            return f(a, b)
        a, b = Formule.van(a), Formule.van(b)
        waarde = None if a.waarde is None or b.waarde is None else f(a.waarde, b.waarde)
        return Formule(f"{naam}({a.tekst},{b.tekst})", waarde)

    def maximum(self, a, b):
        return self._functie("MAX", a, b, lambda x, y: x if x >= y else y)

    def minimum(self, a, b):
        return self._functie("MIN", a, b, lambda x, y: x if x <= y else y)

    def deel(self, teller, noemer, anders=0.0):
        if not isinstance(noemer, Formule):
            return anders if noemer == 0 else teller / noemer
        return self.als(noemer == 0, lambda: anders, lambda: teller / noemer)

    def geheel(self, x):
        if not isinstance(x, Formule):
            return round(x)
        return Formule(f"ROUND({x.tekst},0)", None if x.waarde is None else round(x.waarde))

    def op_jaar(self, f, jaar, kandidaten):
        if not isinstance(jaar, Formule):
            return f(int(jaar))
        kandidaten = list(kandidaten)
        keuzes = [self._tak(lambda c=c: f(c)) for c in kandidaten]
        i = None if jaar.waarde is None else int(jaar.waarde) - kandidaten[0]
        waarde = keuzes[i].waarde if i is not None and 0 <= i < len(keuzes) else None
        index = (jaar - kandidaten[0] + 1) if kandidaten[0] else jaar + 1
        return Formule(f"CHOOSE({index.tekst},{','.join(k.tekst for k in keuzes)})", waarde)

    def keuze(self, x):
        return x.waarde if isinstance(x, Formule) else x


_FOUT = object()


def formuletekst(f) -> str | None:
    """The text to write in a cell for a rule's outcome (None: the model has no value)."""
    if f is None:
        return None
    f = Formule.van(f)
    if isinstance(f.waarde, float) and not math.isfinite(f.waarde):
        return None
    return f.tekst
