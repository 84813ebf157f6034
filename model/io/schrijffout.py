"""A failed write as one Dutch sentence, shared by everything that writes a file."""
from __future__ import annotations

import errno
from pathlib import Path


class SchrijfFout(OSError):
    """Writing a file failed; ``str()`` is a complete Dutch sentence."""

    def __str__(self) -> str:  # OSError would prefix "[Errno 13]"
        return self.strerror or super().__str__()


def zin_bij_schrijffout(pad: Path, fout: OSError) -> str:
    """Why ``pad`` could not be written, in Dutch, from the operating system's error."""
    if fout.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Kan {pad.name} niet opslaan: geen schrijfrechten in {pad.parent} of het bestand is alleen-lezen of elders geopend."
    if fout.errno == errno.ENOSPC:
        return f"Kan {pad.name} niet opslaan: de schijf is vol."
    if fout.errno == errno.ENOENT:
        return f"Kan {pad.name} niet opslaan: de map {pad.parent} bestaat niet."
    if fout.errno == errno.EISDIR:
        return f"Kan {pad.name} niet opslaan: er staat een map met die naam."
    if len(pad.name.encode("utf-8", "surrogateescape")) > 255:
        return (f"Kan niet opslaan: de bestandsnaam is te lang ({len(pad.name)} tekens); "
                "kies een kortere naam (hoogstens 255 tekens).")
    if fout.errno == errno.ENAMETOOLONG:   # each name fits, the whole path does not (or a folder's name is too long)
        return (f"Kan {pad.name[:60]} niet opslaan: het pad is te lang ({len(str(pad))} tekens); kies een map "
                "dichter bij de schijf of kortere namen.")
    if fout.errno == errno.ELOOP:
        return f"Kan {pad.name} niet opslaan: de symbolische koppelingen in het pad verwijzen in een kring naar elkaar."
    if fout.errno in (errno.EDQUOT, errno.EFBIG):
        return f"Kan {pad.name} niet opslaan: de schijf is vol of de ruimte voor uw bestanden is op."
    return f"Kan {pad.name} niet opslaan: {fout.strerror or fout}."
