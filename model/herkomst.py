"""Provenance read from the immutable record of a calculation (REKENREGELS: every figure traceable).

The calculation records, for every (quantity, year), what its rule read directly (a
:class:`~model.rekenregels.kern.Knoop`). These pure functions follow those records to
everything a figure depends on. They never run a rule and keep no state, so any number of
threads may ask at once and get the same answer.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from model.rekenregels.kern import Knoop

Knopen = Mapping[tuple[str, int], Knoop]


@dataclass(frozen=True)
class Afhankelijkheden:
    """Everything one value depends on, transitively."""

    parameters: frozenset[tuple[str, int]]
    invoer: frozenset[str]
    circulaire: frozenset[tuple[str, int]]
    circulaire_direct: bool


def afhankelijkheden(knopen: Knopen, sleutel: str, jaar: int) -> Afhankelijkheden:
    """The parameters, input fields and circulaire amounts that ``sleutel`` in ``jaar`` depends on."""
    begin = knopen[(sleutel, jaar)]
    parameters: set = set()
    invoer: set = set()
    circulaire: set = set()
    gezien = {(sleutel, jaar)}
    open_ = [begin]
    while open_:
        knoop = open_.pop()
        parameters.update(knoop.parameters)
        invoer.update(knoop.invoer)
        circulaire.update(knoop.circulaire)
        for kind in knoop.grootheden:
            if kind not in gezien:
                gezien.add(kind)
                open_.append(knopen[kind])
    return Afhankelijkheden(frozenset(parameters), frozenset(invoer), frozenset(circulaire),
                            begin.circulaire_direct)
