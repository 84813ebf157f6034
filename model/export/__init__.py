"""PDF and Excel begrotingsbijlage built from a :class:`model.resultaat.Resultaat`.

The exports never recompute a euro: they read the result's lines, details, provenance,
parameters, assumptions, reconciliation, warnings and member shares. The same result and
options give byte-identical files (fixed dates, reportlab invariant mode, fixed zip entries).

API for the app and the CLI (safe to call from a worker thread; no Qt here): assemble once with
:func:`model.export.bijlage.stel_samen`, then write::

    bijlage = stel_samen(invoer, scenario, basis, vergelijk_met=[...], bevindingen=..., eigen=EigenBijlage(...))
    schrijf_pdf(pad, bijlage.resultaat, bijlage.opties)

The options themselves::

    from model.export import ExportOpties, schrijf_pdf, schrijf_excel
    opties = ExportOpties(van=2026, tot=2029, datum=date(2026, 11, 23),
                          secties=SECTIES,                 # which parts to include
                          vergelijking=vergelijk(...),      # optional model.analyse.Vergelijking
                          gevoeligheid=gevoeligheid(...),   # optional list[Gevoeligheid]
                          bevindingen=bevindingen)          # input findings to list
    schrijf_pdf(pad, resultaat, opties, voortgang=lambda fractie, tekst: ...)
    schrijf_excel(pad, resultaat, opties, voortgang=None)

``voortgang(fractie, tekst)`` is called with 0…1 and a short Dutch step name. Errors a user
can cause come back as exceptions with a complete Dutch sentence as ``str()``:
:class:`ExportFout` (options that do not fit the result, e.g. a year outside the horizon) and
:class:`model.io.atomair.SchrijfFout` (target not writable, disk full); a failed write leaves
no partial file. ``bouw_pdf`` / ``bouw_excel`` return the bytes without writing.
"""
from __future__ import annotations

import errno
from pathlib import Path

from model.export.bijlage import Bijlage, EigenBijlage, eigen_naar_project, eigen_uit_project, stel_samen
from model.export.opties import SECTIES, SECTIETITELS, STANDAARD_SECTIES, ExportFout, ExportOpties, Logo, Voortgang, bronnen
from model.io.atomair import schrijf_atomair
from model.io.schrijffout import SchrijfFout, zin_bij_schrijffout


def bouw_pdf(resultaat, opties: ExportOpties | None = None, voortgang: Voortgang | None = None) -> bytes:
    from model.export.pdf import bouw_pdf as _bouw
    return _bouw(resultaat, opties or ExportOpties(), voortgang)


def bouw_excel(resultaat, opties: ExportOpties | None = None, voortgang: Voortgang | None = None) -> bytes:
    from model.export.excel import bouw_excel as _bouw
    return _bouw(resultaat, opties or ExportOpties(), voortgang)


def _schrijf(pad: Path, inhoud: bytes) -> None:
    """Atomic write that also honours read-only marks for administrators (root ignores permissions)."""
    for doel in (pad, pad.parent):
        try:
            alleen_lezen = doel.exists() and not doel.stat().st_mode & 0o222
        except OSError as fout:   # e.g. a file name longer than the file system allows
            raise SchrijfFout(fout.errno or errno.EINVAL, zin_bij_schrijffout(pad, fout)) from None
        if alleen_lezen:
            fout = PermissionError(errno.EACCES, "alleen-lezen", str(doel))
            raise SchrijfFout(errno.EACCES, zin_bij_schrijffout(pad, fout))
    schrijf_atomair(pad, inhoud)


def schrijf_pdf(pad: Path | str, resultaat, opties: ExportOpties | None = None,
                voortgang: Voortgang | None = None) -> Path:
    """Build the PDF annex and write it atomically to ``pad``."""
    pad = Path(pad)
    _schrijf(pad, bouw_pdf(resultaat, opties, voortgang))
    return pad


def schrijf_excel(pad: Path | str, resultaat, opties: ExportOpties | None = None,
                  voortgang: Voortgang | None = None) -> Path:
    """Build the Excel annex and write it atomically to ``pad``."""
    pad = Path(pad)
    _schrijf(pad, bouw_excel(resultaat, opties, voortgang))
    return pad


__all__ = ["Bijlage", "EigenBijlage", "Logo", "stel_samen", "eigen_uit_project", "eigen_naar_project", "ExportOpties", "ExportFout", "SchrijfFout", "SECTIES", "SECTIETITELS", "STANDAARD_SECTIES", "bouw_pdf", "bouw_excel",
           "schrijf_pdf", "schrijf_excel", "bronnen"]
