"""Linux without Qt's X11 libraries: the app names the packages instead of Qt's misleading abort."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.systeem import gebruikt_xcb, ontbrekend_volgens_ldd, ontbrekende_xcb_bibliotheken, pakketnaam, xcb_melding

ROOT = Path(__file__).resolve().parents[2]

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)
"""


def test_ldd_output_and_debian_package_names():
    ontbrekend = ontbrekend_volgens_ldd(LDD)
    assert ontbrekend == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0"]
    assert [pakketnaam(b) for b in ontbrekend] == ["libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"]
    assert pakketnaam("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert pakketnaam("libX11-xcb.so.1") == "libx11-xcb1"
    assert pakketnaam("libxcb-render-util.so.0") == "libxcb-render-util0"
    melding = xcb_melding(ontbrekend)
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0" in melding
    assert "xcb-cursor0 is needed" not in melding


@pytest.mark.parametrize("omgeving, xcb", [
    ({"DISPLAY": ":0"}, True), ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False), ({}, False),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False), ({"QT_QPA_PLATFORM": "xcb"}, True),
])
def test_only_checked_when_qt_would_use_x11(monkeypatch, omgeving, xcb):
    monkeypatch.setattr(sys, "platform", "linux")
    assert gebruikt_xcb(omgeving) is xcb


def test_the_app_names_the_missing_packages_instead_of_aborting(tmp_path):
    ontbrekend = ontbrekende_xcb_bibliotheken()
    if not sys.platform.startswith("linux") or not ontbrekend:
        pytest.skip("Qt's X11 libraries are all installed here")
    omgeving = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    omgeving.update(DISPLAY=":77", INFRARAMING_INSTELLINGEN=str(tmp_path / "i.ini"),
                    INFRARAMING_DATAMAP=str(tmp_path / "data"))
    uit = subprocess.run([sys.executable, str(ROOT / "main.py")], env=omgeving, capture_output=True, text=True,
                         timeout=60, cwd=ROOT)
    assert uit.returncode == 1
    assert "sudo apt-get install " + pakketnaam(ontbrekend[0]) in uit.stderr
    assert "Traceback" not in uit.stderr and "could not load the qt platform plugin" not in uit.stderr.lower()
