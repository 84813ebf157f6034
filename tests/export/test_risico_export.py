"""The PDF section and the Excel sheet Risico's en weerstandsvermogen: the analysis's figures, in words."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from model.export import bouw_excel, bouw_pdf, stel_samen
from model.opmaak import euro
from model.risico.analyse import analyseer


@pytest.fixture(scope="module")
def bijlage():
    from model.invoer import voorbeeldgemeente
    invoer = voorbeeldgemeente()
    analyse = analyseer(invoer, met_bandbreedte=True, beschikbaar=1_500_000, bandbreedte_trekkingen=300)
    return analyse, stel_samen(invoer, risico=analyse, gevoeligheid=False)


def _tekst(inhoud: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(inhoud)).pages).replace("\u2212", "-")


def test_pdf_sectie(bijlage):
    analyse, b = bijlage
    s = analyse.simulatie
    tekst = _tekst(bouw_pdf(b.resultaat, b.opties))
    assert "Risico's en weerstandsvermogen" in tekst
    assert "90 % zekerheid betekent: in 90 van de 100 gesimuleerde gevallen" in " ".join(tekst.split())
    assert euro(s.benodigd[90]) in tekst and f"klasse {s.klasse}" in tekst
    assert "Normtabel ratio weerstandsvermogen" in tekst and "ruim onvoldoende" in tekst
    assert "Bandbreedte van het geraamde resultaat" in tekst
    assert "Wetswijziging forfaitaire LKS later" in tekst and "De grootste risico's naar verwachte waarde" in tekst
    # without the analysis the section is left out
    from dataclasses import replace
    zonder = _tekst(bouw_pdf(b.resultaat, replace(b.opties, risico=None)))
    assert "weerstandsvermogen" not in zonder


def test_excel_blad(bijlage):
    analyse, b = bijlage
    s = analyse.simulatie
    wb = load_workbook(io.BytesIO(bouw_excel(b.resultaat, b.opties)))
    ws = wb["Risico's"]
    rijen = [[c for c in r] for r in ws.iter_rows(values_only=True)]
    per_naam = {r[0]: r for r in rijen if r and r[0]}
    for r in analyse.register:
        rij = per_naam[r.naam]
        assert rij[1] == r.soort and rij[2] == pytest.approx(r.kans) and rij[3] == pytest.approx(r.gevolg)
        if r.is_model:
            assert "doorgerekend:" in rij[6]   # the model risk's scenario is listed with its values
    benodigd = {round(r[0] * 100): r[1] for r in rijen if r and isinstance(r[0], float) and 0 < r[0] < 1
                and isinstance(r[1], float)}
    assert benodigd[90] == pytest.approx(s.benodigd[90]) and benodigd[99] == pytest.approx(s.benodigd[99])
    ratio = next(r for r in rijen if r and r[0] == "Ratio weerstandsvermogen")
    assert ratio[1] == pytest.approx(s.ratio) and ratio[2].startswith(f"klasse {s.klasse}")
    assert "Bijlage" not in wb.sheetnames and all(c.data_type != "f" for r in ws.iter_rows() for c in r)


def test_cli_bijlage_met_risicos(tmp_path):
    pad = tmp_path / "bijlage.pdf"
    uit = subprocess.run([sys.executable, "main.py", "bereken", "--pdf", str(pad), "--risicos",
                          "--datum", "2026-12-07"],
                         cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True)
    assert uit.returncode == 0, uit.stderr
    tekst = _tekst(pad.read_bytes())
    assert "Risico's en weerstandsvermogen" in tekst and "Beschikbare weerstandscapaciteit" in " ".join(tekst.split())
