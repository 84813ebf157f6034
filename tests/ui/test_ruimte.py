"""Room for the numbers: a collapsible explanation, tables that fit, a usable 1024×700 window."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QTableView, QToolButton

from ui.views.vastekolom import VasteKolom


def _toon(venster, qtbot, breedte, hoogte):
    venster.resize(breedte, hoogte)
    venster.show()
    qtbot.waitExposed(venster)
    QApplication.processEvents()


def test_explanation_pane_collapses_and_the_choice_is_remembered(maak_venster, qtbot):
    venster = maak_venster()
    _toon(venster, qtbot, 1400, 900)
    o = venster.overzicht
    assert o.uitlegpaneel.isVisible() and not o.uitleg_tonen.isVisible()
    o.kies_cel("iu_beschut_werk", 2027)
    venster.acties["uitleg"].trigger()
    venster.acties["uitleg"].trigger()
    venster.acties["horizon_lang"].trigger()
    QApplication.processEvents()
    # ten years and the pane: the page scrolls sideways, with its scroll bar at the bottom of the view (the table's
    # own bar would sit below its last row, out of sight in a low window)
    qtbot.waitUntil(o.links.horizontalScrollBar().isVisible, timeout=2000)
    assert not o.tabel.horizontalScrollBar().isVisible()
    assert o.tabel.width() >= o.tabel.horizontalHeader().length()     # every year column at its width
    assert o.tabel.viewport().height() >= o.tabel.verticalHeader().length()   # and still shows every row
    breed_met_uitleg = o.links.width()
    o.uitleg_verbergen.click()
    QApplication.processEvents()
    assert not o.uitlegpaneel.isVisible() and o.uitleg_tonen.isVisible()
    assert o.links.width() > breed_met_uitleg
    assert o.links.height() == o.height() and o.tabel.isVisible() and o.grafiek.isVisible()
    kop = o.tabel.horizontalHeader()
    assert kop.length() <= o.tabel.viewport().width()        # all ten years fit without the pane
    qtbot.waitUntil(lambda: not o.links.horizontalScrollBar().isVisible(), timeout=2000)
    assert not venster.acties["uitleg"].isChecked()
    venster.close()

    opnieuw = maak_venster()                                  # same settings file
    _toon(opnieuw, qtbot, 1400, 900)
    assert not opnieuw.overzicht.uitlegpaneel.isVisible()
    opnieuw.acties["uitleg"].trigger()                        # Beeld › Uitleg (Ctrl+U)
    assert opnieuw.overzicht.uitlegpaneel.isVisible()
    opnieuw.overzicht.kies_cel("iu_wsw", 2026)
    assert "Rijksbijdrage Wsw" in opnieuw.overzicht.uitleg.toPlainText()


def test_at_1024_by_700_every_toolbar_action_and_every_memo_line_is_in_view(venster, qtbot):
    _toon(venster, qtbot, 1024, 700)
    balk = venster.acties.werkbalk
    uitbreiding = [k for k in balk.findChildren(QToolButton) if k.objectName() == "qt_toolbar_ext_button"]
    assert not any(k.isVisible() for k in uitbreiding), "werkbalk loopt over"
    for actie in balk.actions():
        if not actie.isSeparator():
            knop = balk.widgetForAction(actie)
            assert knop.isVisible() and knop.geometry().right() <= balk.width(), actie.text()
    o = venster.overzicht
    m = o.tabelmodel
    laatste = m.index(m.rowCount() - 1, 0)
    assert m.index(m.rowCount() - 1, 0).data() == "Waarvan bij de gemeente"
    # With the BBV lines of REKENREGELS v2 the overview has 41 rows, more than 700 pixels can hold: the table
    # keeps its full height (no scrollbar of its own) and the Overzicht scrolls once to the memo lines.
    assert o.tabel.verticalHeader().length() <= o.tabel.viewport().height()
    o.links.ensureWidgetVisible(o.tabel, 0, 0)
    o.tabel.scrollTo(laatste)
    o.links.verticalScrollBar().setValue(o.links.verticalScrollBar().maximum())
    onderkant = o.tabel.visualRect(laatste).bottom() + o.tabel.viewport().y() + o.tabel.y() - o.links.verticalScrollBar().value()
    assert onderkant <= o.links.viewport().height()


def test_stream_tables_fit_their_columns_and_charts_take_the_rest(venster, qtbot):
    _toon(venster, qtbot, 1400, 900)
    wsw = venster.stroomviews[3]
    venster.tabs.setCurrentWidget(wsw)
    tabel = wsw.tabel
    qtbot.waitUntil(lambda: tabel.width() > 10)
    assert tabel.width() == tabel.inhoudsbreedte() < wsw.width() // 2
    assert wsw.naast                                          # charts beside the table
    assert wsw.grafiek.x() > tabel.x() + tabel.width()
    assert wsw.grafiek.width() > wsw.width() // 2
    venster.resize(700, 700)
    qtbot.waitUntil(lambda: not wsw.naast)
    qtbot.waitUntil(lambda: wsw.grafiek.mapTo(wsw.inhoud, wsw.grafiek.rect().topLeft()).y() >
                    tabel.mapTo(wsw.inhoud, tabel.rect().bottomLeft()).y())   # too narrow: charts below


def test_scenario_without_changes_says_so_once(venster, qtbot):
    _toon(venster, qtbot, 1024, 700)
    venster.tabs.setCurrentWidget(venster.scenariotab)
    QApplication.processEvents()
    paneel = venster.scenarios
    teksten = [w.text() for w in paneel.findChildren(QLabel) if w.isVisible()]
    teksten += [l.item(i).text() for l in paneel.findChildren(QListWidget) if l.isVisible() for i in range(l.count())]
    assert sum("Geen aanpassingen" in t for t in teksten) == 1
    paneel.nieuw("Eigen")
    venster.aannames.parameters.setData(venster.aannames.parameters.index(
        venster.aannames.parameters.sleutels.index("lpo"), 2), 0.03)
    assert paneel.aanpassingen.isVisible() and paneel.aanpassingen.count() == 1
    assert "Geen aanpassingen" not in paneel.omschrijving.text()


def test_keyboard_moves_in_a_low_window_keep_the_chosen_figure_in_view(venster, qtbot):
    _toon(venster, qtbot, 1024, 480)
    o = venster.overzicht
    o.kies_cel("maatschappelijke_baten_gemeente", 2029)
    QApplication.processEvents()
    rect = o.tabel.visualRect(o.tabel.currentIndex())
    onder = o.tabel.viewport().mapTo(o.links.widget(), rect.bottomLeft()).y()
    assert o.links.verticalScrollBar().value() > 0
    assert onder <= o.links.verticalScrollBar().value() + o.links.viewport().height()


def _registerkolommen_zichtbaar(view) -> bool:
    r = view.register
    return r.horizontalHeader().length() <= r.viewport().width() and not r.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("breedte, hoogte, naast", [(1600, 1000, True), (1920, 1080, True), (1280, 720, False)])
def test_the_risk_register_shows_every_column_beside_or_above_the_charts(venster, qtbot, breedte, hoogte, naast):
    view = venster.risicos
    _toon(venster, qtbot, breedte, hoogte)
    venster.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.analyse is not None, timeout=20_000)
    QApplication.processEvents()
    assert view.register.horizontalHeader().length() > view.fontMetrics().height() * 50   # a wide register
    qtbot.waitUntil(lambda: _registerkolommen_zichtbaar(view), timeout=2000)   # Verdeling … Scenario in view
    assert view.naast == naast
    register = view.register.mapTo(view.inhoud, view.register.rect().bottomRight())
    grafiek = view.verdeling.mapTo(view.inhoud, view.verdeling.rect().topLeft())
    if naast:
        assert grafiek.x() > register.x()                     # the charts beside the whole register
    else:
        assert grafiek.y() > register.y()                     # no room beside it: the charts below


def _tabellen_in_beeld(paneel) -> list[str]:
    """The tables of the tables column that scroll sideways although the page has room for their columns."""
    afgesneden = []
    for tabel in paneel.tabellen.findChildren(QTableView):
        if not tabel.isVisible() or isinstance(tabel, VasteKolom):
            continue
        nodig = tabel.horizontalHeader().length() + 2 * tabel.frameWidth()
        if tabel.viewport().width() < tabel.horizontalHeader().length() and nodig <= paneel.scroll.viewport().width():
            afgesneden.append(f"{tabel.accessibleName()} ({tabel.width()} van {nodig} px)")
    return afgesneden


def test_every_view_gives_its_tables_the_width_they_need(venster, qtbot):
    """At the usual window sizes no tab squeezes a table behind a scroll bar when the window is wide enough for
    it; tables and charts side by side only with the tables column as wide as its tables."""
    from ui.views.paneel import Paneel
    panelen = [w for i in range(venster.tabs.count()) for w in
               ([venster.tabs.widget(i)] + venster.tabs.widget(i).findChildren(Paneel))
               if isinstance(w, Paneel)]
    assert {type(p).__name__ for p in panelen} >= {"RisicoView", "GevoeligheidView", "VergelijkingView",
                                                   "BevindingenView", "WswView"}
    for breedte, hoogte in ((1024, 700), (1280, 720), (1600, 1000), (1920, 1080)):
        _toon(venster, qtbot, breedte, hoogte)
        for paneel in panelen:
            tab = next(venster.tabs.widget(i) for i in range(venster.tabs.count())
                       if venster.tabs.widget(i) is paneel or venster.tabs.widget(i).isAncestorOf(paneel))
            venster.tabs.setCurrentWidget(tab)
            if paneel is venster.risicos:
                qtbot.waitUntil(lambda: paneel.analyse is not None, timeout=20_000)
            for _ in range(3):    # the layout settles: new contents, then the arrangement, then the geometry
                QApplication.processEvents()
            if not paneel.isVisible():
                continue
            assert not _tabellen_in_beeld(paneel), (breedte, type(paneel).__name__)
            if paneel.naast:
                assert paneel.tabellen.width() >= paneel.tabelbreedte(), (breedte, type(paneel).__name__)
