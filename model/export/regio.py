"""The regional overview as PDF and Excel (SAMENWERKING §2), and every gemeente's own annex (``--per-gemeente``).

The figures are those of :class:`model.regio.Regio`: nothing is calculated here."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Rect
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Spacer

from model import __version__
from model.export.pdf_grafieken import _assen, _legenda, _schaal, _tekst
from model.export.pdf_stijl import (DONKER, LIGGEND, NEGATIEF, POSITIEF, SALDO_KLEUR, Bijlagedocument, framebreedte,
                                    maak_canvas, p)
from model.export.pdf_tabellen import GROEP, SALDO, TOTAAL, Rij, cijfer, jaartabel, lijsttabel
from model.export.pdf_verdeling import TITEL as VERDELINGTITEL, inleiding as verdelinginleiding, reservetabel, verdelingstabel
from model.regels import REGEL, overzicht, rijlabel
from model.regio import VERHOUDINGEN_NOOT

TITEL = "Regio-overzicht samenwerkingsverband"
#: gemeenten per table or chart (more go on the next table)
PER_TABEL = 8
PER_GRAFIEK = 10
ONDERLING_BATEN = "Doorbetaling impulsbudget ontvangen door de deelnemende gemeenten"
ONDERLING_LASTEN = "Doorbetaling aan de deelnemende gemeenten door de ontvangende gemeente"


def _rijen_regio(regio) -> list[Rij]:
    rijen = []
    for kop, r in overzicht():
        if r is None:
            rijen.append(Rij(kop, soort=GROEP))
            continue
        soort = SALDO if r.groep == "saldo" else TOTAAL if r.groep == "totaal" else "regel"
        rijen.append(Rij(rijlabel(r, REGEL[r.sleutel].label), regio.regels[r.sleutel], r.eenheid, soort))
    return rijen


def _groepen(reeks: Sequence, n: int) -> list:
    return [reeks[i:i + n] for i in range(0, len(reeks), n)] or [reeks]


def resultaatgrafiek(regio, gemeenten, breedte: float, hoogte: float = 210) -> Drawing:
    """Per gemeente its geraamd resultaat per year (bars, green above zero, red below) and its structureel saldo
    (dots), the years from left to right."""
    d = Drawing(breedte, hoogte)
    x0, y0, w, h = 62, 46, breedte - 80, hoogte - 70
    na = [g.reeks("saldo_na_bestemming") for g in gemeenten]
    st = [g.reeks("structureel_saldo") for g in gemeenten]
    alle = [v for r in na + st for v in r]
    laag, hoog, stap = _schaal(min(alle), max(alle))
    y = _assen(d, x0, y0, w, h, laag, hoog, stap)
    vak = w / len(gemeenten)
    n = len(regio.jaren)
    balk = min(14.0, vak * 0.8 / n)
    for i, g in enumerate(gemeenten):
        begin = x0 + vak * (i + 0.5) - balk * n / 2
        for k in range(n):
            v = na[i][k]
            d.add(Rect(begin + k * balk + 0.5, min(y(0), y(v)), balk - 1, abs(y(v) - y(0)),
                       fillColor=NEGATIEF if v < 0 else POSITIEF, strokeColor=None))
            d.add(Circle(begin + (k + 0.5) * balk, y(st[i][k]), 1.8, fillColor=SALDO_KLEUR, strokeColor=None))
        naam = g.naam if len(g.naam) <= 18 else g.naam[:17] + "…"
        _tekst(d, x0 + vak * (i + 0.5), y0 - 12, naam, 7, "middle", DONKER)
    _tekst(d, x0 - 4, y0 + h + 10, "€", anker="end")
    _legenda(d, x0, 6, [(f"{REGEL['saldo_na_bestemming'].label}, {regio.jaren[0]}–{regio.jaren[-1]}", POSITIEF, "vlak"),
                        (REGEL["structureel_saldo"].label, SALDO_KLEUR, "lijn")])
    return d


def bouw_regio_pdf(regio, kolomjaar: int | None = None, datum: date | None = None) -> bytes:
    """The overview (landscape A4): gemeenten, regional sum, per-gemeente columns, verdeling, chart, findings."""
    datum = datum or date.today()
    kolomjaar = regio.jaren[0] if kolomjaar is None else kolomjaar
    breedte = framebreedte(LIGGEND)
    nummer = iter(range(1, 100))

    def kop(t):
        return p(f"{next(nummer)}. {t}", "h1")

    jaren = f"{regio.jaren[0]}–{regio.jaren[-1]}"
    v = [p(TITEL, "titel"), p(f"{len(regio.gemeenten)} gemeenten uit de map {Path(regio.map).name} · {jaren}",
                              "ondertitel"), Spacer(1, 0.4 * cm)]
    gemeenterijen = [[g.naam, g.bestand, "ontvangende gemeente" if g.ontvangt else "deelnemende gemeente",
                      g.resultaat.scenario, g.resultaat.parameterset] for g in regio.gemeenten]
    gemeenterijen += [["–", n.bestand, "niet ingelezen", "", ""] for n in regio.niet_ingelezen]
    v.append(lijsttabel(["Gemeente", "Bestand", "Rol", "Scenario", "Parameterset"], gemeenterijen,
                        [160, 200, 130, 130, breedte - 620]))
    fouten = [b for b in regio.bevindingen if b.ernst == "fout"]
    v += [Spacer(1, 6), p(f"{len(regio.bevindingen)} bevinding(en), waarvan {len(fouten)} fout(en): zie "
                          "Bevindingen." if regio.bevindingen else "De bestanden vormen één samenwerkingsverband: "
                          "geen bevindingen.", "tekst")]
    # the regional sum
    v += [PageBreak(), kop("Regionale som"),
          p("Per regel en jaar de som over de gemeenten, in euro's. De betalingen tussen de gemeenten (de doorbetaling "
            "van het impulsbudget) vallen weg uit baten én lasten, zodat het impulsbudget één keer telt.", "tekst"),
          jaartabel(_rijen_regio(regio), regio.jaren, breedte, met_taakveld=False), Spacer(1, 2),
          p(VERHOUDINGEN_NOOT, "noot"), Spacer(1, 6),
          p("Betalingen tussen de gemeenten (niet in de regionale som)", "h2"),
          jaartabel([Rij(ONDERLING_LASTEN, regio.onderling_lasten), Rij(ONDERLING_BATEN, regio.onderling_baten)],
                    regio.jaren, breedte, met_taakveld=False)]
    # per gemeente in the chosen year
    v += [PageBreak(), kop(f"Per gemeente in {kolomjaar}")]
    i = regio.jaren.index(kolomjaar)
    for deel in _groepen(regio.gemeenten, PER_TABEL):
        koppen = ["Regel"] + [g.naam for g in deel] + ["Regio"]
        rijen, vet = [], []
        for kopje, r in overzicht():
            if r is None:
                continue
            if r.groep in ("totaal", "saldo"):
                vet.append(len(rijen))
            rijen.append([rijlabel(r, REGEL[r.sleutel].label)] + [cijfer(g.getoond(r.sleutel)[i], r.eenheid) for g in deel]
                         + [cijfer(regio.regels[r.sleutel][i], r.eenheid)])
        rest = (breedte - 200) / (len(deel) + 1)
        v += [lijsttabel(koppen, rijen, [200] + [rest] * (len(deel) + 1), rechts=range(1, len(koppen)),
                         vet_rijen=vet), Spacer(1, 8)]
    v.append(p("De kolom Regio is de regionale som (zonder de betalingen tussen de gemeenten); daardoor is zij bij "
               "het impulsbudget en de doorbetaling niet de optelling van de kolommen. " + VERHOUDINGEN_NOOT, "noot"))
    # the verdeling
    if regio.verdeling is not None:
        vd = regio.verdeling
        v += [PageBreak(), kop(VERDELINGTITEL), p(verdelinginleiding(vd), "tekst"),
              verdelingstabel(vd, breedte, markeer=False), Spacer(1, 4)]
        v += [p(t, "noot") for t in vd.noten()]
        if vd.reserve is not None:
            v += [Spacer(1, 0.3 * cm), reservetabel(vd, breedte)]
    # the chart
    v += [PageBreak(), kop("Geraamd resultaat per gemeente"),
          p(f"Per gemeente het geraamde resultaat per jaar ({jaren}, van links naar rechts; groen voordelig, rood "
            "nadelig) en het structurele saldo (stip).", "tekst")]
    for deel in _groepen(regio.gemeenten, PER_GRAFIEK):
        v += [resultaatgrafiek(regio, deel, breedte), Spacer(1, 8)]
    # findings
    v += [CondPageBreak(6 * cm), kop("Bevindingen")]
    if regio.bevindingen:
        v.append(lijsttabel(["Ernst", "Bevinding"], [[b.ernst.capitalize(), b.tekst] for b in regio.bevindingen],
                            [80, breedte - 80]))
    else:
        v.append(p("Geen bevindingen: één ontvangende gemeente, dezelfde ledenlijst en sleutels in elk bestand, elke "
                   "gemeente van de lijst in de map en de doorbetalingen gelijk aan de verdeling.", "tekst"))
    buffer = io.BytesIO()
    doc = Bijlagedocument(buffer, {}, title=TITEL, author=f"Infraraming {__version__}",
                          creator=f"Infraraming {__version__}", producer=f"Infraraming {__version__}", lang="nl-NL",
                          eerste=LIGGEND)
    from model.export.opties import datum_tekst
    canvas = maak_canvas(TITEL, jaren, f"Infraraming {__version__} · {datum_tekst(datum)}", {}, datum)
    doc.build([NextPageTemplate(LIGGEND)] + v, canvasmaker=canvas)
    return buffer.getvalue()


def bouw_regio_excel(regio, kolomjaar: int | None = None, datum: date | None = None) -> bytes:
    """The overview as an Excel workbook of values: Regio, Per gemeente, Geraamd resultaat, Verdeling, Bevindingen."""
    import xlsxwriter
    from model.export.deterministisch import vaste_zip, zip_tijd
    from model.export.excel_cellen import EURO, OMLOOP, TOTAAL as TOTAALSTIJL, VET, Blad, Opmaak
    from model.export.verdeling_excel import verdelingsblad
    datum = datum or date.today()
    kolomjaar = regio.jaren[0] if kolomjaar is None else kolomjaar
    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
                                      "strings_to_urls": False})
    opmaak = Opmaak(wb)
    ondertitel = f"{len(regio.gemeenten)} gemeenten uit {Path(regio.map).name} · {regio.jaren[0]}–{regio.jaren[-1]}"

    def lijnen(b: Blad, rij: int, waarden) -> int:
        for kopje, r in overzicht():
            if r is None:
                b.tekst(rij, 1, kopje, VET)
            else:
                stijl = TOTAALSTIJL if r.groep in ("totaal", "saldo") else None
                b.tekst(rij, 1, rijlabel(r, REGEL[r.sleutel].label), stijl)   # a part set in under its total
                for k, w in enumerate(waarden(r.sleutel), start=2):
                    b.getal(rij, k, w, r.eenheid.excel, stijl)
            rij += 1
        return rij

    b = Blad(wb, opmaak, "Regio")
    b.titel(f"{TITEL}: regionale som (zonder de betalingen tussen de gemeenten)", ondertitel)
    b.kopregel(4, ["Regel"] + list(regio.jaren))
    rij = lijnen(b, 5, lambda s: regio.regels[s])
    b.tekst(rij, 1, VERHOUDINGEN_NOOT, OMLOOP)
    rij += 2
    b.tekst(rij, 1, "Betalingen tussen de gemeenten (niet in de regionale som)", VET)
    for label, reeks in ((ONDERLING_LASTEN, regio.onderling_lasten), (ONDERLING_BATEN, regio.onderling_baten)):
        rij += 1
        b.tekst(rij, 1, label, OMLOOP)
        for k, w in enumerate(reeks, start=2):
            b.getal(rij, k, w, EURO)
    b.breedtes({1: 58, **{k: 14 for k in range(2, len(regio.jaren) + 2)}})

    b = Blad(wb, opmaak, "Per gemeente")
    b.titel(f"{TITEL}: per gemeente in {kolomjaar}", ondertitel)
    b.kopregel(4, ["Regel"] + [g.naam for g in regio.gemeenten] + ["Regio"])
    i = regio.jaren.index(kolomjaar)
    rij = lijnen(b, 5, lambda s: [g.getoond(s)[i] for g in regio.gemeenten] + [regio.regels[s][i]])
    b.tekst(rij + 1, 1, VERHOUDINGEN_NOOT, OMLOOP)
    b.breedtes({1: 58, **{k: 16 for k in range(2, len(regio.gemeenten) + 3)}})

    b = Blad(wb, opmaak, "Geraamd resultaat")
    b.titel(f"{TITEL}: geraamd resultaat en structureel saldo per gemeente", ondertitel)
    b.kopregel(4, ["Gemeente", "Bestand", "Regel"] + list(regio.jaren))
    rij = 5
    for g in regio.gemeenten:
        for s in ("saldo_na_bestemming", "structureel_saldo"):
            b.tekst(rij, 1, g.naam)
            b.tekst(rij, 2, g.bestand)
            b.tekst(rij, 3, REGEL[s].label)
            for k, w in enumerate(g.reeks(s), start=4):
                b.getal(rij, k, w, EURO)
            rij += 1
    b.breedtes({1: 24, 2: 28, 3: 34, **{k: 14 for k in range(4, len(regio.jaren) + 4)}})

    if regio.verdeling is not None:
        verdelingsblad(Blad(wb, opmaak, "Verdeling"), regio.verdeling, ondertitel, markeer=False)

    b = Blad(wb, opmaak, "Bevindingen")
    b.titel(f"{TITEL}: bevindingen", ondertitel)
    b.kopregel(4, ["Ernst", "Bevinding"])
    rij = 5
    for bev in regio.bevindingen:
        b.tekst(rij, 1, bev.ernst.capitalize())
        b.tekst(rij, 2, bev.tekst, OMLOOP)
        rij += 1
    b.breedtes({1: 14, 2: 120})
    wb.set_properties({"title": TITEL, "author": f"Infraraming {__version__}"})
    wb.close()
    return vaste_zip(buffer.getvalue(), zip_tijd(datum))


def bestandsnaam(naam: str) -> str:
    """A file name after the gemeente: letters, digits, spaces and dashes only."""
    schoon = "".join(c if c.isalnum() or c in " -_" else "_" for c in naam).strip() or "gemeente"
    return schoon[:80]


def schrijf_per_gemeente(regio, uitmap: Path) -> list[Path]:
    """Every gemeente's own annex (PDF and Excel) in ``uitmap``, named after the gemeente; a project's own settings
    (title, logo, sections) are used."""
    from model.export import schrijf_excel, schrijf_pdf
    from model.export.bijlage import eigen_uit_project, secties_uit_project, stel_samen
    uitmap.mkdir(parents=True, exist_ok=True)
    geschreven, namen = [], set()
    for g in regio.gemeenten:
        naam = bestandsnaam(g.naam)
        while naam.lower() in namen:
            naam += "_"
        namen.add(naam.lower())
        kwargs = {}
        if g.project is not None:
            kwargs = {"eigen": eigen_uit_project(g.project.ui), "secties": secties_uit_project(g.project.ui),
                      "correcties": g.project.toestand.correcties}
            basis = g.project.toestand.basis
        else:
            basis = None
        bijlage = stel_samen(g.invoer, g.scenario, basis, parameterset=g.parameterset, van=regio.jaren[0],
                             tot=regio.jaren[-1], gevoeligheid=False, **kwargs)
        for soort, schrijf in ((".pdf", schrijf_pdf), (".xlsx", schrijf_excel)):
            pad = uitmap / f"Begrotingsbijlage {naam}{soort}"
            schrijf(pad, bijlage.resultaat, bijlage.opties)
            geschreven.append(pad)
    return geschreven
