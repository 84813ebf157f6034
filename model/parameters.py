"""National parameter sets: dated values with unit, status, source and note.

A parameter set is a TOML file under ``resources/parametersets/`` (REKENREGELS §2).
Each parameter has either one ``waarde`` for every covered year or a ``waarden``
table with a value per year, and a ``status`` that is either one word or a table
of year ranges (``"2024-2025" = "afgeleid"``). The loader validates the whole file
and reports every problem at once; asking for a year outside the coverage raises
:class:`ParameterFout` ("geen parameterwaarde voor 2041"), never a silent zero.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from model.paden import resource_pad

STATUSSEN = ("vastgesteld", "afgeleid", "aanname")

#: Every key the funding model reads (REKENREGELS §2). ``doelgroepenregister_landelijk``
#: has no shipped value: it comes from the gemeente's input workbook.
VERPLICHTE_SLEUTELS = (
    "wml_uur", "vakantiebijslag", "werkgeverslasten_lks", "weken_per_jaar",
    "lks_forfait_pct", "lks_forfait_startjaar", "lks_gemiddeld_pct",
    "bw_bedrag_per_plek", "bw_overhead_component", "bw_lks_overbrugging_per_plek",
    "bw_taakstelling_landelijk", "bw_realisatie_landelijk", "bw_positief_advies_landelijk",
    "bw_aandeel_nieuw_verdeelmodel", "bw_gewicht_realisatie", "bw_gewicht_advies",
    "si_macro", "si_plekken_landelijk", "ib_macro",
    "wsw_per_se", "wsw_volume_mvt", "wsw_volume_actueel",
    "brede_baten_laag", "brede_baten_midden", "brede_baten_hoog",
    "brede_baten_aandeel_gemeente", "buig_lks_dekking", "lpo",
)

STANDAARD_SET = "landelijk-2026-11"


class ParameterFout(ValueError):
    """A parameter set that cannot be used, or a value that does not exist."""


@dataclass(frozen=True)
class Parameter:
    sleutel: str
    label: str
    eenheid: str
    waarden: Mapping[int, float]
    status: Mapping[int, str]
    bron: str
    toelichting: str

    def waarde(self, jaar: int) -> float:
        try:
            return self.waarden[jaar]
        except KeyError:
            raise ParameterFout(f"geen parameterwaarde voor {jaar} ({self.sleutel})") from None

    def status_in(self, jaar: int) -> str:
        try:
            return self.status[jaar]
        except KeyError:
            raise ParameterFout(f"geen parameterwaarde voor {jaar} ({self.sleutel})") from None


@dataclass(frozen=True)
class ParameterSet:
    id: str
    titel: str
    eerste_jaar: int
    laatste_jaar: int
    parameters: Mapping[str, Parameter] = field(repr=False)

    @property
    def jaren(self) -> range:
        return range(self.eerste_jaar, self.laatste_jaar + 1)

    def __contains__(self, sleutel: str) -> bool:
        return sleutel in self.parameters

    def parameter(self, sleutel: str) -> Parameter:
        try:
            return self.parameters[sleutel]
        except KeyError:
            raise ParameterFout(f"onbekende parameter '{sleutel}' in parameterset {self.id}") from None

    def value(self, sleutel: str, jaar: int) -> float:
        """The value of ``sleutel`` in ``jaar``; an uncovered year is an error."""
        return self.parameter(sleutel).waarde(jaar)

    waarde = value


def _jaren_uit_sleutel(tekst: str, bereik: range) -> range:
    tekst = str(tekst).strip()
    if "-" in tekst:
        van, _, tot = tekst.partition("-")
        return range(int(van), int(tot) + 1)
    return range(int(tekst), int(tekst) + 1)


def _is_getal(waarde: object) -> bool:
    return isinstance(waarde, (int, float)) and not isinstance(waarde, bool)


def _lees_parameter(sleutel: str, ruw: Mapping, bereik: range, fouten: list[str]) -> Parameter | None:
    plaats = f"parameter '{sleutel}'"
    for veld in ("label", "eenheid", "status", "bron"):
        if veld not in ruw:
            fouten.append(f"{plaats}: '{veld}' ontbreekt")
    onbekend = set(ruw) - {"label", "eenheid", "waarde", "waarden", "status", "bron", "toelichting"}
    if onbekend:
        fouten.append(f"{plaats}: onbekend veld {', '.join(sorted(onbekend))}")
    waarden: dict[int, float] = {}
    if ("waarde" in ruw) == ("waarden" in ruw):
        fouten.append(f"{plaats}: geef precies één van 'waarde' of 'waarden'")
        return None
    if "waarde" in ruw:
        if not _is_getal(ruw["waarde"]):
            fouten.append(f"{plaats}: waarde {ruw['waarde']!r} is geen getal")
            return None
        waarden = {j: float(ruw["waarde"]) for j in bereik}
    else:
        for jaar_tekst, waarde in dict(ruw["waarden"]).items():
            try:
                jaar = int(jaar_tekst)
            except ValueError:
                fouten.append(f"{plaats}: '{jaar_tekst}' is geen jaar")
                continue
            if not _is_getal(waarde):
                fouten.append(f"{plaats}: waarde voor {jaar} ({waarde!r}) is geen getal")
                continue
            waarden[jaar] = float(waarde)
        ontbrekend = [j for j in bereik if j not in waarden]
        if ontbrekend:
            fouten.append(f"{plaats}: geen waarde voor {', '.join(map(str, ontbrekend))}")
    status: dict[int, str] = {}
    ruwe_status = ruw.get("status", "")
    delen = ruwe_status.items() if isinstance(ruwe_status, Mapping) else [(f"{bereik.start}-{bereik.stop - 1}", ruwe_status)]
    for jaren_tekst, woord in delen:
        if woord not in STATUSSEN:
            fouten.append(f"{plaats}: status '{woord}' is ongeldig (kies uit {', '.join(STATUSSEN)})")
            continue
        try:
            jaren = _jaren_uit_sleutel(jaren_tekst, bereik)
        except ValueError:
            fouten.append(f"{plaats}: '{jaren_tekst}' is geen jaar of jaarbereik")
            continue
        for jaar in jaren:
            status[jaar] = woord
    zonder_status = [j for j in bereik if j not in status]
    if zonder_status and "status" in ruw:
        fouten.append(f"{plaats}: geen status voor {', '.join(map(str, zonder_status))}")
    return Parameter(
        sleutel=sleutel,
        label=str(ruw.get("label", sleutel)),
        eenheid=str(ruw.get("eenheid", "")),
        waarden=MappingProxyType(waarden),
        status=MappingProxyType(status),
        bron=str(ruw.get("bron", "")),
        toelichting=str(ruw.get("toelichting", "")),
    )


def lees_parameterset_tekst(tekst: str, naam: str = "parameterset") -> ParameterSet:
    """Parse and validate a parameter set; all problems are reported in one ParameterFout."""
    try:
        ruw = tomllib.loads(tekst)
    except tomllib.TOMLDecodeError as fout:
        raise ParameterFout(f"{naam} is geen geldig TOML-bestand: {fout}") from None
    fouten: list[str] = []
    kop = ruw.get("set", {})
    try:
        eerste, laatste = int(kop["eerste_jaar"]), int(kop["laatste_jaar"])
        set_id = str(kop["id"])
    except (KeyError, TypeError, ValueError):
        raise ParameterFout(f"{naam}: het blok [set] moet id, eerste_jaar en laatste_jaar bevatten") from None
    if laatste < eerste:
        raise ParameterFout(f"{naam}: laatste_jaar ligt vóór eerste_jaar")
    bereik = range(eerste, laatste + 1)
    parameters: dict[str, Parameter] = {}
    for sleutel, inhoud in dict(ruw.get("parameters", {})).items():
        if sleutel not in VERPLICHTE_SLEUTELS:
            fouten.append(f"onbekende parameter '{sleutel}'")
            continue
        if not isinstance(inhoud, Mapping):
            fouten.append(f"parameter '{sleutel}' is geen tabel")
            continue
        parameter = _lees_parameter(sleutel, inhoud, bereik, fouten)
        if parameter is not None:
            parameters[sleutel] = parameter
    for sleutel in VERPLICHTE_SLEUTELS:
        if sleutel not in parameters and not any(f"'{sleutel}'" in f for f in fouten):
            fouten.append(f"parameter '{sleutel}' ontbreekt")
    if fouten:
        raise ParameterFout(f"{naam} ({set_id}) is ongeldig:\n- " + "\n- ".join(fouten))
    return ParameterSet(
        id=set_id,
        titel=str(kop.get("titel", set_id)),
        eerste_jaar=eerste,
        laatste_jaar=laatste,
        parameters=MappingProxyType({k: parameters[k] for k in VERPLICHTE_SLEUTELS}),
    )


def lees_parameterset(pad: Path | str) -> ParameterSet:
    pad = Path(pad)
    try:
        tekst = pad.read_text(encoding="utf-8")
    except OSError as fout:
        raise ParameterFout(f"parameterset {pad.name} kan niet worden gelezen: {fout.strerror}") from None
    return lees_parameterset_tekst(tekst, pad.name)


_CACHE: dict[str, ParameterSet] = {}


def standaard_parameterset(set_id: str = STANDAARD_SET) -> ParameterSet:
    """A shipped parameter set by id (cached; parameter sets are immutable)."""
    if set_id not in _CACHE:
        pad = resource_pad("parametersets", f"{set_id}.toml")
        if not pad.exists():
            raise ParameterFout(f"parameterset '{set_id}' is niet meegeleverd")
        _CACHE[set_id] = lees_parameterset(pad)
    return _CACHE[set_id]


def meegeleverde_sets() -> list[str]:
    return sorted(p.stem for p in resource_pad("parametersets").glob("*.toml"))
