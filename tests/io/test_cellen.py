"""INVOER §3: how single cell values are read (numbers, percentages, ja/nee, years, error values)."""
from __future__ import annotations

import datetime as dt

import pytest

from model import getallen
from model.io.cellen import (CelFout, Foutwaarde, celnaam, lees_geheel, lees_getal, lees_janee, lees_jaar,
                             lees_percentage)


@pytest.mark.parametrize("tekst, verwacht", [
    ("12.485", 12485.0), ("12.485,50", 12485.5), ("€ 3.634", 3634.0), ("1.234.567", 1234567.0),
    ("-1.200", -1200.0), ("0,68", 0.68), ("1.500", 1500.0), ("1.5", 1.5), ("12.34", 12.34),
    ("€\u00a03.634", 3634.0), (" 1 234 567 ", 1234567.0), ("1\u202f234,5", 1234.5), ("\u22121.200", -1200.0),
    ("118,5", 118.5), ("29500", 29500.0), ("0.5", 0.5), ("1234.5", 1234.5), ("€-40.000", -40000.0),
])
def test_nederlandse_getaltekst(tekst, verwacht):
    assert getallen.lees_getal(tekst) == pytest.approx(verwacht)
    assert lees_getal(tekst) == pytest.approx(verwacht)


@pytest.mark.parametrize("tekst", ["1.2.3", "1,234.56", "12,485,50", "abc", "1e5", "€", "--5", "1.23,4", "12 %", "5-"])
def test_onduidelijke_getaltekst_is_een_fout(tekst):
    if tekst == "€":
        assert lees_getal(tekst) is None  # only a currency sign: an empty cell
        return
    with pytest.raises(CelFout):
        lees_getal(tekst)


def test_numerieke_cellen_zoals_ze_zijn():
    assert lees_getal(12485) == 12485.0
    assert lees_getal(118.5) == 118.5
    assert lees_getal(None) is None and lees_getal("  ") is None
    with pytest.raises(CelFout):
        lees_getal(True)
    with pytest.raises(CelFout):
        lees_getal(dt.date(2026, 1, 1))
    with pytest.raises(CelFout):
        lees_getal(float("nan"))


@pytest.mark.parametrize("waarde, fractie, punten", [
    (0.68, 0.68, False), ("68%", 0.68, False), ("68 %", 0.68, False), ("0,68", 0.68, False),
    (68, 0.68, True), (57.5, 0.575, True), ("57,5 %", 0.575, False), (1, 1.0, False), (0, 0.0, False),
    (100, 1.0, True),
])
def test_percentage(waarde, fractie, punten):
    assert lees_percentage(waarde) == (pytest.approx(fractie), punten)


@pytest.mark.parametrize("waarde", [101, -0.1, "150 %", "-5 %", "%", "68 % %", "abc", True])
def test_ongeldig_percentage(waarde):
    with pytest.raises(CelFout):
        lees_percentage(waarde)


@pytest.mark.parametrize("waarde", ["ja", "J", "yes", "Waar", "TRUE", "1", 1, True, " Ja "])
def test_ja(waarde):
    assert lees_janee(waarde) is True


@pytest.mark.parametrize("waarde", ["nee", "N", "no", "onwaar", "False", "0", 0, False])
def test_nee(waarde):
    assert lees_janee(waarde) is False


@pytest.mark.parametrize("waarde", ["misschien", 2, "jaa"])
def test_geen_janee(waarde):
    with pytest.raises(CelFout):
        lees_janee(waarde)


@pytest.mark.parametrize("waarde", [2026, 2026.0, "2026", "2026.0", " 2026 "])
def test_jaar(waarde):
    assert lees_jaar(waarde) == 2026


@pytest.mark.parametrize("waarde", ["2026,5", 2026.5, 2019, 2061, "2.026", dt.date(2026, 1, 1), "twintig"])
def test_geen_jaar(waarde):
    with pytest.raises(CelFout):
        lees_jaar(waarde)


@pytest.mark.parametrize("waarde", [Foutwaarde("#N/A"), "#N/B", "#DEEL/0!", "#WAARDE!", "#VERW!", "#NAAM?",
                                    "#DIV/0!", "#VALUE!", "#REF!", "Err:502"])
def test_foutwaarden(waarde):
    with pytest.raises(CelFout) as fout:
        lees_getal(waarde)
    assert "foutwaarde" in str(fout.value)


def test_geheel_getal():
    assert lees_geheel("1.650") == 1650
    with pytest.raises(CelFout):
        lees_geheel("720,5")


@pytest.mark.parametrize("r, c, naam", [(0, 0, "A1"), (4, 1, "B5"), (9, 25, "Z10"), (0, 26, "AA1"), (0, 16383, "XFD1")])
def test_celnaam(r, c, naam):
    assert celnaam(r, c) == naam


@pytest.mark.parametrize("waarde", [1e300, -1e13, "1.000.000.000.000.000", 10 ** 15])
def test_onwaarschijnlijk_grote_getallen(waarde):
    with pytest.raises(CelFout) as fout:
        lees_getal(waarde)
    assert "onwaarschijnlijk groot" in str(fout.value)
    assert lees_getal(1e-300) == 1e-300 and lees_getal(999_999_999_999) == 999_999_999_999
