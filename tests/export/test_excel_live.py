"""The live Excel annex is the model: every parameter changed in the workbook and recalculated by an
independent engine (the ``formulas`` package) gives ``bereken --zet`` to the cent.

The formulas are generated from the rules themselves (:mod:`model.export.excel_afleiding`), so this
holds for every parameter the set has — the verdeelmodel's lag and the forfait's start year included —
without a test per rule.
"""
from __future__ import annotations

import formulas
import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from openpyxl.utils import get_column_letter, range_boundaries

from model.berekening import bereken
from model.export import ExportOpties, bouw_excel
from model.parameters import standaard_parameterset
from model.scenario import PARAMETER, Override, Scenario
from tests.export.hulp import DATUM

JAREN = (2026, 2027, 2028, 2029)
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def levend(tmp_path_factory, invoer):
    """The annex (Overzicht and the calculation sheets) loaded once into the independent engine."""
    r = bereken(invoer, van=JAREN[0], tot=JAREN[-1])
    pad = tmp_path_factory.mktemp("levend") / "bijlage.xlsx"
    pad.write_bytes(bouw_excel(r, ExportOpties(datum=DATUM, secties=("samenvatting",))))
    wb = openpyxl.load_workbook(pad)
    namen = {}
    for naam, dn in wb.defined_names.items():
        if naam not in standaard_parameterset():
            continue
        (blad, bereik), = dn.destinations
        k0, r0, k1, _ = range_boundaries(bereik.replace("$", ""))
        namen[naam] = [f"'[{pad.name}]{blad.upper()}'!{get_column_letter(k)}{r0}" for k in range(k0, k1 + 1)]
    ws = wb["Overzicht"]
    rijen = {ws.cell(row=r, column=3 + len(JAREN)).value: r for r in range(1, ws.max_row + 1)}
    from model.regels import REGEL
    uitvoer = {(s, j): f"'[{pad.name}]OVERZICHT'!{get_column_letter(3 + i)}{r}"
               for s, r in rijen.items() if s in REGEL for i, j in enumerate(JAREN)}
    model = formulas.ExcelModel().loads(str(pad)).finish()
    jaren_set = list(standaard_parameterset().jaren)
    return model, namen, uitvoer, jaren_set


def _herbereken(levend, cellen: dict[str, float]) -> dict[tuple[str, int], float]:
    model, _, uitvoer, _ = levend
    oplossing = model.calculate(inputs=cellen, outputs=list(uitvoer.values()))
    uit = {}
    for k, cel in uitvoer.items():
        w = oplossing[cel].value
        uit[k] = float(w[0][0] if hasattr(w, "__len__") else w)
    return uit


def _vergelijk(invoer, berekend: dict, overrides: tuple[Override, ...]) -> list:
    model = bereken(invoer, scenario=Scenario("x", overrides=overrides), van=JAREN[0], tot=JAREN[-1], controles=False)
    return [(s, j, w, model.waarde(s, j)) for (s, j), w in berekend.items() if abs(w - model.waarde(s, j)) > 0.005]


def _andere_waarde(sleutel: str) -> float:
    """A changed value inside the parameter's range, as an auditor would type it."""
    p = standaard_parameterset().parameter(sleutel)
    laag, hoog = p.bereik
    w = standaard_parameterset().value(sleutel, 2026)
    if sleutel == "bw_verdeel_vertraging":
        return 1.0
    if p.eenheid == "jaar":
        return min(hoog, w + 1)
    for nieuw in (w * 1.1, w * 0.9, w + 0.01, (laag + hoog) / 2):
        if laag <= nieuw <= hoog and nieuw != w:
            return nieuw
    return w


@pytest.mark.parametrize("sleutel", list(standaard_parameterset().parameters))
def test_elke_parameter_in_excel_is_bereken_met_zet(levend, invoer, sleutel):
    """Every defined name of the Parameters sheet, set to another value for all years, recalculated:
    every Overzicht line equals ``bereken --zet SLEUTEL=WAARDE`` to the cent."""
    _, namen, _, _ = levend
    waarde = _andere_waarde(sleutel)
    berekend = _herbereken(levend, {cel: waarde for cel in namen[sleutel]})
    assert not _vergelijk(invoer, berekend, (Override(PARAMETER, sleutel, waarde),))


def test_vertraging_verdeelmodel_is_live(levend, invoer):
    """The lag of the verdeelmodel changed from 2 to 1 in Excel moves the rijksbijdrage beschut werk."""
    _, namen, _, _ = levend
    basis = _herbereken(levend, {})
    een = _herbereken(levend, {cel: 1 for cel in namen["bw_verdeel_vertraging"]})
    assert abs(een[("iu_beschut_werk", 2027)] - basis[("iu_beschut_werk", 2027)]) > 100


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_een_jaar_gewijzigd(levend, invoer, data):
    """One parameter changed in one year (as `--zet SLEUTEL@JAAR=WAARDE`): Excel and model agree."""
    _, namen, _, jaren_set = levend
    sleutel = data.draw(st.sampled_from(sorted(namen)))
    jaar = data.draw(st.sampled_from([j for j in jaren_set if 2024 <= j <= JAREN[-1]]))
    p = standaard_parameterset().parameter(sleutel)
    laag, hoog = p.bereik
    if p.eenheid == "jaar" or sleutel == "bw_verdeel_vertraging":
        waarde = float(data.draw(st.integers(int(max(laag, 0 if sleutel == "bw_verdeel_vertraging" else 2026)),
                                             int(min(hoog, 3 if sleutel == "bw_verdeel_vertraging" else 2031)))))
    else:
        w = standaard_parameterset().value(sleutel, jaar)
        waarde = min(hoog, max(laag, w * data.draw(st.sampled_from((0.8, 0.95, 1.05, 1.25)))))
    cel = namen[sleutel][jaren_set.index(jaar)]
    berekend = _herbereken(levend, {cel: waarde})
    assert not _vergelijk(invoer, berekend, (Override(PARAMETER, sleutel, waarde, jaar=jaar),)), (sleutel, jaar, waarde)
