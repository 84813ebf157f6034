"""App start, Dutch Qt dialogs, keyboard operation, accessible names, lazy views."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QHeaderView, QLabel,
                               QMessageBox, QTabBar)

ROOT = Path(__file__).resolve().parents[2]


def test_qt_dialogs_are_dutch(qapp):
    from ui.app import laad_vertalingen
    assert laad_vertalingen(qapp)
    vak = QMessageBox(QMessageBox.Icon.Question, "t", "t",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel)
    teksten = {vak.button(k).text().replace("&", "") for k in (QMessageBox.StandardButton.Save,
                                                               QMessageBox.StandardButton.Discard,
                                                               QMessageBox.StandardButton.Cancel)}
    assert teksten == {"Opslaan", "Verwerpen", "Annuleren"}


def test_main_py_starts_paints_and_quits(tmp_path):
    omgeving = dict(os.environ, QT_QPA_PLATFORM="offscreen", INFRARAMING_STOP_NA_TEKENEN="1",
                    INFRARAMING_INSTELLINGEN=str(tmp_path / "i.ini"), INFRARAMING_DATAMAP=str(tmp_path / "data"))
    uit = subprocess.run([sys.executable, str(ROOT / "main.py")], env=omgeving, capture_output=True, text=True,
                         timeout=120, cwd=ROOT)
    assert uit.returncode == 0, uit.stderr
    assert re.search(r"^geschilderd \d+\.\d+$", uit.stdout, re.M)
    assert "Traceback" not in uit.stderr


def _mnemonic(tekst: str) -> str | None:
    m = re.search(r"(?<!&)&([^&\s])", tekst)
    return m.group(1).lower() if m else None


def test_mnemonics_are_unique_on_every_tab(venster, qtbot):
    venster.show()
    qtbot.waitExposed(venster)
    globaal = [_mnemonic(a.text()) for a in venster.menuBar().actions()]
    for i in range(venster.tabs.count()):
        venster.tabs.setCurrentIndex(i)
        letters = [x for x in globaal if x]
        for w in venster.findChildren(QAbstractButton) + venster.findChildren(QGroupBox) + venster.findChildren(QLabel):
            if not w.isVisible():
                continue
            if isinstance(w, QLabel) and w.buddy() is None:
                continue
            tekst = w.title() if isinstance(w, QGroupBox) else w.text()
            if _mnemonic(tekst):
                letters.append(_mnemonic(tekst))
        for balk in venster.findChildren(QTabBar):
            if balk.isVisible():
                letters += [_mnemonic(balk.tabText(j)) for j in range(balk.count()) if _mnemonic(balk.tabText(j))]
        dubbel = {x for x in letters if letters.count(x) > 1}
        assert not dubbel, f"tab {venster.tabs.tabText(i)}: dubbele sneltoetsletters {dubbel}"


def test_shortcuts_and_accessible_names(venster, qtbot):
    venster.show()
    qtbot.waitExposed(venster)
    a = venster.acties
    assert a["opslaan"].shortcut().toString() == "Ctrl+S"
    assert a["project"].shortcut().toString() == "Ctrl+O"
    assert a["ongedaan"].shortcut().toString() == "Ctrl+Z"
    assert a["invoer"].shortcut().toString() == "Ctrl+I"
    assert a["horizon_lang"].shortcut().toString() == "Ctrl+2"
    a["tab6"].trigger()
    assert venster.tabs.currentWidget() is venster.aannames
    for i in range(venster.tabs.count()):
        venster.tabs.setCurrentIndex(i)
        for w in venster.findChildren(QAbstractButton) + venster.findChildren(QComboBox) + \
                venster.findChildren(QAbstractItemView):
            if w.isVisible() and not isinstance(w, (QTabBar, QHeaderView)) and type(w).__name__ != "QToolButton":
                naam = w.accessibleName() or (w.text().replace("&", "") if isinstance(w, QAbstractButton) else "")
                assert naam, f"{type(w).__name__} zonder toegankelijke naam op tab {venster.tabs.tabText(i)}"


def test_sensitivity_is_computed_only_when_its_tab_is_shown(venster, monkeypatch):
    import ui.hoofdvenster as hv
    aanroepen = []
    echt = hv.gevoeligheid
    monkeypatch.setattr(hv, "gevoeligheid", lambda *a, **k: aanroepen.append(1) or echt(*a, **k))
    venster.tabs.setCurrentIndex(0)
    m = venster.aannames.parameters
    m.setData(m.index(m.sleutels.index("lks_forfait_startjaar"), 2), 2029.0)
    assert aanroepen == []
    venster.tabs.setCurrentWidget(venster.gevoeligheid)
    assert len(aanroepen) == 1
    venster.undo.undo()               # visible: recomputed at once
    assert len(aanroepen) == 2
    venster.tabs.setCurrentIndex(0)
    venster.undo.redo()
    assert len(aanroepen) == 2


def test_help_texts_come_from_the_rules():
    from model.regels import REGELS
    from ui.help import bronnen_html, rekenregels_html
    html = rekenregels_html()
    for r in REGELS:
        assert r.label.replace("&", "&amp;") in html
    assert "Uitgangspunten en keuzes" in html and "Ontbrekende jaren in de invoer" in html
    assert "Divosa" in bronnen_html()


def test_onverwachte_fout_geeft_een_nederlandse_melding(qtbot, monkeypatch, capsys):
    from PySide6.QtWidgets import QMessageBox
    from ui.app import meld_onverwacht
    gezien = []
    monkeypatch.setattr(QMessageBox, "critical", lambda ouder, titel, tekst: gezien.append((titel, tekst)))
    try:
        raise ZeroDivisionError("deling door nul")
    except ZeroDivisionError as fout:
        meld_onverwacht(type(fout), fout, fout.__traceback__)
    [(titel, tekst)] = gezien
    assert titel == "Onverwachte fout" and "herstelbestand" in tekst and "Traceback" not in tekst
    assert "Traceback" in capsys.readouterr().err  # details for support on stderr
