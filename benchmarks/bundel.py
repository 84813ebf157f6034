"""Size and start time of the frozen build (not a test; prints figures).

    bash installers/bouw_linux.sh            # builds dist/infraraming/ and the tarball
    python benchmarks/bundel.py [--dist dist] [--herhalingen 7] [--koud]
    xvfb-run -a python benchmarks/bundel.py     # through Qt's xcb plugin on a virtual X server

Start time = wall clock from launching ``infraraming`` until the main window is first
painted. The app prints ``geschilderd …`` and quits when INFRARAMING_STOP_NA_TEKENEN=1 is set
(ui/app.py); without that hook the self-test's window check (``--zelftest --venster``) is
timed instead. Each run gets fresh, empty settings and data folders. With ``--koud`` the
page cache is dropped before each run (needs root), otherwise the first run is the coldest.

Targets (installer issue): tarball < 120 MB, frozen start to painted window < 2.5 s.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((WORTEL / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def mb(bytes_: int) -> str:
    return f"{bytes_ / 1_000_000:.1f} MB"


def map_grootte(map_: Path) -> int:
    return sum(p.stat().st_size for p in map_.rglob("*") if p.is_file() and not p.is_symlink())


def grootste(map_: Path, aantal: int = 8) -> list[tuple[int, str]]:
    bestanden = [(p.stat().st_size, str(p.relative_to(map_))) for p in map_.rglob("*")
                 if p.is_file() and not p.is_symlink()]
    return sorted(bestanden, reverse=True)[:aantal]


def leeg_cache() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def platform() -> str:
    """offscreen, unless there is a display (e.g. under xvfb-run) or QT_QPA_PLATFORM says otherwise."""
    return os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "offscreen")


def start_tijd(programma: Path, met_haak: bool) -> tuple[float, str]:
    """Seconds from launch to the 'painted' line, and that line."""
    with tempfile.TemporaryDirectory() as map_:
        omgeving = dict(os.environ, QT_QPA_PLATFORM=platform(),
                        INFRARAMING_STOP_NA_TEKENEN="1", INFRARAMING_INSTELLINGEN=str(Path(map_) / "instellingen.ini"),
                        INFRARAMING_DATAMAP=str(Path(map_) / "data"))
        args = [str(programma)] if met_haak else [str(programma), "--zelftest", "--venster"]
        begin = time.perf_counter()
        proces = subprocess.Popen(args, env=omgeving, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        klaar, regel = None, ""
        for regel in proces.stdout:
            if regel.startswith(("geschilderd", "OK   hoofdvenster", "FOUT")):
                klaar = time.perf_counter()
                break
        proces.stdout.close()
        proces.wait(timeout=60)
        if klaar is None or regel.startswith("FOUT"):
            raise SystemExit(f"Het venster werd niet getekend: {regel.strip() or 'geen uitvoer'}")
        return klaar - begin, regel.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", default=str(WORTEL / "dist"))
    parser.add_argument("--herhalingen", type=int, default=7)
    parser.add_argument("--koud", action="store_true", help="page cache legen voor elke start (root)")
    args = parser.parse_args()
    dist = Path(args.dist)
    bundel = dist / PROJECT["name"]
    programma = bundel / PROJECT["name"]
    if not programma.is_file():
        print(f"Geen bundel in {bundel}: bouw eerst met bash installers/bouw_linux.sh", file=sys.stderr)
        return 1
    tarbal = dist / f"{PROJECT['name']}-{PROJECT['version']}-linux-{os.uname().machine}.tar.gz"
    print(f"bundel uitgepakt: {mb(map_grootte(bundel))} ({sum(1 for p in bundel.rglob('*') if p.is_file())} bestanden)")
    if tarbal.is_file():
        print(f"tarbal:           {mb(tarbal.stat().st_size)} ({tarbal.name})")
    print("grootste bestanden:")
    for grootte, naam in grootste(bundel):
        print(f"  {mb(grootte):>9}  {naam}")

    app_bron = WORTEL / "ui" / "app.py"
    met_haak = app_bron.is_file() and "INFRARAMING_STOP_NA_TEKENEN" in app_bron.read_text(encoding="utf-8")
    wat = "app tot eerste tekening" if met_haak else "zelftest --venster tot eerste tekening"
    tijden = []
    for i in range(args.herhalingen):
        koud = args.koud and leeg_cache()
        seconden, regel = start_tijd(programma, met_haak)
        tijden.append(seconden)
        print(f"  start {i + 1}: {seconden:.2f} s{' (koud)' if koud else ''}  [{regel}]")
    print(f"start ({wat}, Qt-platform {platform()}), mediaan van {len(tijden)}: {statistics.median(tijden):.2f} s "
          f"(min {min(tijden):.2f}, max {max(tijden):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
