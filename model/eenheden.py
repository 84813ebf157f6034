"""The one unit type: what a number is, and therefore how every presentation layer writes it.

A unit carries its Dutch text, the decimals a table shows, its Excel number format and whether it is
shown as a percentage, in euros or as a year. The catalogue (:mod:`model.regels`) gives every quantity
one of these; the parameter set's unit words (``EUR/plek``, ``fractie per jaar``, ``jaren``…) and the
input fields' kinds (``percentage``, ``euro``, ``geheel``…) map onto them with :func:`eenheid_van`.
The app's tables, the begroting table, the terminal table, the PDF tables, the Excel formats and the
Dutch sentences that name a value all derive from it, so one unit is written one way everywhere.

``Eenheid`` is a ``StrEnum``: a unit compares equal to (and serialises as) its stored word, ``"EUR"``,
``"fractie"``…, so files and JSON stay as they were.
"""
from __future__ import annotations

from enum import StrEnum

from model.opmaak import afgerond, euro, getal, procent

#: Excel number formats (one per unit; a parameter value may take the finer variant its value needs)
EURO = "€ #,##0;[Red]€ -#,##0"
EURO_CENT = "€ #,##0.00;[Red]€ -#,##0.00"
PROCENT = "0.0%"
PROCENT_FIJN = "0.00%"
AANDEEL_FMT = "0.000%"
AANTAL_FMT = "#,##0.0"
GETAL_FMT = "#,##0.00"
INDEX_FMT = "0.0000"
JAAR_FMT = "0"
HEEL_FMT = "#,##0"
VRIJ_FMT = "#,##0.####"


class Eenheid(StrEnum):
    """A unit: stored word, Dutch text, table decimals, Excel format, and how the number is written."""

    EUR = ("EUR", "euro", 0, EURO)
    AANTAL = ("aantal", "aantal", 1, AANTAL_FMT)
    FRACTIE = ("fractie", "%", 1, PROCENT)
    GETAL = ("getal", "", 1, GETAL_FMT)
    INDEX = ("index", "index", 4, INDEX_FMT)
    AANDEEL = ("aandeel", "%", 3, AANDEEL_FMT)
    JAAR = ("jaar", "jaar", 0, JAAR_FMT)

    __hash__ = str.__hash__   # equal to its word, so it must hash like it (Enum hashes the member's name)

    def __new__(cls, woord: str, tekst: str, decimalen: int, excel: str):
        lid = str.__new__(cls, woord)
        lid._value_ = woord
        lid.tekst = tekst              # Dutch, for a column "Eenheid" or after a value
        lid.decimalen = decimalen      # decimals of a figure in a table (app, PDF, terminal)
        lid.excel = excel              # Excel number format of a cell holding a quantity of this unit
        return lid

    @property
    def is_procent(self) -> bool:
        """A fraction shown × 100 with ``%``."""
        return self in (Eenheid.FRACTIE, Eenheid.AANDEEL)

    @property
    def is_euro(self) -> bool:
        return self is Eenheid.EUR

    def cijfer(self, waarde: float, decimalen: int | None = None) -> str:
        """A figure in a table whose caption names the currency: ``1.234.567``, ``97,4 %``, ``12,3``."""
        d = self.decimalen if decimalen is None else decimalen
        if self.is_procent:
            return procent(waarde, d)
        if self is Eenheid.JAAR:
            return str(int(waarde))
        return getal(waarde, d)

    def opgemaakt(self, waarde: float, decimalen: int | None = None) -> str:
        """A figure on its own: as :meth:`cijfer`, with the euro sign for amounts (``€ 1.234.567``)."""
        if self.is_euro:
            return euro(waarde, self.decimalen if decimalen is None else decimalen)
        return self.cijfer(waarde, decimalen)

    def waarde_tekst(self, waarde: float) -> str:
        """A single published value (a parameter) with the decimals it has: ``€ 14,06``, ``57,5 %``, ``2028``."""
        if self.is_euro:
            return euro(waarde, 2 if waarde != int(waarde) and abs(waarde) < 100 else 0)
        if self.is_procent:
            return procent(waarde, 0 if afgerond(waarde * 100, 0) == afgerond(waarde * 100, 2) else 2)
        if self is Eenheid.JAAR:
            return str(int(waarde))
        return getal(waarde, 0 if float(waarde).is_integer() else 2)

    def excelformaat(self, waarde: float | None = None) -> str:
        """The Excel format of one published value: cents or a finer percentage only where the value has them."""
        if self.is_euro:
            return EURO if waarde is None or float(waarde).is_integer() else EURO_CENT
        if self.is_procent:
            return PROCENT_FIJN if waarde is not None and round(waarde * 100, 6) != round(waarde * 100, 1) else PROCENT
        if self is Eenheid.JAAR:
            return JAAR_FMT
        return VRIJ_FMT if waarde is not None and not float(waarde).is_integer() else HEEL_FMT


#: The input fields' kinds (model.invoer) as units.
_SOORTEN = {"percentage": Eenheid.FRACTIE, "euro": Eenheid.EUR, "geheel": Eenheid.AANTAL, "getal": Eenheid.GETAL}


def eenheid_van(woord: str) -> Eenheid:
    """The unit of a catalogue entry, a parameter's unit word or an input field's kind.

    ``EUR/plek`` and ``EUR/uur`` are euros, ``fractie van WML`` and ``fractie per jaar`` fractions, ``jaar`` a
    year; any other word (``plekken``, ``SE``, ``jaren``, ``weken``) names a plain number.
    """
    if isinstance(woord, Eenheid):
        return woord
    if woord in Eenheid._value2member_map_:
        return Eenheid(woord)
    if woord in _SOORTEN:
        return _SOORTEN[woord]
    if woord.startswith("EUR"):
        return Eenheid.EUR
    if woord.startswith("fractie"):
        return Eenheid.FRACTIE
    return Eenheid.GETAL


def is_groeivoet(woord: str) -> bool:
    """A rate per year (``fractie per jaar``, an indexation): it may be negative, and "far" is in points."""
    return eenheid_van(woord).is_procent and woord.endswith("per jaar")


def waarde_tekst(waarde: float | None, woord: str) -> str:
    """A single value by its unit word (empty for None): see :meth:`Eenheid.waarde_tekst`."""
    return "" if waarde is None else eenheid_van(woord).waarde_tekst(waarde)


EUR, AANTAL, FRACTIE, GETAL, INDEX, AANDEEL, JAAR = (Eenheid.EUR, Eenheid.AANTAL, Eenheid.FRACTIE, Eenheid.GETAL,
                                                     Eenheid.INDEX, Eenheid.AANDEEL, Eenheid.JAAR)
