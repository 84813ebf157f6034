"""A formula whose result was never stored (a workbook written by a program that does not calculate, such as
openpyxl, which writes ``<f>…</f><v/>``) is refused on every sheet the readers read, naming sheet and cell; a
formula with a stored result reads as that result."""
from __future__ import annotations

import io
import shutil
import zipfile

import pytest
from openpyxl import load_workbook

from model.io.risicoblad import lees_risicoinvoer
from model.io.werkboek import lees_werkboek
from model.paden import resource_pad
from tests.io import risicowerkboek

ZIN = ("staat een formule zonder berekende waarde (het werkboek is niet in Excel of LibreOffice opgeslagen). "
       "Open het werkboek, laat het herberekenen en sla het op.")


def _kopie(tmp_path, wijzig, naam="formule.xlsx"):
    """The shipped example with ``wijzig(workbook)`` applied, saved by openpyxl (which stores no results)."""
    pad = tmp_path / naam
    shutil.copy(resource_pad("voorbeeldgemeente.xlsx"), pad)
    wb = load_workbook(pad)
    wijzig(wb)
    wb.save(pad)
    return pad


def _rij(ws, label: str) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == label)


def _fouten(pad):
    invoer, bevindingen = lees_werkboek(pad)
    fouten = [b for b in bevindingen if b.is_fout]
    assert invoer is None and fouten, [b.tekst() for b in bevindingen]
    return fouten


def _zet(blad: str, cel: str, formule: str):
    def wijzig(wb):
        wb[blad][cel] = formule
    return wijzig


@pytest.mark.parametrize("blad, cel, formule, label", [
    ("Meerjarig", "C5", "=C4+2", "Gerealiseerd beschut werk 2026"),
    ("Circulaire", "F5", "=F4-130000", "Rijksbijdrage Wsw 2026"),
    ("Samenwerkingsverband", "B5", "=400+50", "Doelgroepenregister Noordrand"),
    ("Classificatie", "B4", '="6."&"4"', "Taakveld Organisatiestructuur"),
    ("Vorige cijfers", "B4", "=200000+1", "Rekening Rijksbijdrage beschut werk (IU Participatie)"),
])
def test_formule_zonder_waarde_op_elk_blad_is_een_fout(tmp_path, blad, cel, formule, label):
    fouten = _fouten(_kopie(tmp_path, _zet(blad, cel, formule)))
    assert [(f.blad, f.cel) for f in fouten] == [(blad, cel)]
    assert fouten[0].melding == f"{label}: in blad {blad}, cel {cel} {ZIN}"
    assert fouten[0].tekst() == f"Fout: {fouten[0].melding}"   # the place is not appended a second time


def test_wsw_se_als_formule_is_geen_nul(tmp_path):
    """The reviewer's case: Wsw SE basisjaar =100+18.5 read as empty gave Wsw (netto kosten) 0 in every year."""
    def wijzig(wb):
        ws = wb["Gemeente"]
        ws.cell(_rij(ws, "Wsw SE basisjaar"), 2).value = "=100+18.5"
    fouten = _fouten(_kopie(tmp_path, wijzig))
    assert len(fouten) == 1 and fouten[0].blad == "Gemeente" and fouten[0].veld == "wsw_se_basis"
    assert fouten[0].melding == f"Wsw SE basisjaar: in blad Gemeente, cel {fouten[0].cel} {ZIN}"


def test_formule_in_een_label_of_ongelezen_kolom_is_ook_een_fout(tmp_path):
    """Cells no value reader meets (a label, the Toelichting column) are named too, once each."""
    def wijzig(wb):
        ws = wb["Gemeente"]
        ws.cell(_rij(ws, "Contracturen per week beschut werk"), 1).value = '="Contracturen per week beschut werk"'
        wb["Classificatie"]["D4"] = '="toelichting"'
    fouten = _fouten(_kopie(tmp_path, wijzig))
    assert sorted((f.blad, f.cel) for f in fouten) == [("Classificatie", "D4"), ("Gemeente", "A15")]
    gemeente = next(f for f in fouten if f.blad == "Gemeente")
    assert gemeente.melding == f"In blad Gemeente, cel A15 {ZIN}"


def test_formule_op_blad_risicos(tmp_path):
    pad = risicowerkboek.werkboek(tmp_path, rijen=[("Eigen risico", "=0.2", 100000, None, "=1+1", None)])
    uit = lees_risicoinvoer(pad)
    assert uit.rijen == []
    assert sorted((b.cel, b.melding) for b in uit.fouten) == [
        ("B3", f"Kans: in blad Risico's, cel B3 {ZIN}"), ("E3", f"In blad Risico's, cel E3 {ZIN}")]


def _met_uitkomst(tmp_path, oud: str, nieuw: str):
    """The example with one cell's XML replaced (as Excel or LibreOffice store a formula and its result)."""
    bron = resource_pad("voorbeeldgemeente.xlsx").read_bytes()
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(bron)) as zin, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as zout:
        for lid in zin.infolist():
            data = zin.read(lid.filename)
            if lid.filename == "xl/worksheets/sheet1.xml":
                assert data.decode().count(oud) == 1
                data = data.decode().replace(oud, nieuw).encode()
            zout.writestr(lid.filename, data)
    pad = tmp_path / "met_uitkomst.xlsx"
    pad.write_bytes(uit.getvalue())
    return pad


def test_formule_met_opgeslagen_uitkomst_leest_als_die_uitkomst(tmp_path):
    pad = _met_uitkomst(tmp_path, '<c r="B21" s="7" t="n"><v>118.5</v></c>',
                        '<c r="B21" s="7"><f>100+18.5</f><v>118.5</v></c>')
    invoer, bevindingen = lees_werkboek(pad)
    assert invoer is not None, [b.tekst() for b in bevindingen]
    assert invoer.wsw_se_basis == 118.5


def test_formule_met_lege_tekst_als_uitkomst_is_een_lege_cel(tmp_path):
    """Excel and LibreOffice store a formula giving "" as t="str" with an empty <v>: a stored (empty) result."""
    pad = _met_uitkomst(tmp_path, '<c r="B22" s="8" t="n" />', '<c r="B22" s="8" t="str"><f>""</f><v></v></c>')
    invoer, bevindingen = lees_werkboek(pad)
    assert invoer is not None, [b.tekst() for b in bevindingen]
    assert invoer.wsw_rijksbijdrage_basis is None


def test_cli_controleer_noemt_de_cel(tmp_path):
    """End to end as the reviewer ran it (the contained child process, the CLI's exit code and text)."""
    import subprocess
    import sys

    from tests.io.test_vijandig import WORTEL
    pad = _kopie(tmp_path, _zet("Circulaire", "F5", "=F4-130000"))
    uit = subprocess.run([sys.executable, str(WORTEL / "main.py"), "controleer", str(pad)], capture_output=True,
                         text=True, timeout=120)
    assert uit.returncode != 0 and "Traceback" not in uit.stdout + uit.stderr
    assert f"- Fout: Rijksbijdrage Wsw 2026: in blad Circulaire, cel F5 {ZIN}" in uit.stdout
