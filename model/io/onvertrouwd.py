"""The one gate for a file a user names (project, scenario, input JSON, parameter set, logo).

Before any content is read: only a regular file (a FIFO, a device, a socket or a file of the
kernel's ``/proc`` or ``/sys`` is refused at once and never blocks), its size is read first and
bounded, and the read itself never takes more than the limit. Every refusal is one Dutch
sentence (:class:`Weigering`) that names the file and the real reason: a path that is too long
(with its length), a loop of symbolic links, a missing file, no permission.
"""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from model.io.grenzen import Weigering

#: Kernel file systems: their files call themselves regular but are generated (and may never end).
_KERNELMAPPEN = ("/proc/", "/sys/")


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n // 1024} kB" if n >= 1024 else f"{n} bytes"


def reden_bij_fout(pad: Path, fout: OSError) -> str:
    """Why ``pad`` cannot be opened for reading, as one Dutch sentence (also for a symlink loop, a long path)."""
    tekst = str(pad)
    if fout.errno == errno.ENAMETOOLONG:
        naam = max(tekst.split(os.sep), key=lambda d: len(d.encode("utf-8", "surrogateescape")))
        if len(naam.encode("utf-8", "surrogateescape")) > 255:
            return (f"De bestandsnaam is te lang ({len(naam)} tekens; hoogstens 255) en kan niet worden "
                    "geopend.")
        return f"Het pad is te lang ({len(tekst)} tekens) en kan niet worden geopend."
    if fout.errno == errno.ELOOP:
        return f"{pad.name} kan niet worden geopend: de symbolische koppelingen verwijzen in een kring naar elkaar."
    if fout.errno in (errno.ENOENT, errno.ENOTDIR):
        return f"Het bestand {pad} bestaat niet."
    if fout.errno in (errno.EACCES, errno.EPERM):
        return f"{pad.name} kan niet worden gelezen: u hebt geen leesrechten op dit bestand."
    if fout.errno == errno.EISDIR:
        return f"{pad.name} is een map, geen bestand."
    return f"{pad.name} kan niet worden gelezen: {fout.strerror or fout}."


def controleer_gewoon(pad: Path | str, wat: str) -> os.stat_result:
    """The file's status if it is a regular file a user may hand us; otherwise :class:`Weigering`.

    ``wat`` names the kind of file ("een projectbestand"). Never opens the file, so never blocks."""
    pad = Path(pad)
    try:
        info = os.stat(pad)
    except OSError as fout:
        raise Weigering(reden_bij_fout(pad, fout)) from None
    except ValueError:   # a NUL character in the path
        raise Weigering(f"De naam {pad.name!r} is geen geldige bestandsnaam.") from None
    if stat.S_ISDIR(info.st_mode):
        raise Weigering(f"{pad.name} is een map, geen {_zonder_lidwoord(wat)}.")
    if not stat.S_ISREG(info.st_mode):
        raise Weigering(f"{pad.name} is geen gewoon bestand (maar bijvoorbeeld een pijp of een apparaat) en kan "
                        f"niet als {wat} worden gelezen.")
    try:
        echt = os.path.realpath(pad)
    except (OSError, ValueError):
        echt = str(pad)
    if os.name != "nt" and any(echt.startswith(m) for m in _KERNELMAPPEN):
        raise Weigering(f"{pad.name} is een bestand van het besturingssysteem ({echt}), geen {_zonder_lidwoord(wat)}.")
    return info


def _zonder_lidwoord(wat: str) -> str:
    return wat[4:] if wat.startswith("een ") else wat


def lees_bytes(pad: Path | str, max_bytes: int, wat: str) -> bytes:
    """The content of a regular file of at most ``max_bytes``; :class:`Weigering` in Dutch otherwise.

    The file is opened non-blocking and checked again on the open handle (a file swapped for a FIFO
    between the check and the open is refused too); at most ``max_bytes + 1`` bytes are ever read."""
    pad = Path(pad)
    controleer_gewoon(pad, wat)
    vlaggen = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(pad, vlaggen)
    except OSError as fout:
        raise Weigering(reden_bij_fout(pad, fout)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Weigering(f"{pad.name} is geen gewoon bestand en kan niet als {wat} worden gelezen.")
        if info.st_size > max_bytes:
            raise Weigering(f"{pad.name} is te groot ({_mb(info.st_size)}) voor {wat}; hoogstens {_mb(max_bytes)}.")
        delen, gelezen = [], 0
        while gelezen <= max_bytes:
            deel = os.read(fd, min(1024 * 1024, max_bytes + 1 - gelezen))
            if not deel:
                break
            delen.append(deel)
            gelezen += len(deel)
    except OSError as fout:
        raise Weigering(reden_bij_fout(pad, fout)) from None
    finally:
        os.close(fd)
    if gelezen > max_bytes:
        raise Weigering(f"{pad.name} is te groot voor {wat}; hoogstens {_mb(max_bytes)}.")
    return b"".join(delen)


def lees_tekst(pad: Path | str, max_bytes: int, wat: str) -> str:
    """:func:`lees_bytes` decoded as UTF-8 (a BOM allowed); anything else is a Dutch refusal."""
    inhoud = lees_bytes(pad, max_bytes, wat)
    try:
        return inhoud.decode("utf-8-sig")
    except UnicodeDecodeError as fout:
        raise Weigering(f"{Path(pad).name} is geen UTF-8-tekst (onleesbaar teken op positie {fout.start}) en kan "
                        f"niet als {wat} worden gelezen; sla het op als UTF-8.") from None
