"""The worked calculation of a figure: its rule filled in with the values it used.

The rule is not written a second time for this. The quantity's own rule (the one function in
:mod:`model.rekenregels`) is run once more, on a reader that hands it symbolic terms instead
of floats: each term carries its Dutch name, its value from the result and a reference to its
own explanation. Python's arithmetic on those terms builds the filled-in formula. The value
comes out of the same operations in the same order, so it equals the recorded value exactly;
:func:`uitwerking` checks that. The result is only read: pure, and safe from any thread.

Values are shown with enough digits that a calculator reproduces the euro.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping

from model.invoer import REEKS, VELD
from model.opmaak import getal
from model.eenheden import Eenheid, eenheid_van
from model.regels import GROOTHEID
from model.rekenregels import GROOTHEDEN
from model.term import Lezer

GROOTHEIDSVERWIJZING, PARAMETER, INVOERVELD, INVOERREEKS, CIRCULAIRE = (
    "grootheid", "parameter", "invoer", "reeks", "circulaire")
_ATOOM, _MACHT, _MAAL, _PLUS = 4, 3, 2, 1


@dataclass(frozen=True)
class Verwijzing:
    """Where a term comes from, so the app can open that term's own explanation."""

    soort: str          # grootheid | parameter | invoer | reeks | circulaire
    sleutel: str
    jaar: int | None = None


@dataclass(frozen=True)
class Term:
    """One value the rule used: its name, the value shown to enough digits, and where it comes from."""

    naam: str
    tekst: str
    waarde: float
    verwijzing: Verwijzing | None


def _significant(waarde: float, cijfers: int = 8, max_decimalen: int = 8) -> str:
    if waarde == 0 or not math.isfinite(waarde):
        return getal(waarde)
    decimalen = min(max_decimalen, max(0, cijfers - 1 - int(math.floor(math.log10(abs(waarde))))))
    tekst = getal(waarde, decimalen, minteken="\u2212")
    return tekst.rstrip("0").rstrip(",") if "," in tekst else tekst


def toon(waarde: float, eenheid: str) -> str:
    """A value to enough digits for a calculator to reproduce the euro, in Dutch notation."""
    soort = eenheid_van(eenheid)
    if soort.is_euro:
        if abs(waarde) < 1000:   # a small amount (an hourly wage) needs its digits to reproduce the euro
            return "€ " + _significant(waarde, 7)
        tekst = getal(waarde, 2, minteken="\u2212")
        return "€ " + (tekst[:-3] if tekst.endswith(",00") else tekst)
    if soort.is_procent:
        return _significant(waarde * 100, 7) + " %"
    if soort is Eenheid.JAAR:
        return str(int(waarde))
    if soort is Eenheid.INDEX:
        return _significant(waarde, 9)
    return _significant(waarde, 8)


class Uitdrukking:
    """A filled-in formula: the names, the numbers and the value, built by ordinary arithmetic."""

    __slots__ = ("waarde", "symbool", "ingevuld", "termen", "rang")

    def __init__(self, waarde: float, symbool: str, ingevuld: str, termen: tuple[Term, ...], rang: int = _ATOOM):
        self.waarde, self.symbool, self.ingevuld, self.termen, self.rang = waarde, symbool, ingevuld, termen, rang

    @classmethod
    def van(cls, term: Term) -> "Uitdrukking":
        return cls(term.waarde, term.naam, term.tekst, (term,))

    # -- arithmetic that records itself -------------------------------------------
    @staticmethod
    def _als(x) -> "Uitdrukking":
        if isinstance(x, Uitdrukking):
            return x
        tekst = str(x).replace("-", "\u2212") if isinstance(x, int) else _significant(float(x), 10)  # ints: years
        return Uitdrukking(x, tekst, tekst, ())

    def _samen(self, ander, teken: str, rang: int, waarde: float, rechts_strikt: bool) -> "Uitdrukking":
        a, b = self, self._als(ander)

        def haakjes(d: Uitdrukking, strikt: bool) -> tuple[str, str]:
            nodig = d.rang < rang or (strikt and d.rang == rang)
            return (f"({d.symbool})", f"({d.ingevuld})") if nodig else (d.symbool, d.ingevuld)
        (sa, ia), (sb, ib) = haakjes(a, False), haakjes(b, rechts_strikt)
        return Uitdrukking(waarde, f"{sa} {teken} {sb}", f"{ia} {teken} {ib}", a.termen + b.termen, rang)

    def __add__(self, x):
        if not isinstance(x, Uitdrukking) and x == 0:
            return self
        return self._samen(x, "+", _PLUS, self.waarde + self._als(x).waarde, False)

    def __radd__(self, x):
        if not isinstance(x, Uitdrukking) and x == 0:
            return self
        return self._als(x)._samen(self, "+", _PLUS, self._als(x).waarde + self.waarde, False)

    def __sub__(self, x):
        return self._samen(x, "\u2212", _PLUS, self.waarde - self._als(x).waarde, True)

    def __rsub__(self, x):
        return self._als(x)._samen(self, "\u2212", _PLUS, self._als(x).waarde - self.waarde, True)

    def __mul__(self, x):
        if not isinstance(x, Uitdrukking) and x == 1:
            return self   # 1 × w == w exactly: the start of a product, not a factor worth showing
        return self._samen(x, "×", _MAAL, self.waarde * self._als(x).waarde, False)

    def __rmul__(self, x):
        if not isinstance(x, Uitdrukking) and x == 1:
            return self
        return self._als(x)._samen(self, "×", _MAAL, self._als(x).waarde * self.waarde, False)

    def __truediv__(self, x):
        return self._samen(x, "/", _MAAL, self.waarde / self._als(x).waarde, True)

    def __rtruediv__(self, x):
        return self._als(x)._samen(self, "/", _MAAL, self._als(x).waarde / self.waarde, True)

    def __pow__(self, x):
        return self._samen(x, "^", _MACHT, self.waarde ** self._als(x).waarde, True)

    def __rpow__(self, x):
        return self._als(x)._samen(self, "^", _MACHT, self._als(x).waarde ** self.waarde, True)

    def __neg__(self):
        s, i = (f"({self.symbool})", f"({self.ingevuld})") if self.rang < _ATOOM else (self.symbool, self.ingevuld)
        return Uitdrukking(-self.waarde, f"\u2212{s}", f"\u2212{i}", self.termen, _PLUS)

    # -- comparisons and conversions: the rule's own control flow sees the value ---
    def __float__(self):
        return float(self.waarde)

    def __int__(self):
        return int(self.waarde)

    def __index__(self):
        if float(self.waarde) != int(self.waarde):
            raise TypeError("geen geheel getal")
        return int(self.waarde)

    def __round__(self, n=None):
        return round(self.waarde, n)

    def __bool__(self):
        return bool(self.waarde)

    def _w(self, x):
        return x.waarde if isinstance(x, Uitdrukking) else x

    def __eq__(self, x):
        return self.waarde == self._w(x)

    def __ne__(self, x):
        return self.waarde != self._w(x)

    def __lt__(self, x):
        return self.waarde < self._w(x)

    def __le__(self, x):
        return self.waarde <= self._w(x)

    def __gt__(self, x):
        return self.waarde > self._w(x)

    def __ge__(self, x):
        return self.waarde >= self._w(x)

    __hash__ = None


class _Invoer:
    """The result's input as the rule sees it, with numbers as named terms."""

    def __init__(self, lezer: "_Lezer"):
        self._l = lezer

    def reeks(self, sleutel: str) -> Mapping[int, float]:
        return self._l.gegeven(sleutel, markeer=False)

    def __getattr__(self, naam):
        return getattr(self._l.r.invoer, naam)


class _Lezer(Lezer):
    """Reads for one rule run: quantities, parameters and input as terms (the constructs show the branch taken)."""

    def __init__(self, resultaat):
        self.r = resultaat
        self.koppelingen = resultaat.koppelingen
        self.invoer = _Invoer(self)

    def _term(self, naam, waarde, eenheid, verwijzing):
        if waarde is None or isinstance(waarde, (bool, str)):
            return waarde
        return Uitdrukking.van(Term(naam, toon(waarde, eenheid), waarde, verwijzing))

    def get(self, naam: str, jaar: int):
        jaar = int(jaar)   # a year may arrive as a term (e.g. the basisjaar)
        regel = GROOTHEID[naam]
        waarde = self.r.grootheidswaarde(naam, jaar)
        label = self.r.label(naam)
        return self._term(f"{label} {jaar}", waarde, regel.eenheid, Verwijzing(GROOTHEIDSVERWIJZING, naam, jaar))

    def p(self, sleutel: str, jaar: int):
        jaar = int(jaar)
        p = self.r.parameterbron.set.parameter(sleutel)
        return self._term(f"{p.label} {jaar}", self.r.parameterwaarden[(sleutel, jaar)], p.eenheid,
                          Verwijzing(PARAMETER, sleutel, jaar))

    def veld(self, sleutel: str):
        waarde = getattr(self.r.invoer, sleutel)
        veld = VELD.get(sleutel)
        if veld is None:
            return waarde
        return self._term(veld.label, waarde, veld.soort, Verwijzing(INVOERVELD, sleutel))

    def gegeven(self, reeks: str, markeer: bool = True) -> Mapping[int, object]:
        r = REEKS[reeks]
        soort = CIRCULAIRE if r.blad == "Circulaire" else INVOERREEKS
        naam = f"Circulaire: {r.label}" if soort == CIRCULAIRE else r.label
        return {j: self._term(f"{naam} {j}", w, r.soort, Verwijzing(soort, reeks, j))
                for j, w in self.r.invoer.reeks(reeks).items()}

    def circulaire(self, reeks: str, jaar: int):
        return self.gegeven(reeks).get(jaar)

    def circulairewaarde(self, reeks: str, jaar: int):
        return self.gegeven(reeks)[jaar]

    def circulairejaren(self, reeks: str) -> list[int]:
        return sorted(self.r.invoer.reeks(reeks))

    def editie(self, jaar: int):
        return self.r.invoer.editie(jaar)

    def basiswaarde(self, sleutel: str, jaar: int):
        p = self.r.parameterbron.set.parameter(sleutel)
        return self._term(f"{p.label} {jaar} (opgeslagen)", p.waarde(jaar), p.eenheid, Verwijzing(PARAMETER, sleutel, jaar))

    def bereik(self, sleutel: str) -> tuple[float, float]:
        return self.r.parameterbron.set.parameter(sleutel).bereik

    def keuze(self, x):
        return x.waarde if isinstance(x, Uitdrukking) else x

    def _functie(self, naam: str, a, b, waarde):
        a, b = Uitdrukking._als(a), Uitdrukking._als(b)
        return Uitdrukking(waarde, f"{naam}({a.symbool}; {b.symbool})", f"{naam}({a.ingevuld}; {b.ingevuld})",
                           a.termen + b.termen)

    def maximum(self, a, b):
        return self._functie("max", a, b, max(self.keuze(a), self.keuze(b)))

    def minimum(self, a, b):
        return self._functie("min", a, b, min(self.keuze(a), self.keuze(b)))


@dataclass(frozen=True)
class Uitwerking:
    """The worked calculation of one figure."""

    sleutel: str
    jaar: int
    waarde: float
    formule: str                 # with names: "Bekostigde plekken beschut werk 2027 × …"
    ingevuld: str                # with numbers: "15,389796 × € 13.117,05"
    termen: tuple[Term, ...]     # every value used, each with its reference

    @property
    def tekst(self) -> str:
        """Plain text for the clipboard."""
        label = GROOTHEID[self.sleutel].label
        uitkomst = toon(self.waarde, GROOTHEID[self.sleutel].eenheid)
        regels = [f"{label} {self.jaar} = {uitkomst}", f"= {self.formule}", f"= {self.ingevuld}"]
        regels += ["", "Gebruikte waarden:"] + [f"- {t.naam}: {t.tekst}" for t in _uniek(self.termen)]
        return "\n".join(regels)


def _uniek(termen) -> list[Term]:
    gezien, uit = set(), []
    for t in termen:
        if (t.naam, t.tekst) not in gezien:
            gezien.add((t.naam, t.tekst))
            uit.append(t)
    return uit


def uitwerking(resultaat, sleutel: str, jaar: int) -> Uitwerking | None:
    """The filled-in rule of ``sleutel`` in ``jaar``; None when the quantity has no value that year."""
    knoop = resultaat.knopen.get((sleutel, jaar))
    if knoop is None or knoop.waarde is None:
        return None
    uit = GROOTHEDEN[sleutel](_Lezer(resultaat), jaar)
    d = uit if isinstance(uit, Uitdrukking) else Uitdrukking._als(uit)
    if not (d.waarde == knoop.waarde or math.isclose(d.waarde, knoop.waarde, rel_tol=1e-12, abs_tol=1e-9)):
        raise AssertionError(f"uitwerking van {sleutel} {jaar} geeft {d.waarde}, de berekening {knoop.waarde}")
    return Uitwerking(sleutel, jaar, knoop.waarde, d.symbool, d.ingevuld, d.termen)
