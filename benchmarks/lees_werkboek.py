"""Time reading the demo workbook (resources/voorbeeldgemeente.xlsx) and its .ods/.xls twins.

    python benchmarks/lees_werkboek.py [HERHALINGEN]   (default 50)

Two ways: ``afgeschermd`` is what the app and the CLI do (parse in the contained child
process, warm, plus the JSON round trip and the parent's checks); ``in proces`` is the bare
reader. Also the child's cold start (once per app start; the app starts it ahead of time).
Target (issue 14): the demo workbook < 300 ms including the child. Prints median and p90.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from model.io import afgeschermd  # noqa: E402
from model.io.invoerbestand import lees_invoerbestand  # noqa: E402
from model.io.werkboek import lees_werkboek  # noqa: E402
from model.paden import resource_pad  # noqa: E402
from tests.io.bouw import schrijf, voorbeeld_grid  # noqa: E402


def meet(lees, pad: Path, herhalingen: int) -> list[float]:
    invoer, bevindingen = lees(pad)  # warm-up (imports, the child's start)
    assert invoer is not None, [b.tekst() for b in bevindingen]
    tijden = []
    for _ in range(herhalingen):
        begin = time.perf_counter()
        lees(pad)
        tijden.append((time.perf_counter() - begin) * 1000)
    return sorted(tijden)


def main() -> None:
    herhalingen = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    map_ = Path(tempfile.mkdtemp(prefix="lees-werkboek-"))
    paden = {"xlsx (meegeleverd)": resource_pad("voorbeeldgemeente.xlsx")}
    for ext in (".ods", ".xls"):
        paden[ext[1:]] = schrijf(voorbeeld_grid(), map_ / f"voorbeeld{ext}")
    koud = []
    for _ in range(5):
        afgeschermd.stop()
        begin = time.perf_counter()
        lees_invoerbestand(paden["xlsx (meegeleverd)"])
        koud.append((time.perf_counter() - begin) * 1000)
    print(f"{'koude start + xlsx':28s} mediaan {statistics.median(koud):6.1f} ms   (5 keer, kind elke keer nieuw)")
    for naam, pad in paden.items():
        for wijze, lees in (("afgeschermd", lees_invoerbestand), ("in proces", lees_werkboek)):
            t = meet(lees, pad, herhalingen)
            p90 = t[int(0.9 * (len(t) - 1))]
            print(f"{naam + ', ' + wijze:28s} mediaan {statistics.median(t):6.1f} ms   p90 {p90:6.1f} ms   "
                  f"({herhalingen} keer)")


if __name__ == "__main__":
    main()
