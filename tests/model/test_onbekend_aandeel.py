"""A member without a regional impulsbudget amount (REKENREGELS §4.5): its toegerekend aandeel and the verdeling are
unknown, and every view and export says so, never € 0 (Oosthoek, Ontvangt impulsbudget = nee, the example's member
list, no impulsbudget on its sheet Circulaire and no national count)."""
from __future__ import annotations

import io
import json

import pytest

from model.berekening import bereken
from model.io.invoerbestand import lees_invoerbestand
from tests.regiobouw import lid_werkboek

IB_JAREN = (2026, 2027, 2028, 2029)


@pytest.fixture(scope="module")
def lidpad(tmp_path_factory):
    return lid_werkboek(tmp_path_factory.mktemp("lid") / "lid.xlsx")


@pytest.fixture(scope="module")
def lid(lidpad):
    invoer, _ = lees_invoerbestand(lidpad)
    return bereken(invoer)


def test_het_aandeel_en_het_regionale_bedrag_zijn_onbekend_niet_nul(lid):
    assert lid.jaren == IB_JAREN
    assert lid.onbekend["impulsbudget_toegerekend"] == IB_JAREN
    assert lid.onbekend["ib_regio"] == IB_JAREN
    assert lid.getoond("impulsbudget_toegerekend") == (None,) * 4
    assert lid.reeks("impulsbudget_toegerekend") == (0.0,) * 4        # the rule's placeholder, for arithmetic only
    assert all(w is None for _, bedragen in lid.leden for w in bedragen)
    assert "het regionale bedrag ontbreekt" in lid.onbekend_tekst("impulsbudget_toegerekend")
    # after the impulsbudget (2034) the amount is known: 0
    na = bereken(lid.invoer, van=2033, tot=2036)
    assert na.getoond("impulsbudget_toegerekend")[2:] == (0.0, 0.0)


def test_json_heeft_null_en_elke_sleutel(lid, lidpad, capsys):
    from cli import main
    from model.regels import SLEUTELS
    assert main(["bereken", str(lidpad), "--json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["regels"]) == set(SLEUTELS)
    assert data["regels"]["impulsbudget_toegerekend"] == [None] * 4


def test_de_voorbeeldgemeente_houdt_haar_bedragen():
    """INVOER §5: the receiving gemeente's toegerekend aandeel is known (€ 206.182 in 2026)."""
    from model.invoer import voorbeeldgemeente
    r = bereken(voorbeeldgemeente())
    assert not any(r.onbekend.values())
    assert round(r.getoond("impulsbudget_toegerekend")[0]) == 206_182
    assert r.naar_json()["regels"]["impulsbudget_toegerekend"] == list(r.reeks("impulsbudget_toegerekend"))


def test_de_tabel_van_de_opdrachtregel_zegt_onbekend(lidpad, capsys):
    from cli import main
    assert main(["bereken", str(lidpad)]) == 0
    regel = next(l for l in capsys.readouterr().out.splitlines() if "Toegerekend aandeel impulsbudget" in l)
    assert regel.split()[-4:] == ["onbekend"] * 4


def test_pdf_en_excel_tonen_geen_nul(lid):
    from pypdf import PdfReader
    import openpyxl
    from model.export import EigenBijlage, bouw_excel, bouw_pdf, stel_samen
    from tests.export.hulp import DATUM
    bijlage = stel_samen(lid.invoer, eigen=EigenBijlage(datum=DATUM))
    tekst = " ".join(" ".join(p.extract_text().split())
                     for p in PdfReader(io.BytesIO(bouw_pdf(bijlage.resultaat, bijlage.opties))).pages)
    assert "Toegerekend aandeel impulsbudget 0 0 0 0" not in tekst
    assert "Toegerekend aandeel impulsbudget – – – –" in tekst
    assert "Toegerekend aandeel impulsbudget: – is onbekend. Het toegerekende aandeel impulsbudget kan niet worden " \
           "berekend: het regionale bedrag ontbreekt." in tekst
    assert "Impulsbudget van de regio 0 0 0 0" not in tekst
    # the live formulas read "onbekend" while the missing input is empty (recalculated: tests/export/test_excel_onbekend)
    inhoud = bouw_excel(bijlage.resultaat, bijlage.opties)
    wb, waarden = openpyxl.load_workbook(io.BytesIO(inhoud)), openpyxl.load_workbook(io.BytesIO(inhoud), data_only=True)
    for blad in ("Overzicht", "Impulsbudget"):
        ws = wb[blad]
        rij = next(r for r in ws.iter_rows() if r[0].value == "Toegerekend aandeel impulsbudget")
        jaren = [c for c in rij[2:] if isinstance(c.value, str) and c.value.startswith("=")]
        assert jaren and all(waarden[blad][c.coordinate].value == "onbekend" for c in jaren), blad


def test_een_lid_zonder_doorbetaling_krijgt_een_ware_zin(tmp_path, capsys):
    """No doorbetaling entered and no regional amount: one warning that it is € 0 and why, no info note that the model
    takes the toegerekend aandeel (it cannot); with the regional amount the info note holds and no warning."""
    from cli import main
    zonder = lid_werkboek(tmp_path / "zonder.xlsx", doorbetaling=False, gr=False)
    main(["controleer", str(zonder)])
    uit = capsys.readouterr().out
    assert "het model neemt het toegerekende aandeel" not in uit
    assert "Geen doorbetaling impulsbudget ingevuld voor 2026–2034, en het toegerekende aandeel kan niet worden " \
           "berekend" in uit
    met = lid_werkboek(tmp_path / "met.xlsx", doorbetaling=False, gr=False, regionaal=True)
    main(["controleer", str(met)])
    uit = capsys.readouterr().out
    assert "Doorbetaling impulsbudget 2026–2034 niet ingevuld: het model neemt het toegerekende aandeel" in uit
    assert "Geen doorbetaling impulsbudget ingevuld" not in uit


def test_geen_verdeling_noemt_wat_ontbreekt(lidpad, tmp_path, capsys):
    """The member list is filled in, the regional amount is not: the refused verdeling says the latter (the model's
    own check, model.verdeling.geen_verdeling), not to fill in the member list."""
    from cli import main
    from model.invoer import voorbeeldgemeente
    from model.verdeling import geen_verdeling
    assert main(["bereken", str(lidpad), "--onderdelen", "verdeling", "--pdf", str(tmp_path / "v.pdf")]) != 0
    fout = capsys.readouterr().err
    assert "Geen verdeling van het impulsbudget voor Oosthoek: het regionale impulsbudget ontbreekt. Vul op blad " \
           "Circulaire het impulsbudget van de regio in" in fout
    assert "deelnemende gemeenten" not in fout and not (tmp_path / "v.pdf").exists()
    assert geen_verdeling(voorbeeldgemeente()) == ""
    assert geen_verdeling(voorbeeldgemeente().met(samenwerkingsverband=(), verdeelsleutel=None)).startswith(
        "vul op het blad Samenwerkingsverband de deelnemende gemeenten")
