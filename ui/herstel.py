"""Never lose work: after every edit the project is journaled to a recovery file.

The file is the normal project JSON plus where it was saved, written atomically into the
app data folder. A clean close or a save removes it; if it is still there at the next
start, the app crashed or was killed and offers to restore it.
"""
from __future__ import annotations

import json
from pathlib import Path

from model.io.atomair import SchrijfFout, schrijf_atomair
from model.io.project import ProjectbestandFout, naar_projectdict, uit_projectdict
from model.project import Project

BESTANDSNAAM = "herstel.infraraming"


class Journaal:
    def __init__(self, datamap: Path):
        self.pad = Path(datamap) / BESTANDSNAAM

    def schrijf(self, project: Project) -> str | None:
        """Write the journal; returns a Dutch message when that failed (the app keeps going)."""
        data = naar_projectdict(project)
        data["herstel"] = {"pad": project.pad}
        try:
            self.pad.parent.mkdir(parents=True, exist_ok=True)
            schrijf_atomair(self.pad, json.dumps(data, ensure_ascii=False).encode("utf-8"))
        except (SchrijfFout, OSError) as fout:
            return f"Herstelbestand niet bijgewerkt: {fout}"
        return None

    def wis(self) -> None:
        try:
            self.pad.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass

    def aanwezig(self) -> bool:
        return self.pad.is_file()

    def lees(self) -> Project | None:
        """The journaled project (marked as changed), or None when the file is unusable."""
        try:
            data = json.loads(self.pad.read_text(encoding="utf-8"))
            project = uit_projectdict(data, "het herstelbestand")
        except (OSError, ValueError, ProjectbestandFout):
            return None
        project.pad = (data.get("herstel") or {}).get("pad")
        project.gewijzigd = True
        return project
