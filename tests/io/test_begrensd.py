"""Bounded input that `controleer` catches, naming the sheet and cell, instead of a later failure in
`bereken` or an unreadable annex: Circulaire rows outside the model's years, amounts beyond what a
gemeente has, a gemeente name too long to head a page. The workbooks are generated here."""
from __future__ import annotations

import pytest

from cli import main
from tests.io.bouw import kopie, schrijf, voorbeeld_grid, zet, zet_gegeven

_BASIS = voorbeeld_grid()


def _controleer(capsys, grid, tmp_path) -> str:
    pad = schrijf(grid, tmp_path / "w.xlsx")
    assert main(["controleer", str(pad)]) == 2
    uit = capsys.readouterr()
    assert "Traceback" not in uit.out + uit.err
    return uit.out


@pytest.mark.parametrize("jaar", [2020, 2023, 2041, 2060])
def test_circulairerij_buiten_de_modeljaren(tmp_path, capsys, jaar):
    g = kopie(_BASIS)
    rij = len(g["Circulaire"])
    zet(g, "Circulaire", rij, 0, jaar)
    zet(g, "Circulaire", rij, 1, "meicirculaire 2025")
    zet(g, "Circulaire", rij, 2, 1000.0)
    uit = _controleer(capsys, g, tmp_path)
    assert f"Circulairejaar {jaar} ligt buiten de jaren van het model (2024–2040)" in uit
    assert f"Circulaire, cel" in uit and f"{rij + 1}" in uit, uit


def test_circulairerij_in_de_modeljaren_rekent(tmp_path, capsys):
    g = kopie(_BASIS)
    rij = len(g["Circulaire"])
    zet(g, "Circulaire", rij, 0, 2040)
    zet(g, "Circulaire", rij, 1, "meicirculaire 2025")
    zet(g, "Circulaire", rij, 2, 1000.0)
    pad = schrijf(g, tmp_path / "w.xlsx")
    assert main(["bereken", str(pad), "--json", "-"]) == 0


def test_bedrag_boven_tien_miljard(tmp_path, capsys):
    g = kopie(_BASIS)
    cel = zet_gegeven(g, "Begeleidingskosten per plek", 2e10)
    uit = _controleer(capsys, g, tmp_path)
    assert "Begeleidingskosten per plek" in uit and cel in uit and "10.000.000.000" in uit, uit
    g = kopie(_BASIS)
    zet(g, "Circulaire", 3, 2, 9.99e11)   # just under the reader's 10^12: no longer printed as a 10^21 figure
    uit = _controleer(capsys, g, tmp_path)
    assert "Rijksbijdrage beschut werk 2025" in uit and "C4" in uit and "10 miljard" in uit, uit


def test_te_lange_gemeentenaam(tmp_path, capsys):
    g = kopie(_BASIS)
    cel = zet_gegeven(g, "Naam gemeente", "Gemeente " * 333)   # read without the trailing space: 2996
    uit = _controleer(capsys, g, tmp_path)
    assert "Naam gemeente is te lang in blad Gemeente, cel " + cel in uit and "2996 tekens; hoogstens 200" in uit, uit


def test_aantal_boven_een_miljoen(tmp_path, capsys):
    from tests.io.bouw import zoek
    g = kopie(_BASIS)
    r, c = zoek(g, "Meerjarig", "Jaar")
    zet(g, "Meerjarig", r + 2, c + 1, 5e9)   # a taakstelling of five milliard plekken
    uit = _controleer(capsys, g, tmp_path)
    assert "is meer dan een miljoen" in uit and "blad Meerjarig, cel" in uit, uit
