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


def test_getallen_in_meldingen_zonder_afronding():
    from model.opmaak import getal_exact, procent_exact
    assert getal_exact(-3.0) == "\u22123,0" and getal_exact(1650) == "1.650" and getal_exact(1234.5) == "1.234,5"
    assert getal_exact(0.0000001) == "0,0000001" and getal_exact(-0.0) == "0,0"
    assert getal_exact(float("nan")) == "onbepaald"
    assert procent_exact(0.75) == "75 %" and procent_exact(1.5) == "150 %" and procent_exact(0.575) == "57,5 %"
    assert procent_exact(0) == "0 %" and procent_exact(-0.05) == "\u22125 %"
