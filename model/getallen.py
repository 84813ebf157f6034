"""Reading numbers and percentages written the Dutch way (INVOER §3): one parser for the workbook and the editor.

Both readers take text and return the value, or raise :class:`GeenGetal` whose message is the
Dutch reason. The workbook reader hands over text cells (numeric cells need only
:func:`controleer` and :func:`als_percentage`); the app's editor hands over what the user typed.

- Numbers: ``,`` is the decimal comma and ``.`` groups thousands. Text with only ``.`` separators
  whose groups after the first are all exactly three digits is a thousands number (``1.500`` =
  1500); any other text with one ``.`` is a decimal point (``1.5`` = 1.5); other dots
  (``12.34.56``, ``1.234.5``) are refused. Spaces, non-breaking spaces and ``€`` are ignored;
  exponents (``1e3``), letters and stray signs are refused.
- Percentages: ``68 %`` is 0.68; a number without ``%`` from 0 to 1 is the fraction itself
  (``0,68``) and one above 1 up to 100 is read as percent points (``68`` → 0.68, reported so the
  workbook reader can add a note); anything else (``150``, ``-5 %``) is refused.
"""
from __future__ import annotations

import math
import re

#: No figure of one gemeente comes near a thousand billion; larger numbers are typing or paste errors
#: (and would overflow the Dutch formatting of results).
MAX_GETAL = 1e12

_WEG = str.maketrans("", "", " \u00a0\u202f\u2009\u2007\t\r\n€")
_MINTEKENS = str.maketrans({"\u2212": "-", "\u2013": "-"})
_DUIZENDTALLEN = r"[1-9]\d{0,2}(\.\d{3})+"                        # 1.500, 1.234.567
_MET_KOMMA = re.compile(rf"({_DUIZENDTALLEN}|\d+),\d*")           # 12.485,50  0,68  12,
_ALLEEN_DUIZENDTALLEN = re.compile(_DUIZENDTALLEN)
_MET_PUNT = re.compile(r"\d*\.\d+|\d+\.")                         # 1.5  .5  12.
_CIJFERS = re.compile(r"\d+")
_EXPONENT = re.compile(r"[\d.,]*\d[eE][+-]?\d+")


class GeenGetal(ValueError):
    """Text INVOER §3 does not accept; ``str()`` is the Dutch reason, complete on its own.

    ``algemeen`` is true when the reason says no more than "this is not a number/percentage"
    (the workbook reader then words it with what the cell should hold).
    """

    def __init__(self, reden: str, algemeen: bool = False):
        super().__init__(reden)
        self.algemeen = algemeen


def controleer(getal: float, getoond: str) -> float:
    """A finite number of a sane size, else :class:`GeenGetal` (``getoond``: the value as the user wrote it)."""
    if not math.isfinite(getal):
        raise GeenGetal(f"'{getoond}' is geen getal", algemeen=True)
    if abs(getal) > MAX_GETAL:
        raise GeenGetal(f"{getoond} is onwaarschijnlijk groot (meer dan duizend miljard)")
    return getal


def lees_getal(tekst: str, getoond: str | None = None) -> float:
    """Dutch number text -> float: ``12.485`` = 12485, ``12.485,50``, ``€ 3.634``, ``-1.200``, ``0,68``, ``1.5``.

    ``getoond`` is how the text appears in the reason (default: the text itself).
    """
    return _lees(tekst, " ".join(tekst.split()) if getoond is None else getoond, "getal")


def kern(tekst: str) -> str:
    """The text without what §3 ignores (spaces, non-breaking spaces, ``€``), minus signs made ``-``."""
    return tekst.translate(_MINTEKENS).translate(_WEG)


def _lees(tekst: str, getoond: str, wat: str) -> float:
    s = kern(tekst)
    teken = 1.0
    if s[:1] in ("+", "-") and s:
        teken = -1.0 if s[0] == "-" else 1.0
        s = s[1:]
    if "," in s:
        if not _MET_KOMMA.fullmatch(s):
            raise _geen_getal(getoond, s, wat)
        geheel, _, decimalen = s.partition(",")
        waarde = float(geheel.replace(".", "") + "." + (decimalen or "0"))
    elif _CIJFERS.fullmatch(s):
        waarde = float(s)
    elif _ALLEEN_DUIZENDTALLEN.fullmatch(s):
        waarde = float(s.replace(".", ""))
    elif _MET_PUNT.fullmatch(s):
        waarde = float(s)
    else:
        raise _geen_getal(getoond, s, wat)
    return controleer(teken * waarde, getoond)


def lees_percentage(tekst: str, getoond: str | None = None, negatief: bool = False,
                    begrensd: bool = True) -> tuple[float, bool]:
    """Percentage text -> (fraction, read as percent points): ``68 %`` -> (0.68, False), ``68`` -> (0.68, True).

    ``negatief``: a rate per year (an indexation) may be below zero: ``-1,5 %`` -> -0.015. A share never is.
    ``begrensd`` False (the app's editor): any size and sign is read (``680`` -> 6.8, ``-5 %`` -> -0.05), so
    the caller refuses it with the range of the value it is for instead of this general 0–100 %.
    """
    getoond = " ".join(tekst.split()) if getoond is None else getoond
    s = kern(tekst)
    if (negatief or not begrensd) and s[:1] == "-":
        fractie, punten = lees_percentage(s[1:], getoond, begrensd=begrensd)
        return -fractie, punten
    if "%" not in s:
        return als_percentage(_lees(s, getoond, "percentage"), getoond, begrensd)
    if not s.endswith("%") or s.count("%") != 1:
        raise GeenGetal(f"'{getoond}' is geen percentage", algemeen=True)
    punten = _lees(s[:-1], getoond, "percentage")
    if begrensd and not 0 <= punten <= 100:
        raise GeenGetal(f"{getoond} ligt niet tussen 0 % en 100 %")
    return punten / 100, False


def als_percentage(getal: float, getoond: str, begrensd: bool = True) -> tuple[float, bool]:
    """A number read as a percentage: 0–1 is the fraction, above 1 up to 100 (or any size, when not
    ``begrensd``) are percent points."""
    if 0 <= getal <= 1:
        return getal, False
    if 1 < getal <= 100 or (not begrensd and getal > 1):
        return getal / 100, True
    raise GeenGetal(f"{getoond} is geen percentage tussen 0 % en 100 %")


def _geen_getal(getoond: str, s: str, wat: str) -> GeenGetal:
    """Why ``s`` (sign, spaces and € removed) is not a Dutch number, as specific as it can say."""
    geen = f"'{getoond}' is geen {wat}" if getoond else f"er staat geen {wat}"
    if not s:
        return GeenGetal(geen, algemeen=True)
    if _EXPONENT.fullmatch(s):
        return GeenGetal(f"{geen}: schrijf het getal voluit, zonder e-notatie")
    if re.fullmatch(r"[\d.,]+", s):
        if s.count(",") > 1:
            return GeenGetal(f"{geen}: er staat meer dan één komma in (de komma is het decimaalteken)")
        if "." in s.partition(",")[2]:
            return GeenGetal(f"{geen}: na de decimaalkomma mag geen punt staan")
        return GeenGetal(f"{geen}: een punt scheidt groepen van precies drie cijfers (1.234.567)")
    return GeenGetal(geen, algemeen=True)
