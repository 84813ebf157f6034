"""``bereken --van/--tot`` outside the model's years names those years (model.rekenregels.jaren), not a default."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

WORTEL = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("args, zin", [
    (("--van", "2050"), "Het beginjaar 2050 ligt buiten de jaren die het model berekent (2025–2040)."),
    (("--van", "2030", "--tot", "2028"), "Het beginjaar 2030 ligt na het eindjaar 2028."),
])
def test_jaren_buiten_het_model(args, zin):
    uit = subprocess.run([sys.executable, "main.py", "bereken", "resources/voorbeeldgemeente.xlsx", *args], cwd=WORTEL,
                         capture_output=True, text=True, timeout=120)
    assert uit.returncode == 2 and uit.stderr.strip() == zin and "Traceback" not in uit.stderr
