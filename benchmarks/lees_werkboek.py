"""Time reading the demo workbook (resources/voorbeeldgemeente.xlsx) and its .ods/.xls twins.

    python benchmarks/lees_werkboek.py [HERHALINGEN]   (default 50)

Target (INVOER / issue): median < 200 ms for the demo workbook. Prints median and p90 per format.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from model.io.werkboek import lees_werkboek  # noqa: E402
from model.paden import resource_pad  # noqa: E402
from tests.io.bouw import schrijf, voorbeeld_grid  # noqa: E402

HERHALINGEN = int(sys.argv[1]) if len(sys.argv) > 1 else 50


def meet(pad: Path) -> list[float]:
    invoer, bevindingen = lees_werkboek(pad)  # warm-up (imports)
    assert invoer is not None, [b.tekst() for b in bevindingen]
    tijden = []
    for _ in range(HERHALINGEN):
        begin = time.perf_counter()
        lees_werkboek(pad)
        tijden.append((time.perf_counter() - begin) * 1000)
    return sorted(tijden)


if __name__ == "__main__":
    map_ = Path(tempfile.mkdtemp(prefix="lees-werkboek-"))
    paden = {"xlsx (meegeleverd)": resource_pad("voorbeeldgemeente.xlsx")}
    for ext in (".ods", ".xls"):
        paden[ext[1:]] = schrijf(voorbeeld_grid(), map_ / f"voorbeeld{ext}")
    for naam, pad in paden.items():
        t = meet(pad)
        p90 = t[int(0.9 * (len(t) - 1))]
        print(f"{naam:20s} mediaan {statistics.median(t):6.1f} ms   p90 {p90:6.1f} ms   ({HERHALINGEN} keer)")
