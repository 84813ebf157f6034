"""Export options shared by the PDF and the Excel annex, and small helpers both use."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Callable, Sequence

from model.paden import resource_pad

#: The sections an export can contain, in document order.
SAMENVATTING = "samenvatting"
STROMEN = "stromen"
GRAFIEKEN = "grafieken"
RESERVE = "reserve"
VERGELIJKING = "vergelijking"
GEVOELIGHEID = "gevoeligheid"
AANSLUITING = "aansluiting"
BEVINDINGEN = "bevindingen"
AANNAMES = "aannames"
PARAMETERS = "parameters"
HERKOMST = "herkomst"
INVOER = "invoer"
BRONNEN = "bronnen"
REKENREGELS = "rekenregels"
WAT_VERANDERT = "wat_verandert"
SECTIES = (SAMENVATTING, STROMEN, GRAFIEKEN, RESERVE, VERGELIJKING, WAT_VERANDERT, GEVOELIGHEID, AANSLUITING,
           BEVINDINGEN, AANNAMES, REKENREGELS, PARAMETERS, HERKOMST, INVOER, BRONNEN)

SECTIETITELS = {
    SAMENVATTING: "Samenvatting", STROMEN: "Financieringsstromen", GRAFIEKEN: "Grafieken",
    RESERVE: "Bestemmingsreserve impulsbudget", VERGELIJKING: "Scenariovergelijking",
    GEVOELIGHEID: "Gevoeligheidsanalyse", AANSLUITING: "Aansluiting met de circulaire",
    BEVINDINGEN: "Bevindingen en waarschuwingen", AANNAMES: "Aannames", PARAMETERS: "Parameters", HERKOMST: "Herkomst",
    INVOER: "Invoer", BRONNEN: "Bronnen", REKENREGELS: "Rekenregels en uitgangspunten",
    WAT_VERANDERT: "Wat verandert er",
}

MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december")

Voortgang = Callable[[float, str], None]


class ExportFout(ValueError):
    """The export options cannot be used (e.g. a year outside the result); ``str()`` is Dutch."""


@dataclass(frozen=True)
class Logo:
    """The gemeente's logo for the title page: the PNG file's bytes (``soort`` is ``png``)."""

    inhoud: bytes
    soort: str = "png"

    @classmethod
    def herken(cls, inhoud: bytes) -> "Logo | None":
        """A PNG (by its signature); otherwise None."""
        return cls(inhoud, "png") if inhoud.startswith(b"\x89PNG\r\n\x1a\n") else None


@dataclass(frozen=True)
class ExportOpties:
    """What goes into an export.

    ``van``/``tot`` narrow the horizon to years the result contains (default: all its years).
    ``datum`` is printed on the report and stored as document date (default: today).
    ``secties`` lists the sections to include (see :data:`SECTIES`); the comparison and the
    sensitivity appear only when ``vergelijking`` / ``gevoeligheid`` are given as well.
    ``bevindingen`` are the input findings (model.bevindingen.Bevinding) to list.
    ``herkomst`` is a sheet of the Excel annex only; ``grafieken`` and ``reserve`` are PDF pages (the Excel
    annex holds the figures behind them on Overzicht and Impulsbudget). The Excel annex always holds its live
    model (Overzicht, Invoer, Parameters and a sheet per stream), whatever sections are chosen.
    ``titel``, ``inleiding``, ``logo`` (PDF title page) and ``concept`` make the annex the gemeente's own.
    The sensitivity effects are over the horizon they were calculated for.
    """

    van: int | None = None
    tot: int | None = None
    datum: date | None = None
    secties: tuple[str, ...] = SECTIES
    vergelijking: object | None = None          # model.analyse.Vergelijking
    gevoeligheid: Sequence | None = None        # list[model.analyse.Gevoeligheid]
    bevindingen: Sequence = field(default_factory=tuple)
    scenario_omschrijving: str = ""
    #: the user's corrections of the gemeente's data (invoercorrecties), one Dutch description each
    invoercorrecties: tuple[str, ...] = ()
    #: "Wat verandert er": a comparison of an earlier calculation with this one (model.vergelijken.Vergelijking)
    wat_verandert: object | None = None
    #: the gemeente's own annex: title, introductory paragraph, logo, CONCEPT watermark
    titel: str = ""
    inleiding: str = ""
    logo: Logo | None = None
    concept: bool = False

    def met_sectie(self, sectie: str) -> bool:
        if sectie == VERGELIJKING and not (self.vergelijking and self.vergelijking.varianten):
            return False
        if sectie == GEVOELIGHEID and not self.gevoeligheid:
            return False
        if sectie == WAT_VERANDERT and self.wat_verandert is None:
            return False
        return sectie in self.secties

    @property
    def rapportdatum(self) -> date:
        return self.datum or date.today()


def controleer(resultaat, opties: ExportOpties) -> tuple[int, ...]:
    """The years to show; raises :class:`ExportFout` for options that do not fit the result."""
    onbekend = [s for s in opties.secties if s not in SECTIES]
    if onbekend:
        raise ExportFout(f"Onbekend onderdeel voor de export: {', '.join(onbekend)}. Kies uit: {', '.join(SECTIES)}.")
    van = resultaat.jaren[0] if opties.van is None else opties.van
    tot = resultaat.jaren[-1] if opties.tot is None else opties.tot
    if van > tot:
        raise ExportFout(f"Het beginjaar {van} ligt na het eindjaar {tot}.")
    if van not in resultaat.jaren or tot not in resultaat.jaren:
        raise ExportFout(f"De berekening loopt van {resultaat.jaren[0]} tot en met {resultaat.jaren[-1]}; "
                         f"{van}–{tot} valt daarbuiten. Reken eerst de gewenste jaren door.")
    jaren = tuple(j for j in resultaat.jaren if van <= j <= tot)
    if opties.met_sectie(VERGELIJKING) and not set(jaren) <= set(opties.vergelijking.jaren):
        v = opties.vergelijking.jaren
        raise ExportFout(f"De scenariovergelijking is berekend voor {v[0]}–{v[-1]}; "
                         f"de export toont {jaren[0]}–{jaren[-1]}. "
                         "Vergelijk de scenario's over dezelfde jaren.")
    return jaren


def meldingen_in(resultaat, jaren: Sequence[int]) -> tuple:
    """The result's own findings that concern the years shown (or no year in particular)."""
    return tuple(w for w in resultaat.waarschuwingen if not w.jaren or any(j in jaren for j in w.jaren))


def reeks_in(resultaat, sleutel: str, jaren: Sequence[int]) -> tuple:
    """A line or detail series restricted to ``jaren`` (values exactly as the model gave them)."""
    alle = dict(zip(resultaat.jaren, resultaat.reeks(sleutel)))
    return tuple(alle.get(j) for j in jaren)


def datum_tekst(d: date) -> str:
    """``date(2026, 11, 23)`` -> ``23 november 2026``."""
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def melden(voortgang: Voortgang | None, fractie: float, tekst: str) -> None:
    if voortgang is not None:
        voortgang(min(1.0, max(0.0, fractie)), tekst)


@lru_cache(maxsize=1)
def bronnen() -> tuple[dict, ...]:
    """The five source documents (resources/bronnen.json), for the sources list."""
    data = json.loads(resource_pad("bronnen.json").read_text(encoding="utf-8"))
    return tuple(data["bronnen"])


def bronvermelding(bron: dict) -> str:
    """``000 Divosa, Financiën inrichting werkontwikkelbedrijven … (update 21 juli 2025)``."""
    tekst = f"{bron['code']} {bron['uitgever']}, {bron['titel']}"
    return tekst + (f" ({bron['datum']})" if bron.get("datum") else "")


_STUURTEKENS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def schoon(tekst) -> str:
    """User text as plain printable text: control characters removed (they break XML and PDF)."""
    return _STUURTEKENS.sub("", "" if tekst is None else str(tekst))


#: Iv3 taakvelden used by the default mapping (REKENREGELS §5).
TAAKVELDEN = {
    "0.7": "Algemene uitkering en overige uitkeringen gemeentefonds",
    "0.10": "Mutaties reserves",
    "6.3": "Inkomensregelingen",
    "6.4": "Wsw en beschut werk",
    "6.5": "Arbeidsparticipatie",
}
