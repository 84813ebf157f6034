"""The 35 arbeidsmarktregio's with streefcijfer and realisatie beschut werk (003 Bijlage 1)."""
from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from functools import lru_cache

from model.paden import resource_pad
from model.tekst import normaliseer


@dataclass(frozen=True)
class Regio:
    regio: str
    streefcijfer: int       # t/m december 2025
    werkzaam: int           # werkzame personen met positief advies, t/m september 2025

    @property
    def realisatiegraad(self) -> float:
        return self.werkzaam / self.streefcijfer


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resource_pad("arbeidsmarktregios.json").read_text(encoding="utf-8"))


def regios() -> tuple[Regio, ...]:
    return tuple(Regio(**r) for r in _data()["regios"])


def landelijk() -> Regio:
    return Regio("Nederland", **_data()["landelijk"])


def bron() -> str:
    return _data()["bron"]


ARBEIDSMARKTREGIOS = tuple(r.regio for r in regios())


def zoek_regio(naam: str) -> Regio | None:
    """Find a region by name, ignoring case, accents and punctuation."""
    sleutel = normaliseer(naam)
    for regio in regios():
        if normaliseer(regio.regio) == sleutel:
            return regio
    return None


def bedoelde_regio(naam: str) -> str | None:
    """The one region a misspelled or partial name clearly means (``'Twnete'`` -> ``'Twente'``), else None.

    A name contained in exactly one region's name means that region (``'Gooi'``); otherwise the
    closest by :mod:`difflib`, when it is close and clearly closer than the next (``'Brabant'``
    fits four regions equally well and gets no suggestion).
    """
    namen = {normaliseer(r): r for r in ARBEIDSMARKTREGIOS}
    sleutel = normaliseer(naam)
    bevat = [r for n, r in namen.items() if len(sleutel) >= 4 and sleutel in n]
    if len(bevat) == 1:
        return bevat[0]
    if bevat:
        return None
    score = sorted(((difflib.SequenceMatcher(None, sleutel, n).ratio(), r) for n, r in namen.items()), reverse=True)
    (beste, regio), (tweede, _) = score[0], score[1]
    return regio if beste >= 0.6 and beste - tweede >= 0.05 else None
