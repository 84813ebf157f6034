"""Render the main window's views into screenshots/ (offscreen, QWidget.grab()).

    python scripts/screenshots.py              # 100 %, then again at 200 % (QT_SCALE_FACTOR=2)

One PNG per tab of the main window with the Voorbeeldgemeente, plus the Overzicht with a
figure selected, the long horizon, an edited assumption, a bad workbook's findings and
the Help > Rekenregels and close-with-changes dialogs. Files at 200 % end in ``_200``.
Settings and the recovery journal go to a temporary folder, never the user's own.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
UIT = ROOT / "screenshots"


def _bewaar(widget, naam: str, achtervoegsel: str) -> None:
    from PySide6.QtWidgets import QApplication
    for _ in range(3):
        QApplication.processEvents()
    pad = UIT / f"app_{naam}{achtervoegsel}.png"
    widget.grab().save(str(pad))
    print(pad.relative_to(ROOT))


def maak(achtervoegsel: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.app import maak_app
    from ui.help import TekstVenster, rekenregels_html
    from ui.hoofdvenster import Hoofdvenster
    from ui.instellingen import Instellingen

    maak_app([sys.argv[0]])
    tijdelijk = Path(tempfile.mkdtemp(prefix="infraraming-screenshots-"))
    venster = Hoofdvenster(Instellingen(tijdelijk / "instellingen.ini", tijdelijk / "data"),
                           vraag=lambda soort, tekst: "nee", meld=lambda titel, tekst: None)
    venster.resize(1400, 900)
    venster.show()
    namen = ["overzicht", "beschut_werk", "sociale_infrastructuur", "impulsbudget", "wsw",
             "maatschappelijke_baten", "aannames", "scenarios", "gevoeligheid", "bevindingen"]
    for i, naam in enumerate(namen[:venster.tabs.count()]):
        venster.tabs.setCurrentIndex(i)
        _bewaar(venster, f"{i:02d}_{naam}", achtervoegsel)
    venster.tabs.setCurrentIndex(0)
    venster.overzicht.kies_cel("iu_beschut_werk", 2027)
    _bewaar(venster, "10_overzicht_uitleg", achtervoegsel)
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
    venster.bestanden._invoer_gelezen((str(kapot), *lees_invoerbestand(kapot)[:1], lees_invoerbestand(kapot)[1], None))
    _bewaar(venster, "15_bevindingen_slecht_werkboek", achtervoegsel)

    help_ = TekstVenster("Rekenregels", rekenregels_html(), venster)
    help_.show()
    _bewaar(help_, "16_help_rekenregels", achtervoegsel)
    help_.close()

    vak = QMessageBox(QMessageBox.Icon.Question, "Niet-opgeslagen wijzigingen",
                      "Het project heeft wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan?",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, venster)
    vak.show()
    _bewaar(vak, "17_vraag_bij_sluiten", achtervoegsel)
    vak.close()
    venster.journaal.wis()
    QTimer.singleShot(0, QApplication.instance().quit)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    UIT.mkdir(exist_ok=True)
    if os.environ.get("INFRARAMING_SCHERM_SCHAAL"):
        maak("_200")
        return 0
    maak("")
    omgeving = dict(os.environ, QT_SCALE_FACTOR="2", INFRARAMING_SCHERM_SCHAAL="2")
    return subprocess.call([sys.executable, __file__], env=omgeving)


if __name__ == "__main__":
    sys.exit(main())
