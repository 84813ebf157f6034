"""Sjabloon round trips: the example reads back as the Voorbeeldgemeente (xlsx, ods, xls) and
gives the INVOER §5 numbers; the empty one gives clear errors; the shipped file is what the writer makes."""
from __future__ import annotations

import hashlib
import os
import stat
import zipfile

import pytest
from openpyxl import load_workbook

from model.berekening import bereken
from model.invoer import BLAD_CIRCULAIRE, BLAD_GEMEENTE, BLAD_IMPULSBUDGET, BLAD_MEERJARIG, BLAD_SWV, naar_dict
from model.io.invoerbestand import lees_invoerbestand
from model.io.sjabloon import schrijf_sjabloon, sjabloon_bytes
from model.io.werkboek import lees_werkboek
from model.opmaak import hele_euro
from model.paden import resource_pad
from tests.invoer5 import JAREN, VERWACHT  # INVOER §5
from tests.io.bouw import schrijf, voorbeeld_grid


def controleer_getallen(invoer):
    resultaat = bereken(invoer, van=2025, tot=2040)
    for sleutel, waarden in VERWACHT.items():
        assert {j: hele_euro(resultaat.waarde(sleutel, j)) for j in JAREN} == waarden, sleutel


def test_meegeleverd_voorbeeld_is_wat_de_schrijver_maakt(voorbeeld):
    assert resource_pad("voorbeeldgemeente.xlsx").read_bytes() == sjabloon_bytes(voorbeeld)


def test_schrijver_is_deterministisch(tmp_path, voorbeeld):
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    schrijf_sjabloon(a, voorbeeld)
    schrijf_sjabloon(b, voorbeeld)
    assert hashlib.sha256(a.read_bytes()).digest() == hashlib.sha256(b.read_bytes()).digest()
    with zipfile.ZipFile(a) as zf:
        assert {i.date_time for i in zf.infolist()} == {(2026, 1, 1, 0, 0, 0)}
        kern = zf.read("docProps/core.xml").decode()
    assert "2026-01-01T00:00:00Z" in kern and "Infraraming" in kern


def test_meegeleverd_voorbeeld_leest_als_de_voorbeeldgemeente(voorbeeld):
    invoer, bevindingen = lees_werkboek(resource_pad("voorbeeldgemeente.xlsx"))
    assert bevindingen == []
    assert naar_dict(invoer) == naar_dict(voorbeeld)
    controleer_getallen(invoer)


@pytest.mark.parametrize("ext", [".ods", ".xls", ".xlsm"])
def test_andere_formaten(tmp_path, voorbeeld, ext):
    pad = schrijf(voorbeeld_grid(), tmp_path / f"voorbeeld{ext}")
    invoer, bevindingen = lees_invoerbestand(pad)
    assert bevindingen == []
    assert naar_dict(invoer) == naar_dict(voorbeeld)
    controleer_getallen(invoer)


def test_sjabloon_inhoud(tmp_path, voorbeeld):
    pad = tmp_path / "v.xlsx"
    schrijf_sjabloon(pad, voorbeeld)
    wb = load_workbook(pad)
    assert wb.sheetnames[:5] == [BLAD_GEMEENTE, BLAD_MEERJARIG, BLAD_CIRCULAIRE, BLAD_IMPULSBUDGET, BLAD_SWV]
    ws = wb[BLAD_GEMEENTE]
    assert [c.value for c in ws[3]] == ["Gegeven", "Waarde", "Eenheid", "Toelichting"]
    assert ws.freeze_panes == "A4"
    rijen = {r[0].value: r for r in ws.iter_rows(min_row=4)}
    assert rijen["LKS-percentage beschut werk"][1].number_format == "0%"
    assert "€" in rijen["Begeleidingskosten per plek"][1].number_format
    assert "UWV" in rijen["Doelgroepenregister gemeente"][3].value
    assert "SOB-begroting" in rijen["Begeleidingskosten per plek"][3].value
    assert "circulaire" in rijen["Doelgroepenregister landelijk"][3].value
    assert (rijen["Begeleidingskosten per plek"][2].value, rijen["LKS-percentage beschut werk"][2].value) == ("euro", "%")
    validaties = [(dv.type, dv.formula1) for dv in ws.data_validations.dataValidation]
    assert ("list", '"ja,nee"') in validaties and ("whole", "2025") in validaties
    # (v2) the arbeidsmarktregio from a drop-down of the 35 regions on a hidden sheet; the circulaire edition too
    assert ("list", "Keuzelijsten!$A$2:$A$36") in validaties
    assert wb["Keuzelijsten"].sheet_state == "hidden" and wb["Keuzelijsten"]["A2"].value
    circ = wb[BLAD_CIRCULAIRE]
    assert circ["B3"].value == "Editie" and circ["B4"].value == "septembercirculaire 2025"
    assert any(dv.type == "list" and "meicirculaire 2026" in dv.formula1 for dv in circ.data_validations.dataValidation)
    mj = wb[BLAD_MEERJARIG]
    assert mj.freeze_panes == "A4"
    assert any(dv.type == "whole" and dv.formula1 == "2020" for dv in mj.data_validations.dataValidation)
    assert "circulaire" in mj["B3"].comment.text


def test_leeg_sjabloon_geeft_duidelijke_fouten(tmp_path):
    pad = tmp_path / "leeg.xlsx"
    schrijf_sjabloon(pad)
    invoer, bevindingen = lees_werkboek(pad)
    assert invoer is None
    fouten = [b for b in bevindingen if b.is_fout]
    assert [(b.blad, b.veld, b.cel) for b in fouten[:2]] == [("Gemeente", "naam", "B4"), ("Gemeente", "basisjaar", "B7")]
    assert fouten[0].melding.startswith("Naam gemeente ontbreekt") and fouten[1].melding.startswith("Basisjaar ontbreekt")
    # the pre-filled years on Meerjarig (v3: 2025–2035) have an empty (required) taakstelling
    assert [(b.blad, b.jaar, b.cel) for b in fouten[2:]] == [("Meerjarig", j, f"B{j - 2021}") for j in range(2025, 2036)]


def test_invoerbestand_wordt_niet_gewijzigd(tmp_path, voorbeeld):
    pad = tmp_path / "alleen-lezen.xlsx"
    schrijf_sjabloon(pad, voorbeeld)
    os.chmod(pad, stat.S_IRUSR | stat.S_IRGRP)
    voor = (pad.read_bytes(), pad.stat().st_mtime_ns)
    invoer, _ = lees_werkboek(pad)
    assert invoer is not None
    assert (pad.read_bytes(), pad.stat().st_mtime_ns) == voor
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alleen-lezen.xlsx"]
