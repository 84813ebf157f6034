"""Export options of ``bereken``: ``--pdf``, ``--xlsx``, ``--vergelijk``, ``--gevoeligheid``, ``--datum``.

Hook interface used by cli/bereken.py: :func:`argumenten`, :func:`gevraagd`, :func:`uitvoeren`.
A write that fails (read-only folder, file open elsewhere, disk full) leaves no partial file
and ends with one Dutch sentence and exit status 2.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from cli import Invoerfout


def argumenten(parser) -> None:
    groep = parser.add_argument_group("begrotingsbijlage")
    groep.add_argument("--pdf", metavar="PAD.pdf", help="schrijf de begrotingsbijlage als PDF")
    groep.add_argument("--xlsx", metavar="PAD.xlsx", help="schrijf de begrotingsbijlage als Excel-werkboek")
    groep.add_argument("--vergelijk", nargs="+", metavar="NAAM|BESTAND",
                       help="neem een scenariovergelijking op met deze scenario's (naam of scenariobestand .json)")
    groep.add_argument("--gevoeligheid", action="store_true", help="neem de gevoeligheidsanalyse op")
    groep.add_argument("--datum", metavar="JJJJ-MM-DD", help="datum op de bijlage (standaard vandaag)")


def gevraagd(args) -> bool:
    return bool(getattr(args, "pdf", None) or getattr(args, "xlsx", None))


def _datum(tekst: str | None) -> date | None:
    if tekst is None:
        return None
    try:
        return date.fromisoformat(tekst)
    except ValueError:
        raise Invoerfout(f"--datum: '{tekst}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-11-23.") from None


def _bevindingen(args, invoer) -> tuple:
    """The input findings to list in the annex (warnings; errors would have stopped the load)."""
    if args.invoer:
        from model.io.invoerbestand import lees_invoerbestand
        return tuple(lees_invoerbestand(args.invoer)[1])
    from model.invoer import valideer
    return tuple(valideer(invoer))


def uitvoeren(args, invoer, parameterset, scenario, resultaat) -> None:
    if not gevraagd(args):
        return
    from cli.bereken import laad_scenario, lees_zet
    from model.analyse import gevoeligheid, vergelijk
    from model.berekening import BerekeningFout
    from model.export import ExportFout, ExportOpties, SchrijfFout, schrijf_excel, schrijf_pdf
    from model.scenario import BASIS, Scenario, ScenarioFout

    datum = _datum(args.datum)
    van, tot = resultaat.jaren[0], resultaat.jaren[-1]
    eigen = scenario or Scenario(resultaat.scenario)
    try:
        vergelijking = None
        if args.vergelijk:
            anderen = [laad_scenario(naam) for naam in args.vergelijk]
            # REKENREGELS §6 (v2): Basis (with the --zet edits) is the reference; each scenario is Basis plus its own
            basis = Scenario(BASIS, overrides=tuple(lees_zet(t, parameterset) for t in getattr(args, "zet", ())))
            vergelijking = vergelijk(invoer, [eigen, *anderen], parameterset, van, tot, basis=basis)
        analyse = gevoeligheid(invoer, parameterset, eigen, van, tot) if args.gevoeligheid else None
    except (BerekeningFout, ScenarioFout) as fout:
        raise Invoerfout(str(fout)) from None
    opties = ExportOpties(datum=datum, vergelijking=vergelijking, gevoeligheid=analyse,
                          bevindingen=_bevindingen(args, invoer),
                          scenario_omschrijving=getattr(scenario, "omschrijving", "") or "")
    for pad, schrijf, soort in ((args.pdf, schrijf_pdf, "PDF"), (args.xlsx, schrijf_excel, "Excel-werkboek")):
        if not pad:
            continue
        try:
            schrijf(Path(pad), resultaat, opties)
        except (SchrijfFout, ExportFout) as fout:
            raise Invoerfout(str(fout)) from None
        print(f"Begrotingsbijlage ({soort}) opgeslagen: {pad}", file=sys.stderr)
