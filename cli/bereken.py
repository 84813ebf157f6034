"""``bereken``: run the funding model on an input file (default: the Voorbeeldgemeente)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from cli import Invoerfout
from model.berekening import BerekeningFout, bereken
from model.invoer import GemeenteInvoer, voorbeeldgemeente
from model.parameters import ParameterFout, lees_parameterset, standaard_parameterset
from model.scenario import Scenario, ScenarioFout, lees_scenario, preset


def registreer(sub) -> None:
    p = sub.add_parser("bereken", help="reken de meerjarenraming door en toon of bewaar het resultaat")
    p.add_argument("invoer", nargs="?", metavar="INVOER",
                   help="werkboek (.xlsx, .xlsm, .xls, .ods) of invoer (.json); zonder: de Voorbeeldgemeente")
    p.add_argument("--scenario", metavar="NAAM|BESTAND", help="naam van een meegeleverd scenario of een scenariobestand (.json)")
    p.add_argument("--parameterset", metavar="BESTAND", help="een andere parameterset (.toml)")
    p.add_argument("--van", type=int, metavar="JAAR", help="eerste jaar (standaard het basisjaar)")
    p.add_argument("--tot", type=int, metavar="JAAR", help="laatste jaar (standaard basisjaar + 3)")
    p.add_argument("--json", metavar="PAD|-", help="schrijf het resultaat als JSON naar PAD of naar de standaarduitvoer (-)")
    for uitbreiding in _uitbreidingen():
        uitbreiding.argumenten(p)
    p.set_defaults(uitvoeren=uitvoeren)


def _uitbreidingen():
    """Output options added by other modules (the PDF and Excel exports)."""
    from cli import export
    return (export,)


def laad_invoer(pad: str | None) -> GemeenteInvoer:
    """The input named on the command line, or the Voorbeeldgemeente; errors -> Invoerfout."""
    if pad is None:
        return voorbeeldgemeente()
    from model.io.invoerbestand import lees_invoerbestand
    invoer, bevindingen = lees_invoerbestand(pad)
    for b in bevindingen:
        if not b.is_fout:
            print(b.tekst(), file=sys.stderr)
    if invoer is None:
        fouten = [b.tekst() for b in bevindingen if b.is_fout]
        raise Invoerfout(f"{Path(pad).name} kan niet worden gebruikt:\n" + "\n".join(f"- {f}" for f in fouten))
    return invoer


def laad_scenario(waarde: str | None) -> Scenario | None:
    if waarde is None:
        return None
    try:
        if waarde.lower().endswith(".json") or Path(waarde).is_file():
            return lees_scenario(waarde)
        return preset(waarde)
    except ScenarioFout as fout:
        raise Invoerfout(f"Scenario: {fout}.") from None


def uitvoeren(args) -> int:
    invoer = laad_invoer(args.invoer)
    scenario = laad_scenario(args.scenario)
    try:
        parameterset = lees_parameterset(args.parameterset) if args.parameterset else standaard_parameterset()
        resultaat = bereken(invoer, parameterset, scenario, args.van, args.tot)
    except (BerekeningFout, ParameterFout, ScenarioFout) as fout:
        raise Invoerfout(str(fout)) from None
    if args.json:
        tekst = json.dumps(resultaat.naar_json(), ensure_ascii=False, indent=2) + "\n"
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
