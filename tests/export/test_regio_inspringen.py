"""The regional overview sets the spending categories of the impulsbudget in under their total, by the one rule of
the app, the annex and the PDF (model.regels.rijlabel / INSPRONG): on the terminal, in the PDF (the set-in cell style)
and on the Excel sheets Regio and Per gemeente."""
from __future__ import annotations

import io

import openpyxl
import pytest

from model.io.regiomap import lees_regio
from model.regels import BESTEDING_REGELS, INSPRONG, REGEL
from tests.regiobouw import bouw_regio

TOTAAL = REGEL["lasten_impulsbudget"].label
DELEN = [REGEL[r.sleutel].label for r in BESTEDING_REGELS]


@pytest.fixture(scope="module")
def regio(tmp_path_factory):
    map_ = tmp_path_factory.mktemp("regio") / "regio"
    bouw_regio(map_, kapot=False)
    return lees_regio(map_)


def test_opdrachtregel(regio):
    from cli.regio import tabel
    regels = tabel(regio, regio.jaren[0]).splitlines()
    assert any(r.startswith(TOTAAL + " ") for r in regels)
    for deel in DELEN:
        assert any(r.startswith(INSPRONG + deel + " ") for r in regels), deel


def test_excel_regio_en_per_gemeente(regio):
    from model.export.regio import bouw_regio_excel
    wb = openpyxl.load_workbook(io.BytesIO(bouw_regio_excel(regio)))
    for blad in ("Regio", "Per gemeente"):
        labels = [c.value for c in wb[blad]["A"] if isinstance(c.value, str)]
        assert TOTAAL in labels, blad
        assert [l for l in labels if l.strip() in DELEN] == [INSPRONG + d for d in DELEN], blad


def test_pdf_zet_de_categorieen_in(regio):
    """In both tables of the PDF (Regionale som, Per gemeente) each category starts to the right of its total."""
    from pypdf import PdfReader
    from model.export.regio import bouw_regio_pdf
    totaal, delen = [], []

    def bezoek(tekst, cm, tm, *_):
        t = " ".join(tekst.split())
        if t == TOTAAL:
            totaal.append(cm[4] + tm[4])
        elif t.startswith(TOTAAL + ":"):   # a category (its label may wrap in the narrow per-gemeente table)
            delen.append(cm[4] + tm[4])

    for pagina in PdfReader(io.BytesIO(bouw_regio_pdf(regio))).pages:
        pagina.extract_text(visitor_text=bezoek)
    assert len(totaal) == 2 and len(delen) == 2 * len(DELEN), (totaal, delen)
    assert min(delen) > max(totaal) + 3, (totaal, delen)
