"""Render the main window's views into screenshots/ (offscreen, QWidget.grab()).

    python scripts/screenshots.py              # 100 %, then again at 200 % (QT_SCALE_FACTOR=2)
    python scripts/screenshots.py /tmp/map     # into another folder

One PNG per tab of the main window with the Voorbeeldgemeente at 1400×900 and at 1024×700
(files ``*_1024``), plus the Overzicht with a figure selected, without the explanation pane
and in the long horizon, an edited assumption, a bad workbook's findings, the print preview
and the Help dialogs. Files at 200 % end in ``_200``. Settings and the recovery
journal go to a temporary folder, never the user's own.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
UIT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "screenshots"
MATEN = ((1400, 900, ""), (1024, 700, "_1024"))


def _bewaar(widget, naam: str, achtervoegsel: str) -> None:
    from PySide6.QtWidgets import QApplication
    for _ in range(3):
        QApplication.processEvents()
    pad = UIT / f"app_{naam}{achtervoegsel}.png"
    widget.grab().save(str(pad))
    print(pad)


def maak(achtervoegsel: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import maak_app

    maak_app([sys.argv[0]])
    for breedte, hoogte, maat in MATEN:
        _venster(breedte, hoogte, achtervoegsel + maat)
    QTimer.singleShot(0, QApplication.instance().quit)


def _venster(breedte: int, hoogte: int, achtervoegsel: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.afdrukken import afdrukvoorbeeld, document
    from ui.help import TekstVenster, aan_de_slag_html, rekenregels_html
    from ui.hoofdvenster import Hoofdvenster
    from ui.instellingen import Instellingen

    tijdelijk = Path(tempfile.mkdtemp(prefix="infraraming-screenshots-"))
    venster = Hoofdvenster(Instellingen(tijdelijk / "instellingen.ini", tijdelijk / "data"),
                           vraag=lambda soort, tekst: "nee", meld=lambda titel, tekst: None)
    venster.resize(breedte, hoogte)
    venster.show()
    namen = ["overzicht", "beschut_werk", "sociale_infrastructuur", "impulsbudget", "wsw",
             "maatschappelijke_baten", "aannames", "scenarios", "gevoeligheid", "bevindingen"]
    for i, naam in enumerate(namen[:venster.tabs.count()]):
        venster.tabs.setCurrentIndex(i)
        _bewaar(venster, f"{i:02d}_{naam}", achtervoegsel)
    venster.tabs.setCurrentIndex(0)
    venster.overzicht.kies_cel("iu_beschut_werk", 2027)
    _bewaar(venster, "10_overzicht_uitleg", achtervoegsel)
    venster.acties["uitleg"].trigger()
    _bewaar(venster, "10_overzicht_zonder_uitleg", achtervoegsel)
    venster.acties["uitleg"].trigger()
    venster.acties["horizon_lang"].trigger()
    _bewaar(venster, "11_overzicht_tot_2035", achtervoegsel)
    venster.acties["horizon_kort"].trigger()
    m = venster.aannames.parameters
    m.setData(m.index(m.sleutels.index("lks_forfait_startjaar"), 2), 2029.0)
    m.setData(m.index(m.sleutels.index("lpo"), 5), 0.03)
    venster.tabs.setCurrentWidget(venster.aannames)
    _bewaar(venster, "12_aannames_aangepast", achtervoegsel)
    venster.aannames.tabs.setCurrentIndex(1)
    _bewaar(venster, "13_aannames_invoer", achtervoegsel)
    venster.tabs.setCurrentWidget(venster.scenariotab)
    _bewaar(venster, "14_scenarios_met_aanpassing", achtervoegsel)

    from model.io.sjabloon import schrijf_sjabloon
    kapot = tijdelijk / "leeg.xlsx"
    schrijf_sjabloon(kapot)
    from model.io.invoerbestand import lees_invoerbestand
    invoer, bevindingen = lees_invoerbestand(kapot)
    venster.bestanden._invoer_gelezen((str(kapot), invoer, bevindingen, None))
    _bewaar(venster, "15_bevindingen_slecht_werkboek", achtervoegsel)

    for naam, titel, html in (("16_help_rekenregels", "Rekenregels", rekenregels_html()),
                              ("18_help_aan_de_slag", "Aan de slag", aan_de_slag_html())):
        help_ = TekstVenster(titel, html, venster)
        help_.show()
        _bewaar(help_, naam, achtervoegsel)
        help_.close()
    venster.acties["horizon_lang"].trigger()
    voorbeeld = afdrukvoorbeeld(venster, document(venster.resultaat, venster.project.invoer.naam,
                                                  venster.project.toestand.actief))
    voorbeeld.resize(1100, 800)
    voorbeeld.show()
    _bewaar(voorbeeld, "19_afdrukvoorbeeld", achtervoegsel)
    voorbeeld.close()

    vak = QMessageBox(QMessageBox.Icon.Question, "Niet-opgeslagen wijzigingen",
                      "Het project heeft wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan?",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, venster)
    vak.show()
    _bewaar(vak, "17_vraag_bij_sluiten", achtervoegsel)
    vak.close()
    venster.journaal.wis()
    venster.hide()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    UIT.mkdir(exist_ok=True)
    if os.environ.get("INFRARAMING_SCHERM_SCHAAL"):
        maak("_200")
        return 0
    maak("")
    omgeving = dict(os.environ, QT_SCALE_FACTOR="2", INFRARAMING_SCHERM_SCHAAL="2")
    return subprocess.call([sys.executable, __file__, *sys.argv[1:]], env=omgeving)


if __name__ == "__main__":
    sys.exit(main())
