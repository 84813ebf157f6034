"""The Motivering column of Aannames (issue 21): why a value was adjusted, kept on the adjustment, in the
project and in the annex."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.ui.test_aannames import _cel, _typ

REDEN = "CAO-akkoord gemeenten 2026"


@pytest.fixture
def aannames(venster, qtbot):
    venster.show()
    qtbot.waitExposed(venster)
    venster.tabs.setCurrentWidget(venster.aannames)
    return venster


def _motiveringcel(venster, sleutel):
    m = venster.aannames.parameters
    return m.index(m.sleutels.index(sleutel), m.columnCount() - 1)


def _typ_motivering(qtbot, venster, index, tekst):
    tabel = venster.aannames.tabellen[0]
    tabel.setFocus()
    tabel.setCurrentIndex(index)
    tabel.edit(index)
    editor = tabel.findChild(QLineEdit, options=Qt.FindChildOption.FindDirectChildrenOnly) \
        or next(e for e in tabel.findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, tekst)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tabel.state() != tabel.State.EditingState)


def _pdftekst(pad) -> str:
    from pypdf import PdfReader
    return " ".join(" ".join(pg.extract_text() for pg in PdfReader(str(pad)).pages).split())


def test_motivering_bij_een_aanpassing_in_de_app_en_de_bijlage(aannames, qtbot, tmp_path):
    v = aannames
    m = v.aannames.parameters
    assert m.headerData(m.columnCount() - 1, Qt.Orientation.Horizontal) == "Motivering"
    cel = _motiveringcel(v, "lpo")
    assert not (m.flags(cel) & Qt.ItemFlag.ItemIsEditable)   # no adjustment yet: nothing to argue
    _typ(qtbot, v, _cel(v, "lpo"), "3,5")
    assert v.project.parameterwaarde("lpo", 2027) == pytest.approx(0.035)
    assert m.flags(cel) & Qt.ItemFlag.ItemIsEditable
    _typ_motivering(qtbot, v, cel, REDEN)
    assert v.project.motivering("lpo") == REDEN and cel.data() == REDEN
    stappen = v.undo.count()
    # an edit of the value keeps its motivering
    _typ(qtbot, v, _cel(v, "lpo"), "3,5 %")     # the same value: no step
    _typ(qtbot, v, _cel(v, "lpo", 2028), "3")
    assert v.undo.count() == stappen + 1
    assert all(o.motivering == REDEN for o in v.project.actief_scenario.overrides if o.sleutel == "lpo")
    _typ(qtbot, v, _cel(v, "lpo"), "3,5")
    assert v.project.motivering("lpo") == REDEN
    # the annex the app exports names the change, the shipped value and the motivering
    pad = tmp_path / "bijlage.pdf"
    assert v.bestanden.exporteren("pdf", str(pad), open_map=False) is not None
    qtbot.waitUntil(lambda: pad.exists() and pad.stat().st_size > 0, timeout=60000)
    tekst = _pdftekst(pad)
    assert f"Loon- en prijsbijstelling kosten gemeente: 3,5 % (meegeleverd 2,5 %) — {REDEN}" in tekst
    assert "Geen aanpassingen" not in tekst


def test_motivering_in_het_project_en_terugzetten(aannames, qtbot, tmp_path):
    from model.io.project import lees_project, schrijf_project
    v = aannames
    _typ(qtbot, v, _cel(v, "lpo"), "3,5")
    cel = _motiveringcel(v, "lpo")
    _typ_motivering(qtbot, v, cel, REDEN)
    pad = tmp_path / "p.infraraming"
    schrijf_project(str(pad), v.project)
    assert lees_project(pad).motivering("lpo") == REDEN
    # Delete on the motivering clears the motivering only, not the value
    tabel = v.aannames.tabellen[0]
    tabel.setFocus()
    tabel.setCurrentIndex(cel)
    qtbot.keyClick(tabel, Qt.Key.Key_Delete)
    assert v.project.motivering("lpo") == ""
    assert v.project.parameterwaarde("lpo", 2027) == pytest.approx(0.035)
    v.undo.undo()
    assert v.project.motivering("lpo") == REDEN


def test_motivering_te_lang_of_zonder_aanpassing_wordt_geweigerd():
    from model.project import Project
    from model.scenario import ScenarioFout
    p = Project.voorbeeld()
    with pytest.raises(ScenarioFout, match="pas eerst de waarde aan"):
        p.met_motivering("lpo", REDEN)
    p.toestand = p.met_parameter("lpo", 0.035)
    with pytest.raises(ScenarioFout, match="hoogstens 500 tekens"):
        p.met_motivering("lpo", "x" * 501)
