"""The Aannames tables work each row out once per state and repaint only the rows an edit changed:
what they show must still be exactly what the project uses, after edits, derived years, scenarios and undo."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.getalinvoer import toon_getal

D = Qt.ItemDataRole


@pytest.fixture
def aannames(venster, qtbot):
    venster.show()
    qtbot.waitExposed(venster)
    venster.tabs.setCurrentWidget(venster.aannames)
    QApplication.processEvents()
    return venster


def _cel(m, sleutel, jaar):
    return m.index(m.sleutels.index(sleutel), 3 + m.jaren.index(jaar))


def _zoals_het_project(venster, sleutel, jaar) -> str:
    p = venster.project
    return toon_getal(p.parameterwaarde(sleutel, jaar), p.parameterset.parameter(sleutel).eenheid)


def test_een_afgeleid_jaar_in_een_andere_rij_volgt_de_indexatie(aannames):
    """wml_uur's derived years follow wml_indexatie: an edit of that row changes the wml_uur row too."""
    m = aannames.aannames.parameters
    jaar = m.jaren[-1]
    voor = m.data(_cel(m, "wml_uur", jaar))
    assert voor == _zoals_het_project(aannames, "wml_uur", jaar)
    assert m.setData(m.index(m.sleutels.index("wml_indexatie"), 2), 0.05)
    QApplication.processEvents()
    na = m.data(_cel(m, "wml_uur", jaar))
    assert na != voor
    assert na == _zoals_het_project(aannames, "wml_uur", jaar)
    assert m.data(_cel(m, "wml_indexatie", jaar)) == "5 %"
    assert m.data(_cel(m, "wml_indexatie", jaar), D.FontRole).bold()
    aannames.undo.undo()
    QApplication.processEvents()
    assert m.data(_cel(m, "wml_uur", jaar)) == voor
    font = m.data(_cel(m, "wml_indexatie", jaar), D.FontRole)
    assert font is None or not font.bold()


def test_elke_rij_klopt_na_een_ander_scenario_en_terug(aannames):
    """Switching scenarios changes some rows; every cell shows the value the active scenario uses."""
    m = aannames.aannames.parameters
    namen = [s.naam for s in aannames.project.toestand.scenarios]
    assert len(namen) > 1
    for naam in namen[1:] + namen[:1]:
        aannames.kies_scenario(naam)
        QApplication.processEvents()
        for sleutel in m.sleutels:
            for jaar in m.jaren:
                assert m.data(_cel(m, sleutel, jaar)) == _zoals_het_project(aannames, sleutel, jaar), (naam, sleutel,
                                                                                                       jaar)
