"""Open any supported input file: the JSON form or a workbook (xlsx, xlsm, xls, ods)."""
from __future__ import annotations

from pathlib import Path

from model.bevindingen import FOUT, Bevinding
from model.invoer import GemeenteInvoer, lees_json

WERKBOEKEN = (".xlsx", ".xlsm", ".xls", ".ods")
ONDERSTEUND = (".json",) + WERKBOEKEN


def lees_invoerbestand(pad: Path | str) -> tuple[GemeenteInvoer | None, list[Bevinding]]:
    """The input and all findings; the input is None when there is any error."""
    pad = Path(pad)
    if not pad.exists():
        return None, [Bevinding(FOUT, f"Het bestand {pad} bestaat niet.")]
    if pad.is_dir():
        return None, [Bevinding(FOUT, f"{pad} is een map, geen invoerbestand.")]
    soort = pad.suffix.lower()
    if soort == ".json":
        return lees_json(pad)
    if soort in WERKBOEKEN:
        from model.io.werkboek import lees_werkboek
        return lees_werkboek(pad)
    return None, [Bevinding(FOUT, f"{pad.name} is geen invoerbestand: kies een werkboek (.xlsx, .xlsm, .xls of .ods) "
                                  "of een Infraraming-invoer (.json).")]
