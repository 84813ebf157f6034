"""Dutch number entry and the words for scenario overrides (the parsing table is tests/model/test_getallen.py)."""
from __future__ import annotations

import pytest

from ui.getalinvoer import GetalInvoer, toon_getal


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


def _typ(venster, model, index, tekst):
    """Type text into the cell's editor and let the delegate commit it, as Enter does."""
    tabel = venster.aannames.tabellen[0 if model is venster.aannames.parameters else 1]
    tabel.setCurrentIndex(index)
    tabel.edit(index)
    editor = tabel.findChild(GetalInvoer)
    editor.lineEdit().setText(tekst)
    tabel.itemDelegate().setModelData(editor, model, index)


def test_editor_weigert_wat_het_werkboek_weigert(venster, antwoorden):
    melding = venster.aannames.melding
    m = venster.aannames.invoer
    rij = [v.sleutel for v in m.VELDEN].index("begeleiding_per_plek")
    _typ(venster, m, m.index(rij, 2), "12.34.56")
    assert melding.text() == ("Begeleidingskosten per plek: '12.34.56' is geen getal: een punt scheidt groepen van "
                              "precies drie cijfers (1.234.567).")
    p = venster.aannames.parameters
    index = p.index(p.sleutels.index("lks_forfait_pct"), 2)
    _typ(venster, p, index, "150")   # read as 150 %: refused with the parameter's own range (issue 23)
    assert melding.text() == "Forfaitaire loonkostensubsidie beschut werk moet tussen 0 % en 100 % liggen; 150 % kan niet."
    _typ(venster, p, p.index(p.sleutels.index("lks_forfait_pct"), 3 + p.jaren.index(2029)), "1.234")
    assert melding.text() == \
        "Forfaitaire loonkostensubsidie beschut werk moet tussen 0 % en 100 % liggen; 1.234 % kan niet."
    assert venster.undo.count() == 0 and antwoorden.meldingen == []
    _typ(venster, m, m.index(rij, 2), "€ 9.500")
    assert venster.project.effectieve_invoer().begeleiding_per_plek == 9500.0
    assert venster.undo.count() == 1
    assert melding.isHidden()   # an accepted edit clears the last refusal

