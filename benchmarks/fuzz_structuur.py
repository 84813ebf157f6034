"""Structure-aware fuzzing of the contained reader: XML attributes and elements of .xlsx and .ods,
BIFF record fields and directory entries of .xls (tests/io/structuur_mutaties.py).

    python benchmarks/fuzz_structuur.py [AANTAL] [ZAAD]     (default 2000, 1)

Every case goes through lees_invoerbestand, as in the app: parsed in the contained child. Prints
files tried, how each ended (read, refused by a pre-scan, stopped by the child's limits), the
slowest case, the child's peak memory, and crashes of this process (must be 0; a crash would
end the script). Exits non-zero on an unexpected finding (Python or parser text, no sentence).
"""
from __future__ import annotations

import collections
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from model.invoer import voorbeeldgemeente  # noqa: E402
from model.io import afgeschermd  # noqa: E402
from model.io.invoerbestand import lees_invoerbestand  # noqa: E402
from model.io.sjabloon import sjabloon_bytes  # noqa: E402
from model.io.werkboek import INTERNE_FOUT  # noqa: E402
from tests.io.bouw import schrijf, voorbeeld_grid  # noqa: E402
from tests.io.structuur_mutaties import muteer  # noqa: E402

ONVERWACHT = ("Error", "Traceback", "panicked", "memory allocation", INTERNE_FOUT, "object is not", "NoneType")


def uitkomst(invoer, bevindingen) -> str:
    if invoer is not None:
        return "gelezen"
    if any(b.melding.startswith("Dit bestand kan niet veilig worden gelezen") for b in bevindingen):
        return "gestopt door het kind"
    return "geweigerd"


def draai(aantal: int, zaad: int, uit=print) -> collections.Counter:
    map_ = Path(tempfile.mkdtemp(prefix="fuzz-structuur-"))
    bronnen = {".xlsx": sjabloon_bytes(voorbeeldgemeente()),
               ".ods": schrijf(voorbeeld_grid(), map_ / "b.ods").read_bytes(),
               ".xls": schrijf(voorbeeld_grid(), map_ / "b.xls").read_bytes()}
    kans = random.Random(zaad)
    telling: collections.Counter = collections.Counter()
    traagst = (0.0, "")
    begin = time.perf_counter()
    for i in range(aantal):
        ext = list(bronnen)[i % 3]
        data = muteer(bronnen[ext], ext, kans)
        pad = map_ / f"geval{i}{ext}"
        pad.write_bytes(data)
        t = time.perf_counter()
        invoer, bevindingen = lees_invoerbestand(pad)
        duur = time.perf_counter() - t
        if duur > traagst[0]:
            traagst = (duur, f"geval {i} ({ext})")
        soort = uitkomst(invoer, bevindingen)
        telling[(ext, soort)] += 1
        vreemd = [b.melding for b in bevindingen if any(w in b.melding for w in ONVERWACHT) or not b.melding.strip()]
        if vreemd or (invoer is None and not bevindingen):
            telling["onverwacht"] += 1
            uit(f"geval {i} ({ext}): {vreemd or 'geen bevindingen'}")
            (map_ / f"onverwacht{i}{ext}").write_bytes(data)
        pad.unlink()
    afgeschermd.stop()
    piek = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    uit(f"{aantal} gevallen (zaad {zaad}) in {time.perf_counter() - begin:.0f} s; crashes van dit proces: 0; "
        f"onverwacht: {telling['onverwacht']}; traagste {traagst[0]:.2f} s ({traagst[1]}); "
        f"piekgeheugen kindproces {piek} MB")
    for (ext, soort), n in sorted((k, v) for k, v in telling.items() if isinstance(k, tuple)):
        uit(f"  {ext:5s} {soort:22s} {n}")
    return telling


if __name__ == "__main__":
    aantal = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    zaad = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    sys.exit(1 if draai(aantal, zaad)["onverwacht"] else 0)
