"""The Excel annex: values to the cent, live formulas recalculated independently, layout, safety, reproducibility."""
from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from model.bevindingen import WAARSCHUWING, Bevinding
from model.export import ExportOpties, bouw_excel
from model.export.opties import schoon
from model.invoer import Lid
from model.regels import REGELS, STROMEN
from tests.export.hulp import DATUM, VERWACHT

JAREN = tuple(range(2025, 2036))


def _werkboek(inhoud: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(inhoud))


def _rijen_per_sleutel(ws) -> dict[str, int]:
    sleutelkolom = 3 + len(JAREN)
    assert ws.cell(row=4, column=sleutelkolom).value == "Sleutel"
    return {ws.cell(row=r, column=sleutelkolom).value: r for r in range(5, ws.max_row + 1)
            if ws.cell(row=r, column=sleutelkolom).value}


@pytest.fixture(scope="module")
def overzicht(xlsx_bytes):
    return _werkboek(xlsx_bytes)["Overzicht"]


def test_bladen(xlsx_bytes):
    namen = _werkboek(xlsx_bytes).sheetnames
    assert namen[0] == "Overzicht"
    for naam in (*STROMEN.values(), "Parameters", "Herkomst", "Aannames", "Invoer", "Bevindingen",
                 "Aansluiting circulaire",
                 "Scenario's", "Gevoeligheid"):
        assert naam in namen


def test_regels_gelijk_aan_het_model_tot_op_de_cent(overzicht, resultaat):
    rijen = _rijen_per_sleutel(overzicht)
    assert [overzicht.cell(row=4, column=3 + i).value for i in range(len(JAREN))] == list(JAREN)
    formules = {"baten_totaal", "lasten_totaal", "saldo", "saldo_na_bestemming", "incidentele_baten",
                "incidentele_lasten", "structureel_saldo"}
    for regel in REGELS:
        if regel.sleutel in formules:
            continue
        for i, jaar in enumerate(JAREN):
            waarde = overzicht.cell(row=rijen[regel.sleutel], column=3 + i).value
            assert waarde == pytest.approx(resultaat.waarde(regel.sleutel, jaar), abs=0.005), (regel.sleutel, jaar)


def test_regels_komen_overeen_met_invoer_5(overzicht):
    rijen = _rijen_per_sleutel(overzicht)
    for sleutel, perjaar in VERWACHT.items():
        if sleutel in ("saldo", "saldo_na_bestemming", "structureel_saldo"):  # formulas: recalculated below
            continue
        for jaar, bedrag in perjaar.items():
            waarde = overzicht.cell(row=rijen[sleutel], column=3 + JAREN.index(jaar)).value
            assert abs(waarde - bedrag) <= 0.5, (sleutel, jaar)


def test_totalen_en_saldo_zijn_formules_over_de_regels(overzicht):
    rijen = _rijen_per_sleutel(overzicht)
    bt, lt, s = rijen["baten_totaal"], rijen["lasten_totaal"], rijen["saldo"]
    assert overzicht.cell(row=bt, column=3).value == f"=SUM(C{rijen['iu_beschut_werk']}:C{rijen['buig_lks_beschut']})"
    lasten = f"=SUM(C{rijen['lasten_lks_beschut']}:C{rijen['lasten_impulsbudget']})"
    assert overzicht.cell(row=lt, column=3).value == lasten
    assert overzicht.cell(row=s, column=4).value == f"=D{bt}-D{lt}"


def test_onafhankelijke_herberekening_van_de_formules(tmp_path, xlsx_bytes, resultaat):
    formulas = pytest.importorskip("formulas")
    pad = tmp_path / "bijlage.xlsx"
    pad.write_bytes(xlsx_bytes)
    oplossing = formulas.ExcelModel().loads(str(pad)).finish().calculate()
    rijen = _rijen_per_sleutel(_werkboek(xlsx_bytes)["Overzicht"])
    waarden = {}
    for sleutel, cel in oplossing.items():
        if "]OVERZICHT'!" in sleutel.upper() and ":" not in sleutel:
            waarden[sleutel.upper().split("!")[1]] = cel.value
    from openpyxl.utils import get_column_letter
    for regel in ("baten_totaal", "lasten_totaal", "saldo", "saldo_na_bestemming", "incidentele_baten",
                  "incidentele_lasten", "structureel_saldo"):
        for i, jaar in enumerate(JAREN):
            adres = f"{get_column_letter(3 + i)}{rijen[regel]}"
            berekend = float(waarden[adres][0][0] if hasattr(waarden[adres], "__len__") else waarden[adres])
            assert berekend == pytest.approx(resultaat.waarde(regel, jaar), abs=0.005), (regel, jaar)
    saldo_2026 = waarden[f"D{rijen['saldo']}"]
    assert round(float(saldo_2026[0][0] if hasattr(saldo_2026, "__len__") else saldo_2026)) == VERWACHT["saldo"][2026]
    structureel = waarden[f"D{rijen['structureel_saldo']}"]
    assert round(float(structureel[0][0] if hasattr(structureel, "__len__") else structureel)) == \
        VERWACHT["structureel_saldo"][2026]


def test_namen_opmaak_afdrukken_en_herberekenen(xlsx_bytes):
    wb = _werkboek(xlsx_bytes)
    ws = wb["Overzicht"]
    rijen = _rijen_per_sleutel(ws)
    namen = {n: d.attr_text for n, d in wb.defined_names.items()}
    assert namen["Saldo"] == f"'Overzicht'!$C${rijen['saldo']}:$M${rijen['saldo']}"
    assert namen["Baten"] == f"'Overzicht'!$C${rijen['iu_beschut_werk']}:$M${rijen['buig_lks_beschut']}"
    assert {"Jaren", "Lasten", "Baten_totaal", "Lasten_totaal"} <= set(namen)
    assert ws.cell(row=rijen["lasten_wsw"], column=4).number_format == "€ #,##0;[Red]€ -#,##0"
    assert ws.cell(row=rijen["realisatiegraad"], column=4).number_format.endswith("%")
    assert ws.freeze_panes == "C5"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$4:$4" and ws.print_title_cols == "$A:$B"
    assert wb.calculation.fullCalcOnLoad is True


def test_parameters_aannames_invoer(xlsx_bytes, resultaat):
    wb = _werkboek(xlsx_bytes)
    gebruikt = resultaat.gebruikte_parameters()
    params = wb["Parameters"]
    assert params.max_row - 4 == sum(len(v) for v in gebruikt.values())
    regels = {(params.cell(row=r, column=1).value, params.cell(row=r, column=3).value): r
              for r in range(5, params.max_row + 1)}
    sleutel = next(iter(gebruikt))
    jaar, gebruik = next(iter(gebruikt[sleutel].items()))
    r = regels[(sleutel, jaar)]
    assert params.cell(row=r, column=4).value == pytest.approx(gebruik.waarde)
    assert params.cell(row=r, column=6).value == gebruik.status and params.cell(row=r, column=7).value == gebruik.bron
    aannames = wb["Aannames"]
    sleutels = {aannames.cell(row=r, column=1).value for r in range(5, aannames.max_row + 1)}
    assert {g.sleutel for g, _ in resultaat.aannames()} <= sleutels
    invoer = wb["Invoer"]
    waarden = {c.value for rij in invoer.iter_rows() for c in rij}
    assert {"Voorbeeldgemeente", "GM9999", "Achterhoek", "Noordrand", "Zuiderveld"} <= waarden


def test_bevindingen_en_waarschuwingen(resultaat):
    b = Bevinding(WAARSCHUWING, "Cel B7 is leeg; de standaardwaarde 27 is gebruikt.", blad="Gemeente", cel="B7")
    ws = _werkboek(bouw_excel(resultaat, ExportOpties(datum=DATUM, bevindingen=(b,))))["Bevindingen"]
    meldingen = [ws.cell(row=r, column=2).value for r in range(5, ws.max_row + 1)]
    assert meldingen[0] == b.melding and ws.cell(row=5, column=4).value == "B7"
    assert [w.tekst for w in resultaat.waarschuwingen] == meldingen[1:]


def test_tweemaal_gebouwd_is_byte_gelijk(resultaat, volledige_opties, xlsx_bytes):
    assert bouw_excel(resultaat, volledige_opties) == xlsx_bytes
    with zipfile.ZipFile(io.BytesIO(xlsx_bytes)) as z:
        assert z.namelist()[0] == "[Content_Types].xml"
        assert {i.date_time for i in z.infolist()} == {(2026, 11, 23, 0, 0, 0)}
        kern = z.read("docProps/core.xml").decode()
    assert "2026-11-23T00:00:00Z" in kern


FORMULES = ('=HYPERLINK("http://example.invalid","klik")', "+31 20 123", "-1+1", "@SUM(A1)")


def test_formuletekens_uit_invoer_blijven_tekst(invoer):
    from model.berekening import bereken
    leden = tuple(Lid(n, l.doelgroepenregister) for n, l in zip(FORMULES, invoer.samenwerkingsverband))
    r = bereken(invoer.met(naam=FORMULES[0], samenwerkingsverband=leden, cbs_code="=1+1"))
    inhoud = bouw_excel(r, ExportOpties(datum=DATUM))
    with zipfile.ZipFile(io.BytesIO(inhoud)) as z:
        bladen = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
    formules = [f.split("</f>")[0] for blad in bladen for f in blad.split("<f>")[1:]]
    import re
    assert formules and all(re.fullmatch(r"SUM\([A-Z]+\d+:[A-Z]+\d+\)|[A-Z]+\d+([-+][A-Z]+\d+)*", f) for f in formules)
    wb = _werkboek(inhoud)
    gevonden = {c.value: c.data_type for ws in wb for rij in ws.iter_rows() for c in rij if isinstance(c.value, str)}
    for tekst in (*FORMULES, "=1+1"):
        assert gevonden.get(tekst) == "s", tekst


def test_stuurtekens_worden_verwijderd():
    assert schoon("Noord\x07rand\x00") == "Noordrand"


def test_kop_bij_afdrukken_met_letterlijke_ampersand(invoer):
    from model.berekening import bereken
    ws = _werkboek(bouw_excel(bereken(invoer.met(naam="Noord & Zuid")), ExportOpties(datum=DATUM)))["Overzicht"]
    assert ws.oddHeader.left.text == "Begrotingsbijlage Noord && Zuid"
    assert ws.oddFooter.center.text == "&A – pagina &P van &N"


def test_herkomst_per_regel_en_jaar(xlsx_bytes, resultaat):
    ws = _werkboek(xlsx_bytes)["Herkomst"]
    rijen = {(ws.cell(row=r, column=2).value, ws.cell(row=r, column=3).value): r for r in range(5, ws.max_row + 1)}
    assert len(rijen) == len(REGELS) * len(JAREN)
    wsw_2026 = rijen[("iu_wsw", 2026)]       # INVOER §5: the 2026 circulaire amount is used as is
    assert ws.cell(row=wsw_2026, column=4).value == pytest.approx(3_350_000, abs=0.005)
    assert ws.cell(row=wsw_2026, column=5).value == "ja"
    assert ws.cell(row=wsw_2026, column=6).value == "Rijksbijdrage Wsw 2026"
    wsw_2028 = rijen[("iu_wsw", 2028)]
    assert ws.cell(row=wsw_2028, column=5).value == "nee"
    assert "wsw_volume_mvt (2028)" in ws.cell(row=wsw_2028, column=7).value
    h = resultaat.herkomst("lasten_wsw", 2027)
    assert ws.cell(row=rijen[("lasten_wsw", 2027)], column=7).value == "; ".join(
        f"{g.sleutel} ({g.jaar})" for g in h.parameters)
