"""The verdeling of the impulsbudget over the samenwerkingsverband (SAMENWERKING §1)."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from model.invoer import voorbeeldgemeente
from model.verdeling import verdeling
from tests.regiobouw import LEDEN, lid, ontvanger


def test_naar_doelgroepenregister_telt_op_tot_het_regionale_bedrag_op_de_cent():
    v = verdeling(voorbeeldgemeente())
    assert v.jaren == tuple(range(2025, 2035))
    assert not v.afgesproken and v.sleutelsoort == "naar doelgroepenregister"
    # INVOER §5: 720 · 450 · 300 · 180 of 1.650; the regional amount 2025 is the circulaire's € 525.000
    assert [a.aantal for a in v.leden] == [720, 450, 300, 180]
    assert v.leden[0].sleutel == pytest.approx(720 / 1650)
    assert v.regionaal[:2] == (525_000.0, 472_500.0)
    assert v.leden[3].bedragen[0] == pytest.approx(525_000 * 180 / 1650)
    for i in range(len(v.jaren)):
        assert abs(sum(a.bedragen[i] for a in v.leden) - v.regionaal[i]) < 0.005
    assert abs(sum(a.totaal for a in v.leden) - v.totaal) < 0.005
    assert [a.eigen for a in v.leden] == [True, False, False, False]


def test_afgesproken_sleutels_en_de_reserve_van_de_ontvangende_gemeente():
    invoer = ontvanger().met(doorbetalen_aan_leden=False)
    v = verdeling(invoer)
    assert v.afgesproken and v.sleutelsoort == "afgesproken verdeelsleutel"
    assert [a.sleutel for a in v.leden] == pytest.approx([s for _, _, s in LEDEN])
    assert v.leden[1].bedragen[0] == pytest.approx(525_000 * 0.30)
    # waarvan voor de deelnemende gemeenten: the members' 60 % of the reserve when the money is not passed on
    assert v.reserve is not None and any(v.reserve)
    for stand, leden in zip(v.reserve, v.reserve_leden):
        assert leden == pytest.approx(stand * 0.60)
    assert any("niet door" in n for n in v.noten())


def test_sleutels_die_op_100_procent_min_een_honderdste_uitkomen_worden_naar_verhouding_verdeeld():
    leden = (("Voorbeeldgemeente", 720, 0.40), ("Noordrand", 450, 0.30), ("Oosthoek", 300, 0.20),
             ("Zuiderveld", 180, 0.0999))
    v = verdeling(ontvanger(leden))
    for i in range(len(v.jaren)):
        assert abs(sum(a.bedragen[i] for a in v.leden) - v.regionaal[i]) < 0.005
    assert any("99,990 %" in n for n in v.noten())


def test_een_deelnemende_gemeente_ziet_dezelfde_tabel_met_haar_eigen_rij_gemarkeerd():
    eigen = verdeling(lid("Oosthoek", 300, 0.20, 2))
    ontvangend = verdeling(ontvanger())
    assert not eigen.ontvangt and eigen.reserve is None
    assert [a.eigen for a in eigen.leden] == [False, False, True, False]
    assert [a.bedragen for a in eigen.leden] == [a.bedragen for a in ontvangend.leden]


def test_zonder_ledenlijst_geen_verdeling():
    assert verdeling(voorbeeldgemeente().met(samenwerkingsverband=())) is None


def _pdf(invoer, *onderdelen):
    from model.export import bouw_pdf, stel_samen
    b = stel_samen(invoer, secties=onderdelen, gevoeligheid=False) if onderdelen else stel_samen(invoer, gevoeligheid=False)
    return [p.extract_text() for p in PdfReader(io.BytesIO(bouw_pdf(b.resultaat, b.opties))).pages]


def test_pdf_alleen_de_verdeling_is_een_liggende_pagina():
    from model.export import bouw_pdf, stel_samen
    b = stel_samen(ontvanger(), secties=("verdeling",), gevoeligheid=False)
    pagina = PdfReader(io.BytesIO(bouw_pdf(b.resultaat, b.opties))).pages
    assert len(pagina) == 1
    assert pagina[0].mediabox.width > pagina[0].mediabox.height
    tekst = " ".join(pagina[0].extract_text().split())
    assert "Verdeling impulsbudget samenwerkingsverband" in tekst
    assert "Noordrand 450 30,00 % 157.500 141.750" in tekst        # 525.000 and 472.500 × 30 %
    assert "Totaal samenwerkingsverband 1.650 100,00 % 525.000 472.500" in tekst
    assert "waarvan voor de deelnemende gemeenten" in tekst


def test_de_verdeling_staat_standaard_in_de_bijlage_met_een_ledenlijst():
    """SAMENWERKING §1: with a member list the PDF shows the verdeling (a default section)."""
    tekst = " ".join(_pdf(voorbeeldgemeente()))
    assert "Verdeling impulsbudget samenwerkingsverband" in tekst


def test_excel_blad_verdeling():
    import openpyxl
    from model.export import bouw_excel, stel_samen
    b = stel_samen(lid("Zuiderveld", 180, 0.10, 3), secties=("verdeling",), gevoeligheid=False)
    wb = openpyxl.load_workbook(io.BytesIO(bouw_excel(b.resultaat, b.opties)))
    ws = wb["Verdeling"]
    rijen = list(ws.iter_rows(min_row=5, max_row=9, values_only=True))
    assert rijen[3][0] == "Zuiderveld (eigen gemeente)" and rijen[3][2] == pytest.approx(0.10)
    assert rijen[3][3] == pytest.approx(52_500)
    assert rijen[4][0] == "Totaal samenwerkingsverband" and rijen[4][3] == "=SUM(D5:D8)"


def test_cli_onderdelen_verdeling_zonder_ledenlijst_zegt_wat_ontbreekt(tmp_path, capsys):
    from cli import main
    from model.io.invoerbestand import schrijf_json
    pad = tmp_path / "los.json"
    schrijf_json(voorbeeldgemeente().met(samenwerkingsverband=()), pad)
    assert main(["bereken", str(pad), "--pdf", str(tmp_path / "v.pdf"), "--onderdelen", "verdeling"]) == 2
    assert "Samenwerkingsverband" in capsys.readouterr().err
    assert not (tmp_path / "v.pdf").exists()


def test_het_resultaat_verdeelt_met_de_afgesproken_sleutels():
    """Resultaat.leden (the app's stream view) uses the same keys as the verdeling: agreed, not by count."""
    from model.berekening import bereken
    invoer = lid("Noordrand", 450, 0.30, 1)
    r = bereken(invoer)
    v = verdeling(invoer)
    for (naam, waarden), a in zip(r.leden, v.leden):
        assert naam == a.naam
        for jaar, w in zip(r.jaren, waarden):
            assert w == pytest.approx(a.bedragen[v.jaren.index(jaar)])
    assert dict(r.leden)["Noordrand"][0] == pytest.approx(472_500 * 0.30)
