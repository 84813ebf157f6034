"""Bounded work and printable text in the annex: the page header is shortened with a bounded number of
width measurements whatever the title's length, and the longest names and descriptions the readers
accept print without a layout error; CONCEPT stays in the Excel header."""
from __future__ import annotations

import io

from model.invoer import voorbeeldgemeente
from model.scenario import BASIS, PARAMETER, Override, Scenario, preset


def test_paginakop_inkorten_meet_begrensd(monkeypatch):
    from model.export import pdf_stijl
    metingen = []
    echt = pdf_stijl.stringWidth

    def meet(tekst, font, grootte):
        metingen.append(len(tekst))
        return echt(tekst, font, grootte)
    monkeypatch.setattr(pdf_stijl, "stringWidth", meet)
    titel = "Begrotingsbijlage sociale infrastructuur " * 2500   # 100 KB
    kort = pdf_stijl._kort(titel, pdf_stijl.FONT, 8, 250)
    assert kort.endswith("…") and titel.startswith(kort[:-1]) and echt(kort, pdf_stijl.FONT, 8) <= 250
    assert echt(titel[:len(kort)] + "…", pdf_stijl.FONT, 8) > 250   # the longest prefix that fits
    assert len(metingen) < 30 and max(metingen) < 30_000   # it measured thousands of times over the whole text


def test_langste_namen_en_omschrijvingen_drukken_af():
    from model.export import EigenBijlage, stel_samen
    from model.export.excel import bouw_excel
    from model.export.pdf import bouw_pdf
    from model.export.opties import MAX_TITEL
    from model.invoer import MAX_NAAM_GEMEENTE
    from model.scenario import MAX_NAAM
    invoer = voorbeeldgemeente().met(naam=("Gemeente" * 40)[:MAX_NAAM_GEMEENTE])
    veel = tuple(Override(PARAMETER, "lpo", 0.02 + i * 1e-6, 2025 + i % 16) for i in range(3000))
    scenario = Scenario(("Scenario" * 40)[:MAX_NAAM], "", veel)
    bijlage = stel_samen(invoer, scenario, Scenario(BASIS), van=2026, tot=2029,
                         vergelijk_met=[preset("Wsw-uitstroom sneller")], gevoeligheid=False,
                         eigen=EigenBijlage(titel="Titel " * (MAX_TITEL // 6), inleiding=("woord " * 3000 + "\n\n") * 3,
                                            concept=True))
    assert "en nog 2.960 aanpassingen" in bijlage.opties.scenario_omschrijving
    assert bouw_pdf(bijlage.resultaat, bijlage.opties).startswith(b"%PDF")
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(bouw_excel(bijlage.resultaat, bijlage.opties)))
    assert "CONCEPT" in wb["Overzicht"].oddHeader.center.text


def test_tekens_die_de_pdf_niet_kan_tonen_krijgen_een_notitie(invoer):
    """Right-to-left scripts and emoji are not drawn as black squares: the PDF says in place that a character
    could not be printed; Latin text with accents and the euro sign stays as it is."""
    import io

    from pypdf import PdfReader

    from model.berekening import bereken
    from model.export import ExportOpties, bouw_pdf
    from model.export.pdf_stijl import NIET_AFDRUKBAAR, tekst
    assert tekst("Súdwest-Fryslân € 5") == "Súdwest-Fryslân € 5"
    assert tekst("גמינה 😀 Noord") == f"{NIET_AFDRUKBAAR} Noord"
    assert tekst("16 → 18, ΔΣ αβγ") == "16 → 18, ΔΣ αβγ"   # Symbol draws arrows and plain Greek
    r = bereken(invoer.met(naam="Gemeente مدينة 😀"))
    pdf = bouw_pdf(r, ExportOpties(secties=("samenvatting",)))
    inhoud = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert f"Gemeente {NIET_AFDRUKBAAR}" in " ".join(inhoud.split())
