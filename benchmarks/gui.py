"""GUI timings (not tests): edit -> updated table, and cold start to a painted main window.

    python benchmarks/gui.py [--herhalingen 50] [--starts 5]

Targets: edit -> repainted CPU p90 < 12 ms; the whole table repainted (after the edit) < 25 ms;
cold start from source <= 0,7 s. Runs offscreen. The edit is measured in a 1400 x 900 window, where
the table fills the view, in a 1400 x 1300 window, where the chart below it is painted too, and
with the Aannames tab in view, where the user types the value.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def bewerking_naar_tabel(herhalingen: int, hoogte: int = 900, in_aannames: bool = False) -> tuple:
    """Set a parameter (through the model's setData, as the editor does) and let Qt paint what changed."""
    from PySide6.QtWidgets import QApplication
    from ui.app import maak_app
    from ui.hoofdvenster import Hoofdvenster
    from ui.instellingen import Instellingen

    maak_app([sys.argv[0]])
    tijdelijk = Path(tempfile.mkdtemp(prefix="infraraming-bench-"))
    venster = Hoofdvenster(Instellingen(tijdelijk / "i.ini", tijdelijk / "data"), vraag=lambda *a: "nee",
                           meld=lambda *a: None)
    venster.resize(1400, hoogte)
    venster.show()
    if in_aannames:   # the user edits where the value is: the Aannames table is what is repainted
        venster.tabs.setCurrentWidget(venster.aannames)
    tabel = venster.aannames.tabellen[0] if in_aannames else venster.overzicht.tabel
    for _ in range(5):
        QApplication.processEvents()
    m = venster.aannames.parameters
    rij = m.sleutels.index("lks_forfait_startjaar")
    index = m.index(rij, 2)
    tijden, met_grafiek, cpu = [], [], []
    for i in range(herhalingen):
        begin, cpu_begin = time.perf_counter(), time.process_time()
        m.setData(index, float(2029 + i % 2))
        QApplication.processEvents()               # pending paints: the changed rows and the chart
        tijden.append((time.perf_counter() - begin) * 1000)
        cpu.append((time.process_time() - cpu_begin) * 1000)
        tabel.viewport().repaint()         # worst case: the whole table painted again
        met_grafiek.append((time.perf_counter() - begin) * 1000)
        assert venster.overzicht.tabelmodel.tekst("lasten_lks_beschut", 2028) != ""
    venster.journaal.wis()
    grafiek_getekend = venster.overzicht.grafiek.visibleRegion().boundingRect().height() > 0
    venster.close()
    return tijden, met_grafiek, cpu, grafiek_getekend


def koude_start(starts: int) -> list[tuple[float, float, float]]:
    """Start the app as a user does: its modules already compiled (the installed app ships bytecode; a start from
    source compiles once). One start first, not counted, lets Python write the bytecode even where the environment
    says not to (PYTHONDONTWRITEBYTECODE), so the figures are not the compiler's."""
    import resource
    uit = []
    for i in range(starts + 1):
        cpu_voor = resource.getrusage(resource.RUSAGE_CHILDREN)
        tijdelijk = tempfile.mkdtemp(prefix="infraraming-start-")
        omgeving = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        omgeving = dict(omgeving, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                        INFRARAMING_STOP_NA_TEKENEN="1", INFRARAMING_INSTELLINGEN=f"{tijdelijk}/i.ini",
                        INFRARAMING_DATAMAP=f"{tijdelijk}/data")
        begin = time.perf_counter()
        proces = subprocess.Popen([sys.executable, str(ROOT / "main.py")], env=omgeving, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
        for regel in proces.stdout:
            if regel.startswith("geschilderd"):
                totaal = time.perf_counter() - begin
                binnen = float(regel.split()[1])
                break
        proces.wait(timeout=60)
        cpu_na = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (cpu_na.ru_utime - cpu_voor.ru_utime) + (cpu_na.ru_stime - cpu_voor.ru_stime)
        if i:   # the first start compiled the bytecode
            uit.append((totaal, binnen, cpu))
    return uit


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--herhalingen", type=int, default=50)
    ap.add_argument("--starts", type=int, default=5)
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    starts = koude_start(args.starts)
    totaal = [t for t, _, _ in starts]
    binnen = [b for _, b, _ in starts]
    cpu = [c for _, _, c in starts]
    print(f"koude start tot geschilderd hoofdvenster (proces gestart -> eerste paint), {len(starts)}x: "
          f"mediaan {statistics.median(totaal):.2f} s, max {max(totaal):.2f} s "
          f"(waarvan na start(): mediaan {statistics.median(binnen):.2f} s; "
          f"CPU-tijd van het hele proces: mediaan {statistics.median(cpu):.2f} s)")
    for hoogte, in_aannames in ((900, False), (1300, False), (900, True)):
        tijden, met_grafiek, cpu, grafiek = bewerking_naar_tabel(args.herhalingen, hoogte, in_aannames)
        print(f"venster 1400 x {hoogte}, " + ("tabblad Aannames (de bewerkte tabel in beeld)" if in_aannames else
                                            "tabblad Overzicht, " + ("tabel en grafiek in beeld" if grafiek
                                                                     else "de tabel vult het beeld")))
        for naam, reeks in (("  bewerking -> herberekend en geschilderd", tijden),
                            ("  idem, CPU-tijd van het proces (los van andere last op de machine)", cpu),
                            ("  plus de hele tabel opnieuw geschilderd (slechtste geval)", met_grafiek)):
            print(f"{naam}, {len(reeks)}x: mediaan {statistics.median(reeks):.1f} ms, "
                  f"p90 {sorted(reeks)[int(len(reeks) * 0.9) - 1]:.1f} ms, max {max(reeks):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
