"""Export options of ``bereken``: ``--pdf``, ``--xlsx``, ``--vergelijk``, ``--gevoeligheid``, ``--datum``,
``--onderdelen``, ``--titel``, ``--inleiding``, ``--logo``, ``--concept``.

The annex is assembled by :func:`model.export.stel_samen`, the same function the app calls; the input
findings are those of the one read of the workbook (``args.bevindingen``), never a second read.

Hook interface used by cli/bereken.py: :func:`argumenten`, :func:`gevraagd`, :func:`uitvoeren`.
A write that fails (read-only folder, file open elsewhere, disk full) leaves no partial file
and ends with one Dutch sentence and exit status 2.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from cli import Invoerfout
from model.export.opties import SECTIES


def argumenten(parser) -> None:
    groep = parser.add_argument_group("begrotingsbijlage")
    groep.add_argument("--pdf", metavar="PAD.pdf", help="schrijf de begrotingsbijlage als PDF")
    groep.add_argument("--xlsx", metavar="PAD.xlsx", help="schrijf de begrotingsbijlage als Excel-werkboek")
    groep.add_argument("--vergelijk", nargs="+", metavar="NAAM|BESTAND",
                       help="neem een scenariovergelijking op met deze scenario's (naam of scenariobestand .json)")
    groep.add_argument("--gevoeligheid", action="store_true", help="neem de gevoeligheidsanalyse op")
    groep.add_argument("--datum", metavar="JJJJ-MM-DD", help="datum op de bijlage (standaard vandaag)")
    groep.add_argument("--onderdelen", metavar="ONDERDEEL", nargs="+",
                       help="alleen deze onderdelen, bijvoorbeeld samenvatting stromen bevindingen "
                            f"(kies uit: {', '.join(SECTIES)})")
    groep.add_argument("--titel", metavar="TEKST", help="eigen titel van de bijlage")
    groep.add_argument("--inleiding", metavar="TEKST", help="inleidende toelichting op de titelpagina")
    groep.add_argument("--logo", metavar="PAD", help="logo van de gemeente op de titelpagina (PNG)")
    groep.add_argument("--concept", action="store_true", help="markeer elke pagina met CONCEPT")
    groep.add_argument("--wat-verandert", metavar="OUD",
                       help="neem 'Wat verandert er' op: het verschil met een eerdere berekening OUD (werkboek, "
                            "project of invoer), in vaste stappen verklaard")
    groep.add_argument("--wat-verandert-editie", metavar="TEKST",
                       help="met --wat-verandert: OUD zoals het stond bij deze circulaire, bijvoorbeeld 'sept. 2025' "
                            "(OUD mag dan hetzelfde werkboek zijn)")


def gevraagd(args) -> bool:
    return bool(getattr(args, "pdf", None) or getattr(args, "xlsx", None))


def _datum(tekst: str | None) -> date | None:
    if tekst is None:
        return None
    try:
        return date.fromisoformat(tekst)
    except ValueError:
        raise Invoerfout(f"--datum: '{tekst}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-11-23.") from None


def _eigen(args):
    """The gemeente's own annex: a project's stored settings, overridden by the command-line flags."""
    from dataclasses import replace

    from model.export import EigenBijlage, ExportFout
    from model.export.bijlage import eigen_uit_project, lees_logo
    project = getattr(args, "project", None)
    eigen = eigen_uit_project(project.ui) if project is not None else EigenBijlage()
    try:
        logo = lees_logo(args.logo) if getattr(args, "logo", None) else eigen.logo
    except ExportFout as fout:
        raise Invoerfout(f"--logo: {fout}") from None
    return replace(eigen, titel=getattr(args, "titel", None) or eigen.titel,
                   inleiding=getattr(args, "inleiding", None) or eigen.inleiding, logo=logo,
                   concept=bool(getattr(args, "concept", False)) or eigen.concept,
                   datum=_datum(args.datum) or eigen.datum)


def _wat_verandert(args, invoer, parameterset, scenario, resultaat):
    """The comparison for the section "Wat verandert er" (None when not asked)."""
    if not getattr(args, "wat_verandert", None):
        if getattr(args, "wat_verandert_editie", None):
            raise Invoerfout("--wat-verandert-editie hoort bij --wat-verandert OUD.")
        return None
    from cli.wat_verandert import laad
    from model.vergelijken import Berekening, vergelijk
    oud = laad(args.wat_verandert, args.wat_verandert_editie, "--wat-verandert-editie")
    nieuw = Berekening(invoer, parameterset, scenario, Path(args.invoer).name if args.invoer else invoer.naam)
    return vergelijk(oud, nieuw, resultaat.jaren[0], resultaat.jaren[-1])


def uitvoeren(args, invoer, parameterset, scenario, resultaat) -> None:
    if not gevraagd(args):
        return
    from cli.bereken import laad_scenario, lees_zet
    from model.berekening import BerekeningFout
    from model.export import ExportFout, SchrijfFout, schrijf_excel, schrijf_pdf, stel_samen
    from model.scenario import BASIS, Scenario, ScenarioFout

    # REKENREGELS §6 (v2): Basis (a project's own, with the --zet edits) is the reference; each scenario is Basis
    # plus its own overrides
    project = getattr(args, "project", None)
    basis = project.toestand.basis if project is not None else Scenario(BASIS)
    for o in (lees_zet(t, parameterset) for t in getattr(args, "zet", ())):
        basis = basis.met_override(o)
    try:
        anderen = [laad_scenario(naam) for naam in (args.vergelijk or ())]
        wat_verandert = _wat_verandert(args, invoer, parameterset, scenario or basis, resultaat)
        bijlage = stel_samen(invoer, scenario or basis, basis, parameterset=parameterset, resultaat=resultaat,
                             vergelijk_met=anderen, gevoeligheid=args.gevoeligheid,
                             bevindingen=getattr(args, "bevindingen", None),
                             secties=tuple(args.onderdelen) if getattr(args, "onderdelen", None) else SECTIES,
                             eigen=_eigen(args), wat_verandert=wat_verandert,
                             correcties=project.toestand.correcties if project is not None else ())
    except (BerekeningFout, ScenarioFout, ExportFout) as fout:
        raise Invoerfout(str(fout)) from None
    for pad, schrijf, soort in ((args.pdf, schrijf_pdf, "PDF"), (args.xlsx, schrijf_excel, "Excel-werkboek")):
        if not pad:
            continue
        try:
            schrijf(Path(pad), bijlage.resultaat, bijlage.opties)
        except (SchrijfFout, ExportFout) as fout:
            raise Invoerfout(str(fout)) from None
        print(f"Begrotingsbijlage ({soort}) opgeslagen: {pad}", file=sys.stderr)
