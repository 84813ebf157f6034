"""Checks on a workbook that reads fine but would give a silently wrong number: Wsw volume without its
cost per SE, and one warning (not two) for an empty cost per plek."""
from __future__ import annotations

import pytest

from model.berekening import bereken
from model.io.werkboek import lees_werkboek
from tests.io.bouw import kopie, schrijf, voorbeeld_grid, zet, zet_gegeven, zoek


@pytest.fixture(scope="module")
def grid():
    return voorbeeld_grid()


@pytest.fixture
def lees(tmp_path):
    teller = iter(range(1000))

    def _lees(grid, ext=".xlsx"):
        return lees_werkboek(schrijf(grid, tmp_path / f"invoer{next(teller)}{ext}"))
    return _lees


def _over(bevindingen, woord):
    return [b for b in bevindingen if woord in b.melding]


@pytest.mark.parametrize("ext", [".xlsx", ".ods"])
def test_wsw_volume_zonder_kosten_per_se_is_een_waarschuwing_met_cel(grid, lees, ext):
    g = kopie(grid)
    cel = zet_gegeven(g, "Wsw netto kosten per SE", None)
    invoer, bevindingen = lees(g, ext)
    assert invoer is not None and invoer.wsw_se_basis == 118.5
    gevonden = _over(bevindingen, "Wsw netto kosten per SE")
    assert len(gevonden) == 1 and not gevonden[0].is_fout
    assert gevonden[0].cel == cel and gevonden[0].blad == "Gemeente" and gevonden[0].veld == "wsw_netto_kosten_per_se"
    assert gevonden[0].melding.startswith(f"Wsw netto kosten per SE is niet ingevuld in blad Gemeente, cel {cel}, "
                                          "terwijl Wsw SE basisjaar 118,5 is: de lasten Wsw rekenen met € 0.")
    assert gevonden[0].tekst() == f"Waarschuwing: {gevonden[0].melding}"


def test_wsw_zonder_regel_voor_kosten_per_se(grid, lees):
    g = kopie(grid)
    r, _ = zoek(g, "Gemeente", "Wsw netto kosten per SE")
    del g["Gemeente"][r]
    invoer, bevindingen = lees(g)
    gevonden = _over(bevindingen, "Wsw netto kosten per SE")
    assert invoer is not None and len(gevonden) == 1 and gevonden[0].cel is None
    assert "(blad Gemeente heeft geen regel 'Wsw netto kosten per SE')" in gevonden[0].melding


@pytest.mark.parametrize("se, kosten, via_gr, bijdrage", [
    (118.5, 0, None, None),          # a 0 typed in is a 0 (INVOER §2)
    (None, None, None, None),        # no Wsw at all
    (0, None, None, None),
    (118.5, None, "ja", 3_500_000),  # through a GR: the lasten are its bijdrage (REKENREGELS §4.6)
])
def test_geen_waarschuwing_als_de_kosten_per_se_niet_nodig_zijn(grid, lees, se, kosten, via_gr, bijdrage):
    g = kopie(grid)
    zet_gegeven(g, "Wsw SE basisjaar", se)
    zet_gegeven(g, "Wsw netto kosten per SE", kosten)
    if via_gr:
        zet_gegeven(g, "Wsw via gemeenschappelijke regeling", via_gr)
        r, c = zoek(g, "Meerjarig", "Bijdrage GR Wsw")
        zet(g, "Meerjarig", r + 1, c, bijdrage)
    invoer, bevindingen = lees(g)
    assert invoer is not None, [b.tekst() for b in bevindingen]
    assert _over(bevindingen, "Wsw netto kosten per SE") == []


def test_gr_zonder_bijdrage_rekent_met_kosten_per_se_en_waarschuwt(grid, lees):
    """Through a GR but without its bijdrage the v2 rule SE × kosten per SE applies: the empty cost is said."""
    g = kopie(grid)
    zet_gegeven(g, "Wsw netto kosten per SE", None)
    zet_gegeven(g, "Wsw via gemeenschappelijke regeling", "ja")
    invoer, bevindingen = lees(g)
    assert invoer is not None and len(_over(bevindingen, "Wsw netto kosten per SE is niet ingevuld")) == 1


def test_lege_begeleidingskosten_geven_een_waarschuwing(grid, lees):
    """The reader's warning names the cell; the model's findings no longer repeat it in other words."""
    g = kopie(grid)
    cel = zet_gegeven(g, "Begeleidingskosten per plek", None)
    invoer, bevindingen = lees(g)
    assert invoer is not None
    resultaat = bereken(invoer)
    alle = [b.melding for b in bevindingen] + [w.tekst for w in resultaat.waarschuwingen]
    assert [m for m in alle if "Begeleidingskosten" in m] == [
        f"Begeleidingskosten per plek is niet ingevuld; het model rekent met € 0."]
    assert _over(bevindingen, "Begeleidingskosten")[0].cel == cel


def _realisatie(grid, jaar: int, waarde):
    g = kopie(grid)
    _, kc = zoek(g, "Meerjarig", "Gerealiseerd beschut werk")
    r = next(r for r, rij in enumerate(g["Meerjarig"]) if rij and rij[0] == jaar)
    zet(g, "Meerjarig", r, kc, waarde)
    return g, f"{chr(65 + kc)}{r + 1}"


def test_realisatie_ver_boven_de_taakstelling_is_een_waarschuwing_met_cel(grid, lees):
    """The reviewer's typo: 1400 for 14 (taakstelling 2026 is 15,3) was accepted without a word."""
    g, cel = _realisatie(grid, 2026, 1400)
    invoer, bevindingen = lees(g)
    assert invoer is not None
    gevonden = _over(bevindingen, "meer dan 3 keer de taakstelling")
    assert len(gevonden) == 1 and not gevonden[0].is_fout
    assert (gevonden[0].blad, gevonden[0].cel, gevonden[0].veld, gevonden[0].jaar) == ("Meerjarig", cel, "gerealiseerd",
                                                                                        2026)
    assert gevonden[0].tekst() == (
        f"Waarschuwing: Gerealiseerd beschut werk 2026 (1.400) is meer dan 3 keer de taakstelling van dat jaar (15,3) "
        f"in blad Meerjarig, cel {cel}; klopt dat? Een realisatie zo ver boven de taakstelling is onwaarschijnlijk "
        "(een tikfout?).")


@pytest.mark.parametrize("waarde, gewaarschuwd", [(45.9, False), (46, True), (20, False)])
def test_grens_is_drie_keer_de_taakstelling(grid, lees, waarde, gewaarschuwd):
    """The factor of REKENREGELS §6 (an edit more than a factor 3 from its reference asks for confirmation)."""
    from model.invoer import TWIJFELFACTOR
    assert TWIJFELFACTOR == 3 and 3 * 15.3 == pytest.approx(45.9)
    g, _ = _realisatie(grid, 2026, waarde)
    invoer, bevindingen = lees(g)
    assert invoer is not None
    assert bool(_over(bevindingen, "meer dan 3 keer de taakstelling")) is gewaarschuwd
