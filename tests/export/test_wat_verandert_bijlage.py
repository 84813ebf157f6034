"""Issue 'wat verandert er' in the annex: the optional PDF section and the Excel sheet, from bereken --wat-verandert."""
from __future__ import annotations

import pytest

from cli import main
from model.invoer import voorbeeldgemeente
from model.io.sjabloon import schrijf_sjabloon


def _werkboeken(tmp_path):
    v = voorbeeldgemeente()
    oud, nieuw = tmp_path / "oud.xlsx", tmp_path / "nieuw.xlsx"
    schrijf_sjabloon(oud, v)
    gerealiseerd = dict(v.reeks("gerealiseerd"))
    gerealiseerd[2027] = 18.0
    schrijf_sjabloon(nieuw, v.met_reeks("gerealiseerd", gerealiseerd).met(begeleiding_per_plek=8_500.0))
    return oud, nieuw


def test_sectie_in_pdf_en_blad_in_excel(tmp_path, capsys):
    from openpyxl import load_workbook
    from pypdf import PdfReader
    oud, nieuw = _werkboeken(tmp_path)
    pdf, xlsx = tmp_path / "b.pdf", tmp_path / "b.xlsx"
    assert main(["bereken", str(nieuw), "--pdf", str(pdf), "--xlsx", str(xlsx), "--wat-verandert", str(oud),
                 "--datum", "2026-12-04"]) == 0
    tekst = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "Wat verandert er" in tekst
    assert "Door de hogere realisatie in 2027 (16 → 18 personen)" in tekst
    assert "begeleidingskosten per plek (€ 8.000 → € 8.500)" in tekst
    ws = load_workbook(xlsx)["Wat verandert er"]
    rijen = {r[0]: r for r in ws.iter_rows(min_row=5, values_only=True) if r[0]}
    # saldo na bestemming 2027 per step (the CLI wat-verandert and the model give the same)
    assert round(rijen["Aantallen van de gemeente"][3]) == -41_368
    assert round(rijen["Kosten en overige invoer"][3]) == -9_225
    assert round(rijen["nieuw.xlsx"][3] - rijen["oud.xlsx"][3]) == -41_368 - 9_225


def test_zonder_wat_verandert_geen_sectie_en_editie_alleen_samen(tmp_path, capsys):
    pdf = tmp_path / "b.pdf"
    assert main(["bereken", "--pdf", str(pdf), "--wat-verandert-editie", "sept. 2025"]) == 2
    assert "hoort bij --wat-verandert" in capsys.readouterr().err
