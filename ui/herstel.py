"""Never lose work: after every edit the project is journaled to a recovery file.

The file is the normal project JSON plus where it was saved, written atomically into the
app data folder by a background thread (in order; only the newest pending state is
written), so an edit never waits for the disk. A clean close or a save removes it; if it
is still there at the next start, the app crashed or was killed and offers to restore it.
"""
from __future__ import annotations

import json
import threading
from pathlib import Path

from model.io.atomair import SchrijfFout, schrijf_atomair
from model.io.project import ProjectbestandFout, naar_projectdict, uit_projectdict
from model.project import Project

BESTANDSNAAM = "herstel.infraraming"


class Journaal:
    def __init__(self, datamap: Path):
        self.pad = Path(datamap) / BESTANDSNAAM
        self.laatste_fout: str | None = None
        self._voorwaarde = threading.Condition()
        self._wachtend: tuple[str, bytes | None] | None = None
        self._bezig = False
        self._draad: threading.Thread | None = None

    # -- the background writer -----------------------------------------------------
    def _opdracht(self, opdracht: tuple[str, bytes | None]) -> None:
        with self._voorwaarde:
            self._wachtend = opdracht   # a newer state replaces one not yet written
            if self._draad is None or not self._draad.is_alive():
                self._draad = threading.Thread(target=self._werk, name="herstelbestand", daemon=True)
                self._draad.start()
            self._voorwaarde.notify_all()

    def _werk(self) -> None:
        while True:
            with self._voorwaarde:
                if self._wachtend is None:
                    self._voorwaarde.wait(timeout=5)
                    if self._wachtend is None:
                        self._draad = None
                        return
                soort, inhoud = self._wachtend
                self._wachtend = None
                self._bezig = True
            try:
                if soort == "schrijf":
                    self.pad.parent.mkdir(parents=True, exist_ok=True)
                    schrijf_atomair(self.pad, inhoud)
                else:
                    self.pad.unlink(missing_ok=True)
                self.laatste_fout = None
            except (SchrijfFout, OSError) as fout:
                self.laatste_fout = f"Herstelbestand niet bijgewerkt: {fout}"
            finally:
                with self._voorwaarde:
                    self._bezig = False
                    self._voorwaarde.notify_all()

    def wacht(self, timeout: float = 10.0) -> None:
        """Block until every requested write or removal is done."""
        with self._voorwaarde:
            self._voorwaarde.wait_for(lambda: self._wachtend is None and not self._bezig, timeout=timeout)

    # -- API -------------------------------------------------------------------------
    def schrijf(self, project: Project) -> str | None:
        """Queue the journal write; returns the previous write's Dutch error, if any."""
        data = naar_projectdict(project)
        data["herstel"] = {"pad": project.pad}
        self._opdracht(("schrijf", json.dumps(data, ensure_ascii=False).encode("utf-8")))
        return self.laatste_fout

    def wis(self) -> None:
        self._opdracht(("wis", None))
        self.wacht()

    def aanwezig(self) -> bool:
        self.wacht()
        return self.pad.is_file()

    def lees(self) -> Project | None:
        """The journaled project (marked as changed), or None when the file is unusable."""
        self.wacht()
        try:
            data = json.loads(self.pad.read_text(encoding="utf-8"))
            project = uit_projectdict(data, "het herstelbestand")
        except (OSError, ValueError, ProjectbestandFout):
            return None
        project.pad = (data.get("herstel") or {}).get("pad")
        project.gewijzigd = True
        return project
