"""The 35 arbeidsmarktregio's with streefcijfer and realisatie beschut werk (003 Bijlage 1)."""
from __future__ import annotations

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
