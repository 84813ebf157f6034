"""Checked edits in the Aannames editor (issue 11.1, REKENREGELS §6): refused in the editor, doubtful ones asked once."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.getalinvoer import GetalInvoer


def _cel(venster, sleutel, jaar=None):
    m = venster.aannames.parameters
    return m.index(m.sleutels.index(sleutel), 2 if jaar is None else 3 + m.jaren.index(jaar))


def _typ(qtbot, venster, index, tekst):
    """Type in the cell like a user: open the editor, type, Enter."""
    tabel = venster.aannames.tabellen[0]
    tabel.setFocus()
    tabel.setCurrentIndex(index)
    tabel.edit(index)
    editor = tabel.findChild(GetalInvoer)
    assert editor is not None
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor, tekst)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tabel.findChild(GetalInvoer) is None)


@pytest.fixture
def aannames(venster, qtbot):
    venster.show()
    qtbot.waitExposed(venster)
    venster.tabs.setCurrentWidget(venster.aannames)
    return venster


def test_een_1_voor_de_loon_en_prijsbijstelling_wordt_geweigerd(aannames, qtbot, antwoorden):
    """The reported bug: `1` was taken as 100 % and turned saldo 2029 into € −20.790.327."""
    v = aannames
    toestand, saldo = v.project.toestand, v.overzicht.tabelmodel.tekst("saldo", 2029)
    index = _cel(v, "lpo")
    assert index.data() == "2,5 %"
    _typ(qtbot, v, index, "1")
    assert v.project.toestand is toestand and v.undo.count() == 0
    assert v.project.parameterwaarde("lpo", 2029) == 0.025
    assert index.data() == "2,5 %" and v.overzicht.tabelmodel.tekst("saldo", 2029) == saldo
    melding = v.aannames.melding
    assert melding.isVisible()
    assert melding.text() == ("Loon- en prijsbijstelling kosten gemeente moet tussen −5 % en 15 % liggen; "
                              "100 % kan niet.")
    assert v.statusBar().currentMessage() == melding.text()
    assert antwoorden.meldingen == [] and antwoorden.vragen == []   # no dialog at all


def test_startjaar_min_5_wordt_geweigerd(aannames, qtbot, antwoorden):
    v = aannames
    toestand = v.project.toestand
    index = _cel(v, "lks_forfait_startjaar")
    _typ(qtbot, v, index, "-5")
    assert v.project.toestand is toestand and index.data() == "2028"
    assert v.aannames.melding.text() == "Startjaar forfaitaire LKS beschut werk moet tussen 2025 en 2040 liggen; −5 kan niet."
    # one year only: the same check
    _typ(qtbot, v, _cel(v, "lks_forfait_startjaar", 2027), "2050")
    assert v.project.toestand is toestand
    assert "moet tussen 2025 en 2040 liggen; 2050 kan niet." in v.aannames.melding.text()
    assert antwoorden.meldingen == []


def test_vier_keer_de_meegeleverde_waarde_vraagt_eerst(aannames, qtbot, antwoorden):
    v = aannames
    toestand = v.project.toestand
    index = _cel(v, "lpo")
    antwoorden.twijfel = "nee"
    _typ(qtbot, v, index, "10 %")                       # 4 × 2,5 %
    assert len(antwoorden.vragen) == 1
    soort, vraag = antwoorden.vragen[0]
    assert soort == "twijfel"
    assert vraag == ("Loon- en prijsbijstelling kosten gemeente wordt 10 %, ver van de "
                     "meegeleverde waarde (2,5 %). Klopt dat?")
    assert v.project.toestand is toestand and index.data() == "2,5 %" and v.undo.count() == 0
    assert v.aannames.melding.text() == "Niet aangepast: " + vraag
    antwoorden.twijfel = "ja"
    _typ(qtbot, v, index, "10 %")
    assert len(antwoorden.vragen) == 2                  # asked once for this edit
    assert v.project.parameterwaarde("lpo", 2029) == pytest.approx(0.10)
    assert index.data() == "10 %" and v.undo.count() == 1
    assert v.aannames.melding.isHidden()
    # an ordinary value asks nothing
    _typ(qtbot, v, index, "3 %")
    assert len(antwoorden.vragen) == 2 and v.project.parameterwaarde("lpo", 2029) == pytest.approx(0.03)


def test_invoerveld_buiten_bereik_geweigerd_in_de_editor(venster, antwoorden):
    m = venster.aannames.invoer
    rij = [f.sleutel for f in m.VELDEN].index("lks_percentage")
    toestand = venster.project.toestand
    assert not m.setData(m.index(rij, 2), 1.4)
    assert venster.project.toestand is toestand
    assert venster.aannames.melding.text().endswith("liggen; 140 % kan niet.")
    assert antwoorden.meldingen == []


def test_negatieve_telling_geweigerd_met_de_zin_van_het_model(venster, antwoorden):
    """The editor asks the model (Project.controleer) instead of keeping a check of its own."""
    from model.invoer import REEKSEN
    m = venster.aannames.invoer
    rij = len(m.VELDEN) + [r.sleutel for r in REEKSEN].index("taakstelling")
    toestand = venster.project.toestand
    assert not m.setData(m.index(rij, 3 + m.jaren.index(2027)), -2.0)
    assert venster.project.toestand is toestand
    assert venster.aannames.melding.text() == "Taakstelling beschut werk 2027 moet tussen 0 en 1.000.000 liggen; −2 kan niet."
    assert m.setData(m.index(rij, 3 + m.jaren.index(2027)), 0.0)
    assert venster.project.gecorrigeerd("taakstelling", 2027)   # the gemeente's data: an invoercorrectie


def test_de_vraag_heeft_nederlandse_knoppen_en_nee_als_standaard(venster, qtbot):
    from ui.hoofdvenster import Hoofdvenster
    gezien = {}

    def beantwoord():
        vak = QApplication.activeModalWidget()
        assert isinstance(vak, QMessageBox)
        gezien["knoppen"] = sorted(k.text() for k in vak.buttons())
        gezien["standaard"] = vak.defaultButton().text()
        gezien["titel"] = vak.windowTitle()
        vak.reject()   # Escape: no

    QTimer.singleShot(0, beantwoord)
    assert Hoofdvenster.vraag(venster, "twijfel", "Klopt dat?") == "nee"
    assert gezien == {"knoppen": ["&Ja", "&Nee"], "standaard": "&Nee", "titel": "Waarde controleren"}
