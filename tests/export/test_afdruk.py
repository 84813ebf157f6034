"""(issue 21) The Excel annex as printed: the default four-year annex on at most 12 pages (plus the one-page
verdeling of a samenwerkingsverband, SAMENWERKING §1), every sheet's
columns one page wide, no internal keys in the printed area. Printed with LibreOffice (skipped without it)."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from pypdf import PdfReader

from model.export import EigenBijlage, bouw_excel, stel_samen
from tests.export.hulp import DATUM

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is niet geïnstalleerd")
@pytest.mark.parametrize("ontvangt", [True, False])
def test_standaard_excelbijlage_drukt_af_op_hoogstens_12_paginas(invoer, tmp_path, ontvangt):
    b = stel_samen(invoer.met(ontvangt_impulsbudget=ontvangt), eigen=EigenBijlage(datum=DATUM))
    xlsx = tmp_path / "bijlage.xlsx"
    xlsx.write_bytes(bouw_excel(b.resultaat, b.opties))
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(xlsx)], check=True, capture_output=True, timeout=300)
    paginas = [p.extract_text() for p in PdfReader(tmp_path / "bijlage.pdf").pages]
    # the verdeling over the samenwerkingsverband (a member list: SAMENWERKING §1) is one page of its own, on top
    verdeling = [t for t in paginas if t.splitlines()[1].startswith("Verdeling – pagina")]
    assert len(verdeling) == 1
    assert len(paginas) - len(verdeling) <= 12
    # every printed page names its sheet in the footer; a sheet split over its columns would repeat the
    # first column's labels without the years: each page of a sheet shows the last year of the annex
    for tekst in paginas:
        blad = tekst.splitlines()[1].split(" – ")[0]
        if blad in ("Overzicht", "Beschut werk", "Sociale infrastructuur", "Wsw", "Parameters"):
            assert "2029" in tekst, blad
    parameters = next(t for t in paginas if "Parameters – pagina" in t)
    assert "lpo_rijk\n" not in parameters and "wml_uur\n" not in parameters   # the key column is not printed
    assert "2030" not in parameters                                              # only the annex's years
