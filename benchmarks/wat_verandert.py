"""Timing of "wat verandert er" (not a test; prints medians).

    python benchmarks/wat_verandert.py [--herhalingen N]

Target (issue 13): the comparison of two workbooks for 2025–2035 < 100 ms in process. Measured
without reading the files (two workbooks already read) and with reading both workbooks.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.model import meet  # noqa: E402
from model.io.werkboek import lees_werkboek  # noqa: E402
from model.vergelijken import Berekening, vergelijk  # noqa: E402
from tests.io.bouw import kopie, schrijf, voorbeeld_grid, zet_gegeven  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--herhalingen", type=int, default=50)
    n = parser.parse_args().herhalingen
    with tempfile.TemporaryDirectory() as map_:
        oud = voorbeeld_grid()
        nieuw = kopie(oud)
        nieuw["Circulaire"].append([2026, "septembercirculaire 2026", 250_000.0, 139_300.0, 472_500.0, 3_350_000.0])
        next(r for r in nieuw["Meerjarig"] if r and r[0] == 2027)[2] = 18
        zet_gegeven(nieuw, "Begeleidingskosten per plek", 8500)
        pad_oud, pad_nieuw = schrijf(oud, Path(map_) / "oud.xlsx"), schrijf(nieuw, Path(map_) / "nieuw.xlsx")
        a, b = lees_werkboek(pad_oud)[0], lees_werkboek(pad_nieuw)[0]
        vergelijk(Berekening(a), Berekening(b), 2025, 2035)  # warm-up: parameter set load, imports

        def met_lezen():
            x, y = lees_werkboek(pad_oud)[0], lees_werkboek(pad_nieuw)[0]
            return vergelijk(Berekening(x), Berekening(y), 2025, 2035)

        def met_zinnen():
            v = vergelijk(Berekening(a), Berekening(b), 2025, 2035)
            return [v.zinnen(s) for s in v.stappen]

        metingen = {
            "vergelijking 2025–2035 (werkboeken gelezen)": meet(lambda: vergelijk(Berekening(a), Berekening(b),
                                                                                  2025, 2035), n),
            "vergelijking 2025–2035 + zinnen": meet(met_zinnen, n),
            "twee werkboeken lezen + vergelijking 2025–2035": meet(met_lezen, max(5, n // 5)),
        }
    for naam, (mediaan, minimum) in metingen.items():
        print(f"{naam:55s} mediaan {mediaan:7.2f} ms   min {minimum:7.2f} ms")


if __name__ == "__main__":
    main()
