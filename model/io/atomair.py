"""Atomic writes: a temporary file in the target folder, fsynced, then renamed over the target.

A failure (read-only folder, file locked elsewhere, disk full) leaves the target as it was
and no temporary file behind, and raises :class:`SchrijfFout` with one Dutch sentence.
"""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from model.io.schrijffout import SchrijfFout, zin_bij_schrijffout


def _modus(pad: Path) -> int:
    """Keep an existing file's permissions; a new file gets 0666 minus the umask."""
    try:
        return pad.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def schrijf_atomair(pad: Path | str, inhoud: bytes) -> None:
    pad = Path(pad)
    tijdelijk = None
    try:
        if pad.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is een map", str(pad))
        if pad.exists() and not pad.is_file():   # a device, FIFO or socket is never replaced by a file
            raise SchrijfFout(errno.EINVAL, f"Kan {pad.name} niet opslaan: dat is geen gewoon bestand (maar "
                                            "bijvoorbeeld een apparaat of een pijp); kies een andere naam.")
        if pad.exists() and not os.access(pad, os.W_OK):
            raise PermissionError(errno.EACCES, "alleen-lezen", str(pad))
        fd, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=pad.parent)
        os.chmod(tijdelijk, _modus(pad))  # mkstemp makes 0600; the file gets ordinary permissions
        with os.fdopen(fd, "wb") as uit:
            uit.write(inhoud)
            uit.flush()
            os.fsync(uit.fileno())
        os.replace(tijdelijk, pad)
        tijdelijk = None
    except SchrijfFout:
        raise
    except OSError as fout:
        raise SchrijfFout(fout.errno, zin_bij_schrijffout(pad, fout)) from None
    finally:
        if tijdelijk is not None:
            try:
                os.unlink(tijdelijk)
            except OSError:
                pass


#: A temporary file untouched for this long belongs to a save that was interrupted (a save in progress
#: writes to its file all the time).
VERWEESD_NA_S = 60.0


def ruim_tijdelijke_op(pad: Path | str, patroon: str | None = None) -> list[Path]:
    """Remove what interrupted atomic writes of ``pad`` left behind (``.naam.XXXX.tmp`` next to it, or
    ``patroon`` in that folder), when untouched for :data:`VERWEESD_NA_S`; returns what was removed.
    Never raises: cleaning up is a courtesy."""
    import time
    pad = Path(pad)
    try:
        kandidaten = list(pad.parent.glob(patroon or f".{glob_veilig(pad.name)}.*.tmp"))
    except (OSError, ValueError):
        return []
    weg = []
    grens = time.time() - VERWEESD_NA_S
    for kandidaat in kandidaten:
        try:
            info = kandidaat.lstat()
            import stat
            if stat.S_ISREG(info.st_mode) and info.st_mtime < grens:
                kandidaat.unlink()
                weg.append(kandidaat)
        except OSError:
            continue
    return weg


def glob_veilig(naam: str) -> str:
    """``naam`` with the glob characters escaped."""
    import glob
    return glob.escape(naam)
