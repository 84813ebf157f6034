"""The PDF carries the calculation-rules page as an appendix (rules and choices made where the spec is silent)."""
from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from model.berekening import bereken
from model.export import ExportOpties, bouw_pdf
from model.export.pdf_uitgangspunten import blokken


def test_markdown_blokken():
    md = "# Titel\n\nAlinea een\nloopt door.\n\n## Kop\n\n- punt **vet**\n  vervolg\n- tweede\n\n## Bronnen\n\n- weg\n"
    assert blokken(md) == [("tekst", "Alinea een loopt door."), ("h2", "Kop"), ("punt", "punt **vet** vervolg"),
                           ("punt", "tweede")]


def test_pdf_bevat_de_rekenregels_en_uitgangspunten(voorbeeld):
    r = bereken(voorbeeld, van=2025, tot=2030)
    from model.export import SECTIES
    pdf = bouw_pdf(r, ExportOpties(van=2025, tot=2030, datum=date(2026, 11, 23), secties=SECTIES))
    tekst = " ".join(pagina.extract_text() for pagina in PdfReader(io.BytesIO(pdf)).pages)
    assert "Rekenregels en uitgangspunten" in tekst
    assert "Ontbrekende jaren in de invoer" in tekst
    assert "laatste circulairejaar" in tekst
