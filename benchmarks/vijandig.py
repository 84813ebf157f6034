"""`controleer` on every generated hostile file (tests/io/vijandig_bouw.py), as a user would run it:
a fresh CLI process under a 3 GB address-space limit. Prints exit status, seconds, the peak memory
of the CLI and its reader child, and the first line of the answer.

    python benchmarks/vijandig.py [PAD/NAAR/main.py]   (default: this tree)

The issue's bound: exit status 2 with a Dutch sentence, within 30 s, under 3 GB.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(WORTEL))
PROGRAMMA = Path(sys.argv[1]) if len(sys.argv) > 1 else WORTEL / "main.py"   # another tree's main.py: before/after

from tests.io.test_vijandig import _vijandige_bestanden  # noqa: E402

# A wrapper per file, so that the peak memory (ru_maxrss of the waited-for descendants) is per file.
_MEET = r"""
import resource, subprocess, sys
resource.setrlimit(resource.RLIMIT_AS, (3 * 1024 ** 3, 3 * 1024 ** 3))
uit = subprocess.run([sys.executable, sys.argv[1], "controleer", sys.argv[2]], capture_output=True, text=True)
print(uit.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
print((uit.stdout + uit.stderr).strip().splitlines()[0] if (uit.stdout + uit.stderr).strip() else "")
"""


def main() -> int:
    map_ = Path(tempfile.mkdtemp(prefix="vijandig-"))
    slecht = 0
    print(f"{'bestand':18s} {'grootte':>9s}  code    tijd   piek  antwoord")
    for naam, data in _vijandige_bestanden(map_, rijen_fouten=330_000).items():
        pad = map_ / naam
        pad.write_bytes(data)
        begin = time.perf_counter()
        uit = subprocess.run([sys.executable, "-c", _MEET, str(PROGRAMMA), str(pad)], cwd=WORTEL,
                             capture_output=True, text=True, timeout=120)
        duur = time.perf_counter() - begin
        regels = uit.stdout.splitlines()
        code, piek = (int(x) for x in regels[0].split())
        antwoord = regels[1] if len(regels) > 1 else ""
        goed = code == 2 and duur < 30 and antwoord.startswith("- Fout: ")
        slecht += not goed
        grootte = f"{len(data):,d}".replace(",", ".")
        print(f"{naam:18s} {grootte:>9s}  {code:4d} {duur:6.1f} s {piek:4d} MB  {antwoord[:90]}"
              f"{'' if goed else '   <-- NIET GOED'}")
    return 1 if slecht else 0


if __name__ == "__main__":
    sys.exit(main())
