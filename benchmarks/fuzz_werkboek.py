"""Fuzz the input-workbook reader with many damaged copies of the example workbook.

    python benchmarks/fuzz_werkboek.py [AANTAL]   (default 3000)

Same strategy as tests/io/test_fuzz.py, more examples. Prints how many cases were read
as a valid input, refused with findings, and the most frequent kinds of findings; exits
non-zero (with the shrunk failing case) if the reader ever raised or broke a rule.
"""
from __future__ import annotations

import collections
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, given, settings  # noqa: E402

from model.io.werkboek import lees_werkboek  # noqa: E402
from tests.io.bouw import schrijf  # noqa: E402
from tests.io.mutaties import beschadigd_werkboek, schrijfbaar  # noqa: E402
from tests.io.test_fuzz import controleer_uitkomst  # noqa: E402

AANTAL = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
MAP = Path(tempfile.mkdtemp(prefix="fuzz-werkboek-"))
telling = collections.Counter()
soorten = collections.Counter()
per_formaat = collections.Counter()


def soort(melding: str) -> str:
    """The finding's sentence with names, numbers and cells blanked, to group similar findings."""
    s = re.sub(r"'[^']*'", "'…'", melding)
    s = re.sub(r"\b[A-Z]{1,3}\d+\b", "CEL", s)
    s = re.sub(r"[-\d.,]+\d", "N", s)
    return s[:90]


@settings(max_examples=AANTAL, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
@given(beschadigd_werkboek())
def fuzz(geval):
    grid, ext, _ = geval
    pad = schrijf(schrijfbaar(grid, ext), MAP / f"fuzz{ext}")
    invoer, bevindingen = lees_werkboek(pad)
    controleer_uitkomst(invoer, bevindingen)
    telling["geldige invoer" if invoer is not None else "geweigerd met bevindingen"] += 1
    per_formaat[ext] += 1
    for b in bevindingen:
        soorten[(b.ernst, soort(b.melding))] += 1


if __name__ == "__main__":
    begin = time.perf_counter()
    fuzz()
    duur = time.perf_counter() - begin
    totaal = sum(telling.values())
    print(f"{totaal} gevallen in {duur:.0f} s ({', '.join(f'{k}: {v}' for k, v in sorted(per_formaat.items()))})")
    for k, v in telling.most_common():
        print(f"  {k}: {v}")
    print("meest voorkomende bevindingen:")
    for (ernst, s), v in soorten.most_common(25):
        print(f"  {v:6d}  {ernst:12s} {s}")
