"""``risico``: the risk paragraph (RISICO.md): register, risicosimulatie, ratio, optionally the bandbreedte."""
from __future__ import annotations

import math
import sys
from pathlib import Path

from cli.fouten import Invoerfout
from cli.argumenten import jaar


def _geheel(tekst: str) -> int:
    import argparse
    try:
        n = int(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{tekst}' is geen geheel getal") from None
    if n < 1 or n > 1_000_000:
        raise argparse.ArgumentTypeError(f"{tekst} ligt niet tussen 1 en 1.000.000")
    return n


def _zaad(tekst: str) -> int:
    import argparse
    try:
        n = int(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{tekst}' is geen geheel getal") from None
    if n < 0:
        raise argparse.ArgumentTypeError("het zaad is 0 of groter")
    return n


def _zekerheid(tekst: str) -> float:
    import argparse
    from model.getallen import GeenGetal, lees_getal
    try:
        z = lees_getal(tekst.replace("%", ""), tekst)
    except GeenGetal:
        raise argparse.ArgumentTypeError(f"'{tekst}' is geen percentage") from None
    if not 0 < z < 100:
        raise argparse.ArgumentTypeError(f"de zekerheid ligt tussen 0 en 100 %, niet {tekst}")
    return z


def _bedrag(tekst: str) -> float:
    import argparse
    from model.getallen import GeenGetal, lees_getal
    try:
        w = lees_getal(tekst, tekst)
    except GeenGetal:
        raise argparse.ArgumentTypeError(f"'{tekst}' is geen bedrag") from None
    if w < 0 or not math.isfinite(w):
        raise argparse.ArgumentTypeError(f"het bedrag kan niet negatief zijn ({tekst})")
    return w


def registreer(sub) -> None:
    from model.risico.register import PERIODES
    p = sub.add_parser("risico", help="risico's en weerstandsvermogen: risicoregister, risicosimulatie, ratio en "
                                      "bandbreedte van het geraamde resultaat")
    p.add_argument("invoer", nargs="?", metavar="INVOER",
                   help="werkboek (.xlsx, .xlsm, .xls, .ods), invoer (.json) of project (.infraraming); "
                        "zonder: de Voorbeeldgemeente")
    p.add_argument("--scenario", metavar="NAAM|BESTAND", help="naam van een meegeleverd scenario of een scenariobestand (.json)")
    p.add_argument("--van", type=jaar, metavar="JAAR", help="eerste jaar (standaard het basisjaar)")
    p.add_argument("--tot", type=jaar, metavar="JAAR", help="laatste jaar (standaard basisjaar + 3)")
    p.add_argument("--zekerheid", type=_zekerheid, default=90, metavar="PROCENT",
                   help="zekerheid voor de benodigde weerstandscapaciteit en de ratio (standaard 90)")
    p.add_argument("--trekkingen", type=_geheel, default=10_000, metavar="N",
                   help="aantal trekkingen van de risicosimulatie (standaard 10.000)")
    p.add_argument("--trekkingen-bandbreedte", type=_geheel, default=2_000, metavar="N",
                   help="aantal trekkingen van de bandbreedte (standaard 2.000)")
    p.add_argument("--zaad", type=_zaad, default=1, metavar="S", help="startwaarde van de toevalsgenerator (standaard 1)")
    p.add_argument("--periode", choices=PERIODES, default="meerjarig",
                   help="risicoperiode: de begrotingsperiode (meerjarig, standaard) of alleen het begrotingsjaar")
    p.add_argument("--beschikbaar", type=_bedrag, metavar="BEDRAG",
                   help="beschikbare weerstandscapaciteit in euro (anders uit het werkboek)")
    p.add_argument("--bandbreedte", action="store_true",
                   help="reken ook het hele model door over de onzekere aannames (percentielen per jaar)")
    p.add_argument("--json", metavar="PAD|-", help="schrijf het resultaat als JSON naar PAD of naar de standaarduitvoer (-)")
    p.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args) -> int:
    from cli.laden import laad_invoer, laad_project, laad_scenario
    from model.berekening import BerekeningFout
    from model.parameters import ParameterFout, standaard_parameterset
    from model.risico.analyse import analyseer
    from model.risico.register import RisicoFout
    from model.scenario import ScenarioFout
    project = laad_project(args.invoer)
    invoer = project.invoer if project else laad_invoer(args.invoer)
    scenario = laad_scenario(args.scenario)
    if project is not None:
        scenario = (scenario or project.actief_scenario).op_basis(project.toestand.basis)
    parameterset = project.parameterset if project else standaard_parameterset()
    rijen, beschikbaar = risicoinvoer(args.invoer, invoer)
    if args.beschikbaar is not None:
        beschikbaar = args.beschikbaar
    try:
        analyse = analyseer(invoer, parameterset, scenario, periode=args.periode, van=args.van, tot=args.tot,
                            rijen=rijen, trekkingen=args.trekkingen, zaad=args.zaad, zekerheid=args.zekerheid,
                            beschikbaar=beschikbaar, met_bandbreedte=args.bandbreedte,
                            bandbreedte_trekkingen=args.trekkingen_bandbreedte)
    except (RisicoFout, BerekeningFout, ParameterFout, ScenarioFout) as fout:
        raise Invoerfout(str(fout)) from None
    if args.json:
        from cli.uitvoerpaden import schrijf_json
        schrijf_json(analyse.naar_json(), args.json)
    else:
        print(tabel(analyse))
    return 0


def risicoinvoer(pad: str | None, invoer) -> tuple[list, float | None]:
    """The register rows of the workbook's sheet Risico's and the beschikbare weerstandscapaciteit
    (the input field when the input carries it, else the workbook's); errors -> Invoerfout naming the cell."""
    from model.io.invoerbestand import WERKBOEKEN
    from model.io.afgeschermd import lees_risico_afgeschermd
    from model.io.risicoblad import beschikbaar_uit_invoer
    rijen, beschikbaar = [], beschikbaar_uit_invoer(invoer)
    if pad and Path(pad).suffix.lower() in WERKBOEKEN:
        gelezen = lees_risico_afgeschermd(pad)
        for b in gelezen.bevindingen:
            if not b.is_fout:
                print(b.tekst(), file=sys.stderr)
        if gelezen.fouten:
            raise Invoerfout(f"De risico's in {Path(pad).name} kunnen niet worden gebruikt:\n"
                             + "\n".join(f"- {b.tekst()}" for b in gelezen.fouten))
        rijen = gelezen.rijen
    return rijen, beschikbaar


def tabel(analyse) -> str:
    """The risk paragraph as a Dutch table for the terminal."""
    from model.opmaak import euro, getal, procent
    from model.risico.simulatie import NORMGRENZEN, NORMTABEL, ZEKERHEDEN
    s = analyse.simulatie
    van, tot = analyse.periode
    periode = str(van) if van == tot else f"{van}–{tot}"
    naambreedte = max(len(r.naam) for r in analyse.register) + 2
    regels = [f"{analyse.gemeente} — scenario {analyse.scenario} — risicoperiode {periode}",
              f"Risicosimulatie: {getal(s.trekkingen)} trekkingen, zaad {s.zaad}. Bedragen in euro's (afgerond).", "",
              "Risico".ljust(naambreedte) + "Soort".ljust(7) + "Kans".rjust(6) + "Gevolg".rjust(13)
              + "Verdeling".rjust(11) + "Verwacht".rjust(13)]
    for r in analyse.register:
        regels.append(r.naam.ljust(naambreedte) + r.soort.ljust(7) + procent(r.kans).rjust(6)
                      + getal(r.gevolg).rjust(13) + r.verdeling.rjust(11) + getal(r.verwachte_waarde).rjust(13))
    regels += ["", f"Verwachte waarde van alle risico's: {euro(s.verwachting)}; maximaal (alle gevolgen samen): "
                   f"{euro(s.maximaal)}.", "", "Benodigde weerstandscapaciteit:"]
    for p in ZEKERHEDEN:
        regels.append(f"  {getal(p)} % zekerheid".ljust(20) + euro(s.benodigd[p]).rjust(14))
    regels += ["", s.zekerheid_tekst(), s.ratio_tekst(), "",
               "Normtabel: " + "; ".join(f"{k} {NORMGRENZEN[k]} {w}" for _, k, w in NORMTABEL)]
    top = [t for t in s.top if t.verwachte_waarde > 0]
    if top:
        regels += ["", "Grootste risico's (naar verwachte waarde):"]
        regels += [f"  {i}. {t.naam}: {euro(t.verwachte_waarde)} ({procent(t.aandeel)})" for i, t in enumerate(top, 1)]
    b = analyse.bandbreedte
    if b is not None:
        from model.risico.bandbreedte import PERCENTIELEN
        regels += ["", f"Bandbreedte ({getal(b.trekkingen)} trekkingen over de onzekere aannames, zaad {b.zaad}):"]
        from model.regels import REGEL
        for sleutel in ("saldo_na_bestemming", "structureel_saldo"):
            naam = REGEL[sleutel].label
            regels += ["", naam, "Percentiel".ljust(12) + "".join(str(j).rjust(12) for j in b.jaren) + "Totaal".rjust(14)]
            for p in PERCENTIELEN:
                regels.append(f"{p} %".ljust(12) + "".join(getal(x).rjust(12) for x in b.percentielen[sleutel][p])
                              + getal(b.som[sleutel][p]).rjust(14))
        regels += ["", f"Kans dat het geraamde resultaat over {b.jaren[0]}–{b.jaren[-1]} samen negatief is: "
                       f"{procent(b.kans_tekort_cumulatief, 1)}."]
    return "\n".join(regels)
