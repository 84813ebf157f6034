"""A member without a regional impulsbudget amount (REKENREGELS §4.5) in the live Excel annex: recalculated for real
(the ``formulas`` package; LibreOffice when installed) no cell is a formula error, the cells the model reports as
unknown read "onbekend", and once the missing input is filled in they show the model's amount."""
from __future__ import annotations

import io
import shutil
import subprocess

import openpyxl
import pytest

from model.berekening import bereken
from model.io.invoerbestand import lees_invoerbestand
from tests.export.hulp import DATUM
from tests.regiobouw import lid_werkboek

IB_JAREN = (2026, 2027, 2028, 2029)
ONBEKEND = '"onbekend";"onbekend";"onbekend";"onbekend"'


@pytest.fixture(scope="module")
def lid(tmp_path_factory):
    invoer, _ = lees_invoerbestand(lid_werkboek(tmp_path_factory.mktemp("lid") / "lid.xlsx"))
    return bereken(invoer)


@pytest.fixture(scope="module")
def bijlage(lid, tmp_path_factory):
    from model.export import ExportOpties, bouw_excel
    pad = tmp_path_factory.mktemp("bijlage") / "lid_bijlage.xlsx"
    pad.write_bytes(bouw_excel(lid, ExportOpties(datum=DATUM)))
    return pad


def _cellen(wb, blad: str, label: str) -> list:
    ws = wb[blad]
    rij = next(r for r in ws.iter_rows() if r[0].value == label)
    return rij[2:2 + len(IB_JAREN)] if blad == "Overzicht" else rij[3:3 + len(IB_JAREN)]   # Impulsbudget: from 2025


def _invulcel(wb, jaar: int) -> tuple[str, str]:
    (blad, adres), = wb.defined_names[f"leeg_ib_aandeel_regio_{jaar}"].destinations
    return blad, adres.replace("$", "")


def test_onbekende_cellen_volgen_de_lege_invoercel(bijlage, lid):
    """The missing input is an empty cell (never text a formula would read as #VALUE!); the unknown cells are the
    live formulas in their own number format, "onbekend" through a conditional format that tests that empty cell."""
    assert lid.onbekend["impulsbudget_toegerekend"] == IB_JAREN and lid.onbekend["ib_regio"] == IB_JAREN
    wb = openpyxl.load_workbook(bijlage)
    vragen = {str(dv.sqref): dv.prompt for dv in wb["Impulsbudget"].data_validations.dataValidation}
    for i, jaar in enumerate(IB_JAREN):
        blad, adres = _invulcel(wb, jaar)
        assert (blad, wb[blad][adres].value) == ("Impulsbudget", None)
        assert vragen[adres].startswith(f"Aandeel regio in het macrobudget {jaar} kan niet worden berekend")
        for tabblad, label in (("Overzicht", "Toegerekend aandeel impulsbudget"),
                               ("Impulsbudget", "Toegerekend aandeel impulsbudget"),
                               ("Impulsbudget", "Impulsbudget van de regio")):
            c = _cellen(wb, tabblad, label)[i]
            assert c.value.startswith("=") and c.number_format != ONBEKEND, (tabblad, label, jaar)
            regels = [r for cf in wb[tabblad].conditional_formatting if c.coordinate in cf.sqref for r in cf.rules]
            assert [(r.formula, r.dxf.numFmt.formatCode) for r in regels] == \
                [([f"ISBLANK(leeg_ib_aandeel_regio_{jaar})"], ONBEKEND)], (tabblad, label, jaar)
    waarden = openpyxl.load_workbook(bijlage, data_only=True)   # a viewer that does not recalculate: no € 0 either
    assert all(c.value == "onbekend" for c in _cellen(waarden, "Overzicht", "Toegerekend aandeel impulsbudget"))


def test_herberekend_geen_foutwaarde(bijlage):
    """An independent engine recalculates every cell: no #VALUE! (the rule's placeholder 0 where the input is empty)."""
    import formulas  # a hard test dependency (pyproject [test]): never skipped
    oplossing = formulas.ExcelModel().loads(str(bijlage)).finish().calculate()
    fouten = []
    for sleutel, cel in oplossing.items():
        w = cel.value
        for x in (w.ravel() if hasattr(w, "ravel") else [w]):
            if isinstance(x, formulas.tokens.operand.XlError) or (isinstance(x, str) and x.startswith("#")):
                fouten.append(sleutel)
    assert not fouten, fouten[:10]
    overzicht = next(k for k in oplossing if k.upper().endswith("]OVERZICHT'!C50"))
    assert float(oplossing[overzicht].value[0][0]) == 0.0


_HERREKENEN_BIJ_LADEN = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">
<value>0</value></prop></item></oor:items>
"""


def _libreoffice(pad, doel: str, tmp_path) -> bytes:
    profiel = tmp_path / "profiel"
    if not profiel.exists():
        (profiel / "user").mkdir(parents=True)
        (profiel / "user" / "registrymodifications.xcu").write_text(_HERREKENEN_BIJ_LADEN, encoding="utf-8")
    uit = tmp_path / f"uit-{doel}"
    subprocess.run(["soffice", f"-env:UserInstallation={profiel.as_uri()}", "--headless", "--convert-to", doel,
                    "--outdir", str(uit), str(pad)], check=True, capture_output=True, timeout=300)
    return (uit / pad.with_suffix(f".{doel}").name).read_bytes()


def _regel(pdf: bytes, label: str) -> list[str]:
    from pypdf import PdfReader
    for pagina in PdfReader(io.BytesIO(pdf)).pages:
        for r in pagina.extract_text().splitlines():
            if " ".join(r.split()).startswith(label + " "):
                return " ".join(r.split())[len(label):].split()
    raise AssertionError(label)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice niet geïnstalleerd")
def test_libreoffice_herberekent_zegt_onbekend_en_volgt_de_invoer(bijlage, lid, tmp_path):
    """Cached values dropped (saved by openpyxl) and recalculated by LibreOffice: no formula error anywhere, the
    printed annex says "onbekend"; with the regional share typed in for 2026, that year shows the model's toegerekend
    aandeel for the same share (the member given the national count), the other years still "onbekend"."""
    wb = openpyxl.load_workbook(bijlage)
    zonder = tmp_path / "zonder.xlsx"
    wb.save(zonder)
    herberekend = openpyxl.load_workbook(io.BytesIO(_libreoffice(zonder, "xlsx", tmp_path)), data_only=True)
    fouten = [(ws.title, c.coordinate, c.value) for ws in herberekend.worksheets for r in ws.iter_rows() for c in r
              if isinstance(c.value, str) and c.value.startswith("#")]
    assert not fouten, fouten[:10]
    assert _regel(_libreoffice(zonder, "pdf", tmp_path), "Toegerekend aandeel impulsbudget")[:4] == ["onbekend"] * 4

    # the model with the national count, so the share is known: the same share typed in Excel gives its amount
    landelijk = 120_000
    met = bereken(lid.invoer.met(dgr_landelijk=landelijk))
    assert not met.onbekend.get("impulsbudget_toegerekend")
    aandeel = met.grootheidswaarde("ib_aandeel_regio", 2026)
    blad, adres = _invulcel(wb, 2026)
    wb[blad][adres].value = aandeel
    gevuld = tmp_path / "gevuld.xlsx"
    wb.save(gevuld)
    herberekend = openpyxl.load_workbook(io.BytesIO(_libreoffice(gevuld, "xlsx", tmp_path)), data_only=True)
    cellen = _cellen(herberekend, "Overzicht", "Toegerekend aandeel impulsbudget")
    assert cellen[0].value == pytest.approx(met.waarde("impulsbudget_toegerekend", 2026), abs=0.005)
    assert cellen[0].value > 1000
    regel = _regel(_libreoffice(gevuld, "pdf", tmp_path), "Toegerekend aandeel impulsbudget")
    assert regel[0] == "€" and regel[2:5] == ["onbekend"] * 3   # "€ 78,750" (LibreOffice's own locale)
