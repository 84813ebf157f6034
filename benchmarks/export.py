"""Timing of the exports for the Voorbeeldgemeente, 2025–2035, all sections.

Targets: PDF < 1.5 s median, Excel < 0.5 s median. Run: ``python benchmarks/export.py [herhalingen]``.
The annex is assembled once as the app and the CLI do (:func:`model.export.stel_samen`, with the
comparison of the presets and the sensitivity; its time is reported separately); each build starts
from a fresh result, as in the app.
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from model.berekening import bereken  # noqa: E402
from model.export import EigenBijlage, bouw_excel, bouw_pdf, stel_samen  # noqa: E402
from model.invoer import voorbeeldgemeente  # noqa: E402
from model.scenario import presets  # noqa: E402

VAN, TOT = 2025, 2035


def meet(bouw, opties, herhalingen: int) -> list[float]:
    invoer = voorbeeldgemeente()
    tijden = []
    for _ in range(herhalingen):
        resultaat = bereken(invoer, van=VAN, tot=TOT)
        begin = time.perf_counter()
        bouw(resultaat, opties)
        tijden.append(time.perf_counter() - begin)
    return tijden


def main() -> None:
    herhalingen = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    invoer = voorbeeldgemeente()
    begin = time.perf_counter()
    opties = stel_samen(invoer, van=VAN, tot=TOT, vergelijk_met=presets(),
                        eigen=EigenBijlage(datum=date(2026, 11, 23))).opties
    samenstellen = time.perf_counter() - begin
    for bouw in (bouw_pdf, bouw_excel):  # warm-up: imports (xlsxwriter, reportlab), font metrics
        bouw(bereken(invoer, van=VAN, tot=TOT), opties)
    print(f"belasting (load average 1 min): {os.getloadavg()[0]:.1f} op {os.cpu_count()} kernen")
    print(f"samenstellen (vergelijking en gevoeligheid, eenmalig, koud): {samenstellen:.3f} s")
    for naam, bouw, doel in (("PDF", bouw_pdf, 1.5), ("Excel", bouw_excel, 0.5)):
        tijden = meet(bouw, opties, herhalingen)
        mediaan = statistics.median(tijden)
        print(f"{naam:6s} mediaan {mediaan:.3f} s  (min {min(tijden):.3f}, max {max(tijden):.3f}, n={herhalingen}; "
              f"doel < {doel} s) {'OK' if mediaan < doel else 'TE TRAAG'}")


if __name__ == "__main__":
    main()
