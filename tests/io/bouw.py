"""Build real workbook files (xlsx, xls, ods) from a plain grid, for the reader's tests.

A grid is ``{sheet name: [[cell, …], …]}`` with ``None`` for an empty cell and
:class:`Fout` for an Excel error value. ``samengevoegd`` maps a sheet to merged ranges
like ``"B5:C5"``.
"""
from __future__ import annotations

import copy
from pathlib import Path

from openpyxl.utils import range_boundaries


class Fout(str):
    """An error value to write as a real error cell (xlsx) or as text (ods, xls)."""


def voorbeeld_grid() -> dict[str, list[list]]:
    """The Voorbeeldgemeente as the sjabloon writer lays it out, as plain values."""
    from model.invoer import voorbeeldgemeente
    from model.io.sjabloon import maak_sjabloon
    wb = maak_sjabloon(voorbeeldgemeente())
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}


def leeg_grid() -> dict[str, list[list]]:
    from model.io.sjabloon import maak_sjabloon
    wb = maak_sjabloon(None)
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}


def kopie(grid):
    return copy.deepcopy(grid)


def zoek(grid, blad: str, label: str) -> tuple[int, int]:
    """0-based (row, column) of the first cell whose value is ``label``."""
    for r, rij in enumerate(grid[blad]):
        for c, waarde in enumerate(rij):
            if waarde == label:
                return r, c
    raise KeyError(label)


def zet(grid, blad: str, r: int, c: int, waarde) -> None:
    rijen = grid[blad]
    while len(rijen) <= r:
        rijen.append([])
    while len(rijen[r]) <= c:
        rijen[r].append(None)
    rijen[r][c] = waarde


def zet_gegeven(grid, label: str, waarde) -> str:
    """Set the Waarde of a label on sheet Gemeente; returns the cell reference."""
    r, c = zoek(grid, "Gemeente", label)
    zet(grid, "Gemeente", r, c + 1, waarde)
    return f"{chr(66 + c)}{r + 1}"


def schrijf(grid, pad: Path, samengevoegd: dict[str, list[str]] | None = None) -> Path:
    pad = Path(pad)
    {".xlsx": _xlsx, ".xlsm": _xlsx, ".xls": _xls, ".ods": _ods}[pad.suffix](grid, pad, samengevoegd or {})
    return pad


def _xlsx(grid, pad: Path, samengevoegd) -> None:
    from openpyxl import Workbook
    wb = Workbook()
    wb.remove(wb.active)
    for naam, rijen in grid.items():
        ws = wb.create_sheet(naam)
        for r, rij in enumerate(rijen, start=1):
            for c, waarde in enumerate(rij, start=1):
                if waarde is None:
                    continue
                cel = ws.cell(row=r, column=c, value=str(waarde) if isinstance(waarde, Fout) else waarde)
                if isinstance(waarde, Fout):
                    cel.data_type = "e"
        for bereik in samengevoegd.get(naam, ()):
            ws.merge_cells(bereik)
    wb.save(pad)


_XLS_FOUTCODES = {"#NULL!": 0x00, "#DIV/0!": 0x07, "#VALUE!": 0x0F, "#REF!": 0x17, "#NAME?": 0x1D, "#NUM!": 0x24,
                   "#N/A": 0x2A}


def _xls(grid, pad: Path, samengevoegd) -> None:
    import xlwt
    wb = xlwt.Workbook()
    for naam, rijen in grid.items():
        ws = wb.add_sheet(naam)
        samen = {}
        for bereik in samengevoegd.get(naam, ()):
            c1, r1, c2, r2 = range_boundaries(bereik)
            samen[(r1 - 1, c1 - 1)] = (r2 - 1, c2 - 1)
        for r, rij in enumerate(rijen):
            for c, waarde in enumerate(rij):
                if (r, c) in samen:
                    r2, c2 = samen[(r, c)]
                    ws.write_merge(r, r2, c, c2, waarde)
                elif waarde is not None and not any(r1 <= r <= r2_ and c1 <= c <= c2_ for (r1, c1), (r2_, c2_)
                                                    in samen.items()):
                    if isinstance(waarde, Fout) and str(waarde) in _XLS_FOUTCODES:
                        ws.row(r).set_cell_error(c, _XLS_FOUTCODES[str(waarde)])
                    else:
                        ws.write(r, c, str(waarde) if isinstance(waarde, Fout) else waarde)
    wb.save(str(pad))


def _ods(grid, pad: Path, samengevoegd) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for naam, rijen in grid.items():
        samen = {}
        bedekt = set()
        for bereik in samengevoegd.get(naam, ()):
            c1, r1, c2, r2 = range_boundaries(bereik)
            samen[(r1 - 1, c1 - 1)] = (r2 - r1 + 1, c2 - c1 + 1)
            bedekt |= {(r, c) for r in range(r1 - 1, r2) for c in range(c1 - 1, c2)} - {(r1 - 1, c1 - 1)}
        tabel = Table(name=naam)
        for r, rij in enumerate(rijen):
            tr = TableRow()
            for c, waarde in enumerate(rij):
                if (r, c) in bedekt:
                    tr.addElement(CoveredTableCell())
                    continue
                extra = {}
                if (r, c) in samen:
                    extra = {"numberrowsspanned": samen[(r, c)][0], "numbercolumnsspanned": samen[(r, c)][1]}
                if waarde is None:
                    tc = TableCell(**extra)
                elif isinstance(waarde, bool):
                    tc = TableCell(valuetype="boolean", booleanvalue="true" if waarde else "false", **extra)
                    tc.addElement(P(text="WAAR" if waarde else "ONWAAR"))
                elif isinstance(waarde, (int, float)):
                    tc = TableCell(valuetype="float", value=repr(float(waarde)), **extra)
                    tc.addElement(P(text=str(waarde)))
                else:
                    tc = TableCell(valuetype="string", **extra)
                    tc.addElement(P(text=str(waarde)))
                tr.addElement(tc)
            tabel.addElement(tr)
        doc.spreadsheet.addElement(tabel)
    doc.save(str(pad))
