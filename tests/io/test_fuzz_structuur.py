"""Structure-aware fuzzing in CI: a bounded run with a fixed seed (benchmarks/fuzz_structuur.py runs long)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "fuzz_structuur.py"


def test_structuurbewuste_mutaties_geven_zinnen_en_geen_crash():
    spec = importlib.util.spec_from_file_location("fuzz_structuur", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    regels: list[str] = []
    telling = module.draai(90, 7, uit=regels.append)
    assert telling["onverwacht"] == 0, "\n".join(regels)
    assert sum(n for k, n in telling.items() if isinstance(k, tuple)) == 90
    assert {ext for ext, _ in (k for k in telling if isinstance(k, tuple))} == {".xlsx", ".ods", ".xls"}
