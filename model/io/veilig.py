"""File safety before any parser touches a workbook (INVOER §1).

:func:`controleer_bestand` looks at the bytes only: size, magic number, the zip's central
directory (size and compression ratio), every zip member decompressed in bounded chunks (CRC
checked, so corrupt and truncated files are caught here), no DTD or entity declarations in
any member (billion laughs, external entities), and password protection (an OLE/CFB
container with an ``EncryptedPackage`` stream). It never writes and returns one Dutch
sentence on refusal.

XML that Python itself parses (the reader's cell scan, openpyxl) goes through defusedxml;
:func:`model.io.bladen.xml_beveiliging_actief` reports what is really in effect.
"""
from __future__ import annotations

import re
import stat
import zipfile
import zlib
from pathlib import Path

from model.io.grenzen import MAX_BESTAND, MAX_LEDEN, MAX_UITGEPAKT, MAX_VERHOUDING, Weigering

_BLOK = 1024 * 1024

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
CFB_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
# Declarations that a spreadsheet never needs; in UTF-8 and both UTF-16 byte orders.
_VERBODEN = tuple(
    woord.encode(codering)
    for woord in ("<!DOCTYPE", "<!ENTITY")
    for codering in ("utf-8", "utf-16-le", "utf-16-be")
)
_OVERLAP = max(len(v) for v in _VERBODEN)
_DECLARATIE = re.compile(rb"^(?:\xef\xbb\xbf)?<\?xml[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9._-]{1,40})[\"']")
_CODERINGEN = {"utf-8", "utf8", "utf-16", "utf16", "utf-16le", "utf-16be"}

SOORT_XLSX, SOORT_ODS, SOORT_XLS = "xlsx", "ods", "xls"
_SOORT_PER_EXTENSIE = {".xlsx": SOORT_XLSX, ".xlsm": SOORT_XLSX, ".ods": SOORT_ODS, ".xls": SOORT_XLS}
_OMSCHRIJVING = {SOORT_XLSX: "een Excel-werkboek (.xlsx)", SOORT_ODS: "een ODS-werkboek (.ods)",
                 SOORT_XLS: "een ouder Excel-werkboek (.xls)"}


def controleer_bestand(pad: Path) -> str:
    """The workbook's real kind (xlsx, ods, xls) or :class:`Weigering`."""
    return controleer(pad)[0]


def controleer(pad: Path) -> tuple[str, dict]:
    """The workbook's real kind and, for .xls, its error cells per sheet; or :class:`Weigering`."""
    naam = pad.name
    try:
        info = pad.stat()
    except OSError as fout:
        raise Weigering(f"{naam} kan niet worden geopend: {fout.strerror or fout}.") from None
    if not stat.S_ISREG(info.st_mode):
        raise Weigering(f"{naam} is geen gewoon bestand en kan niet als werkboek worden gelezen.")
    if info.st_size == 0:
        raise Weigering(f"{naam} is leeg (0 bytes) en bevat dus geen werkboek.")
    if info.st_size > MAX_BESTAND:
        raise Weigering(f"{naam} is te groot ({info.st_size // (1024 * 1024)} MB); "
                        f"een invoerbestand is hoogstens {MAX_BESTAND // (1024 * 1024)} MB.")
    verwacht = _SOORT_PER_EXTENSIE.get(pad.suffix.lower())
    if verwacht is None:
        raise Weigering(f"{naam} heeft geen extensie van een werkboek (.xlsx, .xlsm, .xls of .ods).")
    try:
        with open(pad, "rb") as f:
            kop = f.read(8)
    except OSError as fout:
        raise Weigering(f"{naam} kan niet worden gelezen: {fout.strerror or fout}.") from None
    foutcellen: dict = {}
    if kop.startswith(CFB_MAGIC):
        soort, foutcellen = _controleer_cfb(pad)
    elif kop[:4] in ZIP_MAGIC:
        soort = _controleer_zip(pad)
    elif _is_tekst(pad):
        raise Weigering(f"{naam} is geen echt werkboek maar een tekstbestand (zoals HTML, XML of CSV) met een "
                        "werkboekextensie; open het in Excel of LibreOffice en sla het op als .xlsx of .ods.")
    else:
        raise Weigering(f"{naam} is geen Excel- of ODS-werkboek: de inhoud is onherkenbaar "
                        "(beschadigd, of een ander soort bestand met een werkboekextensie).")
    if soort != verwacht:
        raise Weigering(f"{naam} heeft de extensie {pad.suffix} maar is {_OMSCHRIJVING[soort]}; "
                        "sla het opnieuw op of geef het de juiste extensie.")
    return soort, foutcellen


def _is_tekst(pad: Path) -> bool:
    """Web-page and CSV 'Excel exports' are text: the first 4 KB decode as UTF-8 without control bytes."""
    with open(pad, "rb") as f:
        begin = f.read(4096)
    try:
        tekst = begin.decode("utf-8-sig")
    except UnicodeDecodeError:
        tekst = begin[:-3].decode("utf-8-sig", "replace") if len(begin) == 4096 else ""
        if "\ufffd" in tekst:
            return False
    return bool(tekst.strip()) and not any(ord(t) < 32 and t not in "\t\r\n" for t in tekst)


def _controleer_cfb(pad: Path) -> tuple[str, dict]:
    """An OLE/CFB container: an encrypted OOXML workbook, or a legacy .xls (decided by its stream names)."""
    from model.io.biff import controleer_xls, stroomnamen
    inhoud = pad.read_bytes()  # at most MAX_BESTAND, checked above
    namen = stroomnamen(inhoud, pad.name)
    if {"EncryptedPackage", "EncryptionInfo"} & namen:
        raise Weigering(f"{pad.name} is beveiligd met een wachtwoord; sla het zonder wachtwoord op en probeer opnieuw.")
    if not {"Workbook", "Book"} & namen:
        raise Weigering(f"{pad.name} is een Office-bestand maar geen werkboek.")
    return SOORT_XLS, controleer_xls(inhoud, pad.name)


def _controleer_zip(pad: Path) -> str:
    naam = pad.name
    beschadigd = (f"{naam} is beschadigd of onvolledig (bijvoorbeeld half gedownload) "
                  "en kan niet worden gelezen.")
    try:
        with zipfile.ZipFile(pad) as zf:
            leden = zf.infolist()
            if len(leden) > MAX_LEDEN:
                raise Weigering(f"{naam} bevat onredelijk veel onderdelen ({len(leden)}) en wordt niet gelezen.")
            totaal = sum(l.file_size for l in leden)
            gecomprimeerd = sum(l.compress_size for l in leden)
            if totaal > MAX_UITGEPAKT:
                raise Weigering(f"{naam} pakt uit tot meer dan {MAX_UITGEPAKT // (1024 * 1024)} MB "
                                "en wordt uit voorzorg niet gelezen.")
            if totaal > MAX_VERHOUDING * max(gecomprimeerd, 1) and totaal > _BLOK:
                raise Weigering(f"{naam} is verdacht sterk gecomprimeerd (meer dan {MAX_VERHOUDING} keer) "
                                "en wordt uit voorzorg niet gelezen.")
            if any(l.flag_bits & 0x1 for l in leden):
                raise Weigering(f"{naam} is beveiligd met een wachtwoord; sla het zonder wachtwoord op en probeer opnieuw.")
            namen = {l.filename for l in leden}
            if "mimetype" in namen and zf.read("mimetype").strip() == _ODS_MIME:
                soort = SOORT_ODS
            elif "[Content_Types].xml" in namen:
                soort = SOORT_XLSX
            else:
                raise Weigering(f"{naam} is een zip-bestand maar geen Excel- of ODS-werkboek.")
            uitgepakt = 0
            for lid in leden:
                uitgepakt = _lees_lid(zf, lid, uitgepakt, naam)
            return soort
    except Weigering:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
            NotImplementedError, RuntimeError, zlib.error):
        raise Weigering(beschadigd) from None


def _lees_lid(zf: zipfile.ZipFile, lid: zipfile.ZipInfo, uitgepakt: int, naam: str) -> int:
    """Decompress one member in chunks (CRC checked), bounded, refusing DTDs, entities and odd encodings."""
    staart = b""
    with zf.open(lid) as f:
        while True:
            blok = f.read(_BLOK)
            if not blok:
                return uitgepakt
            if not staart:
                _controleer_codering(blok, naam)
            uitgepakt += len(blok)
            if uitgepakt > MAX_UITGEPAKT:
                raise Weigering(f"{naam} pakt uit tot meer dan {MAX_UITGEPAKT // (1024 * 1024)} MB "
                                "en wordt uit voorzorg niet gelezen.")
            venster = staart + blok
            if any(v in venster for v in _VERBODEN):
                raise Weigering(f"{naam} bevat XML-declaraties (DTD of entiteiten) die in een werkboek niet "
                                "thuishoren en wordt uit voorzorg niet gelezen.")
            staart = venster[-_OVERLAP:]


def _controleer_codering(begin: bytes, naam: str) -> None:
    """XML must be UTF-8 or UTF-16 (what Excel and LibreOffice write); UTF-7 and the like are refused."""
    gevonden = _DECLARATIE.match(begin)
    if gevonden and gevonden.group(1).decode("ascii").lower() not in _CODERINGEN:
        raise Weigering(f"{naam} bevat XML in de tekstcodering {gevonden.group(1).decode('ascii')}, die een werkboek "
                        "niet gebruikt; open het in Excel of LibreOffice en sla het opnieuw op.")
