"""Structure-aware mutations of real workbook files: XML attributes and elements (xlsx, ods),
BIFF record fields and CFB directory entries (xls) — the places where sizes and counts live
that a parser allocates by. Byte flips rarely reach these; a fuzzer that knows the structure does.

``muteer(data, ext, kans)`` returns a mutated copy. Used by tests/io/test_fuzz_structuur.py (a
bounded run with a fixed seed) and benchmarks/fuzz_structuur.py (a long run with figures).
"""
from __future__ import annotations

import io
import random
import re
import struct
import zipfile

from tests.io import vijandig_bouw as vb

_GROTE_GETALLEN = ["0", "1", "-1", "65535", "65536", "1048576", "1048577", "2147483647", "4294967295",
                   "99999999999", "1e308", "NaN", "", "abc"]
_ATTR = re.compile(rb'([\w:]+)="([^"]*)"')


def _zip_leden(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {naam: zf.read(naam) for naam in zf.namelist()}


def _zip(leden: dict[str, bytes]) -> bytes:
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as zf:
        for naam, inhoud in leden.items():
            zf.writestr(naam, inhoud)
    return uit.getvalue()


def _muteer_xml(xml: bytes, kans: random.Random) -> bytes:
    keuze = kans.randrange(6)
    attrs = list(_ATTR.finditer(xml))
    if keuze <= 2 and attrs:                       # an attribute value: sizes, references, types
        m = kans.choice(attrs)
        naam = m.group(1)
        if naam.endswith((b"repeated", b"spanned")) or naam in (b"r", b"ref"):
            nieuw = kans.choice(_GROTE_GETALLEN).encode()
            if naam in (b"r", b"ref") and kans.random() < 0.6:
                nieuw = kans.choice([b"XFD1048576", b"A1", b"A1048576", b"ZZZ1", b"A0", b"A1:XFD1048576"])
        elif naam.endswith(b"value-type") or naam == b"t":
            nieuw = kans.choice([b"e", b"s", b"str", b"n", b"b", b"d", b"inlineStr", b"error", b"float",
                                 b"string", b"", b"percentage", b"date"])
        else:
            nieuw = kans.choice(_GROTE_GETALLEN).encode()
        return xml[:m.start(2)] + nieuw + xml[m.end(2):]
    if keuze == 3 and attrs:                       # drop an attribute (a value without its type, …)
        m = kans.choice(attrs)
        return xml[:m.start()] + xml[m.end():]
    elementen = [m for m in re.finditer(rb"<([\w:]+)[^<>]*?(/>|>[^<]*</\1>)", xml)]
    if keuze == 4 and elementen:                   # repeat an element many times
        m = kans.choice(elementen)
        return xml[:m.end()] + m.group(0) * kans.choice([2, 50, 5000]) + xml[m.end():]
    if elementen:                                  # remove an element (a <v> from a formula cell, …)
        m = kans.choice(elementen)
        return xml[:m.start()] + xml[m.end():]
    return xml


def _muteer_zip(data: bytes, kans: random.Random) -> bytes:
    leden = _zip_leden(data)
    xml = [n for n in leden if n.endswith((".xml", ".rels"))]
    voorkeur = [n for n in xml if "sheet" in n or n == "content.xml" or n.endswith("workbook.xml")]
    for _ in range(kans.randint(1, 3)):
        naam = kans.choice(voorkeur if voorkeur and kans.random() < 0.8 else xml)
        leden[naam] = _muteer_xml(leden[naam], kans)
    return _zip(leden)


# Records whose fields a parser sizes by: DIMENSIONS, cell records, SST, BOUNDSHEET, ROW, MULRK, MERGEDCELLS.
_BIFF_DOELEN = (0x0200, 0x0203, 0x027E, 0x00FD, 0x0204, 0x0205, 0x0006, 0x00FC, 0x0085, 0x0208, 0x00BD, 0x00E5)


def _muteer_biff(stroom: bytes, kans: random.Random) -> bytes:
    records = vb.biff_records(stroom)
    for _ in range(kans.randint(1, 3)):
        doelen = [i for i, (s, _) in enumerate(records) if s in _BIFF_DOELEN] or list(range(len(records)))
        i = kans.choice(doelen)
        soort, inhoud = records[i]
        keuze = kans.randrange(5)
        if keuze <= 2 and len(inhoud) >= 2:        # a 16- or 32-bit field to an extreme
            breedte = 4 if len(inhoud) >= 4 and kans.random() < 0.5 else 2
            pos = kans.randrange(0, len(inhoud) - breedte + 1)
            waarde = kans.choice([0, 1, 0xFF, 0xFFFF, 0x7FFF, 0xFFFFFFFF, 0x10000, kans.getrandbits(breedte * 8)])
            inhoud = inhoud[:pos] + (waarde & ((1 << (8 * breedte)) - 1)).to_bytes(breedte, "little") + inhoud[pos + breedte:]
        elif keuze == 3:                           # shorter or longer than its kind should be
            inhoud = inhoud[:kans.randrange(len(inhoud) + 1)] if kans.random() < 0.5 else inhoud + bytes(kans.randrange(1, 40))
        else:                                      # duplicated
            records.insert(i, (soort, inhoud))
        records[i] = (soort, inhoud)
    return vb.biff_stroom(records)


def _muteer_xls(data: bytes, kans: random.Random) -> bytes:
    stromen = vb.cfb_stromen(data)
    werkboek = _muteer_biff(stromen["Workbook"], kans)
    keuze = kans.random()
    if keuze < 0.75:
        return vb.cfb([("Workbook", werkboek, None)])
    if keuze < 0.9:                                # directory games: decoys and odd name lengths
        return vb.cfb([("Workbook", werkboek, kans.choice([0, 1, 2, 18, 64, 65, 200])),
                       ("Workbook", stromen["Workbook"], None)])
    uit = bytearray(vb.cfb([("Workbook", werkboek, None)]))   # a directory entry's size or start
    pos = 512 + 512 + 128 + kans.choice([0x74, 0x78])
    struct.pack_into("<I", uit, pos, kans.choice([0, 1, 0xFFFFFFFE, 0xFFFFFFFF, 0x7FFFFFFF, len(uit) * 4]))
    return bytes(uit)


def muteer(data: bytes, ext: str, kans: random.Random) -> bytes:
    """One structure-aware mutation of a workbook file (``ext`` is .xlsx, .ods or .xls)."""
    return _muteer_xls(data, kans) if ext == ".xls" else _muteer_zip(data, kans)
