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

from model.export.opties import (GEVOELIGHEID, MAX_INLEIDING, MAX_LOGO, MAX_TITEL, SECTIES, STANDAARD_SECTIES,
                                 VERDELING, ExportFout, ExportOpties, Logo,
                                 controleer_datum, controleer_png, controleer_tekst)

PROJECTSLEUTEL = "bijlage"
SECTIESLEUTEL = "bijlage_onderdelen"   # the sections chosen for the project's annex (a list of SECTIES)


@dataclass(frozen=True)
class EigenBijlage:
    """What makes the annex the gemeente's own (all optional)."""

    titel: str = ""
    inleiding: str = ""
    logo: Logo | None = None
    concept: bool = False
    datum: date | None = None
    #: the user's own kernboodschap (empty: generated)
    kernboodschap: str = ""
    #: the reserve's purpose and term (empty: the default from the sources)
    reservedoel: str = ""


@dataclass(frozen=True)
class Bijlage:
    """Everything the PDF and Excel writers need: the result and the options that go with it."""

    resultaat: object      # model.resultaat.Resultaat
    opties: ExportOpties


def stel_samen(invoer, scenario=None, basis=None, *, parameterset=None, van: int | None = None,
               tot: int | None = None, vergelijk_met: Sequence = (), gevoeligheid: bool = True,
               bevindingen: Sequence | None = None, secties: Sequence[str] = STANDAARD_SECTIES, wat_verandert=None,
               eigen: EigenBijlage | None = None, resultaat=None, risico=None, correcties: Sequence = ()) -> Bijlage:
    """Assemble the annex of ``scenario`` (default Basis) on top of ``basis`` (Basis with the user's edits).

    ``vergelijk_met`` are the other scenarios to compare with Basis; ``bevindingen`` the input
    findings as read (default: the checks of the typed input). ``resultaat`` may be passed when the
    caller already calculated the same scenario and years, to avoid calculating it again. ``risico`` is the
    risk paragraph (:class:`model.risico.analyse.Risicoanalyse`) for the section Risico's en weerstandsvermogen.
    ``invoer`` is the input with the invoercorrecties applied; ``correcties`` lists them (the annex names them).
    With ``verdeling`` among the sections the verdeling over the samenwerkingsverband is calculated (absent without a
    member list or regional amount: never an all-zero section).
    Raises :class:`model.berekening.BerekeningFout` / :class:`ExportFout` with a Dutch sentence.
    """
    from model.analyse import gevoeligheid as gevoeligheidsanalyse
    from model.analyse import vergelijk
    from model.berekening import bereken, standaardjaren
    from model.rekenregels.jaren import EERSTE_MODELJAAR
    from model.invoer import valideer
    from model.aanpassingen import aanpassingen, omschrijving
    from model.parameters import standaard_parameterset
    from model.scenario import BASIS, Scenario

    basis = basis or Scenario(BASIS)
    scenario = scenario or basis
    ps = parameterset or standaard_parameterset()
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
    analyse = gevoeligheidsanalyse(invoer, parameterset, effectief, van, tot) \
        if gevoeligheid and GEVOELIGHEID in secties else None
    if bevindingen is None:
        bevindingen = valideer(invoer)
    eigen = eigen or EigenBijlage()
    from model.verdeling import verdeling as maak_verdeling
    verdeling = maak_verdeling(invoer, parameterset, effectief) if VERDELING in secties else None
    opties = ExportOpties(van=van, tot=tot, datum=eigen.datum, secties=tuple(secties), vergelijking=vergelijking,
                          gevoeligheid=analyse, bevindingen=tuple(bevindingen),
                          scenario_omschrijving=omschrijving(scenario, ps, invoer, basis),
                          aanpassingen=aanpassingen(scenario, ps, invoer, basis), titel=eigen.titel,
                          inleiding=eigen.inleiding, logo=eigen.logo, concept=eigen.concept,
                          wat_verandert=wat_verandert, risico=risico, verdeling=verdeling,
                          kernboodschap=eigen.kernboodschap, reservedoel=eigen.reservedoel,
                          invoercorrecties=tuple(o.omschrijving() for o in correcties))
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
                        concept=bool(d.get("concept", False)), datum=datum,
                        kernboodschap=str(d.get("kernboodschap") or ""),
                        reservedoel=str(d.get("reservedoel") or ""))


def secties_uit_project(ui: Mapping) -> tuple[str, ...]:
    """The sections chosen for this project's annex (the raad-ready default when none were chosen or the list
    is damaged)."""
    gekozen = ui.get(SECTIESLEUTEL)
    if not isinstance(gekozen, list):
        return STANDAARD_SECTIES
    return tuple(s for s in SECTIES if s in gekozen) or STANDAARD_SECTIES


def eigen_naar_project(ui: Mapping, eigen: EigenBijlage) -> dict:
    """A copy of ``ui`` with the annex settings stored (JSON-safe: the logo as base64)."""
    d: dict = {"titel": eigen.titel, "inleiding": eigen.inleiding, "concept": eigen.concept}
    if eigen.kernboodschap:
        d["kernboodschap"] = eigen.kernboodschap
    if eigen.reservedoel:
        d["reservedoel"] = eigen.reservedoel
    if eigen.datum is not None:
        d["datum"] = eigen.datum.isoformat()
    if eigen.logo is not None:
        d["logo"] = base64.b64encode(eigen.logo.inhoud).decode("ascii")
        d["logo_soort"] = eigen.logo.soort
    return {**dict(ui), PROJECTSLEUTEL: d}


def lees_logo(pad) -> Logo:
    """A logo file (PNG) as a :class:`Logo`; anything else is an :class:`ExportFout` in Dutch.

    The file passes the one gate for untrusted files (a regular file of at most
    :data:`~model.export.opties.MAX_LOGO` bytes) and is read through completely with a pixel limit
    (:func:`~model.export.opties.controleer_png`), so a truncated or huge image is refused here, never
    half-way through an export.

    SVG is not accepted: drawing it needs svglib, which brings lxml, and with lxml present openpyxl
    parses workbooks with lxml instead of the hardened parser the input reader relies on."""
    from pathlib import Path

    from model.io.grenzen import Weigering
    from model.io.onvertrouwd import lees_bytes
    pad = Path(pad)
    try:
        inhoud = lees_bytes(pad, MAX_LOGO, "een logo")
    except Weigering as fout:
        raise ExportFout(f"Het logo: {fout.zin}") from None
    logo = Logo.herken(inhoud)
    if logo is None:
        raise ExportFout(f"Het logo {pad.name} is geen PNG-bestand; sla het logo op als PNG.")
    controleer_png(inhoud, f"Het logo {pad.name}")
    return logo


def controleer_bijlagedata(d, waar: str) -> tuple[dict, list[str]]:
    """The annex settings as stored in a project (``ui["bijlage"]``), checked by the same bounds as the
    command line and the dialog: a Dutch :class:`ExportFout` for a value of the wrong kind or size; an
    unusable logo is left out with a notice (the annex goes on without it). Returns the settings to keep
    (unchanged when valid, so a save writes them back identically) and the notices."""
    if not isinstance(d, Mapping):
        raise ExportFout(f"de bijlage-instellingen in {waar} zijn ongeldig")
    d, meldingen = dict(d), []
    from model.kernboodschap import MAX_KERNBOODSCHAP
    for sleutel, grens, wat in (("titel", MAX_TITEL, "de titel"), ("inleiding", MAX_INLEIDING, "de inleiding"),
                                ("kernboodschap", MAX_KERNBOODSCHAP, "de kernboodschap"),
                                ("reservedoel", MAX_KERNBOODSCHAP, "de tekst over doel en looptijd van de reserve")):
        if not isinstance(d.get(sleutel, ""), str):
            raise ExportFout(f"{wat} van de bijlage in {waar} is geen tekst")
        controleer_tekst(d.get(sleutel, ""), grens, f"De {wat[3:]} van de bijlage in {waar}")
    if not isinstance(d.get("concept", False), bool):
        raise ExportFout(f"de CONCEPT-markering van de bijlage in {waar} is geen ja of nee")
    if d.get("datum") is not None:
        try:
            controleer_datum(date.fromisoformat(d["datum"]), f"De datum van de bijlage in {waar}")
        except (TypeError, ValueError):
            raise ExportFout(f"de datum van de bijlage in {waar} is geen datum (JJJJ-MM-DD)") from None
    if d.get("logo") is not None:
        try:
            if d.get("logo_soort") != "png" or not isinstance(d["logo"], str) or len(d["logo"]) > MAX_LOGO * 4 // 3 + 4:
                raise ExportFout("Het logo is geen PNG-bestand of te groot")
            try:
                inhoud = base64.b64decode(d["logo"], validate=True)
            except (binascii.Error, ValueError):
                raise ExportFout("Het logo is onleesbaar") from None
            controleer_png(inhoud)
        except ExportFout as fout:
            meldingen.append(f"{str(fout).rstrip('.')} (bijlage-instellingen in {waar}); de bijlage wordt zonder "
                             "logo gemaakt. Kies een ander logo via Bestand › Exporteren › Bijlage-instellingen.")
            d.pop("logo", None)
            d.pop("logo_soort", None)
    return d, meldingen


__all__ = ["Bijlage", "EigenBijlage", "stel_samen", "eigen_uit_project",
           "eigen_naar_project", "lees_logo", "controleer_bijlagedata"]
