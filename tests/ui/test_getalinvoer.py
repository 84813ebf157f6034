"""Dutch number entry and the words for scenario overrides."""
from __future__ import annotations

import pytest

from ui.getalinvoer import GetalInvoer, lees_getal, toon_getal


@pytest.mark.parametrize("tekst, fractie, verwacht", [
    ("0,68", True, 0.68), ("68 %", True, 0.68), ("68", True, 0.68), ("68%", True, 0.68),
    ("0,5 %", True, 0.005), ("€ 8.000", False, 8000.0), ("1.234,5", False, 1234.5), ("2029", False, 2029.0),
    ("0.68", False, 0.68), ("1.234", False, 1234.0), ("-38.502", False, -38502.0), ("\u22125", False, -5.0),
    ("", False, None), ("abc", False, None), ("12,3,4", False, None), ("%", True, None),
])
def test_lees_getal(tekst, fractie, verwacht):
    assert lees_getal(tekst, fractie) == verwacht


def test_toon_getal():
    assert toon_getal(0.68, "fractie") == "68 %"
    assert toon_getal(0.235, "fractie") == "23,5 %"
    assert toon_getal(1 / 3, "fractie") == "33,33 %"
    assert toon_getal(8000.0, "EUR/plek") == "8.000"
    assert toon_getal(14.23, "EUR/uur") == "14,23"
    assert toon_getal(2029.0, "jaar") == "2029"


def test_spinbox_accepts_both_forms(qtbot):
    veld = GetalInvoer("fractie")
    qtbot.addWidget(veld)
    veld.setValue(0.5)
    assert veld.text() == "50 %"
    for tekst in ("0,68", "68 %"):
        veld.lineEdit().setText(tekst)
        veld.interpretText()
        assert veld.value() == pytest.approx(0.68)


def test_override_words_are_dutch(parameterset):
    from model.scenario import preset
    from ui.scenarios import beschrijf
    assert beschrijf(preset("Wsw-uitstroom sneller").overrides[0], parameterset) == "Wsw-uitstroom per jaar = 8 %"
    gewicht = preset("Verdeelmodel weegt realisatie zwaarder").overrides[0]
    assert beschrijf(gewicht, parameterset) == "Gewicht realisatie in het nieuwe verdeelmodel = 75 % (alle jaren)"
