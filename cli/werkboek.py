"""``sjabloon`` and ``controleer``: write an input workbook, check one without calculating."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from cli.fouten import INVOERFOUT, OK, Invoerfout


def registreer(sub) -> None:
    p = sub.add_parser("sjabloon", help="schrijf een leeg invoerbestand (of met --voorbeeld de Voorbeeldgemeente)")
    p.add_argument("pad", metavar="PAD.xlsx", help="waar het invoerbestand komt (.xlsx)")
    p.add_argument("--voorbeeld", action="store_true", help="vul het met de gegevens van de Voorbeeldgemeente")
    p.add_argument("--overschrijven", action="store_true", help="vervang een bestaand bestand met die naam")
    p.set_defaults(uitvoeren=sjabloon)

    p = sub.add_parser("controleer", help="lees een invoerbestand en toon alle fouten en waarschuwingen")
    p.add_argument("invoer", metavar="INVOER", help="werkboek (.xlsx, .xlsm, .xls, .ods) of invoer (.json)")
    p.set_defaults(uitvoeren=controleer)


def sjabloon(args) -> int:
    from model.invoer import voorbeeldgemeente
    from model.io.atomair import SchrijfFout
    from model.io.sjabloon import schrijf_sjabloon
    pad = Path(args.pad)
    if pad.suffix.lower() != ".xlsx":
        raise Invoerfout(f"Een invoerbestand wordt als .xlsx geschreven; kies een naam die op .xlsx eindigt "
                         f"(niet {pad.name}).")
    if os.path.lexists(pad) and not args.overschrijven:
        raise Invoerfout(f"{pad.name} bestaat al en wordt niet vervangen; kies een andere naam of geef "
                         "--overschrijven om het te vervangen.")
    try:
        schrijf_sjabloon(pad, voorbeeldgemeente() if args.voorbeeld else None)
    except SchrijfFout as fout:
        raise Invoerfout(str(fout)) from None
    soort = "met de Voorbeeldgemeente" if args.voorbeeld else "leeg"
    print(f"Invoerbestand ({soort}) geschreven: {pad}")
    return OK


def controleer(args) -> int:
    """The reader's errors and warnings; for a usable input also the model's warnings and, under their own heading,
    the values the model fills in or defaults (one per field, with its runs of years). Exit 0 unless an error."""
    from model.io.invoerbestand import lees_invoerbestand
    invoer, bevindingen = lees_invoerbestand(args.invoer)
    naam = Path(args.invoer).name
    fouten = [b for b in bevindingen if b.is_fout]
    waarschuwingen = [b.tekst() for b in bevindingen if not b.is_fout]
    for b in fouten:
        print(f"- {b.tekst()}")
    if invoer is None:
        for tekst in waarschuwingen:
            print(f"- {tekst}")
        print(f"{naam} kan niet worden gebruikt: {_aantal(len(fouten), 'fout', 'fouten')}"
              f"{', ' + _aantal(len(waarschuwingen), 'waarschuwing', 'waarschuwingen') if waarschuwingen else ''}.",
              file=sys.stderr)
        return INVOERFOUT
    model_waarschuwingen, infos = _modelbevindingen(invoer)
    waarschuwingen += [f"Waarschuwing: {t}" for t in model_waarschuwingen]
    for tekst in waarschuwingen:
        print(f"- {tekst}")
    if infos:
        print("Aangevuld of standaardwaarde (info):")
        for tekst in infos:
            print(f"- {tekst}")
    delen = [_aantal(len(waarschuwingen), "waarschuwing", "waarschuwingen")] if waarschuwingen else []
    delen += [_aantal(len(infos), "aangevulde waarde", "aangevulde waarden")] if infos else []
    print(f"{naam} is in orde ({invoer.naam}, basisjaar {invoer.basisjaar})"
          f"{': ' + ', '.join(delen) if delen else ''}.")
    return OK


def _modelbevindingen(invoer) -> tuple[list[str], list[str]]:
    """The model's warnings and info findings over the long view (basisjaar … 2035)."""
    from model.berekening import BerekeningFout, bereken
    from model.parameters import ParameterFout
    from model.rekenregels.jaren import lange_termijn
    from model.resultaat import INFO
    van, tot = lange_termijn(invoer.basisjaar)
    try:
        resultaat = bereken(invoer, van=van, tot=tot)
    except (BerekeningFout, ParameterFout) as fout:
        return [str(fout)], []
    return ([w.tekst for w in resultaat.waarschuwingen if w.ernst != INFO],
            [w.tekst for w in resultaat.waarschuwingen if w.ernst == INFO])


def _aantal(n: int, enkel: str, meer: str) -> str:
    return f"{n} {enkel if n == 1 else meer}"
