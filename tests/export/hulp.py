"""Shared constants and helpers for the export tests (INVOER §5 figures, PDF text rows)."""
from __future__ import annotations

import re
from datetime import date

DATUM = date(2026, 11, 23)

#: INVOER §5, expected results Basis scenario (whole euros).
VERWACHT = {
    "iu_beschut_werk": {2026: 197044, 2027: 209355, 2028: 226649, 2031: 241612, 2034: 260184},
    "iu_beschut_lks_overbrugging": {2026: 45456, 2027: 47419, 2028: 0, 2031: 0, 2034: 0},
    "iu_sociale_infrastructuur": {2026: 139300, 2027: 149049, 2028: 158798, 2031: 188045, 2034: 217292},
    "iu_wsw": {2026: 3350000, 2027: 3205195, 2028: 3130732, 2031: 2871983, 2034: 2554927},
    "du_impulsbudget": {2026: 472500, 2027: 472500, 2028: 472500, 2031: 432000, 2034: 297000},
    "lasten_lks_beschut": {2026: 219823, 2027: 257546, 2028: 334460, 2031: 360221, 2034: 387930},
    "lasten_beschut_aanvullend": {2026: 282516, 2027: 330977, 2028: 306252, 2031: 329821, 2034: 355187},
    "lasten_wsw": {2026: 3495750, 2027: 3320581, 2028: 3194025, 2031: 2842642, 2034: 2529966},
    "saldo": {2026: -38502, 2027: 34610, 2028: 57859, 2031: 128284, 2034: 108828},
    "reserve_impulsbudget": {2026: 437500, 2027: 535000, 2028: 607500, 2031: 784500, 2034: 760500},
    "impulsbudget_toegerekend": {2026: 206182, 2027: 206182, 2028: 206182, 2031: 188509, 2034: 129600},
}


def nl(bedrag: int) -> str:
    """Dutch thousands separators, written independently of model.opmaak: -38502 -> '-38.502'."""
    return f"{bedrag:,}".replace(",", ".")


_GETAL = re.compile(r"^-?\d{1,3}(\.\d{3})*(,\d+)?( %)?$")


def rij_waarden(tekst: str, label: str, aantal: int) -> list[str]:
    """The ``aantal`` figures that follow ``label`` in extracted PDF text (taakveld skipped)."""
    woorden = " ".join(tekst.split())
    start = woorden.find(label + " ")
    assert start >= 0, f"regel {label!r} niet gevonden"
    rest = woorden[start + len(label):].split(" ")
    uit = []
    for woord in rest:
        if re.fullmatch(r"\d\.\d", woord):   # the taakveld column
            continue
        if _GETAL.match(woord) or woord == "–":
            uit.append(woord)
            if len(uit) == aantal:
                break
        elif uit:
            break
    return uit
