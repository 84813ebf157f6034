"""The Overzicht's Taakveld column chosen in place (issue 18, v3): typed through the editor, an invoercorrectie
for every scenario, one undo step, marked, listed, reset with Delete, and in the exported annex."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox

from model.scenario import TAAKVELD, Override
from ui.aannames import GECORRIGEERD

D = Qt.ItemDataRole


def _cel(venster, sleutel: str):
    m = venster.overzicht.tabelmodel
    return m.index(m.rij_van(sleutel), 1)


def _typ(venster, qtbot, sleutel: str, code: str) -> QComboBox:
    """F2 on the line's Taakveld cell, type ``code`` over the selected one, Enter."""
    tabel = venster.overzicht.tabel
    venster.tabs.setCurrentWidget(venster.overzicht)
    tabel.setFocus()
    tabel.setCurrentIndex(_cel(venster, sleutel))
    qtbot.keyClick(tabel, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor = editor if isinstance(editor, QComboBox) else editor.parent()
    assert isinstance(editor, QComboBox) and editor.isEditable(), editor
    assert editor.currentText() == _cel(venster, sleutel).data()          # starts from the code in use, selected
    qtbot.keyClicks(editor.lineEdit(), code)
    _enter(tabel, editor, qtbot)
    return editor


def _enter(tabel, editor, qtbot) -> None:
    """Enter in the editor; the view commits and closes it on the next turn of the event loop."""
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tabel.state() != QAbstractItemView.State.EditingState)


@pytest.fixture
def zichtbaar(venster, qtbot):
    venster.show()
    qtbot.waitExposed(venster)
    return venster


def test_alleen_regels_met_een_taakveld_zijn_kiesbaar(venster):
    m = venster.overzicht.tabelmodel
    bewerkbaar = Qt.ItemFlag.ItemIsEditable
    assert m.flags(_cel(venster, "besteding_doorstroom")) & bewerkbaar
    assert m.flags(_cel(venster, "toevoeging_reserve_impulsbudget")) & bewerkbaar
    assert not m.flags(_cel(venster, "saldo")) & bewerkbaar                       # a total has no taakveld
    assert not m.flags(_cel(venster, "realisatiegraad")) & bewerkbaar             # nor a memo line
    assert not m.flags(m.index(m.rij_van("lasten_wsw"), m.kolom_van(2027))) & bewerkbaar   # figures are calculated
    assert not m.flags(m.index(0, 1)) & bewerkbaar                                 # a heading
    assert "Dubbelklik, F2 of typ een code" in _cel(venster, "lasten_wsw").data(D.ToolTipRole)


def test_taakveld_typen_is_een_invoercorrectie_met_ongedaan_maken(zichtbaar, qtbot, wacht_op, tmp_path):
    venster = zichtbaar
    m = venster.overzicht.tabelmodel
    bedrag = m.tekst("besteding_doorstroom", 2027)
    assert _cel(venster, "besteding_doorstroom").data() == "6.5"
    with qtbot.waitSignal(m.dataChanged, check_params_cb=lambda links, rechts, *_: links.column() <= 1 <= rechts.column()
                          and links.row() == m.rij_van("besteding_doorstroom")):
        _typ(venster, qtbot, "besteding_doorstroom", "6.71")
    cel = _cel(venster, "besteding_doorstroom")
    assert cel.data() == "6.71"
    assert cel.data(D.FontRole).bold() and cel.data(D.ForegroundRole).color() == GECORRIGEERD
    assert "Invoercorrectie" in cel.data(D.ToolTipRole)
    assert cel.data(D.AccessibleTextRole) == \
        "Taakveld Besteding impulsbudget: doorstroom naar regulier werk: 6.71 (invoercorrectie)"
    assert _cel(venster, "besteding_overig").data(D.FontRole) is None               # the other lines as they were
    assert m.tekst("besteding_doorstroom", 2027) == bedrag                          # a classification, no amount
    # one invoercorrectie of the project, for every scenario; the loaded input as the workbook says
    assert venster.project.toestand.correcties == (Override(TAAKVELD, "besteding_doorstroom", "6.71"),)
    assert venster.project.ingelezen.taakvelden == {} and venster.project.actief_scenario.overrides == ()
    assert venster.undo.count() == 1
    assert venster.undo.undoText() == \
        "Invoercorrectie: taakveld Besteding impulsbudget: doorstroom naar regulier werk = 6.71"
    assert venster.statusBar().currentMessage().endswith("· 1 invoercorrectie")
    omschrijving = "Taakveld Besteding impulsbudget: doorstroom naar regulier werk = 6.71"
    assert omschrijving in venster.scenarios.correcties.text() and not venster.scenarios.correcties.isHidden()
    venster.kies_scenario("Wsw-uitstroom sneller")
    assert _cel(venster, "besteding_doorstroom").data() == "6.71"
    venster.undo.undo()                                                             # the scenario choice
    # the exported annex (Excel, as the app writes it) books the line on the chosen taakveld
    import openpyxl
    pad = tmp_path / "bijlage.xlsx"
    werker = venster.bestanden.exporteren("excel", str(pad), open_map=False)
    wacht_op(werker)
    boek = openpyxl.load_workbook(pad)
    for blad in ("Overzicht", "Impulsbudget"):
        codes = {rij[0].strip(): rij[1] for rij in boek[blad].iter_rows(values_only=True)
                 if isinstance(rij[0], str) and isinstance(rij[1], str) and len(rij[1]) < 6}
        assert codes["Besteding impulsbudget: doorstroom naar regulier werk"] == "6.71", blad
        assert codes["Besteding impulsbudget: overig"] == "6.4", blad
    # undo restores the default, unmarked; redo chooses it again
    with qtbot.waitSignal(m.dataChanged, check_params_cb=lambda links, rechts, *_: links.column() <= 1 <= rechts.column()
                          and links.row() == m.rij_van("besteding_doorstroom")):
        venster.undo.undo()
    cel = _cel(venster, "besteding_doorstroom")
    assert cel.data() == "6.5" and cel.data(D.FontRole) is None and cel.data(D.ForegroundRole) is None
    assert venster.project.toestand.correcties == () and venster.scenarios.correcties.isHidden()
    assert "invoercorrectie" not in venster.statusBar().currentMessage()
    venster.undo.redo()
    assert _cel(venster, "besteding_doorstroom").data() == "6.71"


def test_delete_zet_het_taakveld_terug(zichtbaar, qtbot):
    venster = zichtbaar
    tabel = venster.overzicht.tabel
    _typ(venster, qtbot, "lasten_wsw", "6.71")
    assert _cel(venster, "lasten_wsw").data() == "6.71" and venster.undo.count() == 1
    tabel.setCurrentIndex(_cel(venster, "lasten_wsw"))
    qtbot.keyClick(tabel, Qt.Key.Key_Delete)
    assert _cel(venster, "lasten_wsw").data() == "6.4" and venster.project.toestand.correcties == ()
    assert venster.undo.count() == 2 and venster.undo.undoText() == "Taakveld Wsw (netto kosten) terugzetten"
    qtbot.keyClick(tabel, Qt.Key.Key_Delete)                                        # nothing left to reset
    assert venster.undo.count() == 2
    tabel.setCurrentIndex(venster.overzicht.tabelmodel.index(_cel(venster, "lasten_wsw").row(), 3))
    qtbot.keyClick(tabel, Qt.Key.Key_Delete)                                        # a figure: nothing happens
    assert venster.undo.count() == 2


def test_een_code_die_geen_taakveld_is_wordt_geweigerd_met_de_reden(zichtbaar, qtbot):
    venster = zichtbaar
    _typ(venster, qtbot, "lasten_wsw", "6,4")
    assert _cel(venster, "lasten_wsw").data() == "6.4" and _cel(venster, "lasten_wsw").data(D.FontRole) is None
    assert venster.undo.count() == 0 and venster.project.toestand.correcties == ()
    assert venster.statusBar().currentMessage() == ("Niet aangepast: Taakveld van Wsw (netto kosten): '6,4' is geen "
                                                   "taakveldcode; schrijf bijvoorbeeld 6.4 of 0.10.")
    # the code already in use is no edit, no undo step
    assert not venster.overzicht.tabelmodel.setData(_cel(venster, "lasten_wsw"), " 6.4 ")
    assert venster.undo.count() == 0


def test_typen_op_de_cel_opent_de_editor(zichtbaar, qtbot):
    """Typing on a Taakveld cell (no double-click, no F2) starts the edit with what is typed."""
    venster = zichtbaar
    tabel = venster.overzicht.tabel
    venster.tabs.setCurrentWidget(venster.overzicht)
    tabel.setFocus()
    tabel.setCurrentIndex(_cel(venster, "lasten_sociale_infrastructuur"))
    qtbot.keyClicks(tabel, "6")
    editor = QApplication.focusWidget()
    editor = editor if isinstance(editor, QComboBox) else editor.parent()
    assert isinstance(editor, QComboBox) and editor.currentText() == "6"
    qtbot.keyClicks(editor.lineEdit(), ".81")
    _enter(tabel, editor, qtbot)
    assert _cel(venster, "lasten_sociale_infrastructuur").data() == "6.81" and venster.undo.count() == 1


def test_dubbelklik_opent_de_editor(zichtbaar, qtbot):
    tabel = zichtbaar.overzicht.tabel
    cel = _cel(zichtbaar, "iu_wsw")
    qtbot.mouseClick(tabel.viewport(), Qt.MouseButton.LeftButton, pos=tabel.visualRect(cel).center())
    qtbot.mouseDClick(tabel.viewport(), Qt.MouseButton.LeftButton, pos=tabel.visualRect(cel).center())
    assert tabel.state() == QAbstractItemView.State.EditingState
    editor = QApplication.focusWidget()
    editor = editor if isinstance(editor, QComboBox) else editor.parent()
    assert editor.currentText() == "0.7" and editor.accessibleName() == "Taakveld voor Rijksbijdrage Wsw"


def test_getypte_code_wordt_niet_aangevuld(zichtbaar, qtbot):
    """0.1 typed is 0.1, not the 0.10 of the list: what is typed is the code."""
    _typ(zichtbaar, qtbot, "toevoeging_reserve_impulsbudget", "0.1")
    assert _cel(zichtbaar, "toevoeging_reserve_impulsbudget").data() == "0.1"


def test_lijst_biedt_de_codes_met_hun_naam(zichtbaar, qtbot):
    venster = zichtbaar
    _typ(venster, qtbot, "besteding_overig", "6.10")
    tabel = venster.overzicht.tabel
    tabel.setCurrentIndex(_cel(venster, "lasten_wsw"))
    qtbot.keyClick(tabel, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor = editor if isinstance(editor, QComboBox) else editor.parent()
    lijst = [editor.itemText(i) for i in range(editor.count())]
    namen = [editor.model().index(i, 0).data(D.DisplayRole) for i in range(editor.count())]
    assert lijst == ["0.7", "0.10", "6.3", "6.4", "6.5", "6.10"]                  # Iv3 order, the own 6.10 too
    assert namen[3] == "6.4  Wsw en beschut werk" and namen[5] == "6.10"
    editor.setCurrentIndex(lijst.index("6.5"))                                      # chosen from the list
    _enter(tabel, editor, qtbot)
    assert _cel(venster, "lasten_wsw").data() == "6.5"
    assert [o.sleutel for o in venster.project.toestand.correcties] == ["besteding_overig", "lasten_wsw"]


def test_geopend_project_toont_zijn_taakveldkeuze(venster):
    from model.project import Project
    p = Project.voorbeeld()
    p.toestand = p.met_taakveld("onttrekking_reserve_impulsbudget", "0.11")
    venster.vervang_project(p)
    cel = _cel(venster, "onttrekking_reserve_impulsbudget")
    assert cel.data() == "0.11" and cel.data(D.FontRole).bold()


def test_de_som_van_de_categorieen_heeft_geen_taakveld_om_te_kiezen(venster):
    """'Besteding impulsbudget' is booked per category (REKENREGELS §5): its Taakveld cell is empty, not editable."""
    m = venster.overzicht.tabelmodel
    index = m.index(m.rij_van("lasten_impulsbudget"), 1)
    assert index.data() == ""
    assert not (m.flags(index) & Qt.ItemFlag.ItemIsEditable)
    assert m.flags(m.index(m.rij_van("besteding_doorstroom"), 1)) & Qt.ItemFlag.ItemIsEditable


def test_de_uitleg_van_een_stroom_noemt_het_gekozen_taakveld(venster):
    from ui.views.stromen import WswView
    [wsw] = [v for v in venster.stroomviews if isinstance(v, WswView)]
    assert venster.bewerk("taakveld", venster.project.met_taakveld("lasten_wsw", "6.5"))
    wsw.toon(venster.resultaat)
    assert "de netto kosten staan op taakveld 6.5" in wsw.uitleg.text()
