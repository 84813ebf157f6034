"""model/ and weergave/ never import Qt: the CLI, exports and tests run without a GUI."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[2]


def test_geen_qt_import_in_model():
    patroon = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6|PyQt\d)", re.M)
    fout = [str(p.relative_to(WORTEL)) for map_ in ("model", "weergave") for p in (WORTEL / map_).rglob("*.py")
            if patroon.search(p.read_text("utf-8"))]
    assert fout == []


def test_model_laadt_zonder_qt_in_sys_modules():
    code = ("import sys, pkgutil, importlib, model, weergave\n"
            "for pakket in (model, weergave):\n"
            "    for m in pkgutil.walk_packages(pakket.__path__, pakket.__name__ + '.'):\n"
            "        importlib.import_module(m.name)\n"
            "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))))")
    uit = subprocess.run([sys.executable, "-c", code], cwd=WORTEL, capture_output=True, text=True, check=True)
    assert uit.stdout.strip() == "[]"
