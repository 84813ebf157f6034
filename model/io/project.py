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
from model.invoer import GemeenteInvoer, naar_dict
from model.io.atomair import schrijf_atomair
from model.io.grenzen import Weigering
from model.io.jsonbestand import invoer_uit_json, laad_json
from model.parameters import REGELVERSIES, STANDAARD_SET, VERVANGEN_SETS, ParameterFout, ParameterSet, standaard_parameterset
from model.project import Bron, Project, Toestand
from model.scenario import (BASIS, INVOER, MAX_AANPASSINGEN_PROJECT, MAX_NAAM, MAX_SCENARIOS, PARAMETER, REEKS_SOORT,
                            TAAKVELD, Override, Scenario, ScenarioFout, controleer_scenario, presets)

SCHEMA = "infraraming-project"
VERSIE = 1
EXTENSIE = ".infraraming"
MAX_PROJECT = 300 * 1024 * 1024   # bytes; an embedded workbook is at most 200 MB (base64: 267 MB)


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
    return _naar_bytes(naar_projectdict(project))


def _naar_bytes(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n").encode("utf-8")


def schrijf_project(pad: Path | str, project: Project) -> None:
    """Write atomically; raises :class:`model.io.atomair.SchrijfFout` (Dutch) on failure.

    What is written is first read back by the reader's own rules (:func:`controleer_leesbaar`): a
    project the app could not open again is never written, and the file on disk stays as it was."""
    data = naar_projectdict(project)
    inhoud = _naar_bytes(data)
    controleer_leesbaar(data, len(inhoud), Path(pad).name)
    schrijf_atomair(Path(pad), inhoud)
    project.stempel = stempel(pad)


def controleer_leesbaar(data: dict, grootte: int, naam: str) -> None:
    """Refuse to save what :func:`lees_project` would refuse, with the reader's reason (SchrijfFout, Dutch).

    Everything but the embedded workbook goes through the reader's JSON bounds and rules; the workbook is
    this module's own base64 of bytes (a 200 MB workbook would otherwise be decoded once more per save)."""
    from model.io.jsonbestand import ontleed_json
    from model.io.schrijffout import SchrijfFout
    if grootte > MAX_PROJECT:
        raise SchrijfFout(0, f"Kan {naam} niet opslaan: het project zou {grootte // (1024 * 1024)} MB worden, meer "
                             f"dan de {MAX_PROJECT // (1024 * 1024)} MB die Infraraming kan openen. Kies een kleiner "
                             "logo of een kleiner werkboek.")
    if isinstance(data.get("bron"), dict) and data["bron"].get("inhoud_base64"):
        data = {**data, "bron": {**data["bron"], "inhoud_base64": ""}}
    try:
        uit_projectdict(ontleed_json(_naar_bytes(data), naam, "een Infraraming-project"), naam)
    except (ProjectbestandFout, Weigering) as fout:
        raise SchrijfFout(0, f"Kan {naam} niet opslaan: Infraraming zou het zo niet meer kunnen openen "
                             f"({str(fout).rstrip('.')}). Er is niets overschreven.") from None


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


#: What changed in each version of the rules, for the notice on an older project (REKENREGELS §0).
WIJZIGINGEN = {
    2: "de indexatie van de rijksbijdragen, de tijdelijke ophoging, de BUIG-dekking van de LKS, het verdeelmodel en "
       "de bestemmingsreserve",
    3: "structurele bestedingen van het impulsbudget, de bestemmingsreserve (nooit negatief), de doorbetaling in het "
       "samenwerkingsverband, de Wsw via een gemeenschappelijke regeling en het prijspeil van de sociale "
       "infrastructuur",
}


def vervangen_melding(naam: str, set_id: str) -> str:
    """The one notice for a project made with an earlier version of the rules: recalculated with the standard set."""
    oud, nieuw = REGELVERSIES[set_id], REGELVERSIES[STANDAARD_SET]
    gewijzigd = "; en ".join(WIJZIGINGEN[v] for v in range(oud + 1, nieuw + 1))
    return (f"{naam} is gemaakt met rekenregels versie {oud} (parameterset {set_id}). Het is opnieuw doorgerekend met "
            f"rekenregels versie {nieuw} (parameterset {STANDAARD_SET}): onder meer {gewijzigd} zijn gewijzigd, zodat "
            "bedragen kunnen verschillen. Uw invoer en scenario's zijn ongewijzigd overgenomen; sla het project op om "
            "het in de nieuwe versie te bewaren.")


def uit_projectdict(data: Any, naam: str = "het project") -> Project:
    """The project the data describes; any problem is a :class:`ProjectbestandFout` with a Dutch sentence,
    never another exception (a start of the app that opens the last project depends on it)."""
    try:
        return _uit_projectdict(data, naam)
    except ProjectbestandFout:
        raise
    except ScenarioFout as fout:
        raise ProjectbestandFout(f"{naam} is beschadigd: {str(fout).rstrip('.')}.") from None
    except (TypeError, ValueError, ArithmeticError, KeyError, AttributeError, RecursionError, MemoryError) as fout:
        raise ProjectbestandFout(f"{naam} is beschadigd en kan niet worden geopend ({type(fout).__name__}).") from None


def _uit_projectdict(data: Any, naam: str) -> Project:
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
        meldingen.append(vervangen_melding(naam, set_id))
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
    ui = _ui(data.get("ui"), naam, meldingen)
    correcties = _correcties(data.get("correcties"), naam, invoer, parameterset)
    project = Project(Toestand(invoer, tuple(scenarios), actief, bron, correcties), parameterset, ui=ui)
    project.meldingen = meldingen
    project.gewijzigd = bool(meldingen)
    return project


def _ui(ruw: Any, naam: str, meldingen: list[str]) -> dict[str, Any]:
    """The project's window state (scalars) and its annex settings, checked by the bounds the command line
    and the dialog have (:func:`model.export.bijlage.controleer_bijlagedata`); anything else nested is dropped."""
    from model.export.bijlage import PROJECTSLEUTEL, SECTIESLEUTEL, controleer_bijlagedata
    from model.export.opties import SECTIES, ExportFout
    ruw = ruw if isinstance(ruw, dict) else {}
    ui = {k: v for k, v in ruw.items() if _is_scalair(v)}
    if ruw.get(PROJECTSLEUTEL) is not None:
        try:
            ui[PROJECTSLEUTEL], notities = controleer_bijlagedata(ruw[PROJECTSLEUTEL], naam)
        except ExportFout as fout:
            raise ProjectbestandFout(f"{naam} is beschadigd: {str(fout).rstrip('.')}.") from None
        meldingen.extend(notities)
    secties = ruw.get(SECTIESLEUTEL)
    if secties is not None:
        if not isinstance(secties, list) or any(s not in SECTIES for s in secties) or len(secties) > len(SECTIES):
            raise ProjectbestandFout(f"{naam} is beschadigd: de gekozen onderdelen van de bijlage zijn ongeldig.")
        ui[SECTIESLEUTEL] = list(secties)
    return ui


def _correcties(data: Any, naam: str, invoer, parameterset) -> tuple[Override, ...]:
    """The invoercorrecties (absent in older project files): input, series and taakveld overrides that must apply
    to the input, checked by the rules of an edit (the corrected input by the workbook's own rules)."""
    if data is None:
        return ()
    fout = f"{naam} is beschadigd: de invoercorrecties zijn ongeldig."
    if not isinstance(data, list):
        raise ProjectbestandFout(fout)
    try:
        correcties = tuple(Override.uit_dict(o) if isinstance(o, dict) else None for o in data)
        if any(o is None or o.soort not in (INVOER, REEKS_SOORT, TAAKVELD) for o in correcties):
            raise ProjectbestandFout(fout)
        controleer_scenario(Scenario("Invoercorrecties", overrides=correcties), invoer, parameterset)
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


def _scenarios(ruw: Any, naam: str, invoer: GemeenteInvoer, parameterset: ParameterSet,
               meldingen: list[str]) -> list[Scenario]:
    """The project's scenarios, each read and checked by the same rules as a scenario file and an edit
    (:meth:`Scenario.uit_dict`, :func:`model.scenario.controleer_scenario`); or :class:`ProjectbestandFout`."""
    if ruw is None:
        ruw = []
    if not isinstance(ruw, list) or len(ruw) > MAX_SCENARIOS:
        raise ProjectbestandFout(f"{naam} is beschadigd: de lijst met scenario's is ongeldig "
                                 f"(hoogstens {MAX_SCENARIOS} scenario's).")
    totaal = sum(len(item["overrides"]) for item in ruw if isinstance(item, dict) and isinstance(item.get("overrides"), list))
    if totaal > MAX_AANPASSINGEN_PROJECT:
        raise ProjectbestandFout(f"{naam} heeft onredelijk veel aanpassingen ({totaal:,} in alle scenario's samen; "
                                 f"hoogstens {MAX_AANPASSINGEN_PROJECT:,}).".replace(",", "."))
    preset_namen = {s.naam for s in presets()}
    scenarios: list[Scenario] = []
    for i, item in enumerate(ruw, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("naam"), str) \
                or not 0 < len(item["naam"].strip()) <= MAX_NAAM:
            raise ProjectbestandFout(f"{naam} is beschadigd: scenario {i} heeft geen geldige naam.")
        wie = f"scenario '{item['naam']}'"
        if not isinstance(item.get("preset", False), bool):
            raise ProjectbestandFout(f"{naam} is beschadigd: de gegevens van {wie} zijn ongeldig.")
        try:
            s = _zonder_vervallen(Scenario.uit_dict(item), parameterset, meldingen)
        except ScenarioFout as fout:
            raise ProjectbestandFout(f"{naam} is beschadigd: {fout}.") from None
        if item.get("preset") and s.naam in preset_namen:
            s = Scenario(s.naam, s.omschrijving, s.overrides, preset=True)
        if s.naam in (x.naam for x in scenarios):
            raise ProjectbestandFout(f"{naam} is beschadigd: {wie} komt twee keer voor.")
        try:   # the same ranges as an edit in the app (REKENREGELS §6), the input as the workbook's
            controleer_scenario(s, invoer, parameterset)
        except ScenarioFout as fout:
            raise ProjectbestandFout(f"{naam} bevat in {wie} een ongeldige waarde: {str(fout).rstrip('.')}.",
                                     getattr(fout, "bevindingen", [])) from None
        except (TypeError, ValueError, ArithmeticError) as fout:
            raise ProjectbestandFout(f"{naam} bevat in {wie} een ongeldige waarde ({type(fout).__name__}).") from None
        scenarios.append(s)
    return scenarios


def lees_project(pad: Path | str) -> Project:
    pad = Path(pad)
    try:
        data = laad_json(pad, MAX_PROJECT, "een Infraraming-project")
    except Weigering as w:
        raise ProjectbestandFout(w.zin) from None
    project = uit_projectdict(data, pad.name)
    project.pad = str(pad)
    project.stempel = stempel(pad)
    return project
