"""The project file (``.infraraming``): JSON with a versioned schema, written atomically.

The input is embedded as data (the JSON form of :mod:`model.invoer`), optionally with the
original workbook's bytes, so a project opens when the workbook has moved. A damaged file,
or one written by a newer version, gives a :class:`ProjectbestandFout` with a Dutch sentence.

A project file is input like a workbook: bounded size and nesting (:mod:`model.io.jsonbestand`),
every field typed, every number finite, every scenario override naming a known parameter,
input field or series with a value of the right kind, and the input as each scenario changes
it validated like workbook input (:func:`model.invoer.valideer`), every override within the
ranges an edit in the app has (:func:`model.scenario.controleer`).
"""
from __future__ import annotations

import base64
import binascii
import json
import math
from pathlib import Path
from typing import Any

from model.bevindingen import Bevinding
from model.invoer import REEKS, VELD, GemeenteInvoer, naar_dict, valideer
from model.io.atomair import schrijf_atomair
from model.io.grenzen import Weigering
from model.io.jsonbestand import invoer_uit_json, laad_json
from model.parameters import STANDAARD_SET, VERVANGEN_SETS, ParameterFout, ParameterSet, standaard_parameterset
from model.project import Bron, Project, Toestand
from model.scenario import (BASIS, INVOER, KOPPELBARE_REEKSEN, PARAMETER, REEKS_SOORT, Override, ParametersMetScenario,
                            Scenario, ScenarioFout, pas_invoer_aan, presets)
from model.scenario import controleer as controleer_aanpassing  # "controleer" is also the workbook check

SCHEMA = "infraraming-project"
VERSIE = 1
EXTENSIE = ".infraraming"
MAX_PROJECT = 300 * 1024 * 1024   # bytes; an embedded workbook is at most 200 MB (base64: 267 MB)
MAX_SCENARIOS = 200
MAX_AANPASSINGEN = 10_000         # overrides in one scenario
MAX_NAAM = 200                    # characters of a scenario name


class ProjectbestandFout(ValueError):
    """A project file that cannot be opened; ``str()`` is a Dutch sentence, ``bevindingen`` any details."""

    def __init__(self, melding: str, bevindingen: list[Bevinding] | None = None):
        super().__init__(melding)
        self.bevindingen = bevindingen or []


def naar_projectdict(project: Project) -> dict[str, Any]:
    t = project.toestand
    preset_namen = {s.naam for s in presets()}
    data: dict[str, Any] = {
        "schema": SCHEMA,
        "versie": VERSIE,
        "parameterset": project.parameterset.id,
        "invoer": naar_dict(t.invoer),
        "scenarios": [dict(s.naar_dict(), preset=bool(s.preset and s.naam in preset_namen)) for s in t.scenarios],
        "actief": t.actief,
        "ui": dict(project.ui),
    }
    if t.correcties:
        data["correcties"] = [o.naar_dict() for o in t.correcties]
    if t.bron is not None:
        bron: dict[str, Any] = {"bestandsnaam": t.bron.bestandsnaam}
        if t.bron.inhoud is not None:
            bron["inhoud_base64"] = _base64(t.bron.inhoud)
        data["bron"] = bron
    return data


_laatste_base64: tuple[bytes, str] | None = None


def _base64(inhoud: bytes) -> str:
    """The embedded workbook as base64, remembered for the same bytes object (the journal writes it
    after every edit; a 500 MB workbook took seconds to encode each time)."""
    global _laatste_base64
    onthouden = _laatste_base64
    if onthouden is not None and onthouden[0] is inhoud:
        return onthouden[1]
    tekst = base64.b64encode(inhoud).decode("ascii")
    _laatste_base64 = (inhoud, tekst)
    return tekst


def project_bytes(project: Project) -> bytes:
    return (json.dumps(naar_projectdict(project), ensure_ascii=False, indent=1, allow_nan=False) + "\n").encode("utf-8")


def schrijf_project(pad: Path | str, project: Project) -> None:
    """Write atomically; raises :class:`model.io.atomair.SchrijfFout` (Dutch) on failure."""
    schrijf_atomair(Path(pad), project_bytes(project))
    project.stempel = stempel(pad)


def stempel(pad: Path | str) -> tuple[int, int] | None:
    """How the file looks now (modification time, size), to notice a change by someone else; None if absent."""
    try:
        info = Path(pad).stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def elders_gewijzigd(project: Project) -> bool:
    """The project's file changed on disk since this project was opened or saved (another instance, a colleague)."""
    return project.pad is not None and project.stempel is not None and stempel(project.pad) != project.stempel


def uit_projectdict(data: Any, naam: str = "het project") -> Project:
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise ProjectbestandFout(f"{naam} is geen Infraraming-project.")
    versie = data.get("versie")
    if not isinstance(versie, int) or isinstance(versie, bool):
        raise ProjectbestandFout(f"{naam} is beschadigd: de versie van het projectbestand ontbreekt.")
    if versie > VERSIE:
        raise ProjectbestandFout(f"{naam} is gemaakt met een nieuwere versie van Infraraming (projectversie "
                                 f"{versie}); deze versie leest tot en met versie {VERSIE}. Werk Infraraming bij.")
    if versie < 1:
        raise ProjectbestandFout(f"{naam} heeft een onbekende projectversie ({versie}).")
    invoer, bevindingen = invoer_uit_json(data.get("invoer"), naam)
    if invoer is None:
        raise ProjectbestandFout(f"De invoer in {naam} is ongeldig of beschadigd.", bevindingen)
    meldingen: list[str] = []
    set_id = str(data.get("parameterset") or "")
    if set_id in VERVANGEN_SETS:
        meldingen.append(
            f"{naam} is gemaakt met rekenregels versie 1 (parameterset {set_id}). Het is opnieuw doorgerekend met "
            f"rekenregels versie 2 (parameterset {STANDAARD_SET}): onder meer de indexatie van de rijksbijdragen, de "
            "tijdelijke ophoging, de BUIG-dekking van de LKS, het verdeelmodel en de bestemmingsreserve zijn "
            "gewijzigd, zodat bedragen kunnen verschillen. Uw invoer en scenario's zijn ongewijzigd overgenomen; "
            "sla het project op om het in de nieuwe versie te bewaren.")
        set_id = STANDAARD_SET
    try:
        parameterset = standaard_parameterset(set_id)
    except ParameterFout:
        raise ProjectbestandFout(f"{naam} gebruikt parameterset '{data.get('parameterset')}', "
                                 "die deze versie van Infraraming niet kent.") from None
    scenarios = _scenarios(data.get("scenarios"), naam, invoer, parameterset, meldingen)
    if BASIS not in (s.naam for s in scenarios):
        scenarios.insert(0, presets()[0])
    if meldingen:  # a project of rules version 1 also gets the presets that version 2 added
        scenarios += [p for p in presets() if p.naam not in (s.naam for s in scenarios)]
    actief = data.get("actief") if data.get("actief") in (s.naam for s in scenarios) else BASIS
    bron = None
    if data.get("bron") is not None:
        b = data["bron"]
        if not isinstance(b, dict) or not isinstance(b.get("bestandsnaam", ""), str) \
                or not isinstance(b.get("inhoud_base64", ""), str):
            raise ProjectbestandFout(f"{naam} is beschadigd: de gegevens van het invoerbestand zijn ongeldig.")
        inhoud = None
        if b.get("inhoud_base64"):
            try:
                inhoud = base64.b64decode(b["inhoud_base64"], validate=True)
            except (binascii.Error, ValueError):
                raise ProjectbestandFout(f"{naam} is beschadigd: het ingesloten werkboek is onleesbaar.") from None
        bron = Bron(b.get("bestandsnaam", ""), inhoud)
    ui = data.get("ui") if isinstance(data.get("ui"), dict) else {}
    ui = {k: v for k, v in ui.items() if _is_scalair(v)}   # window state only: nothing nested is kept
    correcties = _correcties(data.get("correcties"), naam, invoer)
    project = Project(Toestand(invoer, tuple(scenarios), actief, bron, correcties), parameterset, ui=ui)
    project.meldingen = meldingen
    project.gewijzigd = bool(meldingen)
    return project


def _correcties(data: Any, naam: str, invoer) -> tuple[Override, ...]:
    """The invoercorrecties (absent in older project files): input overrides that must apply to the input."""
    if data is None:
        return ()
    fout = f"{naam} is beschadigd: de invoercorrecties zijn ongeldig."
    if not isinstance(data, list):
        raise ProjectbestandFout(fout)
    try:
        correcties = tuple(Override.uit_dict(o) if isinstance(o, dict) else None for o in data)
        if any(o is None or o.soort not in (INVOER, REEKS_SOORT) for o in correcties):
            raise ProjectbestandFout(fout)
        pas_invoer_aan(invoer, correcties)
    except (ScenarioFout, ValueError, TypeError) as reden:
        if isinstance(reden, ProjectbestandFout):
            raise
        raise ProjectbestandFout(f"{fout} ({reden})") from None
    return correcties


def _zonder_vervallen(s: Scenario, parameterset, meldingen: list[str]) -> Scenario:
    """Drop overrides of parameters the current rules no longer have, and say which (nothing silently)."""
    from dataclasses import replace
    vervallen = [o for o in s.overrides if o.soort == PARAMETER and o.sleutel not in parameterset]
    if not vervallen:
        return s
    namen = ", ".join(sorted({o.sleutel for o in vervallen}))
    meldingen.append(f"Scenario '{s.naam}': de aanpassing van {namen} is vervallen; deze parameter bestaat niet meer "
                     "in rekenregels versie 2 (de tijdelijke ophoging volgt nu uit het landelijke macrobedrag).")
    return replace(s, overrides=tuple(o for o in s.overrides if o not in vervallen))


def _is_scalair(waarde: Any) -> bool:
    return waarde is None or isinstance(waarde, (str, bool, int)) or (isinstance(waarde, float) and math.isfinite(waarde))


def _is_getal(waarde: Any) -> bool:
    return isinstance(waarde, (int, float)) and not isinstance(waarde, bool) and math.isfinite(waarde)


def _is_jaar(waarde: Any) -> bool:
    return isinstance(waarde, int) and not isinstance(waarde, bool) and 1900 <= waarde <= 2200


def _scenarios(ruw: Any, naam: str, invoer: GemeenteInvoer, parameterset: ParameterSet,
               meldingen: list[str]) -> list[Scenario]:
    """The project's scenarios, each checked field by field; or :class:`ProjectbestandFout` naming what is wrong."""
    if ruw is None:
        ruw = []
    if not isinstance(ruw, list) or len(ruw) > MAX_SCENARIOS:
        raise ProjectbestandFout(f"{naam} is beschadigd: de lijst met scenario's is ongeldig.")
    preset_namen = {s.naam for s in presets()}
    scenarios: list[Scenario] = []
    for i, item in enumerate(ruw, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("naam"), str) \
                or not 0 < len(item["naam"].strip()) <= MAX_NAAM:
            raise ProjectbestandFout(f"{naam} is beschadigd: scenario {i} heeft geen geldige naam.")
        wie = f"scenario '{item['naam']}'"
        if not isinstance(item.get("omschrijving", ""), str) or not isinstance(item.get("preset", False), bool):
            raise ProjectbestandFout(f"{naam} is beschadigd: de omschrijving van {wie} is ongeldig.")
        aanpassingen = item.get("overrides", [])
        if not isinstance(aanpassingen, list) or len(aanpassingen) > MAX_AANPASSINGEN:
            raise ProjectbestandFout(f"{naam} is beschadigd: de aanpassingen in {wie} zijn ongeldig.")
        for j, o in enumerate(aanpassingen, start=1):
            reden = _reden_ongeldige_aanpassing(o)
            if reden:
                raise ProjectbestandFout(f"{naam} is beschadigd: aanpassing {j} in {wie} is ongeldig ({reden}).")
        s = _zonder_vervallen(Scenario.uit_dict(item), parameterset, meldingen)
        if item.get("preset") and s.naam in preset_namen:
            s = Scenario(s.naam, s.omschrijving, s.overrides, preset=True)
        if s.naam in (x.naam for x in scenarios):
            raise ProjectbestandFout(f"{naam} is beschadigd: {wie} komt twee keer voor.")
        try:
            for o in s.overrides:   # the same ranges as an edit in the app (REKENREGELS §6)
                controleer_aanpassing(o, parameterset)
            ParametersMetScenario(parameterset, s.overrides)
            effectief, _ = pas_invoer_aan(invoer, s.overrides)
        except (ScenarioFout, TypeError, ValueError) as fout:
            raise ProjectbestandFout(f"{naam} bevat in {wie} een ongeldige waarde: {str(fout).rstrip('.')}.") from None
        fouten = [b for b in valideer(effectief) if b.is_fout]
        if fouten:
            raise ProjectbestandFout(f"{naam} bevat in {wie} een ongeldige waarde: {fouten[0].melding}", fouten)
        scenarios.append(s)
    return scenarios


def _reden_ongeldige_aanpassing(o: Any) -> str | None:
    """Why a stored override cannot be used (Dutch, short), or None. Types and finiteness only."""
    if not isinstance(o, dict) or not isinstance(o.get("sleutel"), str):
        return "geen aanpassing"
    soort, sleutel = o.get("soort"), o["sleutel"]
    jaar = o.get("jaar")
    if jaar is not None and not _is_jaar(jaar):
        return f"jaar {jaar!r} is geen jaartal"
    if soort == PARAMETER:   # a parameter the rules no longer have is dropped with a notice (_zonder_vervallen)
        waarde, factor = o.get("waarde"), o.get("factor")
        if (waarde is None) == (factor is None):
            return f"parameter '{sleutel}' heeft precies één waarde of factor nodig"
        if not _is_getal(factor if waarde is None else waarde):
            return f"parameter '{sleutel}' heeft geen eindig getal als waarde"
        return None
    if soort == INVOER:
        veld = VELD.get(sleutel)
        if veld is None or sleutel in ("naam", "basisjaar"):
            return f"'{sleutel}' is geen invoerwaarde die een scenario kan aanpassen"
        waarde = o.get("waarde")
        if waarde is None:
            return None
        if veld.soort in ("tekst", "cbs", "regio"):
            return None if isinstance(waarde, str) else f"{veld.label} moet tekst zijn"
        if veld.soort == "janee":
            return None if isinstance(waarde, bool) else f"{veld.label} moet ja of nee zijn"
        if not _is_getal(waarde):
            return f"{veld.label} heeft geen eindig getal als waarde"
        if veld.soort in ("jaar", "geheel") and waarde != int(waarde):
            return f"{veld.label} moet een geheel getal zijn"
        return None
    if soort == REEKS_SOORT:
        if sleutel not in REEKS:
            return f"onbekende reeks '{sleutel}'"
        gelijk, waarden = o.get("gelijk_aan"), o.get("waarden")
        if gelijk is not None:
            return None if gelijk in KOPPELBARE_REEKSEN.get(sleutel, ()) else f"reeks '{sleutel}' kan niet gelijk aan '{gelijk}'"
        if not isinstance(waarden, dict):
            return f"reeks '{sleutel}' heeft geen waarden per jaar"
        for j, w in waarden.items():
            if not (isinstance(j, str) and j.isdigit() and _is_jaar(int(j))) or not _is_getal(w):
                return f"reeks '{sleutel}': {j} → {w!r} is geen jaar met een eindig getal"
        return None
    return f"onbekende soort '{soort}'"


def lees_project(pad: Path | str) -> Project:
    pad = Path(pad)
    if not pad.exists():
        raise ProjectbestandFout(f"Het projectbestand {pad} bestaat niet.")
    try:
        data = laad_json(pad, MAX_PROJECT, "een Infraraming-project")
    except Weigering as w:
        raise ProjectbestandFout(w.zin) from None
    project = uit_projectdict(data, pad.name)
    project.pad = str(pad)
    project.stempel = stempel(pad)
    return project
