"""The shipped parameter set reproduces REKENREGELS §2; a bad file or year gives a clear error."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from model.parameters import (STATUSSEN, VERPLICHTE_SLEUTELS, ParameterFout, lees_parameterset_tekst,
                              standaard_parameterset)
from model.paden import resource_pad

JAREN = range(2024, 2041)


def rond(x, nd=0):
    """REKENREGELS §1: half up on the decimal value."""
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


@pytest.fixture(scope="module")
def ps():
    return standaard_parameterset()


def test_dekt_2024_tot_en_met_2040_met_alle_sleutels(ps):
    assert ps.id == "landelijk-2027-01"
    assert list(ps.jaren) == list(JAREN)
    assert set(ps.parameters) == set(VERPLICHTE_SLEUTELS)


def test_elke_parameter_heeft_metadata(ps):
    for p in ps.parameters.values():
        assert p.label and p.eenheid, p.sleutel
        assert p.status_in(2030) in STATUSSEN
        for j in JAREN:
            assert p.status_in(j) in STATUSSEN
        if any(p.status_in(j) == "vastgesteld" for j in JAREN):
            assert p.bron, f"{p.sleutel} is vastgesteld maar heeft geen bron"


@pytest.mark.parametrize("jaar", JAREN)
def test_afleidingen_uit_rekenregels(ps, jaar):
    v = ps.value
    y = jaar
    # (v2) series derived from an indexation parameter are computed, not rounded
    wml = {2024: 13.48, 2025: 14.23, 2026: 14.71}.get(y) or 14.71 * 1.025 ** (y - 2026)
    assert v("wml_uur", y) == pytest.approx(wml, rel=1e-12)
    bw = {2024: 11300, 2025: 12485}.get(y) or 12485 * 1.025 ** (y - 2025)
    assert v("bw_bedrag_per_plek", y) == pytest.approx(bw, rel=1e-12)
    taak = {2024: 11100, 2025: 11900, 2026: 12800, 2027: 13600, 2028: 14400, 2029: 15300, 2030: 16200}
    tl = taak.get(y) or rond(16200 + (y - 2030) * 14100 / 18)
    assert v("bw_taakstelling_landelijk", y) == tl
    rl = {2024: 10619, 2025: 11586}.get(y) or rond(0.974 * tl)
    assert v("bw_realisatie_landelijk", y) == rl
    al = {2024: 15635, 2025: 17186}.get(y) or rond(rl * 17186 / 11586)
    assert v("bw_positief_advies_landelijk", y) == al
    assert v("bw_aandeel_nieuw_verdeelmodel", y) == pytest.approx(
        0 if y <= 2026 else 1 / 3 if y == 2027 else 2 / 3 if y == 2028 else 1)
    pad = 0 if y < 2025 else 19_800_000 + (y - 2025) * 1_490_000 if y < 2035 else 34_700_000
    # (v3) the published path is in prijspeil 2023 (002): indexed with lpo_rijk from 2023
    assert v("si_macro", y) == pytest.approx(pad * 1.025 ** (y - 2023), rel=1e-12)
    ps_se = {2024: 28241, 2025: 28314, 2026: 28345}.get(y, 28396)  # constant prices from 2027 (v2)
    assert v("wsw_per_se", y) == ps_se
    mvt = {2024: 58300, 2025: 55800, 2026: 53400, 2027: 51000}.get(y)
    assert v("wsw_volume_mvt", y) == (mvt if mvt is not None else max(0, 51000 - 2400 * (y - 2027)))
    r = (42291 / 61919) ** (1 / 6)
    act = {2024: 52507, 2025: 49040, 2026: 45635, 2027: 42291}.get(y) or rond(42291 * r ** (y - 2027))
    assert v("wsw_volume_actueel", y) == act
    ophoging = {2024: 0, 2025: 34_300_000, 2026: 36_700_000, 2027: 36_700_000 * 13600 / 12800}.get(y, 0)
    assert v("bw_ophoging_macro", y) == pytest.approx(ophoging, rel=1e-12)


def test_vaste_waarden(ps):
    verwacht = {"vakantiebijslag": 0.08, "werkgeverslasten_lks": 0.235, "weken_per_jaar": 52,
                "lks_forfait_pct": 0.68, "lks_forfait_startjaar": 2028, "lks_gemiddeld_pct": 0.57,
                "bw_overhead_component": 2157, "bw_gewicht_realisatie": 0.5, "bw_gewicht_advies": 0.5,
                "brede_baten_laag": 2000, "brede_baten_midden": 3200, "brede_baten_hoog": 5000,
                "brede_baten_aandeel_gemeente": 0.45, "buig_lks_dekking": 1.0, "lpo": 0.025, "lpo_rijk": 0.025,
                "wml_indexatie": 0.025, "bw_verdeel_vertraging": 2, "uren_per_plek": 31,
                "bw_ophoging_per_plek_indicatief": 2971}
    for sleutel, waarde in verwacht.items():
        assert all(ps.value(sleutel, j) == waarde for j in JAREN), sleutel


def test_impulsbudget_macro_telt_op_tot_289_7_miljoen(ps):
    assert sum(ps.value("ib_macro", j) for j in JAREN) == 289_700_000
    assert sum(ps.value("ib_macro", j) for j in (2031, 2032, 2033)) == 77_400_000
    assert ps.value("ib_macro", 2035) == 0


def test_status_per_jaar(ps):
    wml = ps.parameter("wml_uur")
    assert [wml.status_in(j) for j in (2024, 2025, 2026, 2027, 2040)] == \
        ["afgeleid", "afgeleid", "vastgesteld", "aanname", "aanname"]
    assert ps.parameter("bw_taakstelling_landelijk").status_in(2031) == "aanname"
    assert ps.parameter("lks_forfait_startjaar").status_in(2028) == "aanname"
    assert ps.parameter("werkgeverslasten_lks").status_in(2035) == "vastgesteld"
    assert ps.parameter("brede_baten_midden").status_in(2030) == "afgeleid"
    assert [ps.parameter("ib_macro").status_in(j) for j in (2030, 2031, 2033, 2034)] == \
        ["vastgesteld", "aanname", "aanname", "vastgesteld"]


def test_elke_parameter_heeft_een_bereik_dat_de_eigen_waarden_bevat(ps):
    for p in ps.parameters.values():
        laag, hoog = p.bereik
        assert laag > float("-inf") and hoog < float("inf"), p.sleutel
        assert all(p.in_bereik(ps.value(p.sleutel, j)) for j in JAREN), p.sleutel
    assert ps.parameter("lpo").bereik == (-0.05, 0.15)


def test_een_aangepaste_indexatie_beweegt_elke_afgeleide_reeks(ps):
    """REKENREGELS §2 (v2): the derived series read the indexation through the scenario."""
    from model.scenario import PARAMETER, Override, ParametersMetScenario
    s = ParametersMetScenario(ps, (Override(PARAMETER, "lpo_rijk", 0.03), Override(PARAMETER, "wml_indexatie", 0.0)))
    assert s.value("bw_bedrag_per_plek", 2025) == 12485
    assert s.value("bw_bedrag_per_plek", 2027) == pytest.approx(12485 * 1.03 ** 2)
    assert s.value("si_macro", 2030) == pytest.approx(27_250_000 * 1.03 ** 7)   # (v3) from prijspeil 2023
    assert s.value("wml_uur", 2030) == 14.71
    assert s.value("ib_macro", 2030) == 31_500_000  # never indexed


def test_ophoging_volgt_het_startjaar_van_het_forfait(ps):
    """REKENREGELS §2 (v2): 36.7m x taakstelling(y) / taakstelling(2026) before the forfait, 0 from it."""
    from model.scenario import PARAMETER, Override, ParametersMetScenario
    later = ParametersMetScenario(ps, (Override(PARAMETER, "lks_forfait_startjaar", 2029),))
    assert later.value("bw_ophoging_macro", 2028) == pytest.approx(36_700_000 * 14400 / 12800)  # 41.2875m
    assert later.value("bw_ophoging_macro", 2029) == 0
    eerder = ParametersMetScenario(ps, (Override(PARAMETER, "lks_forfait_startjaar", 2026),))
    assert eerder.value("bw_ophoging_macro", 2026) == 0
    assert eerder.value("bw_ophoging_macro", 2025) == 34_300_000


def test_onbedekt_jaar_is_een_fout(ps):
    with pytest.raises(ParameterFout, match="geen parameterwaarde voor 2041"):
        ps.value("wml_uur", 2041)
    with pytest.raises(ParameterFout, match="geen parameterwaarde voor 2023"):
        ps.parameter("lpo").status_in(2023)
    with pytest.raises(ParameterFout, match="onbekende parameter"):
        ps.value("bestaat_niet", 2026)


def _tekst():
    return resource_pad("parametersets", "landelijk-2027-01.toml").read_text(encoding="utf-8")


def test_ontbrekend_jaar_wordt_gemeld():
    tekst = _tekst().replace("2033 = 18550, ", "")
    with pytest.raises(ParameterFout, match=r"'bw_taakstelling_landelijk': geen waarde voor 2033"):
        lees_parameterset_tekst(tekst)


def test_onbekende_sleutel_en_foute_status_worden_allemaal_gemeld():
    tekst = _tekst().replace("[parameters.lpo]", "[parameters.lpoo]").replace(
        'status = "vastgesteld"\nbron = "Wet minimumloon en minimumvakantiebijslag"',
        'status = "geschat"\nbron = "Wet minimumloon en minimumvakantiebijslag"')
    with pytest.raises(ParameterFout) as fout:
        lees_parameterset_tekst(tekst)
    melding = str(fout.value)
    assert "onbekende parameter 'lpoo'" in melding
    assert "status 'geschat' is ongeldig" in melding
    assert "parameter 'lpo' ontbreekt" in melding


def test_geen_toml_is_een_duidelijke_fout():
    with pytest.raises(ParameterFout, match="geen geldig TOML"):
        lees_parameterset_tekst("dit is [geen toml")


def test_waarde_die_geen_getal_is():
    tekst = _tekst().replace("waarde = 0.08", 'waarde = "acht procent"')
    with pytest.raises(ParameterFout, match="is geen getal"):
        lees_parameterset_tekst(tekst)


BEDRAGEN_UIT_PARAGRAAF_2 = {11300, 12485, 2157, 2971, 34300000, 36700000, 11100, 16200, 10619, 11586, 15635, 17186, 19800000,
                            1490000, 34700000, 35000000, 31500000, 28396, 27139, 65600, 61919, 42291, 3634,
                            14.71, 13.48, 14.23, 3200, 0.235, 0.974}


def test_geen_bedrag_uit_paragraaf_2_als_literal_in_de_code():
    """Code health: the parameter values live in resources/, not as number literals in the code."""
    import io
    import tokenize
    wortel = Path(__file__).resolve().parents[2]
    gevonden = []
    for map_ in ("model", "ui", "cli"):
        for pad in (wortel / map_).rglob("*.py"):
            if "zelftest" in pad.name:
                continue
            bron = pad.read_text(encoding="utf-8")
            for tok in tokenize.generate_tokens(io.StringIO(bron).readline):
                if tok.type != tokenize.NUMBER or tok.string.lower().endswith("j"):
                    continue
                waarde = float(eval(tok.string))  # a numeric literal: 0o644, 1_000, 2.5e3
                if waarde in BEDRAGEN_UIT_PARAGRAAF_2:
                    gevonden.append(f"{pad.relative_to(wortel)}:{tok.start[0]}: {tok.line.strip()}")
    assert not gevonden, "\n".join(gevonden)
