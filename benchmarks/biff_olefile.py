"""Issue 10 item 9: could olefile replace the hand-written container reader in model/io/biff.py?

    pip install --target /tmp/ole olefile && PYTHONPATH=/tmp/ole python benchmarks/biff_olefile.py [AANTAL]

Compares, on the demo .xls: the time to get the Workbook stream; which stream each picks when a
file has two directory entries named Workbook (a decoy with name length 0 first, then a sane
one; the parser itself read the decoy); and how each handles byte-damaged copies (AANTAL,
default 3000, fixed seed): read, refused with a Dutch sentence, or which exception.
"""
from __future__ import annotations

import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from model.io import biff  # noqa: E402
from model.io.grenzen import Weigering  # noqa: E402
from tests.io import vijandig_bouw as vb  # noqa: E402
from tests.io.bouw import schrijf, voorbeeld_grid  # noqa: E402

try:
    import olefile
except ModuleNotFoundError:
    sys.exit("olefile is niet geïnstalleerd; zie de aanwijzing bovenaan dit script.")


def eigen(data: bytes) -> bytes:
    return biff._Container(data, "x").werkboekstroom()


def met_olefile(data: bytes) -> bytes:
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        return ole.openstream("Workbook").read()


def main() -> None:
    aantal = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    goed = schrijf(voorbeeld_grid(), Path(tempfile.mkdtemp()) / "goed.xls").read_bytes()
    lezers = (("biff._Container", eigen), (f"olefile {olefile.__version__}", met_olefile))
    for naam, lees in lezers:
        tijden = []
        for _ in range(200):
            begin = time.perf_counter()
            lees(goed)
            tijden.append((time.perf_counter() - begin) * 1000)
        print(f"{naam:18s} demo .xls: mediaan {statistics.median(tijden):.3f} ms")
    lokaas = vb.xls_lokstroom(goed)
    for naam, lees in lezers:
        try:
            stroom = lees(lokaas)
            gekozen = "het lokaas" if any(s == 0x200 and len(i) == 10 for s, i in vb.biff_records(stroom)) \
                else "de gezonde stroom (de parser leest het lokaas)"
        except Weigering as w:
            gekozen = f"geweigerd: {w.zin}"
        except Exception as fout:  # noqa: BLE001 (a measurement)
            gekozen = type(fout).__name__
        print(f"{naam:18s} twee items 'Workbook': {gekozen}")
    kans = random.Random(3)
    telling = {naam: {} for naam, _ in lezers}
    for _ in range(aantal):
        data = bytearray(goed)
        for _ in range(kans.randint(1, 8)):
            data[kans.randrange(len(data))] = kans.randrange(256)
        if kans.random() < 0.2:
            data = data[:kans.randrange(len(data))]
        for naam, lees in lezers:
            try:
                lees(bytes(data))
                uitkomst = "gelezen"
            except Weigering:
                uitkomst = "geweigerd (Nederlandse zin)"
            except Exception as fout:  # noqa: BLE001 (a measurement)
                uitkomst = type(fout).__name__
            telling[naam][uitkomst] = telling[naam].get(uitkomst, 0) + 1
    for naam, t in telling.items():
        print(f"{naam:18s} {aantal} beschadigde kopieën: " + ", ".join(f"{k} {v}" for k, v in sorted(t.items())))


if __name__ == "__main__":
    main()
