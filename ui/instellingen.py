"""Settings (QSettings, injectable path for tests), recent files and the app data folder."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

MAX_RECENT = 8


def standaard_datamap() -> Path:
    pad = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(pad or Path.home() / ".infraraming")


class Instellingen:
    def __init__(self, pad: str | Path | None = None, datamap: str | Path | None = None):
        if pad is None:
            self.q = QSettings("Infraraming", "Infraraming")
        else:
            self.q = QSettings(str(pad), QSettings.Format.IniFormat)
        self.datamap = Path(datamap) if datamap is not None else standaard_datamap()

    def get(self, sleutel: str, standaard=None):
        return self.q.value(sleutel, standaard)

    def set(self, sleutel: str, waarde) -> None:
        self.q.setValue(sleutel, waarde)
        self.q.sync()

    def recent(self) -> list[str]:
        waarde = self.q.value("recent", [])
        if isinstance(waarde, str):
            waarde = [waarde] if waarde else []
        return [str(p) for p in (waarde or [])]

    def voeg_recent_toe(self, pad: str) -> None:
        pad = str(Path(pad).resolve())
        lijst = [pad] + [p for p in self.recent() if p != pad]
        self.set("recent", lijst[:MAX_RECENT])

    @property
    def laatste_project(self) -> str | None:
        waarde = self.q.value("laatste_project", "")
        return str(waarde) if waarde else None

    @laatste_project.setter
    def laatste_project(self, pad: str | None) -> None:
        self.set("laatste_project", pad or "")
