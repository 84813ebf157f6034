"""Reading single cell values the way INVOER §3 describes: strict about meaning, lenient about form.

Every function takes the raw value a workbook library returned (``str``, ``int``, ``float``,
``bool``, a date/time, or a :class:`Foutwaarde`) and returns the typed value, ``None`` for an
empty cell, or raises :class:`CelFout` with what was found and what was expected (Dutch).
"""
from __future__ import annotations

import datetime as _dt
import math
import re

from model import getallen
from model.getallen import GeenGetal
from model.tekst import normaliseer


class Foutwaarde(str):
    """An Excel/LibreOffice error value (``#N/B``, ``#DEEL/0!``, ``Err:502``) found in a cell."""


class ZonderUitkomst(Foutwaarde):
    """A formula whose result was never stored (the file was not saved by a program that calculates)."""

    def __new__(cls):
        return super().__new__(cls, "formule zonder uitkomst")




def zonder_uitkomst_melding(blad: str, cel: str, label: str | None = None) -> str:
    """The one sentence for a formula whose result was never stored, naming sheet and cell (every sheet read)."""
    zin = (f"in blad {blad}, cel {cel} staat een formule zonder berekende waarde (het werkboek is niet in Excel of "
           "LibreOffice opgeslagen). Open het werkboek, laat het herberekenen en sla het op.")
    return f"{label}: {zin}" if label else zin[0].upper() + zin[1:]


class CelFout(ValueError):
    """A cell value that cannot be read as the expected kind."""

    def __init__(self, gevonden: str, verwacht: str, uitleg: str | None = None):
        super().__init__(uitleg or f"'{gevonden}' is geen {verwacht}")
        self.gevonden = gevonden
        self.verwacht = verwacht
        self.uitleg = uitleg


class FormuleZonderUitkomst(CelFout):
    """The cell holds :class:`ZonderUitkomst`; the reader words it with :func:`zonder_uitkomst_melding`."""


# Error values in English and Dutch Excel and LibreOffice; typed or pasted as text they are errors too.
_FOUTWAARDE = re.compile(
    r"^(#(N/A|N/B|NULL!|LEEG!|DIV/0!|DEEL/0!|VALUE!|WAARDE!|REF!|VERW!|NAME\?|NAAM\?|NUM!|GETAL!|"
    r"SPILL!|OVERLOOP!|CALC!|BEREKENEN!|GETTING_DATA|GEGEVENS_OPHALEN|BLOCKED!|FIELD!|CONNECT!|"
    r"BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)|Err:\d{3})$",
    re.IGNORECASE,
)
JA = frozenset({"ja", "j", "yes", "y", "waar", "true", "1"})
NEE = frozenset({"nee", "n", "no", "onwaar", "false", "0"})


def celnaam(rij: int, kolom: int) -> str:
    """0-based row/column -> ``B5``."""
    letters = ""
    k = kolom + 1
    while k:
        k, rest = divmod(k - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{rij + 1}"


def is_foutwaarde(waarde: object) -> bool:
    return isinstance(waarde, Foutwaarde) or (isinstance(waarde, str) and bool(_FOUTWAARDE.match(waarde.strip())))


def is_leeg(waarde: object) -> bool:
    if waarde is None:
        return True
    if isinstance(waarde, str) and not isinstance(waarde, Foutwaarde):
        return not getallen.kern(waarde)
    return False


def toon(waarde: object, max_lengte: int = 60) -> str:
    """How a found value is shown in a finding: Dutch decimal comma, long text shortened."""
    if isinstance(waarde, bool):
        return "WAAR" if waarde else "ONWAAR"
    if isinstance(waarde, float):
        tekst = repr(waarde)
        if tekst.endswith(".0"):
            tekst = tekst[:-2]
        return tekst.replace(".", ",")
    if isinstance(waarde, (_dt.date, _dt.time, _dt.timedelta)):
        return f"de datum/tijd {waarde}"
    tekst = str(waarde).replace("\n", " ")
    return tekst if len(tekst) <= max_lengte else tekst[: max_lengte - 1] + "…"


def _controleer_fout(waarde: object, verwacht: str) -> None:
    if isinstance(waarde, ZonderUitkomst):
        raise FormuleZonderUitkomst(str(waarde), verwacht, "de cel bevat een formule zonder berekende waarde")
    if is_foutwaarde(waarde):
        raise CelFout(str(waarde).strip(), verwacht, f"de cel bevat de foutwaarde {str(waarde).strip()}")


def lees_getal(waarde: object, verwacht: str = "getal") -> float | None:
    """A number: numeric cells as they are, Dutch number text by :func:`model.getallen.lees_getal`."""
    if is_leeg(waarde):
        return None
    _controleer_fout(waarde, verwacht)
    try:
        if isinstance(waarde, str):
            return getallen.lees_getal(waarde, toon(waarde))
        if isinstance(waarde, (int, float)) and not isinstance(waarde, bool):
            return getallen.controleer(float(waarde), toon(waarde))
    except GeenGetal as fout:
        raise _celfout(waarde, verwacht, fout) from None
    raise CelFout(toon(waarde), verwacht)


def lees_geheel(waarde: object, verwacht: str = "geheel getal") -> int | None:
    getal = lees_getal(waarde, verwacht)
    if getal is None:
        return None
    if getal != int(getal):
        raise CelFout(toon(waarde), verwacht, f"{toon(waarde)} is geen geheel getal")
    return int(getal)


def lees_percentage(waarde: object) -> tuple[float | None, bool]:
    """A fraction, and whether it was given in percent points (68 -> 0.68, with a note)."""
    verwacht = "percentage (bijvoorbeeld 68 % of 0,68)"
    if is_leeg(waarde):
        return None, False
    _controleer_fout(waarde, verwacht)
    if isinstance(waarde, str):
        try:
            return getallen.lees_percentage(waarde, toon(waarde))
        except GeenGetal as fout:
            raise _celfout(waarde, verwacht, fout) from None
    getal = lees_getal(waarde, verwacht)
    try:
        return getallen.als_percentage(getal, toon(waarde))
    except GeenGetal as fout:
        raise _celfout(waarde, verwacht, fout) from None


def _celfout(waarde: object, verwacht: str, fout: GeenGetal) -> CelFout:
    return CelFout(toon(waarde), verwacht, None if fout.algemeen else str(fout))


def lees_janee(waarde: object) -> bool | None:
    verwacht = "ja of nee"
    if is_leeg(waarde):
        return None
    _controleer_fout(waarde, verwacht)
    if isinstance(waarde, bool):
        return waarde
    if isinstance(waarde, (int, float)) and waarde in (0, 1):
        return bool(waarde)
    if isinstance(waarde, str):
        woord = normaliseer(waarde)
        if woord in JA:
            return True
        if woord in NEE:
            return False
    raise CelFout(toon(waarde), verwacht)


def lees_jaar(waarde: object, minimum: int = 2020, maximum: int = 2060) -> int | None:
    verwacht = f"jaartal van {minimum} tot en met {maximum}"
    if is_leeg(waarde):
        return None
    _controleer_fout(waarde, verwacht)
    if isinstance(waarde, (_dt.date, _dt.time, _dt.timedelta)):
        raise CelFout(toon(waarde), verwacht, f"de cel bevat een datum ({waarde}), geen jaartal")
    if isinstance(waarde, str) and ("." in waarde and "," not in waarde):
        waarde = waarde.strip()
        if not re.fullmatch(r"\d{4}(\.0+)?", waarde):  # "2.026" is not a year
            raise CelFout(toon(waarde), verwacht)
    getal = lees_getal(waarde, verwacht)
    if getal != int(getal):
        raise CelFout(toon(waarde), verwacht, f"{toon(waarde)} is geen heel jaartal")
    if not (minimum <= getal <= maximum):
        raise CelFout(toon(waarde), verwacht, f"{toon(waarde)} ligt buiten {minimum}–{maximum}")
    return int(getal)


def lees_tekst(waarde: object, verwacht: str = "tekst") -> str | None:
    if is_leeg(waarde):
        return None
    _controleer_fout(waarde, verwacht)
    if isinstance(waarde, bool):
        raise CelFout(toon(waarde), verwacht)
    if isinstance(waarde, float) and waarde == int(waarde) and math.isfinite(waarde):
        return str(int(waarde))
    if isinstance(waarde, (int, float)):
        return str(waarde)
    if isinstance(waarde, str):
        return " ".join(waarde.split())
    raise CelFout(toon(waarde), verwacht)
