"""Hostile and broken files: each refused with one clear Dutch sentence, in bounded time and memory.

Workbooks are read the way the app and the CLI read them: :func:`lees_invoerbestand` parses in
a contained child process (memory and time limits), so a file that makes the parser exhaust
memory costs that child, not this test process. The sentences checked here come from the
pre-scans, which give the precise reason; ``test_controleer_op_vijandig_bestand`` checks the
CLI end to end under an address-space limit.
"""
from __future__ import annotations

import io
import random
import subprocess
import time
import sys
import zipfile
from pathlib import Path

import pytest

from model.io.bladen import xml_beveiliging_actief
from model.io.invoerbestand import lees_invoerbestand
from model.io.sjabloon import sjabloon_bytes
from tests.io import vijandig_bouw as vb
from tests.io.bouw import schrijf, voorbeeld_grid

WORTEL = Path(__file__).resolve().parents[2]


def assert_geweigerd(pad: Path, *woorden: str) -> str:
    invoer, bevindingen = lees_invoerbestand(pad)
    assert invoer is None
    assert len(bevindingen) == 1 and bevindingen[0].is_fout, [b.melding for b in bevindingen]
    zin = bevindingen[0].melding
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


@pytest.mark.parametrize("ext", [".xlsx", ".xls"])
def test_versleuteld_werkboek(tmp_path, ext):
    pad = tmp_path / f"geheim{ext}"
    pad.write_bytes(vb.cfb([("EncryptionInfo", b"\x04\x00\x04\x00", None), ("EncryptedPackage", bytes(64), None)]))
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


def _met_cel(voorbeeld_xlsx: bytes, oud: str, nieuw: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(voorbeeld_xlsx)) as zf:
        blad = zf.read("xl/worksheets/sheet1.xml").decode()
    assert oud in blad
    return vervang_lid(voorbeeld_xlsx, "xl/worksheets/sheet1.xml", blad.replace(oud, nieuw).encode())


@pytest.mark.parametrize("foutwaarde", ["#ONZIN!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#BLOCKED!", "#DIV/0!"])
def test_foutwaarde_in_gelezen_cel_noemt_de_cel(tmp_path, voorbeeld_xlsx, foutwaarde):
    """Newer (and unknown) error values made the parser refuse the whole sheet; now they name their cell."""
    pad = tmp_path / "foutcode.xlsx"
    pad.write_bytes(_met_cel(voorbeeld_xlsx, '<c r="B15" s="7" t="n"><v>27</v>',
                             f'<c r="B15" s="7" t="e"><v>{foutwaarde}</v>'))
    invoer, bevindingen = lees_invoerbestand(pad)
    assert invoer is None
    fouten = [b for b in bevindingen if b.is_fout]
    assert len(fouten) == 1 and fouten[0].cel == "B15" and fouten[0].blad == "Gemeente"
    assert foutwaarde in fouten[0].melding and "Contracturen" in fouten[0].melding


@pytest.mark.parametrize("foutwaarde", ["#SPILL!", "#CALC!"])
def test_foutwaarde_in_ongelezen_cel_doet_er_niet_toe(tmp_path, voorbeeld_xlsx, foutwaarde):
    """An error value in the explanation column (never read) does not stop the input."""
    with zipfile.ZipFile(io.BytesIO(voorbeeld_xlsx)) as zf:
        blad = zf.read("xl/worksheets/sheet1.xml").decode()
    begin = blad.index('<c r="C4"')
    einde = blad.index("</c>", begin) + 4
    pad = tmp_path / "toelichting.xlsx"
    pad.write_bytes(vervang_lid(voorbeeld_xlsx, "xl/worksheets/sheet1.xml",
                                (blad[:begin] + f'<c r="C4" t="e"><v>{foutwaarde}</v></c>' + blad[einde:]).encode()))
    invoer, bevindingen = lees_invoerbestand(pad)
    assert invoer is not None, [b.melding for b in bevindingen]
    assert invoer.contracturen == 27


def test_formule_zonder_uitkomst_is_een_fout_met_cel(tmp_path, voorbeeld_xlsx):
    """A formula whose result was never stored read as an empty cell (a warning and € 0); now it is an error."""
    pad = tmp_path / "formule.xlsx"
    pad.write_bytes(_met_cel(voorbeeld_xlsx, '<c r="B15" s="7" t="n"><v>27</v>', '<c r="B15" s="7"><f>20+7</f>'))
    invoer, bevindingen = lees_invoerbestand(pad)
    assert invoer is None
    fouten = [b for b in bevindingen if b.is_fout]
    assert len(fouten) == 1 and fouten[0].cel == "B15"
    assert "in blad Gemeente, cel B15 staat een formule zonder berekende waarde" in fouten[0].melding
    assert "sla het op" in fouten[0].melding


def test_ods_formule_zonder_uitkomst(tmp_path):
    pad = schrijf(voorbeeld_grid(), tmp_path / "goed.ods")
    with zipfile.ZipFile(pad) as zf:
        inhoud = zf.read("content.xml").decode()
    oud = '<table:table-cell office:value-type="float" office:value="27.0"><text:p>27.0</text:p></table:table-cell>'
    assert inhoud.count(oud) == 1
    nieuw = '<table:table-cell table:formula="of:=20+7"/>'
    kapot = tmp_path / "formule.ods"
    kapot.write_bytes(vervang_lid(pad.read_bytes(), "content.xml", inhoud.replace(oud, nieuw).encode()))
    invoer, bevindingen = lees_invoerbestand(kapot)
    assert invoer is None
    fouten = [b for b in bevindingen if b.is_fout]
    assert len(fouten) == 1 and "formule zonder berekende waarde" in fouten[0].melding and fouten[0].cel


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

    from model.io.bladen import _scan_xlsx_blad
    pad = tmp_path / "lachjes.xlsx"
    pad.write_bytes(vervang_lid(voorbeeld_xlsx, "xl/worksheets/sheet1.xml", LACHJES))
    with zipfile.ZipFile(pad) as zf, pytest.raises((EntitiesForbidden, DTDForbidden)):
        _scan_xlsx_blad(zf, "xl/worksheets/sheet1.xml", pad.name)


@pytest.mark.parametrize("inhoud", [b"<html><body><table><tr><td>Naam gemeente</td></tr></table></body></html>",
                                    "Gegeven;Waarde\nNaam gemeente;Voorbeeldgemeente\n".encode()])
def test_tekstbestand_met_werkboeknaam(tmp_path, inhoud):
    pad = tmp_path / "export.xls"
    pad.write_bytes(inhoud)
    assert_geweigerd(pad, "tekstbestand", "sla het op")


# ---------------------------------------------------------------- tiny files that took the process down

@pytest.fixture(scope="module")
def goed_xls(tmp_path_factory) -> bytes:
    return schrijf(voorbeeld_grid(), tmp_path_factory.mktemp("xls") / "goed.xls").read_bytes()


def test_cfb_schrijver_geeft_een_leesbaar_werkboek(tmp_path, goed_xls):
    """The generators below rebuild .xls containers; an unchanged stream must read as the example."""
    pad = tmp_path / "herbouwd.xls"
    pad.write_bytes(vb.cfb([("Workbook", vb.cfb_stromen(goed_xls)["Workbook"], None)]))
    invoer, bevindingen = lees_invoerbestand(pad)
    assert invoer is not None, [b.melding for b in bevindingen]


def test_xls_afmetingen_in_de_oude_vorm_van_10_bytes(tmp_path, goed_xls):
    pad = tmp_path / "afmetingen10.xls"
    pad.write_bytes(vb.xls_afmetingen_10_bytes(goed_xls))
    assert_geweigerd(pad, "beschadigd")


@pytest.mark.parametrize("lengte", [0, None])
def test_xls_met_lokstroom(tmp_path, goed_xls, lengte):
    """Two entries named Workbook (one with name length 0): the guard and the parser chose different ones."""
    pad = tmp_path / "lokstroom.xls"
    pad.write_bytes(vb.xls_lokstroom(goed_xls, lengte))
    assert_geweigerd(pad, "meer dan één werkboek")


def test_xls_bladen_tellen_samen(tmp_path):
    pad = tmp_path / "veelbladen.xls"
    vb.xls_veel_bladen(pad)
    assert_geweigerd(pad, "samen", "4.000.000")


def test_ods_bladen_tellen_samen(tmp_path):
    pad = tmp_path / "veelbladen.ods"
    pad.write_bytes(vb.ods_veel_bladen())
    assert_geweigerd(pad, "samen", "4.000.000")


def test_ods_waarde_zonder_type_telt_mee(tmp_path):
    pad = tmp_path / "zondertype.ods"
    pad.write_bytes(vb.ods_waarde_zonder_type())
    assert_geweigerd(pad, "Gemeente", "onredelijk groot")


def test_xlsx_bladnamen_die_naar_een_deel_wijzen(tmp_path, voorbeeld_xlsx):
    """200 sheet names, one part: only the sheets the reader needs are scanned, each once."""
    pad = tmp_path / "gedeeld.xlsx"
    pad.write_bytes(vb.xlsx_gedeeld_deel(voorbeeld_xlsx))
    begin = time.monotonic()
    invoer, bevindingen = lees_invoerbestand(pad)
    assert invoer is None and all("kopregel" in b.melding for b in bevindingen if b.is_fout)
    assert time.monotonic() - begin < 15   # a bound against rescanning per name (was 90 s), not a benchmark


@pytest.mark.parametrize("maak, woord", [(vb.xlsx_diep_xml, "diep genest"), (vb.xlsx_plat_xml, "kopregel")])
def test_xml_vermenigvuldiging(tmp_path, voorbeeld_xlsx, maak, woord):
    pad = tmp_path / "xml.xlsx"
    pad.write_bytes(maak(voorbeeld_xlsx))
    invoer, bevindingen = lees_invoerbestand(pad)
    assert invoer is None and any(woord in b.melding for b in bevindingen)


def test_xml_in_utf7(tmp_path, voorbeeld_xlsx):
    pad = tmp_path / "utf7.xlsx"
    pad.write_bytes(vb.xlsx_utf7(voorbeeld_xlsx))
    assert_geweigerd(pad, "UTF-7")


def test_tekst_encryptioninfo_in_een_gewoon_xls(tmp_path):
    pad = tmp_path / "tekst.xls"
    vb.xls_met_tekst(pad, "EncryptionInfo en EncryptedPackage \u0101")
    invoer, bevindingen = lees_invoerbestand(pad)
    assert invoer is not None, [b.melding for b in bevindingen]


def test_honderdduizenden_bevindingen_worden_geteld(tmp_path):
    from model.io.grenzen import MAX_BEVINDINGEN
    pad = tmp_path / "veelfouten.ods"
    pad.write_bytes(vb.ods_veel_fouten(rijen=50_000))   # the reported file had 330,000 (benchmarks/vijandig.py)
    invoer, bevindingen = lees_invoerbestand(pad)
    assert invoer is None and len(bevindingen) <= MAX_BEVINDINGEN + 2
    samenvatting = [b.melding for b in bevindingen if b.melding.startswith("… en nog ")]
    assert any(s.endswith(" vergelijkbare fouten.") and "49.8" in s for s in samenvatting), samenvatting


def _vijandige_bestanden(map_: Path, rijen_fouten: int = 50_000) -> dict[str, bytes]:
    goed_xls = schrijf(voorbeeld_grid(), map_ / "goed.xls").read_bytes()
    goed_xlsx = sjabloon_bytes(None)
    return {
        "afmetingen10.xls": vb.xls_afmetingen_10_bytes(goed_xls),
        "lokstroom.xls": vb.xls_lokstroom(goed_xls),
        "veelbladen.xls": vb.xls_veel_bladen(map_ / "veelbladen.xls"),
        "veelbladen.ods": vb.ods_veel_bladen(),
        "zondertype.ods": vb.ods_waarde_zonder_type(),
        "veelfouten.ods": vb.ods_veel_fouten(rijen=rijen_fouten),
        "gedeeld.xlsx": vb.xlsx_gedeeld_deel(goed_xlsx),
        "diep.xlsx": vb.xlsx_diep_xml(goed_xlsx),
        "plat.xlsx": vb.xlsx_plat_xml(goed_xlsx),
        "utf7.xlsx": vb.xlsx_utf7(goed_xlsx),
    }


NAMEN = ["afmetingen10.xls", "lokstroom.xls", "veelbladen.xls", "veelbladen.ods", "zondertype.ods", "veelfouten.ods",
         "gedeeld.xlsx", "diep.xlsx", "plat.xlsx", "utf7.xlsx"]


@pytest.fixture(scope="module")
def vijandig(tmp_path_factory) -> Path:
    map_ = tmp_path_factory.mktemp("vijandig")
    for naam, data in _vijandige_bestanden(map_).items():
        (map_ / naam).write_bytes(data)
    return map_


@pytest.mark.skipif(sys.platform == "win32", reason="address-space limit via RLIMIT_AS")
@pytest.mark.parametrize("naam", NAMEN)
def test_controleer_op_vijandig_bestand(vijandig, naam):
    """`controleer` exits 2 with a Dutch sentence, within 30 s, in under 3 GB of address space."""
    import resource

    def begrens():
        resource.setrlimit(resource.RLIMIT_AS, (3 * 1024 ** 3, 3 * 1024 ** 3))

    uit = subprocess.run([sys.executable, str(WORTEL / "main.py"), "controleer", str(vijandig / naam)],
                         cwd=WORTEL, capture_output=True, text=True, timeout=30, preexec_fn=begrens)
    assert uit.returncode == 2, uit.stdout + uit.stderr
    assert "- Fout: " in uit.stdout and "kan niet worden gebruikt" in uit.stderr
    for vreemd in ("Traceback", "Error", "panicked", "memory allocation"):
        assert vreemd not in uit.stdout + uit.stderr
