"""Dependencies are declared where they are used: a test dependency is never skipped, a runtime one is imported."""
from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((WORTEL / "pyproject.toml").read_text("utf-8"))["project"]


def _namen(lijst) -> set[str]:
    return {re.split(r"[<>=!~\[ ;]", eis, maxsplit=1)[0].lower() for eis in lijst}


def _geimporteerd_door_het_programma() -> set[str]:
    namen = set()
    for map_ in ("model", "cli", "ui", "weergave"):
        for pad in (WORTEL / map_).rglob("*.py"):
            for k in ast.walk(ast.parse(pad.read_text("utf-8"))):
                if isinstance(k, ast.Import):
                    namen |= {a.name.split(".")[0] for a in k.names}
                elif isinstance(k, ast.ImportFrom) and k.module and not k.level:
                    namen.add(k.module.split(".")[0])
    return namen


def test_formulas_is_een_harde_testafhankelijkheid():
    """The Excel annex's recalculation tests need `formulas`: it is in the test extra and no test skips without it."""
    assert "formulas" in _namen(PROJECT["optional-dependencies"]["test"])
    overgeslagen = [str(p.relative_to(WORTEL)) for p in (WORTEL / "tests").rglob("*.py")
                    if re.search(r"""importorskip\(\s*["']formulas""", p.read_text("utf-8"))]
    assert overgeslagen == []


def test_openpyxl_is_een_runtime_afhankelijkheid_zolang_het_programma_het_importeert():
    """openpyxl writes the input template (model/io/sjabloon.py) and opens the annex in the self-test; while the
    program imports it, it stays a runtime dependency (else it belongs in the test extra)."""
    runtime = "openpyxl" in _namen(PROJECT["dependencies"])
    assert runtime == ("openpyxl" in _geimporteerd_door_het_programma())
