"""The Excel annex: values to the cent, live formulas recalculated independently, layout, safety, reproducibility."""
from __future__ import annotations

import io
import shutil
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


def _werkboek(inhoud: bytes, alleen_waarden: bool = False) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(inhoud), data_only=alleen_waarden)


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
    assert namen[:2] == ["Kernboodschap", "Overzicht"]   # the raad-ready annex opens on its kernboodschap
    for naam in (*STROMEN.values(), "Parameters", "Herkomst", "Aannames", "Invoer", "Bevindingen",
                 "Aansluiting circulaire",
                 "Scenario's", "Gevoeligheid"):
        assert naam in namen


def test_regels_gelijk_aan_het_model_tot_op_de_cent(xlsx_bytes, resultaat):
    """The cached values, read without recalculating, are the model's figures."""
    overzicht = _werkboek(xlsx_bytes)["Overzicht"]
    waarden = _werkboek(xlsx_bytes, alleen_waarden=True)["Overzicht"]
    rijen = _rijen_per_sleutel(overzicht)
    assert [overzicht.cell(row=4, column=3 + i).value for i in range(len(JAREN))] == list(JAREN)
    for regel in REGELS:
        for i, jaar in enumerate(JAREN):
            cel = overzicht.cell(row=rijen[regel.sleutel], column=3 + i)
            assert isinstance(cel.value, str) and cel.value.startswith("="), (regel.sleutel, jaar)
            waarde = waarden.cell(row=rijen[regel.sleutel], column=3 + i).value
            assert waarde == pytest.approx(resultaat.waarde(regel.sleutel, jaar), abs=0.005), (regel.sleutel, jaar)


def test_regels_komen_overeen_met_invoer_5(xlsx_bytes):
    overzicht = _werkboek(xlsx_bytes, alleen_waarden=True)["Overzicht"]
    rijen = _rijen_per_sleutel(overzicht)
    for sleutel, perjaar in VERWACHT.items():
        for jaar, bedrag in perjaar.items():
            waarde = overzicht.cell(row=rijen[sleutel], column=3 + JAREN.index(jaar)).value
            assert abs(waarde - bedrag) <= 0.5, (sleutel, jaar)


def test_totalen_en_saldo_zijn_formules_over_de_regels(overzicht):
    rijen = _rijen_per_sleutel(overzicht)
    bt, lt, s = rijen["baten_totaal"], rijen["lasten_totaal"], rijen["saldo"]
    # the totals are the rules of model.rekenregels.totalen written over the rows above (not a copy)
    from model.regels import BATEN_REGELS, LASTEN_REGELS
    assert overzicht.cell(row=bt, column=3).value == "=" + "+".join(f"C{rijen[r.sleutel]}" for r in BATEN_REGELS)
    lasten = "=" + "+".join(f"C{rijen[r.sleutel]}" for r in LASTEN_REGELS)
    assert overzicht.cell(row=lt, column=3).value == lasten
    assert "besteding_duurzame_werkplekken" in rijen   # v3: the spending categories, each on its own row
    assert overzicht.cell(row=s, column=4).value == f"=D{bt}-D{lt}"
    # every line refers to its calculation on the stream sheet
    assert overzicht.cell(row=rijen["lasten_wsw"], column=3).value.startswith("=Wsw!")
    assert overzicht.cell(row=rijen["iu_beschut_werk"], column=3).value.startswith("='Beschut werk'!")


def _herbereken(pad, wijziging: tuple[str, float] | None = None) -> dict[tuple[str, int], float]:
    """Recalculate the workbook with the ``formulas`` package (optionally after setting every year of a
    named parameter row to a value, as an auditor would) -> Overzicht's (line, year) -> value."""
    import formulas  # a hard test dependency (pyproject [test]): never skipped
    if wijziging:
        wb = openpyxl.load_workbook(pad)
        blad, bereik = next(iter(wb.defined_names[wijziging[0]].destinations))
        for rij in wb[blad][bereik.replace("$", "")]:
            for cel in rij:
                cel.value = wijziging[1]
        pad = pad.with_name(f"gewijzigd-{wijziging[0]}.xlsx")
        wb.save(pad)
    oplossing = formulas.ExcelModel().loads(str(pad)).finish().calculate()
    waarden = {}
    for sleutel, cel in oplossing.items():
        if "]OVERZICHT'!" in sleutel.upper() and ":" not in sleutel:
            w = cel.value
            waarden[sleutel.upper().split("!")[1]] = w[0][0] if hasattr(w, "__len__") else w
    rijen = _rijen_per_sleutel(_werkboek(pad.read_bytes())["Overzicht"])
    from openpyxl.utils import get_column_letter
    return {(s, jaar): float(waarden[f"{get_column_letter(3 + i)}{r}"])
            for s, r in rijen.items() for i, jaar in enumerate(JAREN)}


@pytest.fixture(scope="module")
def rekenmodel(tmp_path_factory, resultaat):
    """The live part of the annex only (the explanatory sheets do not take part in the calculation)."""
    pad = tmp_path_factory.mktemp("excel") / "rekenmodel.xlsx"
    pad.write_bytes(bouw_excel(resultaat, ExportOpties(datum=DATUM, secties=("samenvatting",))))
    return pad


@pytest.mark.parametrize("wijziging", [None, ("lpo_rijk", 0.03), ("lks_forfait_pct", 0.75)],
                         ids=["basis", "lpo_rijk", "lks_forfait_pct"])
def test_onafhankelijke_herberekening_volgt_het_model(rekenmodel, invoer, wijziging):
    """Recalculated by an independent engine, before and after an auditor changes a parameter row,
    every line equals ``bereken`` with the same change (``--zet``) to the cent."""
    from model.berekening import bereken
    from model.scenario import PARAMETER, Override, Scenario
    scenario = Scenario("x", overrides=(Override(PARAMETER, *wijziging),)) if wijziging else None
    model = bereken(invoer, scenario=scenario, van=2025, tot=2035)
    berekend = _herbereken(rekenmodel, wijziging)
    verschillen = [(s, j, w, model.waarde(s, j)) for (s, j), w in berekend.items()
                   if abs(w - model.waarde(s, j)) > 0.005]
    assert not verschillen, verschillen[:5]
    basis = bereken(invoer, van=2025, tot=2035)
    bewogen = [k for k, w in berekend.items() if abs(w - basis.waarde(*k)) > 1]
    assert bool(bewogen) == bool(wijziging)
    if not wijziging:
        assert round(berekend[("saldo_na_bestemming", 2027)]) == VERWACHT["saldo_na_bestemming"][2027]


def test_elke_regel_is_een_formule_over_zichtbare_cellen(xlsx_bytes):
    """On the stream sheets every figure of a line or intermediate quantity is a formula (or '–' for none)."""
    wb = _werkboek(xlsx_bytes)
    for naam in STROMEN.values():
        ws = wb[naam]
        for rij in ws.iter_rows(min_row=5, max_row=ws.max_row, min_col=3, max_col=2 + len(JAREN)):
            if ws.cell(row=rij[0].row, column=1).value == "Rekenregels":
                break
            for cel in rij:
                assert cel.value is None or cel.value == "–" or str(cel.value).startswith("="), (naam, cel.coordinate)
    lasten_wsw = wb["Wsw"]
    formules = [c.value for r in lasten_wsw.iter_rows() for c in r if isinstance(c.value, str) and c.value.startswith("=")]
    assert any("Parameters!" in f for f in formules) and any("Invoer!" in f for f in formules)


def test_parameters_met_een_naam_per_parameter(xlsx_bytes, resultaat):
    wb = _werkboek(xlsx_bytes)
    waarden = _werkboek(xlsx_bytes, alleen_waarden=True)["Parameters"]
    from model.parameters import VERPLICHTE_SLEUTELS
    namen = {n: d for n, d in wb.defined_names.items()}
    assert set(VERPLICHTE_SLEUTELS) <= set(namen)
    blad, bereik = next(iter(namen["lpo_rijk"].destinations))
    assert blad == "Parameters"
    rij = int(bereik.split("$")[2].split(":")[0])
    ws = wb["Parameters"]
    jaren = [ws.cell(row=4, column=3 + i).value for i in range(17)]
    assert jaren == list(range(2024, 2041))
    # a derived year is a formula over its index; the cached value is the model's
    plek = next(r for r in range(5, ws.max_row + 1) if ws.cell(row=r, column=1).value.startswith("Rijksbijdrage beschut werk per plek"))
    assert ws.cell(row=plek, column=3 + jaren.index(2030)).value.startswith("=")
    assert f"{chr(ord('C') + jaren.index(2030))}{rij}" in ws.cell(row=plek, column=3 + jaren.index(2030)).value
    assert waarden.cell(row=plek, column=3 + jaren.index(2030)).value == pytest.approx(
        resultaat.parameter("bw_bedrag_per_plek", 2030))
    aannames = wb["Aannames"]
    sleutels = {aannames.cell(row=r, column=9).value for r in range(5, aannames.max_row + 1)}
    assert {g.sleutel for g, _ in resultaat.aannames()} <= sleutels
    invoer = wb["Invoer"]
    inhoud = {c.value for rij in invoer.iter_rows() for c in rij}
    assert {"Voorbeeldgemeente", "GM9999", "Achterhoek", "Noordrand", "Zuiderveld"} <= inhoud


def test_namen_opmaak_afdrukken(xlsx_bytes):
    wb = _werkboek(xlsx_bytes)
    ws = wb["Overzicht"]
    rijen = _rijen_per_sleutel(ws)
    namen = {n: d.attr_text for n, d in wb.defined_names.items()}
    assert namen["Saldo"] == f"Overzicht!$C${rijen['saldo']}:$M${rijen['saldo']}"
    assert namen["Baten"] == f"Overzicht!$C${rijen['iu_beschut_werk']}:$M${rijen['buig_lks_beschut']}"
    assert {"Jaren", "Lasten", "Baten_totaal", "Lasten_totaal"} <= set(namen)
    assert ws.cell(row=rijen["lasten_wsw"], column=4).number_format == "€ #,##0;[Red]€ -#,##0"
    assert ws.cell(row=rijen["realisatiegraad"], column=4).number_format.endswith("%")
    assert ws.freeze_panes == "C5"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.fitToWidth in (None, 1) and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$4:$4" and ws.print_title_cols == "$A:$B"
    # the keys stay on screen but off the printed page
    assert ws.print_area.endswith("$M$" + ws.print_area.rsplit("$", 1)[1])
    assert wb.calculation.fullCalcOnLoad is True


def test_bevindingen_en_waarschuwingen(resultaat):
    b = Bevinding(WAARSCHUWING, "Cel B7 is leeg; de standaardwaarde 27 is gebruikt.", blad="Gemeente", cel="B7")
    ws = _werkboek(bouw_excel(resultaat, ExportOpties(datum=DATUM, bevindingen=(b,), secties=("bevindingen",))))["Bevindingen"]
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
    assert formules and not any(t in f for f in formules for t in ("HYPERLINK", "example", "@", "+31", "1+1"))
    wb = _werkboek(inhoud)
    gevonden = {c.value: c.data_type for ws in wb for rij in ws.iter_rows() for c in rij if isinstance(c.value, str)}
    for tekst in (*FORMULES, "=1+1"):
        assert gevonden.get(tekst) == "s", tekst


def test_eigen_taakveld_op_elk_blad(invoer):
    """(v3) A line booked on another taakveld (sheet Classificatie, the app, --taakveld) has that taakveld on the
    Overzicht, in its toelichting and on its stream's sheet alike, never the default on one of them."""
    from model.berekening import bereken
    r = bereken(invoer.met(taakvelden={"besteding_doorstroom": "6.71", "lasten_wsw": "6.71", "lasten_lks_beschut": "6.5"}))
    wb = _werkboek(bouw_excel(r, ExportOpties(datum=DATUM)))

    def naast(blad: str, label: str) -> list[str]:
        """The texts in column B of every row whose column A is ``label``: its taakveld, and its toelichting."""
        return [rij[1] for rij in wb[blad].iter_rows(values_only=True)
                if isinstance(rij[0], str) and rij[0].strip().removesuffix(" *") == label and isinstance(rij[1], str)]

    doorstroom = "Besteding impulsbudget: doorstroom naar regulier werk"
    assert naast("Overzicht", doorstroom)[0] == "6.71" and naast("Impulsbudget", doorstroom)[0] == "6.71"
    assert naast("Impulsbudget", "Besteding impulsbudget: overig")[0] == "6.4"
    assert naast("Wsw", "Wsw (netto kosten)")[0] == "6.71"
    assert naast("Beschut werk", "Loonkostensubsidie beschut werk")[0] == "6.5"
    wsw, lks = naast("Overzicht", "Wsw (netto kosten)"), naast("Overzicht", "Loonkostensubsidie beschut werk")
    assert wsw[0] == "6.71" and [t[:17] for t in wsw[1:]] == ["Taakveld 6.71. SE"]      # no made-up name
    assert lks[0] == "6.5" and [t[:34] for t in lks[1:]] == ["Taakveld 6.5 Arbeidsparticipatie. "]


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


def test_begrotingshorizon_rekent_vanaf_het_eerste_modeljaar(tmp_path, invoer):
    """The default annex shows basisjaar … +3 but calculates from 2025, so last year's reserve and the
    verdeelmodel's peiljaar are formulas too; recalculated it equals the model."""
    from model.export import EigenBijlage, stel_samen
    bijlage = stel_samen(invoer, eigen=EigenBijlage(datum=DATUM), gevoeligheid=False, secties=("samenvatting",))
    assert bijlage.resultaat.jaren[0] == 2025 and (bijlage.opties.van, bijlage.opties.tot) == (2026, 2029)
    inhoud = bouw_excel(bijlage.resultaat, bijlage.opties)
    wb = _werkboek(inhoud)
    assert [wb["Overzicht"].cell(row=4, column=3 + i).value for i in range(4)] == [2026, 2027, 2028, 2029]
    assert wb["Impulsbudget"].cell(row=4, column=3).value == 2025
    formules = [c.value for r in wb["Impulsbudget"].iter_rows(min_col=3) for c in r
                if isinstance(c.value, str) and c.value.startswith("=")]
    assert any("Invoer!" in f for f in formules)
    pad = tmp_path / "kort.xlsx"
    pad.write_bytes(inhoud)
    import formulas  # a hard test dependency (pyproject [test]): never skipped
    oplossing = formulas.ExcelModel().loads(str(pad)).finish().calculate()
    rijen = {wb["Overzicht"].cell(row=r, column=7).value: r for r in range(5, wb["Overzicht"].max_row + 1)
             if wb["Overzicht"].cell(row=r, column=7).value}
    for sleutel in ("reserve_impulsbudget", "structureel_saldo", "iu_beschut_werk"):
        for i, jaar in enumerate((2026, 2027, 2028, 2029)):
            adres = next(k for k in oplossing if k.upper().endswith(f"]OVERZICHT'!{'CDEF'[i]}{rijen[sleutel]}"))
            w = oplossing[adres].value
            w = float(w[0][0] if hasattr(w, "__len__") else w)
            assert w == pytest.approx(bijlage.resultaat.waarde(sleutel, jaar), abs=0.005), (sleutel, jaar)


_HERREKENEN_BIJ_LADEN = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">
<value>0</value></prop></item></oor:items>
"""


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice niet geïnstalleerd")
@pytest.mark.parametrize("wijziging", [("lpo_rijk", 0.03), ("lks_forfait_pct", 0.75), ("bw_verdeel_vertraging", 1),
                                       ("lks_forfait_startjaar", 2029)],
                         ids=["lpo_rijk", "lks_forfait_pct", "bw_verdeel_vertraging", "lks_forfait_startjaar"])
def test_libreoffice_herberekent_als_het_model(rekenmodel, invoer, tmp_path, wijziging):
    """LibreOffice, told to recalculate on load, gives every line as ``bereken`` with the same change."""
    import subprocess

    from model.berekening import bereken
    from model.scenario import PARAMETER, Override, Scenario
    profiel = tmp_path / "profiel"
    (profiel / "user").mkdir(parents=True)
    (profiel / "user" / "registrymodifications.xcu").write_text(_HERREKENEN_BIJ_LADEN, encoding="utf-8")
    wb = openpyxl.load_workbook(rekenmodel)
    blad, bereik = next(iter(wb.defined_names[wijziging[0]].destinations))
    for rij in wb[blad][bereik.replace("$", "")]:
        for cel in rij:
            cel.value = wijziging[1]
    invoerpad = tmp_path / "gewijzigd.xlsx"
    wb.save(invoerpad)
    uit = tmp_path / "uit"
    subprocess.run(["soffice", f"-env:UserInstallation={profiel.as_uri()}", "--headless", "--convert-to", "xlsx",
                    "--outdir", str(uit), str(invoerpad)], check=True, capture_output=True, timeout=300)
    herberekend = (uit / "gewijzigd.xlsx").read_bytes()
    formules, waarden = _werkboek(herberekend)["Overzicht"], _werkboek(herberekend, alleen_waarden=True)["Overzicht"]
    model = bereken(invoer, scenario=Scenario("x", overrides=(Override(PARAMETER, *wijziging),)), van=2025, tot=2035)
    for sleutel, rij in _rijen_per_sleutel(formules).items():
        for i, jaar in enumerate(JAREN):
            assert waarden.cell(row=rij, column=3 + i).value == pytest.approx(model.waarde(sleutel, jaar), abs=0.005)


def test_keuzes_bij_het_schrijven_staan_op_het_blad_parameters(xlsx_bytes):
    """Every choice the formulas cannot make live is declared (model.term.schrijfkeuze) and listed, never silent."""
    from model.term import SCHRIJFKEUZES
    ws = _werkboek(xlsx_bytes)["Parameters"]
    teksten = {ws.cell(row=r, column=1).value for r in range(1, ws.max_row + 1)}
    assert SCHRIJFKEUZES and all(f"• {zin}" in teksten for zin in SCHRIJFKEUZES.values())


def test_kernboodschap_en_vorige_cijfers_in_excel(invoer):
    """The raad-ready Excel annex opens on the kernboodschap; with Vorige cijfers the comparison shows the given
    amounts, leaves absent lines empty and refers to the Overzicht for the begrotingsjaar."""
    from model.berekening import bereken
    from model.kernboodschap import zinnen
    r = bereken(invoer.met(vorige_cijfers={"iu_wsw": (3_300_000.0, None), "saldo": (None, -50_000.0)}), van=2026, tot=2029)
    wb = _werkboek(bouw_excel(r, ExportOpties(datum=DATUM)))
    assert wb.sheetnames[0] == "Kernboodschap"
    ws = wb["Kernboodschap"]
    teksten = [ws.cell(row=i, column=1).value for i in range(1, ws.max_row + 1)]
    assert zinnen(r, (2026, 2027, 2028, 2029))[0] in teksten
    rij = {ws.cell(row=i, column=1).value: i for i in range(1, ws.max_row + 1)}
    wsw, saldo = rij[r.label("iu_wsw")], rij[r.label("saldo")]
    assert ws.cell(row=wsw, column=2).value == 3_300_000 and ws.cell(row=wsw, column=3).value in (None, "")
    assert ws.cell(row=saldo, column=3).value == -50_000
    assert ws.cell(row=rij[r.label("lasten_wsw")], column=2).value in (None, "")   # absent: empty, never 0
    assert ws.cell(row=wsw, column=4).value.startswith("=Overzicht!")
