"""Render every display view and chart with the Voorbeeldgemeente into screenshots/.

    python scripts/screenshots_views.py            # 100 %, then again at 200 % (QT_SCALE_FACTOR=2)

Each widget is grabbed offscreen at 1000×650 (what the window shows), at full content height
(``*_volledig``: everything the scroll area holds) and small (480×320) to check that labels
thin out instead of overlapping. Files at 200 % end in ``_200``.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
UIT = ROOT / "screenshots"


def widgets():
    from model.analyse import gevoeligheid, vergelijk
    from model.berekening import bereken
    from model.bevindingen import FOUT, WAARSCHUWING, Bevinding
    from model.invoer import voorbeeldgemeente
    from model.scenario import BASIS, Scenario, preset
    from ui.grafieken import BatenLastenGrafiek, LijnGrafiek, TornadoGrafiek
    from ui.views.bevindingen import BevindingenView
    from ui.views.gevoeligheid import GevoeligheidView
    from ui.views.stromen import (BeschutWerkView, ImpulsbudgetView, MaatschappelijkeBatenView,
                                  SocialeInfrastructuurView, WswView)
    from ui.views.vergelijking import VergelijkingView

    invoer = voorbeeldgemeente()
    resultaat = bereken(invoer, van=2025, tot=2035)
    kort = bereken(invoer)
    gevoelig = gevoeligheid(invoer, van=2025, tot=2035)

    def met(widget, *args):
        widget.toon(*args)
        return widget

    baten_lasten = met(BatenLastenGrafiek(), resultaat)
    lijn = LijnGrafiek("Grafiek reserve impulsbudget")
    lijn.toon(resultaat.jaren, [("Stand bestemmingsreserve", resultaat.reeks("reserve_impulsbudget"))])
    vergelijking = VergelijkingView()
    vergelijking.toon(vergelijk(invoer, [Scenario(BASIS), preset("Wetswijziging forfaitaire LKS een jaar later"),
                                         preset("Taakstelling volledig gerealiseerd")], van=2025, tot=2035))
    bevindingen = [
        Bevinding(FOUT, "De taakstelling 2027 is geen getal.", "Meerjarig", "B4", "Taakstelling", "veel", "een getal",
                  "taakstelling", 2027),
        Bevinding(WAARSCHUWING, "Het doelgroepenregister samenwerkingsverband (1.600) wijkt af van de som van de "
                  "gemeenten (1.650).", "Gemeente", "B8", "Doelgroepenregister samenwerkingsverband",
                  veld="dgr_samenwerkingsverband"),
    ]
    return {
        "grafiek_baten_lasten": baten_lasten,
        "grafiek_baten_lasten_kort": met(BatenLastenGrafiek(), kort),
        "grafiek_lijn": lijn,
        "grafiek_tornado": met(TornadoGrafiek(), gevoelig),
        "view_beschut_werk": met(BeschutWerkView(), resultaat),
        "view_sociale_infrastructuur": met(SocialeInfrastructuurView(), resultaat),
        "view_impulsbudget": met(ImpulsbudgetView(), resultaat),
        "view_wsw": met(WswView(), resultaat),
        "view_maatschappelijke_baten": met(MaatschappelijkeBatenView(), resultaat),
        "view_vergelijking": vergelijking,
        "view_gevoeligheid": met(GevoeligheidView(), gevoelig),
        "view_bevindingen": met(BevindingenView(), bevindingen, resultaat),
    }


def render(achtervoegsel: str) -> list[Path]:
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(sys.argv[:1])
    UIT.mkdir(exist_ok=True)
    paden = []
    for naam, widget in widgets().items():
        maten = {"": (1000, 650), "_klein": (480, 320)}
        inhoud = getattr(widget, "inhoud", None)
        if inhoud is not None:
            widget.resize(1000, 650)
            widget.show()
            app.processEvents()
            maten["_volledig"] = (1000, max(650, inhoud.sizeHint().height() + 4))
        for extra, (b, h) in maten.items():
            widget.resize(b, h)
            widget.show()
            for _ in range(3):          # wrapped rows are re-measured, then laid out again
                app.processEvents()
            pad = UIT / f"{naam}{extra}{achtervoegsel}.png"
            widget.grab().save(str(pad))
            widget.hide()
            paden.append(pad)
    return paden


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if os.environ.get("QT_SCALE_FACTOR") == "2":
        paden = render("_200")
    else:
        paden = render("")
        omgeving = dict(os.environ, QT_SCALE_FACTOR="2")
        subprocess.run([sys.executable, __file__], env=omgeving, check=True)
    for pad in paden:
        print(pad.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
