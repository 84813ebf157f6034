"""Dutch number formats, rounding half up (REKENREGELS §1)."""
from model.opmaak import euro, getal, hele_euro, procent


def test_getallen():
    assert getal(1234567) == "1.234.567"
    assert getal(-38502.4) == "-38.502"
    assert getal(0.5) == "1" and getal(-0.5) == "-1" and getal(2.5) == "3"
    assert getal(-0.4) == "0"
    assert getal(1234.5, 2) == "1.234,50"
    assert euro(1234567) == "€ 1.234.567"
    assert procent(0.68) == "68 %" and procent(0.974, 1) == "97,4 %"
    assert hele_euro(45456.3) == 45456 and hele_euro(206181.8181) == 206182


def test_extreme_waarden_geven_tekst_geen_fout():
    assert getal(1e30) == "1" + ".000" * 10
    assert getal(float("nan")) == "onbepaald" and euro(float("inf")) == "€ onbepaald"
