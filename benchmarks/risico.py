"""Timing of the risk paragraph for the Voorbeeldgemeente (not a test; prints medians).

    python benchmarks/risico.py [--herhalingen N]

Targets (RISICO §5): risicosimulatie of 10,000 draws over the 9 risks < 50 ms; the model risks'
gevolgen (one calculation per variant) within a frame or a few of an edit; bandbreedte over
2025–2035 through the array evaluator: 2,000 draws < 1 s, 10,000 draws < 3 s.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from model.berekening import bereken  # noqa: E402
from model.invoer import voorbeeldgemeente  # noqa: E402
from model.risico.bandbreedte import bandbreedte  # noqa: E402
from model.risico.register import bereken_gevolgen, meegeleverd_register  # noqa: E402
from model.risico.simulatie import simuleer  # noqa: E402
from benchmarks.model import meet  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--herhalingen", type=int, default=50)
    n = parser.parse_args().herhalingen
    invoer = voorbeeldgemeente()
    bereken(invoer)   # warm-up: parameter set load, imports
    register = bereken_gevolgen(meegeleverd_register(), invoer)
    metingen = {
        "één berekening (bereken, begrotingsperiode)": meet(lambda: bereken(invoer, controles=False), n),
        "gevolgen van de modelrisico's (8 varianten + basis)": meet(
            lambda: bereken_gevolgen(meegeleverd_register(), invoer), max(5, n // 2)),
        "risicosimulatie 10.000 trekkingen, 9 risico's": meet(lambda: simuleer(register, 10_000), n),
        "bandbreedte 2.000 trekkingen 2025–2035": meet(
            lambda: bandbreedte(invoer, van=2025, tot=2035, trekkingen=2_000), max(5, n // 5)),
        "bandbreedte 10.000 trekkingen 2025–2035": meet(
            lambda: bandbreedte(invoer, van=2025, tot=2035, trekkingen=10_000), max(3, n // 10)),
    }
    for naam, (mediaan, minimum) in metingen.items():
        print(f"{naam:55s} mediaan {mediaan:9.2f} ms   min {minimum:9.2f} ms")


if __name__ == "__main__":
    main()
