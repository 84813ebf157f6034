"""The Excel annex's sheet *Risico's* (RISICO §4): the register with each model risk's scenario listed,
the certainty table, the ratio and the bandbreedte, as values (the simulation is not a formula)."""
from __future__ import annotations

from model.export.excel_cellen import EURO, OMLOOP, PROCENT, TOTAAL, VET, Blad
from model.opmaak import getal
from model.regels import REGEL
from model.risico.bandbreedte import PERCENTIELEN
from model.risico.simulatie import NORMGRENZEN, NORMTABEL, ZEKERHEDEN

NAAM = "Risico's"
KOP = 4


def risicos(b: Blad, resultaat, opties, jaren, ondertitel: str) -> None:
    a = opties.risico
    s = a.simulatie
    van, tot = a.periode
    periode = str(van) if van == tot else f"{van}–{tot}"
    b.titel(f"Risico's en weerstandsvermogen (risicoperiode {periode}; gevolg = nadeel voor het geraamde resultaat "
            "over de risicoperiode)", ondertitel)
    b.kopregel(KOP, ["Risico", "Soort", "Kans", "Gevolg", "Verdeling", "Verwachte waarde", "Scenario (aanpassingen)",
                     "Bron", "Toelichting", "Beheersmaatregel"])
    rij = KOP + 1
    for r in a.register:
        b.tekst(rij, 1, r.naam, OMLOOP)
        b.tekst(rij, 2, "model" if r.is_model else "eigen")
        b.getal(rij, 3, r.kans, PROCENT)
        b.getal(rij, 4, r.gevolg, EURO)
        b.tekst(rij, 5, r.verdeling)
        b.getal(rij, 6, r.verwachte_waarde, EURO)
        scenario = ""
        if r.is_model:
            scenario = r.scenario_tekst()
            if r.scenario:
                scenario += f" (doorgerekend: {r.concreet_tekst()})"
        b.tekst(rij, 7, scenario, OMLOOP)
        b.tekst(rij, 8, r.bron, OMLOOP)
        b.tekst(rij, 9, r.toelichting or r.omschrijving, OMLOOP)
        b.tekst(rij, 10, r.beheersmaatregel, OMLOOP)
        rij += 1
    b.tekst(rij, 1, "Totaal (maximaal / verwacht)", TOTAAL)
    for k in (2, 3, 5, 7, 8, 9, 10):
        b.tekst(rij, k, "", TOTAAL)
    b.getal(rij, 4, s.maximaal, EURO, TOTAAL)
    b.getal(rij, 6, s.verwachting, EURO, TOTAAL)
    rij += 2

    b.tekst(rij, 1, f"Risicosimulatie: {getal(s.trekkingen)} trekkingen, startwaarde {s.zaad}", VET)
    rij += 1
    b.kopregel(rij, ["Zekerheid", "Benodigde weerstandscapaciteit"])
    rij += 1
    for z in sorted(set(ZEKERHEDEN) | {s.zekerheid}):
        stijl = VET if z == s.zekerheid else None
        b.getal(rij, 1, z / 100, "0%", stijl)
        b.getal(rij, 2, s.benodigd[z], EURO, stijl)
        rij += 1
    rij += 1
    for zin in (s.zekerheid_tekst(), s.ratio_tekst()):
        b.tekst(rij, 1, zin)
        rij += 1
    if s.ratio is not None:
        b.tekst(rij, 1, "Ratio weerstandsvermogen")
        b.getal(rij, 2, s.ratio, "0.00")
        b.tekst(rij, 3, f"klasse {s.klasse}, {s.waardering}")
        rij += 1
    rij += 1
    b.kopregel(rij, ["Klasse", "Ratio", "Waardering"])
    rij += 1
    for _, k, w in NORMTABEL:
        stijl = VET if k == s.klasse else None
        b.tekst(rij, 1, k, stijl)
        b.tekst(rij, 2, NORMGRENZEN[k], stijl)
        b.tekst(rij, 3, w, stijl)
        rij += 1

    band = a.bandbreedte
    if band is not None:
        rij += 1
        b.tekst(rij, 1, f"Bandbreedte ({getal(band.trekkingen)} trekkingen van de onzekere aannames door het hele model)",
                VET)
        rij += 1
        for sleutel in ("saldo_na_bestemming", "structureel_saldo"):
            naam = REGEL[sleutel].label
            b.kopregel(rij, [naam, *band.jaren, "Totaal"])
            rij += 1
            for pc in PERCENTIELEN:
                b.tekst(rij, 1, f"{pc}e percentiel")
                for i, x in enumerate(band.percentielen[sleutel][pc]):
                    b.getal(rij, 2 + i, x, EURO)
                b.getal(rij, 2 + len(band.jaren), band.som[sleutel][pc], EURO)
                rij += 1
            rij += 1
        b.tekst(rij, 1, f"Kans dat het geraamde resultaat over {band.jaren[0]}–{band.jaren[-1]} samen negatief is")
        b.getal(rij, 2, band.kans_tekort_cumulatief, PROCENT)
    b.breedtes({1: 46, 2: 16, 3: 9, 4: 14, 5: 10, 6: 16, 7: 50, 8: 26, 9: 40, 10: 34})
    b.afdrukken(KOP, (1, 1), (KOP + 1, 2))
