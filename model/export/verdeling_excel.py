"""The Excel sheets of the verdeling over the samenwerkingsverband (SAMENWERKING §1): per member its count, its key
and its amount per impulsbudget year, with the totals as formulas over the rows; the receiving gemeente's reserve
with the members' part. Used by the annex and by the regional overview."""
from __future__ import annotations

from model.export.excel_cellen import EURO, OMLOOP, TOTAAL, VET, Blad, cel
from model.export.opties import SECTIETITELS, VERDELING

NAAM = "Verdeling"
KOP = 4
SLEUTEL_FMT = "0.00%"
AANTAL_FMT = "#,##0"


def verdelingsblad(b: Blad, v, ondertitel: str, markeer: bool = True) -> int:
    """Write the verdeling from row 1; returns the next free row."""
    from model.export.pdf_verdeling import inleiding
    b.titel(SECTIETITELS[VERDELING], ondertitel)
    b.tekst(3, 1, inleiding(v))
    b.kopregel(KOP, ["Gemeente", "Aantal", f"Sleutel ({v.sleutelsoort})"] + list(v.jaren) + ["Totaal"])
    eerste = rij = KOP + 1
    n = len(v.jaren)
    for a in v.leden:
        stijl = VET if markeer and a.eigen else None
        b.tekst(rij, 1, a.naam + (" (eigen gemeente)" if markeer and a.eigen else ""), stijl)
        b.getal(rij, 2, a.aantal, AANTAL_FMT, stijl)
        b.getal(rij, 3, a.sleutel, SLEUTEL_FMT, stijl)
        for i, w in enumerate(a.bedragen):
            b.getal(rij, 4 + i, w, EURO, stijl)
        b.formule(rij, 4 + n, f"SUM({cel(rij, 4)}:{cel(rij, 3 + n)})", a.totaal, EURO, stijl)
        rij += 1
    b.tekst(rij, 1, "Totaal samenwerkingsverband", TOTAAL)
    waarden = [sum(a.aantal for a in v.leden), sum(a.sleutel for a in v.leden)] + list(v.regionaal) + [v.totaal]
    for k, w in enumerate(waarden, start=2):
        formaat = AANTAL_FMT if k == 2 else SLEUTEL_FMT if k == 3 else EURO
        b.formule(rij, k, f"SUM({cel(eerste, k)}:{cel(rij - 1, k)})", w, formaat, TOTAAL)
    rij += 2
    for noot in v.noten():
        b.tekst(rij, 1, noot)
        rij += 1
    if v.reserve is not None:
        rij += 1
        b.kopregel(rij, ["Bestemmingsreserve impulsbudget (stand einde jaar)", "", ""] + list(v.jaren))
        for label, reeks in (("Stand bestemmingsreserve", v.reserve),
                             ("waarvan voor de deelnemende gemeenten", v.reserve_leden)):
            rij += 1
            b.tekst(rij, 1, label, OMLOOP)
            for i, w in enumerate(reeks):
                b.getal(rij, 4 + i, w, EURO)
        rij += 1
    b.breedtes({1: 34, 2: 9, 3: 14, **{4 + i: 12 for i in range(n + 1)}})
    b.afdrukken(KOP, bevries=(KOP, 1))
    return rij + 1


def verdeling(b: Blad, resultaat, opties, jaren, ondertitel: str) -> None:
    verdelingsblad(b, opties.verdeling, ondertitel)
