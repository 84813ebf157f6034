"""One side of a comparison (*Wat verandert er*) read from a file, or taken "as of" a circulaire edition.

A project (``.infraraming``) brings its parameter set and its active scenario on its Basis (the
user's edits included); a workbook or input JSON is calculated with the standard parameter set
and Basis. Used by the command line (``wat-verandert``) and by the app (*Vergelijken met…*).
"""
from __future__ import annotations

import threading
from pathlib import Path

from model.bevindingen import FOUT, WAARSCHUWING, Bevinding
from model.circulaire import Editie
from model.invoer import stand_per
from model.io.invoerbestand import lees_invoerbestand
from model.vergelijken import Berekening


def lees_berekening(pad: Path | str, annuleer: threading.Event | None = None
                    ) -> tuple[Berekening | None, list[Bevinding]]:
    """The calculation a file describes, and every finding; None when there is an error. Never raises.

    A workbook is read in the contained child process (``annuleer`` stops it); a project's notices
    (e.g. recalculated with newer rules) come back as warnings.
    """
    from model.io.project import EXTENSIE, ProjectbestandFout, lees_project
    pad = Path(pad)
    if pad.suffix.lower() == EXTENSIE:
        try:
            project = lees_project(pad)
        except ProjectbestandFout as fout:
            return None, [Bevinding(FOUT, str(fout)), *fout.bevindingen]
        return (Berekening(project.invoer, project.parameterset, project.toestand.effectief(), pad.name),
                [Bevinding(WAARSCHUWING, m) for m in project.meldingen])
    invoer, bevindingen = lees_invoerbestand(pad, annuleer)
    return (None if invoer is None else Berekening(invoer, naam=pad.name)), bevindingen


def per_editie(berekening: Berekening, editie: Editie) -> Berekening:
    """The same calculation with the input as it stood at ``editie`` (older rows only), named after it."""
    return Berekening(stand_per(berekening.invoer, editie), berekening.parameterset, berekening.scenario,
                      f"{berekening.naam}, stand {editie.tekst}")
