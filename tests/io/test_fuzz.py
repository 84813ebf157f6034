"""Fuzzing the reader: whatever people do to the example workbook, the reader returns either a
valid input or findings — it never raises, and every finding names its sheet (and a well-formed
cell where it names one). benchmarks/fuzz_werkboek.py runs the same with thousands of examples."""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.invoer import GemeenteInvoer, naar_dict, valideer
from model.io.werkboek import INTERNE_FOUT, lees_werkboek
from model.opmaak import getal
from tests.io.bouw import kopie, schrijf, voorbeeld_grid, zet_gegeven
from tests.io.mutaties import beschadigd_werkboek, schrijfbaar

CEL = re.compile(r"^[A-Z]{1,3}[1-9]\d*(:[A-Z]{1,3}[1-9]\d*)?$")  # a cell or a range (a sum over C4:C7)
_MAP = Path(tempfile.mkdtemp(prefix="fuzz-werkboek-"))


def controleer_uitkomst(invoer, bevindingen) -> None:
    assert isinstance(bevindingen, list)
    for b in bevindingen:
        assert b.ernst in ("fout", "waarschuwing")
        assert INTERNE_FOUT not in b.melding, b.melding
        assert b.blad, b
        assert b.cel is None or CEL.match(b.cel), b
        assert b.melding.strip()
    if invoer is None:
        assert any(b.is_fout for b in bevindingen)
    else:
        assert isinstance(invoer, GemeenteInvoer)
        assert not any(b.is_fout for b in bevindingen)
        assert not any(b.is_fout for b in valideer(invoer))
        naar_dict(invoer)


@settings(max_examples=300, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
@given(beschadigd_werkboek())
def test_lezer_crasht_nooit(geval):
    grid, ext, _ = geval
    pad = schrijf(schrijfbaar(grid, ext), _MAP / f"fuzz{ext}")
    invoer, bevindingen = lees_werkboek(pad)
    controleer_uitkomst(invoer, bevindingen)


@settings(max_examples=150, deadline=None, database=None)
@given(st.decimals(min_value=0, max_value=10 ** 10, places=2, allow_nan=False, allow_infinity=False),
       st.sampled_from(["{}", "€ {}", "€{}", " {} "]))
def test_nederlandse_getaltekst_geeft_precies_dat_getal(bedrag, vorm):
    """No wrong number slips through: Dutch text of an amount reads back as that amount (up to the € 10 miljard
    a line of a gemeente may hold)."""
    g = kopie(_BASIS)
    tekst = vorm.format(getal(float(bedrag), 2))
    zet_gegeven(g, "Begeleidingskosten per plek", tekst)
    invoer, bevindingen = lees_werkboek(schrijf(g, _MAP / "getal.xlsx"))
    assert invoer is not None, [b.tekst() for b in bevindingen]
    assert invoer.begeleiding_per_plek == pytest.approx(float(bedrag), abs=1e-6)


_BASIS = voorbeeld_grid()
