"""The one assembly of a begrotingsbijlage: from input, scenarios and options to what the writers need.

The app's export and the CLI both call :func:`stel_samen`, so both annexes hold the same parts:
the result of the chosen scenario (Basis with the user's edits plus the scenario's own
overrides), the comparison with Basis (REKENREGELS §6, v2), the sensitivity, the findings
(those of the input plus the result's own, info notes included), the scenario description and
the gemeente's own title, introduction, logo, CONCEPT mark and date.

The gemeente's own annex settings are stored in the project file under ``ui["bijlage"]``
(:func:`eigen_uit_project`, :func:`eigen_naar_project`).
"""
from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import date
from typing import Mapping, Sequence

from model.export.opties import SECTIES, ExportFout, ExportOpties, Logo

PROJECTSLEUTEL = "bijlage"


@dataclass(frozen=True)
class EigenBijlage:
    """What makes the annex the gemeente's own (all optional)."""

    titel: str = ""
    inleiding: str = ""
    logo: Logo | None = None
    concept: bool = False
    datum: date | None = None


@dataclass(frozen=True)
class Bijlage:
    """Everything the PDF and Excel writers need: the result and the options that go with it."""

    resultaat: object      # model.resultaat.Resultaat
    opties: ExportOpties


def scenario_omschrijving(scenario) -> str:
    """The scenario's own description, or for an own scenario the list of its changes."""
    if scenario.omschrijving:
        return scenario.omschrijving
    return "; ".join(o.omschrijving() for o in scenario.overrides)


def stel_samen(invoer, scenario=None, basis=None, *, parameterset=None, van: int | None = None,
               tot: int | None = None, vergelijk_met: Sequence = (), gevoeligheid: bool = True,
               bevindingen: Sequence | None = None, secties: Sequence[str] = SECTIES, wat_verandert=None,
               eigen: EigenBijlage | None = None, resultaat=None, correcties: Sequence = ()) -> Bijlage:
    """Assemble the annex of ``scenario`` (default Basis) on top of ``basis`` (Basis with the user's edits).

    ``vergelijk_met`` are the other scenarios to compare with Basis; ``bevindingen`` the input
    findings as read (default: the checks of the typed input). ``resultaat`` may be passed when the
    caller already calculated the same scenario and years, to avoid calculating it again. ``invoer`` is
    the input with the invoercorrecties applied; ``correcties`` lists them (the annex names them).
    Raises :class:`model.berekening.BerekeningFout` / :class:`ExportFout` with a Dutch sentence.
    """
    from model.analyse import gevoeligheid as gevoeligheidsanalyse
    from model.analyse import vergelijk
    from model.berekening import bereken, standaardjaren
    from model.rekenregels.jaren import EERSTE_MODELJAAR
    from model.invoer import valideer
    from model.scenario import BASIS, Scenario

    basis = basis or Scenario(BASIS)
    scenario = scenario or basis
    effectief = basis if scenario.is_basis else scenario.op_basis(basis)
    if resultaat is not None:
        van, tot = resultaat.jaren[0], resultaat.jaren[-1]
    else:
        van, tot = (standaardjaren(invoer)[0] if van is None else van), (standaardjaren(invoer)[1] if tot is None else tot)
    # the live Excel model calculates from the first model year (the reserve and the verdeelmodel's
    # peiljaar reach back to it); the annex shows van … tot
    if resultaat is None or resultaat.jaren[0] > EERSTE_MODELJAAR:
        resultaat = bereken(invoer, parameterset, effectief, min(van, EERSTE_MODELJAAR), tot)
    anderen = [s for s in vergelijk_met if not s.is_basis and s.naam != scenario.naam]
    if not scenario.is_basis:
        anderen.insert(0, scenario)
    vergelijking = vergelijk(invoer, anderen, parameterset, van, tot, basis=basis) if anderen else None
    analyse = gevoeligheidsanalyse(invoer, parameterset, effectief, van, tot) if gevoeligheid else None
    if bevindingen is None:
        bevindingen = valideer(invoer)
    eigen = eigen or EigenBijlage()
    opties = ExportOpties(van=van, tot=tot, datum=eigen.datum, secties=tuple(secties), vergelijking=vergelijking,
                          gevoeligheid=analyse, bevindingen=tuple(bevindingen),
                          scenario_omschrijving=scenario_omschrijving(effectief), titel=eigen.titel,
                          inleiding=eigen.inleiding, logo=eigen.logo, concept=eigen.concept,
                          wat_verandert=wat_verandert, invoercorrecties=tuple(o.omschrijving() for o in correcties))
    return Bijlage(resultaat, opties)


# ---------------------------------------------------------------- stored in the project file

def eigen_uit_project(ui: Mapping) -> EigenBijlage:
    """The gemeente's own annex settings from a project's ``ui`` mapping (missing or damaged: defaults)."""
    d = ui.get(PROJECTSLEUTEL)
    if not isinstance(d, Mapping):
        return EigenBijlage()
    logo = None
    if isinstance(d.get("logo"), str) and d.get("logo_soort") == "png":
        try:
            logo = Logo(base64.b64decode(d["logo"], validate=True), d["logo_soort"])
        except (binascii.Error, ValueError):
            logo = None
    try:
        datum = date.fromisoformat(d["datum"]) if isinstance(d.get("datum"), str) else None
    except ValueError:
        datum = None
    return EigenBijlage(titel=str(d.get("titel") or ""), inleiding=str(d.get("inleiding") or ""), logo=logo,
                        concept=bool(d.get("concept", False)), datum=datum)


def eigen_naar_project(ui: Mapping, eigen: EigenBijlage) -> dict:
    """A copy of ``ui`` with the annex settings stored (JSON-safe: the logo as base64)."""
    d: dict = {"titel": eigen.titel, "inleiding": eigen.inleiding, "concept": eigen.concept}
    if eigen.datum is not None:
        d["datum"] = eigen.datum.isoformat()
    if eigen.logo is not None:
        d["logo"] = base64.b64encode(eigen.logo.inhoud).decode("ascii")
        d["logo_soort"] = eigen.logo.soort
    return {**dict(ui), PROJECTSLEUTEL: d}


def lees_logo(pad) -> Logo:
    """A logo file (PNG) as a :class:`Logo`; anything else is an :class:`ExportFout` in Dutch.

    SVG is not accepted: drawing it needs svglib, which brings lxml, and with lxml present openpyxl
    parses workbooks with lxml instead of the hardened parser the input reader relies on."""
    from pathlib import Path
    pad = Path(pad)
    try:
        inhoud = pad.read_bytes()
    except OSError as fout:
        raise ExportFout(f"Het logo {pad.name} kan niet worden gelezen ({fout.strerror}).") from None
    logo = Logo.herken(inhoud)
    if logo is None:
        raise ExportFout(f"Het logo {pad.name} is geen PNG-bestand; sla het logo op als PNG.")
    return logo


__all__ = ["Bijlage", "EigenBijlage", "stel_samen", "scenario_omschrijving", "eigen_uit_project",
           "eigen_naar_project", "lees_logo"]
