"""``wat-verandert``: compare two calculations and explain the difference step by step.

OUD and NIEUW are each a workbook, a project (``.infraraming``: its parameter set and active
scenario, Basis edits included) or an input JSON. ``--editie-oud``/``--editie-nieuw`` take the
file "as of" a circulaire edition, so one workbook with its circulaire history can be compared
with itself. Without ``--json`` or ``--pdf`` a Dutch summary goes to the terminal.
"""
from __future__ import annotations

from pathlib import Path

from cli.argumenten import jaar
from cli.fouten import Invoerfout
from cli.laden import laad_berekening
from model.berekening import BerekeningFout
from model.circulaire import VOORBEELDEN
from model.opmaak import getal
from model.parameters import ParameterFout
from model.regels import REGEL
from model.scenario import ScenarioFout
from model.vergelijken import Berekening, Vergelijking, vergelijk


def registreer(sub) -> None:
    p = sub.add_parser("wat-verandert", help="vergelijk twee berekeningen en verklaar het verschil stap voor stap",
                       description="Vergelijk twee berekeningen (twee werkboeken of projecten, of één werkboek per "
                                   "twee circulaire-edities) en verklaar het verschil in vaste stappen: landelijke "
                                   "parameters, circulaire, aantallen, kosten en overige invoer, scenario.")
    p.add_argument("oud", metavar="OUD",
                   help="de oude berekening: werkboek (.xlsx, .xlsm, .xls, .ods), project (.infraraming) of invoer (.json)")
    p.add_argument("nieuw", metavar="NIEUW",
                   help="de nieuwe berekening, idem (mag hetzelfde bestand zijn als OUD, met --editie-oud)")
    p.add_argument("--editie-oud", metavar="TEKST",
                   help=f"reken OUD door zoals het stond bij deze circulaire, {VOORBEELDEN}")
    p.add_argument("--editie-nieuw", metavar="TEKST", help="idem voor NIEUW")
    p.add_argument("--van", type=jaar, metavar="JAAR", help="eerste jaar (standaard het basisjaar van NIEUW)")
    p.add_argument("--tot", type=jaar, metavar="JAAR", help="laatste jaar (standaard basisjaar + 3)")
    p.add_argument("--json", metavar="PAD|-", help="schrijf de vergelijking als JSON naar PAD of naar de standaarduitvoer (-)")
    p.add_argument("--pdf", metavar="PAD.pdf", help="schrijf een korte PDF 'Wat verandert er'")
    p.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args) -> int:
    from cli.uitvoerpaden import controleer_paden
    controleer_paden([("de oude berekening", args.oud), ("de nieuwe berekening", args.nieuw)],
                     [("--json", args.json), ("--pdf", args.pdf)])
    oud = laad_berekening(args.oud, args.editie_oud, "--editie-oud")
    nieuw = laad_berekening(args.nieuw, args.editie_nieuw, "--editie-nieuw")
    if oud.naam == nieuw.naam:
        oud, nieuw = (Berekening(b.invoer, b.parameterset, b.scenario, f"{b.naam} ({w})")
                      for b, w in ((oud, "oud"), (nieuw, "nieuw")))
    try:
        vergelijking = vergelijk(oud, nieuw, args.van, args.tot)
    except (BerekeningFout, ParameterFout, ScenarioFout) as fout:
        raise Invoerfout(str(fout)) from None
    from cli.uitvoerpaden import schrijf_json
    from model.io.atomair import SchrijfFout, schrijf_atomair
    if args.json:
        schrijf_json(vergelijking.naar_json(), args.json)
    try:
        if args.pdf:
            from model.export.wat_verandert_pdf import wat_verandert_pdf
            schrijf_atomair(Path(args.pdf), wat_verandert_pdf(vergelijking))
    except SchrijfFout as fout:
        raise Invoerfout(str(fout)) from None
    if not args.json and not args.pdf:
        print(samenvatting(vergelijking))
    return 0


def samenvatting(v: Vergelijking) -> str:
    """The terminal's Dutch summary: the saldo na bestemming from old to new through the steps, the
    fields per step and one sentence per line that changes."""
    rijen = [(naam, [w for _, w in (v.waterval(jaar=j)[i] for j in v.jaren)] + [v.waterval()[i][1]])
             for i, (naam, _) in enumerate(v.waterval())]
    labelbreedte = max(len(n) for n, _ in rijen) + 2
    breedte = max(11, *(len(getal(w)) + 2 for _, ws in rijen for w in ws))
    uit = [f"Wat verandert er: {v.oud_naam} → {v.nieuw_naam} ({v.jaren[0]}–{v.jaren[-1]})",
           f"{REGEL['saldo_na_bestemming'].label}, in euro's; de stappen tellen op tot het verschil.", "",
           "".ljust(labelbreedte) + "".join(str(j).rjust(breedte) for j in v.jaren) + "totaal".rjust(breedte)]
    for i, (naam, waarden) in enumerate(rijen):
        teken = "" if i in (0, len(rijen) - 1) else "  "
        uit.append((teken + naam).ljust(labelbreedte) + "".join(getal(w).rjust(breedte) for w in waarden))
    for nummer, stap in enumerate(v.stappen, start=1):
        uit += ["", f"{nummer}. {stap.naam}: " + (", ".join(stap.velden) if stap.velden else "geen wijzigingen")]
        uit += [f"   {zin}" for zin in v.zinnen(stap)]
    return "\n".join(uit)
