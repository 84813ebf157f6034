"""Hostile and broken files: each refused with one clear Dutch sentence, in bounded time and memory.

Every read runs in a child process with an address-space limit and a generous time-out, so a
file that made a parser allocate without bound (or hang) fails the test instead of the machine.
"""
from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from model.io.sjabloon import sjabloon_bytes
from model.io.bladen import xml_beveiliging_actief
from tests.io.bouw import schrijf, voorbeeld_grid

GEHEUGEN = 1536 * 1024 * 1024   # bytes of address space for the child
TIJDSLIMIET = 120               # seconds; a bound against hangs, not a speed requirement
WORTEL = Path(__file__).resolve().parents[2]

_KIND = r"""
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({geheugen}, {geheugen}))
from model.io.invoerbestand import lees_invoerbestand
invoer, bevindingen = lees_invoerbestand(sys.argv[1])
print(json.dumps({{"invoer": invoer is not None, "bevindingen": [b.naar_dict() for b in bevindingen]}}))
"""


def lees_in_kindproces(pad: Path) -> dict:
    uit = subprocess.run([sys.executable, "-c", _KIND.format(geheugen=GEHEUGEN), str(pad)], cwd=WORTEL,
                         capture_output=True, text=True, timeout=TIJDSLIMIET)
    assert uit.returncode == 0, uit.stderr[-2000:]
    return json.loads(uit.stdout)


def assert_geweigerd(pad: Path, *woorden: str) -> str:
    uitkomst = lees_in_kindproces(pad)
    assert uitkomst["invoer"] is False
    bevindingen = uitkomst["bevindingen"]
    assert len(bevindingen) == 1 and bevindingen[0]["ernst"] == "fout"
    zin = bevindingen[0]["melding"]
    assert pad.name in zin and zin.endswith(".") and "Error" not in zin and "Traceback" not in zin
    for woord in woorden:
        assert woord in zin
    return zin


def vervang_lid(bron: bytes, naam: str, inhoud: bytes) -> bytes:
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(bron)) as zin, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as zout:
        for lid in zin.infolist():
            zout.writestr(lid.filename, inhoud if lid.filename == naam else zin.read(lid.filename))
    return uit.getvalue()


@pytest.fixture(scope="module")
def voorbeeld_xlsx(voorbeeld) -> bytes:
    return sjabloon_bytes(voorbeeld)


LACHJES = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>"""


@pytest.mark.parametrize("codering", ["utf-8", "utf-16"])
def test_billion_laughs(tmp_path, voorbeeld_xlsx, codering):
    inhoud = LACHJES if codering == "utf-8" else LACHJES.decode().replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16")
    pad = tmp_path / "lachjes.xlsx"
    pad.write_bytes(vervang_lid(voorbeeld_xlsx, "xl/worksheets/sheet1.xml", inhoud))
    assert_geweigerd(pad, "DTD")


def test_defusedxml_is_actief_voor_openpyxl(tmp_path, voorbeeld_xlsx):
    from defusedxml import DTDForbidden, EntitiesForbidden
    from openpyxl import load_workbook
    assert xml_beveiliging_actief() == {"lezer": True, "openpyxl": True, "openpyxl_lxml": False}
    pad = tmp_path / "lachjes.xlsx"
    pad.write_bytes(vervang_lid(voorbeeld_xlsx, "xl/worksheets/sheet1.xml", LACHJES))
    with pytest.raises(Exception) as fout:
        load_workbook(pad)
    keten, e = [], fout.value
    while e is not None:  # openpyxl wraps the parser's exception in a ValueError
        keten.append(e)
        e = e.__cause__ or e.__context__
    assert any(isinstance(x, (EntitiesForbidden, DTDForbidden)) for x in keten)


def test_zipbom_boven_200_mb(tmp_path, voorbeeld_xlsx):
    pad = tmp_path / "bom.xlsx"
    pad.write_bytes(voorbeeld_xlsx)
    with zipfile.ZipFile(pad, "a", zipfile.ZIP_DEFLATED) as zf, zf.open("xl/media/nullen.bin", "w") as f:
        nullen = bytes(1024 * 1024)
        for _ in range(210):
            f.write(nullen)
    assert pad.stat().st_size < 2 * 1024 * 1024
    assert_geweigerd(pad, "200 MB")


def test_zipbom_met_hoge_verhouding(tmp_path, voorbeeld_xlsx):
    pad = tmp_path / "verhouding.xlsx"
    pad.write_bytes(voorbeeld_xlsx)
    with zipfile.ZipFile(pad, "a", zipfile.ZIP_DEFLATED) as zf, zf.open("xl/media/nullen.bin", "w") as f:
        f.write(bytes(20 * 1024 * 1024))
    assert_geweigerd(pad, "gecomprimeerd")


def test_willekeurige_bytes_met_xlsx_naam(tmp_path):
    pad = tmp_path / "onzin.xlsx"
    pad.write_bytes(random.Random(7).randbytes(64 * 1024))
    assert_geweigerd(pad, "geen Excel- of ODS-werkboek")


def minimaal_cfb(stromen: list[str]) -> bytes:
    """A minimal OLE/CFB container: header sector plus one directory sector naming the streams."""
    kop = bytearray(512)
    kop[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    kop[0x18:0x1A] = (0x3E).to_bytes(2, "little")
    kop[0x1A:0x1C] = (3).to_bytes(2, "little")
    kop[0x1C:0x1E] = (0xFFFE).to_bytes(2, "little")
    kop[0x1E:0x20] = (9).to_bytes(2, "little")
    kop[0x20:0x22] = (6).to_bytes(2, "little")
    map_ = bytearray(512)
    for i, naam in enumerate(["Root Entry"] + stromen):
        naam_bytes = (naam + "\0").encode("utf-16-le")
        item = bytearray(128)
        item[0:len(naam_bytes)] = naam_bytes
        item[0x40:0x42] = len(naam_bytes).to_bytes(2, "little")
        item[0x42] = 5 if i == 0 else 2
        map_[i * 128:(i + 1) * 128] = item
    return bytes(kop) + bytes(map_)


@pytest.mark.parametrize("ext", [".xlsx", ".xls"])
def test_versleuteld_werkboek(tmp_path, ext):
    pad = tmp_path / f"geheim{ext}"
    pad.write_bytes(minimaal_cfb(["EncryptionInfo", "EncryptedPackage"]))
    assert_geweigerd(pad, "wachtwoord")


def test_leeg_bestand(tmp_path):
    pad = tmp_path / "leeg.xlsx"
    pad.write_bytes(b"")
    assert_geweigerd(pad, "leeg")


def test_afgebroken_bestand(tmp_path, voorbeeld_xlsx):
    pad = tmp_path / "half.xlsx"
    pad.write_bytes(voorbeeld_xlsx[: len(voorbeeld_xlsx) // 2])
    assert_geweigerd(pad, "beschadigd")


def test_beschadigde_inhoud(tmp_path, voorbeeld_xlsx):
    kapot = bytearray(voorbeeld_xlsx)
    with zipfile.ZipFile(io.BytesIO(voorbeeld_xlsx)) as zf:
        lid = zf.getinfo("xl/worksheets/sheet2.xml")
    midden = lid.header_offset + 30 + len(lid.filename) + lid.compress_size // 2
    kapot[midden:midden + 8] = b"\xff" * 8
    pad = tmp_path / "kapot.xlsx"
    pad.write_bytes(bytes(kapot))
    assert_geweigerd(pad, "beschadigd")


def test_ods_met_xlsx_naam(tmp_path):
    pad = schrijf(voorbeeld_grid(), tmp_path / "echt.ods")
    fout = pad.rename(tmp_path / "verkeerd.xlsx")
    assert_geweigerd(fout, "ODS", "extensie")


def test_xls_met_xlsx_naam(tmp_path):
    pad = schrijf(voorbeeld_grid(), tmp_path / "echt.xls")
    fout = pad.rename(tmp_path / "oud.xlsx")
    assert_geweigerd(fout, ".xls", "extensie")


def test_zip_zonder_werkboek(tmp_path):
    pad = tmp_path / "archief.xlsx"
    with zipfile.ZipFile(pad, "w") as zf:
        zf.writestr("leesmij.txt", "geen werkboek")
    assert_geweigerd(pad, "zip")


def test_blad_met_onredelijk_groot_gebied(tmp_path):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Gemeente"
    ws["A1"], ws["XFD1048576"] = "Gegeven", 1
    pad = tmp_path / "groot.xlsx"
    wb.save(pad)
    assert_geweigerd(pad, "Gemeente", "groot")


def test_onbekende_foutcode(tmp_path, voorbeeld_xlsx):
    with zipfile.ZipFile(io.BytesIO(voorbeeld_xlsx)) as zf:
        blad = zf.read("xl/worksheets/sheet1.xml").decode()
    assert '<c r="B13" s="7" t="n"><v>27</v>' in blad
    blad = blad.replace('<c r="B13" s="7" t="n"><v>27</v>', '<c r="B13" s="7" t="e"><v>#ONZIN!</v>')
    pad = tmp_path / "foutcode.xlsx"
    pad.write_bytes(vervang_lid(voorbeeld_xlsx, "xl/worksheets/sheet1.xml", blad.encode()))
    assert_geweigerd(pad, "Blad Gemeente")


def test_map_en_ander_bestandstype(tmp_path):
    from model.io.invoerbestand import lees_invoerbestand
    (tmp_path / "map.xlsx").mkdir()
    invoer, b = lees_invoerbestand(tmp_path / "map.xlsx")
    assert invoer is None and len(b) == 1 and "map" in b[0].melding
    (tmp_path / "tabel.csv").write_text("a;b\n")
    invoer, b = lees_invoerbestand(tmp_path / "tabel.csv")
    assert invoer is None and len(b) == 1 and "werkboek" in b[0].melding


def test_xls_met_beschadigde_afmetingen(tmp_path):
    """A damaged DIMENSIONS record made the parser ask for ~1 TB and abort the process (found by fuzzing)."""
    data = bytearray(schrijf(voorbeeld_grid(), tmp_path / "goed.xls").read_bytes())
    plek = data.index(b"\x00\x02\x0e\x00")  # record 0x0200, 14 bytes: first row, last row + 1, columns
    data[plek + 4:plek + 8] = (0x5400).to_bytes(4, "little")
    pad = tmp_path / "afmetingen.xls"
    pad.write_bytes(bytes(data))
    assert_geweigerd(pad, "beschadigd")


def test_bytes_gewijzigd_in_kindproces(tmp_path):
    """Random byte changes and truncations of all three formats: findings, never a crash of the process."""
    uit = subprocess.run([sys.executable, str(WORTEL / "benchmarks" / "fuzz_bytes.py"), "120", "11"], cwd=WORTEL,
                         capture_output=True, text=True, timeout=600)
    assert uit.returncode == 0, uit.stderr[-3000:]
    assert "120 gevallen" in uit.stdout


def test_ods_met_herhaalde_cellen(tmp_path):
    """One stored cell repeated 1000 columns x 10,000 rows: refused before the parser expands it."""
    inhoud = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
              'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
              'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
              'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
              '<office:spreadsheet><table:table table:name="Gemeente"><table:table-row table:number-rows-repeated="10000">'
              '<table:table-cell table:number-columns-repeated="1000" office:value-type="float" office:value="1">'
              '<text:p>1</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>'
              '</office:document-content>')
    pad = tmp_path / "herhaald.ods"
    with zipfile.ZipFile(pad, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", inhoud, compress_type=zipfile.ZIP_DEFLATED)
    assert_geweigerd(pad, "Gemeente", "onredelijk groot")


def test_xls_met_cel_ver_buiten_het_blad(tmp_path):
    """A damaged cell position made the parser allocate gigabytes for the sheet grid (found by fuzzing)."""
    data = bytearray(schrijf(voorbeeld_grid(), tmp_path / "goed.xls").read_bytes())
    plek = data.index(b"\xfd\x00\x0a\x00")  # LABELSST: row, column, style, string index
    data[plek + 4:plek + 8] = (60000).to_bytes(2, "little") + (200).to_bytes(2, "little")
    pad = tmp_path / "celpositie.xls"
    pad.write_bytes(bytes(data))
    assert_geweigerd(pad, "onredelijk groot")


def test_eigen_xml_scan_gebruikt_defusedxml(tmp_path, voorbeeld_xlsx):
    """Second line of defence: even past the byte check, the reader's XML scan refuses entities."""
    from defusedxml import DTDForbidden, EntitiesForbidden

    from model.io.bladen import _scan_xlsx
    pad = tmp_path / "lachjes.xlsx"
    pad.write_bytes(vervang_lid(voorbeeld_xlsx, "xl/worksheets/sheet1.xml", LACHJES))
    with pytest.raises((EntitiesForbidden, DTDForbidden)):
        _scan_xlsx(pad)


@pytest.mark.parametrize("inhoud", [b"<html><body><table><tr><td>Naam gemeente</td></tr></table></body></html>",
                                    "Gegeven;Waarde\nNaam gemeente;Voorbeeldgemeente\n".encode()])
def test_tekstbestand_met_werkboeknaam(tmp_path, inhoud):
    pad = tmp_path / "export.xls"
    pad.write_bytes(inhoud)
    assert_geweigerd(pad, "tekstbestand", "sla het op")
