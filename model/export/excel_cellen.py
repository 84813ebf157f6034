"""Cell helpers for the Excel annex: safe text, number formats by unit, header styling, print setup."""
from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from model.export.inhoud import AANDEEL, GETAL, INDEX
from model.export.opties import schoon
from model.regels import AANTAL, EUR, FRACTIE

EURO = "€ #,##0;[Red]€ -#,##0"
EURO_CENT = "€ #,##0.00;[Red]€ -#,##0.00"
PROCENT = "0.0%"
PROCENT_FIJN = "0.00%"
AANTAL_FMT = "#,##0.0"
GETAL_FMT = "#,##0.00"
INDEX_FMT = "0.0000"
JAAR_FMT = "0"

VET = Font(bold=True)
KOPGROEP = Font(bold=True, color="1F3B57")
TITEL = Font(bold=True, size=14, color="1F3B57")
SUBTITEL = Font(italic=True, color="555555")
KOPFONT = Font(bold=True, color="FFFFFF")
KOPVULLING = PatternFill("solid", fgColor="1F3B57")
TOTAALVULLING = PatternFill("solid", fgColor="E8EEF4")
DUN = Side(style="thin", color="1F3B57")
BOVENRAND = Border(top=DUN)
OMLOOP = Alignment(wrap_text=True, vertical="top")


def tekst(ws: Worksheet, rij: int, kolom: int, waarde, font: Font | None = None):
    """Write user or label text as text, never as a formula (=, +, -, @ stay literal)."""
    cel = ws.cell(row=rij, column=kolom)
    cel.value = schoon(waarde)
    cel.data_type = "s"
    if cel.value[:1] in ("=", "+", "-", "@"):
        cel.quotePrefix = True
    if font is not None:
        cel.font = font
    return cel


def getal(ws: Worksheet, rij: int, kolom: int, waarde, formaat: str = EURO, font: Font | None = None):
    cel = ws.cell(row=rij, column=kolom)
    cel.value = None if waarde is None else float(waarde)
    cel.number_format = formaat
    if font is not None:
        cel.font = font
    return cel


def formule(ws: Worksheet, rij: int, kolom: int, formule_tekst: str, formaat: str = EURO, font: Font | None = None):
    cel = ws.cell(row=rij, column=kolom)
    cel.value = formule_tekst
    cel.data_type = "f"
    cel.number_format = formaat
    if font is not None:
        cel.font = font
    return cel


def formaat_voor(eenheid: str, waarde: float | None = None) -> str:
    """The number format for a line's or detail's unit."""
    if eenheid == EUR:
        return EURO
    if eenheid == FRACTIE:
        return PROCENT
    if eenheid == AANTAL:
        return AANTAL_FMT
    if eenheid == AANDEEL:
        return "0.000%"
    if eenheid == INDEX:
        return INDEX_FMT
    if eenheid == GETAL:
        return GETAL_FMT
    return parameterformaat(eenheid, waarde)


def parameterformaat(eenheid: str, waarde: float | None) -> str:
    """Parameter units are words like ``EUR/plek``, ``fractie``, ``jaar``, ``plekken``."""
    if eenheid.startswith("EUR"):
        return EURO if waarde is None or float(waarde).is_integer() else EURO_CENT
    if eenheid.startswith("fractie"):
        return PROCENT_FIJN if waarde is not None and round(waarde * 100, 6) != round(waarde * 100, 1) else PROCENT
    if eenheid == "jaar":
        return JAAR_FMT
    return "#,##0.####" if waarde is not None and not float(waarde).is_integer() else "#,##0"


def kopregel(ws: Worksheet, rij: int, koppen: list, eerste_kolom: int = 1) -> None:
    for i, kop in enumerate(koppen):
        kolom = eerste_kolom + i
        if isinstance(kop, int):
            cel = ws.cell(row=rij, column=kolom, value=kop)
            cel.number_format = JAAR_FMT
            cel.alignment = Alignment(horizontal="right")
        else:
            cel = tekst(ws, rij, kolom, kop)
        cel.font = KOPFONT
        cel.fill = KOPVULLING


def titel(ws: Worksheet, regel1: str, regel2: str) -> None:
    tekst(ws, 1, 1, regel1, TITEL)
    tekst(ws, 2, 1, regel2, SUBTITEL)


def breedtes(ws: Worksheet, breedte: dict[int, float]) -> None:
    for kolom, b in breedte.items():
        ws.column_dimensions[get_column_letter(kolom)].width = b


def afdrukken(ws: Worksheet, kopregel_rij: int, titelkolommen: str | None = "A:A", bevries: str | None = None) -> None:
    """A4 landscape, fit to one page wide, repeat the header row (and label column) on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.print_title_rows = f"{kopregel_rij}:{kopregel_rij}"
    if titelkolommen:
        ws.print_title_cols = titelkolommen
    if bevries:
        ws.freeze_panes = bevries
    ws.oddFooter.center.text = "&A – pagina &P van &N"
