"""The worked calculation of every figure: the rule filled in with its values reproduces the figure."""
from __future__ import annotations

import pytest

from model.berekening import bereken
from model.invoer import maak_invoer
from model.regels import CATALOGUS
from model.scenario import presets
from model.uitwerking import PARAMETER, uitwerking


def _gemeenten(voorbeeld):
    kaal = maak_invoer({"taakstelling": {2026: 10.0}, "gerealiseerd": {2026: 8.0}, "doorbetaling": {2027: 9_000.0}},
                       naam="Kaal", basisjaar=2026, dgr_gemeente=100, dgr_samenwerkingsverband=400,
                       dgr_landelijk=100_000, wsw_se_basis=10.0, wsw_rijksbijdrage_basis=300_000.0,
                       lks_percentage=0.6, lks_pct_loonwaarde=0.55, edities={})
    return voorbeeld, kaal


@pytest.mark.parametrize("scenario", presets(), ids=lambda s: s.naam)
def test_elke_uitwerking_geeft_het_bedrag(voorbeeld, scenario):
    for invoer in _gemeenten(voorbeeld):
        r = bereken(invoer, scenario=scenario, van=2025, tot=2035)
        for regel in CATALOGUS:
            for jaar in r.jaren:
                u = uitwerking(r, regel.sleutel, jaar)   # raises when it does not reproduce the value
                if r.reeks(regel.sleutel)[r.jaren.index(jaar)] is None:
                    assert u is None
                else:
                    assert u.waarde == r.waarde(regel.sleutel, jaar)


def test_rijksbijdrage_beschut_werk_2027_met_een_rekenmachine(voorbeeld):
    """Issue example: bekostigde plekken × bedrag per plek, to enough decimals to reproduce the euro."""
    r = bereken(voorbeeld, van=2026, tot=2029)
    u = uitwerking(r, "iu_beschut_werk_model", 2027)
    assert u.ingevuld == "15,389796 × € 13.117,05"
    assert round(15.389796 * 13117.05) == round(r.waarde("iu_beschut_werk", 2027)) == 201_869
    assert u.formule == "Bekostigde plekken beschut werk (aantal) 2027 × Rijksbijdrage beschut werk per plek 2027"
    [plek] = [t for t in u.termen if t.verwijzing.soort == PARAMETER]
    assert (plek.verwijzing.sleutel, plek.verwijzing.jaar) == ("bw_bedrag_per_plek", 2027)
    assert "Rijksbijdrage beschut werk (IU Participatie) 2027 = € 201.868,77" in uitwerking(
        r, "iu_beschut_werk", 2027).tekst


def test_circulairebedrag_min_ophoging(voorbeeld):
    r = bereken(voorbeeld, van=2026, tot=2026)
    u = uitwerking(r, "iu_beschut_werk", 2026)
    assert u.ingevuld == "€ 242.500 − € 43.867,97"
    assert u.formule == "Circulaire: Rijksbijdrage beschut werk 2026 − Tijdelijke ophoging LKS beschut werk 2026"


def test_haakjes_waar_nodig(voorbeeld):
    r = bereken(voorbeeld, van=2027, tot=2027)
    u = uitwerking(r, "plekken_bekostigd_beschut", 2027)
    assert u.ingevuld.startswith("(1 − 33,33333 %) × 16,2 + ")
    idx = uitwerking(r, "idx", 2027)   # one year at a time: last year's index × (1 + lpo)
    assert idx.formule.startswith("Index prijzen basisjaar 2026 × (1 + ") and idx.ingevuld == "1 × (1 + 2,5 %)"


def _rekenmachine(tekst: str) -> float:
    """Evaluate a filled-in formula as printed (Dutch numbers, €, %, ×, /, −, ^) like a calculator would."""
    import re
    s = tekst.replace("€ ", "").replace("×", "*").replace("\u2212", "-").replace("^", "**")
    s = re.sub(r"(\d)\.(?=\d{3})", r"\1", s)          # thousands dots
    s = s.replace(",", ".")
    s = re.sub(r"([\d.]+) %", r"(\1/100)", s).replace(";", ",")
    assert re.fullmatch(r"(max|min|[\d.\s()+\-*/,])+", s), s
    return eval(s)  # noqa: S307 - digits and operators only (asserted above)


def test_een_rekenmachine_vindt_dezelfde_euro(voorbeeld):
    """Every euro line, worked out from the printed numbers, gives the same whole euro (to within one)."""
    from model.regels import EUR, REGELS
    r = bereken(voorbeeld, van=2025, tot=2035)
    for regel in REGELS:
        if regel.eenheid != EUR:
            continue
        for jaar in r.jaren:
            u = uitwerking(r, regel.sleutel, jaar)
            assert abs(_rekenmachine(u.ingevuld) - u.waarde) < 0.5, (regel.sleutel, jaar, u.ingevuld)
