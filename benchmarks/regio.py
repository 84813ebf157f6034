"""Time the regional overview of a samenwerkingsverband of 40 gemeenten (SAMENWERKING §2), reading included.

    python benchmarks/regio.py [AANTAL] [HERHALINGEN]   (default 40 gemeenten, 3 runs)

One receiving gemeente and AANTAL − 1 members, each a workbook written from the shipped example with an agreed key
and the doorbetaling its key gives it. Measured: ``lees_regio`` (every workbook read in the contained child process,
every gemeente calculated with ``bereken``, the findings and the regional sum), cold (the child started anew) and
warm. Target (issue 19): 40 member workbooks in < 5 s.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from model.io import afgeschermd  # noqa: E402
from model.io.regiomap import lees_regio  # noqa: E402
from tests.regiobouw import lid, ontvanger, schrijf  # noqa: E402


def bouw(map_: Path, aantal: int) -> None:
    namen = ["Voorbeeldgemeente"] + [f"Lid {i:02d}" for i in range(1, aantal)]
    aantallen = [720] + [100 + 10 * i for i in range(1, aantal)]
    totaal = sum(aantallen)
    # agreed keys in whole hundredths of a percent that add up to exactly 100 %
    sleutels = [round(a / totaal, 4) for a in aantallen]
    sleutels[0] = round(1 - sum(sleutels[1:]), 4)
    leden = tuple(zip(namen, aantallen, sleutels))
    schrijf(ontvanger(leden), map_ / "ontvanger.xlsx")
    for i, (naam, a, s) in enumerate(leden[1:], start=1):
        schrijf(lid(naam, a, s, i % 4, leden=leden), map_ / f"lid{i:02d}.xlsx")


def main() -> None:
    aantal = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    herhalingen = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    map_ = Path(tempfile.mkdtemp(prefix="regio-"))
    bouw(map_, aantal)
    afgeschermd.stop()
    begin = time.perf_counter()
    regio = lees_regio(map_)
    koud = time.perf_counter() - begin
    assert len(regio.gemeenten) == aantal and not regio.niet_ingelezen, regio.niet_ingelezen
    fouten = [b.tekst for b in regio.bevindingen if b.ernst == "fout"]
    assert not fouten, fouten
    warm = []
    for _ in range(herhalingen):
        begin = time.perf_counter()
        lees_regio(map_)
        warm.append(time.perf_counter() - begin)
    print(f"regio-overzicht, {aantal} werkboeken: koud {koud:5.2f} s; warm mediaan {statistics.median(warm):5.2f} s, "
          f"hoogste {max(warm):5.2f} s ({herhalingen} keer); doel < 5 s")


if __name__ == "__main__":
    main()
