"""Open any supported input file: the JSON form or a workbook (xlsx, xlsm, xls, ods).

Workbooks are parsed in a contained child process (:mod:`model.io.afgeschermd`); JSON is
read with the bounds of :mod:`model.io.jsonbestand`. Both give the input and every finding.
"""
from __future__ import annotations

import json
import threading
from pathlib import Path

from model.bevindingen import FOUT, Bevinding
from model.invoer import GemeenteInvoer, naar_dict
from model.io.atomair import schrijf_atomair
from model.io.grenzen import Weigering
from model.io.jsonbestand import invoer_uit_json, laad_json

WERKBOEKEN = (".xlsx", ".xlsm", ".xls", ".ods")
ONDERSTEUND = (".json",) + WERKBOEKEN
MAX_JSON = 20 * 1024 * 1024   # bytes; the Voorbeeldgemeente is 3 KB


def lees_invoerbestand(pad: Path | str, annuleer: threading.Event | None = None
                       ) -> tuple[GemeenteInvoer | None, list[Bevinding]]:
    """The input and all findings; the input is None when there is any error. Never raises.

    ``annuleer``: setting this event stops reading a workbook (the result is then a finding).
    """
    from model.io.onvertrouwd import controleer_gewoon
    pad = Path(pad)
    try:   # a missing file, a loop of links, a FIFO or a folder: said as such, before any reading
        controleer_gewoon(pad, "een invoerbestand")
    except Weigering as w:
        return None, [Bevinding(FOUT, w.zin)]
    soort = pad.suffix.lower()
    if soort == ".json":
        try:
            data = laad_json(pad, MAX_JSON, "een invoerbestand")
        except Weigering as w:
            return None, [Bevinding(FOUT, w.zin)]
        return invoer_uit_json(data, pad.name)
    if soort in WERKBOEKEN:
        from model.io.afgeschermd import lees_afgeschermd
        return lees_afgeschermd(pad, annuleer)
    return None, [Bevinding(FOUT, f"{pad.name} is geen invoerbestand: kies een werkboek (.xlsx, .xlsm, .xls of .ods) "
                                  "of een Infraraming-invoer (.json).")]


def schrijf_json(invoer: GemeenteInvoer, pad: Path | str) -> None:
    """Write the JSON form atomically; raises :class:`model.io.schrijffout.SchrijfFout` (Dutch) on failure."""
    tekst = json.dumps(naar_dict(invoer), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    schrijf_atomair(Path(pad), tekst.encode("utf-8"))
