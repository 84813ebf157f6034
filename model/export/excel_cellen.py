"""Cell helpers for the Excel annex (XlsxWriter): safe text, number formats by unit, header styling, print setup.

Rows and columns are 1-based here, as an auditor reads them (A1 is row 1, column 1).
"""
from __future__ import annotations

from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell

from model.eenheden import (AANTAL_FMT, EURO, EURO_CENT, GETAL_FMT, INDEX_FMT, JAAR_FMT, PROCENT,  # noqa: F401
                            PROCENT_FIJN, Eenheid, eenheid_van)
from model.export.opties import schoon

JA_NEE = '"ja";"ja";"nee"'

DONKER = "#1F3B57"
VET = {"bold": True}
KOPGROEP = {"bold": True, "font_color": DONKER}
TITEL = {"bold": True, "font_size": 14, "font_color": DONKER}
SUBTITEL = {"italic": True, "font_color": "#555555"}
KOP = {"bold": True, "font_color": "#FFFFFF", "bg_color": DONKER, "valign": "top", "text_wrap": True}
TOTAAL = {"bold": True, "bg_color": "#E8EEF4", "top": 1, "top_color": DONKER}
OMLOOP = {"text_wrap": True, "valign": "top"}
#: a value that is not a formula in a sheet of formulas: input, a published parameter or a scenario value
GEGEVEN = {"bg_color": "#FFF7D6"}
SCENARIO = {"bg_color": "#FCE4D6"}


def kolom(k: int) -> str:
    """1 -> A."""
    return xl_col_to_name(k - 1)


def cel(rij: int, k: int, absoluut: bool = False) -> str:
    return xl_rowcol_to_cell(rij - 1, k - 1, absoluut, absoluut)


def bladnaam(naam: str) -> str:
    """A sheet name as it stands in a reference: quoted when it holds spaces or quotes."""
    if all(c.isalnum() or c == "_" for c in naam):
        return naam
    return "'" + naam.replace("'", "''") + "'"


def getaltekst(waarde: float) -> str:
    """A number as a literal in a formula (shortest exact form; negative in parentheses)."""
    t = repr(float(waarde))
    if "e" in t or "E" in t:
        t = f"{float(waarde):.17G}"
    return f"({t})" if t.startswith("-") else t


class Opmaak:
    """One XlsxWriter format per combination of properties (XlsxWriter wants them made once)."""

    def __init__(self, wb):
        self.wb = wb
        self._cache: dict = {}

    def __call__(self, *delen: dict | None, formaat: str | None = None):
        props: dict = {}
        for d in delen:
            if d:
                props.update(d)
        if formaat:
            props["num_format"] = formaat
        if not props:
            return None
        sleutel = tuple(sorted(props.items()))
        if sleutel not in self._cache:
            self._cache[sleutel] = self.wb.add_format(props)
        return self._cache[sleutel]


class Blad:
    """One worksheet with the annex's helpers (1-based rows and columns)."""

    def __init__(self, wb, opmaak: Opmaak, naam: str):
        self.ws = wb.add_worksheet(naam)
        self.naam = naam
        self.ref = bladnaam(naam)
        self.opmaak = opmaak
        self.laatste_rij = 0
        self.kolombreedte: dict[int, float] = {}

    def _rij(self, rij: int) -> None:
        self.laatste_rij = max(self.laatste_rij, rij)

    def tekst(self, rij: int, k: int, waarde, stijl: dict | None = None, *extra: dict):
        """User or label text as text, never as a formula (=, +, -, @ stay literal)."""
        self._rij(rij)
        self.ws.write_string(rij - 1, k - 1, schoon(waarde), self.opmaak(stijl, *extra))

    def getal(self, rij: int, k: int, waarde, formaat: str = EURO, *stijlen: dict | None):
        self._rij(rij)
        if waarde is None:
            self.ws.write_blank(rij - 1, k - 1, None, self.opmaak(*stijlen, formaat=formaat))
        elif isinstance(waarde, bool):
            self.ws.write_boolean(rij - 1, k - 1, waarde, self.opmaak(*stijlen, formaat=formaat))
        else:
            self.ws.write_number(rij - 1, k - 1, float(waarde), self.opmaak(*stijlen, formaat=formaat))

    def formule(self, rij: int, k: int, formule: str, waarde, formaat: str = EURO, *stijlen: dict | None):
        """A formula with its result stored, so viewers that do not recalculate show the figure."""
        self._rij(rij)
        self.ws.write_formula(rij - 1, k - 1, formule if formule.startswith("=") else "=" + formule,
                              self.opmaak(*stijlen, formaat=formaat),
                              0 if waarde is None else waarde if isinstance(waarde, str) else float(waarde))

    def kopregel(self, rij: int, koppen: list, eerste: int = 1) -> None:
        for i, kop in enumerate(koppen):
            if isinstance(kop, int):
                self.getal(rij, eerste + i, kop, JAAR_FMT, KOP, {"align": "right"})
            else:
                self.tekst(rij, eerste + i, kop, KOP)

    def titel(self, regel1: str, regel2: str) -> None:
        self.tekst(1, 1, regel1, TITEL)
        self.tekst(2, 1, regel2, SUBTITEL)

    def breedtes(self, breedte: dict[int, float]) -> None:
        for k, b in breedte.items():
            self.ws.set_column(k - 1, k - 1, b)
            self.kolombreedte[k] = b

    def afdrukken(self, kopregel_rij: int, titelkolommen: tuple[int, int] | None = (1, 1),
                  bevries: tuple[int, int] | None = None, liggend: bool = True,
                  laatste_kolom: int | None = None) -> None:
        """A4 with the header row and label columns on every page. A sheet that fits one page wide at a
        readable size is fitted to the width; a wider one is printed at no less than 70 % over several pages
        (never shrunk to a few points)."""
        ws = self.ws
        if liggend:
            ws.set_landscape()
        else:
            ws.set_portrait()
        ws.set_paper(9)
        ws.set_margins(left=0.5, right=0.5, top=0.75, bottom=0.75)
        laatste = laatste_kolom or max(self.kolombreedte, default=1)
        breedte = sum(self.kolombreedte.get(k, 8.43) for k in range(1, laatste + 1))
        pagina = PAGINABREEDTE_LIGGEND if liggend else PAGINABREEDTE_STAAND
        if breedte <= pagina / MINIMALE_SCHAAL:
            ws.fit_to_pages(1, 0)
        else:
            ws.set_print_scale(round(100 * MINIMALE_SCHAAL))
        ws.repeat_rows(kopregel_rij - 1)
        if titelkolommen:
            ws.repeat_columns(titelkolommen[0] - 1, titelkolommen[1] - 1)
        if bevries:
            ws.freeze_panes(bevries[0] - 1, bevries[1] - 1)
        if laatste_kolom:
            ws.print_area(0, 0, max(self.laatste_rij, kopregel_rij) - 1, laatste_kolom - 1)


#: printable width of an A4 page at 100 % in column-width units (about 7 pixels of the default font)
PAGINABREEDTE_LIGGEND, PAGINABREEDTE_STAAND = 150.0, 102.0
#: a sheet is shrunk to fit one page wide only down to this scale; wider sheets print over more pages
MINIMALE_SCHAAL = 0.7


#: How a cell whose line cannot be computed in its year reads "onbekend" (REKENREGELS §4.5, ``Resultaat.onbekend``):
#: the live formula stays (it holds the rule's placeholder 0, and other formulas may read it); a conditional format
#: applies this while an input cell it depends on is still empty (:meth:`model.export.excel_model.Rekenmodel.onbekend`).
ONBEKEND_FORMAAT = '"onbekend";"onbekend";"onbekend";"onbekend"'


def formaat_voor(eenheid: str, waarde: float | None = None) -> str:
    """The number format for a line's or detail's unit (:attr:`Eenheid.excel`); a parameter's unit word
    (``EUR/plek``) takes the format of its value."""
    if eenheid in Eenheid._value2member_map_:
        return Eenheid(eenheid).excel
    return parameterformaat(eenheid, waarde)


def parameterformaat(eenheid: str, waarde: float | None) -> str:
    """Parameter units are words like ``EUR/plek``, ``fractie``, ``jaar``, ``plekken``: see :meth:`Eenheid.excelformaat`."""
    return eenheid_van(eenheid).excelformaat(waarde)
