"""The Excel annex as a live model (XlsxWriter).

Sheet Overzicht holds the BBV layout (baten and lasten per taakveld, saldo van baten en lasten,
the reserve mutations on 0.10, saldo na bestemming, incidental lines, structureel saldo, memo
lines); every line refers to its stream sheet, where it is a formula over the intermediate
quantities, the input (sheet Invoer) and the parameters (sheet Parameters, one defined name per
parameter). Changing a parameter in Excel recalculates every line as the model would.

XlsxWriter, not openpyxl: it stores each formula's result as the cell's cached value, so a viewer
that does not recalculate (a browser preview, a mail client, pandas) still shows the figures;
openpyxl can only write formulas without results. The workbook also asks Excel to recalculate
on open. The same result and options give byte-identical files (fixed document dates, zip
entries rewritten with the annex date).
"""
from __future__ import annotations

import io
from datetime import datetime, time

import xlsxwriter

from model import __version__
from model.export import excel_bladen as bladen
from model.export.deterministisch import vaste_zip, zip_tijd
from model.export.excel_cellen import (KOPGROEP, OMLOOP, SUBTITEL, TOTAAL, VET, Blad, Opmaak,
                                       formaat_voor, kolom)
from model.export.excel_model import Rekenmodel
from model.export.opties import (AANNAMES, AANSLUITING, BEVINDINGEN, GEVOELIGHEID, HERKOMST, TAAKVELDEN,
                                 VERGELIJKING, WAT_VERANDERT, ExportOpties, Voortgang, controleer, datum_tekst, melden,
                                 schoon)
from model.invoer import STRUCTUREEL_VELD
from model.regels import (BATEN_REGELS, BESTEDING_REGELS, BESTEMMING_REGELS, GROEPKOPPEN, INCIDENTELE_BATEN,
                          INCIDENTELE_LASTEN, INSPRONG, LASTEN_REGELS, MEMO, MEMO_REGELS, REGEL, STRUCTUREEL,
                          BESTEMMING)

OVERZICHT = "Overzicht"
KOPRIJ = 4
EERSTE_JAARKOLOM = 3


def kopregel_tekst(resultaat, opties: ExportOpties) -> str:
    return (f"Gemeente {resultaat.gemeente} · scenario {resultaat.scenario} · "
            f"parameterset {resultaat.parameterset} · "
            f"{datum_tekst(opties.rapportdatum)} · Infraraming {__version__}")


def _overzicht(b: Blad, model: Rekenmodel, resultaat, opties: ExportOpties, jaren: tuple[int, ...]) -> dict[str, int]:
    """Write sheet Overzicht (BBV layout); returns the row of each line key."""
    b.titel(opties.titel or "Begrotingsbijlage sociale infrastructuur en beschut werk", kopregel_tekst(resultaat, opties))
    b.kopregel(KOPRIJ, ["Regel", "Taakveld", *jaren, "Sleutel"])
    sleutelkolom = EERSTE_JAARKOLOM + len(jaren)
    if opties.inleiding:
        b.ws.merge_range(KOPRIJ - 2, 0, KOPRIJ - 2, sleutelkolom - 2, schoon(opties.inleiding), b.opmaak(OMLOOP))
        b.ws.set_row(KOPRIJ - 2, 12.5 * max(2, len(opties.inleiding) // (13 * len(jaren) + 59) + 1))
    rijen: dict[str, int] = {}
    rij = KOPRIJ + 1
    waarden = {s: dict(zip(resultaat.jaren, resultaat.reeks(s))) for s in REGEL}

    def label(regel) -> str:
        return resultaat.label(regel.sleutel) + (" *" if regel.elders else "")

    gebruikt = resultaat.invoer.taakvelden_in_gebruik()

    def regelrij(regel, inspringen: str = "") -> None:
        nonlocal rij
        b.tekst(rij, 1, inspringen + label(regel))
        b.tekst(rij, 2, gebruikt.get(regel.sleutel, ""))
        for i, jaar in enumerate(jaren):
            if jaar in resultaat.onbekend.get(regel.sleutel, ()):   # "onbekend" until its input is filled in
                model.onbekend(b, rij, EERSTE_JAARKOLOM + i, model.regelcel(regel.sleutel, jaar), regel.sleutel, jaar,
                               formaat_voor(regel.eenheid))
            else:
                b.formule(rij, EERSTE_JAARKOLOM + i, model.regelcel(regel.sleutel, jaar), waarden[regel.sleutel][jaar],
                          formaat_voor(regel.eenheid))
        b.tekst(rij, sleutelkolom, regel.sleutel, SUBTITEL)
        rijen[regel.sleutel] = rij
        rij += 1

    def hier(s: str, jaar: int) -> str | None:
        """A line's cell on this sheet, for the totals' formulas (None: elsewhere)."""
        return f"{kolom(EERSTE_JAARKOLOM + jaren.index(jaar))}{rijen[s]}" if s in rijen and jaar in jaren else None

    def totaalrij(sleutel: str) -> None:
        """A total or saldo: its own rule as a formula over the lines above (model.rekenregels.totalen)."""
        nonlocal rij
        b.tekst(rij, 1, resultaat.label(sleutel), TOTAAL)
        b.tekst(rij, 2, "", TOTAAL)
        for i, jaar in enumerate(jaren):
            b.formule(rij, EERSTE_JAARKOLOM + i, model.formule_op(sleutel, jaar, hier), waarden[sleutel][jaar],
                      formaat_voor(REGEL[sleutel].eenheid), TOTAAL)
        b.tekst(rij, sleutelkolom, sleutel, SUBTITEL)
        rijen[sleutel] = rij
        rij += 1

    def groepkop(naam: str) -> None:
        nonlocal rij
        b.tekst(rij, 1, naam, KOPGROEP)
        rij += 1

    groepkop("Baten")
    for regel in BATEN_REGELS:
        regelrij(regel)
    b0, b1 = rijen[BATEN_REGELS[0].sleutel], rijen[BATEN_REGELS[-1].sleutel]
    totaalrij("baten_totaal")
    groepkop("Lasten")
    for regel in LASTEN_REGELS:
        regelrij(regel)
        if regel.sleutel == "lasten_impulsbudget":   # v3: its spending categories, each on its own taakveld
            for deel in BESTEDING_REGELS:
                regelrij(deel, INSPRONG)
    l0, l1 = rijen[LASTEN_REGELS[0].sleutel], rijen[LASTEN_REGELS[-1].sleutel]
    totaalrij("lasten_totaal")
    bt, lt = rijen["baten_totaal"], rijen["lasten_totaal"]
    totaalrij("saldo")
    groepkop(f"{GROEPKOPPEN[BESTEMMING]} (taakveld 0.10)")
    for regel in BESTEMMING_REGELS:
        regelrij(regel)
    sd = rijen["saldo"]
    totaalrij("saldo_na_bestemming")
    groepkop(f"Overzicht incidentele baten en lasten ({GROEPKOPPEN[STRUCTUREEL].split('(')[-1]}")

    def waarvan(sleutels: list[str]) -> list[int]:
        """The incidental lines listed again (BBV art. 19), each referring to its row above."""
        nonlocal rij
        eigen = []
        for sleutel in sleutels:
            b.tekst(rij, 1, "   " + resultaat.label(sleutel))
            b.tekst(rij, 2, gebruikt.get(sleutel, ""))
            for i, jaar in enumerate(jaren):
                k = kolom(EERSTE_JAARKOLOM + i)
                b.formule(rij, EERSTE_JAARKOLOM + i, f"{k}{rijen[sleutel]}", waarden[sleutel][jaar])
            eigen.append(rij)
            rij += 1
        return eigen

    waarvan([*INCIDENTELE_BATEN, "onttrekking_reserve_impulsbudget"])
    totaalrij("incidentele_baten")
    niet_structureel = [r.sleutel for r in BESTEDING_REGELS
                        if not getattr(resultaat.invoer, STRUCTUREEL_VELD[r.sleutel.removeprefix("besteding_")])]
    waarvan([*niet_structureel, *INCIDENTELE_LASTEN, "toevoeging_reserve_impulsbudget"])
    totaalrij("incidentele_lasten")
    nb = rijen["saldo_na_bestemming"]
    totaalrij("structureel_saldo")
    rij += 1
    groepkop(GROEPKOPPEN[MEMO])
    for regel in MEMO_REGELS:
        regelrij(regel)
    rij += 1
    for zin in ("Bedragen in euro's, weergegeven in hele euro's; elke regel verwijst naar zijn berekening op het blad "
                "van de stroom, totalen en saldi zijn formules over de regels hierboven.",
                "* Deze regel staat ook elders in de begroting; niet dubbel ramen (zie de toelichting)."):
        b.tekst(rij, 1, zin, SUBTITEL)   # wrapped within the printed columns, never past the page's edge
        b.ws.merge_range(rij - 1, 0, rij - 1, sleutelkolom - 2, zin, b.opmaak(SUBTITEL, OMLOOP))
        b.ws.set_row(rij - 1, 2 + 13.5 * (-(-len(zin) // int(0.85 * (13 * len(jaren) + 59)))))
        rij += 1
    rij += 1
    b.tekst(rij, 1, "Toelichting per regel", VET)
    rij += 1
    for regel in (*BATEN_REGELS, *LASTEN_REGELS, *BESTEMMING_REGELS):
        taakveld = gebruikt.get(regel.sleutel, regel.taakveld)   # as used, with the gemeente's own choices (v3)
        tekst = f"Taakveld {' '.join(filter(None, (taakveld, TAAKVELDEN.get(taakveld))))}. {regel.uitleg}"
        if regel.elders:
            tekst += f" Let op: {regel.elders}"
        b.tekst(rij, 1, resultaat.label(regel.sleutel), OMLOOP)
        b.ws.merge_range(rij - 1, 1, rij - 1, sleutelkolom - 2, schoon(tekst), b.opmaak(OMLOOP))
        b.ws.set_row(rij - 1, 2 + 13.5 * max(2, -(-len(tekst) // int(0.85 * (13 * len(jaren) + 9)))))
        rij += 1
    b.breedtes({1: 50, 2: 9, sleutelkolom: 30, **{EERSTE_JAARKOLOM + i: 13 for i in range(len(jaren))}})
    b.afdrukken(KOPRIJ, (1, 2), (KOPRIJ + 1, EERSTE_JAARKOLOM), liggend=len(jaren) > 5,
                laatste_kolom=sleutelkolom - 1)

    eerste, laatste = kolom(EERSTE_JAARKOLOM), kolom(sleutelkolom - 1)

    def bereik(r0: int, r1: int) -> str:
        return f"={OVERZICHT}!${eerste}${r0}:${laatste}${r1}"

    for naam, tekstbereik in (("Jaren", bereik(KOPRIJ, KOPRIJ)), ("Baten", bereik(b0, b1)),
                              ("Baten_totaal", bereik(bt, bt)), ("Lasten", bereik(l0, l1)),
                              ("Lasten_totaal", bereik(lt, lt)), ("Saldo", bereik(sd, sd)),
                              ("Saldo_na_bestemming", bereik(nb, nb)),
                              ("Structureel_saldo", bereik(rijen["structureel_saldo"], rijen["structureel_saldo"]))):
        model.wb.define_name(naam, tekstbereik)
    return rijen


def bouw_excel(resultaat, opties: ExportOpties | None = None, voortgang: Voortgang | None = None) -> bytes:
    """The XLSX annex as bytes (byte-identical for the same result and options)."""
    opties = opties or ExportOpties()
    jaren = controleer(resultaat, opties)
    melden(voortgang, 0.0, "Excel-bijlage: overzicht")
    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
                                      "strings_to_urls": False})
    opmaak = Opmaak(wb)
    ondertitel = f"Gemeente {resultaat.gemeente} · scenario {resultaat.scenario} · parameterset {resultaat.parameterset}"
    from model.export.opties import KERNBOODSCHAP
    from model.export import kernboodschap_excel
    kern = Blad(wb, opmaak, kernboodschap_excel.NAAM) if opties.met_sectie(KERNBOODSCHAP) else None   # the first sheet
    overzicht = Blad(wb, opmaak, OVERZICHT)
    model = Rekenmodel(wb, opmaak, resultaat, ondertitel)
    melden(voortgang, 0.1, "Excel-bijlage: invoer en parameters")
    model.invoer()
    model.parameters()
    melden(voortgang, 0.3, "Excel-bijlage: berekening per stroom")
    model.stromen()
    rijen = _overzicht(overzicht, model, resultaat, opties, jaren)
    if kern is not None:
        kernboodschap_excel.kernboodschap(kern, resultaat, opties, jaren, ondertitel, rijen, EERSTE_JAARKOLOM)
    stappen = [(HERKOMST, bladen.herkomst), (AANNAMES, bladen.aannames), (BEVINDINGEN, bladen.bevindingen),
               (AANSLUITING, bladen.aansluiting), (VERGELIJKING, bladen.vergelijking),
               (WAT_VERANDERT, bladen.wat_verandert),
               (GEVOELIGHEID, bladen.gevoeligheid)]
    for i, (sectie, schrijf) in enumerate(stappen):
        if opties.met_sectie(sectie):
            melden(voortgang, 0.5 + 0.4 * i / len(stappen), f"Excel-bijlage: {sectie}")
            schrijf(Blad(wb, opmaak, bladen.NAMEN[sectie]), resultaat, opties, jaren, ondertitel)
    from model.export.opties import RISICOS, VERDELING
    if opties.met_sectie(VERDELING):   # the verdeling over the samenwerkingsverband (values, totals as formulas)
        from model.export.verdeling_excel import NAAM as VERDELINGBLAD, verdeling
        verdeling(Blad(wb, opmaak, VERDELINGBLAD), resultaat, opties, jaren, ondertitel)
    if opties.met_sectie(RISICOS):   # the risk paragraph's sheet (values only: the simulation is not a formula)
        from model.export.risico_excel import NAAM, risicos
        risicos(Blad(wb, opmaak, NAAM), resultaat, opties, jaren, ondertitel)
    # header codes start with "&": a literal ampersand in user text is written "&&"
    # Excel drops a header over 255 characters altogether (and CONCEPT with it): each side gets at most 50
    # characters (100 once escaped),
    # cut before the escaping so an "&&" is never split
    def zijde(tekst: str) -> str:
        tekst = schoon(tekst)
        return (tekst if len(tekst) <= 50 else tekst[:49] + "…").replace("&", "&&")
    kop = (f"&L{zijde(f'Begrotingsbijlage {resultaat.gemeente}')}"
           + ("&C&\"-,Bold\"CONCEPT" if opties.concept else "")
           + f"&R{zijde(f'Scenario {resultaat.scenario}')}")
    for ws in wb.worksheets():
        ws.set_header(kop)
        ws.set_footer("&C&A – pagina &P van &N")
    moment = datetime.combine(opties.rapportdatum, time(0, 0))
    wb.set_properties({"title": f"{opties.titel or 'Begrotingsbijlage'} {resultaat.gemeente}"[:250],
                       "subject": f"Scenario {resultaat.scenario}, parameterset {resultaat.parameterset}"[:250],
                       "author": f"Infraraming {__version__}", "created": moment,
                       "comments": "Concept" if opties.concept else ""})
    wb.set_calc_mode("auto")
    melden(voortgang, 0.9, "Excel-bijlage: opslaan")
    wb.close()
    inhoud = vaste_zip(buffer.getvalue(), zip_tijd(opties.rapportdatum))
    melden(voortgang, 1.0, "Excel-bijlage klaar")
    return inhoud
