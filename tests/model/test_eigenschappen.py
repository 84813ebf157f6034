"""Identities that hold for every input (hypothesis): saldo, reserve, member shares, Basis."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.berekening import bereken
from model.invoer import REEKSEN, VELDEN, Lid, maak_invoer
from model.parameters import standaard_parameterset
from model.scenario import INVOER, PARAMETER, REEKS_SOORT, Override, Scenario

JAREN = list(range(2025, 2036))
bedrag = st.floats(min_value=0, max_value=5e6, allow_nan=False, allow_infinity=False)
# counts as people type them (two decimals at most): a subnormal count such as 2e-311 persons would make the
# saldo per plek overflow, which the model refuses with a Dutch sentence rather than returning infinity
aantal = st.floats(min_value=0, max_value=500, allow_nan=False, allow_infinity=False).map(lambda x: round(x, 2))


def reeks(waarden, minimaal=0):
    return st.dictionaries(st.sampled_from(JAREN), waarden, min_size=minimaal, max_size=6)


@st.composite
def invoeren(draw):
    leden = draw(st.lists(st.integers(min_value=0, max_value=5000), min_size=0, max_size=6))
    ontvangt = draw(st.booleans())
    reeksen = {
        "taakstelling": draw(reeks(aantal, 1)),
        "gerealiseerd": draw(reeks(aantal)),
        "positief_advies": draw(reeks(aantal)),
        "plekken_si": draw(reeks(aantal)),
        "doorbetaling": draw(reeks(bedrag)),
        "circ_beschut": draw(reeks(bedrag)),
        "circ_si": draw(reeks(bedrag)),
        "circ_impulsbudget": draw(reeks(bedrag)),
        "circ_wsw": draw(reeks(bedrag)),
        "duurzame_werkplekken": draw(reeks(bedrag)),
        "overig": draw(reeks(bedrag)),
    }
    som = sum(leden)
    return maak_invoer(
        reeksen,
        naam="Eigenschapgemeente",
        basisjaar=draw(st.integers(min_value=2025, max_value=2035)),
        ontvangt_impulsbudget=ontvangt,
        dgr_gemeente=(leden[0] if leden else draw(st.none() | st.integers(0, 5000))),
        dgr_samenwerkingsverband=(som if leden else draw(st.none() | st.integers(1, 50_000))),
        dgr_landelijk=draw(st.none() | st.integers(min_value=1, max_value=300_000)),
        lks_percentage=draw(st.none() | st.floats(0, 1)),
        contracturen=draw(st.floats(1, 40)),
        begeleiding_per_plek=draw(st.none() | bedrag),
        overhead_per_plek=draw(st.none() | bedrag),
        wsw_se_basis=draw(aantal),
        wsw_rijksbijdrage_basis=draw(st.none() | bedrag),
        wsw_netto_kosten_per_se=draw(bedrag),
        reserve_impulsbudget_start=draw(st.floats(0, 1e6)),   # euro ≥ 0 (INVOER §2)
        samenwerkingsverband=tuple(Lid(f"Lid {i}", n) for i, n in enumerate(leden)),
    )


def dichtbij(a, b):
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


instellingen = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@instellingen
@given(invoeren())
def test_saldo_is_baten_min_lasten(invoer):
    r = bereken(invoer, van=2025, tot=2040)
    for i in range(len(r.jaren)):
        assert dichtbij(r.regels["saldo"][i], r.regels["baten_totaal"][i] - r.regels["lasten_totaal"][i])


@instellingen
@given(invoeren())
def test_reserve_volgt_de_recurrente_betrekking(invoer):
    r = bereken(invoer, van=2025, tot=2040)
    """v3: a withdrawal is at most the balance at the start of the year; the rest is spending without cover."""
    vorige = invoer.reserve_impulsbudget_start
    for i in range(len(r.jaren)):
        w = {s: reeks[i] for s, reeks in r.regels.items()}
        mutatie = w["du_impulsbudget"] - w["lasten_impulsbudget"] - w["doorbetaling_aan_leden"]
        onttrekking = min(max(-mutatie, 0.0), max(vorige, 0.0))
        assert dichtbij(w["reserve_impulsbudget_begin"], vorige)
        assert dichtbij(w["onttrekking_reserve_impulsbudget"], onttrekking)
        assert dichtbij(w["besteding_zonder_dekking"], max(-mutatie, 0.0) - onttrekking)
        assert dichtbij(w["reserve_impulsbudget"], vorige + max(mutatie, 0.0) - onttrekking)
        assert w["reserve_impulsbudget"] >= -1e-6   # never below zero
        vorige = w["reserve_impulsbudget"]


@instellingen
@given(invoeren())
def test_aandelen_van_de_leden_tellen_op_tot_het_regionale_bedrag(invoer):
    r = bereken(invoer, van=2025, tot=2035)
    if not r.leden:
        return
    for i in range(len(r.jaren)):
        if r.getoond("ib_regio")[i] is None:   # no regional amount: every member's part is unknown, never 0
            assert all(reeks[i] is None for _, reeks in r.leden)
            continue
        assert dichtbij(sum(reeks[i] for _, reeks in r.leden), r.details["ib_regio"][i])
        if invoer.ontvangt_impulsbudget:
            assert dichtbij(sum(reeks[i] for _, reeks in r.leden), r.regels["du_impulsbudget"][i])


def _niets_veranderende_overrides(invoer) -> tuple[Override, ...]:
    """Every parameter × 1, every scalar input field and every series set to its own value."""
    parameters = tuple(Override(PARAMETER, sleutel, factor=1.0) for sleutel in standaard_parameterset().parameters)
    velden = tuple(Override(INVOER, v.sleutel, waarde=getattr(invoer, v.sleutel)) for v in VELDEN
                   if v.soort in ("geheel", "percentage", "getal", "euro"))
    reeksen = tuple(Override(REEKS_SOORT, r.sleutel, waarden=dict(invoer.reeks(r.sleutel))) for r in REEKSEN
                    if invoer.reeks(r.sleutel))
    return parameters + velden + reeksen


@instellingen
@given(invoeren())
def test_een_scenario_dat_alles_op_zijn_eigen_waarde_zet_rekent_als_basis(invoer):
    """The scenario path (parameter factors, input and series overrides) changes nothing by itself."""
    zonder = bereken(invoer, van=2025, tot=2040)
    identiek = bereken(invoer, scenario=Scenario("Ongewijzigd", overrides=_niets_veranderende_overrides(invoer)),
                       van=2025, tot=2040)
    assert identiek.regels == zonder.regels
    assert identiek.details == zonder.details
