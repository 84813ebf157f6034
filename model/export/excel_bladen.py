"""The explanatory sheets of the Excel annex: Herkomst, Aannames, Bevindingen, Aansluiting, Scenario's, Gevoeligheid.

Every sheet starts with a title (row 1), a subtitle (row 2) and a header row (row 4); values
are the model's own, never recomputed here. Keys of the model stay on the technical Herkomst
sheet only.
"""
from __future__ import annotations

from model.export.excel_cellen import OMLOOP, SUBTITEL, VET, EURO, Blad, formaat_voor, parameterformaat
from model.export.opties import (AANNAMES, AANSLUITING, BEVINDINGEN, GEVOELIGHEID, HERKOMST, VERGELIJKING, WAT_VERANDERT,
                                 ExportOpties, aanname_in_jaren, bronnen, bronvermelding, meldingen_in, reeks_in)
from model.analyse import GEVOELIGHEIDSEFFECT
from model.invoer import REEKS, VELD
from model.regels import REGEL, REGELS, SLEUTELS

KOP = 4
NAMEN = {HERKOMST: "Herkomst", AANNAMES: "Aannames", BEVINDINGEN: "Bevindingen",
         AANSLUITING: "Aansluiting circulaire", VERGELIJKING: "Scenario's", GEVOELIGHEID: "Gevoeligheid",
         WAT_VERANDERT: "Wat verandert er"}


def _naam(sleutel: str) -> str:
    veld = VELD.get(sleutel) or REEKS.get(sleutel)
    return veld.label if veld else sleutel


def herkomst(b: Blad, resultaat, opties: ExportOpties, jaren, ondertitel: str) -> None:
    """Per line and year: the parameters, input and circulaire amounts the value was computed from."""
    b.titel("Herkomst van elke regel per jaar (parameters, invoer, circulaire)", ondertitel)
    b.kopregel(KOP, ["Regel", "Sleutel", "Jaar", "Waarde", "Circulairebedrag van het jaar", "Circulaire gebruikt",
                     "Parameters (jaar)", "Invoer"])
    rij = KOP + 1
    for regel in REGELS:
        for jaar in jaren:
            h = resultaat.herkomst(regel.sleutel, jaar)
            b.tekst(rij, 1, resultaat.label(regel.sleutel))
            b.tekst(rij, 2, regel.sleutel)
            b.getal(rij, 3, jaar, "0")
            b.getal(rij, 4, h.waarde, formaat_voor(regel.eenheid))
            b.tekst(rij, 5, "ja" if h.circulaire_gebruikt else "nee")
            b.tekst(rij, 6, "; ".join(f"{_naam(s)} {j}" for s, j in h.circulairejaren))
            b.tekst(rij, 7, "; ".join(f"{g.sleutel} ({g.jaar})" for g in h.parameters), OMLOOP)
            b.tekst(rij, 8, "; ".join(_naam(s) for s in h.invoervelden), OMLOOP)
            rij += 1
    b.ws.autofilter(KOP - 1, 0, max(KOP, rij - 1) - 1, 7)
    b.breedtes({1: 44, 2: 28, 3: 7, 4: 14, 5: 12, 6: 36, 7: 60, 8: 50})
    b.afdrukken(KOP, (1, 3), (KOP + 1, 4))


BREEDTES_AANNAMES = {1: 40, 2: 14, 3: 12, 4: 10, 5: 70, 6: 18, 7: 50}   # one landscape page wide at 70 %


INSPRINGEN = {"align": "left", "indent": 1}
BOVEN = {"valign": "top"}   # a figure beside wrapped text stands on the text's first line


def _hoogte(b: Blad, rij: int, teksten: dict[int, str], breedtes: dict[int, float]) -> None:
    """A row high enough for its longest wrapped text (about 0,85 character per width unit), so wrapped
    texts never overlap the next row in print."""
    regels = max([-(-len(t or "") // max(1, int(0.85 * breedtes[k]))) for k, t in teksten.items()] + [1])
    b.ws.set_row(rij - 1, 2 + 13.5 * regels)


def aannames(b: Blad, resultaat, opties: ExportOpties, jaren, ondertitel: str) -> None:
    b.titel("Aanpassingen en aannames die een regel raken (status aanname, voorgenomen of aangepast)", ondertitel)
    rij = KOP
    if opties.aanpassingen:
        b.kopregel(rij, ["Aanpassing", "Waarde", "Vergeleken met", "Jaar", "Motivering"])
        rij += 1
        for a in opties.aanpassingen:
            b.tekst(rij, 1, a.label, OMLOOP)
            b.tekst(rij, 2, a.waarde)
            b.tekst(rij, 3, a.oorspronkelijk)
            b.tekst(rij, 4, "" if a.jaar is None else str(a.jaar))
            b.tekst(rij, 5, a.motivering or "(geen motivering gegeven)", OMLOOP)
            _hoogte(b, rij, {1: a.label, 5: a.motivering or "(geen motivering gegeven)"}, {1: 40, 5: 70})
            rij += 1
        rij += 1
    b.kopregel(rij, ["Aanname", "Waarde", "Eenheid", "Vanaf jaar", "Toelichting", "Bron", "Raakt regels"])
    kop = rij
    rij += 1
    for g, regels in resultaat.aannames():
        g = aanname_in_jaren(resultaat, g, jaren)
        label = g.label + {"voorgenomen": " (voorgenomen)", "scenario": " (aangepast)"}.get(g.status, "")
        geraakt = "; ".join(resultaat.label(r) for r in regels if REGEL[r].groep not in ("totaal", "saldo"))
        b.tekst(rij, 1, label, OMLOOP)
        b.getal(rij, 2, g.waarde, parameterformaat(g.eenheid, g.waarde), BOVEN)
        b.tekst(rij, 3, g.eenheid, INSPRINGEN, BOVEN)        # never against the value ("2029jaar")
        b.getal(rij, 4, g.jaar, "0", BOVEN)
        b.tekst(rij, 5, g.toelichting, OMLOOP, INSPRINGEN)
        b.tekst(rij, 6, g.bron, OMLOOP)
        b.tekst(rij, 7, geraakt, OMLOOP)
        _hoogte(b, rij, {1: label, 5: g.toelichting, 6: g.bron, 7: geraakt}, BREEDTES_AANNAMES)
        b.tekst(rij, 9, g.sleutel, SUBTITEL)
        rij += 1
    rij += 1
    b.tekst(rij, 1, "Bronnen", VET)
    rij += 1
    for bron in bronnen():
        b.tekst(rij, 1, bronvermelding(bron))
        rij += 1
    b.breedtes({**BREEDTES_AANNAMES, 9: 30})
    b.afdrukken(kop, (1, 1), (kop + 1, 2), laatste_kolom=7)


def bevindingen(b: Blad, resultaat, opties: ExportOpties, jaren, ondertitel: str) -> None:
    b.titel("Bevindingen bij de invoer en meldingen van het model", ondertitel)
    b.kopregel(KOP, ["Soort", "Melding", "Blad", "Cel", "Gegeven", "Gevonden", "Verwacht"])
    rij = KOP + 1
    for x in opties.bevindingen:
        b.tekst(rij, 1, f"Invoer: {x.ernst}")
        b.tekst(rij, 2, x.melding, OMLOOP)
        for k, waarde in enumerate((x.blad, x.cel, x.label, x.gevonden, x.verwacht), start=3):
            b.tekst(rij, k, waarde or "")
        rij += 1
    for w in meldingen_in(resultaat, jaren):
        b.tekst(rij, 1, "Model: toelichting" if w.ernst == "info" else "Model: waarschuwing")
        b.tekst(rij, 2, w.tekst, OMLOOP)
        rij += 1
    if rij == KOP + 1:
        b.tekst(rij, 2, "Geen bevindingen en geen waarschuwingen.", SUBTITEL)
    b.breedtes({1: 20, 2: 90, 3: 16, 4: 8, 5: 30, 6: 16, 7: 22})
    b.afdrukken(KOP, (1, 1), (KOP + 1, 2))


def aansluiting(b: Blad, resultaat, opties: ExportOpties, jaren, ondertitel: str) -> None:
    from model.controles import circulairenaam
    b.titel("Aansluiting met de circulaire (model = raming zonder het circulairebedrag van dat jaar)", ondertitel)
    b.kopregel(KOP, ["Regel", "Jaar", "Circulaire", "Model", "Verschil", "Verschil %"])
    rij = KOP + 1
    for a in resultaat.aansluiting:
        if a.jaar not in jaren:
            continue
        b.tekst(rij, 1, circulairenaam(a.regel))
        b.getal(rij, 2, a.jaar, "0")
        b.getal(rij, 3, a.circulaire)
        b.getal(rij, 4, a.model)
        b.getal(rij, 5, a.verschil)
        b.getal(rij, 6, a.verschil_pct, "0.0%")
        rij += 1
    b.breedtes({1: 50, 2: 8, 3: 16, 4: 16, 5: 16, 6: 12})
    b.afdrukken(KOP, (1, 1), (KOP + 1, 2), liggend=False)


def vergelijking(b: Blad, resultaat, opties: ExportOpties, jaren, ondertitel: str) -> None:
    v = opties.vergelijking
    vjaren = tuple(j for j in jaren if j in v.jaren)
    b.titel(f"Scenariovergelijking: verschil met {v.basis.scenario}", ondertitel)
    b.kopregel(KOP, ["Scenario", "Regel", *vjaren, "Cumulatief"])
    rij = KOP + 1
    for r in (v.basis, *v.varianten):
        b.tekst(rij, 1, r.scenario, VET if r is v.basis else None)
        b.tekst(rij, 2, REGEL["saldo"].label)
        for i, w in enumerate(reeks_in(r, "saldo", vjaren)):
            b.getal(rij, 3 + i, w)
        rij += 1
    index = [v.jaren.index(j) for j in vjaren]
    for variant in v.varianten:
        rij += 1
        b.tekst(rij, 1, f"{variant.scenario} − {v.basis.scenario}", VET)
        rij += 1
        for sleutel in v.gewijzigde_regels(variant):
            verschil, cumulatief = v.verschil(variant, sleutel), v.cumulatief(variant, sleutel)
            b.tekst(rij, 2, resultaat.label(sleutel))
            for i, k in enumerate(index):
                b.getal(rij, 3 + i, verschil[k], formaat_voor(REGEL[sleutel].eenheid))
            if REGEL[sleutel].cumuleerbaar:
                b.getal(rij, 3 + len(vjaren), cumulatief[index[-1]] - (cumulatief[index[0] - 1] if index[0] else 0))
            rij += 1
    b.breedtes({1: 34, 2: 45, **{3 + i: 13 for i in range(len(vjaren) + 1)}})
    b.afdrukken(KOP, (1, 2), (KOP + 1, 3))


def wat_verandert(b: Blad, resultaat, opties: ExportOpties, jaren, ondertitel: str) -> None:
    """The comparison with an earlier calculation: the saldo na bestemming through the steps, per line the
    difference per step, and one sentence per step and line (the same figures as the PDF section)."""
    v = opties.wat_verandert
    b.titel(f"Wat verandert er: {v.oud_naam} → {v.nieuw_naam}", ondertitel)
    b.kopregel(KOP, ["Stap", "Regel", *v.jaren, "Totaal"])
    rij = KOP + 1
    for k, (naam, _) in enumerate(v.waterval()):   # old, the steps, new: the saldo na bestemming per year
        reeks = [v.waterval(jaar=j)[k][1] for j in v.jaren]
        b.tekst(rij, 1, naam, VET if naam in (v.oud_naam, v.nieuw_naam) else None)
        b.tekst(rij, 2, REGEL["saldo_na_bestemming"].label)
        for i, w in enumerate(reeks):
            b.getal(rij, 3 + i, w)
        b.getal(rij, 3 + len(v.jaren), sum(reeks))
        rij += 1
    for nummer, stap in enumerate(v.stappen, start=1):
        rij += 1
        b.tekst(rij, 1, f"{nummer}. {stap.naam}", VET)
        b.tekst(rij, 2, "Gewijzigd: " + (", ".join(stap.velden) if stap.velden else "niets"))
        rij += 1
        for sleutel in SLEUTELS:
            effect = stap.regels[sleutel]
            if REGEL[sleutel].eenheid != "EUR" or not any(abs(d) >= 0.5 for d in effect):
                continue
            b.tekst(rij, 2, resultaat.label(sleutel))
            for i, d in enumerate(effect):
                b.getal(rij, 3 + i, d)
            if REGEL[sleutel].cumuleerbaar:
                b.getal(rij, 3 + len(v.jaren), sum(effect))
            rij += 1
        for zin in v.zinnen(stap):
            b.tekst(rij, 2, zin)
            rij += 1
    b.breedtes({1: 34, 2: 60, **{3 + i: 13 for i in range(len(v.jaren) + 1)}})
    b.afdrukken(KOP, (1, 2), (KOP + 1, 3))


def gevoeligheid(b: Blad, resultaat, opties: ExportOpties, jaren, ondertitel: str) -> None:
    b.titel(f"Gevoeligheid: {GEVOELIGHEIDSEFFECT}", ondertitel)
    b.kopregel(KOP, ["Aanname", "Laag", "Effect laag", "Hoog", "Effect hoog", "Bandbreedte",
                     "Effect maatschappelijke baten laag", "Effect maatschappelijke baten hoog"])
    rij = KOP + 1
    for g in opties.gevoeligheid:
        b.tekst(rij, 1, g.variatie.label, OMLOOP)
        b.tekst(rij, 2, g.variatie.laag_tekst)
        b.getal(rij, 3, g.effect_laag, EURO)
        b.tekst(rij, 4, g.variatie.hoog_tekst)
        b.getal(rij, 5, g.effect_hoog, EURO)
        b.getal(rij, 6, g.bandbreedte, EURO)
        b.getal(rij, 7, g.effect_laag_maatschappelijk, EURO)
        b.getal(rij, 8, g.effect_hoog_maatschappelijk, EURO)
        rij += 1
    b.breedtes({1: 50, 2: 12, 3: 16, 4: 12, 5: 16, 6: 16, 7: 20, 8: 20})
    b.afdrukken(KOP, (1, 1), (KOP + 1, 2))
