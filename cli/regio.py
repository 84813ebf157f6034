"""``regio``: the regional overview of a samenwerkingsverband (SAMENWERKING §2) from a folder of workbooks and projects."""
from __future__ import annotations

import sys
from pathlib import Path

from cli.argumenten import jaar
from cli.fouten import INVOERFOUT, Invoerfout


def registreer(sub) -> None:
    p = sub.add_parser("regio", help="regio-overzicht van een samenwerkingsverband: alle werkboeken en projecten in "
                                     "een map, met controles, regionale som en verdeling van het impulsbudget")
    p.add_argument("map", metavar="MAP", help="map met de werkboeken (.xlsx, .xlsm, .xls, .ods) en projecten "
                                              "(.infraraming) van de gemeenten")
    p.add_argument("--van", type=jaar, metavar="JAAR", help="eerste jaar (standaard het vroegste basisjaar)")
    p.add_argument("--tot", type=jaar, metavar="JAAR", help="laatste jaar (standaard eerste jaar + 3)")
    p.add_argument("--jaar", type=jaar, metavar="JAAR",
                   help="het jaar van de kolommen per gemeente (standaard het eerste jaar)")
    p.add_argument("--pdf", metavar="PAD.pdf", help="schrijf het regio-overzicht als PDF")
    p.add_argument("--xlsx", metavar="PAD.xlsx", help="schrijf het regio-overzicht als Excel-werkboek")
    p.add_argument("--json", metavar="PAD|-", help="schrijf het overzicht als JSON naar PAD of naar de standaarduitvoer (-)")
    p.add_argument("--per-gemeente", metavar="UITMAP",
                   help="schrijf de eigen begrotingsbijlage (PDF en Excel) van elke gemeente in UITMAP")
    p.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args) -> int:
    from cli.uitvoerpaden import controleer_paden
    from model.io.atomair import SchrijfFout, schrijf_atomair
    from model.io.regiomap import lees_regio
    from model.regio import RegioFout
    map_ = Path(args.map)
    controleer_paden([], [("--pdf", args.pdf), ("--xlsx", args.xlsx), ("--json", args.json)])
    for optie, pad in (("--pdf", args.pdf), ("--xlsx", args.xlsx), ("--json", args.json)):
        if pad and pad != "-" and map_.is_dir() and Path(pad).resolve().parent == map_.resolve():
            raise Invoerfout(f"{optie} {Path(pad).name} staat in de map die wordt ingelezen; kies een andere map voor "
                             "de uitvoer. Er is niets geschreven.")
    if args.per_gemeente and map_.is_dir() and Path(args.per_gemeente).resolve() == map_.resolve():
        raise Invoerfout("--per-gemeente wijst naar de map die wordt ingelezen; kies een andere map. "
                         "Er is niets geschreven.")
    try:
        regio = lees_regio(map_, args.van, args.tot)
    except RegioFout as fout:
        raise Invoerfout(str(fout)) from None
    kolomjaar = args.jaar if args.jaar is not None else (regio.jaren[0] if regio.jaren else None)
    if regio.jaren and kolomjaar not in regio.jaren:
        raise Invoerfout(f"--jaar {kolomjaar} valt buiten {regio.jaren[0]}–{regio.jaren[-1]}.")
    from model.export.regio import bouw_regio_excel, bouw_regio_pdf, schrijf_per_gemeente
    for pad, bouw in ((args.pdf, bouw_regio_pdf), (args.xlsx, bouw_regio_excel)):
        if pad:
            if not regio.gemeenten:
                raise Invoerfout("Geen enkel bestand in de map kon worden ingelezen; er is geen overzicht geschreven:\n"
                                 + "\n".join(f"- {n.bestand}: {' '.join(n.bevindingen)}" for n in regio.niet_ingelezen))
            try:
                schrijf_atomair(Path(pad), bouw(regio, kolomjaar))
            except SchrijfFout as fout:
                raise Invoerfout(str(fout)) from None
            print(f"Regio-overzicht opgeslagen: {pad}", file=sys.stderr)
    if args.per_gemeente:
        try:
            for pad in schrijf_per_gemeente(regio, Path(args.per_gemeente)):
                print(f"Begrotingsbijlage opgeslagen: {pad}", file=sys.stderr)
        except (SchrijfFout, ValueError) as fout:
            raise Invoerfout(str(fout)) from None
    if args.json:
        from cli.uitvoerpaden import schrijf_json
        schrijf_json(regio.naar_json(), args.json)
    else:
        print(tabel(regio, kolomjaar))
    for n in regio.niet_ingelezen:
        print(f"Niet ingelezen: {n.bestand}: {' '.join(n.bevindingen)}", file=sys.stderr)
    return INVOERFOUT if regio.niet_ingelezen else 0


def tabel(regio, kolomjaar) -> str:
    """The overview for the terminal: the regional sum per line and year, the findings."""
    from model.regels import REGEL, SALDO, TOTAAL, overzicht, rijlabel
    from model.opmaak import euro
    from model.regio import VERHOUDINGEN_NOOT, cijfer
    if not regio.gemeenten:
        return "Geen gemeente ingelezen."
    labelbreedte = 58
    breedte = 14
    regels = [f"Regio-overzicht {regio.map}: {', '.join(g.naam for g in regio.gemeenten)}",
              "Regionale som in euro's, zonder de betalingen tussen de gemeenten (het impulsbudget telt één keer).", "",
              "".ljust(labelbreedte) + "".join(str(j).rjust(breedte) for j in regio.jaren)]
    for kop, r in overzicht():
        if r is None:
            regels += ["", kop]
            continue
        naam = rijlabel(r, REGEL[r.sleutel].label)   # a spending category set in under its total
        naam = naam.upper() if r.groep in (TOTAAL, SALDO) else naam
        regels.append(naam[:labelbreedte - 1].ljust(labelbreedte)
                      + "".join(cijfer(w, r.eenheid).rjust(breedte) for w in regio.regels[r.sleutel]))
    regels += ["", VERHOUDINGEN_NOOT]
    regels += ["", "Betalingen tussen de gemeenten (niet in de regionale som):"]
    regels.append("Doorbetaling aan leden (ontvangende gemeente)".ljust(labelbreedte)
                  + "".join(euro(w).rjust(breedte) for w in regio.onderling_lasten))
    regels.append("Doorbetaling impulsbudget (deelnemende gemeenten)".ljust(labelbreedte)
                  + "".join(euro(w).rjust(breedte) for w in regio.onderling_baten))
    regels += ["", f"Geraamd resultaat {kolomjaar} per gemeente:"]
    waarden, totaal = regio.kolommen(kolomjaar, "saldo_na_bestemming")
    for g, w in zip(regio.gemeenten, waarden):
        regels.append(f"  {g.naam} ({g.bestand})".ljust(labelbreedte) + euro(w).rjust(breedte))
    regels.append("  Regio".ljust(labelbreedte) + euro(totaal).rjust(breedte))
    if regio.bevindingen:
        regels += ["", "Bevindingen:"] + [f"- {b.ernst.capitalize()}: {b.tekst}" for b in regio.bevindingen]
    return "\n".join(regels)
