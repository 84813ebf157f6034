"""The PDF page "Verdeling impulsbudget samenwerkingsverband" (SAMENWERKING §1): a landscape page that can go with
the convenant as its appendix; the regional overview uses the same table."""
from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Spacer, TableStyle

from model.export.opties import SECTIETITELS, VERDELING
from model.export.pdf_stijl import LICHT, VETFONT, DONKER, LIGGEND, framebreedte, p
from model.export.pdf_tabellen import cijfer, lijsttabel
from model.opmaak import getal, procent

TITEL = SECTIETITELS[VERDELING]


def verdelingstabel(v, breedte: float, markeer: bool = True):
    """Members × impulsbudget years with count, key and total; the own row marked; a total row."""
    koppen = ["Gemeente", "Aantal", "Sleutel"] + [str(j) for j in v.jaren] + ["Totaal"]
    rijen, vet = [], []
    for i, a in enumerate(v.leden):
        naam = a.naam + (" (eigen gemeente)" if markeer and a.eigen else "")
        if markeer and a.eigen:
            vet.append(i)
        rijen.append([naam, getal(a.aantal), procent(a.sleutel, 2)] + [cijfer(w) for w in a.bedragen]
                     + [cijfer(a.totaal)])
    rijen.append(["Totaal samenwerkingsverband", getal(sum(a.aantal for a in v.leden)), procent(1.0, 2)]
                 + [cijfer(w) for w in v.regionaal] + [cijfer(v.totaal)])
    vet.append(len(rijen) - 1)
    n = len(v.jaren) + 1
    naam, aantal, sleutel = 150.0, 40.0, 44.0
    rest = (breedte - naam - aantal - sleutel) / n
    tabel = lijsttabel(koppen, rijen, [naam, aantal, sleutel] + [rest] * n, rechts=range(1, len(koppen)),
                       vet_rijen=vet)
    stijl = [("FONTNAME", (0, r + 1), (-1, r + 1), VETFONT) for r in vet]
    stijl += [("BACKGROUND", (0, len(rijen)), (-1, len(rijen)), LICHT),
              ("LINEABOVE", (0, len(rijen)), (-1, len(rijen)), 0.8, DONKER)]
    tabel.setStyle(TableStyle(stijl))
    return tabel


def reservetabel(v, breedte: float):
    """The receiving gemeente's reserve with the members' part (memo)."""
    koppen = ["Bestemmingsreserve impulsbudget (stand einde jaar)"] + [str(j) for j in v.jaren]
    rijen = [["Stand bestemmingsreserve"] + [cijfer(w) for w in v.reserve],
             ["waarvan voor de deelnemende gemeenten"] + [cijfer(w) for w in v.reserve_leden]]
    n = len(v.jaren)
    eerste = 204.0
    return lijsttabel(koppen, rijen, [eerste] + [(breedte - eerste) / n] * n, rechts=range(1, n + 1))


def inleiding(v) -> str:
    if v.ontvangt:
        wie = (f"{v.gemeente} ontvangt het impulsbudget voor het samenwerkingsverband en "
               + ("betaalt de aandelen van de deelnemende gemeenten door." if v.doorbetalen
                  else "betaalt de aandelen niet door (doorbetalen aan leden: nee)."))
    else:
        wie = (f"{v.gemeente} is deelnemende gemeente: de ontvangende gemeente ontvangt het impulsbudget; "
               "de eigen rij is gemarkeerd.")
    return (f"{wie} Per gemeente het aantal in het doelgroepenregister, de sleutel ({v.sleutelsoort}) en het "
            "toegerekende bedrag per jaar, in euro's.")


def verdeling(c) -> list:
    """The section of the annex (one landscape page)."""
    v = c.o.verdeling
    breedte = framebreedte(LIGGEND)
    uit = [c.kop(TITEL), p(inleiding(v), "tekst"), verdelingstabel(v, breedte), Spacer(1, 4)]
    uit += [p(t, "noot") for t in v.noten()]
    if v.reserve is not None:
        uit += [Spacer(1, 0.3 * cm), reservetabel(v, breedte)]
    return uit
