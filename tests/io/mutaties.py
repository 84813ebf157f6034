"""Hypothesis strategies that damage the example workbook the way people do (and worse).

Used by tests/io/test_fuzz.py (a few hundred examples) and benchmarks/fuzz_werkboek.py
(thousands).
"""
from __future__ import annotations

import datetime as dt
import re

from hypothesis import strategies as st

from model.invoer import REEKSEN, VELDEN
from tests.io.bouw import Fout, kopie, voorbeeld_grid

FORMATEN = (".xlsx", ".ods", ".xls")
FOUTCODES = ("#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!")
_TEKSTEN = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)
_LABELS = [v.label for v in VELDEN if v.blad] + [r.label for r in REEKSEN] + [
    "Jaar", "Gegeven", "Waarde", "Gemeente", "Doelgroepenregister", "Gemeente", "Meerjarig", "Circulaire"]
_GETALTEKST = st.from_regex(r"\A[-−]?€? ?\d{1,4}([.,]\d{1,3}){0,3}( ?%)?\Z", fullmatch=True)
_BLADNAAM = st.from_regex(r"\A[A-Za-z0-9 éëï_-]{1,31}\Z", fullmatch=True)

waarden = st.one_of(
    st.none(),
    st.integers(min_value=-(10 ** 15), max_value=10 ** 15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.floats(min_value=-1e-300, max_value=1e-300, allow_nan=False),
    st.sampled_from([2024, 2025, 2026, 2035, 2061, 2019, 2026.0, 2026.5, 0, 1, -1, 0.5, 100, 101]),
    _TEKSTEN,
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=200, max_size=3000),
    _GETALTEKST,
    st.sampled_from(["ja", "nee", "J", "waar", "onwaar", "misschien", "", " ", "\u00a0", "€", "#N/B", "#DEEL/0!",
                     "Err:502", "2026,5", "1.5", "1.500", "68%", "68 %", "GM0200", "Achterhoek", "Zzz-regio",
                     "ﬁ𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u202e2026", "٢٠٢٦", "２０２６", "NaN", "inf", "1e5"]),
    st.sampled_from(_LABELS),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2100, 1, 1)),
    st.sampled_from(FOUTCODES).map(Fout),
)


@st.composite
def mutatie(draw, bladen: list[str]):
    soort = draw(st.sampled_from(["cel", "cel", "cel", "cel", "rij_weg", "kolom_weg", "blad_weg", "hernoem",
                                  "titelrij", "rij_erbij", "verwissel_rijen"]))
    blad = draw(st.sampled_from(bladen))
    r = draw(st.integers(min_value=0, max_value=40))
    c = draw(st.integers(min_value=0, max_value=8))
    if soort == "cel":
        return ("cel", blad, r, c, draw(waarden))
    if soort == "hernoem":
        return ("hernoem", blad, draw(st.one_of(_BLADNAAM, st.sampled_from(["gemeente", "MEERJARIG", "Circulaire ",
                                                                          "Samenwerkingsverband"]))))
    if soort == "rij_erbij":
        return ("rij_erbij", blad, r, draw(st.lists(waarden, max_size=6)))
    if soort == "verwissel_rijen":
        return ("verwissel_rijen", blad, r, draw(st.integers(min_value=0, max_value=40)))
    return (soort, blad, r, c)


def pas_toe(grid, m) -> None:
    soort, blad = m[0], m[1]
    if blad not in grid:
        return
    rijen = grid[blad]
    if soort == "cel":
        _, _, r, c, waarde = m
        while len(rijen) <= r:
            rijen.append([])
        while len(rijen[r]) <= c:
            rijen[r].append(None)
        rijen[r][c] = waarde
    elif soort == "rij_weg" and m[2] < len(rijen):
        del rijen[m[2]]
    elif soort == "kolom_weg":
        for rij in rijen:
            if m[3] < len(rij):
                del rij[m[3]]
    elif soort == "blad_weg":
        del grid[blad]
    elif soort == "hernoem":
        nieuw = m[2]
        if nieuw.lower() not in {n.lower() for n in grid} and nieuw.strip() and not re.search(r"^'|'$", nieuw):
            grid[nieuw] = grid.pop(blad)
    elif soort == "titelrij":
        rijen.insert(0, ["Titel"])
    elif soort == "rij_erbij":
        rijen.insert(min(m[2], len(rijen)), list(m[3]))
    elif soort == "verwissel_rijen" and max(m[2], m[3]) < len(rijen):
        rijen[m[2]], rijen[m[3]] = rijen[m[3]], rijen[m[2]]


_BASIS = None


@st.composite
def beschadigd_werkboek(draw):
    """(grid, extension, mutations): the Voorbeeldgemeente with 1–12 changes."""
    global _BASIS
    if _BASIS is None:
        _BASIS = voorbeeld_grid()
    grid = kopie(_BASIS)
    mutaties = draw(st.lists(mutatie(list(grid)), min_size=1, max_size=12))
    for m in mutaties:
        pas_toe(grid, m)
    if not grid:
        grid["Leeg"] = [[None]]
    ext = draw(st.sampled_from(FORMATEN))
    return grid, ext, mutaties


def schrijfbaar(grid, ext: str) -> dict:
    """Adapt values the test's writers cannot store (xls: 32767 characters, dates before 1900)."""
    if ext != ".xls":
        return grid
    uit = {}
    for naam, rijen in grid.items():
        uit[naam] = [[(w[:32000] if isinstance(w, str) else w) for w in rij] for rij in rijen]
    return uit
