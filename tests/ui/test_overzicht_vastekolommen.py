"""The Overzicht with many years: the page scrolls sideways and Omschrijving and Taakveld stay in view, as a copy
over the table's first columns that shares its selection, paints as the table and leaves editing to the table."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox


def _rust():
    for _ in range(3):
        QApplication.processEvents()


def _lang_en_rechts(venster, qtbot):
    """1280 x 720 with the explanation pane, the years up to 2035, the page scrolled to the last year."""
    venster.resize(1280, 720)
    venster.show()
    qtbot.waitExposed(venster)
    o = venster.overzicht
    assert o.uitlegpaneel.isVisible()
    venster.acties["horizon_lang"].trigger()
    _rust()
    balk = o.links.horizontalScrollBar()
    qtbot.waitUntil(balk.isVisible, timeout=2000)
    balk.setValue(balk.maximum())
    _rust()
    return o


def _cel(o, sleutel, kolom):
    m = o.tabelmodel
    return m.index(m.rij_van(sleutel), kolom)


def _links_in_pagina(widget, o) -> int:
    return widget.mapTo(o.links.viewport(), QPoint(0, 0)).x()


def test_labels_stay_in_view_while_the_page_scrolls_through_the_years(venster, qtbot):
    o = _lang_en_rechts(venster, qtbot)
    t, vast = o.tabel, o.tabel.vast
    m = o.tabelmodel
    assert m.headerData(m.columnCount() - 1, Qt.Orientation.Horizontal) == "2035"
    # the table itself still never scrolls; the page does, with its bar at the bottom of the window
    assert not t.horizontalScrollBar().isVisible() and not t.verticalScrollBar().isVisible()
    balk = o.links.horizontalScrollBar()
    assert balk.value() > 0 and balk.mapTo(venster, QPoint(0, balk.height())).y() <= venster.height()
    # the copy lies at the page's left edge, as wide as Omschrijving and Taakveld, with the same rows and labels
    assert vast.isVisible()
    assert _links_in_pagina(vast, o) == 0
    assert vast.width() == t.columnWidth(0) + t.columnWidth(1)
    assert [vast.columnWidth(k) for k in (0, 1)] == [t.columnWidth(0), t.columnWidth(1)]
    assert all(vast.isColumnHidden(k) for k in range(2, m.columnCount()))
    assert vast.height() >= t.verticalHeader().length() + t.horizontalHeader().height()
    rij = m.rij_van("iu_wsw")
    assert vast.visualRect(m.index(rij, 0)).top() == t.visualRect(m.index(rij, 0)).top()
    assert vast.model() is m and vast.selectionModel() is t.selectionModel()
    assert vast.accessibleName() == "Begroting: regels per jaar: vaste kolommen Omschrijving en Taakveld"
    # the last year is in view right of it; back at the start the copy is gone (no second table for a screen reader)
    jaar = t.viewport().mapTo(o.links.viewport(), t.visualRect(m.index(rij, m.columnCount() - 1)).topRight())
    assert jaar.x() <= o.links.viewport().width()
    balk.setValue(0)
    _rust()
    assert not vast.isVisible()
    # without the pane the years fit: no sideways scrolling, no copy
    balk.setValue(balk.maximum())
    o.uitleg_verbergen.click()
    _rust()
    qtbot.waitUntil(lambda: not balk.isVisible(), timeout=2000)
    assert not vast.isVisible()


def test_a_click_in_the_fixed_columns_selects_the_line_and_the_keyboard_goes_on_in_the_table(venster, qtbot):
    o = _lang_en_rechts(venster, qtbot)
    t, vast = o.tabel, o.tabel.vast
    label = _cel(o, "iu_wsw", 0)
    qtbot.mouseClick(vast.viewport(), Qt.MouseButton.LeftButton, pos=vast.visualRect(label).center())
    assert t.currentIndex() == label and t.selectionModel().isSelected(label)
    assert t.hasFocus()                                   # keys go to the table itself
    qtbot.keyClick(t, Qt.Key.Key_Right)
    qtbot.keyClick(t, Qt.Key.Key_Right)                   # Taakveld, then the first year
    _rust()
    assert t.currentIndex() == _cel(o, "iu_wsw", 2)
    assert "Rijksbijdrage Wsw — 2026" in o.uitleg.toPlainText()    # the explanation follows
    # the chosen figure is not hidden under the fixed columns
    cel = t.viewport().mapTo(o.links.viewport(), t.visualRect(t.currentIndex()).topLeft())
    assert cel.x() >= (_links_in_pagina(vast, o) + vast.width() if vast.isVisible() else 0)
    o.links.horizontalScrollBar().setValue(o.links.horizontalScrollBar().maximum())
    _rust()
    qtbot.keyClick(t, Qt.Key.Key_End)                     # the last year: far right, the labels still beside it
    _rust()
    assert vast.isVisible() and t.currentIndex().column() == o.tabelmodel.columnCount() - 1
    assert "2035" in o.uitleg.toPlainText()
    waar = o.links.horizontalScrollBar().value()
    qtbot.mouseClick(vast.viewport(), Qt.MouseButton.LeftButton,
                     pos=vast.visualRect(_cel(o, "lasten_wsw", 1)).center())
    assert t.currentIndex() == _cel(o, "lasten_wsw", 1)
    assert o.links.horizontalScrollBar().value() == waar  # a label in view needs no scrolling back


def test_the_taakveld_is_edited_in_the_table_when_its_copy_lies_over_it(venster, qtbot):
    o = _lang_en_rechts(venster, qtbot)
    t, vast = o.tabel, o.tabel.vast
    taakveld = _cel(o, "iu_wsw", 1)
    qtbot.mouseClick(vast.viewport(), Qt.MouseButton.LeftButton, pos=vast.visualRect(taakveld).center())
    qtbot.keyClick(t, Qt.Key.Key_F2)
    _rust()
    assert t.state() == QAbstractItemView.State.EditingState
    editor = QApplication.focusWidget()
    editor = editor if isinstance(editor, QComboBox) else editor.parent()
    assert isinstance(editor, QComboBox) and editor.currentText() == "0.7"
    assert not vast.isVisible() and editor.isVisible()   # the page went back: the editor is not under the copy
    assert 0 <= _links_in_pagina(editor, o) < o.links.viewport().width()
    qtbot.keyClicks(editor.lineEdit(), "6.4")
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: t.state() != QAbstractItemView.State.EditingState)
    assert taakveld.data() == "6.4" and venster.undo.count() == 1
    assert t.hasFocus()
    # a double-click in the copy edits too
    o.links.horizontalScrollBar().setValue(o.links.horizontalScrollBar().maximum())
    _rust()
    assert vast.isVisible()
    plek = vast.visualRect(_cel(o, "lasten_wsw", 1)).center()
    qtbot.mouseClick(vast.viewport(), Qt.MouseButton.LeftButton, pos=plek)
    qtbot.mouseDClick(vast.viewport(), Qt.MouseButton.LeftButton, pos=plek)
    assert t.state() == QAbstractItemView.State.EditingState and not vast.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: t.state() != QAbstractItemView.State.EditingState)
    # a label is not editable: a double-click on it leaves the page where it is
    o.links.horizontalScrollBar().setValue(o.links.horizontalScrollBar().maximum())
    _rust()
    plek = vast.visualRect(_cel(o, "lasten_wsw", 0)).center()
    qtbot.mouseDClick(vast.viewport(), Qt.MouseButton.LeftButton, pos=plek)
    assert vast.isVisible() and t.state() != QAbstractItemView.State.EditingState


class _Verf(QObject):
    def __init__(self):
        super().__init__()
        self.keren = 0

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.keren += 1
        return False


def test_an_edit_of_figures_does_not_repaint_the_fixed_columns(venster, qtbot):
    """The copy paints as the table (the same cell painter) and only what changed in its own columns."""
    o = _lang_en_rechts(venster, qtbot)
    vast = o.tabel.vast
    assert vast.isVisible()
    t = o.tabel
    assert type(vast.itemDelegate()).__name__ == "_Schilder" and vast.itemDelegate().doel is t.itemDelegate()
    assert vast.itemDelegateForColumn(1).doel is t.itemDelegateForColumn(1)
    # painted like the table: the label cell of the copy and of the table (page scrolled back) are the same pixels
    rij = o.tabelmodel.rij_van("iu_wsw")
    kopie = vast.viewport().grab(vast.visualRect(o.tabelmodel.index(rij, 0))).toImage()
    teller = _Verf()
    vast.viewport().installEventFilter(teller)
    m = o.tabelmodel
    voor = m.tekst("lasten_lks_beschut", 2028)
    parameters = venster.aannames.parameters
    parameters.setData(parameters.index(parameters.sleutels.index("lks_forfait_startjaar"), 2), 2029.0)
    _rust()
    assert m.tekst("lasten_lks_beschut", 2028) != voor     # figures changed, labels and taakvelden did not
    assert teller.keren == 0
    o.links.horizontalScrollBar().setValue(0)
    _rust()
    assert kopie == t.viewport().grab(t.visualRect(o.tabelmodel.index(rij, 0))).toImage()
