"""INVOER §3 numbers and percentages: one table of cases, read the same by the workbook and the editor.

Every case runs through three paths: the shared parser (model.getallen), the workbook's cell
reader (a text cell, model.io.cellen) and the app editor's validator (ui.getalinvoer.GetalInvoer).
An expected number is the value (a fraction for a percentage); an expected text is part of the
Dutch reason every path gives for refusing it.
"""
from __future__ import annotations

import pytest

from model import getallen
from model.getallen import GeenGetal
from model.io.cellen import CelFout, lees_getal, lees_percentage

GETAL, PROCENT = "getal", "percentage"

GEVALLEN = [
    # numbers: ',' is the decimal comma, '.' groups thousands
    ("12.485", GETAL, 12485.0),
    ("12.485,50", GETAL, 12485.5),
    ("€ 3.634", GETAL, 3634.0),
    ("€\u00a03.634", GETAL, 3634.0),
    ("1.234.567", GETAL, 1234567.0),
    ("1\u202f234,5", GETAL, 1234.5),
    ("-1.200", GETAL, -1200.0),
    ("\u22125", GETAL, -5.0),
    ("€-40.000", GETAL, -40000.0),
    ("0,68", GETAL, 0.68),
    ("1.500", GETAL, 1500.0),
    ("2029", GETAL, 2029.0),
    # one '.' that does not group thousands is a decimal point
    ("1.5", GETAL, 1.5),
    ("12.34", GETAL, 12.34),
    ("0.500", GETAL, 0.5),
    ("1234.5", GETAL, 1234.5),
    # everything else is refused, with the reason
    ("12.34.56", GETAL, "een punt scheidt groepen van precies drie cijfers"),
    ("1.234.5", GETAL, "een punt scheidt groepen van precies drie cijfers"),
    ("1.23,4", GETAL, "een punt scheidt groepen van precies drie cijfers"),
    ("1e3", GETAL, "schrijf het getal voluit"),
    ("2,5E-3", GETAL, "schrijf het getal voluit"),
    ("12,485,50", GETAL, "meer dan één komma"),
    ("1,234.56", GETAL, "na de decimaalkomma mag geen punt staan"),
    ("abc", GETAL, "'abc' is geen getal"),
    ("--5", GETAL, "'--5' is geen getal"),
    ("5-", GETAL, "'5-' is geen getal"),
    ("12 %", GETAL, "'12 %' is geen getal"),
    ("1.000.000.000.000.000", GETAL, "onwaarschijnlijk groot"),
    # percentages: '68 %' is 0.68; without % 0–1 is the fraction, above 1 up to 100 percent points
    ("68 %", PROCENT, 0.68),
    ("68%", PROCENT, 0.68),
    ("57,5 %", PROCENT, 0.575),
    ("0,5 %", PROCENT, 0.005),
    ("0,68", PROCENT, 0.68),
    ("68", PROCENT, 0.68),
    ("100", PROCENT, 1.0),
    ("1", PROCENT, 1.0),
    ("0", PROCENT, 0.0),
    ("150", PROCENT, "150 is geen percentage tussen 0 % en 100 %"),
    ("-0,1", PROCENT, "-0,1 is geen percentage tussen 0 % en 100 %"),
    ("150 %", PROCENT, "150 % ligt niet tussen 0 % en 100 %"),
    ("-5 %", PROCENT, "-5 % ligt niet tussen 0 % en 100 %"),
    ("%", PROCENT, "'%' is geen percentage"),
    ("68 % %", PROCENT, "'68 % %' is geen percentage"),
    ("12.34.56 %", PROCENT, "een punt scheidt groepen van precies drie cijfers"),
    ("1e2 %", PROCENT, "schrijf het getal voluit"),
    ("zestig", PROCENT, "'zestig' is geen percentage"),
]
IDS = [f"{soort}:{tekst}" for tekst, soort, _ in GEVALLEN]


def _gedeeld(tekst, soort):
    return getallen.lees_percentage(tekst)[0] if soort == PROCENT else getallen.lees_getal(tekst)


def _werkboek(tekst, soort):
    return lees_percentage(tekst)[0] if soort == PROCENT else lees_getal(tekst)


@pytest.mark.parametrize("tekst, soort, verwacht", GEVALLEN, ids=IDS)
def test_gedeelde_parser(tekst, soort, verwacht):
    if isinstance(verwacht, str):
        with pytest.raises(GeenGetal) as fout:
            _gedeeld(tekst, soort)
        assert verwacht in str(fout.value)
    else:
        assert _gedeeld(tekst, soort) == pytest.approx(verwacht)


@pytest.mark.parametrize("tekst, soort, verwacht", GEVALLEN, ids=IDS)
def test_werkboekcel(tekst, soort, verwacht):
    if isinstance(verwacht, str):
        with pytest.raises(CelFout) as fout:
            _werkboek(tekst, soort)
        assert verwacht in str(fout.value)
    else:
        assert _werkboek(tekst, soort) == pytest.approx(verwacht)


#: The editor reads a percentage of any size or sign: the model's check refuses it with the range of the
#: value it is for (issue 23: 680 in a share must say "moet tussen 0 % en 100 % liggen; 680 % kan niet").
EDITOR_LEEST = {"150": 1.5, "-0,1": -0.1, "150 %": 1.5, "-5 %": -0.05}


@pytest.mark.parametrize("tekst, soort, verwacht", GEVALLEN, ids=IDS)
def test_editor(qtbot, tekst, soort, verwacht):
    from PySide6.QtGui import QValidator
    if soort == PROCENT and tekst in EDITOR_LEEST:
        verwacht = EDITOR_LEEST[tekst]

    from ui.getalinvoer import GetalInvoer
    veld = GetalInvoer("fractie" if soort == PROCENT else "EUR")
    qtbot.addWidget(veld)
    veld.setValue(7.0 if soort == GETAL else 0.07)
    toestand = veld.validate(tekst, 0)[0]
    if isinstance(verwacht, str):
        assert toestand == QValidator.State.Intermediate
        assert verwacht in veld.reden and verwacht in veld.toolTip()
        assert veld.valueFromText(tekst) == veld.value()   # the value stays what it was
    else:
        assert toestand == QValidator.State.Acceptable and veld.reden is None
        assert veld.valueFromText(tekst) == pytest.approx(verwacht)


def test_percentpunten_worden_gemeld():
    """Only the workbook reader adds a note for percent points; the parser says which reading it used."""
    assert getallen.lees_percentage("68") == (pytest.approx(0.68), True)
    assert getallen.lees_percentage("68 %") == (pytest.approx(0.68), False)
    assert getallen.lees_percentage("0,68") == (pytest.approx(0.68), False)


def test_lege_tekst():
    """An empty cell is 'not given'; an empty editor has no value."""
    assert lees_getal(" € ") is None and lees_percentage("") == (None, False)
    with pytest.raises(GeenGetal, match="er staat geen getal"):
        getallen.lees_getal(" ")


def test_een_groeivoet_mag_negatief_een_aandeel_niet():
    """An indexation of −1,5 % per year can be typed (lpo's range is −5 %–15 %); a share stays 0–100 %."""
    from model.getallen import GeenGetal, lees_percentage
    assert lees_percentage("-1,5 %", negatief=True) == (-0.015, False)
    assert lees_percentage("\u22121,5 %", negatief=True) == (-0.015, False)
    assert lees_percentage("2,5 %", negatief=True) == (0.025, False)
    with pytest.raises(GeenGetal):
        lees_percentage("-1,5 %")
