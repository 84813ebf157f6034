"""The project file (``.infraraming``): JSON with a versioned schema, written atomically.

The input is embedded as data (the JSON form of :mod:`model.invoer`), optionally with the
original workbook's bytes, so a project opens when the workbook has moved. A damaged file,
or one written by a newer version, gives a :class:`ProjectbestandFout` with a Dutch sentence.
"""
from __future__ import annotations

import base64
import binascii
import json
from pathlib import Path
from typing import Any

from model.bevindingen import Bevinding
from model.invoer import naar_dict, uit_dict
from model.io.atomair import schrijf_atomair
from model.parameters import STANDAARD_SET, VERVANGEN_SETS, ParameterFout, standaard_parameterset
from model.project import Bron, Project, Toestand
from model.scenario import BASIS, Scenario, ScenarioFout, presets

SCHEMA = "infraraming-project"
VERSIE = 1
EXTENSIE = ".infraraming"


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
    if t.bron is not None:
        bron: dict[str, Any] = {"bestandsnaam": t.bron.bestandsnaam}
        if t.bron.inhoud is not None:
            bron["inhoud_base64"] = base64.b64encode(t.bron.inhoud).decode("ascii")
        data["bron"] = bron
    return data


def project_bytes(project: Project) -> bytes:
    return (json.dumps(naar_projectdict(project), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def schrijf_project(pad: Path | str, project: Project) -> None:
    """Write atomically; raises :class:`model.io.atomair.SchrijfFout` (Dutch) on failure."""
    schrijf_atomair(Path(pad), project_bytes(project))


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
    invoer, bevindingen = uit_dict(data.get("invoer"), naam)
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
    preset_namen = {s.naam for s in presets()}
    scenarios: list[Scenario] = []
    try:
        for ruw in data.get("scenarios") or []:
            s = _zonder_vervallen(Scenario.uit_dict(ruw), parameterset, meldingen)
            if ruw.get("preset") and s.naam in preset_namen:
                s = Scenario(s.naam, s.omschrijving, s.overrides, preset=True)
            if s.naam in (x.naam for x in scenarios):
                raise ScenarioFout(f"scenario '{s.naam}' komt twee keer voor")
            scenarios.append(s)
    except (ScenarioFout, AttributeError, TypeError) as fout:
        raise ProjectbestandFout(f"{naam} is beschadigd: {fout}.") from None
    if BASIS not in (s.naam for s in scenarios):
        scenarios.insert(0, presets()[0])
    if meldingen:  # a project of rules version 1 also gets the presets that version 2 added
        scenarios += [p for p in presets() if p.naam not in (s.naam for s in scenarios)]
    actief = data.get("actief") if data.get("actief") in (s.naam for s in scenarios) else BASIS
    bron = None
    if isinstance(data.get("bron"), dict):
        b = data["bron"]
        inhoud = None
        if b.get("inhoud_base64"):
            try:
                inhoud = base64.b64decode(b["inhoud_base64"], validate=True)
            except (binascii.Error, TypeError, ValueError):
                raise ProjectbestandFout(f"{naam} is beschadigd: het ingesloten werkboek is onleesbaar.") from None
        bron = Bron(str(b.get("bestandsnaam", "")), inhoud)
    ui = data.get("ui") if isinstance(data.get("ui"), dict) else {}
    project = Project(Toestand(invoer, tuple(scenarios), actief, bron), parameterset, ui=dict(ui))
    project.meldingen = meldingen
    project.gewijzigd = bool(meldingen)
    return project


def _zonder_vervallen(s: Scenario, parameterset, meldingen: list[str]) -> Scenario:
    """Drop overrides of parameters the current rules no longer have, and say which (nothing silently)."""
    from dataclasses import replace
    from model.scenario import PARAMETER
    vervallen = [o for o in s.overrides if o.soort == PARAMETER and o.sleutel not in parameterset]
    if not vervallen:
        return s
    namen = ", ".join(sorted({o.sleutel for o in vervallen}))
    meldingen.append(f"Scenario '{s.naam}': de aanpassing van {namen} is vervallen; deze parameter bestaat niet meer "
                     "in rekenregels versie 2 (de tijdelijke ophoging volgt nu uit het landelijke macrobedrag).")
    return replace(s, overrides=tuple(o for o in s.overrides if o not in vervallen))


def lees_project(pad: Path | str) -> Project:
    pad = Path(pad)
    try:
        tekst = pad.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ProjectbestandFout(f"Het projectbestand {pad} bestaat niet.") from None
    except OSError as fout:
        raise ProjectbestandFout(f"{pad.name} kan niet worden gelezen: {fout.strerror}.") from None
    except UnicodeDecodeError:
        raise ProjectbestandFout(f"{pad.name} is beschadigd of geen Infraraming-project.") from None
    try:
        data = json.loads(tekst)
    except json.JSONDecodeError:
        raise ProjectbestandFout(f"{pad.name} is beschadigd of geen Infraraming-project "
                                 "(het is geen leesbaar projectbestand).") from None
    project = uit_projectdict(data, pad.name)
    project.pad = str(pad)
    return project
