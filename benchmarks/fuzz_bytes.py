"""Byte-level fuzzing of the reader: random byte changes and truncations of the example
workbook in .xlsx, .ods and .xls. The reader must return findings (or a valid input) and the
process must survive: the native parser aborts the whole process on a bad allocation, which
is why tests/io/test_vijandig.py runs this script in a child process.

    python benchmarks/fuzz_bytes.py [AANTAL] [ZAAD]     (default 2000, 1)
"""
from __future__ import annotations

import collections
import random
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
resource.setrlimit(resource.RLIMIT_AS, (3 * 1024 ** 3, 3 * 1024 ** 3))

from model.invoer import voorbeeldgemeente  # noqa: E402
from model.io.sjabloon import sjabloon_bytes  # noqa: E402
from model.io.werkboek import INTERNE_FOUT, lees_werkboek  # noqa: E402
from tests.io.bouw import schrijf, voorbeeld_grid  # noqa: E402

AANTAL = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
ZAAD = int(sys.argv[2]) if len(sys.argv) > 2 else 1

if __name__ == "__main__":
    map_ = Path(tempfile.mkdtemp(prefix="fuzz-bytes-"))
    bronnen = {".xlsx": sjabloon_bytes(voorbeeldgemeente()),
               ".ods": schrijf(voorbeeld_grid(), map_ / "b.ods").read_bytes(),
               ".xls": schrijf(voorbeeld_grid(), map_ / "b.xls").read_bytes()}
    kans = random.Random(ZAAD)
    telling = collections.Counter()
    intern = 0
    for i in range(AANTAL):
        ext = kans.choice(list(bronnen))
        data = bytearray(bronnen[ext])
        for _ in range(kans.randint(1, 8)):
            data[kans.randrange(len(data))] = kans.randrange(256)
        if kans.random() < 0.2:
            data = data[:kans.randrange(len(data))]
        pad = map_ / f"geval{ext}"
        pad.write_bytes(bytes(data))
        (map_ / "laatste.txt").write_text(f"{i} {ext}\n")
        invoer, bevindingen = lees_werkboek(pad)
        if any(INTERNE_FOUT in b.melding for b in bevindingen) or (invoer is None and not bevindingen):
            intern += 1
            print(f"geval {i} ({ext}): {[b.melding for b in bevindingen]}", file=sys.stderr)
        telling[(ext, "gelezen" if invoer is not None else "geweigerd")] += 1
    print(f"{AANTAL} gevallen (zaad {ZAAD}); onverwachte fouten: {intern}")
    for (ext, uitkomst), n in sorted(telling.items()):
        print(f"  {ext:5s} {uitkomst:9s} {n}")
    sys.exit(1 if intern else 0)
