"""Before the window opens on Linux: are the system libraries of Qt's X11 (xcb) plugin there?

Without them Qt aborts with "Could not load the Qt platform plugin xcb … xcb-cursor0 is
needed", which names one library even when others are missing. Here ``ldd`` on the plugin
lists every library that is not found, and the message names the Debian/Ubuntu packages
that provide them (a library ``libxcb-icccm.so.4`` comes in package ``libxcb-icccm4``).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

_NIET_GEVONDEN = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.M)


def ontbrekend_volgens_ldd(uitvoer: str) -> list[str]:
    """The library names ``ldd`` reports as 'not found', in order, each once."""
    return list(dict.fromkeys(_NIET_GEVONDEN.findall(uitvoer)))


def pakketnaam(bibliotheek: str) -> str:
    """Debian's name for the package of a shared library: ``libxcb-icccm.so.4`` -> ``libxcb-icccm4``,
    ``libxkbcommon-x11.so.0`` -> ``libxkbcommon-x11-0`` (a hyphen when the name ends in a digit)."""
    naam, _, versie = bibliotheek.partition(".so")
    versie = versie.lstrip(".").split(".")[0]
    naam = naam.lower()
    if not versie:
        return naam
    return f"{naam}-{versie}" if naam[-1].isdigit() else f"{naam}{versie}"


def gebruikt_xcb(omgeving=os.environ) -> bool:
    """Will Qt try its X11 plugin? (Linux, a display, and no other platform asked for or preferred.)"""
    if not sys.platform.startswith("linux"):
        return False
    gevraagd = omgeving.get("QT_QPA_PLATFORM", "")
    if gevraagd:
        return gevraagd.split(":")[0].split(";")[0] == "xcb"
    return bool(omgeving.get("DISPLAY")) and not omgeving.get("WAYLAND_DISPLAY")


def xcb_plugin() -> Path | None:
    from PySide6.QtCore import QLibraryInfo   # QtCore loads without any display libraries
    pad = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    return pad if pad.is_file() else None


def ontbrekende_xcb_bibliotheken() -> list[str]:
    """Libraries the xcb plugin needs and the system lacks ([] when all are there or ldd is absent)."""
    plugin = xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return []
    try:
        uit = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return []
    return ontbrekend_volgens_ldd(uit.stdout)


def xcb_melding(ontbrekend: list[str]) -> str:
    pakketten = " ".join(dict.fromkeys(pakketnaam(b) for b in ontbrekend))
    return ("Infraraming kan het venster niet openen: Qt mist systeembibliotheken voor X11 (xcb): "
            f"{', '.join(ontbrekend)}.\n"
            f"Installeer ze, op Debian of Ubuntu met:\n    sudo apt-get install {pakketten}\n"
            "(Op andere Linux-distributies heten de pakketten vergelijkbaar.) De opdrachtregel werkt ook "
            "zonder deze bibliotheken, bijvoorbeeld: infraraming bereken.")


def controleer_scherm() -> str | None:
    """A Dutch message when the window cannot open for lack of X11 libraries, else None."""
    if not gebruikt_xcb():
        return None
    ontbrekend = ontbrekende_xcb_bibliotheken()
    return xcb_melding(ontbrekend) if ontbrekend else None
