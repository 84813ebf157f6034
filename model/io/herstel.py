"""Never lose work: after every edit the project is journaled to a recovery file.

Each running instance has its own journal (``herstel-<id>.infraraming`` in the app data
folder) and holds an operating-system lock on it (``….slot``) for as long as it runs. The
lock goes away with the process, also after ``kill -9``, so at the next start a journal
whose lock can be taken was left behind by a crash: the new instance adopts it and offers
to restore it. A journal that another running instance holds is never offered nor
deleted. (Windows in one process, as in the tests, count as left behind for each other.)

The file is the normal project JSON plus where it was saved. Serialising (including the
embedded workbook) and writing happen on a background thread, in order, only the newest
pending state; an edit only hands over an immutable snapshot. A clean close or a save
removes the journal. A journal that cannot be read (cut off) is kept aside and reported,
never silently deleted.
"""
from __future__ import annotations

import json
import os
import threading
import time
import uuid
from pathlib import Path

from model.io.atomair import ruim_tijdelijke_op, schrijf_atomair
from model.io.grenzen import Weigering
from model.io.jsonbestand import laad_json
from model.io.project import MAX_PROJECT, ProjectbestandFout, naar_projectdict, uit_projectdict
from model.io.schrijffout import SchrijfFout
from model.project import Project

VOORVOEGSEL = "herstel"
EXTENSIE = ".infraraming"
SLOT = ".slot"

_IN_DIT_PROCES: set[str] = set()   # lock files this process holds (flock would refuse a second handle)


class _Slot:
    """An exclusive, non-blocking lock on a small file; released by the OS when the process ends."""

    def __init__(self, pad: Path):
        self.pad = pad
        self._f = None

    def neem(self) -> bool:
        if str(self.pad) in _IN_DIT_PROCES:
            return False
        try:
            f = open(self.pad, "a+b")
        except OSError:
            return False
        try:
            if os.name == "nt":
                import msvcrt
                f.seek(0)
                msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl
                fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            f.close()
            return False
        self._f = f
        _IN_DIT_PROCES.add(str(self.pad))
        return True

    def laat_los(self, verwijder: bool) -> None:
        if self._f is None:
            return
        if verwijder:
            try:
                self.pad.unlink()       # POSIX: fine while locked; Windows refuses, the file stays (harmless)
            except OSError:
                pass
        self._f.close()
        self._f = None
        _IN_DIT_PROCES.discard(str(self.pad))


def _slotpad(journaal: Path) -> Path:
    return journaal.with_name(journaal.name + SLOT)


class Journaal:
    def __init__(self, datamap: Path):
        self.map = Path(datamap)
        self.laatste_fout: str | None = None
        self.melding: str | None = None    # a left-behind journal that could not be restored (Dutch)
        self._voorwaarde = threading.Condition()
        self._wachtend: tuple[str, Project | None] | None = None
        self._bezig = False
        self._draad: threading.Thread | None = None
        self.pad, self._slot = self._achtergelaten() or self._eigen()

    # -- which file is ours ----------------------------------------------------------
    def _eigen(self) -> tuple[Path, _Slot]:
        pad = self.map / f"{VOORVOEGSEL}-{os.getpid()}-{uuid.uuid4().hex[:8]}{EXTENSIE}"
        slot = _Slot(_slotpad(pad))
        try:
            self.map.mkdir(parents=True, exist_ok=True)
            for wees in self.map.glob(f"{VOORVOEGSEL}-*{EXTENSIE}{SLOT}"):   # locks of instances that never wrote
                oud = _Slot(wees)
                if not wees.with_name(wees.name[:-len(SLOT)]).exists() and oud.neem():
                    oud.laat_los(verwijder=True)
            slot.neem()
            ruim_tijdelijke_op(pad, f".{VOORVOEGSEL}-*{EXTENSIE}.*.tmp")   # journal writes cut off by a crash
        except OSError:   # the journal then reports its write error as usual
            pass
        return pad, slot

    def _achtergelaten(self) -> tuple[Path, _Slot] | None:
        """A journal whose instance is gone (its lock can be taken, or it is held by this very process)."""
        if not self.map.is_dir():
            return None
        for pad in sorted(self.map.glob(f"{VOORVOEGSEL}*{EXTENSIE}"), key=_wijzigtijd):
            if pad.name.startswith(f"{VOORVOEGSEL}-beschadigd"):
                continue
            slot = _Slot(_slotpad(pad))
            if str(slot.pad) in _IN_DIT_PROCES or slot.neem():
                return pad, slot
        return None

    # -- the background writer -----------------------------------------------------
    def _opdracht(self, opdracht: tuple[str, Project | None]) -> None:
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
                soort, project = self._wachtend
                self._wachtend = None
                self._bezig = True
            try:
                if soort == "schrijf":
                    data = naar_projectdict(project)
                    data["herstel"] = {"pad": project.pad}
                    inhoud = json.dumps(data, ensure_ascii=False, allow_nan=False).encode("utf-8")
                    self.pad.parent.mkdir(parents=True, exist_ok=True)
                    schrijf_atomair(self.pad, inhoud)
                else:
                    self.pad.unlink(missing_ok=True)
                self.laatste_fout = None
            except (SchrijfFout, OSError, ValueError) as fout:
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
        """Queue the journal write (an immutable snapshot; nothing is encoded here); returns the previous
        write's Dutch error, if any."""
        momentopname = Project(project.toestand, project.parameterset, pad=project.pad, gewijzigd=project.gewijzigd,
                               ui=dict(project.ui))
        self._opdracht(("schrijf", momentopname))
        return self.laatste_fout

    def wis(self) -> None:
        self._opdracht(("wis", None))
        self.wacht()

    def aanwezig(self) -> bool:
        self.wacht()
        return self.pad.is_file()

    def lees(self) -> Project | None:
        """The journaled project (marked as changed), or None when the file is unusable.

        An unusable journal (cut off, damaged) is moved aside, not deleted, and :attr:`melding` says so.
        """
        self.wacht()
        try:
            data = laad_json(self.pad, MAX_PROJECT, "een herstelbestand")
            project = uit_projectdict(data, "het herstelbestand")
        except (Weigering, ProjectbestandFout) as fout:
            apart = self.pad.with_name(f"{VOORVOEGSEL}-beschadigd-{time.strftime('%Y%m%d-%H%M%S')}{EXTENSIE}")
            try:
                self.pad.replace(apart)
                waar = f"het is bewaard als {apart}"
            except OSError:
                waar = f"het staat in {self.pad}"
            self.melding = (f"Er waren niet-opgeslagen wijzigingen van de vorige keer, maar het herstelbestand is "
                            f"onvolledig of beschadigd en kan niet worden teruggezet ({fout}); {waar}.")
            return None
        herstel = data.get("herstel") if isinstance(data.get("herstel"), dict) else {}
        project.pad = herstel.get("pad") if isinstance(herstel.get("pad"), str) else None
        project.gewijzigd = True
        return project

    def sluit(self) -> None:
        """The instance ends cleanly: the journal is removed and its lock released."""
        self.wis()
        self._slot.laat_los(verwijder=True)


def _wijzigtijd(pad: Path) -> float:
    try:
        return pad.stat().st_mtime
    except OSError:
        return 0.0
