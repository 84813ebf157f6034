"""The Excel annex (openpyxl): sheet Overzicht with live total formulas, then the detail sheets.

Overzicht holds every line per year exactly as the model computed it (unrounded; the cell
format shows whole euros). ``baten_totaal`` and ``lasten_totaal`` are ``=SUM`` formulas over
the line cells and ``saldo`` is their difference, so a controller can trace and re-add the
figures. The workbook asks Excel to recalculate on open (fullCalcOnLoad).
"""
from __future__ import annotations

import io
from zipfile import ZIP_STORED, ZipFile
from datetime import datetime, time

from openpyxl import Workbook
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.writer.excel import ExcelWriter

from model import __version__
from model.export import excel_bladen as bladen
from model.export.deterministisch import vaste_zip, zip_tijd
from model.export.excel_cellen import (BOVENRAND, KOPGROEP, SUBTITEL, TOTAALVULLING, VET, afdrukken, breedtes,
                                       formaat_voor, formule, getal, kopregel, tekst, titel)
from model.export.inhoud import BATEN_REGELS, BESTEMMING_REGELS, LASTEN_REGELS, MEMO_REGELS
from model.export.opties import (AANNAMES, AANSLUITING, BEVINDINGEN, GEVOELIGHEID, HERKOMST, INVOER, PARAMETERS,
                                 STROMEN, VERGELIJKING, ExportOpties, Voortgang, controleer, datum_tekst, melden,
                                 reeks_in, schoon)
from model.regels import GROEPKOPPEN, INCIDENTELE_BATEN, INCIDENTELE_LASTEN, MEMO, REGEL, STRUCTUREEL, BESTEMMING

OVERZICHT = "Overzicht"
KOPRIJ = 4
EERSTE_JAARKOLOM = 3


def kopregel_tekst(resultaat, opties: ExportOpties) -> str:
    return (f"Gemeente {resultaat.gemeente} · scenario {resultaat.scenario} · "
            f"parameterset {resultaat.parameterset} · "
            f"{datum_tekst(opties.rapportdatum)} · Infraraming {__version__}")


def _overzicht(wb: Workbook, resultaat, opties: ExportOpties, jaren: tuple[int, ...]) -> dict[str, int]:
    """Write sheet Overzicht; returns the row of each line key."""
    ws = wb.active
    ws.title = OVERZICHT
    titel(ws, "Begrotingsbijlage sociale infrastructuur en beschut werk", kopregel_tekst(resultaat, opties))
    kopregel(ws, KOPRIJ, ["Regel", "Taakveld", *jaren, "Sleutel"])
    laatste = EERSTE_JAARKOLOM + len(jaren) - 1
    sleutelkolom = laatste + 1
    rijen: dict[str, int] = {}
    rij = KOPRIJ + 1

    def regelrij(regel, font=None) -> None:
        nonlocal rij
        tekst(ws, rij, 1, resultaat.label(regel.sleutel), font)
        tekst(ws, rij, 2, regel.taakveld if regel.taakveld != "memo" else "")
        for i, waarde in enumerate(reeks_in(resultaat, regel.sleutel, jaren)):
            getal(ws, rij, EERSTE_JAARKOLOM + i, waarde, formaat_voor(regel.eenheid), font)
        tekst(ws, rij, sleutelkolom, regel.sleutel, SUBTITEL)
        rijen[regel.sleutel] = rij
        rij += 1

    def totaalrij(sleutel: str, maak) -> None:
        nonlocal rij
        regel = REGEL[sleutel]
        tekst(ws, rij, 1, resultaat.label(sleutel), VET)
        for i in range(len(jaren)):
            kolom = get_column_letter(EERSTE_JAARKOLOM + i)
            cel = formule(ws, rij, EERSTE_JAARKOLOM + i, maak(kolom), font=VET)
            cel.border = BOVENRAND
            cel.fill = TOTAALVULLING
        for kolom in (1, 2):
            ws.cell(row=rij, column=kolom).fill = TOTAALVULLING
            ws.cell(row=rij, column=kolom).border = BOVENRAND
        tekst(ws, rij, sleutelkolom, sleutel, SUBTITEL)
        rijen[sleutel] = rij
        rij += 1

    def groepkop(naam: str) -> None:
        nonlocal rij
        tekst(ws, rij, 1, naam, KOPGROEP)
        rij += 1

    groepkop("Baten")
    for regel in BATEN_REGELS:
        regelrij(regel)
    b0, b1 = rijen[BATEN_REGELS[0].sleutel], rijen[BATEN_REGELS[-1].sleutel]
    totaalrij("baten_totaal", lambda k: f"=SUM({k}{b0}:{k}{b1})")
    groepkop("Lasten")
    for regel in LASTEN_REGELS:
        regelrij(regel)
    l0, l1 = rijen[LASTEN_REGELS[0].sleutel], rijen[LASTEN_REGELS[-1].sleutel]
    totaalrij("lasten_totaal", lambda k: f"=SUM({k}{l0}:{k}{l1})")
    bt, lt = rijen["baten_totaal"], rijen["lasten_totaal"]
    totaalrij("saldo", lambda k: f"={k}{bt}-{k}{lt}")
    groepkop(GROEPKOPPEN[BESTEMMING])
    for regel in BESTEMMING_REGELS:
        regelrij(regel)
    sd, tv, ot = rijen["saldo"], rijen["toevoeging_reserve_impulsbudget"], rijen["onttrekking_reserve_impulsbudget"]
    totaalrij("saldo_na_bestemming", lambda k: f"={k}{sd}-{k}{tv}+{k}{ot}")
    groepkop(GROEPKOPPEN[STRUCTUREEL])
    ib = [rijen[s] for s in INCIDENTELE_BATEN] + [ot]
    il = [rijen[s] for s in INCIDENTELE_LASTEN] + [tv]
    totaalrij("incidentele_baten", lambda k: "=" + "+".join(f"{k}{r}" for r in ib))
    totaalrij("incidentele_lasten", lambda k: "=" + "+".join(f"{k}{r}" for r in il))
    nb, ir, lr = rijen["saldo_na_bestemming"], rijen["incidentele_baten"], rijen["incidentele_lasten"]
    totaalrij("structureel_saldo", lambda k: f"={k}{nb}-{k}{ir}+{k}{lr}")
    rij += 1
    groepkop(GROEPKOPPEN[MEMO])
    for regel in MEMO_REGELS:
        regelrij(regel)
    rij += 1
    tekst(ws, rij, 1, "Bedragen in euro's, weergegeven in hele euro's; de cellen bevatten de onafgeronde modelwaarden. "
                      "Totalen, saldi en het structureel saldo zijn formules over de regels hierboven.", SUBTITEL)
    breedtes(ws, {1: 52, 2: 10, sleutelkolom: 30, **{EERSTE_JAARKOLOM + i: 14 for i in range(len(jaren))}})
    afdrukken(ws, KOPRIJ, "A:B", f"{get_column_letter(EERSTE_JAARKOLOM)}{KOPRIJ + 1}")

    blad = quote_sheetname(OVERZICHT)
    eerste, laatste_l = get_column_letter(EERSTE_JAARKOLOM), get_column_letter(laatste)

    def bereik(r0: int, r1: int) -> str:
        return f"{blad}!${eerste}${r0}:${laatste_l}${r1}"

    for naam, tekstbereik in (("Jaren", bereik(KOPRIJ, KOPRIJ)), ("Baten", bereik(b0, b1)),
                              ("Baten_totaal", bereik(bt, bt)), ("Lasten", bereik(l0, l1)),
                              ("Lasten_totaal", bereik(lt, lt)), ("Saldo", bereik(rijen["saldo"], rijen["saldo"])),
                              ("Saldo_na_bestemming", bereik(nb, nb)),
                              ("Structureel_saldo", bereik(rijen["structureel_saldo"], rijen["structureel_saldo"]))):
        wb.defined_names[naam] = DefinedName(naam, attr_text=tekstbereik)
    return rijen


def bouw_excel(resultaat, opties: ExportOpties | None = None, voortgang: Voortgang | None = None) -> bytes:
    """The XLSX annex as bytes (byte-identical for the same result and options)."""
    opties = opties or ExportOpties()
    jaren = controleer(resultaat, opties)
    melden(voortgang, 0.0, "Excel-bijlage: overzicht")
    wb = Workbook()
    _overzicht(wb, resultaat, opties, jaren)
    stappen = [(STROMEN, bladen.stromen), (PARAMETERS, bladen.parameters), (HERKOMST, bladen.herkomst),
               (AANNAMES, bladen.aannames),
               (INVOER, bladen.invoer), (BEVINDINGEN, bladen.bevindingen), (AANSLUITING, bladen.aansluiting),
               (VERGELIJKING, bladen.vergelijking), (GEVOELIGHEID, bladen.gevoeligheid)]
    for i, (sectie, schrijf) in enumerate(stappen):
        if opties.met_sectie(sectie):
            melden(voortgang, (i + 1) / (len(stappen) + 2), f"Excel-bijlage: {sectie}")
            schrijf(wb, resultaat, opties, jaren)
    for ws in wb.worksheets:
        # header codes start with "&": a literal ampersand in user text is written "&&"
        ws.oddHeader.left.text = f"Begrotingsbijlage {schoon(resultaat.gemeente)}".replace("&", "&&")[:120]
        ws.oddHeader.right.text = f"Scenario {schoon(resultaat.scenario)}".replace("&", "&&")[:120]
    moment = datetime.combine(opties.rapportdatum, time(0, 0))
    wb.properties.created = moment
    wb.properties.modified = moment
    wb.properties.creator = f"Infraraming {__version__}"
    wb.properties.lastModifiedBy = None
    wb.properties.title = f"Begrotingsbijlage {resultaat.gemeente}"[:250]
    wb.properties.subject = f"Scenario {resultaat.scenario}, parameterset {resultaat.parameterset}"[:250]
    wb.calculation.fullCalcOnLoad = True
    buffer = io.BytesIO()
    melden(voortgang, 0.9, "Excel-bijlage: opslaan")
    # ExcelWriter directly: Workbook.save() would stamp properties.modified with the current time.
    # Stored uncompressed here; vaste_zip compresses once while fixing dates and order.
    with ZipFile(buffer, "w", ZIP_STORED) as archief:
        ExcelWriter(wb, archief).save()
    inhoud = vaste_zip(buffer.getvalue(), zip_tijd(opties.rapportdatum))
    melden(voortgang, 1.0, "Excel-bijlage klaar")
    return inhoud
