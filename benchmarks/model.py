"""Timing of the funding model for the Voorbeeldgemeente (not a test; prints medians).

    python benchmarks/model.py [--herhalingen N]

Each figure is printed next to a plain evaluation of the same rules measured in the same run
(the number evaluator alone: every line and intermediate quantity 2025–2040, no findings, no result
object). Targets: one full calculation with provenance available at most 2× the plain one;
sensitivity < 25 ms; 2,000 draws through the array evaluator < 0,5 s.
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


def kaal(invoer):
    """The plain evaluation: the rules as numbers, nothing else."""
    from model.berekening import _kern
    from model.regels import SLEUTELS, TUSSENSLEUTELS
    kern, jaren, _, _ = _kern(invoer, None, None, 2025, 2040)
    return [kern.get(s, j) for s in (*SLEUTELS, *TUSSENSLEUTELS) for j in jaren]


def trekkingen(invoer, n: int = 2000):
    """n draws of the uncertain assumptions through the array evaluator: the bandbreedte with the shipped
    distributions of RISICO §3 (model.risico.bandbreedte), the same as the app and the CLI."""
    from model.risico.bandbreedte import bandbreedte
    return bandbreedte(invoer, van=2025, tot=2035, trekkingen=n)


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
        "kaal: de regels als getallen 2025–2040": meet(lambda: kaal(invoer), n),
        "één scenario 2025–2040": meet(lambda: bereken(invoer, van=2025, tot=2040), n),
        "één scenario 2025–2040 + herkomst van alle regels": meet(
            lambda: bereken(invoer, van=2025, tot=2040).gebruikte_parameters(), max(10, n // 10)),
        "alle zes presets 2025–2040": meet(lambda: [bereken(invoer, scenario=s, van=2025, tot=2040) for s in alle], n // 2),
        "gevoeligheid 2025–2040 (alle variaties)": meet(lambda: gevoeligheid(invoer, van=2025, tot=2040), max(10, n // 10)),
        "2.000 trekkingen 2025–2035 (reeksen)": meet(lambda: trekkingen(invoer, 2000), max(5, n // 20)),
        "10.000 trekkingen 2025–2035 (reeksen)": meet(lambda: trekkingen(invoer, 10000), max(3, n // 40)),
    }
    kaal_mediaan = metingen["kaal: de regels als getallen 2025–2040"][0]
    for naam, (mediaan, minimum) in metingen.items():
        print(f"{naam:55s} mediaan {mediaan:8.2f} ms   min {minimum:8.2f} ms   {mediaan / kaal_mediaan:6.1f}× kaal")


if __name__ == "__main__":
    main()
