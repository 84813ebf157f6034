"""Every generated hostile case, as a user would run it: a fresh CLI process under a 3 GB address-space
limit. Prints exit status, seconds, the peak memory of the CLI and its reader child, and the first
line of the answer; at the end the slowest case and the highest peak.

    python benchmarks/vijandig.py [PAD/NAAR/main.py] [--fuzz N]   (default: this tree, no fuzzing)

Families: hostile workbooks through ``controleer`` (tests/io/vijandig_bouw.py); project, scenario and
parameter-set files, FIFOs, logos, dates, text fields, outputs over inputs and bounded workbook values
(tests/cli/vijandige_gevallen.py); with ``--fuzz N`` also N structure-aware mutations of project,
scenario and parameter-set files (tests/cli/bestandsfuzz.py, seed 1).

The issue's bound: exit status 0 or 2 with a Dutch sentence (never 1), within 30 s, under 3 GB.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(WORTEL))
_ARGS = [a for a in sys.argv[1:] if not a.startswith("--") and not a.isdigit()]
PROGRAMMA = Path(_ARGS[0]) if _ARGS else WORTEL / "main.py"   # another tree's main.py: before/after
FUZZ = int(sys.argv[sys.argv.index("--fuzz") + 1]) if "--fuzz" in sys.argv else 0

from tests.cli import bestandsfuzz, vijandige_gevallen  # noqa: E402
from tests.io.test_vijandig import _vijandige_bestanden  # noqa: E402

# A wrapper per file, so that the peak memory (ru_maxrss of the waited-for descendants) is per file.
_MEET = r"""
import resource, subprocess, sys
resource.setrlimit(resource.RLIMIT_AS, (3 * 1024 ** 3, 3 * 1024 ** 3))
uit = subprocess.run([sys.executable, sys.argv[1], *sys.argv[2:]], capture_output=True, text=True)
print(uit.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
tekst = (uit.stdout + uit.stderr).strip()
print(tekst.splitlines()[0] if tekst else "")
print(int("Traceback" in uit.stderr or "Onverwachte fout" in uit.stderr))
"""


BINNEN_DE_GRENZEN = ("project-250-scenarios", "project-90k-aanpassingen")


def _meet(argumenten: list[str]) -> tuple[int, float, int, str, bool]:
    begin = time.perf_counter()
    uit = subprocess.run([sys.executable, "-c", _MEET, str(PROGRAMMA), *argumenten], cwd=WORTEL,
                         capture_output=True, text=True, timeout=120)
    duur = time.perf_counter() - begin
    regels = uit.stdout.splitlines()
    code, piek = (int(x) for x in regels[0].split())
    return code, duur, piek, regels[1] if len(regels) > 1 else "", regels[2:3] == ["1"]


def main() -> int:
    map_ = Path(tempfile.mkdtemp(prefix="vijandig-"))
    slecht, traagst, hoogst = 0, ("", 0.0), ("", 0)
    print(f"{'geval':26s} {'grootte':>9s}  code    tijd   piek  antwoord")

    def meld(naam: str, grootte: str, argumenten: list[str], goed_als, stil: bool = False) -> None:
        nonlocal slecht, traagst, hoogst
        code, duur, piek, antwoord, onverwacht = _meet(argumenten)
        goed = goed_als(code, antwoord) and not onverwacht and duur < 30 and piek < 3072
        slecht += not goed
        traagst = max(traagst, (naam, duur), key=lambda x: x[1])
        hoogst = max(hoogst, (naam, piek), key=lambda x: x[1])
        if not stil or not goed:   # a fuzz case is printed only when it is not good
            print(f"{naam:26s} {grootte:>9s}  {code:4d} {duur:6.1f} s {piek:4d} MB  {antwoord[:90]}"
                  f"{'' if goed else '   <-- NIET GOED'}")

    for naam, data in _vijandige_bestanden(map_, rijen_fouten=330_000).items():
        pad = map_ / naam
        pad.write_bytes(data)
        meld(naam, f"{len(data):,d}".replace(",", "."), ["controleer", str(pad)],
             lambda code, antwoord: code == 2 and antwoord.startswith("- Fout: "))
    for naam, argumenten in vijandige_gevallen.gevallen(map_):
        # the two projects at the limits open (exit 0); every other case is refused with a sentence
        meld(naam, "", argumenten, lambda code, antwoord: code == (0 if naam in BINNEN_DE_GRENZEN else 2)
             and (code == 0 or bool(antwoord)))
    if FUZZ:
        for naam, argumenten in bestandsfuzz.gevallen(map_, FUZZ, zaad=1):
            meld(naam, "", argumenten, lambda code, antwoord: code in (0, 2) and (code == 0 or bool(antwoord)),
                 stil=True)
        print(f"fuzz: {FUZZ} gevallen")
    print(f"traagste geval: {traagst[0]} ({traagst[1]:.1f} s); hoogste piek: {hoogst[0]} ({hoogst[1]} MB); "
          f"niet goed: {slecht}")
    return 1 if slecht else 0


if __name__ == "__main__":
    sys.exit(main())
