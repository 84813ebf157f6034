"""Timing of the display views (not a test): toon(...) plus a full paint, per view.

    python benchmarks/views.py [herhalingen]

Voorbeeldgemeente, 2025–2035, offscreen at 1000×650. The app calls ``toon`` after every
recalculation, so a view should refresh well within the 50 ms edit-to-table budget. The
last column is the median CPU time of this process (less sensitive to a busy machine).
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(herhalingen: int = 30) -> int:
    from PySide6.QtWidgets import QApplication

    from model.analyse import gevoeligheid, vergelijk_presets
    from model.berekening import bereken
    from model.bevindingen import FOUT, Bevinding
    from model.invoer import voorbeeldgemeente
    from ui.grafieken import BatenLastenGrafiek, TornadoGrafiek
    from ui.grafieken.basis import Grafiek
    from ui.views.bevindingen import BevindingenView
    from ui.views.gevoeligheid import GevoeligheidView
    from ui.views.stromen import (BeschutWerkView, ImpulsbudgetView, MaatschappelijkeBatenView,
                                  SocialeInfrastructuurView, WswView)
    from ui.views.vergelijking import VergelijkingView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    invoer = voorbeeldgemeente()
    r = bereken(invoer, van=2025, tot=2035)
    v = vergelijk_presets(invoer, van=2025, tot=2035)
    g = gevoeligheid(invoer, van=2025, tot=2035)
    b = [Bevinding(FOUT, "De taakstelling 2027 is geen getal.", "Meerjarig", "B4", "Taakstelling")]
    gevallen = [
        ("BatenLastenGrafiek", BatenLastenGrafiek(), (r,)),
        ("TornadoGrafiek", TornadoGrafiek(), (g,)),
        ("BeschutWerkView", BeschutWerkView(), (r,)),
        ("SocialeInfrastructuurView", SocialeInfrastructuurView(), (r,)),
        ("ImpulsbudgetView", ImpulsbudgetView(), (r,)),
        ("WswView", WswView(), (r,)),
        ("MaatschappelijkeBatenView", MaatschappelijkeBatenView(), (r,)),
        ("VergelijkingView (5 presets)", VergelijkingView(), (v,)),
        ("GevoeligheidView", GevoeligheidView(), (g,)),
        ("BevindingenView", BevindingenView(), (b, r)),
    ]
    print(f"{'widget':32} {'mediaan ms':>10} {'max ms':>8} {'cpu ms':>8}")
    for naam, widget, args in gevallen:
        widget.resize(1000, 650)
        widget.show()
        app.processEvents()
        tijden, cpu = [], []
        for _ in range(herhalingen):
            begin, begin_cpu = time.perf_counter(), time.process_time()
            widget.toon(*args)
            app.processEvents()            # layout after the new contents
            widget.repaint()
            for grafiek in widget.findChildren(Grafiek):
                grafiek.repaint()          # charts below the fold too
            tijden.append((time.perf_counter() - begin) * 1000)
            cpu.append((time.process_time() - begin_cpu) * 1000)
        print(f"{naam:32} {statistics.median(tijden):10.1f} {max(tijden):8.1f} {statistics.median(cpu):8.1f}")
        widget.hide()
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 30))
