"""Timing of the funding model for the Voorbeeldgemeente (not a test; prints medians).

    python benchmarks/model.py [--herhalingen N]

Targets (REKENREGELS issue): one scenario 2025–2040 < 5 ms, full sensitivity < 100 ms.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from model.analyse import gevoeligheid  # noqa: E402
from model.berekening import bereken  # noqa: E402
from model.invoer import voorbeeldgemeente  # noqa: E402
from model.scenario import presets  # noqa: E402


def meet(functie, herhalingen: int) -> tuple[float, float]:
    tijden = []
    for _ in range(herhalingen):
        t0 = time.perf_counter()
        functie()
        tijden.append((time.perf_counter() - t0) * 1000)
    return statistics.median(tijden), min(tijden)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--herhalingen", type=int, default=200)
    n = parser.parse_args().herhalingen
    invoer = voorbeeldgemeente()
    bereken(invoer)  # warm-up: parameter set load, imports
    alle = presets()
    metingen = {
        "één scenario 2025–2040": meet(lambda: bereken(invoer, van=2025, tot=2040), n),
        "één scenario 2025–2040 + herkomst van alle regels": meet(
            lambda: bereken(invoer, van=2025, tot=2040).gebruikte_parameters(), max(10, n // 10)),
        "alle zes presets 2025–2040": meet(lambda: [bereken(invoer, scenario=s, van=2025, tot=2040) for s in alle], n // 2),
        "gevoeligheid 2025–2040 (alle variaties)": meet(lambda: gevoeligheid(invoer, van=2025, tot=2040), max(10, n // 10)),
    }
    for naam, (mediaan, minimum) in metingen.items():
        print(f"{naam:55s} mediaan {mediaan:7.2f} ms   min {minimum:7.2f} ms")


if __name__ == "__main__":
    main()
