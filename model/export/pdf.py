"""The printable PDF begrotingsbijlage (reportlab, A4).

Title page (the gemeente's own title, introduction and logo), the BBV overview (baten and lasten
per taakveld, saldo, reserve mutations, saldo na bestemming, incidental lines and structureel
saldo, memo lines, charts, a toelichting per line), a table per funding stream, the impulsbudget
reserve, the optional scenario comparison and sensitivity (tornado), reconciliation with the
circulaire, findings, and appendices with every assumption, the sources and the rules.
Year tables with more than six years go on landscape pages. Invariant mode, fixed metadata and
the annex date as creation date make the same input and options produce byte-identical files.
"""
from __future__ import annotations

import io

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Spacer

from model import __version__
from model.export import pdf_secties as sectie
from model.export.pdf_risico import risicos as risicosectie
from model.export.pdf_verdeling import verdeling as verdelingsectie
from model.export.opties import (AANNAMES, AANSLUITING, BEVINDINGEN, BRONNEN, GEVOELIGHEID, GRAFIEKEN, KERNBOODSCHAP,
                                 REKENREGELS, RESERVE, RISICOS, SAMENVATTING, STROMEN, VERDELING, VERGELIJKING,
                                 WAT_VERANDERT, ExportOpties, Voortgang,
                                 controleer, datum_tekst, melden)
from model.export.pdf_uitgangspunten import uitgangspunten
from model.export.pdf_stijl import (INHOUD_REGEL, LIGGEND, STAAND, Bijlagedocument, InhoudPlaats, framebreedte,
                                    maak_canvas, platte_tekst)

MAX_JAREN_STAAND = 6

#: (section, builder, starts on a new page)
VOLGORDE = (
    (KERNBOODSCHAP, sectie.kernboodschap, True),
    (SAMENVATTING, sectie.samenvatting, False),   # after the kernboodschap on the same page
    (GRAFIEKEN, sectie.grafieken_los, False),
    (STROMEN, sectie.stromen, False),
    (RESERVE, sectie.reserve, False),
    (VERDELING, verdelingsectie, True),
    (VERGELIJKING, sectie.vergelijking, False),
    (WAT_VERANDERT, sectie.wat_verandert, False),
    (GEVOELIGHEID, sectie.gevoeligheid, False),
    (RISICOS, risicosectie, False),
    (AANSLUITING, sectie.aansluiting, False),
    (BEVINDINGEN, sectie.bevindingen, False),
)
BIJLAGEN = ((AANNAMES, sectie.aannames), (BRONNEN, sectie.bronnenlijst), (REKENREGELS, uitgangspunten))


def bouw_pdf(resultaat, opties: ExportOpties, voortgang: Voortgang | None = None) -> bytes:
    jaren = controleer(resultaat, opties)
    melden(voortgang, 0.0, "PDF-bijlage: opbouw")
    romp = LIGGEND if len(jaren) > MAX_JAREN_STAAND else STAAND
    c = sectie.Context(resultaat, opties, jaren, framebreedte(romp), framebreedte(STAAND))
    gekozen = [(s, f, nieuw) for s, f, nieuw in VOLGORDE if opties.met_sectie(s)]
    bijlagen = [(s, f) for s, f in BIJLAGEN if opties.met_sectie(s)]
    koppen = len([s for s, _, _ in gekozen if s != GRAFIEKEN]) + len(bijlagen)
    # the verdeling alone is the convenant's appendix: one landscape page, no title page
    alleen_verdeling = [s for s, _, _ in gekozen] == [VERDELING] and not bijlagen
    verhaal = [] if alleen_verdeling else sectie.titelpagina(c)
    if koppen and not alleen_verdeling:
        verhaal += [Spacer(1, 0.6 * cm), InhoudPlaats(c.breedte_staand, 36 + INHOUD_REGEL * koppen)]
    verhaal.append(NextPageTemplate(romp))
    nieuwe_pagina = True
    for i, (naam, bouw, nieuw) in enumerate(gekozen):
        melden(voortgang, 0.05 + 0.5 * i / max(len(gekozen), 1), f"PDF-bijlage: {naam}")
        if naam == VERDELING:   # always a landscape page of its own
            if not alleen_verdeling:
                verhaal += [NextPageTemplate(LIGGEND), PageBreak()]
            verhaal += bouw(c) + [NextPageTemplate(romp)]
            nieuwe_pagina = True
            continue
        if nieuw or nieuwe_pagina:
            verhaal.append(PageBreak())
        elif naam != GRAFIEKEN:
            verhaal.append(CondPageBreak(6 * cm))
        nieuwe_pagina = False
        verhaal += bouw(c)
    if bijlagen:
        verhaal += [NextPageTemplate(STAAND), PageBreak()]
        c.breedte = framebreedte(STAAND)
        for j, (naam, bouw) in enumerate(bijlagen):
            melden(voortgang, 0.6 + 0.05 * j, f"PDF-bijlage: {naam}")
            if j:
                verhaal += [CondPageBreak(8 * cm), Spacer(1, 14)]
            verhaal += bouw(c)
    if not gekozen and not bijlagen:   # the title page alone
        verhaal.append(PageBreak())

    buffer = io.BytesIO()
    inhoud: dict = {}
    titel = f"{platte_tekst(opties.titel or 'Begrotingsbijlage')} {platte_tekst(resultaat.gemeente)}"
    doc = Bijlagedocument(buffer, inhoud, title=titel, author=f"Infraraming {__version__}",
                          creator=f"Infraraming {__version__}",
                          subject=f"Scenario {platte_tekst(resultaat.scenario)}, parameterset {resultaat.parameterset}",
                          producer=f"Infraraming {__version__}", lang="nl-NL",
                          eerste=LIGGEND if alleen_verdeling else STAAND)
    canvas = maak_canvas(f"{opties.titel or 'Begrotingsbijlage'} {resultaat.gemeente}",
                         f"Scenario: {resultaat.scenario} · {jaren[0]}–{jaren[-1]}",
                         f"Infraraming {__version__} · parameterset {resultaat.parameterset} · "
                         f"{datum_tekst(opties.rapportdatum)}", inhoud, opties.rapportdatum, opties.concept)
    melden(voortgang, 0.75, "PDF-bijlage: opmaak")
    doc.build(verhaal, canvasmaker=canvas)
    melden(voortgang, 1.0, "PDF-bijlage klaar")
    return buffer.getvalue()
