"""Charts: Dutch axis labels, exact values as tooltips, keyboard access, no overlapping labels."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from model.berekening import bereken
from model.invoer import voorbeeldgemeente
from ui.grafieken import BatenLastenGrafiek, LijnGrafiek, TornadoGrafiek
from ui.grafieken.assen import EUR, as_tekst, uitdunnen


@pytest.fixture(scope="module")
def resultaat():
    return bereken(voorbeeldgemeente(), van=2025, tot=2035)


def test_astekst_nederlands():
    assert as_tekst(1_200_000, EUR, 200_000, 4_000_000) == "€ 1,2 mln"
    assert as_tekst(3_000_000, EUR, 1_000_000, 4_000_000) == "€ 3 mln"
    assert as_tekst(450_000, EUR, 50_000, 900_000) == "€ 450.000"
    assert as_tekst(-100_000, EUR, 100_000, 300_000) == "€ -100.000"
    assert as_tekst(0, EUR, 100_000, 300_000) == "€ 0"
    assert as_tekst(0.975, "fractie", 0.025, 1) == "97,5 %"
    assert as_tekst(17.5, "aantal", 2.5, 25) == "17,5"


def test_uitdunnen():
    assert uitdunnen(11, 80, 40) == 1
    assert uitdunnen(11, 20, 45) == 3


def test_baten_lasten_tooltips_met_exacte_waarde(qtbot, resultaat):
    g = BatenLastenGrafiek()
    qtbot.addWidget(g)
    g.toon(resultaat)
    g.resize(1000, 650)
    g.grab()
    teksten = [o.tekst for o in g.onderdelen]
    assert "Saldo 2026: € -38.502" in teksten               # INVOER §5
    assert "Saldo 2034: € 243.053" in teksten
    assert len(teksten) == 3 * len(resultaat.jaren)
    assert "Saldo: 2025" in g.accessibleDescription() and "€ -38.502" in g.accessibleDescription()
    # hovering a marker shows its value
    doel = next(o for o in g.onderdelen if o.tekst == "Saldo 2026: € -38.502")
    assert g.onderdeel_op(doel.rect.center()).tekst == doel.tekst
    g.show()
    pos = doel.rect.center().toPoint()
    QApplication.sendEvent(g, QHelpEvent(QEvent.ToolTip, pos, g.mapToGlobal(pos)))
    assert QToolTip.text() == "Saldo 2026: € -38.502"


def test_toetsenbord_loopt_door_de_waarden(qtbot, resultaat):
    g = LijnGrafiek("Grafiek reserve")
    qtbot.addWidget(g)
    g.toon(resultaat.jaren, [("Reserve", resultaat.reeks("reserve_impulsbudget"))])
    g.resize(600, 400)
    g.show()
    g.grab()
    assert g.focusPolicy() & Qt.TabFocus
    g.setFocus()
    qtbot.keyClick(g, Qt.Key_Right)
    assert g.gekozen_tekst() == "Reserve 2025: € 415.000"   # 40.000 + 525.000 − 150.000 (INVOER §5)
    qtbot.keyClick(g, Qt.Key_Right)
    assert g.gekozen_tekst() == "Reserve 2026: € 437.500"   # INVOER §5
    qtbot.keyClick(g, Qt.Key_End)
    assert g.gekozen_tekst() == "Reserve 2035: € 453.000"   # INVOER §5 v3: the werkplekken continue


@pytest.mark.parametrize("breedte,punten", [(260, 9), (400, 9), (1000, 9), (400, 18), (1000, 18)])
def test_jaarlabels_overlappen_nooit(qtbot, resultaat, breedte, punten):
    g = BatenLastenGrafiek()
    qtbot.addWidget(g)
    font = QFont(g.font())
    font.setPointSize(punten)              # 100 % and 200 % text size
    g.setFont(font)
    g.toon(resultaat)
    g.resize(breedte, 300)
    g.grab()
    labels = g.jaarlabels
    assert labels and labels[0].left() >= 0 and labels[-1].right() <= breedte
    for a, b in zip(labels, labels[1:]):
        assert a.right() < b.left(), (a, b)
    if breedte >= 1000 and punten == 9:
        assert len(labels) == len(resultaat.jaren)         # room enough: every year labelled


def test_lege_grafiek_zegt_het(qtbot):
    for g in (LijnGrafiek(), TornadoGrafiek()):
        qtbot.addWidget(g)
        g.resize(300, 200)
        g.grab()
        assert g.onderdelen == []


def test_lijn_met_ontbrekende_waarde(qtbot):
    g = LijnGrafiek()
    qtbot.addWidget(g)
    g.toon([2025, 2026, 2027], [("Plekken", [4, None, 6])], "aantal", soort="lijn")
    g.resize(400, 300)
    g.grab()
    assert [o.tekst for o in g.onderdelen] == ["Plekken 2025: 4", "Plekken 2027: 6"]


def test_toetsenbord_volgt_de_jaren(qtbot):
    """Per year: baten, lasten, saldo; then the next year."""
    g = BatenLastenGrafiek()
    qtbot.addWidget(g)
    g.toon(bereken(voorbeeldgemeente()))       # 2026–2029
    g.resize(800, 500)
    g.show()
    g.grab()
    g.setFocus()
    gezien = []
    for _ in range(4):
        qtbot.keyClick(g, Qt.Key_Right)
        gezien.append(g.gekozen_tekst())
    # INVOER §5, 2026: baten 198.632 + 43.868 + 139.300 + 3.350.000 + 472.500 + 219.823 (BUIG = LKS);
    # lasten 219.823 + 282.516 + 14.536 (4 × 3.634) + 3.495.750 + 450.000 (bestedingsplan 2026)
    assert gezien[:3] == ["Totaal baten 2026: € 4.424.123", "Totaal lasten 2026: € 4.462.625",
                          "Saldo 2026: € -38.502"]
    assert gezien[3].startswith("Totaal baten 2027: ")
    qtbot.keyClick(g, Qt.Key_Left)
    assert g.gekozen_tekst() == "Saldo 2026: € -38.502"


@pytest.mark.parametrize("hoogte", [90, 140, 220, 650])
def test_waardelabels_overlappen_nooit(qtbot, resultaat, hoogte):
    g = BatenLastenGrafiek()
    qtbot.addWidget(g)
    g.toon(resultaat)
    g.resize(400, hoogte)
    g.grab()
    labels = g.waardelabels
    assert labels
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert not a.intersects(b), (a, b)


def test_focus_kader_vult_de_grafiek_niet(qtbot, resultaat):
    """The focus frame is an outline: with focus the background stays the background."""
    from PySide6.QtGui import QPalette
    g = BatenLastenGrafiek()
    qtbot.addWidget(g)
    g.toon(resultaat)
    g.resize(600, 400)
    g.show()
    g.setFocus()
    qtbot.waitUntil(g.hasFocus, timeout=1000)
    beeld = g.grab().toImage()
    achtergrond = g.palette().color(QPalette.Base)
    assert beeld.pixelColor(beeld.width() - 12, 12) == achtergrond
