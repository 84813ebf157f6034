"""``bereken``: run the funding model on an input file (default: the Voorbeeldgemeente)."""
from __future__ import annotations

from pathlib import Path

from cli.argumenten import jaar
from cli.fouten import Invoerfout
from cli.laden import laad
from model.berekening import BerekeningFout, bereken
from model.parameters import ParameterFout
from model.scenario import ScenarioFout


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
    p.add_argument("--motivering", action="append", default=[], metavar="SLEUTEL=TEKST",
                   help="waarom een --zet-aanpassing is gedaan, voor de bijlage (herhaalbaar), bijvoorbeeld "
                        "--motivering \"lpo=CAO-akkoord gemeenten 2026\"")
    p.add_argument("--taakveld", action="append", default=[], metavar="SLEUTEL=CODE",
                   help="boek een regel of bestedingscategorie op een ander taakveld (herhaalbaar), bijvoorbeeld "
                        "--taakveld besteding_doorstroom=6.5 of --taakveld lasten_wsw=6.4")
    for uitbreiding in _uitbreidingen():
        uitbreiding.argumenten(p)
    p.set_defaults(uitvoeren=uitvoeren)


def _uitbreidingen():
    """Output options added by other modules (the PDF and Excel exports)."""
    from cli import export
    return (export,)


def _geen_overschrijving(args) -> None:
    from cli.uitvoerpaden import controleer_paden
    scenario = args.scenario if args.scenario and (args.scenario.lower().endswith(".json")
                                                   or Path(args.scenario).is_file()) else None
    invoer = [("het invoerbestand", args.invoer), ("het scenariobestand", scenario),
              ("de parameterset", args.parameterset), ("het logo", getattr(args, "logo", None)),
              ("de oude berekening (--wat-verandert)", getattr(args, "wat_verandert", None))]
    invoer += [("een scenariobestand (--vergelijk)", v) for v in getattr(args, "vergelijk", None) or ()
               if v.lower().endswith(".json") or Path(v).is_file()]
    controleer_paden(invoer, [("--json", args.json), ("--pdf", getattr(args, "pdf", None)),
                              ("--xlsx", getattr(args, "xlsx", None))])


def uitvoeren(args) -> int:
    _geen_overschrijving(args)
    geladen = laad(args)
    try:
        resultaat = bereken(geladen.invoer, geladen.parameterset, geladen.scenario, args.van, args.tot)
    except (BerekeningFout, ParameterFout, ScenarioFout) as fout:
        raise Invoerfout(str(fout)) from None
    if args.json:
        data = resultaat.naar_json()
        data["taakvelden"] = resultaat.invoer.taakvelden_in_gebruik()   # as used, with the scenario's input (v3)
        from cli.uitvoerpaden import schrijf_json
        schrijf_json(data, args.json)
    for uitbreiding in _uitbreidingen():
        uitbreiding.uitvoeren(args, geladen, resultaat)
    if not args.json and not any(u.gevraagd(args) for u in _uitbreidingen()):
        from cli.tabel import tabel
        print(tabel(resultaat))
    return 0
