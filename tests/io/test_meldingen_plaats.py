"""Reader messages that name the right place once: a missing sheet, a merged year cell, the sum of a column on
sheet Samenwerkingsverband (its cells, not the header of another column)."""
from __future__ import annotations

import pytest

from model.bevindingen import Bevinding
from model.io.werkboek import lees_werkboek
from tests.io.bouw import kopie, schrijf, voorbeeld_grid, zet


@pytest.fixture(scope="module")
def grid():
    return voorbeeld_grid()


@pytest.fixture
def lees(tmp_path):
    teller = iter(range(1000))

    def _lees(grid, ext=".xlsx", samengevoegd=None):
        return lees_werkboek(schrijf(grid, tmp_path / f"invoer{next(teller)}{ext}", samengevoegd))
    return _lees


def _fouten(bevindingen):
    return [b for b in bevindingen if b.is_fout]


def test_ontbrekend_blad_wordt_een_keer_genoemd(grid, lees):
    g = kopie(grid)
    del g["Meerjarig"]
    invoer, bevindingen = lees(g)
    assert invoer is None
    fout = _fouten(bevindingen)[0]
    assert fout.tekst().startswith("Fout: Het blad Meerjarig ontbreekt in invoer0.xlsx (gevonden bladen: 'Gemeente', ")
    assert fout.tekst().endswith("').") and fout.tekst().count("Meerjarig") == 1


@pytest.mark.parametrize("ext", [".xlsx", ".ods"])
def test_samengevoegde_jaarcel_noemt_de_samenvoeging(grid, lees, ext):
    invoer, bevindingen = lees(kopie(grid), ext, {"Meerjarig": ["A5:A6"]})
    assert invoer is None
    [fout] = _fouten(bevindingen)
    assert (fout.blad, fout.cel) == ("Meerjarig", "A6")
    assert fout.tekst() == ("Fout: Jaar 2026 staat twee keer in blad Meerjarig, in cel A5 en cel A6: de cellen A5:A6 "
                            "zijn samengevoegd, zodat elke rij het jaar van de eerste cel krijgt; maak de samenvoeging "
                            "ongedaan en geef elke rij een eigen jaar.")


def test_dubbel_jaar_zonder_samenvoeging_blijft_zoals_het_was(grid, lees):
    g = kopie(grid)
    zet(g, "Meerjarig", 5, 0, 2025)
    [fout] = _fouten(lees(g)[1])
    assert fout.tekst() == "Fout: Jaar 2025 staat twee keer in blad Meerjarig, in cel A4 en cel A6; laat één rij per " \
                           "jaar staan."


def test_som_van_de_verdeelsleutels_noemt_de_kolom_van_de_sleutels(grid, lees):
    g = kopie(grid)
    for r, sleutel in zip(range(3, 7), ("40 %", "30 %", "20 %", "5 %")):
        zet(g, "Samenwerkingsverband", r, 2, sleutel)
    invoer, bevindingen = lees(g)
    [fout] = _fouten(bevindingen)
    assert (fout.blad, fout.cel) == ("Samenwerkingsverband", "C4:C7")
    assert fout.tekst() == ("Fout: De verdeelsleutels op blad Samenwerkingsverband tellen op tot 95 % in plaats van "
                            "100 % in blad Samenwerkingsverband, cellen C4:C7.")


def test_geen_eigen_rij_noemt_de_kolom_gemeente(grid, lees):
    g = kopie(grid)
    for r, sleutel in zip(range(3, 7), ("40 %", "30 %", "20 %", "10 %")):
        zet(g, "Samenwerkingsverband", r, 2, sleutel)
    zet(g, "Samenwerkingsverband", 3, 0, "Voorbeeldstad")
    invoer, bevindingen = lees(g)
    geen_rij = [b for b in bevindingen if "staat geen rij voor" in b.melding]
    assert invoer is not None and [(b.blad, b.cel) for b in geen_rij] == [("Samenwerkingsverband", "A4:A7")]


def test_som_van_het_doelgroepenregister_noemt_de_kolom(grid, lees):
    g = kopie(grid)
    zet(g, "Samenwerkingsverband", 4, 1, 451)
    [fout] = _fouten(lees(g)[1])
    assert (fout.blad, fout.cel) == ("Samenwerkingsverband", "B4:B7")


@pytest.mark.parametrize("melding, blad, cel, tekst", [
    ("Jaar 2026 staat in blad Meerjarig, in cel A5 en cel A6.", "Meerjarig", "A6",
     "Fout: Jaar 2026 staat in blad Meerjarig, in cel A5 en cel A6."),
    ("Staat in blad Meerjarig, cel A60.", "Meerjarig", "A6",   # A60 is not A6
     "Fout: Staat in blad Meerjarig, cel A60 in blad Meerjarig, cel A6."),
    ("De cellen A6:A7 in blad Meerjarig.", "Meerjarig", "A6",  # a range starting at A6 is not A6
     "Fout: De cellen A6:A7 in blad Meerjarig in blad Meerjarig, cel A6."),
    ("Naam ontbreekt.", "Gemeente", "B4", "Fout: Naam ontbreekt in blad Gemeente, cel B4."),
])
def test_plaats_wordt_alleen_toegevoegd_als_de_zin_haar_niet_noemt(melding, blad, cel, tekst):
    assert Bevinding("fout", melding, blad=blad, cel=cel).tekst() == tekst
