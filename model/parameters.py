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
from typing import Callable, Mapping

from model.paden import resource_pad
from model.term import Lezer, schrijfkeuze

schrijfkeuze("prijspeil", "Het prijspeil van het pad sociale infrastructuur (het jaar vanaf waarin het pad wordt "
             "geïndexeerd) is bij het schrijven bepaald.")

STATUSSEN = ("vastgesteld", "afgeleid", "aanname", "voorgenomen")
#: Statuses shown and listed like an assumption (REKENREGELS §1, v3: voorgenomen = announced policy, not yet law).
ALS_AANNAME = ("aanname", "voorgenomen")

#: Every key the funding model reads (REKENREGELS §2). ``doelgroepenregister_landelijk``
#: has no shipped value: it comes from the gemeente's input workbook.
VERPLICHTE_SLEUTELS = (
    "wml_uur", "wml_indexatie", "vakantiebijslag", "werkgeverslasten_lks", "weken_per_jaar",
    "lks_forfait_pct", "lks_forfait_startjaar", "lks_gemiddeld_pct",
    "bw_bedrag_per_plek", "bw_overhead_component", "bw_ophoging_macro", "bw_ophoging_per_plek_indicatief",
    "bw_taakstelling_landelijk", "bw_realisatie_landelijk", "bw_positief_advies_landelijk",
    "bw_aandeel_nieuw_verdeelmodel", "bw_gewicht_realisatie", "bw_gewicht_advies",
    "bw_verdeel_vertraging", "uren_per_plek",
    "si_macro", "si_prijspeil", "si_plekken_landelijk", "ib_macro",
    "wsw_per_se", "wsw_volume_mvt", "wsw_volume_actueel",
    "brede_baten_laag", "brede_baten_midden", "brede_baten_hoog",
    "brede_baten_aandeel_gemeente", "buig_lks_dekking", "lpo", "lpo_rijk",
)

STANDAARD_SET = "landelijk-2027-01"
#: The version of the rules (REKENREGELS) each shipped set belongs to.
REGELVERSIES = {"landelijk-2026-11": 1, "landelijk-2026-12": 2, STANDAARD_SET: 3}
#: Sets of earlier versions of the rules: a project made with one is recalculated with the standard set.
VERVANGEN_SETS = ("landelijk-2026-11", "landelijk-2026-12")

#: Kinds of derivation rule a parameter can declare (REKENREGELS §2, v2):
#: - ``indexatie``: after the last stored year, that value x the product of (1 + ``index``(j));
#: - ``pad_indexatie``: the stored (published) path x the product of (1 + ``index``(j)) after ``prijspeil`` (a year,
#:   or the key of a parameter holding it, v3: ``si_prijspeil``);
#: - ``volgt``: 0 from the year ``tot``; stored years as stored; later years the last stored value x
#:   ``reeks``(y) / ``reeks``(last stored year).
AFLEIDINGEN = ("indexatie", "pad_indexatie", "volgt")


@dataclass(frozen=True)
class Afleiding:
    soort: str
    index: str | None = None
    reeks: str | None = None
    tot: str | None = None
    prijspeil: int | str | None = None

    def invoerparameters(self) -> tuple[str, ...]:
        peil = self.prijspeil if isinstance(self.prijspeil, str) else None
        return tuple(s for s in (self.index, self.reeks, self.tot, peil) if s)


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
    bereik: tuple[float, float] = (float("-inf"), float("inf"))
    afleiding: Afleiding | None = None
    memo: bool = False

    def waarde(self, jaar: int, lezer: Lezer | None = None) -> float:
        """The value in ``jaar``; a derived year needs ``lezer`` to read the parameters it follows
        (without one: the stored value)."""
        if self.afleiding is not None and lezer is not None:
            return afgeleide_waarde(self, jaar, lezer)
        try:
            return self.waarden[jaar]
        except KeyError:
            raise ParameterFout(f"geen parameterwaarde voor {jaar} ({self.sleutel})") from None

    def in_bereik(self, waarde: float) -> bool:
        return self.bereik[0] <= waarde <= self.bereik[1]

    def status_in(self, jaar: int) -> str:
        try:
            return self.status[jaar]
        except KeyError:
            raise ParameterFout(f"geen parameterwaarde voor {jaar} ({self.sleutel})") from None


def groeifactor(lees: Callable[[str, int], float], index: str, van: int, tot: int) -> float:
    """Indexation from year ``van`` to year ``tot``: the product of (1 + index(j)) for j = van + 1 … tot,
    or its inverse when ``tot`` lies before ``van``. The one indexation rule of the model (REKENREGELS §1)."""
    factor = 1.0
    for j in range(van + 1, tot + 1):
        factor *= 1 + lees(index, j)
    for j in range(tot + 1, van + 1):
        factor /= 1 + lees(index, j)
    return factor


def afgeleide_waarde(p: Parameter, jaar: int, k: Lezer):
    """The one place where a parameter's derivation rule is written (REKENREGELS §2, v2), in the
    form of :mod:`model.term`, so the numbers, the arrays and the Excel annex all follow it.

    A derived year follows the value in use of its anchor year (a scenario's value included).
    """
    a = p.afleiding
    if a.soort == "pad_indexatie":
        peil = a.prijspeil if isinstance(a.prijspeil, int) else int(k.keuze(k.p(a.prijspeil, jaar)))
        return k.basiswaarde(p.sleutel, jaar) * groeifactor(k.p, a.index, peil, jaar)
    if a.soort == "volgt":
        def volgend():
            if jaar in p.waarden:
                return k.basiswaarde(p.sleutel, jaar)
            anker = max(j for j in p.waarden if j < jaar)
            return k.p(p.sleutel, anker) * k.p(a.reeks, jaar) / k.p(a.reeks, anker)
        return k.als(jaar >= k.p(a.tot, jaar), lambda: 0.0, volgend)
    if jaar in p.waarden:
        return k.basiswaarde(p.sleutel, jaar)
    anker = max(j for j in p.waarden if j < jaar)
    return k.p(p.sleutel, anker) * groeifactor(k.p, a.index, anker, jaar)


class Parameterlezer(Lezer):
    """Reads a parameter source on its own (no scenario machinery): for derived years asked outside a calculation."""

    def __init__(self, bron, parameterset: "ParameterSet"):
        self.bron, self.set = bron, parameterset

    def p(self, sleutel: str, jaar: int) -> float:
        return self.bron.value(sleutel, jaar, self)

    def basiswaarde(self, sleutel: str, jaar: int) -> float:
        return self.set.parameter(sleutel).waarde(jaar)

    def bereik(self, sleutel: str) -> tuple[float, float]:
        return self.set.parameter(sleutel).bereik


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

    def value(self, sleutel: str, jaar: int, lezer: Lezer | None = None) -> float:
        """The value of ``sleutel`` in ``jaar``; an uncovered year is an error.

        A derived year reads the parameters it follows through ``lezer`` (default: this set),
        so a scenario that changes an indexation moves every series derived from it.
        """
        if not self.eerste_jaar <= jaar <= self.laatste_jaar:
            raise ParameterFout(f"geen parameterwaarde voor {jaar} ({sleutel})")
        return self.parameter(sleutel).waarde(jaar, lezer or Parameterlezer(self, self))

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
    onbekend = set(ruw) - {"label", "eenheid", "waarde", "waarden", "status", "bron", "toelichting", "bereik",
                           "afleiding", "memo"}
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
        afleiding = _lees_afleiding(plaats, ruw.get("afleiding"), fouten)
        if afleiding is not None and afleiding.soort != "pad_indexatie" and waarden:
            # a derived series stores its known years, from the first covered year without gaps
            verwacht = range(bereik.start, max(waarden) + 1)
            ontbrekend = [j for j in verwacht if j not in waarden]
        else:
            ontbrekend = [j for j in bereik if j not in waarden]
        if not waarden:
            fouten.append(f"{plaats}: geen enkele waarde")
        elif ontbrekend:
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
    grenzen = ruw.get("bereik")
    if not (isinstance(grenzen, list) and len(grenzen) == 2 and all(_is_getal(g) for g in grenzen)
            and grenzen[0] <= grenzen[1]):
        fouten.append(f"{plaats}: 'bereik' moet [minimum, maximum] zijn")
        grenzen = [float("-inf"), float("inf")]
    buiten = sorted(j for j, w in waarden.items() if not grenzen[0] <= w <= grenzen[1])
    if buiten:
        fouten.append(f"{plaats}: waarde voor {buiten[0]} ligt buiten het bereik")
    return Parameter(
        sleutel=sleutel,
        label=str(ruw.get("label", sleutel)),
        eenheid=str(ruw.get("eenheid", "")),
        waarden=MappingProxyType(waarden),
        status=MappingProxyType(status),
        bron=str(ruw.get("bron", "")),
        toelichting=str(ruw.get("toelichting", "")),
        bereik=(float(grenzen[0]), float(grenzen[1])),
        afleiding=afleiding if "waarden" in ruw else None,
        memo=bool(ruw.get("memo", False)),
    )


def _lees_afleiding(plaats: str, ruw: object, fouten: list[str]) -> Afleiding | None:
    if ruw is None:
        return None
    if not isinstance(ruw, Mapping) or ruw.get("soort") not in AFLEIDINGEN:
        fouten.append(f"{plaats}: 'afleiding' moet een soort hebben uit {', '.join(AFLEIDINGEN)}")
        return None
    try:
        a = Afleiding(soort=ruw["soort"], index=ruw.get("index"), reeks=ruw.get("reeks"), tot=ruw.get("tot"),
                      prijspeil=_prijspeil(ruw.get("prijspeil")))
    except (TypeError, ValueError):
        fouten.append(f"{plaats}: 'afleiding' is ongeldig")
        return None
    nodig = {"indexatie": ("index",), "pad_indexatie": ("index", "prijspeil"), "volgt": ("reeks", "tot")}[a.soort]
    if any(getattr(a, n) is None for n in nodig) or any(s not in VERPLICHTE_SLEUTELS for s in a.invoerparameters()):
        fouten.append(f"{plaats}: 'afleiding' van soort {a.soort} heeft {' en '.join(nodig)} nodig "
                      "(bestaande parameters)")
        return None
    return a


def _prijspeil(ruw: object) -> int | str | None:
    """A derivation's price level: a year, or the key of the parameter that holds it."""
    if ruw is None or isinstance(ruw, str):
        return ruw
    return int(ruw)


def lees_parameterset_tekst(tekst: str, naam: str = "parameterset") -> ParameterSet:
    """Parse and validate a parameter set; all problems are reported in one ParameterFout."""
    try:
        ruw = tomllib.loads(tekst)
    except tomllib.TOMLDecodeError as fout:
        raise ParameterFout(f"{naam} is geen geldig TOML-bestand: {fout}") from None
    except RecursionError:
        raise ParameterFout(f"{naam} is onredelijk diep genest en wordt uit voorzorg niet gelezen.") from None
    fouten: list[str] = []
    kop = ruw.get("set", {})
    try:
        eerste, laatste = int(kop["eerste_jaar"]), int(kop["laatste_jaar"])
        set_id = str(kop["id"])
    except (KeyError, TypeError, ValueError):
        raise ParameterFout(f"{naam}: het blok [set] moet id, eerste_jaar en laatste_jaar bevatten") from None
    if laatste < eerste:
        raise ParameterFout(f"{naam}: laatste_jaar ligt vóór eerste_jaar")
    if not (JAREN_VAN <= eerste and laatste <= JAREN_TOT):   # bounded before a year is read
        raise ParameterFout(f"{naam}: de jaren {eerste}–{laatste} liggen buiten {JAREN_VAN}–{JAREN_TOT}")
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


#: The years a parameter set may cover (checked before any year is read).
JAREN_VAN, JAREN_TOT = 2000, 2100


def lees_parameterset(pad: Path | str) -> ParameterSet:
    """A shipped parameter set file; a file a user names goes through
    :func:`model.io.parameterbestand.lees_parameterbestand` (the gate for untrusted files)."""
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


