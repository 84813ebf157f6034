"""Byte-identical output: a zip container (XLSX) rewritten with fixed entry dates and order.

A workbook writer may stamp zip entries with the current time; the same workbook saved twice
then differs. :func:`vaste_zip` rewrites the archive with one fixed date, fixed permissions and
the entries in a deterministic order ([Content_Types].xml first, as Office expects).
"""
from __future__ import annotations

import io
import zipfile
from datetime import date

VASTE_TIJD = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip entry can carry


def zip_tijd(d: date | None) -> tuple[int, int, int, int, int, int]:
    if d is None or d.year < 1980:
        return VASTE_TIJD
    return (d.year, d.month, d.day, 0, 0, 0)


def _volgorde(naam: str) -> tuple[int, str]:
    if naam == "[Content_Types].xml":
        return (0, naam)
    if naam.startswith("_rels/"):
        return (1, naam)
    if naam.startswith("docProps/"):
        return (2, naam)
    return (3, naam)


def vaste_zip(inhoud: bytes, tijd: tuple[int, int, int, int, int, int] = VASTE_TIJD) -> bytes:
    """The same archive with every entry dated ``tijd``, mode 0644, sorted, deflated."""
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(inhoud)) as bron, \
            zipfile.ZipFile(uit, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as doel:
        for naam in sorted(bron.namelist(), key=_volgorde):
            info = zipfile.ZipInfo(naam, date_time=tijd)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            doel.writestr(info, bron.read(naam), compresslevel=6)
    return uit.getvalue()
