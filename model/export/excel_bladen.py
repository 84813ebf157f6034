"""The detail sheets of the Excel annex: one per stream, Parameters, Aannames, Invoer, Bevindingen, …

Every sheet starts with a title (row 1), a subtitle (row 2) and a header row (row 4); values
are the model's own, never recomputed here.
"""
from __future__ import annotations

from openpyxl import Workbook

from model.export.excel_cellen import (OMLOOP, SUBTITEL, VET, EURO, PROCENT, afdrukken, breedtes, formaat_voor,
                                       getal, kopregel, parameterformaat, tekst, titel)
from model.export.inhoud import STROOMDETAILS, stroomregels
from model.export.opties import ExportOpties, bronnen, bronvermelding, reeks_in
from model.invoer import REEKS, REEKSEN, VELD, VELDEN, naar_dict
from model.regels import REGEL, REGELS, STROMEN

KOP = 4
STATUS = {"vastgesteld": "vastgesteld", "afgeleid": "afgeleid", "aanname": "aanname", "scenario": "scenario"}


def _sub(resultaat) -> str:
    return f"Gemeente {resultaat.gemeente} · scenario {resultaat.scenario} · parameterset {resultaat.parameterset}"


def _blad(wb: Workbook, naam: str, kop: str, resultaat):
    ws = wb.create_sheet(naam)
    titel(ws, kop, _sub(resultaat))
    return ws


def stromen(wb: Workbook, resultaat, opties: ExportOpties, jaren) -> None:
    for stroom, naam in STROMEN.items():
        ws = _blad(wb, naam, f"{naam}: regels en kerngegevens", resultaat)
        kopregel(ws, KOP, ["Regel", "Taakveld", *jaren])
        rij = KOP + 1
        for regel in stroomregels(stroom):
            tekst(ws, rij, 1, regel.label)
            tekst(ws, rij, 2, regel.taakveld)
            for i, w in enumerate(reeks_in(resultaat, regel.sleutel, jaren)):
                getal(ws, rij, 3 + i, w, formaat_voor(regel.eenheid))
            rij += 1
        details = STROOMDETAILS.get(stroom, ())
        if details:
            rij += 1
            tekst(ws, rij, 1, "Kerngegevens", VET)
            rij += 1
            for d in details:
                tekst(ws, rij, 1, d.label)
                for i, w in enumerate(reeks_in(resultaat, d.sleutel, jaren)):
                    getal(ws, rij, 3 + i, w, formaat_voor(d.eenheid))
                rij += 1
        rij += 1
        tekst(ws, rij, 1, "Rekenregels", VET)
        rij += 1
        for regel in stroomregels(stroom):
            tekst(ws, rij, 1, regel.label)
            cel = tekst(ws, rij, 2, regel.uitleg + (f" (bron: {regel.bron})" if regel.bron else ""))
            ws.merge_cells(start_row=rij, start_column=2, end_row=rij, end_column=2 + len(jaren))
            cel.alignment = OMLOOP
            ws.row_dimensions[rij].height = 15 * max(1, len(cel.value) // (12 * len(jaren) + 10) + 1)
            rij += 1
        breedtes(ws, {1: 50, 2: 10, **{3 + i: 14 for i in range(len(jaren))}})
        afdrukken(ws, KOP, "A:B", f"C{KOP + 1}")


def parameters(wb: Workbook, resultaat, opties: ExportOpties, jaren) -> None:
    ws = _blad(wb, "Parameters", "Parameters zoals gebruikt in deze berekening", resultaat)
    kopregel(ws, KOP, ["Parameter", "Omschrijving", "Jaar", "Waarde", "Eenheid", "Status", "Bron", "Toelichting"])
    rij = KOP + 1
    for sleutel, perjaar in resultaat.gebruikte_parameters().items():
        for jaar, g in perjaar.items():
            tekst(ws, rij, 1, sleutel)
            tekst(ws, rij, 2, g.label)
            ws.cell(row=rij, column=3, value=jaar).number_format = "0"
            getal(ws, rij, 4, g.waarde, parameterformaat(g.eenheid, g.waarde))
            tekst(ws, rij, 5, g.eenheid)
            tekst(ws, rij, 6, STATUS.get(g.status, g.status))
            tekst(ws, rij, 7, g.bron)
            tekst(ws, rij, 8, g.toelichting)
            rij += 1
    ws.auto_filter.ref = f"A{KOP}:H{max(KOP, rij - 1)}"
    breedtes(ws, {1: 30, 2: 45, 3: 7, 4: 14, 5: 12, 6: 12, 7: 18, 8: 80})
    afdrukken(ws, KOP, "A:B", f"C{KOP + 1}")


def _naam(sleutel: str) -> str:
    veld = VELD.get(sleutel) or REEKS.get(sleutel)
    return veld.label if veld else sleutel


def herkomst(wb: Workbook, resultaat, opties: ExportOpties, jaren) -> None:
    """Per line and year: the parameters, input and circulaire amounts the value was computed from."""
    ws = _blad(wb, "Herkomst", "Herkomst van elke regel per jaar (parameters, invoer, circulaire)", resultaat)
    kopregel(ws, KOP, ["Regel", "Sleutel", "Jaar", "Waarde", "Circulairebedrag van het jaar", "Circulaire gebruikt",
                       "Parameters (jaar)", "Invoer"])
    rij = KOP + 1
    for regel in REGELS:
        for jaar in jaren:
            h = resultaat.herkomst(regel.sleutel, jaar)
            tekst(ws, rij, 1, regel.label)
            tekst(ws, rij, 2, regel.sleutel)
            ws.cell(row=rij, column=3, value=jaar).number_format = "0"
            getal(ws, rij, 4, h.waarde, formaat_voor(regel.eenheid))
            tekst(ws, rij, 5, "ja" if h.circulaire_gebruikt else "nee")
            tekst(ws, rij, 6, "; ".join(f"{_naam(s)} {j}" for s, j in h.circulairejaren))
            tekst(ws, rij, 7, "; ".join(f"{g.sleutel} ({g.jaar})" for g in h.parameters)).alignment = OMLOOP
            tekst(ws, rij, 8, "; ".join(_naam(s) for s in h.invoervelden)).alignment = OMLOOP
            rij += 1
    ws.auto_filter.ref = f"A{KOP}:H{max(KOP, rij - 1)}"
    breedtes(ws, {1: 44, 2: 28, 3: 7, 4: 14, 5: 12, 6: 36, 7: 60, 8: 50})
    afdrukken(ws, KOP, "A:C", f"D{KOP + 1}")


def aannames(wb: Workbook, resultaat, opties: ExportOpties, jaren) -> None:
    ws = _blad(wb, "Aannames", "Aannames die een regel raken (status aanname)", resultaat)
    kopregel(ws, KOP, ["Parameter", "Omschrijving", "Waarde", "Eenheid", "Vanaf jaar", "Toelichting", "Bron",
                       "Raakt regels"])
    rij = KOP + 1
    for g, regels in resultaat.aannames():
        tekst(ws, rij, 1, g.sleutel)
        tekst(ws, rij, 2, g.label)
        getal(ws, rij, 3, g.waarde, parameterformaat(g.eenheid, g.waarde))
        tekst(ws, rij, 4, g.eenheid)
        ws.cell(row=rij, column=5, value=g.jaar).number_format = "0"
        tekst(ws, rij, 6, g.toelichting).alignment = OMLOOP
        tekst(ws, rij, 7, g.bron)
        tekst(ws, rij, 8, "; ".join(REGEL[r].label for r in regels)).alignment = OMLOOP
        rij += 1
    rij += 1
    tekst(ws, rij, 1, "Bronnen", VET)
    rij += 1
    for bron in bronnen():
        tekst(ws, rij, 1, bronvermelding(bron))
        rij += 1
    breedtes(ws, {1: 30, 2: 45, 3: 14, 4: 12, 5: 10, 6: 70, 7: 16, 8: 60})
    afdrukken(ws, KOP, "A:B", f"C{KOP + 1}")


def invoer(wb: Workbook, resultaat, opties: ExportOpties, jaren) -> None:
    ws = _blad(wb, "Invoer", "Invoer van de gemeente (na toepassing van het scenario)", resultaat)
    data = naar_dict(resultaat.invoer)
    kopregel(ws, KOP, ["Gegeven", "Waarde", "Toelichting"])
    rij = KOP + 1
    for veld in VELDEN:
        if veld.sleutel not in data["gemeente"]:
            continue
        waarde = data["gemeente"][veld.sleutel]
        tekst(ws, rij, 1, veld.label)
        if isinstance(waarde, bool):
            tekst(ws, rij, 2, "ja" if waarde else "nee")
        elif isinstance(waarde, (int, float)):
            formaat = {"percentage": PROCENT, "euro": EURO, "jaar": "0"}.get(veld.soort, "#,##0.##")
            getal(ws, rij, 2, waarde, formaat)
        else:
            tekst(ws, rij, 2, waarde)
        tekst(ws, rij, 3, veld.toelichting)
        rij += 1
    reeksjaren = sorted({int(j) for r in data["reeksen"].values() for j in r})
    if reeksjaren:
        rij += 1
        kopregel(ws, rij, ["Reeks", "Blad", *reeksjaren])
        rij += 1
        for reeks in REEKSEN:
            waarden = data["reeksen"].get(reeks.sleutel)
            if not waarden:
                continue
            tekst(ws, rij, 1, reeks.label)
            tekst(ws, rij, 2, reeks.blad)
            for i, jaar in enumerate(reeksjaren):
                if str(jaar) in waarden:
                    getal(ws, rij, 3 + i, waarden[str(jaar)], EURO if reeks.soort == "euro" else "#,##0.##")
            rij += 1
    if data["samenwerkingsverband"]:
        rij += 1
        kopregel(ws, rij, ["Samenwerkingsverband: gemeente", "Doelgroepenregister"])
        rij += 1
        for lid in data["samenwerkingsverband"]:
            tekst(ws, rij, 1, lid["gemeente"])
            getal(ws, rij, 2, lid["doelgroepenregister"], "#,##0")
            rij += 1
    breedtes(ws, {1: 45, 2: 22, 3: 14, **{4 + i: 14 for i in range(max(0, len(reeksjaren) - 1))}})
    afdrukken(ws, KOP, "A:A", f"B{KOP + 1}")


def bevindingen(wb: Workbook, resultaat, opties: ExportOpties, jaren) -> None:
    ws = _blad(wb, "Bevindingen", "Bevindingen bij de invoer en waarschuwingen van het model", resultaat)
    kopregel(ws, KOP, ["Soort", "Melding", "Blad", "Cel", "Gegeven", "Gevonden", "Verwacht"])
    rij = KOP + 1
    for b in opties.bevindingen:
        tekst(ws, rij, 1, f"Invoer: {b.ernst}")
        tekst(ws, rij, 2, b.melding).alignment = OMLOOP
        for kolom, waarde in enumerate((b.blad, b.cel, b.label, b.gevonden, b.verwacht), start=3):
            tekst(ws, rij, kolom, waarde or "")
        rij += 1
    for w in resultaat.waarschuwingen:
        tekst(ws, rij, 1, "Model: waarschuwing")
        tekst(ws, rij, 2, w.tekst).alignment = OMLOOP
        rij += 1
    if rij == KOP + 1:
        tekst(ws, rij, 2, "Geen bevindingen en geen waarschuwingen.", SUBTITEL)
    breedtes(ws, {1: 20, 2: 90, 3: 16, 4: 8, 5: 30, 6: 16, 7: 22})
    afdrukken(ws, KOP, "A:A", f"B{KOP + 1}")


def aansluiting(wb: Workbook, resultaat, opties: ExportOpties, jaren) -> None:
    ws = _blad(wb, "Aansluiting circulaire", "Aansluiting met de circulaire (model = raming zonder het "
                                             "circulairebedrag van dat jaar)", resultaat)
    kopregel(ws, KOP, ["Regel", "Jaar", "Circulaire", "Model", "Verschil", "Verschil %"])
    rij = KOP + 1
    for a in resultaat.aansluiting:
        if a.jaar not in jaren:
            continue
        tekst(ws, rij, 1, REGEL[a.regel].label)
        ws.cell(row=rij, column=2, value=a.jaar).number_format = "0"
        getal(ws, rij, 3, a.circulaire)
        getal(ws, rij, 4, a.model)
        getal(ws, rij, 5, a.verschil)
        getal(ws, rij, 6, a.verschil_pct, "0.0%")
        rij += 1
    breedtes(ws, {1: 50, 2: 8, 3: 16, 4: 16, 5: 16, 6: 12})
    afdrukken(ws, KOP, "A:A", f"B{KOP + 1}")


def vergelijking(wb: Workbook, resultaat, opties: ExportOpties, jaren) -> None:
    v = opties.vergelijking
    vjaren = tuple(j for j in jaren if j in v.jaren)
    ws = _blad(wb, "Scenario's", f"Scenariovergelijking: verschil met {v.basis.scenario}", resultaat)
    kopregel(ws, KOP, ["Scenario", "Regel", *vjaren, "Cumulatief"])
    rij = KOP + 1
    for r in (v.basis, *v.varianten):
        tekst(ws, rij, 1, r.scenario, VET if r is v.basis else None)
        tekst(ws, rij, 2, "Saldo")
        for i, w in enumerate(reeks_in(r, "saldo", vjaren)):
            getal(ws, rij, 3 + i, w)
        rij += 1
    for variant in v.varianten:
        rij += 1
        tekst(ws, rij, 1, f"{variant.scenario} − {v.basis.scenario}", VET)
        rij += 1
        index = [v.jaren.index(j) for j in vjaren]
        for sleutel in v.gewijzigde_regels(variant):
            verschil, cumulatief = v.verschil(variant, sleutel), v.cumulatief(variant, sleutel)
            tekst(ws, rij, 2, REGEL[sleutel].label)
            for i, k in enumerate(index):
                getal(ws, rij, 3 + i, verschil[k], formaat_voor(REGEL[sleutel].eenheid))
            if REGEL[sleutel].cumuleerbaar:
                getal(ws, rij, 3 + len(vjaren), cumulatief[index[-1]] - (cumulatief[index[0] - 1] if index[0] else 0))
            rij += 1
    breedtes(ws, {1: 40, 2: 45, **{3 + i: 14 for i in range(len(vjaren) + 1)}})
    afdrukken(ws, KOP, "A:B", f"C{KOP + 1}")


def gevoeligheid(wb: Workbook, resultaat, opties: ExportOpties, jaren) -> None:
    ws = _blad(wb, "Gevoeligheid", "Gevoeligheid: effect op het cumulatieve saldo over de horizon", resultaat)
    kopregel(ws, KOP, ["Aanname", "Laag", "Effect laag", "Hoog", "Effect hoog", "Bandbreedte",
                       "Effect maatschappelijke baten laag", "Effect maatschappelijke baten hoog"])
    rij = KOP + 1
    for g in opties.gevoeligheid:
        tekst(ws, rij, 1, g.variatie.label)
        tekst(ws, rij, 2, g.variatie.laag_tekst)
        getal(ws, rij, 3, g.effect_laag)
        tekst(ws, rij, 4, g.variatie.hoog_tekst)
        getal(ws, rij, 5, g.effect_hoog)
        getal(ws, rij, 6, g.bandbreedte)
        getal(ws, rij, 7, g.effect_laag_maatschappelijk)
        getal(ws, rij, 8, g.effect_hoog_maatschappelijk)
        rij += 1
    breedtes(ws, {1: 50, 2: 12, 3: 16, 4: 12, 5: 16, 6: 16, 7: 20, 8: 20})
    afdrukken(ws, KOP, "A:A", f"B{KOP + 1}")


__all__ = ["stromen", "parameters", "aannames", "invoer", "bevindingen", "aansluiting", "vergelijking",
           "gevoeligheid", "herkomst"]
