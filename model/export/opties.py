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
RISICOS = "risicos"
KERNBOODSCHAP = "kernboodschap"
VERDELING = "verdeling"
SECTIES = (KERNBOODSCHAP, SAMENVATTING, STROMEN, GRAFIEKEN, RESERVE, VERDELING, VERGELIJKING, WAT_VERANDERT,
           GEVOELIGHEID, RISICOS, AANSLUITING, BEVINDINGEN, AANNAMES, REKENREGELS, PARAMETERS, HERKOMST, INVOER, BRONNEN)
#: A begrotingsbijlage the raad gets as is (issue 21): these sections unless the user chooses otherwise. The
#: others (scenariovergelijking, gevoeligheid, aansluiting, bevindingen, herkomst, rekenregels, wat verandert er)
#: are opt-in: the user's own input findings, for one, never appear in a raad document unless chosen. The app and
#: the command line build what a default section needs: Risico's (the risk paragraph) always, the verdeling over
#: the samenwerkingsverband whenever there is a member list and a regional amount (SAMENWERKING §1; without them
#: the section is absent, never all zero).
STANDAARD_SECTIES = (KERNBOODSCHAP, SAMENVATTING, STROMEN, GRAFIEKEN, RESERVE, VERDELING, RISICOS, AANNAMES, BRONNEN)
#: Accepted for older projects and scripts, but no part of their own: the Excel annex always holds its live model
#: (Overzicht, Invoer, Parameters) and the PDF lists the parameters in Bijlage A. Not offered as a choice.
ZONDER_EIGEN_DEEL = (PARAMETERS, INVOER)
#: the name the verdeling's code uses for the default sections
STANDAARDSECTIES = STANDAARD_SECTIES

SECTIETITELS = {
    SAMENVATTING: "Samenvatting", STROMEN: "Financieringsstromen", GRAFIEKEN: "Grafieken",
    RESERVE: "Bestemmingsreserve impulsbudget", VERGELIJKING: "Scenariovergelijking",
    GEVOELIGHEID: "Gevoeligheidsanalyse", AANSLUITING: "Aansluiting met de circulaire",
    BEVINDINGEN: "Bevindingen en waarschuwingen", AANNAMES: "Aannames", PARAMETERS: "Parameters", HERKOMST: "Herkomst",
    INVOER: "Invoer", BRONNEN: "Bronnen", REKENREGELS: "Rekenregels en uitgangspunten",
    WAT_VERANDERT: "Wat verandert er", RISICOS: "Risico's en weerstandsvermogen", KERNBOODSCHAP: "Kernboodschap",
    VERDELING: "Verdeling impulsbudget samenwerkingsverband",
}

MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december")

Voortgang = Callable[[float, str], None]


class ExportFout(ValueError):
    """The export options cannot be used (e.g. a year outside the result); ``str()`` is Dutch."""


#: Bounds of the gemeente's own annex settings, checked wherever they are read (command line, dialog, project).
MAX_TITEL = 300            # characters of the title
MAX_INLEIDING = 20_000     # characters of the introduction
MAX_LOGO = 10 * 1024 * 1024        # bytes of the PNG file
MAX_LOGO_PIXELS = 8_000_000        # width × height (4000 × 2000; printed 6 × 2,2 cm); decoding stays bounded
#: The annex date: the Excel file (a zip) stores dates from 1980 to 2107.
DATUM_VAN, DATUM_TOT = date(1980, 1, 1), date(2107, 12, 31)


def controleer_datum(d: date, wie: str = "De datum") -> None:
    if not DATUM_VAN <= d <= DATUM_TOT:
        raise ExportFout(f"{wie} {d.isoformat()} kan niet: een Excel-bestand bewaart datums van {DATUM_VAN.year} tot en "
                         f"met {DATUM_TOT.year}.")


def controleer_tekst(tekst: str, hoogstens: int, wat: str) -> None:
    if len(tekst) > hoogstens:
        raise ExportFout(f"{wat} is te lang ({len(tekst):,} tekens; hoogstens {hoogstens:,}).".replace(",", "."))


_PNG = b"\x89PNG\r\n\x1a\n"
_KANALEN = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}   # PNG colour type -> samples per pixel


def controleer_png(inhoud: bytes, naam: str = "Het logo") -> tuple[int, int]:
    """Width and height of a PNG that can be drawn, or :class:`ExportFout` in Dutch.

    The file is read the way a decoder would, with bounded memory and time: every chunk's length
    and CRC, IHDR first with at most :data:`MAX_LOGO_PIXELS`, and the image data inflated in bounded
    steps to exactly the size the header announces; a truncated or damaged file is refused."""
    import struct
    import zlib
    onbruikbaar = f"{naam} is geen bruikbaar PNG-bestand"
    if len(inhoud) > MAX_LOGO:
        raise ExportFout(f"{naam} is te groot ({len(inhoud) // (1024 * 1024)} MB; hoogstens "
                         f"{MAX_LOGO // (1024 * 1024)} MB).")
    if not inhoud.startswith(_PNG):
        raise ExportFout(f"{onbruikbaar}; sla het logo op als PNG.")
    pos, breedte, hoogte, rijbytes, verwacht = len(_PNG), 0, 0, 0, 0
    ontpak, uitgepakt, einde = zlib.decompressobj(), 0, False
    while pos + 12 <= len(inhoud):
        lengte, soort = struct.unpack(">I4s", inhoud[pos:pos + 8])
        data = inhoud[pos + 8:pos + 8 + lengte]
        if len(data) != lengte or pos + 12 + lengte > len(inhoud):
            break
        (crc,) = struct.unpack(">I", inhoud[pos + 8 + lengte:pos + 12 + lengte])
        if zlib.crc32(soort + data) != crc:
            raise ExportFout(f"{onbruikbaar}: het bestand is beschadigd (controlegetal klopt niet).")
        pos += 12 + lengte
        if pos == len(_PNG) + 12 + lengte and soort != b"IHDR":
            raise ExportFout(f"{onbruikbaar}: de kop ontbreekt.")
        if soort == b"IHDR":
            if lengte != 13:
                raise ExportFout(f"{onbruikbaar}: de kop is beschadigd.")
            breedte, hoogte, diepte, kleur, _, _, interlace = struct.unpack(">IIBBBBB", data)
            if not breedte or not hoogte or kleur not in _KANALEN or diepte not in (1, 2, 4, 8, 16):
                raise ExportFout(f"{onbruikbaar}: de kop is beschadigd.")
            if breedte * hoogte > MAX_LOGO_PIXELS:
                raise ExportFout(f"{naam} is te groot ({breedte} × {hoogte} beeldpunten; hoogstens "
                                 f"{MAX_LOGO_PIXELS // 1_000_000} miljoen). Verklein het logo.")
            rijbytes = 1 + (breedte * _KANALEN[kleur] * diepte + 7) // 8
            verwacht = rijbytes * hoogte if not interlace else None
        elif soort == b"IDAT":
            if not breedte:
                raise ExportFout(f"{onbruikbaar}: de kop ontbreekt.")
            try:
                rest = data
                while True:   # in steps of a megabyte, also what zlib still holds after the last input
                    uit = ontpak.decompress(rest, 1024 * 1024)
                    uitgepakt += len(uit)
                    rest = ontpak.unconsumed_tail
                    if not uit and not rest:
                        break
                    if verwacht is not None and uitgepakt > verwacht:
                        raise ExportFout(f"{onbruikbaar}: er staan meer beeldgegevens in dan de kop aankondigt.")
            except zlib.error:
                raise ExportFout(f"{onbruikbaar}: de beeldgegevens zijn beschadigd.") from None
        elif soort == b"IEND":
            einde = True
            break
    if not einde or not breedte:
        raise ExportFout(f"{onbruikbaar}: het bestand is afgebroken (onvolledig).")
    if not ontpak.eof or (verwacht is not None and uitgepakt != verwacht):
        raise ExportFout(f"{onbruikbaar}: de beeldgegevens zijn onvolledig.")
    return breedte, hoogte


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
    ``secties`` lists the sections to include (see :data:`SECTIES`; default :data:`STANDAARD_SECTIES`); the comparison and the
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
    secties: tuple[str, ...] = STANDAARD_SECTIES
    vergelijking: object | None = None          # model.analyse.Vergelijking
    gevoeligheid: Sequence | None = None        # list[model.analyse.Gevoeligheid]
    bevindingen: Sequence = field(default_factory=tuple)
    scenario_omschrijving: str = ""
    #: every adjustment in force, in words (model.aanpassingen.Aanpassing)
    aanpassingen: tuple = ()
    #: the user's corrections of the gemeente's data (invoercorrecties), one Dutch description each
    invoercorrecties: tuple[str, ...] = ()
    #: "Wat verandert er": a comparison of an earlier calculation with this one (model.vergelijken.Vergelijking)
    wat_verandert: object | None = None
    #: the gemeente's own annex: title, introductory paragraph, logo, CONCEPT watermark
    titel: str = ""
    inleiding: str = ""
    logo: Logo | None = None
    concept: bool = False
    #: the risk paragraph (model.risico.analyse.Risicoanalyse); the section appears only when given
    risico: object | None = None
    #: the verdeling over the samenwerkingsverband (model.verdeling.Verdeling); the section appears only when given
    verdeling: object | None = None
    #: the user's own kernboodschap; empty: the generated sentences (model.kernboodschap)
    kernboodschap: str = ""
    #: the reserve's purpose and term as the user sets it; empty: the default from the sources
    reservedoel: str = ""

    def met_sectie(self, sectie: str) -> bool:
        if sectie == VERGELIJKING and not (self.vergelijking and self.vergelijking.varianten):
            return False
        if sectie == GEVOELIGHEID and not self.gevoeligheid:
            return False
        if sectie == WAT_VERANDERT and self.wat_verandert is None:
            return False
        if sectie == RISICOS and self.risico is None:
            return False
        if sectie == VERDELING and self.verdeling is None:
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


def aanname_in_jaren(resultaat, g, jaren: Sequence[int]):
    """An assumption (model.resultaat.ParameterGebruik) with its value in the first of the annex's years it counts
    in, not a year before the annex ("2028 (2025)" in a 2026–2029 annex)."""
    from dataclasses import replace
    if g.jaar >= jaren[0]:
        return g
    for jaar in jaren:
        try:
            return replace(g, jaar=jaar, waarde=resultaat.parameter(g.sleutel, jaar))
        except KeyError:
            continue
    return g


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
    "0.7": "Algemene dekkingsmiddelen (gemeentefonds, niet geoormerkt)",
    "0.10": "Mutaties reserves",
    "6.3": "Inkomensregelingen",
    "6.4": "Wsw en beschut werk",
    "6.5": "Arbeidsparticipatie",
}
