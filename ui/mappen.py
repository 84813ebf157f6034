"""Where file dialogs start: the folder of the open project or of its workbook (a newcomer fixes her
workbook and comes back to the same folder)."""
from __future__ import annotations

from pathlib import Path


def map_van(venster) -> str:
    """The folder file dialogs start in: the open project's, else its workbook's, else the home folder."""
    project = venster.project
    for pad in (project.pad, project.ui.get("werkboek")):
        if isinstance(pad, str) and pad and Path(pad).parent.is_dir():
            return str(Path(pad).parent)
    return str(Path.home())
