"""Circulaire editions (INVOER §2, REKENREGELS §4.1 v2): which circulaire an amount comes from.

The gemeentefonds publishes a mei-, september- and decembercirculaire (sometimes a juni-
circulaire). From the septembercirculaire 2025 on, the rijksbijdrage beschut werk includes the
tijdelijke ophoging (000 §5.3); an amount from an earlier edition does not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from model.tekst import normaliseer

#: month word -> month number; a text may use the word or its first three (or more) letters
MAANDEN = {"mei": 5, "juni": 6, "september": 9, "december": 12}
EERSTE_EDITIEJAAR, LAATSTE_EDITIEJAAR = 2024, 2040
_NAAM = {nummer: woord for woord, nummer in MAANDEN.items()}


@dataclass(frozen=True, order=True)
class Editie:
    jaar: int
    maand: int

    @property
    def tekst(self) -> str:
        return f"{_NAAM[self.maand]}circulaire {self.jaar}"

    def __str__(self) -> str:
        return self.tekst


#: The first edition whose rijksbijdrage beschut werk contains the tijdelijke ophoging (000 §5.3).
OPHOGING_VANAF = Editie(2025, 9)
VOORBEELDEN = "bijvoorbeeld 'meicirculaire 2026', 'sept. 2025' of 'decembercirculaire 2025'"


def lees_editie(tekst: str) -> Editie | None:
    """The edition a text names, or None when it names none (the caller reports the cell)."""
    woorden = re.sub(r"circulaire", " ", normaliseer(str(tekst))).split()
    if len(woorden) != 2 or not woorden[1].isdigit():
        return None
    woord, jaar = woorden[0], int(woorden[1])
    if not EERSTE_EDITIEJAAR <= jaar <= LAATSTE_EDITIEJAAR:
        return None
    for naam, maand in MAANDEN.items():
        if len(woord) >= 3 and naam.startswith(woord):
            return Editie(jaar, maand)
    return None


def bevat_ophoging(editie: Editie | None) -> bool:
    """Whether a circulaire amount for beschut werk includes the ophoging (no edition: taken to include it)."""
    return editie is None or editie >= OPHOGING_VANAF


#: The input series on sheet Circulaire, in sheet order (keys of :data:`model.invoer.REEKSEN`).
CIRCULAIREREEKSEN = ("circ_beschut", "circ_si", "circ_impulsbudget", "circ_wsw")


@dataclass(frozen=True)
class CirculaireRij:
    """One row of sheet Circulaire: a year's amounts as one edition published them (INVOER §2, v2).

    ``editie`` is the canonical text (``"meicirculaire 2026"``) or None when the row names none;
    ``bedragen`` holds the amounts given, by series key; a series left out was not published.
    """

    jaar: int
    editie: str | None
    bedragen: tuple[tuple[str, float], ...] = ()

    @property
    def editie_waarde(self) -> Editie | None:
        return None if self.editie is None else lees_editie(self.editie)

    def bedrag(self, reeks: str) -> float | None:
        return dict(self.bedragen).get(reeks)


def volgorde(rij: CirculaireRij) -> tuple:
    """Sort key: by year, then edition from old to new; a row without edition (its year's only row) first."""
    editie = rij.editie_waarde
    return (rij.jaar, editie is not None, editie or Editie(0, 0))


def nieuwste_per_jaar(rijen) -> tuple[tuple[CirculaireRij, ...], tuple[CirculaireRij, ...]]:
    """Split a history into the row the calculation uses per year (the newest edition) and the older rows.

    The one rule of "the newest edition per year" (INVOER §2). A year's rows compete as whole rows:
    an amount the newest edition leaves empty is not published in that edition, even when an
    older edition gave it. A row without edition can only be its year's one row (the reader and
    :func:`model.invoer.valideer` refuse anything else); should it meet dated rows, it counts as oldest.
    """
    gesorteerd = sorted(rijen, key=volgorde)
    laatste = {rij.jaar: i for i, rij in enumerate(gesorteerd)}
    nieuwste = tuple(gesorteerd[laatste[j]] for j in sorted(laatste))
    ouder = tuple(rij for i, rij in enumerate(gesorteerd) if laatste[rij.jaar] != i)
    return nieuwste, ouder
