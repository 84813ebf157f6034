"""Sheets as grids of raw cell values, read with python-calamine (xlsx, xlsm, xls, ods).

calamine turns Excel error values into empty cells (and refuses a whole sheet over a newer
error value such as ``#SPILL!``), reads a formula without a stored result as an empty cell
(openpyxl writes one with an empty ``<v/>``; an .ods saved by LibreOffice always stores results;
an .xls FORMULA record always carries one),
and allocates a dense grid from the first to the last used cell. So before calamine loads a
sheet a streaming scan (defusedxml, bounded depth, finished elements dropped) of the sheet's
XML finds the error cells, formulas without a result, the merged ranges (ODS) and the used
area; a sheet whose used area is absurd (e.g. one value in A1 and one in XFD1048576), or
sheets that together are, are refused instead of exhausting memory. Only the sheets the
reader asks for are scanned and loaded (.xlsx); calamine loads every sheet of an .ods and
an .xls when it opens the file, so there all sheets count. Merged cells read as the value
of their top-left cell.
"""
from __future__ import annotations

import html
import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml.ElementTree import fromstring, iterparse

from model.bevindingen import FOUT, Bevinding
from model.io.cellen import Foutwaarde, ZonderUitkomst, celnaam, zonder_uitkomst_melding
from model.io.grenzen import MAX_CELLEN, MAX_CELLEN_TOTAAL, MAX_XML_DIEPTE, Weigering
from model.io.veilig import SOORT_ODS, SOORT_XLSX
from model.opmaak import getal

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"
_CELREF = re.compile(r"^([A-Z]{1,3})(\d{1,7})$")
MAX_IN_CEL = 10_000   # XML elements inside one cell (rich text runs); a real cell has a handful
#: The error values calamine reads (as empty cells); any other one makes it refuse the whole sheet.
CALAMINE_FOUTEN = frozenset({"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"})
#: ODS cell attributes that do not make a cell part of the used area; any other one does.
_ODS_VORM = frozenset({f"{_TABLE}style-name", f"{_TABLE}content-validation-name", f"{_TABLE}number-columns-repeated",
                       f"{_TABLE}number-rows-repeated"})


@dataclass
class Scan:
    """What the XML scan of one sheet found (0-based coordinates)."""

    fouten: dict[tuple[int, int], Foutwaarde] = field(default_factory=dict)
    samengevoegd: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    minr: int | None = None
    maxr: int = -1
    minc: int | None = None
    maxc: int = -1

    def gebruik(self, r1: int, c1: int, r2: int, c2: int) -> None:
        self.minr = r1 if self.minr is None else min(self.minr, r1)
        self.minc = c1 if self.minc is None else min(self.minc, c1)
        self.maxr, self.maxc = max(self.maxr, r2), max(self.maxc, c2)

    @property
    def cellen(self) -> int:
        if self.minr is None:
            return 0
        return (self.maxr - self.minr + 1) * (self.maxc - self.minc + 1)


@dataclass
class Blad:
    """One sheet: ``rijen[r][c]`` is the raw value of the cell at 0-based row r, column c."""

    naam: str
    rijen: list[list]
    #: 0-based (row, column) of every formula without a stored result, in sheet order
    zonder_uitkomst: tuple[tuple[int, int], ...] = ()
    #: merged ranges, each ((first row, first column), (last row, last column)), 0-based
    samengevoegd: tuple = ()

    def cel(self, r: int, c: int):
        if 0 <= r < len(self.rijen) and 0 <= c < len(self.rijen[r]):
            waarde = self.rijen[r][c]
            return None if waarde == "" else waarde
        return None

    def samenvoeging(self, r: int, c: int) -> str | None:
        """``A5:A6`` when the cell is part of a merged range (its value is the top-left cell's), else None."""
        for (r1, c1), (r2, c2) in self.samengevoegd:
            if r1 <= r <= r2 and c1 <= c <= c2 and (r1, c1) != (r2, c2):
                return f"{celnaam(r1, c1)}:{celnaam(r2, c2)}"
        return None

    @property
    def hoogte(self) -> int:
        return len(self.rijen)


def _kolom(letters: str) -> int:
    k = 0
    for ch in letters:
        k = k * 26 + ord(ch) - 64
    return k - 1


def _doel(map_: str, doel: str) -> str:
    return doel.lstrip("/") if doel.startswith("/") else posixpath.normpath(posixpath.join(map_, doel))


def _xlsx_bladpaden(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> member path, from the package relationships, workbook.xml and its relationships."""
    werkboekpad = "xl/workbook.xml"
    for rel in fromstring(zf.read("_rels/.rels")).iter(f"{_PKG}Relationship"):
        if rel.get("Type", "").endswith("/officeDocument"):
            werkboekpad = _doel("", rel.get("Target", ""))
    map_, naam = posixpath.split(werkboekpad)
    rels = fromstring(zf.read(posixpath.join(map_, "_rels", naam + ".rels")))
    doelen = {rel.get("Id"): _doel(map_, rel.get("Target", "")) for rel in rels.iter(f"{_PKG}Relationship")}
    werkboek = fromstring(zf.read(werkboekpad))
    return {s.get("name", ""): doelen.get(s.get(f"{_REL}id"), "")
            for s in werkboek.iter(f"{_MAIN}sheet")}


def _elementen(f, cellen: tuple[str, ...], bestand: str):
    """iterparse with bounds: nesting at most MAX_XML_DIEPTE, at most MAX_IN_CEL elements in a cell.

    A finished element is dropped from its parent right after the caller saw its end, so memory
    stays bounded however flat or long the XML is; elements inside a cell stay until the cell
    ends (the caller reads the cell's children then).
    """
    stapel: list = []
    cel_diepte: int | None = None
    in_cel = 0
    for gebeurtenis, el in iterparse(f, events=("start", "end")):
        if gebeurtenis == "start":
            stapel.append(el)
            if len(stapel) > MAX_XML_DIEPTE:
                raise Weigering(f"{bestand} bevat XML die onredelijk diep genest is en wordt uit voorzorg niet gelezen.")
            if cel_diepte is None:
                if el.tag in cellen:
                    cel_diepte, in_cel = len(stapel), 0
            else:
                in_cel += 1
                if in_cel > MAX_IN_CEL:
                    raise Weigering(f"{bestand} bevat een cel met onredelijk veel opmaak en wordt uit voorzorg "
                                    "niet gelezen.")
            yield gebeurtenis, el
            continue
        yield gebeurtenis, el
        diepte = len(stapel)
        stapel.pop()
        if cel_diepte is not None and diepte > cel_diepte:
            continue
        if diepte == cel_diepte:
            cel_diepte = None
        if stapel:
            stapel[-1].remove(el)


def _scan_xlsx_blad(zf: zipfile.ZipFile, lid: str, bestand: str) -> Scan:
    scan = Scan()
    rij, kolom = -1, -1
    with zf.open(lid) as f:
        for gebeurtenis, el in _elementen(f, (f"{_MAIN}c",), bestand):
            if el.tag == f"{_MAIN}row":
                if gebeurtenis == "start":
                    r = el.get("r")
                    rij = int(r) - 1 if r and r.isdigit() else rij + 1
                    kolom = -1
            elif el.tag == f"{_MAIN}c" and gebeurtenis == "end":
                m = _CELREF.match(el.get("r") or "")
                if m:
                    rij, kolom = int(m.group(2)) - 1, _kolom(m.group(1))
                else:
                    kolom += 1
                v = el.find(f"{_MAIN}v")
                formule = el.find(f"{_MAIN}f") is not None
                heeft_waarde = (v is not None and (v.text or "") != "") or el.find(f"{_MAIN}is") is not None
                if heeft_waarde or formule:
                    scan.gebruik(rij, kolom, rij, kolom)
                if el.get("t") == "e":
                    scan.fouten[(rij, kolom)] = Foutwaarde(v.text if v is not None and v.text else "#N/B")
                elif formule and _zonder_uitkomst(v, el.get("t")):
                    scan.fouten[(rij, kolom)] = ZonderUitkomst()
    return scan


def _zonder_uitkomst(v, soort: str | None) -> bool:
    """A formula cell's stored result is missing: no ``<v>``, or an empty one (openpyxl writes ``<v/>``) that is not
    a stored empty text (Excel and LibreOffice write a formula giving "" as ``t="str"`` with an empty ``<v>``)."""
    return v is None or (not v.text and soort != "str")


def _getal_attr(el, naam: str) -> int:
    try:
        return max(1, int(el.get(naam) or 1))
    except ValueError:
        return 1


def _scan_ods(pad: Path) -> dict[str, Scan]:
    scans: dict[str, Scan] = {}
    scan = Scan()
    rij = kolom = herhaal_rij = 0
    cellen = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")
    with zipfile.ZipFile(pad) as zf, zf.open("content.xml") as f:
        for gebeurtenis, el in _elementen(f, cellen, pad.name):
            tag = el.tag
            if tag == f"{_TABLE}table" and gebeurtenis == "start":
                scan = scans.setdefault(el.get(f"{_TABLE}name", ""), Scan())
                rij = 0
            elif tag == f"{_TABLE}table-row":
                if gebeurtenis == "start":
                    kolom, herhaal_rij = 0, _getal_attr(el, f"{_TABLE}number-rows-repeated")
                else:
                    rij += herhaal_rij
            elif tag in cellen and gebeurtenis == "end":
                herhaal = _getal_attr(el, f"{_TABLE}number-columns-repeated")
                soort = el.get(f"{_CALCEXT}value-type") or el.get(f"{_OFFICE}value-type")
                tekst = "".join(el.itertext()).strip()
                # Any value attribute (with or without a type), a formula, text or child content uses the cell.
                if tekst or len(el) or any(a not in _ODS_VORM for a in el.keys()):
                    scan.gebruik(rij, kolom, rij + herhaal_rij - 1, kolom + herhaal - 1)
                if soort == "error":
                    scan.fouten[(rij, kolom)] = Foutwaarde(tekst or "#N/B")
                elif el.get(f"{_TABLE}formula") and soort is None:
                    scan.fouten[(rij, kolom)] = ZonderUitkomst()
                breed = _getal_attr(el, f"{_TABLE}number-columns-spanned")
                hoog = _getal_attr(el, f"{_TABLE}number-rows-spanned")
                if breed > 1 or hoog > 1:
                    scan.samengevoegd.append(((rij, kolom), (rij + hoog - 1, kolom + breed - 1)))
                kolom += herhaal
    return scans


def _vul_samengevoegd(rijen: list[list], bereiken) -> None:
    for (r1, c1), (r2, c2) in bereiken or ():
        if not (0 <= r1 < len(rijen) and 0 <= c1 < len(rijen[r1])):
            continue
        waarde = rijen[r1][c1]
        for r in range(r1, min(r2, len(rijen) - 1) + 1):
            rij = rijen[r]
            for c in range(c1, min(c2, len(rij) - 1) + 1):
                if (r, c) != (r1, c1) and rij[c] == "":
                    rij[c] = waarde


class Werkboek:
    """An open workbook; sheets are scanned and loaded one at a time, only when asked for (.xlsx)."""

    def __init__(self, pad: Path, soort: str, foutcellen: dict | None = None):
        from python_calamine import CalamineWorkbook
        self.pad, self.soort = pad, soort
        self._scans: dict[str, Scan] = {naam: Scan(fouten={plek: Foutwaarde(w) for plek, w in f.items()})
                                        for naam, f in (foutcellen or {}).items()}
        self._delen: dict[str, str] = {}
        self._totaal = 0
        if soort == SOORT_XLSX:
            with zipfile.ZipFile(pad) as zf:
                self._delen = _xlsx_bladpaden(zf)
        elif soort == SOORT_ODS:  # calamine reads every ODS sheet when it opens the file
            self._scans = _scan_ods(pad)
            for naam, scan in self._scans.items():
                self._tel(naam, scan.cellen)
        self._wb = CalamineWorkbook.from_path(str(pad))
        self.namen: list[str] = list(self._wb.sheet_names)

    def _tel(self, naam: str, cellen: int) -> None:
        """Count a sheet's used area against the per-sheet and the whole-file limits."""
        if cellen > MAX_CELLEN:
            raise Weigering(f"Blad {naam} in {self.pad.name} beslaat een onredelijk groot gebied "
                            f"({getal(cellen)} cellen) en wordt uit voorzorg niet gelezen.")
        self._totaal += cellen
        if self._totaal > MAX_CELLEN_TOTAAL:
            raise Weigering(f"De bladen in {self.pad.name} beslaan samen een onredelijk groot gebied "
                            f"(meer dan {getal(MAX_CELLEN_TOTAAL)} cellen) en worden uit voorzorg niet gelezen.")

    def _scan(self, naam: str) -> Scan | None:
        if self.soort == SOORT_XLSX and naam not in self._scans:
            with zipfile.ZipFile(self.pad) as zf:
                deel = self._delen.get(naam, "")
                scan = _scan_xlsx_blad(zf, deel, self.pad.name) if deel in zf.namelist() else Scan()
            self._tel(naam, scan.cellen)
            self._scans[naam] = scan
        return self._scans.get(naam)

    def _blad_van_calamine(self, naam: str, scan: Scan | None):
        from python_calamine import CalamineError
        onbekend = sorted({str(f) for f in (scan.fouten.values() if scan else ())
                           if not isinstance(f, ZonderUitkomst)} - CALAMINE_FOUTEN)
        try:
            if onbekend and self.soort == SOORT_XLSX:
                return self._zonder_onbekende_foutwaarden(self._delen[naam], onbekend).get_sheet_by_name(naam)
            return self._wb.get_sheet_by_name(naam)
        except CalamineError:
            raise Weigering(f"Blad {naam} in {self.pad.name} is beschadigd en kan niet worden gelezen.") from None

    def _zonder_onbekende_foutwaarden(self, deel: str, waarden: list[str]):
        """A copy in memory where newer error values (#SPILL!, #CALC!, …) read as #N/A, which calamine knows.

        The scan has the real values; they are put back in the cells afterwards.
        """
        from python_calamine import CalamineWorkbook
        kopie = io.BytesIO()
        with zipfile.ZipFile(self.pad) as zin, zipfile.ZipFile(kopie, "w", zipfile.ZIP_DEFLATED) as zuit:
            for lid in zin.infolist():
                data = zin.read(lid)
                if lid.filename == deel:
                    for waarde in waarden:
                        data = data.replace(f">{html.escape(waarde, quote=False)}<".encode(), b">#N/A<")
                zuit.writestr(lid.filename, data)
        return CalamineWorkbook.from_filelike(io.BytesIO(kopie.getvalue()))

    def blad(self, naam: str) -> Blad:
        scan = self._scan(naam)
        sheet = self._blad_van_calamine(naam, scan)
        if sheet.height * sheet.width > MAX_CELLEN:
            raise Weigering(f"Blad {naam} in {self.pad.name} is te groot en wordt uit voorzorg niet gelezen.")
        rijen = [list(r) for r in sheet.to_python(skip_empty_area=False)]
        for (r, c), fout in (scan.fouten.items() if scan else ()):
            while len(rijen) <= r:
                rijen.append([])
            rij = rijen[r]
            if len(rij) <= c:
                rij.extend([""] * (c + 1 - len(rij)))
            rij[c] = fout
        samengevoegd = tuple(sheet.merged_cell_ranges or ()) + tuple(scan.samengevoegd if scan else ())
        _vul_samengevoegd(rijen, samengevoegd)
        zonder = tuple(sorted(p for p, f in scan.fouten.items() if isinstance(f, ZonderUitkomst))) if scan else ()
        return Blad(naam, rijen, zonder, samengevoegd)

    def sluit(self) -> None:
        try:
            self._wb.close()
        except Exception:  # already closed
            pass


def formules_zonder_uitkomst(blad: Blad, gemeld: set[tuple[str, str]]) -> list[Bevinding]:
    """An error per formula without a stored result on ``blad`` whose (sheet, cell) is not in ``gemeld`` yet (a cell
    the reader read reports it with its label; this names the rest: labels, headers, columns not read)."""
    uit = []
    for r, c in blad.zonder_uitkomst:
        cel = celnaam(r, c)
        if (blad.naam, cel) not in gemeld:
            uit.append(Bevinding(FOUT, zonder_uitkomst_melding(blad.naam, cel), blad=blad.naam, cel=cel,
                                 gevonden="een formule zonder berekende waarde", verwacht="een berekende waarde"))
    return uit


def xml_beveiliging_actief() -> dict[str, bool]:
    """What protects the XML that Python parses, as really in effect (not as configured).

    ``lezer``: the reader's own scan of sheet XML parses with defusedxml; ``openpyxl``: openpyxl
    found defusedxml and uses it (it does unless OPENPYXL_DEFUSEDXML is switched off);
    ``openpyxl_lxml``: openpyxl parses with lxml instead (not installed; would bypass defusedxml).
    """
    from openpyxl import DEFUSEDXML, LXML
    from openpyxl.xml import functions

    return {
        "lezer": iterparse.__module__.startswith("defusedxml") and fromstring.__module__.startswith("defusedxml"),
        "openpyxl": bool(DEFUSEDXML) and functions.iterparse.__module__.startswith("defusedxml"),
        "openpyxl_lxml": bool(LXML),
    }
