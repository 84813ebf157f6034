"""Sheet Classificatie and the agreed Verdeelsleutel (INVOER §2, v3): read as strictly as the other sheets."""
from __future__ import annotations

import pytest

from model.berekening import bereken
from model.io.invoerbestand import lees_invoerbestand
from tests.io.bouw import kopie, leeg_grid, schrijf, voorbeeld_grid, zet, zet_gegeven, zoek


def _lees(grid, pad):
    return lees_invoerbestand(schrijf(grid, pad))


def _fouten(bevindingen):
    return [b for b in bevindingen if b.is_fout]


@pytest.mark.parametrize("ext", [".xlsx", ".ods"])
def test_taakveld_per_categorie_en_regel_en_structureel(tmp_path, ext):
    g = kopie(voorbeeld_grid())
    r, c = zoek(g, "Classificatie", "Doorstroom naar regulier werk")
    zet(g, "Classificatie", r, c + 1, "6.10")          # text: 6.10 stays 6.10
    r, c = zoek(g, "Classificatie", "Overig")
    zet(g, "Classificatie", r, c + 2, "ja")
    r, c = zoek(g, "Classificatie", "Loonkostensubsidie beschut werk")
    zet(g, "Classificatie", r, c + 1, "6.4")
    invoer, bevindingen = _lees(g, tmp_path / f"c{ext}")
    assert _fouten(bevindingen) == []
    assert dict(invoer.taakvelden) == {"besteding_doorstroom": "6.10", "lasten_lks_beschut": "6.4"}
    assert invoer.structureel_overig and invoer.structureel_duurzame_werkplekken
    assert not invoer.structureel_doorstroom


def test_onbekend_onderdeel_is_een_fout_met_de_cel(tmp_path):
    g = kopie(voorbeeld_grid())
    r, c = zoek(g, "Classificatie", "Overig")
    zet(g, "Classificatie", r, c, "Duurzame werkplaatsen")
    invoer, bevindingen = _lees(g, tmp_path / "c.xlsx")
    assert invoer is None
    [fout] = _fouten(bevindingen)
    assert fout.blad == "Classificatie" and fout.cel == f"A{r + 1}"
    assert f"Onbekend onderdeel 'Duurzame werkplaatsen' in blad Classificatie, cel A{r + 1}" in fout.melding


@pytest.mark.parametrize("code", ["64", "6,4", "zes", "6.4.1"])
def test_taakveld_dat_geen_code_is_is_een_fout_met_de_cel(tmp_path, code):
    g = kopie(voorbeeld_grid())
    r, c = zoek(g, "Classificatie", "Wsw (netto kosten)")
    zet(g, "Classificatie", r, c + 1, code)
    invoer, bevindingen = _lees(g, tmp_path / "c.xlsx")
    assert invoer is None
    [fout] = _fouten(bevindingen)
    assert fout.cel == f"B{r + 1}" and "geen taakveldcode" in fout.melding


def test_structureel_bij_een_regel_is_een_waarschuwing_en_genegeerd(tmp_path):
    g = kopie(voorbeeld_grid())
    r, c = zoek(g, "Classificatie", "Wsw (netto kosten)")
    zet(g, "Classificatie", r, c + 2, "ja")
    invoer, bevindingen = _lees(g, tmp_path / "c.xlsx")
    assert invoer is not None
    [w] = [b for b in bevindingen if b.cel == f"C{r + 1}"]
    assert w.ernst == "waarschuwing" and "genegeerd" in w.melding


def test_taakveld_als_getal_geeft_een_waarschuwing(tmp_path):
    g = kopie(voorbeeld_grid())
    r, c = zoek(g, "Classificatie", "Overig")
    zet(g, "Classificatie", r, c + 1, 6.5)
    invoer, bevindingen = _lees(g, tmp_path / "c.xlsx")
    assert invoer.taakvelden["besteding_overig"] == "6.5"
    assert any(b.ernst == "waarschuwing" and "als tekst" in b.melding for b in bevindingen)


def test_zonder_blad_classificatie_gelden_de_standaarden(tmp_path):
    g = kopie(voorbeeld_grid())
    del g["Classificatie"]
    invoer, bevindingen = _lees(g, tmp_path / "c.xlsx")
    assert _fouten(bevindingen) == [] and dict(invoer.taakvelden) == {}
    assert not invoer.structureel_duurzame_werkplekken     # default nee: the werkplekken are incidental again
    assert round(bereken(invoer, van=2029, tot=2029).waarde("structureel_saldo", 2029)) == 130_702


def _met_sleutels(g, sleutels):
    r, c = zoek(g, "Samenwerkingsverband", "Verdeelsleutel")
    for i, s in enumerate(sleutels, start=1):
        zet(g, "Samenwerkingsverband", r + i, c, s)
    return g


def test_afgesproken_verdeelsleutel_wordt_gelezen(tmp_path):
    g = _met_sleutels(kopie(voorbeeld_grid()), ["40 %", "30 %", "20 %", "10 %"])
    invoer, bevindingen = _lees(g, tmp_path / "s.xlsx")
    assert _fouten(bevindingen) == []
    assert [lid.verdeelsleutel for lid in invoer.samenwerkingsverband] == [0.4, 0.3, 0.2, 0.1]
    assert invoer.verdeelsleutel == 0.4
    r = bereken(invoer, van=2026, tot=2026)
    assert r.waarde("impulsbudget_toegerekend", 2026) == pytest.approx(472_500 * 0.4)


@pytest.mark.parametrize("sleutels, zin", [
    (["40 %", "30 %", "20 %", None], "ontbreekt bij Zuiderveld"),
    (["40 %", "30 %", "20 %", "9 %"], "tellen op tot 99 %"),
])
def test_verdeelsleutels_alle_of_geen_en_samen_100(tmp_path, sleutels, zin):
    invoer, bevindingen = _lees(_met_sleutels(kopie(voorbeeld_grid()), sleutels), tmp_path / "s.xlsx")
    assert invoer is None
    assert any(b.is_fout and zin in b.melding and b.blad == "Samenwerkingsverband" for b in bevindingen), \
        [b.melding for b in bevindingen]


def test_negatieve_beginstand_van_de_reserve_is_een_fout_met_de_cel(tmp_path):
    """INVOER §2: the reserve's balance is euro ≥ 0 (v3: a reserve never goes below zero)."""
    from tests.io.bouw import zet_gegeven
    g = kopie(voorbeeld_grid())
    cel = zet_gegeven(g, "Stand bestemmingsreserve impulsbudget", -15_000)
    invoer, bevindingen = _lees(g, tmp_path / "r.xlsx")
    assert invoer is None
    [fout] = _fouten(bevindingen)
    assert fout.cel == cel and "Stand bestemmingsreserve impulsbudget" in fout.melding


def test_taakveld_gekozen_in_de_app_gaat_terug_in_het_werkboek(tmp_path):
    """*Invoerbestand met de invoercorrecties* writes the project's input with its taakveld choices into sheet
    Classificatie; reading that workbook gives the same taakvelden, without a correction."""
    from model.io.sjabloon import schrijf_sjabloon
    from model.project import Project
    p = Project.voorbeeld()
    p.toestand = p.met_taakveld("besteding_doorstroom", "6.10")
    p.toestand = p.met_taakveld("lasten_wsw", "6.71")
    schrijf_sjabloon(tmp_path / "gecorrigeerd.xlsx", p.invoer)
    invoer, bevindingen = lees_invoerbestand(tmp_path / "gecorrigeerd.xlsx")
    assert _fouten(bevindingen) == []
    assert dict(invoer.taakvelden) == {"besteding_doorstroom": "6.10", "lasten_wsw": "6.71"}


@pytest.mark.parametrize("grid", [voorbeeld_grid, leeg_grid], ids=["voorbeeld", "leeg sjabloon"])
def test_het_sjabloon_laat_het_taakveld_van_de_du_regel_leeg(grid):
    """The DU line's default follows 'Ontvangt impulsbudget' (0.7 received, 6.4 passed on as a member): written
    here it would read back as the gemeente's own choice once the gemeente says it is a member."""
    g = grid()
    r, c = zoek(g, "Classificatie", "Impulsbudget sociale infrastructuur (DU)")
    assert g["Classificatie"][r][c + 1] is None
    assert "6.4 als deelnemende gemeente" in g["Classificatie"][r][c + 3]


def test_een_lid_dat_het_voorbeeld_invult_boekt_de_doorbetaling_op_6_4(tmp_path):
    g = kopie(voorbeeld_grid())
    zet_gegeven(g, "Ontvangt impulsbudget", "nee")
    invoer, bevindingen = _lees(g, tmp_path / "lid.xlsx")
    assert _fouten(bevindingen) == []
    assert "du_impulsbudget" not in invoer.taakvelden
    assert invoer.taakvelden_in_gebruik()["du_impulsbudget"] == "6.4"
    ontvanger, _ = _lees(voorbeeld_grid(), tmp_path / "ontvanger.xlsx")
    assert ontvanger.taakvelden_in_gebruik()["du_impulsbudget"] == "0.7"
    # a member's own choice is written back and read as such
    eigen = invoer.met(taakvelden={"du_impulsbudget": "6.71"})
    from model.io.sjabloon import maak_sjabloon
    ws = maak_sjabloon(eigen)["Classificatie"]
    waarden = {rij[0]: rij[1] for rij in ws.iter_rows(values_only=True)}
    assert waarden["Doorbetaling impulsbudget"] == "6.71"


def test_een_lid_met_de_du_op_0_7_uit_een_ouder_sjabloon_krijgt_een_waarschuwing_met_de_cel(tmp_path):
    """An older sjabloon wrote the receiver's 0.7 for the DU line: a member keeps it as its choice, but is told."""
    g = kopie(voorbeeld_grid())
    zet_gegeven(g, "Ontvangt impulsbudget", "nee")
    r, c = zoek(g, "Classificatie", "Impulsbudget sociale infrastructuur (DU)")
    zet(g, "Classificatie", r, c + 1, "0.7")
    invoer, bevindingen = _lees(g, tmp_path / "oud.xlsx")
    assert invoer.taakvelden_in_gebruik()["du_impulsbudget"] == "0.7"
    [w] = [b for b in bevindingen if "taakveld van de ontvangende gemeente" in b.melding]
    assert w.cel == f"B{r + 1}" and not w.is_fout and "hoort deze regel op 6.4" in w.melding
    # a receiving gemeente on 0.7, or a member on its own other code, is not told anything
    _, ontvanger = _lees(kopie(voorbeeld_grid()), tmp_path / "ontvanger.xlsx")
    assert not any("ontvangende gemeente" in b.melding for b in ontvanger)


def test_besteding_impulsbudget_heeft_geen_eigen_taakveld(tmp_path):
    """REKENREGELS §5: the sum of the categories is booked per category. An older sjabloon listed the sum with 6.4:
    such a row is recognised, said to be ignored (naming the cell), and the workbook still reads."""
    from model.regels import taakvelden
    assert "lasten_impulsbudget" not in taakvelden(True)
    g = kopie(voorbeeld_grid())
    rijen = g["Classificatie"]
    zet(g, "Classificatie", len(rijen), 0, "Besteding impulsbudget")
    zet(g, "Classificatie", len(rijen) - 1, 1, "6.4")
    invoer, bevindingen = _lees(g, tmp_path / "oud.xlsx")
    assert _fouten(bevindingen) == [] and "lasten_impulsbudget" not in invoer.taakvelden
    [w] = [b for b in bevindingen if "geen eigen taakveld" in b.melding]
    assert w.cel == f"B{len(rijen)}" and "genegeerd" in w.melding
