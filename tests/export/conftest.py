"""Fixtures for the export tests: the Voorbeeldgemeente over 2025–2035 with a fixed report date."""
from __future__ import annotations

import pytest

from tests.export.hulp import DATUM


@pytest.fixture(scope="session")
def invoer():
    from model.invoer import voorbeeldgemeente
    return voorbeeldgemeente()


@pytest.fixture(scope="session")
def resultaat(invoer):
    from model.berekening import bereken
    return bereken(invoer, van=2025, tot=2035)


@pytest.fixture(scope="session")
def volledige_opties(invoer):
    from model.analyse import gevoeligheid, vergelijk
    from model.export import ExportOpties
    from model.scenario import preset
    vergelijking = vergelijk(invoer, [preset("Basis"), preset("Wsw-uitstroom sneller"),
                                      preset("Taakstelling volledig gerealiseerd")], van=2025, tot=2035)
    from model.export import SECTIES
    return ExportOpties(datum=DATUM, vergelijking=vergelijking, gevoeligheid=gevoeligheid(invoer, van=2025, tot=2035),
                        secties=SECTIES)


@pytest.fixture(scope="session")
def pdf_bytes(resultaat, volledige_opties):
    from model.export import bouw_pdf
    return bouw_pdf(resultaat, volledige_opties)


@pytest.fixture(scope="session")
def pdf_paginas(pdf_bytes):
    import io

    from pypdf import PdfReader
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf_bytes)).pages]


@pytest.fixture(scope="session")
def xlsx_bytes(resultaat, volledige_opties):
    from model.export import bouw_excel
    return bouw_excel(resultaat, volledige_opties)
