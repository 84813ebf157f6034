"""What a member sees of the GR (SAMENWERKING §3): the rijksbijdrage and the Bijdrage GR Wsw side by side, the worked
calculation of a filled year naming the GR year it was indexed from."""
from __future__ import annotations

import io

import pytest

from model.berekening import bereken
from model.invoer import voorbeeldgemeente
from model.regels import LABEL_BIJDRAGE_GR_WSW, REGEL


@pytest.fixture(scope="module")
def gr():
    invoer = voorbeeldgemeente().met(wsw_via_gr=True).met_reeks("bijdrage_gr_wsw", {2026: 3_500_000.0})
    return bereken(invoer)


def test_de_lasten_heten_bijdrage_gr_wsw_naast_de_rijksbijdrage(gr):
    assert gr.label("lasten_wsw") == LABEL_BIJDRAGE_GR_WSW
    assert gr.label("iu_wsw") == REGEL["iu_wsw"].label
    assert gr.waarde("lasten_wsw", 2026) == 3_500_000.0
    assert gr.waarde("lasten_wsw", 2027) == pytest.approx(3_500_000 * 1.025)


def test_zonder_bijdrage_blijft_het_de_netto_kosten():
    r = bereken(voorbeeldgemeente().met(wsw_via_gr=True))
    assert r.label("lasten_wsw") == REGEL["lasten_wsw"].label


def test_de_uitwerking_van_een_aangevuld_jaar_noemt_het_jaar_van_de_gr(gr):
    from model.uitwerking import uitwerking
    u = uitwerking(gr, "bijdrage_gr_wsw", 2028)
    assert u.formule.startswith("Bijdrage GR Wsw 2026 × (1 + ")
    assert u.ingevuld == "€ 3.500.000 × (1 + 2,5 %) × (1 + 2,5 %)"


def test_de_bijlage_noemt_de_bijdrage(gr):
    from pypdf import PdfReader
    from model.export import bouw_pdf, stel_samen
    b = stel_samen(gr.invoer, secties=("samenvatting",), gevoeligheid=False)
    tekst = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(bouw_pdf(b.resultaat, b.opties))).pages)
    assert "Bijdrage GR Wsw * 6.4 3.500.000 3.587.500" in tekst   # (* also in the GR's begroting)
