"""The one unit type (model/eenheden.py): every vocabulary maps onto it, and every formatter derives from it."""
from __future__ import annotations

import json

import pytest

from model.eenheden import (AANDEEL, AANTAL, EUR, EURO, EURO_CENT, FRACTIE, GETAL, INDEX, JAAR, PROCENT, PROCENT_FIJN,
                            Eenheid, eenheid_van, waarde_tekst)
from model.invoer import REEKSEN, VELDEN
from model.parameters import standaard_parameterset
from model.regels import CATALOGUS, REGELS


def test_een_eenheid_is_zijn_woord():
    """Stored files and JSON keep the word; a dict keyed by the word finds the unit."""
    for e in Eenheid:
        assert e == e.value and hash(e) == hash(e.value) and {e.value: 1}[e] == 1
        assert json.dumps(e) == json.dumps(e.value) and f"{e}" == e.value
    assert Eenheid("fractie") is FRACTIE


@pytest.mark.parametrize("woord, eenheid", [
    ("EUR", EUR), ("EUR/plek", EUR), ("EUR/persoon/jaar", EUR), ("euro", EUR),
    ("fractie", FRACTIE), ("fractie van WML", FRACTIE), ("fractie per jaar", FRACTIE), ("percentage", FRACTIE),
    ("jaar", JAAR), ("jaren", GETAL), ("plekken", GETAL), ("SE", GETAL), ("geheel", AANTAL), ("aandeel", AANDEEL),
])
def test_elk_vocabulaire_komt_op_een_eenheid_uit(woord, eenheid):
    assert eenheid_van(woord) is eenheid


def test_parameters_en_invoervelden_hebben_een_eenheid():
    """Every parameter's unit word and every numeric input kind names a unit (a plain number at the least)."""
    for p in standaard_parameterset().parameters.values():
        assert isinstance(eenheid_van(p.eenheid), Eenheid), p.sleutel
    verwacht = {"percentage": FRACTIE, "euro": EUR, "geheel": AANTAL, "getal": GETAL, "jaar": JAAR}
    for soort in {v.soort for v in VELDEN} | {r.soort for r in REEKSEN}:
        if soort in verwacht:
            assert eenheid_van(soort) is verwacht[soort], soort


def test_tabelcijfers_per_eenheid():
    assert EUR.cijfer(-38502.4) == "-38.502" and EUR.opgemaakt(-38502.4) == "€ -38.502"
    assert FRACTIE.cijfer(0.974) == "97,4 %" and AANDEEL.cijfer(0.0123456) == "1,235 %"
    assert AANTAL.cijfer(12.34) == "12,3" and GETAL.cijfer(6) == "6,0" and INDEX.cijfer(1.025) == "1,0250"
    assert JAAR.cijfer(2028.0) == "2028" and FRACTIE.cijfer(0.57, 0) == "57 %"


def test_losse_waarde_en_excelformaat_volgen_de_waarde():
    assert waarde_tekst(14.06, "EUR/uur") == "€ 14,06" and waarde_tekst(12485, "EUR/plek") == "€ 12.485"
    assert waarde_tekst(0.575, "fractie") == "57,50 %" and waarde_tekst(0.68, "fractie") == "68 %"
    assert waarde_tekst(2028, "jaar") == "2028" and waarde_tekst(None, "EUR") == ""
    assert EUR.excelformaat(14.06) == EURO_CENT and EUR.excelformaat(12485.0) == EURO and EUR.excel == EURO
    assert FRACTIE.excelformaat(0.0575) == PROCENT_FIJN and FRACTIE.excelformaat(0.575) == PROCENT
    assert GETAL.excelformaat(31.0) == "#,##0" and GETAL.excelformaat(0.5) == "#,##0.####"


def test_alle_opmakers_leiden_af_van_de_eenheid():
    """The PDF tables, the terminal table, the begroting table and the Excel formats write a catalogue line as its
    unit says: the same figure (and format) from each."""
    from cli.tabel import cel
    from model.export.excel_cellen import formaat_voor, parameterformaat
    from model.export.pdf_tabellen import cijfer
    from ui.tabelmodel import opgemaakt
    from ui.views.tabellen import opmaak
    for r in CATALOGUS:
        for w in (0.0, 0.125, 12.345, -1234.5, 250_000.0):
            assert cijfer(w, r.eenheid) == r.eenheid.cijfer(w), r.sleutel
            assert opmaak(w, r.eenheid, r.eenheid.decimalen) == r.eenheid.opgemaakt(w), r.sleutel
            if r in REGELS:
                assert cel(w, r.eenheid) == opgemaakt(r, w) == r.eenheid.cijfer(w), r.sleutel
        assert formaat_voor(r.eenheid) == r.eenheid.excel
    assert parameterformaat("EUR/uur", 14.06) == EURO_CENT and parameterformaat("fractie", 0.025) == PROCENT
