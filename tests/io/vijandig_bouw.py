"""Generators for hostile workbooks (issue: tiny files that made the parser exhaust memory or time).

Each function returns the bytes of one file; nothing binary is stored in the repository.
``benchmarks/vijandig.py`` runs ``controleer`` on all of them under an address-space limit.
"""
from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

_EINDE, _VRIJ, _FATSECTOR = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


# ---------------------------------------------------------------- .xls (BIFF8 in an OLE/CFB container)

def biff_records(stroom: bytes) -> list[tuple[int, bytes]]:
    uit, pos = [], 0
    while pos + 4 <= len(stroom):
        soort, lengte = struct.unpack_from("<HH", stroom, pos)
        uit.append((soort, stroom[pos + 4:pos + 4 + lengte]))
        pos += 4 + lengte
    return uit


def biff_stroom(records: list[tuple[int, bytes]]) -> bytes:
    """Records back to a stream, with every BOUNDSHEET pointing at its sheet's BOF again."""
    posities, pos = [], 0
    for soort, inhoud in records:
        posities.append(pos)
        pos += 4 + len(inhoud)
    bof_na_globaal = [posities[i] for i, (s, _) in enumerate(records) if s == 0x0809][1:]
    uit, blad = bytearray(), 0
    for soort, inhoud in records:
        if soort == 0x0085 and blad < len(bof_na_globaal):
            inhoud = struct.pack("<I", bof_na_globaal[blad]) + inhoud[4:]
            blad += 1
        uit += struct.pack("<HH", soort, len(inhoud)) + inhoud
    return bytes(uit)


def cfb_stromen(data: bytes) -> dict[str, bytes]:
    """The streams of a simple CFB file (one FAT sector's worth, as xlwt writes them), by name."""
    grootte = 512
    (eerste_map,) = struct.unpack_from("<I", data, 0x30)
    fat_sector = struct.unpack_from("<I", data, 0x4C)[0]
    fat = struct.unpack_from("<128I", data, 512 + fat_sector * grootte)

    def keten(start):
        s, uit = start, []
        while s not in (_EINDE, _VRIJ):
            uit.append(data[512 + s * grootte:512 + (s + 1) * grootte])
            s = fat[s]
        return b"".join(uit)

    mapdata, stromen = keten(eerste_map), {}
    for i in range(1, len(mapdata) // 128):
        item = mapdata[i * 128:(i + 1) * 128]
        lengte = struct.unpack_from("<H", item, 0x40)[0]
        if item[0x42] == 2 and lengte:
            start, omvang = struct.unpack_from("<II", item, 0x74)
            stromen[item[:lengte - 2].decode("utf-16-le")] = keten(start)[:omvang]
    return stromen


def cfb(stromen: list[tuple[str, bytes, int | None]]) -> bytes:
    """A CFB v3 container (512-byte sectors, no mini stream) holding ``(name, data, name length field)``.

    Every stream is padded to at least 4096 bytes so that it lives in ordinary sectors; a name
    length of None is the correct one, 0 makes a directory entry whose name field says "no name".
    """
    stromen = [(n, d + bytes(max(0, 4096 - len(d))), l) for n, d, l in stromen]
    n_map = -(-(len(stromen) + 1) // 4)
    sectoren_per_stroom = [-(-len(d) // 512) for _, d, _ in stromen]
    totaal = 1 + n_map + sum(sectoren_per_stroom)
    if totaal > 128:
        raise ValueError("te groot voor één FAT-sector")
    fat = [_VRIJ] * 128
    fat[0] = _FATSECTOR
    for i in range(1, 1 + n_map):
        fat[i] = i + 1 if i < n_map else _EINDE
    starts, volgende = [], 1 + n_map
    for n in sectoren_per_stroom:
        starts.append(volgende)
        for k in range(n):
            fat[volgende + k] = volgende + k + 1 if k < n - 1 else _EINDE
        volgende += n
    kop = bytearray(512)
    kop[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", kop, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", kop, 0x2C, 1, 1, 0, 4096, _EINDE, 0, _EINDE, 0)
    struct.pack_into("<109I", kop, 0x4C, 0, *([_VRIJ] * 108))

    def item(naam: str, soort: int, start: int, omvang: int, lengte: int | None, rechts: int, kind: int) -> bytes:
        b = bytearray(128)
        tekst = (naam + "\0").encode("utf-16-le")
        b[:len(tekst)] = tekst
        struct.pack_into("<HBBIII", b, 0x40, len(tekst) if lengte is None else lengte, soort, 1,
                         _VRIJ, rechts, kind)
        struct.pack_into("<II", b, 0x74, start, omvang)
        return bytes(b)

    items = [item("Root Entry", 5, _EINDE, 0, None, _VRIJ, 1 if stromen else _VRIJ)]
    for i, ((naam, data, lengte), start) in enumerate(zip(stromen, starts), start=1):
        items.append(item(naam, 2, start, len(data), lengte, i + 1 if i < len(stromen) else _VRIJ, _VRIJ))
    mapdata = b"".join(items).ljust(n_map * 512, b"\0")
    inhoud = b"".join(d.ljust(n * 512, b"\0") for (_, d, _), n in zip(stromen, sectoren_per_stroom))
    return bytes(kop) + struct.pack("<128I", *fat) + mapdata + inhoud


def _met_afmetingen_10_bytes(werkboek: bytes, rijen: int, kolommen: int) -> bytes:
    uit = []
    for soort, inhoud in biff_records(werkboek):
        if soort == 0x0200:
            inhoud = struct.pack("<HHHHH", 0, rijen, 0, kolommen, 0)
        uit.append((soort, inhoud))
    return biff_stroom(uit)


def xls_afmetingen_10_bytes(goed_xls: bytes) -> bytes:
    """DIMENSIONS in the older 10-byte form claiming 65535 x 65535 cells (the guard checked only >= 12 bytes)."""
    stromen = cfb_stromen(goed_xls)
    return cfb([("Workbook", _met_afmetingen_10_bytes(stromen["Workbook"], 0xFFFF, 0xFFFF), None)])


def xls_lokstroom(goed_xls: bytes, lengte_lokaas: int | None = 0) -> bytes:
    """Two directory entries named Workbook: first a hostile one whose name length field is 0, then a sane one."""
    werkboek = cfb_stromen(goed_xls)["Workbook"]
    return cfb([("Workbook", _met_afmetingen_10_bytes(werkboek, 0xFFFF, 0xFFFF), lengte_lokaas),
                ("Workbook", werkboek, None)])


def xls_veel_bladen(pad: Path, bladen: int = 60) -> bytes:
    """Sheets each just under the per-sheet limit (one cell in A1, one far away): together gigabytes."""
    import xlwt
    wb = xlwt.Workbook()
    for i in range(bladen):
        ws = wb.add_sheet(f"Blad{i + 1}")
        ws.write(0, 0, 1)
        ws.write(7700, 255, 1)
    wb.save(str(pad))
    return pad.read_bytes()


def xls_met_tekst(pad: Path, tekst: str) -> bytes:
    """A normal .xls with ``tekst`` in a cell, stored as UTF-16 (a non-Latin-1 character forces that)."""
    import xlwt

    from tests.io.bouw import voorbeeld_grid
    wb = xlwt.Workbook()
    for naam, rijen in voorbeeld_grid().items():
        ws = wb.add_sheet(naam)
        for r, rij in enumerate(rijen):
            for c, waarde in enumerate(rij):
                if waarde is not None:
                    ws.write(r, c, waarde)
        if naam == "Gemeente":
            ws.write(len(rijen) + 2, 2, tekst)
    wb.save(str(pad))
    return pad.read_bytes()


# ---------------------------------------------------------------- .ods

_ODS_KOP = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
            '<office:body><office:spreadsheet>')
_ODS_STAART = '</office:spreadsheet></office:body></office:document-content>'
_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
             'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
             '<manifest:file-entry manifest:full-path="/" '
             'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
             '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
             '</manifest:manifest>')


def ods(bladen: str) -> bytes:
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", _MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("content.xml", _ODS_KOP + bladen + _ODS_STAART, compress_type=zipfile.ZIP_DEFLATED)
    return uit.getvalue()


def _blad(naam: str, rijen: int, kolommen: int, cel: str) -> str:
    return (f'<table:table table:name="{naam}"><table:table-row table:number-rows-repeated="{rijen}">'
            f'<table:table-cell table:number-columns-repeated="{kolommen}" {cel}/>'
            '</table:table-row></table:table>')


def ods_veel_bladen(bladen: int = 150, rijen: int = 1990, kolommen: int = 1000) -> bytes:
    """Many sheets each just under the per-sheet limit; the parser loads every sheet of an .ods."""
    cel = 'office:value-type="float" office:value="1"'
    return ods("".join(_blad(f"Blad{i}", rijen, kolommen, cel) for i in range(bladen)))


def ods_waarde_zonder_type(rijen: int = 10_000, kolommen: int = 1000) -> bytes:
    """Cells with office:value but no office:value-type: invisible to a scan that looks for the type."""
    return ods(_blad("Gemeente", rijen, kolommen, 'office:value="1"'))


def ods_veel_fouten(rijen: int = 330_000) -> bytes:
    """A year sheet whose every row has a year but an unreadable amount: hundreds of thousands of findings."""
    kop = ('<table:table-row><table:table-cell office:value-type="string"><text:p>Jaar</text:p></table:table-cell>'
           '<table:table-cell office:value-type="string"><text:p>Taakstelling</text:p></table:table-cell>'
           '</table:table-row>')
    rij = (f'<table:table-row table:number-rows-repeated="{rijen}">'
           '<table:table-cell office:value-type="float" office:value="2026"><text:p>2026</text:p></table:table-cell>'
           '<table:table-cell office:value-type="string"><text:p>veel</text:p></table:table-cell></table:table-row>')
    gemeente = ('<table:table table:name="Gemeente"><table:table-row><table:table-cell office:value-type="string">'
                '<text:p>Gegeven</text:p></table:table-cell><table:table-cell office:value-type="string">'
                '<text:p>Waarde</text:p></table:table-cell></table:table-row></table:table>')
    return ods(gemeente + f'<table:table table:name="Meerjarig">{kop}{rij}</table:table>')


# ---------------------------------------------------------------- .xlsx

def vervang_leden(bron: bytes, leden: dict[str, bytes]) -> bytes:
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(bron)) as zin, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as zout:
        for lid in zin.infolist():
            if lid.filename not in leden:
                zout.writestr(lid.filename, zin.read(lid.filename))
        for naam, inhoud in leden.items():
            zout.writestr(naam, inhoud)
    return uit.getvalue()


def xlsx_gedeeld_deel(goed_xlsx: bytes, namen: int = 200, rijen: int = 30_000) -> bytes:
    """Many sheet names whose relationships all point at one large part: scanned once per name before."""
    rij = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}"><v>1</v></c></row>' for r in range(1, rijen + 1))
    blad = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            f'{rij}</sheetData></worksheet>').encode()
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    namen_ = ["Gemeente", "Meerjarig"] + [f"Blad{i}" for i in range(2, namen)]
    bladen = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId1"/>' for i, n in enumerate(namen_))
    werkboek = f'<workbook {ns}><sheets>{bladen}</sheets></workbook>'.encode()
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>').encode()
    return vervang_leden(goed_xlsx, {"xl/workbook.xml": werkboek, "xl/_rels/workbook.xml.rels": rels,
                                     "xl/worksheets/sheet1.xml": blad})


def _namen(aantal: int) -> list[str]:
    """Distinct element names, so that the XML does not compress (a zip-bomb guard would catch it first)."""
    import random
    kans = random.Random(14)
    return [f"x{kans.getrandbits(40):x}" for _ in range(aantal)]


def xlsx_diep_xml(goed_xlsx: bytes, diepte: int = 100_000) -> bytes:
    """A sheet whose XML nests elements a hundred thousand deep (about 3 MB)."""
    namen = _namen(diepte)
    blad = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + "".join(f"<{n}>" for n in namen) + "".join(f"</{n}>" for n in reversed(namen))
            + '</sheetData></worksheet>').encode()
    return vervang_leden(goed_xlsx, {"xl/worksheets/sheet1.xml": blad})


def xlsx_plat_xml(goed_xlsx: bytes, elementen: int = 200_000) -> bytes:
    """A sheet with hundreds of thousands of unknown sibling elements that no scan clears (about 3 MB)."""
    blad = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            + "".join(f"<{n}/>" for n in _namen(elementen)) + '<sheetData/></worksheet>').encode()
    return vervang_leden(goed_xlsx, {"xl/worksheets/sheet1.xml": blad})


def xlsx_utf7(goed_xlsx: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(goed_xlsx)) as zf:
        blad = zf.read("xl/worksheets/sheet1.xml")
    blad = blad.split(b"?>", 1)[1] if blad.startswith(b"<?xml") else blad
    return vervang_leden(goed_xlsx, {"xl/worksheets/sheet1.xml": b'<?xml version="1.0" encoding="UTF-7"?>' + blad})
