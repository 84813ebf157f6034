"""The workbook's risk inputs: sheet Risico's and the Beschikbare weerstandscapaciteit (INVOER §2)."""
import pytest

from model.risico.register import EIGEN, UNIFORM, VAST, meegeleverd_register, met_rijen
from model.io.risicoblad import lees_risicoinvoer
from tests.io.risicowerkboek import werkboek


def test_zonder_blad_en_veld(tmp_path):
    uit = lees_risicoinvoer(werkboek(tmp_path))
    assert (uit.rijen, uit.bevindingen) == ([], [])


def test_rijen_en_beschikbaar(tmp_path):
    pad = werkboek(tmp_path, beschikbaar="€ 1.500.000", rijen=[
        ("Normering gemeentefonds", "40%", 250000, "vast", "Septembercirculaire", "Reserve"),
        ("Rentestijging", 0.2, "50.000", None, None, None),
        (None, None, None, None, None, None),
        ("BUIG dekt de loonkostensubsidie niet volledig", 25, None, None, None, None),
    ])
    uit = lees_risicoinvoer(pad)
    from model.io.invoerbestand import lees_invoerbestand
    assert lees_invoerbestand(pad)[0].weerstandscapaciteit == 1_500_000   # the input reader's field
    assert [b.melding for b in uit.bevindingen if b.is_fout] == []
    # 25 in a kans cell is read as 25 % with a note naming the cell
    assert any(b.cel == "B6" and "25 %" in b.melding for b in uit.bevindingen)
    register = {r.naam: r for r in met_rijen(meegeleverd_register(), uit.rijen)}
    n = register["Normering gemeentefonds"]
    assert (n.kans, n.gevolg, n.verdeling, n.toelichting, n.beheersmaatregel) == (
        0.4, 250_000, VAST, "Septembercirculaire", "Reserve")
    assert (register["Rentestijging"].soort, register["Rentestijging"].verdeling, register["Rentestijging"].gevolg) == (
        EIGEN, UNIFORM, 50_000)
    assert register["BUIG dekt de loonkostensubsidie niet volledig"].kans == 0.25


@pytest.mark.parametrize("rij, cel, woord", [
    (("Rentestijging", "veel", 1000, None), "B3", "Kans"),
    (("Rentestijging", 0.2, -5, None), "C3", "negatief"),
    (("Rentestijging", 0.2, 1000, "normaal"), "D3", "uniform of vast"),
    (("Rentestijging", 1.5e3, 1000, None), "B3", "Kans"),
    (("Rentestijging", None, 1000, None), "B3", "kans nodig"),
    ((None, 0.2, 1000, None), "A3", "naam"),
    (("Rentestijging", 0.2, "#N/B", None), "C3", "Gevolg"),
])
def test_fouten_noemen_de_cel(tmp_path, rij, cel, woord):
    uit = lees_risicoinvoer(werkboek(tmp_path, rijen=[rij]))
    fouten = uit.fouten
    assert fouten and uit.rijen == []
    assert fouten[0].cel == cel and fouten[0].blad == "Risico's", fouten
    assert woord in fouten[0].melding and f"cel {cel}" in fouten[0].melding


def test_dubbele_naam_en_negatief_beschikbaar(tmp_path):
    pad = werkboek(tmp_path, beschikbaar=-1, rijen=[("A", 0.1, 1), ("a", 0.2, 2)])
    uit = lees_risicoinvoer(pad)
    meldingen = [b.melding for b in uit.fouten]
    assert any("cel A3" in m and "cel A4" in m for m in meldingen)
    assert uit.rijen == []
    from model.io.invoerbestand import lees_invoerbestand
    invoer, bevindingen = lees_invoerbestand(pad)   # a negative capacity is the input reader's error, cell named
    assert invoer is None and any("Beschikbare weerstandscapaciteit" in b.tekst() and b.is_fout for b in bevindingen)


def test_blad_zonder_kopregel(tmp_path):
    uit = lees_risicoinvoer(werkboek(tmp_path, rijen=[("x", 1)], kop=("Naam", "Bedrag")))
    assert uit.fouten and "kopregel" in uit.fouten[0].melding


def test_het_blad_wordt_in_het_afgeschermde_leesproces_gelezen(tmp_path):
    """The sheet Risico's is parsed in the contained child like the input; its answer is checked again here
    and equals the direct read."""
    from model.io.afgeschermd import lees_risico_afgeschermd
    pad = werkboek(tmp_path, beschikbaar="€ 1.500.000", rijen=[("Normering gemeentefonds", "40%", 250000, "vast", "x", "y"),
                                                                ("Rentestijging", 0.2, "50.000", None, None, None)])
    direct, afgeschermd = lees_risicoinvoer(pad), lees_risico_afgeschermd(pad)
    assert afgeschermd.rijen == direct.rijen and len(direct.rijen) == 2
    assert [b.melding for b in afgeschermd.bevindingen] == [b.melding for b in direct.bevindingen]


def test_een_onbruikbaar_antwoord_van_het_leesproces_wordt_geweigerd():
    from model.io.afgeschermd import _risico_uit_antwoord
    uit = _risico_uit_antwoord(b'{"rijen": [{"naam": "x", "kans": 7}], "bevindingen": []}', "w.xlsx")
    assert uit.rijen == [] and uit.fouten and "onbruikbare uitkomst" in uit.fouten[0].melding
