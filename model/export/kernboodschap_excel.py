"""The Excel annex's first sheet: the kernboodschap (model.kernboodschap, or the user's own text) and, with the
sheet Vorige cijfers, the comparison of the begrotingsjaar with the jaarrekening t−2 and the begroting t−1 na
wijziging (the figures of the begrotingsjaar refer to sheet Overzicht)."""
from __future__ import annotations

from model.export.excel_cellen import EURO, KOPGROEP, OMLOOP, SUBTITEL, VET, Blad, cel
from model.export.opties import RISICOS, schoon

NAAM = "Kernboodschap"


def kernboodschap(b: Blad, resultaat, opties, jaren, ondertitel: str, overzicht_rijen: dict[str, int],
                  jaarkolom: int) -> None:
    from model.kernboodschap import zinnen
    from model.regels import REGEL, VORIGE_REGELS
    b.titel("Kernboodschap", ondertitel)
    eigen = schoon(opties.kernboodschap).strip()
    alineas = ([a.strip() for a in eigen.split("\n\n") if a.strip()] if eigen else
               list(zinnen(resultaat, jaren, risico=opties.risico if opties.met_sectie(RISICOS) else None)))
    rij = 4
    for alinea in alineas:
        b.ws.merge_range(rij - 1, 0, rij - 1, 4, alinea, b.opmaak(OMLOOP))
        b.ws.set_row(rij - 1, 13 * max(2, len(alinea) // 95 + 1))
        rij += 1
    vorige = resultaat.invoer.vorige_cijfers
    if vorige:
        basisjaar, jaar = resultaat.invoer.basisjaar, jaren[0]
        rij += 1
        b.tekst(rij, 1, "Vergelijking met de vorige cijfers", KOPGROEP)
        rij += 1
        b.kopregel(rij, ["Regel", f"Rekening {basisjaar - 2}", f"Begroting {basisjaar - 1} na wijziging",
                         f"Begroting {jaar}"])
        rij += 1
        for sleutel in VORIGE_REGELS:
            b.tekst(rij, 1, resultaat.label(sleutel), VET if REGEL[sleutel].groep in ("totaal", "saldo") else None)
            for k, waarde in enumerate(vorige.get(sleutel, (None, None)), start=2):
                if waarde is None:
                    b.tekst(rij, k, "")   # an absent line stays empty, never 0
                else:
                    b.getal(rij, k, waarde, EURO)
            if sleutel in overzicht_rijen:
                waarde = resultaat.waarde(sleutel, jaar)
                b.formule(rij, 4, f"Overzicht!{cel(overzicht_rijen[sleutel], jaarkolom)}", waarde, EURO)
            rij += 1
        b.tekst(rij + 1, 1, "Een lege cel: de regel staat niet op blad Vorige cijfers.", SUBTITEL)
    b.breedtes({1: 50, 2: 20, 3: 26, 4: 18, 5: 10})
    b.afdrukken(1, None, None, liggend=False, laatste_kolom=5)
