"""The begroting table paints its cells itself (fast): it must look exactly as Qt's own delegate
would paint the same roles, and an edit must repaint the figures that changed."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QHeaderView, QStyledItemDelegate

from ui.celtekenaar import Celtekenaar


def _getoond(venster):
    venster.resize(1400, 900)
    venster.show()
    for _ in range(3):
        QApplication.processEvents()
    return venster.overzicht


def _beeld(tabel):
    for _ in range(3):
        QApplication.processEvents()
    return tabel.viewport().grab().toImage()


def _verschil(a, b) -> int:
    assert (a.width(), a.height()) == (b.width(), b.height())
    return sum(a.pixel(x, y) != b.pixel(x, y) for y in range(0, a.height()) for x in range(0, a.width()))


def test_painted_like_the_standard_delegate(venster):
    """Headings, bold totals, red negatives, a selected figure with the focus, right-aligned years."""
    o = _getoond(venster)
    assert venster.bewerk("taakveld", venster.project.met_taakveld("besteding_doorstroom", "6.71"))   # bold green
    o.kies_cel("lasten_lks_beschut", 2027)
    o.tabel.setFocus()
    tekenaars = o.tabel.itemDelegate(), o.tabel.itemDelegateForColumn(1)
    assert all(isinstance(t, Celtekenaar) for t in tekenaars)
    eigen = _beeld(o.tabel)
    o.tabel.setItemDelegate(QStyledItemDelegate(o.tabel))
    o.tabel.setItemDelegateForColumn(1, QStyledItemDelegate(o.tabel))
    assert _verschil(eigen, _beeld(o.tabel)) == 0
    standaard_smal = _smal(o)
    o.tabel.setItemDelegate(tekenaars[0])
    o.tabel.setItemDelegateForColumn(1, tekenaars[1])
    assert _verschil(_beeld(o.tabel), standaard_smal) == 0


def _smal(o):
    """Labels and figures cut off with an ellipsis when their column is too narrow."""
    kop = o.tabel.horizontalHeader()
    kop.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    o.tabel.setColumnWidth(0, 90)
    o.tabel.setColumnWidth(3, 40)
    return _beeld(o.tabel)


def test_an_edit_repaints_the_changed_figures(venster):
    """The table shows the new figure after an edit that changes some lines and leaves others as they were."""
    o, m = _getoond(venster), venster.overzicht.tabelmodel
    voor = _beeld(o.tabel)
    ongewijzigd = m.tekst("iu_wsw", 2028)
    assert m.tekst("lasten_lks_beschut", 2028) == "334.562"
    parameters = venster.aannames.parameters
    parameters.setData(parameters.index(parameters.sleutels.index("lks_forfait_startjaar"), 2), 2029.0)
    assert m.tekst("lasten_lks_beschut", 2028) != "334.562"
    assert m.tekst("iu_wsw", 2028) == ongewijzigd
    assert {kolom for kolom, _ in m.nieuwe_teksten} <= {m.kolom_van(j) for j in m.jaren}
    assert any(tekst == m.tekst("lasten_lks_beschut", 2028) for _, tekst in m.nieuwe_teksten)
    na = _beeld(o.tabel)
    assert _verschil(voor, na) > 0
    # and the picture is the one a fresh standard paint gives
    o.tabel.setItemDelegate(QStyledItemDelegate(o.tabel))
    o.tabel.setItemDelegateForColumn(1, QStyledItemDelegate(o.tabel))
    assert _verschil(na, _beeld(o.tabel)) == 0


def test_aannames_painted_like_the_standard_delegate(venster, qtbot):
    """Both Aannames tables: blue bold adjustments, italic values taken over from Basis, a check box."""
    _getoond(venster)
    venster.tabs.setCurrentWidget(venster.aannames)
    parameters = venster.aannames.parameters
    assert parameters.setData(parameters.index(parameters.sleutels.index("wml_indexatie"), 2), 0.04)
    namen = [s.naam for s in venster.project.toestand.scenarios]
    venster.kies_scenario(namen[1])          # takes Basis's adjustment over: italic
    assert parameters.setData(parameters.index(parameters.sleutels.index("lpo_rijk"), 3), 0.03)
    for nummer, tabel in enumerate(venster.aannames.tabellen):
        venster.aannames.tabs.setCurrentIndex(nummer)
        tabel.setCurrentIndex(tabel.model().index(3, 3))
        tabel.setFocus()
        tekenaar = tabel.itemDelegate()
        assert isinstance(tekenaar, Celtekenaar)
        eigen = _beeld(tabel)
        tabel.setItemDelegate(QStyledItemDelegate(tabel))
        assert _verschil(eigen, _beeld(tabel)) == 0, tabel.accessibleName()
        tabel.setItemDelegate(tekenaar)
