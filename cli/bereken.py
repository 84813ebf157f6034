"""``bereken``: run the funding model on an input file (default: the Voorbeeldgemeente)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from cli import Invoerfout
from cli.argumenten import jaar
from model.berekening import BerekeningFout, bereken
from model.invoer import GemeenteInvoer, voorbeeldgemeente
from model.parameters import ParameterFout, lees_parameterset, standaard_parameterset
from model.io.jsonbestand import lees_scenario
from model.scenario import BASIS, Override, Scenario, ScenarioFout, preset


def registreer(sub) -> None:
    p = sub.add_parser("bereken", help="reken de meerjarenraming door en toon of bewaar het resultaat")
    p.add_argument("invoer", nargs="?", metavar="INVOER",
                   help="werkboek (.xlsx, .xlsm, .xls, .ods), invoer (.json) of project (.infraraming); "
                        "zonder: de Voorbeeldgemeente")
    p.add_argument("--scenario", metavar="NAAM|BESTAND", help="naam van een meegeleverd scenario of een scenariobestand (.json)")
    p.add_argument("--parameterset", metavar="BESTAND", help="een andere parameterset (.toml)")
    p.add_argument("--van", type=jaar, metavar="JAAR", help="eerste jaar (standaard het basisjaar)")
    p.add_argument("--tot", type=jaar, metavar="JAAR", help="laatste jaar (standaard basisjaar + 3)")
    p.add_argument("--json", metavar="PAD|-", help="schrijf het resultaat als JSON naar PAD of naar de standaarduitvoer (-)")
    p.add_argument("--zet", action="append", default=[], metavar="SLEUTEL[@JAAR]=WAARDE",
                   help="pas een parameter of invoerwaarde aan, bovenop het gekozen scenario (herhaalbaar), "
                        "bijvoorbeeld --zet lpo_rijk=0,03 of --zet wml_uur@2030=16,50; gecontroleerd op het bereik")
    for uitbreiding in _uitbreidingen():
        uitbreiding.argumenten(p)
    p.set_defaults(uitvoeren=uitvoeren)


def _uitbreidingen():
    """Output options added by other modules (the PDF and Excel exports)."""
    from cli import export
    return (export,)


def laad_invoer(pad: str | None, gevonden: list | None = None) -> GemeenteInvoer:
    """The input named on the command line, or the Voorbeeldgemeente; errors -> Invoerfout.
    The reader's findings are added to ``gevonden`` (for the annex)."""
    if pad is None:
        return voorbeeldgemeente()
    from model.io.invoerbestand import lees_invoerbestand
    invoer, bevindingen = lees_invoerbestand(pad)
    if gevonden is not None:
        gevonden.extend(bevindingen)
    return gebruik(pad, invoer, bevindingen)


def gebruik(pad: str, gelezen, bevindingen) -> Any:
    """What was read from ``pad``: its warnings to stderr, and an Invoerfout naming its errors when nothing was read."""
    for b in bevindingen:
        if not b.is_fout:
            print(b.tekst(), file=sys.stderr)
    if gelezen is None:
        fouten = [b.tekst() for b in bevindingen if b.is_fout]
        raise Invoerfout(f"{Path(pad).name} kan niet worden gebruikt:\n" + "\n".join(f"- {f}" for f in fouten))
    return gelezen


def laad_scenario(waarde: str | None) -> Scenario | None:
    if waarde is None:
        return None
    try:
        if waarde.lower().endswith(".json") or Path(waarde).is_file():
            return lees_scenario(waarde)
        return preset(waarde)
    except ScenarioFout as fout:
        raise Invoerfout(f"Scenario: {fout}.") from None


def lees_zet(tekst: str, parameterset) -> Override:
    """``SLEUTEL=WAARDE`` or ``SLEUTEL@JAAR=WAARDE`` -> a checked override (Invoerfout in Dutch otherwise)."""
    from model.getallen import GeenGetal, lees_getal, lees_percentage
    from model.invoer import VELD
    from model.scenario import INVOER, PARAMETER, controleer
    doel, is_, waarde_tekst = tekst.partition("=")
    sleutel, _, jaar_tekst = doel.strip().partition("@")
    if not is_ or not sleutel:
        raise Invoerfout(f"--zet {tekst}: schrijf SLEUTEL=WAARDE of SLEUTEL@JAAR=WAARDE, bijvoorbeeld lpo_rijk=0,03.")
    if sleutel in parameterset:
        soort = PARAMETER
    elif sleutel in VELD:
        soort = INVOER
    else:
        from cli.parameters import bedoelt_u, naaste, sleutels
        naast = naaste(sleutel, sleutels(parameterset))
        raise Invoerfout(f"--zet {tekst}: '{sleutel}' is geen parameter en geen invoerwaarde"
                         + (f"; {bedoelt_u(naast)}" if naast else ".")
                         + " De lijst van alle sleutels: infraraming parameters.")
    jaar = None
    if jaar_tekst:
        if soort != PARAMETER or not jaar_tekst.strip().isdigit():
            raise Invoerfout(f"--zet {tekst}: alleen een parameter kan per jaar worden aangepast (SLEUTEL@JAAR=WAARDE).")
        jaar = int(jaar_tekst)
    try:
        waarde = lees_percentage(waarde_tekst)[0] if "%" in waarde_tekst else lees_getal(waarde_tekst)
    except GeenGetal as fout:
        raise Invoerfout(f"--zet {tekst}: {fout}.") from None
    override = Override(soort, sleutel, waarde, jaar)
    try:
        controleer(override, parameterset)
    except ScenarioFout as fout:
        raise Invoerfout(f"--zet {tekst}: {fout}") from None
    return override


def met_zet(scenario: Scenario | None, overrides: list[Override]) -> Scenario | None:
    """The chosen scenario with the --zet overrides on top (they win over the scenario's own)."""
    if not overrides:
        return scenario
    scenario = scenario or Scenario(BASIS)
    for o in overrides:
        scenario = scenario.met_override(o)
    return scenario


def laad_project(pad: str | None):
    """A saved project (.infraraming) named as INVOER, so it can be calculated and exported headless; else None."""
    from model.io.project import EXTENSIE, ProjectbestandFout, lees_project
    if pad is None or Path(pad).suffix.lower() != EXTENSIE:
        return None
    try:
        project = lees_project(pad)
    except ProjectbestandFout as fout:
        raise Invoerfout(str(fout)) from None
    for melding in project.meldingen:
        print(melding, file=sys.stderr)
    return project


def uitvoeren(args) -> int:
    project = laad_project(args.invoer)
    gevonden: list = []
    invoer = project.invoer if project else laad_invoer(args.invoer, gevonden)
    args.bevindingen = tuple(gevonden) if args.invoer else None   # the annex lists them; never read twice
    args.project = project
    scenario = laad_scenario(args.scenario)
    if project is not None:   # the project's own scenario (or the one asked for) on top of its Basis
        scenario = (scenario or project.actief_scenario).op_basis(project.toestand.basis)
    try:
        parameterset = (lees_parameterset(args.parameterset) if args.parameterset
                        else project.parameterset if project else standaard_parameterset())
        scenario = met_zet(scenario, [lees_zet(t, parameterset) for t in args.zet])
        resultaat = bereken(invoer, parameterset, scenario, args.van, args.tot)
    except (BerekeningFout, ParameterFout, ScenarioFout) as fout:
        raise Invoerfout(str(fout)) from None
    if args.json:
        tekst = json.dumps(resultaat.naar_json(), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        if args.json == "-":
            sys.stdout.write(tekst)
        else:
            from model.io.atomair import SchrijfFout, schrijf_atomair
            try:
                schrijf_atomair(Path(args.json), tekst.encode("utf-8"))
            except SchrijfFout as fout:
                raise Invoerfout(str(fout)) from None
    for uitbreiding in _uitbreidingen():
        uitbreiding.uitvoeren(args, invoer, parameterset, scenario, resultaat)
    if not args.json and not any(u.gevraagd(args) for u in _uitbreidingen()):
        from cli.tabel import tabel
        print(tabel(resultaat))
    return 0
