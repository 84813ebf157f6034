"""Export options of ``bereken``: ``--pdf``, ``--xlsx``, ``--vergelijk``, ``--gevoeligheid``, ``--risicos``, ``--datum``,
``--onderdelen``, ``--met``, ``--titel``, ``--inleiding``, ``--kernboodschap``, ``--logo``, ``--concept``.

The annex is assembled by :func:`model.export.stel_samen`, the same function the app calls; the input,
its findings, the Basis with the ``--zet`` edits and the ``--vergelijk`` scenarios are those cli/laden.py
read once for ``bereken`` (a :class:`cli.laden.Geladen`), never a second read.

Hook interface used by cli/bereken.py: :func:`argumenten`, :func:`gevraagd`, :func:`uitvoeren`.
A write that fails (read-only folder, file open elsewhere, disk full) leaves no partial file
and ends with one Dutch sentence and exit status 2.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from cli.fouten import Invoerfout
from cli.laden import Geladen, laad_berekening
from model.export.opties import GEVOELIGHEID, RISICOS, SECTIES, STANDAARD_SECTIES, VERDELING, VERGELIJKING, WAT_VERANDERT


def argumenten(parser) -> None:
    groep = parser.add_argument_group("begrotingsbijlage")
    groep.add_argument("--pdf", metavar="PAD.pdf", help="schrijf de begrotingsbijlage als PDF")
    groep.add_argument("--xlsx", metavar="PAD.xlsx", help="schrijf de begrotingsbijlage als Excel-werkboek")
    groep.add_argument("--vergelijk", nargs="+", metavar="NAAM|BESTAND",
                       help="neem een scenariovergelijking op met deze scenario's (naam of scenariobestand .json)")
    groep.add_argument("--gevoeligheid", action="store_true", help="neem de gevoeligheidsanalyse op")
    groep.add_argument("--risicos", action="store_true",
                       help="neem Risico's en weerstandsvermogen op (risicoregister, risicosimulatie, bandbreedte); "
                            "het staat al in de standaardbijlage, dus alleen nodig naast --onderdelen")
    groep.add_argument("--datum", metavar="JJJJ-MM-DD", help="datum op de bijlage (standaard vandaag)")
    groep.add_argument("--onderdelen", metavar="ONDERDEEL", nargs="+",
                       help="alleen deze onderdelen, bijvoorbeeld samenvatting stromen bevindingen "
                            f"(kies uit: {', '.join(SECTIES)}; standaard: {', '.join(STANDAARD_SECTIES)})")
    groep.add_argument("--met", metavar="ONDERDEEL", nargs="+", default=[],
                       help="deze onderdelen erbij, bovenop de standaard, bijvoorbeeld --met bevindingen aansluiting")
    groep.add_argument("--titel", metavar="TEKST", help="eigen titel van de bijlage")
    groep.add_argument("--inleiding", metavar="TEKST", help="inleidende toelichting op de titelpagina")
    groep.add_argument("--kernboodschap", metavar="TEKST",
                       help="eigen kernboodschap vooraan in de bijlage (standaard: drie of vier zinnen uit de berekening)")
    groep.add_argument("--reservedoel", metavar="TEKST",
                       help="doel en looptijd van de bestemmingsreserve (standaard: volgens de bronnen)")
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
    from model.export import ExportFout
    from model.export.opties import controleer_datum
    try:
        datum = date.fromisoformat(tekst)
    except ValueError:
        raise Invoerfout(f"--datum: '{tekst[:40]}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-11-23.") from None
    try:
        controleer_datum(datum, "--datum")
    except ExportFout as fout:
        raise Invoerfout(str(fout)) from None
    return datum


def _eigen(args, project):
    """The gemeente's own annex: a project's stored settings, overridden by the command-line flags."""
    from dataclasses import replace

    from model.export import EigenBijlage, ExportFout
    from model.export.bijlage import eigen_uit_project, lees_logo
    eigen = eigen_uit_project(project.ui) if project is not None else EigenBijlage()
    from model.export.opties import MAX_INLEIDING, MAX_TITEL, controleer_tekst
    from model.kernboodschap import MAX_KERNBOODSCHAP
    try:
        logo = lees_logo(args.logo) if getattr(args, "logo", None) else eigen.logo
    except ExportFout as fout:
        raise Invoerfout(f"--logo: {fout}") from None
    try:
        controleer_tekst(getattr(args, "titel", None) or "", MAX_TITEL, "--titel")
        controleer_tekst(getattr(args, "inleiding", None) or "", MAX_INLEIDING, "--inleiding")
        controleer_tekst(getattr(args, "kernboodschap", None) or "", MAX_KERNBOODSCHAP, "--kernboodschap")
        controleer_tekst(getattr(args, "reservedoel", None) or "", MAX_KERNBOODSCHAP, "--reservedoel")
    except ExportFout as fout:
        raise Invoerfout(str(fout)) from None
    return replace(eigen, titel=getattr(args, "titel", None) or eigen.titel,
                   inleiding=getattr(args, "inleiding", None) or eigen.inleiding, logo=logo,
                   kernboodschap=getattr(args, "kernboodschap", None) or eigen.kernboodschap,
                   reservedoel=getattr(args, "reservedoel", None) or eigen.reservedoel,
                   concept=bool(getattr(args, "concept", False)) or eigen.concept,
                   datum=_datum(args.datum) or eigen.datum)


def _wat_verandert(args, invoer, parameterset, scenario, resultaat):
    """The comparison for the section "Wat verandert er" (None when not asked)."""
    if not getattr(args, "wat_verandert", None):
        if getattr(args, "wat_verandert_editie", None):
            raise Invoerfout("--wat-verandert-editie hoort bij --wat-verandert OUD.")
        return None
    from model.vergelijken import Berekening, vergelijk
    oud = laad_berekening(args.wat_verandert, args.wat_verandert_editie, "--wat-verandert-editie")
    nieuw = Berekening(invoer, parameterset, scenario, Path(args.invoer).name if args.invoer else invoer.naam)
    return vergelijk(oud, nieuw, resultaat.jaren[0], resultaat.jaren[-1])


def _risico(args, invoer, parameterset, scenario, secties):
    """The risk paragraph for the annex, over the annex's years, whenever its section is in (the default, or
    --risicos with --onderdelen), as the app builds it; None otherwise."""
    if RISICOS not in secties:
        return None
    from cli.risico import risicoinvoer
    from model.berekening import standaardjaren
    from model.risico.analyse import analyseer
    from model.risico.register import RisicoFout
    rijen, beschikbaar = risicoinvoer(args.invoer, invoer)
    eerste, laatste = standaardjaren(invoer)
    try:
        return analyseer(invoer, parameterset, scenario, rijen=rijen, beschikbaar=beschikbaar, met_bandbreedte=True,
                         bandbreedte_jaren=(args.van or eerste, args.tot or laatste))
    except RisicoFout as fout:
        raise Invoerfout(str(fout)) from None


def _secties(args) -> tuple[str, ...]:
    """--onderdelen (else the raad-ready default), with --met and the sections a flag asks for
    (--gevoeligheid, --vergelijk, --wat-verandert, --risicos) added."""
    gekozen = list(getattr(args, "onderdelen", None) or STANDAARD_SECTIES) + list(getattr(args, "met", None) or ())
    for vlag, sectie in (("gevoeligheid", GEVOELIGHEID), ("vergelijk", VERGELIJKING), ("wat_verandert", WAT_VERANDERT),
                         ("risicos", RISICOS)):
        if getattr(args, vlag, None) and sectie not in gekozen:
            gekozen.append(sectie)
    return tuple(dict.fromkeys(gekozen))


def uitvoeren(args, geladen: Geladen, resultaat) -> None:
    if not gevraagd(args):
        return
    from model.berekening import BerekeningFout
    from model.export import ExportFout, SchrijfFout, schrijf_excel, schrijf_pdf, stel_samen
    from model.scenario import ScenarioFout, controleer_scenario

    # REKENREGELS §6 (v2): Basis (a project's own, with the --zet edits) is the reference; each scenario is Basis
    # plus its own overrides
    g = geladen
    scenario = g.scenario or g.basis
    basis = scenario if scenario.is_basis else g.basis   # a scenario file named Basis is the edited Basis itself
    try:
        for ander in g.vergelijk:   # checked like the scenario calculated (an edit's and a project file's rules)
            controleer_scenario(ander, g.invoer, g.parameterset)
        wat_verandert = _wat_verandert(args, g.invoer, g.parameterset, scenario, resultaat)
        secties = _secties(args)
        bijlage = stel_samen(g.invoer, scenario, basis, parameterset=g.parameterset, resultaat=resultaat,
                             vergelijk_met=list(g.vergelijk), gevoeligheid=args.gevoeligheid,
                             bevindingen=g.bevindingen,
                             secties=secties,
                             eigen=_eigen(args, g.project), wat_verandert=wat_verandert,
                             risico=_risico(args, g.invoer, g.parameterset, scenario, secties),
                             correcties=g.project.toestand.correcties if g.project is not None else ())
    except (BerekeningFout, ScenarioFout, ExportFout) as fout:
        raise Invoerfout(str(fout)) from None
    if VERDELING in (getattr(args, "onderdelen", None) or ()) and bijlage.opties.verdeling is None:
        from model.verdeling import geen_verdeling
        raise Invoerfout(f"Geen verdeling van het impulsbudget voor {g.invoer.naam}: "
                         f"{geen_verdeling(g.invoer, g.parameterset, scenario.op_basis(basis))}")
    for pad, schrijf, soort in ((args.pdf, schrijf_pdf, "PDF"), (args.xlsx, schrijf_excel, "Excel-werkboek")):
        if not pad:
            continue
        try:
            schrijf(Path(pad), bijlage.resultaat, bijlage.opties)
        except (SchrijfFout, ExportFout) as fout:
            raise Invoerfout(str(fout)) from None
        print(f"Begrotingsbijlage ({soort}) opgeslagen: {pad}", file=sys.stderr)
